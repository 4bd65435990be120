"""The corpus commands run as real processes (``python -m quotegraph``) on real SQLite files,
including an ingest killed with SIGKILL half-way and run again."""
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
PARAGRAPH = ('"We will keep the talks going for as long as it takes, and article {n} says so," '
             'Minister Anna Berg{n} said on Tuesday. Officials said the next round would open in '
             'Geneva in {n} days. The delegation told reporters it expected a long night.')


def quotegraph(*args, cwd=None, check=True):
    result = subprocess.run([sys.executable, "-m", "quotegraph", *map(str, args)], cwd=cwd,
                            capture_output=True, text=True, timeout=300)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    shutil.copytree(FIXTURES / "articles", root / "in")
    shutil.copytree(FIXTURES / "bad", root / "in" / "bad")
    db = root / "c.db"
    first = quotegraph("ingest", root / "in", "--db", db, check=False)
    second = quotegraph("ingest", root / "in", "--db", db, check=False)
    return root, db, first, second


def test_ingest_prints_a_summary_and_adds_nothing_twice(corpus):
    _, db, first, second = corpus
    assert first.returncode == second.returncode == 3   # some inputs failed
    assert first.stdout.startswith("articles: 8 new, 0 already present, 6 failed\n")
    assert "failed: " in first.stdout and "bad/notes.json: invalid JSON" in first.stdout
    assert second.stdout.startswith("articles: 0 new, 8 already present, 6 failed\n")
    assert "attributions: 0\n" in second.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT hash) FROM articles").fetchone() == (8, 8)
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 6
        statements = conn.execute("SELECT count(*) FROM clusters").fetchone()[0]
    assert statements and f"; statements: {statements}\n" in first.stdout


