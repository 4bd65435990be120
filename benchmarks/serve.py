"""Search latency of the web app under concurrent clients, over loopback.

The PolNeAR train+dev articles (``load_articles`` from ``benchmarks/build_corpus.py``; or the first
``--limit``) are ingested once into a db cached under the temp folder (rebuilt with
``--rebuild``), which is copied and grown to at least ``--rows`` (100,000) attributions with
``INSERT ... SELECT`` (``grow`` from ``benchmarks/build_corpus.py``). The app is then served by
uvicorn (``quotegraph.serve.asgi:app``, ``--workers`` (2) processes, each with its own
read-only connections, keep-alive 60 s) on a free loopback port, and ``--clients`` (50)
asyncio/httpx clients over kept-alive connections send ``--requests`` (1,000) searches per
path, cycling through ``--queries`` (50) query sets: one to three consecutive words of stored
quotes, every third with a speaker filter and every fifth with an outlet filter (both taken
from the db). Each path in ``--path`` (``/api/search`` and the HTML page ``/``) gets a warm-up
of 100 requests, then is timed; requests/s and p50/p95/max latency in milliseconds.

    python benchmarks/serve.py [--rows 100000] [--clients 50] [--requests 1000] [--workers 2]
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_corpus import POLNEAR, grow, load_articles  # noqa: E402  (the corpus benchmark's articles)

import quotegraph  # noqa: E402
from quotegraph.store import ingest  # noqa: E402

PATHS = ["/api/search", "/"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(base: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            httpx.get(base + "/api/speakers?top=1").raise_for_status()
            return
        except httpx.HTTPError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def polnear_db(data: Path, limit: int | None, rebuild: bool) -> Path:
    """The ingested PolNeAR articles, cached by article list and quotegraph version."""
    articles = load_articles(data, limit)
    key = hashlib.sha256(json.dumps([quotegraph.__version__, [a["id"] for a in articles]]).encode())
    cache = Path(tempfile.gettempdir()) / f"qg-serve-bench-{key.hexdigest()[:16]}.db"
    if rebuild or not cache.is_file():
        work = Path(tempfile.mkdtemp(prefix="qg-serve-bench-"))
        source = work / "articles.jsonl"
        source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        start = time.perf_counter()
        summary = ingest([source], work / "corpus.db")
        print(f"ingested {summary.new} articles in {time.perf_counter() - start:.0f} s "
              f"(cached as {cache})", file=sys.stderr)
        shutil.move(work / "corpus.db", cache)
        shutil.rmtree(work)
    return cache


def queries(db: Path, count: int, seed: int = 7) -> list[dict]:
    """``count`` query sets of words from stored quotes, some with a speaker or outlet filter."""
    conn = sqlite3.connect(db)
    rng = random.Random(seed)
    contents = [r[0] for r in conn.execute("SELECT content FROM attributions ORDER BY id LIMIT 20000")]
    speakers = [r[0] for r in conn.execute("SELECT name FROM speakers ORDER BY attributions DESC LIMIT 20")]
    outlets = [r[0] for r in conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")]
    conn.close()
    found = []
    for n in range(count):
        words = [w.strip('".,;:!?()“”‘’\'') for w in rng.choice(contents).split()]
        words = [w for w in words if len(w) > 3 and w.isalpha()] or ["said"]
        start = rng.randrange(len(words))
        params = {"q": " ".join(words[start:start + rng.choice((1, 1, 2, 3))])}
        if speakers and n % 3 == 0:
            params["speaker"] = rng.choice(speakers)
        if outlets and n % 5 == 0:
            params["outlet"] = rng.choice(outlets)
        found.append(params)
    return found


async def load(base: str, path: str, params: list[dict], clients: int) -> tuple[list[float], float]:
    todo = iter(params)
    timings: list[float] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients,
                          keepalive_expiry=60)

    async def client(http: httpx.AsyncClient) -> None:
        for p in todo:
            start = time.perf_counter()
            response = await http.get(path, params=p)
            timings.append((time.perf_counter() - start) * 1000)
            if response.status_code != 200:
                raise SystemExit(f"error: {response.status_code} for {p}: {response.text[:200]}")

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as http:
        start = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(clients)))
        return timings, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=POLNEAR, help="PolNeAR root (train/, dev/)")
    parser.add_argument("--limit", type=int, help="first N articles only")
    parser.add_argument("--rebuild", action="store_true", help="ingest again, not from the cache")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="timed requests per path")
    parser.add_argument("--queries", type=int, default=50, help="distinct query sets")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--path", action="append", help=f"paths to load (default: {' and '.join(PATHS)})")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="qg-serve-bench-"))
    db = work / "corpus.db"
    shutil.copy(polnear_db(args.data, args.limit, args.rebuild), db)
    rows = grow(db, args.rows)
    sets = queries(db, args.queries)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # Processes of their own, so that the clients do not share the server's interpreter.
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "quotegraph.serve.asgi:app", "--factory",
         "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers),
         "--timeout-keep-alive", "60", "--log-level", "warning"],
        env={**os.environ, "QUOTEGRAPH_DB": str(db)})
    results = []
    try:
        wait_until_up(base, server)
        for path in args.path or PATHS:
            asyncio.run(load(base, path, [sets[n % len(sets)] for n in range(100)], args.clients))
            params = [sets[n % len(sets)] for n in range(args.requests)]
            results.append((path, *asyncio.run(load(base, path, params, args.clients))))
    finally:
        server.terminate()
        server.wait(10)
    print(f"{rows:,} attributions ({db.stat().st_size / 1e6:.0f} MB db), {len(sets)} query sets, "
          f"{args.workers} uvicorn worker(s), {args.clients} concurrent clients")
    for path, timings, elapsed in results:
        q = statistics.quantiles(timings, n=100)
        print(f"{path:12} {len(timings)} requests: {len(timings) / elapsed:.0f} req/s, "
              f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, max {max(timings):.1f} ms")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
