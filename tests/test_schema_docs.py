"""One schema, described truly: every column of the corpus is in the README's schema table
and in the schema module's docstring, and the API's models read back exactly the JSON that
``extract --json`` writes."""
import sqlite3
from pathlib import Path

import pytest

from quotegraph.serve import models as api
from quotegraph.store import schema
from quotegraph.store.db import connect

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = ROOT / "examples"
SCHEMA_SECTION = README.split("### Schema", 1)[1].split("\n## ", 1)[0]


def corpus_columns(tmp_path) -> dict[str, list[str]]:
    connect(tmp_path / "empty.db").close()
    conn = sqlite3.connect(tmp_path / "empty.db")
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                                         " AND name NOT LIKE 'attributions_fts%' AND name NOT LIKE 'sqlite_%'")]
    return {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in tables}


def test_every_column_is_documented(tmp_path):
    columns = corpus_columns(tmp_path)
    assert {"articles", "attributions", "speakers", "clusters", "quotes"} <= set(columns)
    for table, names in columns.items():
        documented = [n for n in names if n != "id" and f"``{n}``" not in schema.__doc__]
        assert not documented, f"schema.py's docstring lacks {table}.{documented}"
        if table == "quotes":   # a view: the README names what it joins, its columns are the tables'
            continue
        row = next((line for line in SCHEMA_SECTION.splitlines()
                    if line.startswith("|") and f"`{table}`" in line.split("|")[1]), None)
        assert row is not None, f"README's schema table has no row for {table}"
        missing = [n for n in names if n != "id" and f"`{n}`" not in row]
        assert not missing, f"README's schema row for {table} lacks {missing}"


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_the_api_model_reads_back_exactly_what_extract_writes(extractor, path):
    """The API's models (serve/models.py) and the JSON of the dataclasses (model.py) are two
    writings of one schema: every field of an extraction goes through the API's model unchanged,
    and the API adds only each speaker's corpus-wide ``canonical_id``."""
    written = extractor.extract(path.read_text(encoding="utf-8"), path.stem).to_dict()
    read = api.ExtractionOut.model_validate(written).model_dump()
    assert {s.pop("canonical_id") for s in read["speakers"]} == {None}
    assert read == written
