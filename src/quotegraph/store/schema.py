"""The corpus database: one SQLite file (WAL mode) that Datasette and ``sqlite3`` open as is.

Tables
------
``articles``
    One row per distinct analysed text. ``hash`` is the key that makes ingest idempotent:
    the sha256 of ``text`` as a reader sees it, in Unicode form NFC, with ``\\n`` line endings,
    no whitespace at the end of a line and none around the whole (since version 4; a corpus
    of an older version is rehashed when opened, and copies that differed only in those
    ways become one article, the first stored). ``text`` itself is stored as given: every
    offset indexes it. ``source`` is where it was read from (``path`` or ``path#N``);
    ``outlet``, ``url``, ``date`` (ISO ``yyyy-mm-dd``), ``headline``, ``standfirst``, ``language``;
    ``dateline_place``/``dateline_date``/``dateline_agency`` and the dateline's offsets
    ``dateline_start``/``dateline_end`` (null for articles stored before version 5);
    ``metadata`` (JSON, the input's own fields); ``quotegraph_version``, ``model`` (spaCy
    pipeline name-version plus ``cues-`` and the first 12 hex of the cue lexicon's sha256) and ``model_id`` (everything that ran, joined by ``+``: the
    mode and its trained weights, ``accurate:tagger-<sha256 prefix>``, ``fast:scorer-<...>`` or
    ``rules``, then the spaCy pipeline, the cue lexicon and the given-name genders; rows
    stored by earlier builds keep their shorter forms, ``model_id`` empty where it was not
    recorded) that produced the attributions; ``ingested_at``
    and ``processed_at`` (UTC ISO times).
``attributions``
    One row per attribution, with its provenance repeated from the article (``article_id``,
    ``url``, ``outlet``, ``date``), its ``kind`` (direct, mixed, indirect), the ``section``
    it lies in, its ``content``, ``cue`` and ``source`` texts with every offset into
    ``articles.text``: ``content_start``, ``content_end``, ``spans`` (JSON ``[[start, end],
    ...]``), ``cue_start``/``cue_end``, ``source_start``/``source_end``. ``attribution_id`` is
    the per-article id (``A1``), ``speaker_id`` the per-article speaker (``S1``) named
    ``speaker``, ``resolution`` how it was resolved (``name``, ``alias``, ``pronoun``,
    ``description``, ``inherited``, ``headline``; null for rows stored before version 3),
    ``parent_id`` the enclosing attribution, ``confidence`` the model's.
``article_speakers``
    The speakers resolved in each article (``article_id``, ``speaker_id``, ``name``, ``kind``,
    ``roles`` JSON, ``mentions`` JSON) and ``canonical_id``, the corpus-wide speaker.
``speakers``
    Canonical speakers across articles: ``id``, ``name``, ``kind``, ``roles`` JSON,
    ``aliases`` JSON, and the counts ``attributions``, ``articles`` and ``outlets`` JSON.
``clusters``, ``cluster_members``
    One statement as reported by several articles (since version 6: verbatim, altered,
    paraphrased or indirect; before, the same words only): a cluster's ``first_seen`` date,
    ``outlets`` JSON, ``size``, ``speaker_id`` (canonical) and ``canonical_attribution``, the
    earliest report; each member (``cluster_id``, ``attribution_id``) with its ``relation`` to
    the earliest report (``verbatim``, ``altered``, ``paraphrase``, ``indirect``; null for the
    earliest), ``altered`` (1 for an altered member), ``diff`` (JSON word diff against the
    earliest wording on the words as printed, ``[[op, words], ...]`` with ``op`` ``equal``,
    ``delete`` or ``insert``, for verbatim and altered members; null otherwise) and ``drift``
    (JSON list of the ways it changes the claim: a negation, a number, a name, a hedge; null
    when none). A corpus of an older version gets the columns and is refreshed when opened.
``attribution_vectors``
    The sentence embedding of each attribution's ``content`` (``attribution_id``), made at
    ingest and reprocess (at the refresh that ends them): ``vector`` is 384 float32 numbers,
    little-endian, 1,536 bytes (the layout sqlite-vec's functions read), of length 1;
    ``model`` names the embedder (``embedder-<sha256[:12]>``); a vector made by another
    embedder is made again at the next refresh. Deleting an attribution deletes its vector.
``aliases``
    ``alias`` -> ``canonical`` name pairs loaded with ``--aliases``; kept so that every later
    refresh uses them.
``settings``
    Corpus settings kept for every refresh, ``name`` -> ``value``: ``window_days``, the
    statement window set by ``ingest --window``.
``failures``
    Inputs that gave no article: ``source`` (path or ``path#N``), ``reason`` (one line),
    ``time``. A later successful run of the same input removes its row.
``attributions_fts``
    FTS5 index over ``attributions.content`` (external content, kept in step by triggers),
    declared ``content=[attributions]``, the form Datasette looks for, so that Datasette
    searches the ``attributions`` table (since version 5: an older corpus gets the index
    declared anew and rebuilt when opened).

Views
-----
``quotes``
    Every attribution joined with its article (headline, url, outlet, date) and its canonical
    speaker (``canonical_speaker``, ``canonical_speaker_id``), plus the speaker's roles
    (``speaker_roles``).
"""
from __future__ import annotations

