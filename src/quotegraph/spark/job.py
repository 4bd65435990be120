"""The Spark job: inputs -> Parquet tables of the corpus store. An entry point for spark-submit.

    spark-submit --master yarn src/quotegraph/spark/job.py s3a://bucket/news/ --out s3a://bucket/qg
    python -m quotegraph.spark.job shared/data/warc/ --out out/ --master 'local[2]'

take the arguments of ``quotegraph spark``, whose command (:func:`command`) is defined here so
that spark-submit runs this file without the rest of the CLI. Stages:

1. ``binaryFiles`` over the inputs (directories recursively, hidden files left out), one
   ``(uri, bytes)`` per file; ``mapPartitions`` reads each file with the ingest readers
   (:func:`quotegraph.ingest.collections.read_collection_data`) and extracts with this
   worker's one :class:`~quotegraph.pipeline.Extractor`. Nothing is collected on the driver.
2. Articles with the same text hash keep the one with the smallest ``source``; unreadable
   files, records and articles go to ``failures``.
3. Speakers and quote clusters: see :mod:`quotegraph.spark.stages`.

Every table is written in overwrite mode, so a rerun over the same ``--out`` replaces the
previous run's output instead of adding to it.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Optional, Sequence

import click

from quotegraph.pipeline import MODE_HELP, MODES
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
        outlet: Optional[str] = None, mode: str = "accurate") -> Summary:
    """Extract everything under ``inputs`` into Parquet tables under ``out`` (``mode``: the
    extraction mode, see :class:`~quotegraph.pipeline.Settings`)."""
    from pyspark import StorageLevel
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from quotegraph.spark.stages import canonical_speakers, quote_clusters, speaker_table
    from quotegraph.spark.extract import extract_partition
    from quotegraph.store import Summary

    sc = spark.sparkContext
    sc._jsc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive",
                                      "true")
    partitions = partitions or sc.defaultParallelism
    files = sc.binaryFiles(",".join(inputs), minPartitions=partitions)
    records = files.mapPartitions(lambda part: extract_partition(part, outlet, mode))
    extracted = spark.createDataFrame(records, extracted_schema()) \
        .persist(StorageLevel.MEMORY_AND_DISK)

    failures = extracted.where("failure IS NOT NULL").select("failure.*") \
        .dropDuplicates(["source"])
    first = Window.partitionBy("article.hash").orderBy("article.source")
    articles = extracted.where("article IS NOT NULL") \
        .withColumn("_n", F.row_number().over(first)).where("_n = 1").drop("_n") \
        .persist(StorageLevel.MEMORY_AND_DISK)
    _write(articles.select("article.*"), out, "articles")
    attributions = articles.select("article.id", "article.month",
                                   F.explode("attributions").alias("a")) \
        .select(F.col("id").alias("article_id"), "month", "a.*")
    _write(attributions.select(*COLUMNS["attributions"], "month"), out, "attributions")
    _write(failures, out, "failures")

    speakers_in = articles.select("article.id", "article.outlet", "article.month",
                                  F.explode("speakers").alias("s")) \
        .select(F.col("id").alias("article_id"), "s.*", "outlet", "month")
    mapping, canonical = canonical_speakers(
        speakers_in.select("article_id", "speaker_id", "name", "kind", "roles", "outlet"),
        partitions)
    _write(speakers_in.join(mapping, ["article_id", "speaker_id"], "left")
           .select(*COLUMNS["article_speakers"], "month"), out, "article_speakers")
    articles.unpersist()
    extracted.unpersist()

    stored = _read(spark, out, "attributions")
    with_speakers = stored.join(mapping, ["article_id", "speaker_id"], "left")
    _write(speaker_table(canonical, with_speakers), out, "speakers")
    clusters, members = quote_clusters(
        with_speakers.select("id", "content", "date", "outlet",
                             F.col("canonical_id").alias("speaker")), partitions)
    _write(clusters.withColumn("month", F.coalesce(F.substring("first_seen", 1, 7),
                                                   F.lit("unknown"))), out, "clusters")
    _write(members, out, "cluster_members")

    counts = {table: _read(spark, out, table).count() for table in
              ("articles", "attributions", "speakers", "clusters", "failures")}
    return Summary(new=counts["articles"], failed=counts["failures"],
                   attributions=counts["attributions"], speakers=counts["speakers"],
                   clusters=counts["clusters"], done="extracted")


def _read(spark, out: str, table: str):
    """A written table; with its schema given, an empty one reads as empty."""
    columns = {**COLUMNS[table], **({"month": "string"} if table in PARTITIONED else {})}
    return spark.read.schema(ddl(columns)).parquet(f"{out}/{table}")


def _write(frame, out: str, table: str) -> None:
    writer = frame.select(*COLUMNS[table], *(["month"] if table in PARTITIONED else [])) \
        .write.mode("overwrite")
    if table in PARTITIONED:
        writer = writer.partitionBy("month")
    writer.parquet(f"{out}/{table}")


@click.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, help="Folder or URI for the Parquet tables (overwritten).")
@click.option("--master", help="Spark master: local[2], yarn, k8s://...; default: spark-submit's.")
@click.option("--partitions", type=int, help="Input partitions (default: Spark's parallelism).")
@click.option("--outlet", help="Outlet of articles whose input and URL name none.")
@click.option("--conf", "confs", multiple=True, metavar="KEY=VALUE", help="Spark setting, repeatable.")
@click.option("--mode", type=click.Choice(MODES), default="accurate", show_default=True,
              help=MODE_HELP)
def command(inputs: tuple[str, ...], out: str, master: str | None, partitions: int | None,
            outlet: str | None, confs: tuple[str, ...], mode: str) -> None:
    """Extract WARC / JSON Lines / text INPUTS (local paths or Hadoop URIs) with Spark into
    Parquet tables under --out: articles, attributions, article_speakers, speakers, clusters,
    cluster_members, failures. Load them with 'quotegraph load'."""
    settings = dict(c.split("=", 1) for c in confs)
    summary = run(session(master, settings), inputs, out, partitions=partitions, outlet=outlet,
                  mode=mode)
    click.echo(summary.format())


if __name__ == "__main__":
    command(prog_name="quotegraph.spark.job")
