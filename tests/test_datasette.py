"""The corpus opened by Datasette in process, as ``datasette corpus.db`` opens it: the
``attributions`` table offers full-text search through ``attributions_fts``."""
import asyncio
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


def get(db, path: str):
    async def fetch():
        return await Datasette([str(db)]).client.get(path)
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