SCHEMA_VERSION = 6
# What brings a corpus of an older version up to date, by the version it brings it to (version
# 4 rehashes the articles, in Python: quotegraph.store.db). Version 5 drops the search index
# declared content='attributions', which Datasette does not recognise; SCHEMA declares it
# again and quotegraph.store.db rebuilds it. Version 6 adds the statement columns and the
# vectors (SCHEMA creates their table); quotegraph.store.db then refreshes the corpus.
MIGRATIONS = {2: "ALTER TABLE articles ADD COLUMN model_id TEXT NOT NULL DEFAULT ''",
              3: "ALTER TABLE attributions ADD COLUMN resolution TEXT",
              5: "ALTER TABLE articles ADD COLUMN dateline_start INTEGER;"
                 " ALTER TABLE articles ADD COLUMN dateline_end INTEGER;"
                 " DROP TRIGGER attributions_fts_insert; DROP TRIGGER attributions_fts_delete;"
                 " DROP TABLE attributions_fts",
              6: "ALTER TABLE cluster_members ADD COLUMN relation TEXT;"
                 " ALTER TABLE cluster_members ADD COLUMN drift TEXT"}

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    source TEXT,
    outlet TEXT,
    url TEXT,
    date TEXT,
    headline TEXT,
    standfirst TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    dateline_place TEXT,
    dateline_date TEXT,
    dateline_agency TEXT,
    text TEXT NOT NULL,
    metadata TEXT,
    quotegraph_version TEXT NOT NULL,
    model TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    model_id TEXT NOT NULL DEFAULT '',
    dateline_start INTEGER,
    dateline_end INTEGER
);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet);

CREATE TABLE IF NOT EXISTS article_speakers (
    article_id INTEGER NOT NULL REFERENCES articles(id),
    speaker_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    roles TEXT NOT NULL,
    mentions TEXT NOT NULL,
    canonical_id TEXT REFERENCES speakers(id),
    PRIMARY KEY (article_id, speaker_id)
);
CREATE INDEX IF NOT EXISTS article_speakers_canonical ON article_speakers(canonical_id);

CREATE TABLE IF NOT EXISTS attributions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    attribution_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    section TEXT NOT NULL,
    content TEXT NOT NULL,
    content_start INTEGER NOT NULL,
    content_end INTEGER NOT NULL,
    spans TEXT NOT NULL,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    source TEXT,
    source_start INTEGER,
    source_end INTEGER,
    speaker_id TEXT,
    speaker TEXT,
    resolution TEXT,
    parent_id TEXT,
    confidence REAL NOT NULL,
    url TEXT,
    outlet TEXT,
    date TEXT
);
CREATE INDEX IF NOT EXISTS attributions_article ON attributions(article_id, speaker_id);

CREATE VIRTUAL TABLE IF NOT EXISTS attributions_fts USING fts5(
    content, content=[attributions], content_rowid='id', tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS attributions_fts_insert AFTER INSERT ON attributions BEGIN
    INSERT INTO attributions_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER IF NOT EXISTS attributions_fts_delete AFTER DELETE ON attributions BEGIN
    INSERT INTO attributions_fts(attributions_fts, rowid, content)
    VALUES ('delete', old.id, old.content);
END;

CREATE TABLE IF NOT EXISTS speakers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    roles TEXT NOT NULL,
    aliases TEXT NOT NULL,
    attributions INTEGER NOT NULL DEFAULT 0,
    articles INTEGER NOT NULL DEFAULT 0,
    outlets TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE IF NOT EXISTS clusters (
    id TEXT PRIMARY KEY,
    canonical_attribution INTEGER REFERENCES attributions(id),
    speaker_id TEXT REFERENCES speakers(id),
    first_seen TEXT,
    outlets TEXT NOT NULL,
    size INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS cluster_members (
    cluster_id TEXT NOT NULL REFERENCES clusters(id),
    attribution_id INTEGER NOT NULL REFERENCES attributions(id),
    altered INTEGER NOT NULL,
    diff TEXT,
    relation TEXT,
    drift TEXT,
    PRIMARY KEY (cluster_id, attribution_id)
);

CREATE TABLE IF NOT EXISTS attribution_vectors (
    attribution_id INTEGER PRIMARY KEY REFERENCES attributions(id),
    model TEXT NOT NULL,
    vector BLOB NOT NULL
);
CREATE TRIGGER IF NOT EXISTS attribution_vectors_delete AFTER DELETE ON attributions BEGIN
    DELETE FROM attribution_vectors WHERE attribution_id = old.id;
END;

CREATE TABLE IF NOT EXISTS aliases (
    alias TEXT PRIMARY KEY,
    canonical TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS failures (
    source TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    time TEXT NOT NULL
);

CREATE VIEW IF NOT EXISTS quotes AS
SELECT a.id, a.article_id, a.attribution_id, a.kind, a.content, a.cue,
       a.speaker, s.roles AS speaker_roles, c.id AS canonical_speaker_id,
       c.name AS canonical_speaker, a.confidence, ar.outlet, ar.date, ar.headline, ar.url,
       a.content_start, a.content_end
FROM attributions a
JOIN articles ar ON ar.id = a.article_id
LEFT JOIN article_speakers s ON s.article_id = a.article_id AND s.speaker_id = a.speaker_id
LEFT JOIN speakers c ON c.id = s.canonical_id;
"""
