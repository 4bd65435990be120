"""Read-only queries behind the web app: search with facets, one article, one speaker, clusters.

Search and clusters are :mod:`quotegraph.store.query`'s, as the CLI runs them; the web app
adds pages.

The corpus file is opened with SQLite's ``mode=ro`` URI, one connection per worker thread, so
nothing the app serves can change it. Each thread also remembers its last :data:`SEARCH_CACHE`
searches (searches repeat: a shared link, a popular name), and forgets them all as soon as its
connection sees that another one committed (``PRAGMA data_version``), so an ingest, or
``/analyse`` storing an article, is in the very next search; so does its
:class:`~quotegraph.store.query.SearchIndex`, from which its searches count their facets. Stored articles are read back by
the store (:func:`quotegraph.store.read_article`) as :class:`quotegraph.model.Extraction` objects, so a
stored article and a pasted one are rendered by the same code.

>>> import tempfile, pathlib
>>> from quotegraph.store import connect
>>> path = pathlib.Path(tempfile.mkdtemp()) / "q.db"
>>> connect(path).close()
>>> Corpus(path).search("anything")["total"]
0
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import astuple
from pathlib import Path
from typing import Optional, Union

from quotegraph.store.db import StoredArticle, read_article, readonly_uri
from quotegraph.store.query import QUOTE_COLUMNS, QUOTE_JOINS, SearchIndex, Filters, quote_from_row

PAGE_SIZE = 20
# How much of the corpus file the read-only connections map into memory (address space only).
MMAP_SIZE = 1 << 30
# Searches (and search pages) each thread remembers, the least recently asked forgotten first.
SEARCH_CACHE = 256


class NotFound(LookupError):
    """No article, speaker or cluster with that id."""


class Corpus:
    """The corpus at ``path``, read-only, one SQLite connection per thread."""

    def __init__(self, path: Union[str, os.PathLike]):
        self.path = Path(path).resolve()
        if not self.path.is_file():
            raise FileNotFoundError(f"no corpus at {path}")
        self.uri = readonly_uri(self.path)
        self._local = threading.local()

    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.uri, uri=True, timeout=30, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            # Read the file through memory mapping rather than read() calls into each
            # connection's page cache: a search's many small lookups are about a quarter cheaper.
            conn.execute(f"PRAGMA mmap_size={MMAP_SIZE}")
            self._local.conn = conn
        return conn

    def remember(self, key, make):
        """``make()``, or what it gave for ``key`` before in this thread, as long as no other
        connection has committed since (``data_version`` changes with every commit but this
        one's own); the :data:`SEARCH_CACHE` keys asked last are kept."""
        remembered = self._current().remembered
        if key in remembered:
            remembered.move_to_end(key)
            return remembered[key]
        remembered[key] = found = make()
        if len(remembered) > SEARCH_CACHE:
            remembered.popitem(last=False)
        return found

    def _current(self) -> threading.local:
        """This thread's state, its remembered searches and facet index forgotten if another
        connection has committed since they were made."""
        version = self.conn().execute("PRAGMA data_version").fetchone()[0]
        if getattr(self._local, "version", None) != version:
            self._local.remembered = OrderedDict()
            self._local.index = None
            self._local.version = version
        return self._local

    def search_index(self) -> SearchIndex:
        """This thread's :class:`~quotegraph.store.query.SearchIndex` of the whole corpus, made
        at its first search after the corpus last changed."""
        state = self._current()
        if state.index is None:
            state.index = SearchIndex(self.conn())
        return state.index

    # -- search ----------------------------------------------------------------------------

    def search(self, text: str = "", filters: Filters = Filters(), page: int = 1) -> dict:
        """Page ``page`` (:data:`PAGE_SIZE` quotes) of :func:`quotegraph.store.search`'s
        results for ``text`` and ``filters``, with its total and facets; remembered.

        Raises :class:`sqlite3.OperationalError` when SQLite rejects the query.
        """
        from quotegraph.store import search
        return self.remember(("search", text, astuple(filters), page), lambda: {
            **search(self.conn(), text, filters, PAGE_SIZE, (page - 1) * PAGE_SIZE, self.search_index()),
            "page": page, "page_size": PAGE_SIZE})

    # -- articles ---------------------------------------------------------------------------

    def article(self, article_id: int) -> StoredArticle:
        """An article's metadata, its extraction rebuilt from the stored rows, and the
        canonical speaker of each of its speakers."""
        stored = read_article(self.conn(), article_id)
        if stored is None:
            raise NotFound(f"no article {article_id}")
        return stored

    # -- speakers ---------------------------------------------------------------------------

    def speakers(self, top: int = 100, kinds: Optional[list[str]] = None) -> list[dict]:
        """The ``top`` canonical speakers (of ``kinds``, when given), most quoted first."""
        from quotegraph.store import speakers
        return speakers(self.conn(), top, kinds)

    def speaker(self, speaker_id: str, page: int = 1) -> dict:
        """A canonical speaker with counts by outlet, quotes per week and one page of quotes."""
        conn = self.conn()
        row = conn.execute("SELECT * FROM speakers WHERE id = ?", (speaker_id,)).fetchone()
        if row is None:
            raise NotFound(f"no speaker {speaker_id}")
        of_speaker = ("attributions a JOIN article_speakers s ON s.article_id = a.article_id"
                      " AND s.speaker_id = a.speaker_id JOIN articles ar ON ar.id = a.article_id"
                      " WHERE s.canonical_id = ?")
        outlets = conn.execute(f"SELECT ar.outlet AS outlet, count(*) AS count FROM {of_speaker}"
                               " GROUP BY ar.outlet ORDER BY count DESC, outlet", (speaker_id,))
        # Weeks start on Monday: 'weekday 0' moves to the next Sunday, then back six days.
        weeks = conn.execute(f"SELECT date(ar.date, 'weekday 0', '-6 days') AS week, count(*) AS count"
                             f" FROM {of_speaker} AND date(ar.date) IS NOT NULL GROUP BY week"
                             " ORDER BY week", (speaker_id,))
        quotes = conn.execute(
            f"SELECT {QUOTE_COLUMNS} FROM attributions a {QUOTE_JOINS}"
            " WHERE s.canonical_id = ? ORDER BY ar.date DESC, a.id LIMIT ? OFFSET ?",
            (speaker_id, PAGE_SIZE, (page - 1) * PAGE_SIZE))
        result = dict(row)
        for key in ("roles", "aliases", "outlets"):
            result[key] = json.loads(result[key])
        result.update(by_outlet=[dict(r) for r in outlets], weeks=[dict(r) for r in weeks],
                      quotes=[{**quote_from_row(r), "matches": []} for r in quotes],
                      page=page, page_size=PAGE_SIZE)
        return result

    # -- clusters ---------------------------------------------------------------------------

    def similar(self, text: str, speaker: Optional[str] = None, limit: int = 10) -> list[dict]:
        """Quotes closest in meaning to ``text`` (the store's semantic search)."""
        from quotegraph.store import Filters, similar
        return similar(self.conn(), text, Filters(speaker=speaker), limit)

    def clusters(self, speaker: Optional[str] = None, limit: int = 50) -> list[dict]:
        from quotegraph.store import clusters
        return clusters(self.conn(), speaker, limit)

    def cluster(self, cluster_id: str) -> dict:
        """One statement with its reports, the earliest first, each with relation and drift."""
        from quotegraph.store import cluster
        found = cluster(self.conn(), cluster_id)
        if found is None:
            raise NotFound(f"no cluster {cluster_id}")
        return found


