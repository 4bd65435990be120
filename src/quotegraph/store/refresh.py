"""Cross-article tables: canonical speakers, content vectors and statement clusters.

:func:`refresh_corpus` feeds every article speaker to
:func:`quotegraph.corpus.speakers.canonicalize`, embeds the content of every attribution that has
no vector from the current embedder yet (:func:`embed_attributions`, batched), and feeds every
attribution with its canonical speaker and vector to
:func:`quotegraph.corpus.statements.cluster_statements` (so reports by different speakers never
cluster); it replaces ``speakers``, ``article_speakers.canonical_id``, ``clusters`` and
``cluster_members`` in one transaction. It reads everything each time, which is fine for a
corpus of thousands of articles; it is one function so that it can be made incremental later.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence

import numpy as np

from quotegraph.corpus.clusters import QuoteRecord
from quotegraph.corpus.embed import DIMENSIONS, Embedder
from quotegraph.corpus.pairs import WINDOW_DAYS
from quotegraph.corpus.speakers import SpeakerRecord, canonicalize
from quotegraph.corpus.statements import Statement, cluster_statements
from quotegraph.store.transaction import transaction

# Contents embedded per batch and per transaction by embed_attributions.
EMBED_BATCH = 256


@dataclass
class CorpusCounts:
    speakers: int
    statements: int


def store_aliases(conn: sqlite3.Connection, aliases: Mapping[str, str]) -> None:
    """Keep ``aliases`` (alias -> canonical name) in the db for this and every later refresh."""
    with transaction(conn):
        conn.executemany("INSERT OR REPLACE INTO aliases (alias, canonical) VALUES (?, ?)",
                         list(aliases.items()))


def store_window(conn: sqlite3.Connection, days: int) -> None:
    """Keep the statement window (days either side of a statement's earliest report within
    which other wordings join it) for this and every later refresh."""
    if days < 0:
        raise ValueError(f"the statement window is a number of days, 0 or more, not {days}")
    with transaction(conn):
        conn.execute("INSERT OR REPLACE INTO settings (name, value) VALUES ('window_days', ?)",
                     (str(days),))


def stored_window(conn: sqlite3.Connection) -> int:
    """The statement window kept by :func:`store_window`, else the default of 14 days."""
    row = conn.execute("SELECT value FROM settings WHERE name = 'window_days'").fetchone()
    return int(row[0]) if row else WINDOW_DAYS


def embed_attributions(conn: sqlite3.Connection, embedder: Optional[Embedder] = None) -> int:
    """Store the content vector of every attribution that has none from ``embedder`` (the
    shipped one by default), :data:`EMBED_BATCH` at a time; returns how many were made."""
    embedder = embedder or Embedder.load()
    missing = conn.execute("SELECT a.id, a.content FROM attributions a"
                           " LEFT JOIN attribution_vectors v ON v.attribution_id = a.id"
                           " WHERE v.model IS NULL OR v.model != ? ORDER BY a.id",
                           (embedder.model_id,)).fetchall()
    for start in range(0, len(missing), EMBED_BATCH):
        batch = missing[start:start + EMBED_BATCH]
        store_vectors(conn, [r["id"] for r in batch], embedder.embed([r["content"] for r in batch]),
                      embedder.model_id)
    return len(missing)


def store_vectors(conn: sqlite3.Connection, ids: list[int], vectors: np.ndarray, model_id: str) -> None:
    """Write the content vectors of the attributions ``ids`` in one transaction."""
    with transaction(conn):
        conn.executemany("INSERT OR REPLACE INTO attribution_vectors (attribution_id, model, vector)"
                         " VALUES (?, ?, ?)",
                         [(i, model_id, vector_blob(v)) for i, v in zip(ids, vectors)])


def vector_blob(vector: np.ndarray) -> bytes:
    """A vector as stored: float32, little-endian (sqlite-vec's layout)."""
    return np.asarray(vector, dtype="<f4").tobytes()


def blob_vector(blob: bytes) -> np.ndarray:
    """A stored vector back as float32 numbers."""
    return np.frombuffer(blob, dtype="<f4")


def vector_matrix(blobs: Sequence[Optional[bytes]]) -> np.ndarray:
    """Stored vectors as the rows of one matrix; a missing one (None) is a row of zeros."""
    vectors = np.zeros((len(blobs), DIMENSIONS), dtype=np.float32)
    for n, blob in enumerate(blobs):
        if blob is not None:
            vectors[n] = blob_vector(blob)
    return vectors


def refresh_corpus(conn: sqlite3.Connection, aliases: Optional[Mapping[str, str]] = None,
                   embedder: Optional[Embedder] = None) -> CorpusCounts:
    """Recompute canonical speakers, missing vectors and statement clusters from the stored
    articles.

    ``aliases`` defaults to those stored by :func:`store_aliases`; the window to the one kept
    by :func:`store_window`.
    """
    if aliases is None:
        aliases = dict(conn.execute("SELECT alias, canonical FROM aliases").fetchall())
    rows = conn.execute("SELECT s.article_id, s.speaker_id, s.name, s.kind, s.roles, a.outlet"
                        " FROM article_speakers s JOIN articles a ON a.id = s.article_id").fetchall()
    records = [SpeakerRecord(f"{r['article_id']}/{r['speaker_id']}", r["name"], r["kind"],
                             tuple(json.loads(r["roles"])), r["outlet"]) for r in rows]
    canonical = canonicalize(records, aliases)

    embed_attributions(conn, embedder)
    quotes = conn.execute("SELECT a.id, a.article_id, a.speaker_id, a.content, a.date, a.outlet,"
                          " a.kind, v.vector FROM attributions a"
                          " LEFT JOIN attribution_vectors v ON v.attribution_id = a.id").fetchall()
    attributions: Counter = Counter()
    articles: dict[str, set] = defaultdict(set)
    outlets: dict[str, set] = defaultdict(set)
    quote_records = []
    for q in quotes:
        speaker = canonical.get(f"{q['article_id']}/{q['speaker_id']}") if q["speaker_id"] else None
        if speaker is not None:
            attributions[speaker.id] += 1
            articles[speaker.id].add(q["article_id"])
            if q["outlet"]:
                outlets[speaker.id].add(q["outlet"])
        quote_records.append(QuoteRecord(str(q["id"]), q["content"], q["date"], q["outlet"],
                                         speaker.id if speaker else None, q["kind"]))
    vectors = vector_matrix([q["vector"] for q in quotes])
    statements = cluster_statements(quote_records, vectors, window_days=stored_window(conn))

    speakers = {c.id: c for c in canonical.values()}
    with transaction(conn):
        conn.execute("DELETE FROM cluster_members")
        conn.execute("DELETE FROM clusters")
        conn.execute("UPDATE article_speakers SET canonical_id = NULL")
        conn.execute("DELETE FROM speakers")
        conn.executemany(
            "INSERT INTO speakers (id, name, kind, roles, aliases, attributions, articles, outlets)"
            " VALUES (?,?,?,?,?,?,?,?)",
            [(c.id, c.name, c.kind, json.dumps(list(c.roles), ensure_ascii=False),
              json.dumps(list(c.aliases), ensure_ascii=False), attributions[c.id],
              len(articles[c.id]), json.dumps(sorted(outlets[c.id]), ensure_ascii=False))
             for c in speakers.values()])
        conn.executemany(
            "UPDATE article_speakers SET canonical_id = ? WHERE article_id = ? AND speaker_id = ?",
            [(canonical[key].id, int(key.split("/", 1)[0]), key.split("/", 1)[1])
             for key in canonical])
        conn.executemany(
            "INSERT INTO clusters (id, canonical_attribution, speaker_id, first_seen, outlets, size)"
            " VALUES (?,?,?,?,?,?)", [statement_row(s) for s in statements])
        conn.executemany(
            "INSERT INTO cluster_members (cluster_id, attribution_id, altered, diff, relation, drift)"
            " VALUES (?,?,?,?,?,?)",
            [row for s in statements for row in statement_member_rows(s)])
    return CorpusCounts(speakers=len(speakers), statements=len(statements))


def statement_row(statement: Statement) -> tuple:
    """The ``clusters`` row of a statement."""
    return (statement.id, int(statement.canonical), statement.speaker, statement.first_seen,
            json.dumps(statement.outlets, ensure_ascii=False), len(statement.members))


def statement_member_rows(statement: Statement) -> list[tuple]:
    """The ``cluster_members`` rows of a statement: altered flag, printed-word diff, relation
    and drift of each member."""
    return [(statement.id, int(m.key), int(m.relation == "altered"),
             json.dumps(m.diff, ensure_ascii=False) if m.diff is not None else None, m.relation,
             json.dumps(m.drift, ensure_ascii=False) if m.drift else None)
            for m in statement.members]
