"""Cross-article tables: canonical speakers and quote clusters, recomputed over the whole db.

:func:`refresh_corpus` feeds every article speaker to
:func:`quotegraph.corpus.speakers.canonicalize` and every attribution to
:func:`quotegraph.corpus.clusters.cluster_quotes` (with its canonical speaker, so quotes by
different speakers never cluster), and replaces ``speakers``, ``article_speakers.canonical_id``,
``clusters`` and ``cluster_members`` in one transaction. It reads everything each time, which is
fine for a corpus of thousands of articles; it is one function so that it can be made
incremental later.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Mapping, Optional

from quotegraph.corpus.clusters import Cluster, QuoteRecord, cluster_quotes
from quotegraph.corpus.speakers import SpeakerRecord, canonicalize
from quotegraph.store.transaction import transaction


@dataclass
class CorpusCounts:
    speakers: int
    clusters: int


def store_aliases(conn: sqlite3.Connection, aliases: Mapping[str, str]) -> None:
    """Keep ``aliases`` (alias -> canonical name) in the db for this and every later refresh."""
    with transaction(conn):
        conn.executemany("INSERT OR REPLACE INTO aliases (alias, canonical) VALUES (?, ?)",
                         list(aliases.items()))


def refresh_corpus(conn: sqlite3.Connection, aliases: Optional[Mapping[str, str]] = None) -> CorpusCounts:
    """Recompute canonical speakers and quote clusters from the stored articles.

    ``aliases`` defaults to those stored by :func:`store_aliases`.
    """
    if aliases is None:
        aliases = dict(conn.execute("SELECT alias, canonical FROM aliases").fetchall())
    rows = conn.execute("SELECT s.article_id, s.speaker_id, s.name, s.kind, s.roles, a.outlet"
                        " FROM article_speakers s JOIN articles a ON a.id = s.article_id").fetchall()
    records = [SpeakerRecord(f"{r['article_id']}/{r['speaker_id']}", r["name"], r["kind"],
                             tuple(json.loads(r["roles"])), r["outlet"]) for r in rows]
    canonical = canonicalize(records, aliases)

    quotes = conn.execute("SELECT id, article_id, speaker_id, content, date, outlet"
                          " FROM attributions").fetchall()
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
                                         speaker.id if speaker else None))
    clusters = cluster_quotes(quote_records)
    speaker_of = {r.key: r.speaker for r in quote_records}

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
            " VALUES (?,?,?,?,?,?)",
            [cluster_row(c, speaker_of) for c in clusters])
        conn.executemany(
            "INSERT INTO cluster_members (cluster_id, attribution_id, altered, diff) VALUES (?,?,?,?)",
            [row for c in clusters for row in member_rows(c)])
    return CorpusCounts(speakers=len(speakers), clusters=len(clusters))


def cluster_row(cluster: Cluster, speaker_of: Mapping[str, Optional[str]]) -> tuple:
    """The ``clusters`` row of a cluster (shared with the Spark job's Parquet tables)."""
    return (cluster.id, int(cluster.canonical), speaker_of[cluster.canonical], cluster.first_seen,
            json.dumps(list(cluster.outlets), ensure_ascii=False), len(cluster.members))


def member_rows(cluster: Cluster) -> list[tuple]:
    """The ``cluster_members`` rows of a cluster: altered flag and word diff per member."""
    return [(cluster.id, int(key), int(key in cluster.altered),
             json.dumps(cluster.altered[key], ensure_ascii=False) if key in cluster.altered else None)
            for key in cluster.members]
