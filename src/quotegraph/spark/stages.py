"""The cross-article steps as Spark stages, calling the same functions as ``refresh_corpus``.

Speakers
    Article speakers are keyed by ``(kind, blocking_key(name, kind))`` -- unnamed speakers by
    their own record key -- and :func:`quotegraph.corpus.speakers.canonicalize` runs once per
    block. ``canonicalize`` never compares records of different blocks, so the union of the
    per-block results is exactly its result over the whole corpus. A name that ``--aliases``
    maps is blocked by its canonical name, as ``canonicalize`` blocks it.

Quote clusters
    1. Every quote of at least ``min_words`` words emits one key per LSH band of each of its
       window MinHashes (:func:`quotegraph.corpus.clusters.window_minhashes`), with the band
       layout of the ``MinHashLSH`` that ``cluster_quotes`` builds: two quotes share a key
       exactly when that index would propose them as a pair.
    2. Each bucket gives its candidate pairs; pairs are verified as ``cluster_quotes`` does
       (different known speakers never; ``partial_ratio`` of the normalised words at least
       ``MIN_SCORE``).
    3. Connected components of the verified pairs by iterative label propagation (each quote
       takes the smallest key among its neighbours until nothing changes; as many rounds as the
       longest shortest path in a component, a handful for quote clusters).
    4. :func:`~quotegraph.corpus.clusters.cluster_quotes` runs on each component. Every pair it
       would verify lies inside one component, so its greedy, speaker-aware joining gives the
       clusters it gives over the whole corpus. Cluster ids follow from attribution ids.
"""
from __future__ import annotations

import json
from typing import Mapping, Optional

from quotegraph.corpus.clusters import (MIN_SCORE, MIN_WORDS, NUM_PERM, THRESHOLD, QuoteRecord,
                                        cluster_quotes, normalize_words, window_minhashes)
from quotegraph.corpus.speakers import (SpeakerRecord, alias_targets, aliased, blocking_key,
                                        canonicalize)
from quotegraph.store.refresh import cluster_row, member_rows


def canonical_speakers(article_speakers, partitions: int,
                       aliases: Optional[Mapping[str, str]] = None):
    """``(mapping, speakers)`` DataFrames: ``article_id, speaker_id, canonical_id`` for every
    article speaker, and the canonical speakers' ``id, name, kind, roles, aliases``.

    ``article_speakers`` has ``article_id, speaker_id, name, kind, roles, outlet``; ``aliases``
    (alias -> canonical name) as ``ingest --aliases`` takes them: a record an alias names is
    blocked by the canonical name, as :func:`~quotegraph.corpus.speakers.canonicalize` does.
    """
    spark = article_speakers.sparkSession
    aliases = dict(aliases or {})
    targets = alias_targets(aliases)
    keyed = article_speakers.rdd.map(lambda r: (_block(r, targets), tuple(r)))
    resolved = keyed.groupByKey(partitions) \
        .flatMap(lambda kv: _canonicalize_block(kv[1], aliases))
    rows = spark.createDataFrame(resolved, "article_id bigint, speaker_id string,"
                                 " canonical_id string, name string, kind string,"
                                 " roles string, aliases string").localCheckpoint()
    mapping = rows.select("article_id", "speaker_id", "canonical_id")
    speakers = rows.drop("article_id", "speaker_id").dropDuplicates(["canonical_id"]) \
        .withColumnRenamed("canonical_id", "id")
    return mapping, speakers


def _block(row, targets: Mapping[str, str]) -> str:
    if row["kind"] == "unnamed":
        return f"unnamed\t{row['article_id']}/{row['speaker_id']}"
    name = aliased(row["name"], targets) or row["name"]
    return f"{row['kind']}\t{blocking_key(name, row['kind'])}"


def _canonicalize_block(rows, aliases: Mapping[str, str]):
    records = {f"{a}/{s}": (a, s) for a, s, *_ in rows}
    result = canonicalize((SpeakerRecord(f"{a}/{s}", name, kind, tuple(json.loads(roles)), outlet)
                           for a, s, name, kind, roles, outlet in rows), aliases)
    for key, c in result.items():
        article_id, speaker_id = records[key]
        yield (article_id, speaker_id, c.id, c.name, c.kind,
               json.dumps(list(c.roles), ensure_ascii=False),
               json.dumps(list(c.aliases), ensure_ascii=False))


