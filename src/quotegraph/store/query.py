"""Reading the corpus: full-text search, semantic search, speakers, quotes by speaker,
statement clusters.

Speaker filters match a canonical speaker's name or any of its aliases, or the name an
article gave, case-insensitively and as a substring: ``Lavrov`` finds ``Sergei Lavrov``.
The CLI and the web app both search with :func:`search`.

>>> fts_query('separation OR terrorists*')
'"separation" "OR" "terrorists*"'
>>> Filters(since="2024-03", min_confidence=0.5).sql()
(' AND a.date >= ? AND a.confidence >= ?', ['2024-03', 0.5])
"""
from __future__ import annotations

import heapq
import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, replace
from functools import reduce
from operator import and_, itemgetter
from typing import Iterable, Optional

import numpy as np

from quotegraph.corpus.embed import Embedder, shared_embedder
from quotegraph.store.refresh import blob_vector

# Marks around matched words while SQLite highlights them; control characters that article
# text does not carry. Results give the words' offsets instead (``matches``).
MATCH = ("\x02", "\x03")
# search counts, facets and ranks at most this many matches.
COUNT_CAP = 2000
# search's facets: this many outlets and speakers, most frequent first.
FACET_SIZE = 10
# The SQL function that a search with a SearchIndex filters speakers and outlets by, and how
# many filters' answers an index remembers.
KEPT = "quotegraph_kept"
FILTER_CACHE = 256

# One quote row: an attribution ``a`` with its article, speaker and canonical speaker; the web
# app's own queries (quotegraph.serve.queries) select the same rows.
QUOTE_COLUMNS = """
    a.id, a.article_id, a.attribution_id, a.kind, a.content, a.cue, a.speaker, a.confidence,
    a.content_start, a.content_end, ar.outlet, ar.date, ar.headline, ar.url,
    s.roles AS roles, c.id AS canonical_id, c.name AS canonical_name
"""
# An attribution ``a``'s article speaker ``s`` and canonical speaker ``c``.
SPEAKER_JOINS = """
    LEFT JOIN article_speakers s ON s.article_id = a.article_id AND s.speaker_id = a.speaker_id
    LEFT JOIN speakers c ON c.id = s.canonical_id
"""
QUOTE_JOINS = f"JOIN articles ar ON ar.id = a.article_id {SPEAKER_JOINS}"
# Clusters with their canonical speaker's name.
_CLUSTERS = ("SELECT k.*, c.name AS speaker FROM clusters k"
             " LEFT JOIN speakers c ON c.id = k.speaker_id")


