"""The corpus opened by Datasette in process, as ``datasette corpus.db`` opens it: the
``attributions`` table offers full-text search through ``attributions_fts``."""
import asyncio
import json
import re
import sqlite3

import pytest
from datasette.app import Datasette

from quotegraph import Extractor, Settings
from tests.fixtures.serve.build import build_corpus


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """The web app tests' three articles; rules alone, as this is about the store."""
    return build_corpus(tmp_path_factory.mktemp("datasette"), Extractor(Settings(mode="rules")))


def get(db, path: str, metadata=None):
    async def fetch():
        return await Datasette([str(db)], metadata=metadata).client.get(path)
    response = asyncio.run(fetch())
    assert response.status_code == 200, response.text
    return response


def test_datasette_searches_the_attributions_table(db):
    # Porter stemming: "harbour" also finds "harbours".
    expected = {id for id, content in sqlite3.connect(db).execute("SELECT id, content FROM attributions")
                if re.search(r"\bharbours?\b", content, re.IGNORECASE)}
    assert len(expected) >= 2
    found = get(db, "/serve/attributions.json?_search=harbour&_shape=array&_size=max").json()
    assert {row["id"] for row in found} == expected
    assert get(db, "/serve/attributions.json?_search=zeppelin&_shape=array").json() == []
    page = get(db, "/serve/attributions").text
    assert '<input id="_search" type="search" name="_search"' in page


def test_datasette_searches_the_quotes_view_with_the_metadata_written_beside_the_corpus(db):
    metadata = json.loads((db.parent / f"{db.stem}.datasette.json").read_text("utf-8"))
    expected = {id for id, content in sqlite3.connect(db).execute("SELECT id, content FROM quotes")
                if re.search(r"\bharbours?\b", content, re.IGNORECASE)}
    found = get(db, "/serve/quotes.json?_search=harbour&_shape=array&_size=max", metadata).json()
    assert len(expected) >= 2 and {row["id"] for row in found} == expected
    assert get(db, "/serve/quotes.json?_search=zeppelin&_shape=array", metadata).json() == []
    assert '<input id="_search" type="search" name="_search"' in get(db, "/serve/quotes", metadata).text
    # Without the metadata the view has no search: the file is what makes it work.
    assert '<input id="_search"' not in get(db, "/serve/quotes").text