def quote_clusters(quotes, partitions: int, max_rounds: int = 50):
    """``(clusters, members)`` DataFrames with the store's columns, from ``quotes`` with
    ``id, content, date, outlet, speaker`` (canonical speaker id or null)."""
    from pyspark.sql import functions as F

    spark = quotes.sparkSession
    bands = _band_ranges()
    records = quotes.rdd.map(lambda r: (str(r["id"]), (r["content"], r["date"], r["outlet"],
                                                        r["speaker"])))
    buckets = records.flatMap(lambda kv: [(band, kv[0]) for band in _band_keys(kv[1][0], bands)]) \
        .distinct(partitions).groupByKey(partitions)
    pairs = buckets.flatMap(lambda kv: _pairs(sorted(set(kv[1])))).distinct(partitions)
    verified = pairs.join(records, partitions).map(lambda kv: (kv[1][0], (kv[0], kv[1][1]))) \
        .join(records, partitions) \
        .filter(lambda kv: _similar(kv[1][0][1], kv[1][1])) \
        .map(lambda kv: (kv[1][0][0], kv[0]))
    edges = spark.createDataFrame(verified, "a string, b string")
    edges = edges.union(edges.select(F.col("b").alias("a"), F.col("a").alias("b"))).cache()
    labels = edges.groupBy("a").agg(F.least(F.min("b"), F.first("a")).alias("label")) \
        .withColumnRenamed("a", "key").localCheckpoint()
    for _ in range(max_rounds):
        spread = edges.join(labels, edges.a == labels.key).select(F.col("b").alias("key"), "label")
        updated = spread.union(labels).groupBy("key").agg(F.min("label").alias("label")) \
            .localCheckpoint()
        changed = updated.join(labels.withColumnRenamed("label", "old"), "key") \
            .filter("label != old").limit(1).count()
        labels = updated
        if not changed:
            break
    edges.unpersist()
    grouped = labels.rdd.map(tuple).join(records, partitions) \
        .map(lambda kv: (kv[1][0], QuoteRecord(kv[0], *kv[1][1]))).groupByKey(partitions)
    found = grouped.flatMap(lambda kv: _clusters(list(kv[1]))).cache()
    clusters = spark.createDataFrame(
        found.filter(lambda r: r[0] == "cluster").map(lambda r: r[1]),
        "id string, canonical_attribution bigint, speaker_id string, first_seen string,"
        " outlets string, size bigint")
    members = spark.createDataFrame(
        found.filter(lambda r: r[0] == "member").map(lambda r: r[1]),
        "cluster_id string, attribution_id bigint, altered int, diff string")
    return clusters, members


def _band_ranges() -> list[tuple[int, int]]:
    from datasketch import MinHashLSH

    return list(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges)


def _band_keys(text: str, bands) -> set:
    if len(normalize_words(text)) < MIN_WORDS:
        return set()
    return {(n, sketch.hashvalues[start:end].tobytes())
            for sketch in window_minhashes(text, NUM_PERM)
            for n, (start, end) in enumerate(bands)}


def _pairs(keys: list[str]):
    return [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]]


def _similar(a, b) -> bool:
    from rapidfuzz import fuzz

    (text_a, _, _, speaker_a), (text_b, _, _, speaker_b) = a, b
    if speaker_a and speaker_b and speaker_a != speaker_b:
        return False
    return fuzz.partial_ratio(" ".join(normalize_words(text_a)),
                              " ".join(normalize_words(text_b))) >= MIN_SCORE


def _clusters(records: list[QuoteRecord]):
    speaker_of = {r.key: r.speaker for r in records}
    for c in cluster_quotes(records, threshold=THRESHOLD, min_words=MIN_WORDS):
        yield "cluster", cluster_row(c, speaker_of)
        for row in member_rows(c):
            yield "member", row


def speaker_table(speakers, attributions):
    """The ``speakers`` table: canonical speakers with the counts ``refresh_corpus`` keeps
    (``attributions``, distinct ``articles``, ``outlets`` as a sorted JSON list).

    ``attributions`` has ``article_id, outlet, canonical_id``.
    """
    from pyspark.sql import functions as F

    counts = attributions.where("canonical_id IS NOT NULL").groupBy("canonical_id") \
        .agg(F.count("*").alias("attributions"), F.countDistinct("article_id").alias("articles"),
             F.collect_set("outlet").alias("outlets")) \
        .withColumnRenamed("canonical_id", "id")
    joined = speakers.join(counts, "id", "left")
    rows = joined.rdd.map(lambda r: (r["id"], r["name"], r["kind"], r["roles"], r["aliases"],
                                     r["attributions"] or 0, r["articles"] or 0,
                                     json.dumps(sorted(r["outlets"] or []), ensure_ascii=False)))
    return speakers.sparkSession.createDataFrame(
        rows, "id string, name string, kind string, roles string, aliases string,"
              " attributions bigint, articles bigint, outlets string")

