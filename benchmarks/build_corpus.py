"""Ingest throughput against bare extraction, and search latency on a large corpus database.

1. Throughput: the same articles (PolNeAR train+dev, 924, by default) through
   ``Extractor().extract_many`` alone, and through ``quotegraph.store.ingest`` (with ingest's
   own settings: the tagger's threads do not spin-wait) into a fresh
   SQLite file (reading the JSONL input, hashing, writing each article in its own
   transaction, and embedding the contents on a thread beside extraction; the cross-article
   refresh is timed apart). The model is loaded and warmed up before timing; the passes
   alternate. Target: store overhead, vectors included, <= 15% of extraction time.
2. Search: the ingested attributions are copied with ``INSERT ... SELECT`` (new ids, the FTS
   index follows by trigger) until there are at least ``--rows`` (100,000), then ``--queries``
   searches of one to three words taken from stored quotes (every fourth with a speaker
   filter) are timed; p50 and p95 in milliseconds.

    python benchmarks/build_corpus.py [--limit N] [--processes N] [--repeat 2] [--rows 100000]
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from quotegraph.pipeline import Extractor
from quotegraph.store import Filters, connect, ingest, ingest_extractor, refresh_corpus, search
from quotegraph.store.refresh import embed_attributions

POLNEAR = Path(__file__).resolve().parent.parent / ".." / "shared" / "data" / "polnear"
TARGET_OVERHEAD = 0.15


def load_articles(root: Path, limit: int | None) -> list[dict]:
    files = sorted((root / "train" / "text").glob("*.txt")) + sorted((root / "dev" / "text").glob("*.txt"))
    if not files:
        sys.exit(f"error: no PolNeAR texts under {root}")
    articles = []
    for file in files[:limit]:
        outlet, date, _ = file.stem.split("_", 2)
        articles.append({"id": file.stem, "outlet": outlet, "date": date,
                         "text": file.read_text(encoding="utf-8")})
    return articles


def time_extract(extractor: Extractor, articles: list[dict], processes: int) -> float:
    start = time.perf_counter()
    for _ in extractor.extract_many(((a["id"], a["text"]) for a in articles), n_process=processes):
        pass
    return time.perf_counter() - start


def time_ingest(extractor: Extractor, source: Path, db: Path, processes: int) -> float:
    start = time.perf_counter()
    summary = ingest([source], db, extractor=extractor, processes=processes, refresh=False)
    elapsed = time.perf_counter() - start
    assert summary.failed == 0, summary.format()
    return elapsed


def grow(db: Path, rows: int) -> int:
    conn = connect(db)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(attributions)") if r[1] != "id"]
    names = ", ".join(columns)
    count = conn.execute("SELECT count(*) FROM attributions").fetchone()[0]
    while count < rows:
        conn.execute("BEGIN")
        conn.execute(f"INSERT INTO attributions ({names}) SELECT {names} FROM attributions"
                     f" LIMIT {rows - count}")
        conn.execute("COMMIT")
        count = conn.execute("SELECT count(*) FROM attributions").fetchone()[0]
    conn.close()
    return count


def search_latency(db: Path, queries: int, seed: int = 7) -> list[float]:
    conn = connect(db)
    rng = random.Random(seed)
    contents = [r[0] for r in conn.execute("SELECT content FROM attributions ORDER BY random() LIMIT 2000")]
    speakers = [r[0] for r in conn.execute("SELECT name FROM speakers ORDER BY attributions DESC LIMIT 20")]
    timings = []
    for n in range(queries):
        words = [w.strip('".,“”‘’') for w in rng.choice(contents).split() if len(w) > 3] or ["said"]
        start = rng.randrange(len(words))
        query = " ".join(words[start:start + rng.randint(1, 3)])
        filters = Filters(speaker=rng.choice(speakers)) if speakers and n % 4 == 0 else Filters()
        t = time.perf_counter()
        search(conn, query, filters)
        timings.append((time.perf_counter() - t) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=POLNEAR)
    parser.add_argument("--limit", type=int, help="first N articles only")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args()

    articles = load_articles(args.data, args.limit)
    chars = sum(len(a["text"]) for a in articles)
    work = Path(tempfile.mkdtemp(prefix="qg-bench-"))
    source = work / "articles.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    extractor = Extractor()
    ingester = ingest_extractor(nlp=extractor.nlp)   # ingest's own settings
    for warm in (extractor, ingester):
        time_extract(warm, articles[:20], args.processes)        # warm-up
    extract_times, ingest_times = [], []
    db = None
    for n in range(args.repeat):
        extract_times.append(time_extract(extractor, articles, args.processes))
        db = work / f"corpus{n}.db"
        ingest_times.append(time_ingest(ingester, source, db, args.processes))
    conn = connect(db)
    missing = embed_attributions(conn)
    start = time.perf_counter()
    counts = refresh_corpus(conn)
    refresh_s = time.perf_counter() - start

    best_e, best_i = min(extract_times), min(ingest_times)
    med_e, med_i = statistics.median(extract_times), statistics.median(ingest_times)
    print(f"{len(articles)} articles, {chars:,} characters, {args.processes} process(es), "
          f"{args.repeat} timed passes each")
    print(f"bare extract : {len(articles) / best_e:6.2f} articles/s best, {len(articles) / med_e:6.2f} median")
    print(f"ingest       : {len(articles) / best_i:6.2f} articles/s best, {len(articles) / med_i:6.2f} median")
    overhead_best, overhead_med = best_i / best_e - 1, med_i / med_e - 1
    verdict = "ok" if overhead_med <= TARGET_OVERHEAD else "ABOVE TARGET"
    print(f"store overhead, vectors included: {overhead_best:+.1%} best, {overhead_med:+.1%} median "
          f"(target <= {TARGET_OVERHEAD:.0%}: {verdict}; vectors missing after ingest: {missing})")
    print(f"refresh_corpus: {refresh_s:.2f} s ({counts.speakers} speakers, "
          f"{counts.statements} statements)")

    rows = grow(db, args.rows)
    timings = search_latency(db, args.queries)
    q = statistics.quantiles(timings, n=100)
    print(f"search on {rows:,} attributions ({db.stat().st_size / 1e6:.0f} MB db), {len(timings)} queries: "
          f"p50 {q[49]:.2f} ms, p95 {q[94]:.2f} ms, max {max(timings):.2f} ms")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
