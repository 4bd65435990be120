"""The quick start's corpus shows every feature (issue 17): ``make demo``'s own ingest command,
run as a subprocess, gives dated articles from several outlets, a quote reported by several
outlets in different wordings, and speakers quoted across weeks, as the web app's API shows them."""
import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from docs.screenshots import demo_ingest_command
from quotegraph.serve import create_app

ROOT = Path(__file__).resolve().parents[1]
FEED = ROOT / "examples" / "wires.jsonl"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, TestClient]:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    run = subprocess.run(demo_ingest_command(db), cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "0 failed" in run.stdout
    return db, TestClient(create_app(db))


def test_the_demo_ingests_the_bundled_feed():
    assert str(FEED.relative_to(ROOT)) in demo_ingest_command(Path("x.db"))


def test_every_demo_article_has_an_outlet_and_a_date(demo):
    db, _ = demo
    rows = sqlite3.connect(db).execute("SELECT outlet, date, headline, url FROM articles").fetchall()
    assert len(rows) == len(FEED.read_text(encoding="utf-8").splitlines()) >= 8
    assert all(all(row) for row in rows), rows
    assert len({outlet for outlet, *_ in rows}) >= 3


def test_search_facets_count_the_outlets(demo):
    _, client = demo
    found = client.get("/api/search", params={"q": "bridge"}).json()
    assert len(found["facets"]["outlet"]) >= 3


def test_one_statement_is_a_cluster_across_outlets_and_wordings(demo):
    _, client = demo
    clusters = client.get("/api/clusters").json()
    across = [c for c in clusters if len({m["outlet"] for m in c["members"]}) >= 3]
    assert across, json.dumps(clusters, indent=1)
    cluster = across[0]
    assert cluster["speaker"] == "Miriam Calder"
    assert len({m["date"] for m in cluster["members"]}) >= 3
    altered = [m for m in cluster["members"] if m["altered"]]
    assert altered and all(m["diff"] for m in altered)
    # Each outlet's own wording: no two reports of the statement are the same text.
    assert len({m["content"] for m in cluster["members"]}) == len(cluster["members"])


def test_speakers_are_quoted_across_weeks(demo):
    _, client = demo
    speakers = client.get("/api/speakers").json()
    timelines = {s["name"]: client.get(f"/api/speakers/{s['id']}").json()["weeks"] for s in speakers}
    across_weeks = {name for name, weeks in timelines.items() if len(weeks) >= 3}
    assert {"Miriam Calder", "Tobias Renning"} <= across_weeks
