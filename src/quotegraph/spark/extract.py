"""Per-partition work on the executors: read files into items, extract, make table rows.

Reading (:func:`read_inputs`) streams each file from its file system (a WARC record by record,
its HTML pages not yet parsed); the job then spreads the entries over its partitions, and
:func:`extract_partition` reads the pages' HTML and extracts, so that one large file keeps
every core busy and no task holds a whole file. Each Python worker loads one
:class:`Extractor` the first time a partition needs it and keeps it for every later partition
(Spark reuses Python workers), so spaCy loads once per worker, never per record; the
:func:`~quotegraph.corpus.embed.shared_embedder` likewise, which embeds the contents of each batch's
attributions as ``ingest`` does. Rows are the store's own (:func:`quotegraph.store.db.article_row`
and friends, :func:`quotegraph.store.refresh.vector_blob`) plus the ids Spark needs without a
database: ids are derived from the article's text hash, so the same article gets the same ids
in every run.
"""
from __future__ import annotations

import hashlib
from typing import BinaryIO, Iterable, Iterator, Optional, Union
from urllib.parse import urlsplit

import quotegraph
from quotegraph.corpus.embed import shared_embedder
from quotegraph.errors import AnalysisError
from quotegraph.ingest.collections import Failure, Item, WarcPage, read_collection_stream
from quotegraph.pipeline import shared_extractor
from quotegraph.store.db import (ArticleMeta, article_row, attribution_rows, extractor_model,
                                 now, speaker_rows)
from quotegraph.store.refresh import vector_blob

# Articles handed to spaCy at a time; one whose analysis fails is a failure record.
BATCH = 64


def row_id(*parts: str) -> int:
    """A stable positive 60-bit id for an article (its hash) or attribution (hash, A-id).

    >>> row_id("abc") == row_id("abc") != row_id("abc", "A1")
    True
    """
    return int(hashlib.sha256("/".join(parts).encode("utf-8")).hexdigest()[:15], 16)


def month(date: Optional[str]) -> str:
    """The Parquet partition of a publication date: ``yyyy-mm``, or ``unknown``."""
    return date[:7] if date and len(date) >= 7 else "unknown"


def file_label(uri: str) -> str:
    """A file's name in ``source``: local files as ``ingest`` names them, others as URIs.

    >>> file_label("file:/news/a.warc.gz"), file_label("file:///news/a.warc.gz")
    ('/news/a.warc.gz', '/news/a.warc.gz')
    """
    return urlsplit(uri).path if uri.startswith("file:") else uri


def open_input(uri: str) -> BinaryIO:
    """A file to read once from the start: local paths and ``file:`` URIs directly, other URIs
    with pyarrow's file systems (``hdfs://``, ``s3://`` -- ``s3a://`` and ``s3n://`` read as
    ``s3://`` --, ``gs://``, ``abfss://``), configured as pyarrow configures them."""
    scheme = urlsplit(uri).scheme
    if scheme in ("", "file"):
        return open(file_label(uri), "rb")
    from pyarrow import fs

    if scheme in ("s3a", "s3n"):
        uri = "s3" + uri[len(scheme):]
    filesystem, path = fs.FileSystem.from_uri(uri)
    return filesystem.open_input_stream(path)


def read_inputs(uris: Iterable[str]) -> Iterator[Union[Item, Failure, WarcPage]]:
    """The entries of each file: :class:`Item` and :class:`Failure` as ``ingest`` reads them,
    but a WARC's HTML pages as :class:`WarcPage` (read into items by :func:`extract_partition`)."""
    for uri in uris:
        label = file_label(uri)
        try:
            stream = open_input(uri)
        except OSError as error:
            yield Failure(label, f"cannot read file ({error.strerror or error})")
            continue
        with stream:
            yield from read_collection_stream(label, stream, defer_html=True)


def extract_partition(entries: Iterable[Union[Item, Failure, WarcPage]],
                      outlet: Optional[str] = None, mode: str = "accurate") -> Iterator[dict]:
    """For each entry of :func:`read_inputs`: one record per article and one per failure.

    A record is ``{"failure": None | {...}, "article": {...}, "speakers": [...],
    "attributions": [...], "vectors": [...]}`` with the store's columns (``vectors``: the
    ``attribution_vectors`` rows of the article's attributions).
    """
    items: list[Item] = []
    for entry in entries:
        if isinstance(entry, WarcPage):
            entry = entry.item()
        if isinstance(entry, Failure):
            yield _failure(entry.source, entry.reason)
            continue
        items.append(entry)
        if len(items) == BATCH:
            yield from _extract_batch(items, outlet, mode)
            items = []
    yield from _extract_batch(items, outlet, mode)


def task_threads() -> Optional[int]:
    """The threads an onnxruntime session of this worker gets: as many as Spark gives a task
    (``spark.task.cpus``, 1 by default): onnxruntime's default of one thread per core, in a
    worker per core, spin-waits for the cores the other workers hold (about 1.5x the CPU per
    article, measured on 2 busy cores). Outside a Spark task None, onnxruntime's default."""
    from pyspark import TaskContext

    context = TaskContext.get()
    return context.cpus() if context else None


def worker_extractor(mode: str):
    """This worker's Extractor, its tagger on :func:`task_threads` threads."""
    return shared_extractor(mode, task_threads())


def worker_embedder():
    """This worker's Embedder, on :func:`task_threads` threads."""
    return shared_embedder(task_threads() or 0)


def _extract_batch(items: list[Item], outlet: Optional[str], mode: str) -> Iterator[dict]:
    inputs = ((item.source, item.text, item) for item in items)
    records = []
    for item, result in worker_extractor(mode).analyse_many(inputs):
        if isinstance(result, AnalysisError):
            records.append(_failure(item.source, str(result)))
        else:
            records.append(_article(item, result, outlet, mode))
    _embed(records)
    yield from records


def _embed(records: list[dict]) -> None:
    """Give each article record the content vectors of its attributions, in one call for
    the batch."""
    embedder = worker_embedder()
    attributions = [a for r in records for a in r["attributions"]]
    vectors = iter(embedder.embed([a["content"] for a in attributions]))
    for record in records:
        record["vectors"] = [{"attribution_id": a["id"], "model": embedder.model_id,
                              "vector": vector_blob(next(vectors))}
                             for a in record["attributions"]]


def _article(item: Item, result, outlet: Optional[str], mode: str) -> dict:
    meta = ArticleMeta.of(item, result, outlet)
    article = article_row(result, meta, version=quotegraph.__version__, **extractor_model(worker_extractor(mode)))
    digest = article["hash"]
    article_id = row_id(digest)
    return {"failure": None,
            "article": {"id": article_id, **article, "month": month(meta.date)},
            "speakers": speaker_rows(result),
            "attributions": [{"id": row_id(digest, row["attribution_id"]), **row}
                             for row in attribution_rows(result, meta)]}


def _failure(source: str, reason: str) -> dict:
    return {"failure": {"source": source, "reason": reason, "time": now()},
            "article": None, "speakers": [], "attributions": [], "vectors": []}

