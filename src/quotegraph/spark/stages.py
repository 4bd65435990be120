"""The cross-article steps as Spark stages, calling the same functions as ``refresh_corpus``.

Speakers
    Article speakers are keyed by ``(kind, blocking_key(name, kind))`` -- unnamed speakers by
    their own record key -- and :func:`quotegraph.corpus.speakers.canonicalize` runs once per
    block. ``canonicalize`` never compares records of different blocks, so the union of the
    per-block results is exactly its result over the whole corpus. A name that ``--aliases``
    maps is blocked by its canonical name, as ``canonicalize`` blocks it.

Statements
    :func:`quotegraph.corpus.statements.cluster_statements` compares a report only with reports
    of its own canonical speaker (its semantic neighbours, over the speaker's whole dated list)
    and with the reports MinHash finds (its band buckets); a report joins an anchor only when
    their speakers agree, and an anchor with a known speaker has it from its first report that
    has one. So reports of different known speakers never affect each other except through
    reports with no speaker, and the union of its results over groups that are closed under
    "same speaker" and "shares a band bucket with a speaker-less report" is its result over
    the whole corpus:

    1. Every report of at least ``min_words`` words stands for a node: its canonical speaker,
       or itself when it has none. It emits one key per LSH band of each of its window
       MinHashes (:func:`quotegraph.corpus.clusters.window_minhashes`), with the band layout
       of the ``MinHashLSH`` that ``candidate_pairs`` builds: two reports share a key exactly
       when that index would pair them.
    2. A bucket with a speaker-less report links its nodes (a star on the smallest, so the
       edges are linear in the bucket); buckets of known speakers only link nothing.
    3. Connected components of the nodes by iterative label propagation (each node takes the
       smallest label among its neighbours until nothing changes; as many rounds as the
       longest shortest path in a component, a handful here).
    4. ``cluster_statements`` runs on each component's reports with their vectors and the
       window; statement ids follow from attribution ids. One speaker's reports are always
       one group, as they are in ``refresh_corpus``.
"""
from __future__ import annotations

import json
from typing import Mapping, Optional

from quotegraph.corpus.clusters import (MIN_WORDS, NUM_PERM, THRESHOLD, QuoteRecord,
                                        normalize_words, window_minhashes)
from quotegraph.corpus.pairs import PairModel
from quotegraph.corpus.speakers import (SpeakerRecord, alias_targets, aliased, blocking_key,
                                        canonicalize)
from quotegraph.corpus.statements import cluster_statements
from quotegraph.store.refresh import statement_member_rows, statement_row, vector_matrix


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


def statement_clusters(reports, partitions: int, window_days: int, max_rounds: int = 50):
    """``(clusters, members)`` DataFrames with the store's columns, from ``reports`` with
    ``id, content, date, outlet, speaker, kind, vector`` (``speaker``: canonical speaker id or
    null; ``vector``: the stored content vector, or null)."""
    from pyspark.sql import functions as F

    spark = reports.sparkSession
    bands = _band_ranges()
    records = reports.rdd \
        .filter(lambda r: len(normalize_words(r["content"])) >= MIN_WORDS) \
        .map(lambda r: (_node(r["speaker"], r["id"]),
                        (r["id"], r["content"], r["date"], r["outlet"], r["speaker"], r["kind"],
                         r["vector"])))
    linked = records.flatMap(lambda kv: [(band, (kv[0], kv[1][4] is None))
                                         for band in _band_keys(kv[1][1], bands)]) \
        .groupByKey(partitions).flatMap(lambda kv: _star(kv[1])).distinct(partitions)
    edges = spark.createDataFrame(linked, "a string, b string")
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
    grouped = records.leftOuterJoin(labels.rdd.map(tuple), partitions) \
        .map(lambda kv: (kv[1][1] or kv[0], kv[1][0])).groupByKey(partitions)
    found = grouped.mapPartitions(lambda groups: _statements(groups, window_days)).cache()
    clusters = spark.createDataFrame(
        found.filter(lambda r: r[0] == "cluster").map(lambda r: r[1]),
        "id string, canonical_attribution bigint, speaker_id string, first_seen string,"
        " outlets string, size bigint")
    members = spark.createDataFrame(
        found.filter(lambda r: r[0] == "member").map(lambda r: r[1]),
        "cluster_id string, attribution_id bigint, altered int, diff string, relation string,"
        " drift string")
    return clusters, members


def _node(speaker: Optional[str], id: int) -> str:
    return f"s\t{speaker}" if speaker else f"a\t{id}"


def _band_ranges() -> list[tuple[int, int]]:
    from datasketch import MinHashLSH

    return list(MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM).hashranges)


def _band_keys(text: str, bands) -> set:
    return {(n, sketch.hashvalues[start:end].tobytes())
            for sketch in window_minhashes(text, NUM_PERM)
            for n, (start, end) in enumerate(bands)}


def _star(bucket) -> list[tuple[str, str]]:
    """The edges that link a bucket's nodes: none unless a speaker-less report is in it."""
    bucket = list(bucket)
    if not any(speakerless for _, speakerless in bucket):
        return []
    nodes = sorted({node for node, _ in bucket})
    return [(nodes[0], node) for node in nodes[1:]]


def _statements(groups, window_days: int):
    model = PairModel.load()
    for _, rows in groups:
        rows = list(rows)
        if len(rows) < 2:
            continue
        records = [QuoteRecord(str(id), content, date, outlet, speaker, kind)
                   for id, content, date, outlet, speaker, kind, _ in rows]
        vectors = vector_matrix([row[6] for row in rows])
        for statement in cluster_statements(records, vectors, model, window_days):
            yield "cluster", statement_row(statement)
            for row in statement_member_rows(statement):
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

