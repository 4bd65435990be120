"""quotegraph spark in local mode: same results as ingest, failures, reruns, load + search.

One SparkSession (local[2]) for the module and a few PolNeAR articles in a WARC built here;
skipped without Java, pyspark or the PolNeAR data.
"""
from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import SHARED
from tests.fixtures.corpus.builders import page, polnear_articles, write_jsonl, write_warc

pyspark = pytest.importorskip("pyspark")


def _java() -> bool:
    java = shutil.which("java")
    return bool(java) and subprocess.run([java, "-version"], capture_output=True).returncode == 0


pytestmark = [
    pytest.mark.skipif(not _java(), reason="Spark needs Java"),
    pytest.mark.skipif(not (SHARED / "data/polnear").exists(), reason="PolNeAR data absent"),
]


@pytest.fixture(scope="module")
def spark():
    from quotegraph.spark.job import session

    session_ = session("local[2]", {"spark.ui.enabled": "false",
                                    "spark.sql.shuffle.partitions": "2",
                                    "spark.driver.memory": "2g"}, app="quotegraph-tests")
    yield session_
    session_.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """A WARC of four PolNeAR articles plus a reprint of the first (for quote clusters) and a
    record whose payload is binary (records 7-8 of 12), a truncated WARC and a JSON Lines file
    with one bad line."""
    folder = tmp_path_factory.mktemp("spark-inputs")
    articles = polnear_articles(limit_per_outlet=1)[:4]
    pages = []
    for n, article in enumerate(articles):
        title, *paragraphs = [line for line in article["text"].splitlines() if line.strip()]
        pages.append((f"https://{article['outlet']}.example/{n}.html",
                      f"{article['date']}T10:00:00Z", page(title, paragraphs)))
    title, *paragraphs = [line for line in articles[0]["text"].splitlines() if line.strip()]
    pages.append(("https://reprints.example/1.html", "2016-11-02T10:00:00Z",
                  page("Reprint: " + title, paragraphs)))
    pages.insert(3, ("https://broken.example/1.html", "2016-11-02T10:00:00Z", bytes(range(256)) * 8))
    write_warc(folder / "news.warc.gz", pages)
    whole = (folder / "news.warc.gz").read_bytes()
    (folder / "cut.warc.gz").write_bytes(whole[: len(whole) // 2])
    write_jsonl(folder / "wire.jsonl", [{"title": "Talks stall", "url": "https://tass.com/1",
                                         "text": '"We will not give up on the talks," Lavrov said.'}])
    with (folder / "wire.jsonl").open("a") as stream:
        stream.write("{not json\n")
    return folder


# The wire's bare "Lavrov" gets a spelling no article uses: only the alias can give it.
ALIASES = {"Lavrov": "Sergei Lavrov"}


@pytest.fixture(scope="module")
def ingested(inputs, tmp_path_factory):
    from quotegraph.store import ingest

    db = tmp_path_factory.mktemp("spark-ingest") / "q.db"
    ingest([inputs], db, aliases=ALIASES)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return conn


@pytest.fixture(scope="module")
def out(spark, inputs, tmp_path_factory):
    from quotegraph.spark.job import run

    folder = tmp_path_factory.mktemp("spark-out")
    summary = run(spark, [str(inputs)], str(folder), partitions=2, aliases=ALIASES)
    return folder, summary


def _table(out, name):
    from quotegraph.spark.load import _rows

    return list(_rows(out, name))


def _attributions(rows, hashes):
    return sorted((hashes[r["article_id"]], r["attribution_id"], r["kind"], r["content_start"],
                   r["content_end"], r["content"], r["cue"], r["cue_start"], r["speaker"],
                   r["speaker_id"]) for r in rows)


def test_same_attributions_and_speakers_as_ingest(out, ingested):
    folder, _ = out
    spark_hashes = {r["id"]: r["hash"] for r in _table(folder, "articles")}
    db_hashes = {r["id"]: r["hash"] for r in ingested.execute("SELECT id, hash FROM articles")}
    assert sorted(spark_hashes.values()) == sorted(db_hashes.values())
    db_attributions = [dict(r) for r in ingested.execute("SELECT * FROM attributions")]
    assert len(db_attributions) > 10
    assert _attributions(_table(folder, "attributions"), spark_hashes) == \
        _attributions(db_attributions, db_hashes)

    def unnamed(id, hashes):
        # An unnamed speaker's id names its article's row id, which differs by design.
        if not id or not id.startswith("u:"):
            return id
        article, speaker = id[2:].split("-", 1)
        return f"u:{hashes[int(article)]}-{speaker}"

    def speakers(rows, hashes):
        return sorted((unnamed(r["id"], hashes), r["name"], r["kind"], r["roles"], r["aliases"],
                       r["attributions"], r["articles"], r["outlets"]) for r in rows)

    assert speakers(_table(folder, "speakers"), spark_hashes) == \
        speakers(ingested.execute("SELECT * FROM speakers"), db_hashes)
    assert "Sergei Lavrov" in {r["name"] for r in _table(folder, "speakers")}

    def canonical(rows, hashes):
        return sorted((hashes[r["article_id"]], r["speaker_id"], unnamed(r["canonical_id"], hashes))
                      for r in rows)

    assert canonical(_table(folder, "article_speakers"), spark_hashes) == \
        canonical(ingested.execute("SELECT * FROM article_speakers"), db_hashes)


def test_same_statements_and_vectors_as_ingest(out, ingested):
    import numpy as np

    from quotegraph.store.refresh import blob_vector

    folder, _ = out
    spark_hashes = {r["id"]: r["hash"] for r in _table(folder, "articles")}
    db_hashes = {r["id"]: r["hash"] for r in ingested.execute("SELECT id, hash FROM articles")}
    spark_keys = {r["id"]: (spark_hashes[r["article_id"]], r["attribution_id"])
                  for r in _table(folder, "attributions")}
    db_keys = {r["id"]: (db_hashes[r["article_id"]], r["attribution_id"])
               for r in ingested.execute("SELECT id, article_id, attribution_id FROM attributions")}

    def vectors(rows, keys):
        return {keys[r["attribution_id"]]: (r["model"], blob_vector(r["vector"])) for r in rows}

    spark_vectors = vectors(_table(folder, "attribution_vectors"), spark_keys)
    db_vectors = vectors(ingested.execute("SELECT * FROM attribution_vectors"), db_keys)
    assert set(spark_vectors) == set(db_vectors) == set(db_keys.values())
    for key, (model, vector) in db_vectors.items():
        assert spark_vectors[key][0] == model
        assert np.allclose(spark_vectors[key][1], vector, atol=1e-5), key

    def statements(clusters, members, keys):
        # Among same-day reports of one length and kind the earliest (canonical) one is the
        # smaller attribution id, and Spark's ids are not ingest's: so here each statement is
        # its members, speaker, first day, outlets and relations (symmetric for two members);
        # test_load_then_search_... checks diffs and drift against refresh_corpus on Spark's ids.
        statement = {c["id"]: (c["speaker_id"], c["first_seen"], sorted(json.loads(c["outlets"])),
                               c["size"]) for c in clusters}
        groups = {}
        for m in members:
            groups.setdefault(m["cluster_id"], []).append((keys[m["attribution_id"]], m["relation"]))
        return sorted((sorted(k for k, _ in g), statement[c], sorted(r for _, r in g if r))
                      for c, g in groups.items())

    spark_statements = statements(_table(folder, "clusters"), _table(folder, "cluster_members"),
                                  spark_keys)
    assert spark_statements, "the reprint shares its quotes with the original"
    assert spark_statements == statements(ingested.execute("SELECT * FROM clusters"),
                                          ingested.execute("SELECT * FROM cluster_members"),
                                          db_keys)
    assert all(size == len(members) for members, (*_, size), _ in spark_statements)


def test_statement_stage_is_cluster_statements_over_everything(spark, ingested):
    """Grouped by speaker and linked by speaker-less reports, the stage gives exactly what one
    call over all reports gives; every other report's speaker is dropped so that speaker-less
    reports link groups."""
    from quotegraph.corpus.clusters import QuoteRecord
    from quotegraph.corpus.statements import cluster_statements
    from quotegraph.spark.stages import statement_clusters
    from quotegraph.store.refresh import statement_member_rows, statement_row, vector_matrix

    rows = [(r["id"], r["content"], r["date"], r["outlet"],
             r["canonical_id"] if n % 2 else None, r["kind"], r["vector"])
            for n, r in enumerate(ingested.execute(
                "SELECT a.id, a.content, a.date, a.outlet, s.canonical_id, a.kind, v.vector"
                " FROM attributions a JOIN attribution_vectors v ON v.attribution_id = a.id"
                " LEFT JOIN article_speakers s ON s.article_id = a.article_id"
                " AND s.speaker_id = a.speaker_id ORDER BY a.id"))]
    expected = cluster_statements([QuoteRecord(str(r[0]), *r[1:6]) for r in rows],
                                  vector_matrix([r[6] for r in rows]), window_days=3)
    assert any(s.speaker is None for s in expected) and any(s.speaker for s in expected)
    clusters, members = statement_clusters(spark.createDataFrame(
        rows, "id bigint, content string, date string, outlet string, speaker string,"
              " kind string, vector binary"), 2, window_days=3)
    assert sorted(map(tuple, clusters.collect())) == sorted(map(statement_row, expected))
    assert sorted(map(tuple, members.collect())) == \
        sorted(row for s in expected for row in statement_member_rows(s))


def test_corrupt_inputs_are_failures_and_the_rest_lands(out, inputs, ingested):
    folder, summary = out
    failures = {r["source"]: r["reason"] for r in _table(folder, "failures")}
    assert str(inputs / "cut.warc.gz") in failures
    assert failures[str(inputs / "news.warc.gz") + "#8"] == "looks like a binary file (not text or HTML)"
    assert str(inputs / "wire.jsonl") + "#2" in failures
    assert set(failures) == {r[0] for r in ingested.execute("SELECT source FROM failures")}
    sources = {r["source"] for r in _table(folder, "articles")}
    assert str(inputs / "wire.jsonl") + "#1" in sources
    assert summary.failed == len(failures) and summary.new == len(sources)


def test_rerun_over_the_same_out_is_idempotent(spark, out, inputs):
    from quotegraph.spark.job import run

    folder, first = out
    before = {t: sorted(json.dumps(r, sort_keys=True, default=str) for r in _table(folder, t))
              for t in ("attributions", "speakers", "clusters", "cluster_members")}
    again = run(spark, [str(inputs)], str(folder), partitions=2, aliases=ALIASES)
    assert again == first
    after = {t: sorted(json.dumps(r, sort_keys=True, default=str) for r in _table(folder, t))
             for t in before}
    assert after == before


def test_load_then_search_finds_a_quote(out, tmp_path):
    from quotegraph.store import connect, refresh_corpus

    folder, summary = out
    db = tmp_path / "q.db"
    result = subprocess.run([sys.executable, "-m", "quotegraph", "load", str(folder),
                             "--db", str(db)], capture_output=True, text=True, check=True)
    assert f"articles: {summary.new} loaded" in result.stdout
    found = subprocess.run([sys.executable, "-m", "quotegraph", "search", "give up",
                            "--db", str(db), "--json"], capture_output=True, text=True, check=True)
    hits = json.loads(found.stdout)
    assert hits and hits[0]["speaker"] == "Lavrov"
    assert hits[0]["canonical_name"] == "Sergei Lavrov"   # the run's alias, applied in the job
    again = subprocess.run([sys.executable, "-m", "quotegraph", "load", str(folder),
                            "--db", str(db)], capture_output=True, text=True, check=True)
    assert "articles: 0 loaded" in again.stdout
    conn = connect(db)
    assert dict(conn.execute("SELECT alias, canonical FROM aliases").fetchall()) == ALIASES
    tables = ("speakers", "clusters", "cluster_members", "article_speakers")
    loaded = {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in tables}
    assert len(loaded["speakers"]) == summary.speakers
    refresh_corpus(conn)   # the store's own cross-article step, on the same rows and ids
    assert {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}"))) for t in tables} == loaded


def test_an_article_whose_analysis_fails_is_a_failure_record(break_analysis, tmp_path):
    from quotegraph.spark.extract import extract_partition, read_inputs

    break_analysis("Holm")
    for name, who in (("a", "Anna Berg"), ("b", "Karl Holm"), ("c", "Lisa Park")):
        (tmp_path / f"{name}.txt").write_text(f"Vote delayed\n{who} said the vote was delayed.\n")
    records = list(extract_partition(read_inputs(
        [f"file://{tmp_path}/{name}.txt" for name in ("gone", "a", "b", "c")])))
    assert [(r["failure"] or r["article"])["source"] for r in records] == [
        str(tmp_path / f"{name}.txt") for name in ("gone", "a", "b", "c")]
    assert records[0]["failure"]["reason"] == "cannot read file (No such file or directory)"
    assert "analysis failed (RuntimeError: resolver broke)" in records[2]["failure"]["reason"]
    assert [s["name"] for s in records[3]["speakers"]] == ["Lisa Park"]


def test_workers_run_the_tagger_and_embedder_on_the_cores_of_a_task(spark, out):
    from quotegraph.spark.extract import worker_embedder, worker_extractor

    def threads(_):
        embedder = worker_embedder().session
        return (worker_extractor("accurate").tagger.session.get_session_options().intra_op_num_threads,
                embedder.get_session_options().intra_op_num_threads)

    assert spark.sparkContext.parallelize([0, 1], 2).map(threads).collect() == [(1, 1), (1, 1)]
