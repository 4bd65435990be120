"""Reading the corpus: full-text search, speakers, quotes by speaker, quote clusters.

Speaker filters match a canonical speaker's name or any of its aliases, or the name an
article gave, case-insensitively and as a substring: ``Lavrov`` finds ``Sergei Lavrov``.

>>> fts_query('separation OR terrorists*')
'"separation" "OR" "terrorists*"'
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Optional

# Marks around matched words in search results.
MARK = ("[", "]")
# search ranks at most this many matches.
RANK_CAP = 2000

# One quote row: an attribution ``a`` with its article, speaker and canonical speaker; the web
# app's own queries (quotegraph.serve.queries) select the same rows.
QUOTE_COLUMNS = """
    a.id, a.article_id, a.attribution_id, a.kind, a.content, a.cue, a.speaker, a.confidence,
    a.content_start, a.content_end, ar.outlet, ar.date, ar.headline, ar.url,
    s.roles AS roles, c.id AS canonical_id, c.name AS canonical_name
"""
QUOTE_JOINS = """
    JOIN articles ar ON ar.id = a.article_id
    LEFT JOIN article_speakers s ON s.article_id = a.article_id AND s.speaker_id = a.speaker_id
    LEFT JOIN speakers c ON c.id = s.canonical_id
"""


@dataclass
class Filters:
    """What search and quotes narrow results by; every field is optional."""

    speaker: Optional[str] = None
    outlet: Optional[str] = None
    since: Optional[str] = None
    until: Optional[str] = None

    def sql(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.speaker:
            like = f"%{_escape_like(self.speaker)}%"
            clauses.append("(c.name LIKE ? ESCAPE '\\' OR c.aliases LIKE ? ESCAPE '\\'"
                           " OR a.speaker LIKE ? ESCAPE '\\')")
            params += [like, like, like]
        if self.outlet:
            clauses.append("ar.outlet LIKE ? ESCAPE '\\'")
            params.append(f"%{_escape_like(self.outlet)}%")
        if self.since:
            clauses.append("ar.date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("ar.date <= ?")
            params.append(self.until)
        return "".join(f" AND {c}" for c in clauses), params


def fts_query(text: str) -> str:
    """``text`` as an FTS5 query that matches all its words: each term double-quoted.

    FTS5 operators and punctuation (``AND``, ``*``, ``:``, ``"``) are searched for as words,
    never parsed, so no user input makes the query fail.
    """
    return " ".join('"' + term.replace('"', '""') + '"' for term in text.split())


def search(conn: sqlite3.Connection, text: str, filters: Filters = Filters(),
           limit: int = 20, offset: int = 0) -> list[dict]:
    """Attributions whose content matches every word of ``text``, best match first; the
    ``limit`` results after the first ``offset``.

    Only the first :data:`RANK_CAP` matches (in index order) are ranked, so a word found in
    most quotes costs no more than a rare one. Each result has the quote with matched words
    between :data:`MARK` (``highlighted``).
    """
    query = fts_query(text)
    if not query:
        return []
    where, params = filters.sql()
    rows = conn.execute(
        f"SELECT {QUOTE_COLUMNS}, highlight(attributions_fts, 0, ?, ?) AS highlighted"
        f" FROM attributions_fts JOIN attributions a ON a.id = attributions_fts.rowid {QUOTE_JOINS}"
        f" WHERE attributions_fts MATCH ? AND attributions_fts.rowid IN ("
        f"  SELECT a.id FROM attributions_fts JOIN attributions a ON a.id = attributions_fts.rowid"
        f"  {QUOTE_JOINS} WHERE attributions_fts MATCH ? {where} LIMIT ?)"
        f" ORDER BY attributions_fts.rank, a.id LIMIT ? OFFSET ?",
        [*MARK, query, query, *params, RANK_CAP, limit, offset]).fetchall()
    return [_quote(r) for r in rows]


def quotes(conn: sqlite3.Connection, filters: Filters = Filters(),
           limit: Optional[int] = None) -> list[dict]:
    """Attributions matching ``filters``, by date then article order."""
    where, params = filters.sql()
    rows = conn.execute(
        f"SELECT {QUOTE_COLUMNS} FROM attributions a {QUOTE_JOINS} WHERE 1 {where}"
        f" ORDER BY ar.date, a.article_id, a.id LIMIT ?", [*params, limit or -1]).fetchall()
    return [_quote(r) for r in rows]


def speakers(conn: sqlite3.Connection, top: Optional[int] = 20) -> list[dict]:
    """Canonical speakers, most attributions first, with roles, aliases and outlets."""
    rows = conn.execute("SELECT * FROM speakers ORDER BY attributions DESC, name LIMIT ?",
                        (top or -1,)).fetchall()
    return [{**dict(r), **{k: json.loads(r[k]) for k in ("roles", "aliases", "outlets")}}
            for r in rows]


def clusters(conn: sqlite3.Connection, speaker: Optional[str] = None,
             limit: Optional[int] = None) -> list[dict]:
    """Quote clusters (largest first), each with its members' outlet, date and wording."""
    where, params = "", []
    if speaker:
        like = f"%{_escape_like(speaker)}%"
        where = "WHERE c.name LIKE ? ESCAPE '\\' OR c.aliases LIKE ? ESCAPE '\\'"
        params = [like, like]
    rows = conn.execute(
        "SELECT k.*, c.name AS speaker FROM clusters k LEFT JOIN speakers c ON c.id = k.speaker_id"
        f" {where} ORDER BY k.size DESC, k.first_seen, k.id LIMIT ?",
        [*params, limit or -1]).fetchall()
    result = []
    for r in rows:
        members = conn.execute(
            "SELECT m.attribution_id AS id, m.altered, m.diff, a.content, ar.outlet, ar.date,"
            " ar.headline, ar.url FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id"
            " JOIN articles ar ON ar.id = a.article_id WHERE m.cluster_id = ? ORDER BY ar.date, a.id",
            (r["id"],)).fetchall()
        result.append({**dict(r), "outlets": json.loads(r["outlets"]),
                       "members": [{**dict(m), "altered": bool(m["altered"]),
                                    "diff": json.loads(m["diff"]) if m["diff"] else None}
                                   for m in members]})
    return result


def _quote(row: sqlite3.Row) -> dict:
    result = dict(row)
    result["roles"] = json.loads(result["roles"]) if result["roles"] else []
    return result


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
