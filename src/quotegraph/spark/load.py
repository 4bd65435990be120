"""Load a Spark run's Parquet tables into a SQLite corpus, for ``search`` and ``serve``.

Reads with pyarrow (no Spark needed) in batches and writes through the store's own schema
(:func:`quotegraph.store.connect`) and :func:`quotegraph.store.db.insert_rows`, in one
transaction. An article whose text is already in the db is skipped with its rows, so loading
twice adds nothing. The vectors of the loaded attributions come with them. The run's
``--aliases`` and ``--window`` are stored for every later refresh. Into an empty db the run's
speakers and statements (computed with those settings) are loaded as they are; into a db
that held articles (or aliases) before, the cross-article tables are recomputed over
everything with :func:`quotegraph.store.refresh_corpus`.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator, Union

from quotegraph.spark.tables import COLUMNS
from quotegraph.store.db import connect, insert_rows
from quotegraph.store.refresh import refresh_corpus
from quotegraph.store.transaction import transaction
from quotegraph.store.write import Summary

BATCH_ROWS = 10_000


def load(out: Union[str, os.PathLike], db: Union[str, os.PathLike]) -> Summary:
    """Add the tables under ``out`` (a ``quotegraph spark --out`` folder) to the corpus ``db``."""
    conn = connect(db)
    summary = Summary(done="loaded")
    known = {row[0] for row in conn.execute("SELECT hash FROM articles")}
    fresh_db = not known and not conn.execute("SELECT 1 FROM aliases LIMIT 1").fetchone()
    loaded: set[int] = set()
    with transaction(conn):
        for row in _rows(out, "articles"):
            if row["hash"] in known:
                summary.present += 1
                continue
            known.add(row["hash"])
            loaded.add(row["id"])
            insert_rows(conn, "articles", [row])
            summary.new += 1
        attributions: set[int] = set()
        # A row goes in with the article (or attribution) it belongs to.
        owners = {"article_speakers": ("article_id", loaded), "attributions": ("article_id", loaded),
                  "attribution_vectors": ("attribution_id", attributions)}
        for table, (owner, kept) in owners.items():
            batch = []
            for row in _rows(out, table):
                if row[owner] in kept:
                    if table == "article_speakers" and not fresh_db:
                        row["canonical_id"] = None
                    if table == "attributions":
                        attributions.add(row["id"])
                    batch.append(row)
                if len(batch) >= BATCH_ROWS:
                    insert_rows(conn, table, batch)
                    batch = []
            insert_rows(conn, table, batch)
        summary.attributions = len(attributions)
        failures = list(_rows(out, "failures"))
        insert_rows(conn, "failures", failures, conflict="REPLACE")
        summary.failed = len(failures)
        for table in ("aliases", "settings"):
            insert_rows(conn, table, _rows(out, table), conflict="REPLACE")
        if fresh_db:
            for table in ("speakers", "clusters", "cluster_members"):
                insert_rows(conn, table, _rows(out, table))
    if fresh_db:
        summary.speakers = conn.execute("SELECT count(*) FROM speakers").fetchone()[0]
        summary.statements = conn.execute("SELECT count(*) FROM clusters").fetchone()[0]
    else:
        counts = refresh_corpus(conn)
        summary.speakers, summary.statements = counts.speakers, counts.statements
    conn.close()
    return summary


def _rows(out: Union[str, os.PathLike], table: str) -> Iterator[dict]:
    """The rows of one table, with the store's columns (the ``month`` partition dropped)."""
    import pyarrow.dataset as ds

    path = Path(out) / table
    if not path.exists():
        raise FileNotFoundError(f"{path}: no '{table}' table; is {out} a 'quotegraph spark' output?")
    dataset = ds.dataset(path, format="parquet", partitioning="hive",
                         exclude_invalid_files=True)
    columns = [c for c in COLUMNS[table] if c in dataset.schema.names]
    for batch in dataset.to_batches(columns=columns, batch_size=BATCH_ROWS):
        yield from batch.to_pylist()
