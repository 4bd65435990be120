"""The Spark job: inputs -> Parquet tables of the corpus store. An entry point for spark-submit.

    spark-submit --master yarn src/quotegraph/spark/job.py s3a://bucket/news/ --out s3a://bucket/qg
    python -m quotegraph.spark.job shared/data/warc/ --out out/ --master 'local[2]'

take the arguments of ``quotegraph spark``, whose command (:func:`command`) is defined here so
that spark-submit runs this file without the rest of the CLI. Stages:

1. The driver lists the input files (directories recursively, names starting with ``.`` or
   ``_`` left out, as Hadoop does); one task per file streams it with the ingest readers
   (:func:`quotegraph.spark.extract.read_inputs`: a WARC record by record, its HTML not yet
   parsed); the entries are dealt round-robin over ``partitions``, where each is read into an
   article and extracted with this worker's one :class:`~quotegraph.pipeline.Extractor`.
   Each batch's contents are embedded there too, with this worker's one
   :class:`~quotegraph.corpus.embed.Embedder` (``attribution_vectors``). Only file names
   are on the driver; no task holds a whole file.
2. Articles with the same text hash keep the one with the smallest ``source``; unreadable
   files, records and articles go to ``failures``.
3. Speakers (with ``--aliases``) and statements (within ``--window`` days): see
   :mod:`quotegraph.spark.stages`.

The summary's counts are observed while the tables are written, not counted by jobs of their
own: at a few thousand articles each Spark job costs more than its work.

Every table is written in overwrite mode, so a rerun over the same ``--out`` replaces the
previous run's output instead of adding to it.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Mapping, Optional, Sequence

import click

from quotegraph.model import MODE_HELP, MODES
from quotegraph.spark.tables import COLUMNS, PARTITIONED, ddl, extracted_schema

if TYPE_CHECKING:
    from quotegraph.store import Summary


def session(master: Optional[str] = None, conf: Optional[dict] = None, app: str = "quotegraph"):
    """A SparkSession; ``master`` is left to spark-submit when ``None``. Python workers run the
    driver's interpreter when Spark is not told otherwise (``PYSPARK_PYTHON``)."""
    import os

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def run(spark, inputs: Sequence[str], out: str, *, partitions: Optional[int] = None,
        outlet: Optional[str] = None, mode: str = "accurate",
        aliases: Optional[Mapping[str, str]] = None,
        window_days: Optional[int] = None) -> Summary:
    """Extract everything under ``inputs`` into Parquet tables under ``out`` (``mode``: the
    extraction mode, see :class:`~quotegraph.pipeline.Settings`; ``aliases``: alias ->
    canonical name, as ``ingest --aliases`` takes them, applied to the speakers and kept in
    the ``aliases`` table for ``load``; ``window_days``: the statement window, as
    ``ingest --window`` takes it, default :data:`~quotegraph.corpus.pairs.WINDOW_DAYS`; when
    given it is kept in the ``settings`` table for ``load``)."""
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from quotegraph.corpus.pairs import WINDOW_DAYS
    from quotegraph.spark.stages import canonical_speakers, speaker_table, statement_clusters
    from quotegraph.store import Summary

    partitions = partitions or spark.sparkContext.defaultParallelism
    extracted = spark.createDataFrame(extract(read(spark, inputs, partitions), outlet, mode),
                                      extracted_schema()).persist(StorageLevel.MEMORY_AND_DISK)

    failures = extracted.where("failure IS NOT NULL").select("failure.*") \
        .dropDuplicates(["source"])
    first = Window.partitionBy("article.hash").orderBy("article.source")
    articles = extracted.where("article IS NOT NULL") \
        .withColumn("_n", F.row_number().over(first)).where("_n = 1").drop("_n") \
        .persist(StorageLevel.MEMORY_AND_DISK)
    counts = {"articles": _write(articles.select("article.*"), out, "articles")}
    attributions = articles.select("article.id", "article.month",
                                   F.explode("attributions").alias("a")) \
        .select(F.col("id").alias("article_id"), "month", "a.*")
    counts["attributions"] = _write(attributions.select(*COLUMNS["attributions"], "month"), out,
                                    "attributions")
    _write(articles.select("article.month", F.explode("vectors").alias("v")).select("v.*", "month"),
           out, "attribution_vectors")
    counts["failures"] = _write(failures, out, "failures")

    speakers_in = articles.select("article.id", "article.outlet", "article.month",
                                  F.explode("speakers").alias("s")) \
        .select(F.col("id").alias("article_id"), "s.*", "outlet", "month")
    mapping, canonical = canonical_speakers(
        speakers_in.select("article_id", "speaker_id", "name", "kind", "roles", "outlet"),
        partitions, aliases)
    _write(spark.createDataFrame(sorted((aliases or {}).items()), ddl(COLUMNS["aliases"])),
           out, "aliases")
    settings = [] if window_days is None else [("window_days", str(window_days))]
    _write(spark.createDataFrame(settings, ddl(COLUMNS["settings"])), out, "settings")
    _write(speakers_in.join(mapping, ["article_id", "speaker_id"], "left")
           .select(*COLUMNS["article_speakers"], "month"), out, "article_speakers")
    articles.unpersist()
    extracted.unpersist()

    stored = _read(spark, out, "attributions")
    with_speakers = stored.join(mapping, ["article_id", "speaker_id"], "left")
    counts["speakers"] = _write(speaker_table(canonical, with_speakers), out, "speakers")
    vectors = _read(spark, out, "attribution_vectors") \
        .select(F.col("attribution_id").alias("id"), "vector")
    clusters, members = statement_clusters(
        with_speakers.join(vectors, "id", "left")
        .select("id", "content", "date", "outlet", F.col("canonical_id").alias("speaker"), "kind",
                "vector"),
        partitions, WINDOW_DAYS if window_days is None else window_days)
    counts["clusters"] = _write(clusters.withColumn(
        "month", F.coalesce(F.substring("first_seen", 1, 7), F.lit("unknown"))), out, "clusters")
    _write(members, out, "cluster_members")
    return Summary(new=counts["articles"], failed=counts["failures"],
                   attributions=counts["attributions"], speakers=counts["speakers"],
                   statements=counts["clusters"], done="extracted")


