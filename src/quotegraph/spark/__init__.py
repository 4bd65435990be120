"""The corpus pipeline on Spark: the same readers, Extractor and cross-article steps as ``ingest``.

:func:`quotegraph.spark.job.run` reads WARC / JSON Lines / text inputs from any Hadoop URI,
extracts attributions with one :class:`~quotegraph.pipeline.Extractor` per Python worker, and
writes Parquet tables with the columns of the SQLite store (see :mod:`quotegraph.store.schema`);
:func:`quotegraph.spark.load.load` puts them into a SQLite corpus. ``docs/scale.md`` says how to
run it on a cluster.
"""
