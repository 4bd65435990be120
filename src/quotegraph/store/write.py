"""Ingest a collection into the corpus database, and re-run extraction on what is stored.

Every article found by :func:`quotegraph.ingest.collections.iter_collection` is keyed by the
sha256 of its analysed text: one already in the db is counted and skipped before parsing, the
others stream through one :meth:`Extractor.analyse_many` (so spaCy batches across articles) and
each is committed, with its speakers and attributions, in its own transaction as soon as its
result arrives. Killing the process loses at most the articles not yet committed, and running
the same command again adds exactly those. The contents' vectors are made beside extraction, on
one thread of their own (:class:`Vectors`), so that they cost little wall time where a core is
free; whatever they miss the refresh makes.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text('Talks stall\\n"We will not give up," Lavrov said.')
>>> summary = ingest([folder], folder / "q.db")
>>> summary.new, summary.present, summary.failed, summary.attributions
(1, 0, 0, 1)
>>> ingest([folder], folder / "q.db").present
1
"""
from __future__ import annotations

import os
import sqlite3
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping, Optional, Union

import quotegraph
from quotegraph.errors import AnalysisError
from quotegraph.ingest.collections import Failure, Item, iter_collection
from quotegraph.model import Extraction, Mode
from quotegraph.store.db import (ArticleMeta, connect, datasette_metadata_path, extractor_model,
                                 insert_article, record_failure, replace_extraction, text_hash)
from quotegraph.corpus.embed import Embedder
from quotegraph.store.refresh import (EMBED_BATCH, refresh_corpus, store_aliases, store_vectors,
                                      store_window)

if TYPE_CHECKING:
    from quotegraph.pipeline import Extractor


@dataclass
class Summary:
    """What one run that adds to the corpus did: :func:`ingest`, :func:`reprocess`, and the
    Spark job and its load (:mod:`quotegraph.spark`), all printed by :meth:`format`.

    ``new`` counts the articles the run analysed or added, ``done`` says what happened to
    them (``new``, ``reprocessed``, ``extracted``, ``loaded``); ``failures`` lists the inputs
    that gave no article where the run knows them (``failed`` counts them all).
    """

    new: int = 0
    present: int = 0
    failed: int = 0
    attributions: int = 0
    speakers: int = 0
    statements: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)   # articles stored despite a problem
    done: str = "new"

    @property
    def seen(self) -> int:
        return self.new + self.present + self.failed

    def format(self) -> str:
        lines = [f"articles: {self.new} {self.done}, {self.present} already present, {self.failed} failed",
                 f"attributions: {self.attributions}",
                 f"speakers: {self.speakers} canonical; statements: {self.statements}"]
        lines += [f"warning: {w}" for w in self.warnings]
        lines += [f"failed: {f.source}: {f.reason}" for f in self.failures]
        return "\n".join(lines)


Progress = Callable[[Summary], None]


def ingest_extractor(mode: Mode = "accurate", nlp=None) -> Extractor:
    """The Extractor that :func:`ingest` and :func:`reprocess` make (and the CLI passes them):
    its tagger's threads do not spin-wait between runs, so the thread that embeds contents
    beside extraction keeps a core (ingest of PolNeAR dev 2.56 -> 2.93 articles/s on 2 cores).
    ``nlp``: a loaded spaCy pipeline to share."""
    from quotegraph.pipeline import Extractor, Settings
    return Extractor(Settings(mode=mode, spin=False), nlp=nlp)