def read(spark, inputs: Sequence[str], partitions: int):
    """Stage 1's reading: an RDD of the entries of :func:`~quotegraph.spark.extract.read_inputs`
    (one task per file), dealt round-robin over ``partitions``."""
    from quotegraph.spark.extract import read_inputs

    files = input_files(spark, inputs)
    return spark.sparkContext.parallelize(files, max(len(files), 1)) \
        .mapPartitionsWithIndex(lambda n, uris: ((n + k, e) for k, e in enumerate(read_inputs(uris)))) \
        .partitionBy(partitions, lambda key: key).values()


def extract(entries, outlet: Optional[str], mode: str):
    """Stage 1's extraction: an RDD of :func:`~quotegraph.spark.extract.extract_partition`'s
    records, one per article or failure."""
    from quotegraph.spark.extract import extract_partition

    return entries.mapPartitions(lambda part: extract_partition(part, outlet, mode))


def input_files(spark, inputs: Sequence[str]) -> list[str]:
    """The URIs of the files under ``inputs`` (paths, URIs or globs), listed through Hadoop's
    file systems: directories recursively, names starting with ``.`` or ``_`` left out."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    files = []
    for given in inputs:
        path = jvm.org.apache.hadoop.fs.Path(given)
        filesystem = path.getFileSystem(conf)
        found = filesystem.globStatus(path)
        if not found:
            raise FileNotFoundError(f"{given}: no such file or directory")
        for status in found:
            if not status.isDirectory():
                files.append(status.getPath().toString())
                continue
            root = status.getPath().toUri().getPath().rstrip("/")
            listing = filesystem.listFiles(status.getPath(), True)
            while listing.hasNext():
                file = listing.next().getPath()
                below = file.toUri().getPath()[len(root):]
                if not any(part[:1] in (".", "_") for part in below.split("/")):
                    files.append(file.toString())
    return sorted(files)


def _read(spark, out: str, table: str):
    """A written table; with its schema given, an empty one reads as empty."""
    columns = {**COLUMNS[table], **({"month": "string"} if table in PARTITIONED else {})}
    return spark.read.schema(ddl(columns)).parquet(f"{out}/{table}")


def _write(frame, out: str, table: str) -> int:
    """Write ``table``; returns its rows, counted as they are written (no job of its own)."""
    from pyspark.sql import Observation
    from pyspark.sql import functions as F

    rows = Observation(table)
    writer = frame.select(*COLUMNS[table], *(["month"] if table in PARTITIONED else [])) \
        .observe(rows, F.count(F.lit(1)).alias("rows")).write.mode("overwrite")
    if table in PARTITIONED:
        writer = writer.partitionBy("month")
    writer.parquet(f"{out}/{table}")
    return rows.get["rows"]


@click.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, help="Folder or URI for the Parquet tables (overwritten).")
@click.option("--master", help="Spark master: local[2], yarn, k8s://...; default: spark-submit's.")
@click.option("--partitions", type=int, help="Input partitions (default: Spark's parallelism).")
@click.option("--outlet", help="Outlet of articles whose input and URL name none.")
@click.option("--conf", "confs", multiple=True, metavar="KEY=VALUE", help="Spark setting, repeatable.")
@click.option("--mode", type=click.Choice(MODES), default="accurate", show_default=True,
              help=MODE_HELP)
@click.option("--aliases", "aliases_file", type=click.Path(exists=True, dir_okay=False),
              help="CSV 'alias,canonical' of speaker names, as for ingest.")
@click.option("--window", type=click.IntRange(min=0),
              help="Statement window in days, as for ingest (default 14; kept by 'load').")
def command(inputs: tuple[str, ...], out: str, master: str | None, partitions: int | None,
            outlet: str | None, confs: tuple[str, ...], mode: str,
            aliases_file: str | None, window: int | None) -> None:
    """Extract WARC / JSON Lines / text INPUTS (local paths or Hadoop URIs) with Spark into
    Parquet tables under --out: articles, attributions, attribution_vectors, article_speakers,
    speakers, clusters, cluster_members, aliases, settings, failures. Load them with
    'quotegraph load'."""
    from quotegraph.corpus.speakers import load_aliases

    settings = dict(c.split("=", 1) for c in confs)
    aliases = load_aliases(aliases_file) if aliases_file else None
    summary = run(session(master, settings), inputs, out, partitions=partitions, outlet=outlet,
                  mode=mode, aliases=aliases, window_days=window)
    click.echo(summary.format())


if __name__ == "__main__":
    command(prog_name="quotegraph.spark.job")