@dataclass
class Filters:
    """What search and quotes narrow results by; every field is optional. ``min_confidence``
    keeps the attributions whose confidence is at least that (0 to 1).

    The clauses read an attribution ``a`` (whose ``outlet`` and ``date`` are its article's,
    repeated when it is stored) and, for a speaker, its :data:`SPEAKER_JOINS`.
    """

    speaker: Optional[str] = None
    outlet: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None
    min_confidence: Optional[float] = None

    def sql(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.speaker:
            like = f"%{_escape_like(self.speaker)}%"
            clauses.append("(c.name LIKE ? ESCAPE '\\' OR c.aliases LIKE ? ESCAPE '\\'"
                           " OR a.speaker LIKE ? ESCAPE '\\')")
            params += [like, like, like]
        if self.outlet:
            clauses.append("a.outlet LIKE ? ESCAPE '\\'")
            params.append(f"%{_escape_like(self.outlet)}%")
        if self.since:
            clauses.append("a.date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("a.date <= ?")
            params.append(self.until)
        if self.min_confidence:
            clauses.append("a.confidence >= ?")
            params.append(self.min_confidence)
        return "".join(f" AND {c}" for c in clauses), params


def fts_query(text: str) -> str:
    """``text`` as an FTS5 query that matches all its words: each term double-quoted.

    FTS5 operators and punctuation (``AND``, ``*``, ``:``, ``"``) are searched for as words,
    never parsed, so no user input makes the query fail.
    """
    return " ".join('"' + term.replace('"', '""') + '"' for term in text.split())


def search(conn: sqlite3.Connection, text: str = "", filters: Filters = Filters(),
           limit: int = 20, offset: int = 0, index: Optional[SearchIndex] = None) -> dict:
    """Quotes matching every word of ``text`` (all quotes when it is blank), best match first
    with words, newest first without; the ``limit`` results after the first ``offset``, with
    the total and facet counts.

    The work per search is bounded: the total and the facets (the :data:`FACET_SIZE` most
    frequent outlets and speakers) count at most the first :data:`COUNT_CAP` matches in
    attribution order (``total_capped`` says when there were more), and with words only those
    matches are ranked (bm25), so results past the cap are empty. Each result is a quote row
    with ``matches``: the ``[start, end]`` offsets of the matched words in its ``content``.
    ``index`` is a :class:`SearchIndex` of the whole corpus that the caller keeps between
    searches (the web app does): with it, the facets are counted and the speaker and outlet
    filters applied from the index; without one, or with one the corpus has changed since,
    each match is joined with its attribution and speakers, which apply those filters and
    give its facets' values, counted from the matches themselves.

    Raises :class:`sqlite3.OperationalError` when SQLite rejects the query.
    """
    if index is not None and not index.current(conn):
        index = None
    query = fts_query(text)
    by_index = index is not None and bool(filters.speaker or filters.outlet)
    rest = replace(filters, speaker=None, outlet=None) if by_index else filters
    where, params = rest.sql()
    # With an index the matches read an attribution's columns and its speakers only to filter
    # them; without one, also for their facets' values (outlet, canonical id, facet speaker).
    facet_values = ", a.outlet, c.id, coalesce(c.name, a.speaker)" if index is None else ""
    speaker_joins = SPEAKER_JOINS if rest.speaker or facet_values else ""
    source = (f"attributions_fts JOIN attributions a ON a.id = attributions_fts.rowid {speaker_joins}"
              if where or facet_values else "attributions_fts")
    if by_index:
        conn.create_function(KEPT, 1, index.keeps(conn, filters), deterministic=True)
        # Below the index's last id first: a row committed since it was checked is left out.
        row = "attributions_fts.rowid" if query else "a.id"
        where += f" AND {row} < {index.limit} AND {KEPT}({row})"
    # Up to COUNT_CAP + 1 matches as plain tuples (id, rank, and without an index the facet
    # values): counted, faceted, and with words ranked.
    plain = conn.cursor()
    plain.row_factory = None
    if query:
        # In the FTS index's rowid order, each with its bm25 rank; one page then fetched by id.
        matches = plain.execute(
            f"SELECT attributions_fts.rowid, attributions_fts.rank{facet_values} FROM {source}"
            f" WHERE attributions_fts MATCH ? {where} LIMIT ?",
            [query, *params, COUNT_CAP + 1]).fetchall()
        counted = matches[:COUNT_CAP]
        ids = [m[0] for m in heapq.nsmallest(offset + limit, counted, key=itemgetter(1, 0))[offset:]]
        results = []
        if ids:
            # One pass over the matches from the page's first id to its last, rather than a
            # lookup in the FTS index for each (each sets the query up again: 0.6 ms a page
            # against 0.2); "+" keeps SQLite from looking the ids up.
            found = {r["id"]: r for r in conn.execute(
                f"SELECT {QUOTE_COLUMNS}, highlight(attributions_fts, 0, ?, ?) AS highlighted"
                f" FROM attributions_fts JOIN attributions a ON a.id = attributions_fts.rowid"
                f" {QUOTE_JOINS} WHERE attributions_fts MATCH ? AND attributions_fts.rowid BETWEEN ? AND ?"
                f" AND +attributions_fts.rowid IN ({', '.join('?' * len(ids))})",
                [*MATCH, query, min(ids), max(ids), *ids])}
            results = [_marked(found[i]) for i in ids if i in found]
    else:
        results = [{**quote_from_row(r), "matches": []} for r in conn.execute(
            f"SELECT {QUOTE_COLUMNS} FROM attributions a {QUOTE_JOINS} WHERE 1 {where}"
            f" ORDER BY ar.date DESC, a.id LIMIT ? OFFSET ?", [*params, limit, offset])]
        matches = plain.execute(f"SELECT a.id, NULL{facet_values} FROM attributions a {speaker_joins}"
                                f" WHERE 1 {where} ORDER BY a.id LIMIT ?", [*params, COUNT_CAP + 1]).fetchall()
        counted = matches[:COUNT_CAP]
    if index is None:
        facets = _facets(counted)
    else:
        counted_ids = [m[0] for m in counted]
        # A commit during the search may have added matches the index lacks.
        if not index.current(conn):
            index = SearchIndex(conn, counted_ids)
        facets = index.facets(counted_ids)
    return {"query": text, "total": len(counted), "total_capped": len(matches) > COUNT_CAP,
            "results": results, "facets": facets}


# Ids sparser than this many per attribution are kept sorted, not as array positions.
SPARSE_IDS = 8


class SearchIndex:
    """What :func:`search` reads of each attribution besides its words, as codes in numpy
    arrays by attribution id: its outlet, its facet speaker (its canonical speaker's name, else
    the name its article printed), its canonical speaker's id, and the pair of canonical speaker
    and printed name that a speaker filter reads. Of the whole corpus, or of the attributions
    ``ids`` only.

    Searches count their facets from it rather than looking up each match's article, article
    speaker and canonical speaker (over 2,000 matches, 5 ms of joins against 0.1 ms), and with
    a speaker or outlet filter check one byte per match (:meth:`keeps`) rather than joining each
    match with its attribution and speakers and comparing names. The whole corpus's costs 16 bytes per
    attribution and 3 to 10 µs each to build (0.3 to 1 s for 100,000, by the machine's load),
    once per process and corpus change: :meth:`current` says whether the corpus is as it was when built (``PRAGMA
    data_version`` sees other connections' commits, ``total_changes`` this one's).
    """

    def __init__(self, conn: sqlite3.Connection, ids: Optional[list[int]] = None):
        self.version = self._version(conn)
        where, params = ("WHERE a.id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]) \
            if ids is not None else ("", [])
        rows = conn.execute(f"SELECT a.id, a.outlet, coalesce(c.name, a.speaker), c.id, a.speaker"
                            f" FROM attributions a {SPEAKER_JOINS} {where}", params).fetchall()
        ids, *columns = ([row[n] for row in rows] for n in range(5))
        (self.outlets, outlet), (self.speakers, speaker), (self.canonical_ids, canonical), \
            (printed_names, printed) = map(_coded, columns)
        # A speaker filter reads the pair of canonical speaker and printed name: the distinct pairs.
        pairs, pair = np.unique(canonical.astype(np.int64) * len(printed_names) + printed,
                                return_inverse=True)
        self.pairs = json.dumps([[self.canonical_ids[k // len(printed_names)], printed_names[k % len(printed_names)]]
                                 for k in pairs.tolist()], ensure_ascii=False)
        self.pair_count = len(pairs)
        # By attribution id: a dense array (ids missing from it hold code 0) where the ids are
        # dense, as ingest numbers them; by position among the sorted ids where they are not
        # (a corpus that `quotegraph load` made from Spark's output numbers them sparsely).
        at = np.array(ids, dtype=np.int64)
        self.limit = int(at.max()) + 1 if len(at) else 1   # above every id of the index
        self.ids = None if self.limit <= SPARSE_IDS * (len(at) + 128) else np.sort(at)
        size = self.limit if self.ids is None else len(at)
        self.outlet, self.speaker, self.canonical, self.pair = np.zeros((4, size), np.int32)
        at = self._at(at)
        for array, codes in zip((self.outlet, self.speaker, self.canonical, self.pair),
                                (outlet, speaker, canonical, pair)):
            array[at] = codes
        self._kept_by: dict[tuple, np.ndarray] = {}

    def _at(self, ids) -> np.ndarray:
        """Where attributions ``ids`` (each in the index) lie in its arrays."""
        ids = np.asarray(ids, dtype=np.int64)
        return ids if self.ids is None else np.searchsorted(self.ids, ids)

    @staticmethod
    def _version(conn: sqlite3.Connection) -> tuple[int, int]:
        return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes

    def current(self, conn: sqlite3.Connection) -> bool:
        """Whether ``conn``'s corpus is the one this index was built from."""
        return self._version(conn) == self.version

    def keeps(self, conn: sqlite3.Connection, filters: Filters):
        """A function of an attribution id (below :attr:`limit`), true where the speaker and
        outlet clauses of ``filters`` keep the attribution: each clause itself, run on the
        index's distinct outlets or pairs of canonical speaker and printed name (once per
        filter, the last :data:`FILTER_CACHE` remembered). Dense ids: one byte per id."""
        kept = reduce(and_, [self._kept(conn, one)[codes] for one, codes in
                             ((Filters(speaker=filters.speaker), self.pair),
                              (Filters(outlet=filters.outlet), self.outlet)) if one.speaker or one.outlet])
        if self.ids is None:
            return kept.tobytes().__getitem__
        return frozenset(self.ids[kept.astype(bool)].tolist()).__contains__

    def _kept(self, conn: sqlite3.Connection, one: Filters) -> np.ndarray:
        """Which of the index's outlets, or pairs for a speaker, the one filter ``one`` keeps."""
        key = (one.speaker, one.outlet)
        kept = self._kept_by.get(key)
        if kept is None:
            where, params = one.sql()
            if one.speaker:
                values, count = self.pairs, self.pair_count
                table = ("a(code, canonical_id, speaker) AS (SELECT key, json_extract(value, '$[0]'),"
                         " json_extract(value, '$[1]') FROM json_each(?))")
                joins = "LEFT JOIN speakers c ON c.id = a.canonical_id"
            else:
                values, count = json.dumps(self.outlets, ensure_ascii=False), len(self.outlets)
                table, joins = "a(code, outlet) AS (SELECT key, value FROM json_each(?))", ""
            kept = np.zeros(count, np.uint8)
            kept[np.array([code for code, in conn.execute(
                f"WITH {table} SELECT a.code FROM a {joins} WHERE 1 {where}", [values, *params])],
                dtype=np.int64)] = 1
            if len(self._kept_by) >= FILTER_CACHE:
                self._kept_by.clear()
            self._kept_by[key] = kept
        return kept

    def facets(self, ids: list[int]) -> dict:
        """The :data:`FACET_SIZE` most frequent outlets and speakers among attributions ``ids``
        (each in this index), by name: a speaker's id is the canonical id of the first of
        ``ids`` with that name and one."""
        at = self._at(ids)
        speakers, canonical = self.speaker[at], self.canonical[at]
        first_known = []
        for code, _ in (top := _most_frequent(speakers, self.speakers)):
            known = canonical[(speakers == code) & (canonical > 0)]
            first_known.append(self.canonical_ids[known[0]] if len(known) else None)
        return {"outlet": [{"value": self.outlets[code], "count": n}
                           for code, n in _most_frequent(self.outlet[at], self.outlets)],
                "speaker": [{"id": cid, "value": self.speakers[code], "count": n}
                            for (code, n), cid in zip(top, first_known)]}


def _coded(column: list) -> tuple[list, np.ndarray]:
    """The distinct values of ``column``, null first (code 0), and each value's code.

    >>> _coded(["b", None, "a", "b"])
    ([None, 'b', 'a'], array([1, 0, 2, 1], dtype=int32))
    """
    values = list(dict.fromkeys((None, *column)))
    code = {value: n for n, value in enumerate(values)}
    return values, np.fromiter(map(code.__getitem__, column), np.int32, len(column))


def _most_frequent(codes: np.ndarray, names: list[Optional[str]]) -> list[tuple[int, int]]:
    """The :data:`FACET_SIZE` most frequent of ``codes`` (0, null, left out) with their counts,
    those of equal counts by their ``names``."""
    counts = np.bincount(codes, minlength=len(names))
    counts[0] = 0
    present = np.flatnonzero(counts)
    if len(present) > FACET_SIZE:     # only those as frequent as the FACET_SIZE-th are sorted
        present = present[counts[present] >= np.partition(counts[present], -FACET_SIZE)[-FACET_SIZE]]
    return _top({code: int(counts[code]) for code in present.tolist()}, names.__getitem__)


def _top(counts: dict, name=lambda value: value) -> list[tuple]:
    """The :data:`FACET_SIZE` most frequent of ``counts``' values (a value to its count), those
    of equal counts by their ``name``.

    >>> _top({"b": 2, "c": 1, "a": 2})
    [('a', 2), ('b', 2), ('c', 1)]
    """
    return heapq.nsmallest(FACET_SIZE, counts.items(), key=lambda item: (-item[1], name(item[0])))


def _facets(matches: list[tuple]) -> dict:
    """:meth:`SearchIndex.facets` of ``matches`` that carry their facets' values (tuples of id,
    rank, outlet, canonical id, facet speaker), counted from them rather than looked up again:
    a speaker's id is the first canonical id among its matches.

    >>> _facets([(1, -2.0, "TASS", None, "Lavrov"), (2, -1.0, "TASS", "p:lavrov", "Lavrov"),
    ...          (3, -1.5, None, "p:other", "Lavrov"), (4, -0.5, "Reuters", None, None)])
    {'outlet': [{'value': 'TASS', 'count': 2}, {'value': 'Reuters', 'count': 1}], \
'speaker': [{'id': 'p:lavrov', 'value': 'Lavrov', 'count': 3}]}
    """
    outlets = Counter(m[2] for m in matches)
    speakers = Counter(m[4] for m in matches)
    outlets.pop(None, None)
    speakers.pop(None, None)
    # In reverse, so that the first match's id of each speaker stays.
    first_id = {m[4]: m[3] for m in reversed(matches) if m[3] is not None}
    return {"outlet": [{"value": outlet, "count": n} for outlet, n in _top(outlets)],
            "speaker": [{"id": first_id.get(speaker), "value": speaker, "count": n}
                        for speaker, n in _top(speakers)]}


def similar(conn: sqlite3.Connection, text: str, filters: Filters = Filters(), limit: int = 10,
            embedder: Optional[Embedder] = None) -> list[dict]:
    """The quotes closest in meaning to ``text``, most similar first: the cosine of its
    embedding with each stored content vector (those matching ``filters``) as ``similarity``
    on each quote row (``matches`` empty: no words were matched). Exact: every vector that matches is compared (numpy, about 1.5 KB of
    vector per quote read), so the cost is linear in the quotes the filters leave.

    Raises :class:`ValueError` for a blank ``text``.
    """
    if not text.strip():
        raise ValueError("give a text to find quotes similar to")
    embedder = embedder or shared_embedder()
    where, params = filters.sql()
    rows = conn.execute(f"SELECT a.id, v.vector FROM attribution_vectors v"
                        f" JOIN attributions a ON a.id = v.attribution_id {QUOTE_JOINS}"
                        f" WHERE v.model = ? {where}", [embedder.model_id, *params]).fetchall()
    if not rows:
        return []
    vectors = np.stack([blob_vector(r["vector"]) for r in rows])
    similarity = vectors @ embedder.embed([text])[0]
    best = np.argsort(-similarity, kind="stable")[:limit]
    ids = [rows[i]["id"] for i in best]
    found = {r["id"]: r for r in conn.execute(
        f"SELECT {QUOTE_COLUMNS} FROM attributions a {QUOTE_JOINS}"
        f" WHERE a.id IN ({', '.join('?' * len(ids))})", ids)}
    return [{**quote_from_row(found[rows[i]["id"]]), "matches": [],
             "similarity": round(float(similarity[i]), 4)} for i in best]


def quotes(conn: sqlite3.Connection, filters: Filters = Filters(),
           limit: Optional[int] = None) -> list[dict]:
    """Attributions matching ``filters``, by date then article order."""
    where, params = filters.sql()
    rows = conn.execute(
        f"SELECT {QUOTE_COLUMNS} FROM attributions a {QUOTE_JOINS} WHERE 1 {where}"
        f" ORDER BY ar.date, a.article_id, a.id LIMIT ?", [*params, limit or -1]).fetchall()
    return [quote_from_row(r) for r in rows]


def speakers(conn: sqlite3.Connection, top: Optional[int] = 20,
             kinds: Optional[Iterable[str]] = None) -> list[dict]:
    """Canonical speakers, most attributions first, with roles, aliases and outlets; only
    those of ``kinds`` (``person``, ``organization``, ``group``, ``unnamed``) when given."""
    where, params = "", []
    if kinds is not None:
        params = list(kinds)
        where = f"WHERE kind IN ({', '.join('?' * len(params))})"
    rows = conn.execute(f"SELECT * FROM speakers {where} ORDER BY attributions DESC, name LIMIT ?",
                        (*params, top or -1)).fetchall()
    return [{**dict(r), **{k: json.loads(r[k]) for k in ("roles", "aliases", "outlets")}}
            for r in rows]


def clusters(conn: sqlite3.Connection, speaker: Optional[str] = None,
             limit: Optional[int] = None) -> list[dict]:
    """Statement clusters (largest first), each as :func:`cluster` gives it."""
    where, params = "", []
    if speaker:
        like = f"%{_escape_like(speaker)}%"
        where = "WHERE c.name LIKE ? ESCAPE '\\' OR c.aliases LIKE ? ESCAPE '\\'"
        params = [like, like]
    rows = conn.execute(f"{_CLUSTERS} {where} ORDER BY k.size DESC, k.first_seen, k.id LIMIT ?",
                        [*params, limit or -1]).fetchall()
    return [_cluster(conn, r) for r in rows]


def cluster(conn: sqlite3.Connection, cluster_id: str) -> Optional[dict]:
    """The statement cluster ``cluster_id`` (``None`` when there is none): its canonical
    speaker's name, outlets, ``first_reported`` (the earliest report's outlet and date) and
    members, the earliest report first (on its day the fullest direct quote, as
    :mod:`quotegraph.corpus.statements` chooses it), then by date. Each member has its wording as published
    (``content``), its article, outlet, date and headline, the speaker's name and roles as that
    article printed them, its ``relation`` to the earliest report (null for the earliest), the
    stored word diff against the earliest wording on printed words (``diff``: verbatim and
    altered members) and its ``drift`` (a list of reasons, empty when none)."""
    row = conn.execute(f"{_CLUSTERS} WHERE k.id = ?", (cluster_id,)).fetchone()
    return None if row is None else _cluster(conn, row)


def quote_from_row(row: sqlite3.Row) -> dict:
    """A row of :data:`QUOTE_COLUMNS` as a dict, its speaker's roles a list."""
    result = dict(row)
    result["roles"] = json.loads(result["roles"]) if result["roles"] else []
    return result


def _cluster(conn: sqlite3.Connection, row: sqlite3.Row) -> dict:
    members = conn.execute(
        "SELECT m.attribution_id AS id, a.article_id, a.attribution_id, a.kind, m.relation,"
        " m.altered, m.diff, m.drift, a.content, a.speaker, s.roles, a.confidence, ar.outlet,"
        " ar.date, ar.headline, ar.url"
        " FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id"
        " JOIN articles ar ON ar.id = a.article_id"
        " LEFT JOIN article_speakers s ON s.article_id = a.article_id AND s.speaker_id = a.speaker_id"
        " WHERE m.cluster_id = ?"
        " ORDER BY m.attribution_id != ?, ar.date IS NULL, ar.date, a.id",
        (row["id"], row["canonical_attribution"])).fetchall()
    earliest = members[0] if members else None
    return {**dict(row), "outlets": json.loads(row["outlets"]),
            "first_reported": {"outlet": earliest["outlet"], "date": earliest["date"]} if earliest else None,
            "members": [{**dict(m), "altered": bool(m["altered"]),
                         "diff": json.loads(m["diff"]) if m["diff"] else None,
                         "drift": json.loads(m["drift"]) if m["drift"] else [],
                         "roles": json.loads(m["roles"]) if m["roles"] else []}
                        for m in members]}


def _marked(row: sqlite3.Row) -> dict:
    """A quote row whose ``highlighted`` column has :data:`MATCH` marks, with ``matches``
    instead: the marked words' ``[start, end]`` offsets in ``content``."""
    result = quote_from_row(row)
    result["matches"] = _matches(result.pop("highlighted"))
    return result


def _matches(marked: str) -> list[list[int]]:
    """Offsets of the text between :data:`MATCH` marks (SQLite's ``highlight`` writes them in
    pairs, never nested), in the text without them.

    >>> _matches("a \\x02bc\\x03 d \\x02e\\x03")
    [[2, 4], [7, 8]]
    """
    # str.find, not a loop over every character in Python (360 characters: 18.5 -> 3.1 µs).
    found, start = [], marked.find(MATCH[0])
    while start >= 0 and (end := marked.find(MATCH[1], start)) >= 0:
        shift = 2 * len(found)      # the marks of the matches before
        found.append([start - shift, end - 1 - shift])
        start = marked.find(MATCH[0], end)
    return found


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