class Vectors:
    """Content vectors of newly stored articles, embedded on a thread beside extraction (one
    onnxruntime thread: extraction keeps its core) in batches of about :data:`EMBED_BATCH`
    contents, and written by the caller's thread as they are done."""

    def __init__(self, conn: sqlite3.Connection, embedder: Optional[Embedder] = None):
        self.conn = conn
        self.embedder = embedder or Embedder.load(threads=1)
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="quotegraph-vectors")
        self.waiting: list[tuple[int, str]] = []
        self.pending: list[tuple[list[int], Future]] = []

    def add(self, article_id: int) -> None:
        """Queue the contents of a stored article; write the batches done meanwhile."""
        self.waiting += self.conn.execute("SELECT id, content FROM attributions WHERE article_id = ?",
                                          (article_id,)).fetchall()
        if len(self.waiting) >= EMBED_BATCH:
            self._submit()
        while self.pending and self.pending[0][1].done():
            self._write()

    def close(self) -> None:
        """Embed what is queued, write everything, stop the thread. Extraction is over, so
        the caller's thread embeds half of the last queue beside the embedding thread."""
        half = self.waiting[len(self.waiting) // 2:]
        del self.waiting[len(self.waiting) // 2:]
        if self.waiting:
            self._submit()
        if half:
            store_vectors(self.conn, [r[0] for r in half], self.embedder.embed([r[1] for r in half]),
                          self.embedder.model_id)
        while self.pending:
            self._write()
        self.pool.shutdown()

    def _submit(self) -> None:
        ids, texts = [r[0] for r in self.waiting], [r[1] for r in self.waiting]
        self.pending.append((ids, self.pool.submit(self.embedder.embed, texts)))
        self.waiting = []

    def _write(self) -> None:
        ids, future = self.pending.pop(0)
        store_vectors(self.conn, ids, future.result(), self.embedder.model_id)


def ingest(paths: Iterable[Union[str, os.PathLike]], db: Union[str, os.PathLike], *,
           processes: int = 1, outlet: Optional[str] = None,
           aliases: Optional[Mapping[str, str]] = None, extractor: Optional[Extractor] = None,
           progress: Optional[Progress] = None, refresh: bool = True,
           window_days: Optional[int] = None) -> Summary:
    """Add the articles under ``paths`` to the corpus at ``db``; see the module docstring.

    ``outlet`` names the outlet of articles whose input gives none and whose URL (if any) has no
    host. ``aliases`` (alias -> canonical name) and ``window_days`` (the statement window) are
    stored for every later refresh.
    ``refresh=False`` leaves the cross-article tables for a later :func:`refresh_corpus`.
    """
    conn = connect(db)
    summary = Summary()
    extractor = extractor or ingest_extractor()
    version, models = quotegraph.__version__, extractor_model(extractor)
    known = {row[0] for row in conn.execute("SELECT hash FROM articles")}
    failures: list[Failure] = []

    def fresh() -> Iterator[tuple[str, str, Item]]:
        # spaCy may pull from this generator while results are being written, so it only
        # touches memory; failures are written by the loop below.
        own = [f"{db}{suffix}" for suffix in ("", "-wal", "-shm", "-journal")]
        own.append(datasette_metadata_path(db))
        for entry in iter_collection(paths, skip=own):
            if isinstance(entry, Failure):
                failures.append(entry)
                continue
            digest = text_hash(entry.text)
            if digest in known:
                summary.present += 1
                continue
            known.add(digest)
            summary.warnings += entry.warnings
            yield entry.source, entry.text, entry

    def flush_failures() -> None:
        while failures:
            failure = failures.pop(0)
            record_failure(conn, failure.source, failure.reason)
            summary.failed += 1
            summary.failures.append(failure)

    vectors = Vectors(conn)
    for item, result in extractor.analyse_many(fresh(), n_process=processes):
        if isinstance(result, AnalysisError):
            failures.append(Failure(item.source, str(result)))
        elif (article_id := insert_article(conn, result, ArticleMeta.of(item, result, outlet),
                                           version=version, **models)) is None:
            summary.present += 1   # another process stored the same text meanwhile
        else:
            vectors.add(article_id)
            summary.new += 1
            summary.attributions += len(result.attributions)
        flush_failures()
        if progress:
            progress(summary)
    vectors.close()
    flush_failures()
    if progress:
        progress(summary)
    if aliases:
        store_aliases(conn, aliases)
    if window_days is not None:
        store_window(conn, window_days)
    if refresh:
        _refresh(conn, summary)
    conn.close()
    return summary


def reprocess(db: Union[str, os.PathLike], *, since: Optional[str] = None, processes: int = 1,
              extractor: Optional[Extractor] = None, progress: Optional[Progress] = None) -> Summary:
    """Re-run extraction on the stored text of every article (dated ``since`` or later).

    Each article's speakers and attributions are swapped for the new ones in one transaction,
    so a reader sees either the old or the new rows of an article, never a mix. Then the
    cross-article tables are refreshed.
    """
    conn = connect(db)
    # Texts are read lazily through a second connection: spaCy pulls them while we write.
    reader = connect(db, check_same_thread=False)
    extractor = extractor or ingest_extractor()
    version, models = quotegraph.__version__, extractor_model(extractor)
    where, params = ("WHERE date >= ?", (since,)) if since else ("", ())
    ids = [row[0] for row in conn.execute(f"SELECT id FROM articles {where} ORDER BY id", params)]
    summary = Summary(done="reprocessed")

    def texts() -> Iterator[tuple[str, str, int]]:
        for article_id in ids:
            row = reader.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is not None:
                yield str(article_id), row[0], article_id

    vectors = Vectors(conn)
    for article_id, result in extractor.analyse_many(texts(), n_process=processes):
        if isinstance(result, AnalysisError):
            summary.failed += 1
            summary.failures.append(Failure(f"article {article_id}", str(result)))
        else:
            replace_extraction(conn, article_id, result, version=version, **models)
            vectors.add(article_id)
            summary.new += 1
            summary.attributions += len(result.attributions)
        if progress:
            progress(summary)
    vectors.close()
    reader.close()
    _refresh(conn, summary)
    conn.close()
    return summary


def add_article(db: Union[str, os.PathLike], extraction: Extraction, meta: ArticleMeta,
                extractor: Extractor) -> int:
    """Store one article ``extractor`` analysed, as :func:`ingest` stores it, and refresh the
    corpus-wide speakers and clusters; returns its article id (that of the stored article when
    the same text is there already)."""
    conn = connect(db)
    try:
        article_id = insert_article(conn, extraction, meta, version=quotegraph.__version__,
                                    **extractor_model(extractor))
        if article_id is None:
            return conn.execute("SELECT id FROM articles WHERE hash = ?",
                                (text_hash(extraction.text),)).fetchone()[0]
        refresh_corpus(conn)
        return article_id
    finally:
        conn.close()


def _refresh(conn: sqlite3.Connection, summary: Summary) -> None:
    counts = refresh_corpus(conn)
    summary.speakers, summary.statements = counts.speakers, counts.statements