def test_search_speakers_quotes_clusters(corpus):
    _, db, _, _ = corpus
    found = json.loads(quotegraph("search", "separation of terrorists", "--speaker", "Lavrov",
                                  "--json", "--db", db).stdout)
    assert found and all("Lavrov" in r["canonical_name"] for r in found)
    assert all("separation" in {r["content"][s:e] for s, e in r["matches"]} for r in found)
    assert "highlighted" not in found[0]
    assert {"headline", "url", "outlet", "date", "roles", "kind"} <= set(found[0])
    text = quotegraph("search", "separation", "--outlet", "tass", "--since", "2016-10-01",
                      "--db", db).stdout
    assert "[separation]" in text and "TASS, 2016-10-31" in text
    # FTS syntax in a query never raises.
    assert quotegraph("search", 'AND "OR" NEAR(*', "--db", db).stdout.strip() == "no matching quotes"

    by_name = json.loads(quotegraph("quotes", "--speaker", "Sergei Lavrov", "--json", "--db", db).stdout)
    by_alias = json.loads(quotegraph("quotes", "--speaker", "sergey lavrov", "--json", "--db", db).stdout)
    assert by_name and by_name == by_alias
    everything = json.loads(quotegraph("quotes", "--json", "--db", db).stdout)
    cut = sorted(q["confidence"] for q in everything)[len(everything) // 2]
    sure = json.loads(quotegraph("quotes", "--min-confidence", str(cut), "--json", "--db", db).stdout)
    assert 0 < len(sure) < len(everything) and {q["id"] for q in sure} == \
        {q["id"] for q in everything if q["confidence"] >= cut}
    assert all(r["confidence"] >= cut for r in json.loads(quotegraph(
        "search", "the", "--min-confidence", str(cut), "--json", "--db", db).stdout))

    speakers = quotegraph("speakers", "--top", "3", "--db", db).stdout.splitlines()
    assert speakers[0].split()[:2] == ["quotes", "articles"] and len(speakers) == 5
    statements = quotegraph("statements", "--speaker", "Lavrov", "--db", db).stdout
    assert statements.startswith("== ") and "first reported by TASS on 2016-10-31" in statements
    assert "altered" in statements and "indirect   separation of terrorists in Aleppo never happened" in statements
    assert quotegraph("clusters", "--speaker", "Lavrov", "--db", db).stdout == statements
    [lavrov] = json.loads(quotegraph("statements", "--speaker", "Lavrov", "--json", "--db", db).stdout)
    assert lavrov["members"][0]["relation"] is None and {m["relation"] for m in lavrov["members"][1:]} >= {"indirect"}
    similar = json.loads(quotegraph("similar", "Aleppo rebels were never separated from terrorists",
                                    "--speaker", "Lavrov", "--limit", "2", "--json", "--db", db).stdout)
    assert len(similar) == 2 and all("separation" in q["content"] for q in similar)
    assert similar[0]["similarity"] >= similar[1]["similarity"] > 0.5
    text = quotegraph("similar", "Aleppo rebels were never separated from terrorists", "--limit", "1",
                      "--db", db).stdout
    assert text.startswith(f"{similar[0]['similarity']:.2f} ") and "Aleppo" in text


def test_export_and_reprocess(corpus):
    root, db, _, _ = corpus
    for fmt in ("jsonl", "csv", "parquet"):
        out = root / f"out.{fmt}"
        result = quotegraph("export", "--format", fmt, out, "--db", db)
        assert result.stdout.endswith(f"attributions -> {out}\n") and out.stat().st_size > 0
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT count(*) FROM attributions").fetchone()[0]
    with sqlite3.connect(db) as conn:
        [(ingested,)] = conn.execute("SELECT DISTINCT model_id FROM articles").fetchall()
    assert ingested.startswith("accurate:tagger-")      # the default mode
    result = quotegraph("reprocess", "--since", "2016-11-01", "--db", db)
    assert result.stdout.startswith("articles: 4 reprocessed, 0 already present, 0 failed\n")   # dated 2016-11-01 or later
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM attributions").fetchone()[0] == before
    quotegraph("reprocess", "--since", "2016-11-01", "--mode", "fast", "--db", db)
    with sqlite3.connect(db) as conn:
        by_mode = dict(conn.execute("SELECT model_id, count(*) FROM articles GROUP BY model_id"))
    assert by_mode.pop(ingested) == 4 and [(m[:12], n) for m, n in by_mode.items()] == [("fast:scorer-", 4)]
    missing = quotegraph("speakers", "--db", root / "nothing.db", check=False)
    assert missing.returncode == 1 and "no corpus at" in missing.stderr


def test_kill_9_mid_ingest_then_rerun_keeps_every_article_once(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(40):
        paragraphs = [f"Talks on the grain corridor, day {n}"] + [PARAGRAPH.format(n=n * 100 + p)
                                                                 for p in range(12)]
        (articles / f"a{n:02}.txt").write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    db = tmp_path / "k.db"
    process = subprocess.Popen([sys.executable, "-m", "quotegraph", "ingest", articles, "--db", db],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    committed = 0
    deadline = time.monotonic() + 120
    while committed == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                committed = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:   # not created yet
            pass
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, process.stderr.read()
    with sqlite3.connect(db) as conn:
        at_kill = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < at_kill < 40, "the kill should land mid-ingest"

    rerun = quotegraph("ingest", articles, "--db", db)
    assert rerun.stdout.startswith(f"articles: {40 - at_kill} new, {at_kill} already present, 0 failed")
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT hash), count(DISTINCT source)"
                            " FROM articles").fetchone() == (40, 40, 40)
        # Every article has all its attributions: none was half-written.
        counts = conn.execute("SELECT count(a.id) FROM articles ar LEFT JOIN attributions a"
                              " ON a.article_id = ar.id GROUP BY ar.id").fetchall()
        assert len({c for (c,) in counts}) == 1 and counts[0][0] > 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_ingest_reads_nothing_outside_its_directory(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "ok.txt").write_text("Talks stall\nAnna Berg said the talks had stalled.\n")
    outside = tmp_path / "secret.txt"
    outside.write_text("Not for the corpus\nKarl Holm said the password was swordfish.\n")
    (root / "leak.txt").symlink_to(outside)
    (root / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    os.mkfifo(root / "pipe.txt")
    db = tmp_path / "c.db"
    result = quotegraph("ingest", root, "--db", db, check=False)
    assert result.returncode == 3, result.stderr
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT text FROM articles")] == [
            "Talks stall\nAnna Berg said the talks had stalled.\n"]
        reasons = dict(conn.execute("SELECT source, reason FROM failures"))
    assert "leads out of" in reasons[str(root / "leak.txt")]
    assert "a link to nothing" in reasons[str(root / "dangling.txt")]
    assert "not a regular file" in reasons[str(root / "pipe.txt")]
    ok = quotegraph("ingest", root / "ok.txt", "--db", tmp_path / "d.db", check=False)
    assert ok.returncode == 0, ok.stderr
