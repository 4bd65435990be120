"""Read-only queries behind the web app: search with facets, one article, one speaker, clusters.

The corpus file is opened with SQLite's ``mode=ro`` URI, one connection per worker thread, so
nothing the app serves can change it. Stored articles are read back by the store
(:func:`quotegraph.store.read_article`) as :class:`quotegraph.model.Extraction` objects, so a
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
from pathlib import Path
from typing import Optional, Union

from quotegraph.store.db import StoredArticle, read_article, readonly_uri
from quotegraph.store.query import QUOTE_COLUMNS, QUOTE_JOINS, Filters, fts_query

# Marks around matched words; control characters that article text does not carry.
MATCH = ("\x02", "\x03")
PAGE_SIZE = 20
FACET_SIZE = 10
# Searches count, facet and rank at most this many matches.
COUNT_CAP = 2000


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
            self._local.conn = conn
        return conn

    # -- search ----------------------------------------------------------------------------

    def search(self, text: str = "", filters: Filters = Filters(), page: int = 1) -> dict:
        """One page of quotes matching every word of ``text`` (all quotes when it is blank),
        newest first without words, best match first with; plus the total and facet counts.

        The work per search is bounded: the total and the facets count at most the first
        :data:`COUNT_CAP` matches (``total_capped`` says when there were more), and with words
        only those matches are ranked (bm25), so pages past the cap are empty.

        Raises :class:`sqlite3.OperationalError` when SQLite rejects the query.
        """
        conn = self.conn()
        where, params = filters.sql()
        query = fts_query(text)
        offset = (page - 1) * PAGE_SIZE
        if query:
            # The first COUNT_CAP + 1 matches (FTS index, rowid order), each with its bm25 rank
            # and facet values; ranked, counted and faceted here, then one page fetched by id.
            matches = conn.execute(
                f"SELECT a.id AS id, attributions_fts.rank AS rank, ar.outlet AS outlet,"
                f" c.id AS cid, coalesce(c.name, a.speaker) AS speaker"
                f" FROM attributions_fts JOIN attributions a ON a.id = attributions_fts.rowid"
                f" {QUOTE_JOINS} WHERE attributions_fts MATCH ? {where} LIMIT ?",
                [query, *params, COUNT_CAP + 1]).fetchall()
            counted = matches[:COUNT_CAP]
            ids = [m["id"] for m in sorted(counted, key=lambda m: (m["rank"], m["id"]))
                   [offset:offset + PAGE_SIZE]]
            rows = []
            if ids:
                found = {r["id"]: r for r in conn.execute(
                    f"SELECT {QUOTE_COLUMNS}, highlight(attributions_fts, 0, ?, ?) AS highlighted"
                    f" FROM attributions_fts JOIN attributions a ON a.id = attributions_fts.rowid"
                    f" {QUOTE_JOINS} WHERE attributions_fts MATCH ?"
                    f" AND attributions_fts.rowid IN ({', '.join('?' * len(ids))})",
                    [*MATCH, query, *ids])}
                rows = [found[i] for i in ids if i in found]
        else:
            source = f"attributions a {QUOTE_JOINS} WHERE 1 {where}"
            rows = conn.execute(f"SELECT {QUOTE_COLUMNS}, NULL AS highlighted FROM {source}"
                                f" ORDER BY ar.date DESC, a.id LIMIT ? OFFSET ?",
                                [*params, PAGE_SIZE, offset]).fetchall()
            matches = conn.execute(
                f"SELECT ar.outlet AS outlet, c.id AS cid, coalesce(c.name, a.speaker) AS speaker"
                f" FROM {source} LIMIT ?", [*params, COUNT_CAP + 1]).fetchall()
            counted = matches[:COUNT_CAP]
        return {"query": text, "total": len(counted), "total_capped": len(matches) > COUNT_CAP,
                "page": page, "page_size": PAGE_SIZE, "results": [_result(r) for r in rows],
                "facets": _facets(counted)}

    # -- articles ---------------------------------------------------------------------------

    def article(self, article_id: int) -> StoredArticle:
        """An article's metadata, its extraction rebuilt from the stored rows, and the
        canonical speaker of each of its speakers."""
        stored = read_article(self.conn(), article_id)
        if stored is None:
            raise NotFound(f"no article {article_id}")
        return stored

    # -- speakers ---------------------------------------------------------------------------

    def speakers(self, top: int = 100) -> list[dict]:
        from quotegraph.store import speakers
        return speakers(self.conn(), top)

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
            f"SELECT {QUOTE_COLUMNS}, NULL AS highlighted FROM attributions a {QUOTE_JOINS}"
            " WHERE s.canonical_id = ? ORDER BY ar.date DESC, a.id LIMIT ? OFFSET ?",
            (speaker_id, PAGE_SIZE, (page - 1) * PAGE_SIZE))
        result = dict(row)
        for key in ("roles", "aliases", "outlets"):
            result[key] = json.loads(result[key])
        result.update(by_outlet=[dict(r) for r in outlets], weeks=[dict(r) for r in weeks],
                      quotes=[_result(r) for r in quotes], page=page, page_size=PAGE_SIZE)
        return result

    # -- clusters ---------------------------------------------------------------------------

    def clusters(self, speaker: Optional[str] = None, limit: int = 50) -> list[dict]:
        from quotegraph.store import clusters
        return clusters(self.conn(), speaker, limit)

    def cluster(self, cluster_id: str) -> dict:
        """One quote cluster with its members earliest first, each with its word diff."""
        conn = self.conn()
        row = conn.execute("SELECT k.*, c.name AS speaker FROM clusters k"
                           " LEFT JOIN speakers c ON c.id = k.speaker_id WHERE k.id = ?",
                           (cluster_id,)).fetchone()
        if row is None:
            raise NotFound(f"no cluster {cluster_id}")
        members = conn.execute(
            "SELECT m.attribution_id AS id, a.article_id, m.altered, m.diff, a.content, a.speaker,"
            " ar.outlet, ar.date, ar.headline, ar.url FROM cluster_members m"
            " JOIN attributions a ON a.id = m.attribution_id JOIN articles ar ON ar.id = a.article_id"
            " WHERE m.cluster_id = ? ORDER BY ar.date, a.id", (cluster_id,))
        return {**dict(row), "outlets": json.loads(row["outlets"]),
                "members": [{**dict(m), "altered": bool(m["altered"]),
                             "diff": [list(op) for op in json.loads(m["diff"])] if m["diff"] else None}
                            for m in members]}


def _facets(matches: list[sqlite3.Row]) -> dict:
    """The :data:`FACET_SIZE` most frequent outlets and speakers among ``matches``."""
    outlets: dict[str, int] = {}
    speakers: dict[str, list] = {}
    for m in matches:
        if m["outlet"] is not None:
            outlets[m["outlet"]] = outlets.get(m["outlet"], 0) + 1
        if m["speaker"] is not None:
            entry = speakers.setdefault(m["speaker"], [m["cid"], 0])
            entry[0] = entry[0] or m["cid"]
            entry[1] += 1
    top_outlets = sorted(outlets.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_SIZE]
    top_speakers = sorted(speakers.items(), key=lambda kv: (-kv[1][1], kv[0]))[:FACET_SIZE]
    return {"outlet": [{"value": v, "count": n} for v, n in top_outlets],
            "speaker": [{"id": cid, "value": v, "count": n} for v, (cid, n) in top_speakers]}


def _result(row: sqlite3.Row) -> dict:
    """A quote row, with ``matches``: ``[start, end]`` offsets of matched words in ``content``."""
    result = {k: row[k] for k in row.keys() if k != "highlighted"}
    result["roles"] = json.loads(result["roles"]) if result["roles"] else []
    result["matches"] = _matches(row["highlighted"]) if row["highlighted"] else []
    return result


def _matches(marked: str) -> list[list[int]]:
    """Offsets of the text between :data:`MATCH` marks, in the text without them.

    >>> _matches("a \\x02bc\\x03 d")
    [[2, 4]]
    """
    found, plain, start = [], 0, None
    for char in marked:
        if char == MATCH[0]:
            start = plain
        elif char == MATCH[1] and start is not None:
            found.append([start, plain])
            start = None
        else:
            plain += 1
    return found
