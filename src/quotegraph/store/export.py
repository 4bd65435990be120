"""Export attributions joined with their article's metadata and canonical speaker.

One row per attribution with the columns of :data:`COLUMNS`; ``spans`` and ``roles`` stay JSON
strings in CSV and Parquet, and are lists in JSON Lines.
"""
from __future__ import annotations

import csv
import json
import os
import sqlite3
from typing import Iterator, Union

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = ["id", "article_id", "attribution_id", "kind", "section", "content", "content_start",
           "content_end", "spans", "cue", "cue_start", "cue_end", "source", "source_start",
           "source_end", "speaker", "resolution", "roles", "canonical_speaker_id",
           "canonical_speaker",
           "confidence", "parent_id", "outlet", "url", "date", "headline", "language",
           "quotegraph_version", "model", "model_id"]
_SQL = """
SELECT a.id, a.article_id, a.attribution_id, a.kind, a.section, a.content, a.content_start,
       a.content_end, a.spans, a.cue, a.cue_start, a.cue_end, a.source, a.source_start,
       a.source_end, a.speaker, a.resolution, s.roles, c.id AS canonical_speaker_id,
       c.name AS canonical_speaker, a.confidence, a.parent_id, ar.outlet, ar.url, ar.date,
       ar.headline, ar.language, ar.quotegraph_version, ar.model, ar.model_id
FROM attributions a
JOIN articles ar ON ar.id = a.article_id
LEFT JOIN article_speakers s ON s.article_id = a.article_id AND s.speaker_id = a.speaker_id
LEFT JOIN speakers c ON c.id = s.canonical_id
ORDER BY a.article_id, a.id
"""
_BATCH = 10_000


def export(conn: sqlite3.Connection, out: Union[str, os.PathLike], format: str) -> int:
    """Write every attribution to ``out`` as ``jsonl``, ``csv`` or ``parquet``; returns the count."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    return {"jsonl": _jsonl, "csv": _csv, "parquet": _parquet}[format](conn, out)


def _rows(conn: sqlite3.Connection) -> Iterator[tuple]:
    cursor = conn.execute(_SQL)
    while batch := cursor.fetchmany(_BATCH):
        yield from batch


def _jsonl(conn, out) -> int:
    count = 0
    with open(out, "w", encoding="utf-8") as file:
        for row in _rows(conn):
            record = dict(zip(COLUMNS, row))
            record["spans"] = json.loads(record["spans"])
            record["roles"] = json.loads(record["roles"]) if record["roles"] else []
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def _csv(conn, out) -> int:
    count = 0
    with open(out, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(COLUMNS)
        for row in _rows(conn):
            writer.writerow(tuple(row))
            count += 1
    return count


def _parquet(conn, out) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"content_start": pa.int64(), "content_end": pa.int64(), "cue_start": pa.int64(),
             "cue_end": pa.int64(), "source_start": pa.int64(), "source_end": pa.int64(),
             "id": pa.int64(), "article_id": pa.int64(), "confidence": pa.float64()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
    count = 0
    with pq.ParquetWriter(out, schema) as writer:
        cursor = conn.execute(_SQL)
        while batch := cursor.fetchmany(_BATCH):
            columns = list(zip(*(tuple(r) for r in batch)))
            writer.write_table(pa.table({c: pa.array(v, type=schema.field(c).type)
                                         for c, v in zip(COLUMNS, columns)}, schema=schema))
            count += len(batch)
    return count
