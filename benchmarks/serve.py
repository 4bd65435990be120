"""Search latency of ``quotegraph serve`` under concurrent clients, over loopback.

The bundled ``examples/`` articles (or ``--data DIR`` of ``*.txt``) are ingested into a fresh
db, which is grown to at least ``--rows`` (100,000) attributions with ``INSERT ... SELECT``
(``grow`` from ``benchmarks/ingest.py``), then the real server (``quotegraph serve``, one
uvicorn process) is started on a free loopback port and ``--clients`` (50) asyncio/httpx clients send ``--requests`` searches in
all (``/api/search`` with one or two words from stored quotes, every fourth with a speaker
filter). Prints requests/s and p50/p95/max latency in milliseconds.

    python benchmarks/serve.py [--rows 100000] [--clients 50] [--requests 2000] [--path /]
"""
from __future__ import annotations

import argparse
import asyncio
import random
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
from ingest import grow  # noqa: E402  (the same row replication as the ingest benchmark)

from quotegraph.store import ingest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(base: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            httpx.get(base + "/api/speakers?top=1").raise_for_status()
            return
        except httpx.HTTPError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def queries(db: Path, count: int, seed: int = 7) -> list[dict]:
    conn = sqlite3.connect(db)
    rng = random.Random(seed)
    contents = [r[0] for r in conn.execute("SELECT content FROM attributions ORDER BY random() LIMIT 2000")]
    speakers = [r[0] for r in conn.execute("SELECT name FROM speakers ORDER BY attributions DESC LIMIT 20")]
    found = []
    for n in range(count):
        words = [w.strip('".,“”‘’') for w in rng.choice(contents).split() if len(w) > 3] or ["said"]
        start = rng.randrange(len(words))
        params = {"q": " ".join(words[start:start + rng.randint(1, 2)])}
        if speakers and n % 4 == 0:
            params["speaker"] = rng.choice(speakers)
        found.append(params)
    return found


async def load(base: str, path: str, params: list[dict], clients: int) -> tuple[list[float], float]:
    todo = iter(params)
    timings: list[float] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=0)

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
    parser.add_argument("--data", type=Path, default=EXAMPLES, help="folder of articles to ingest")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--path", default="/api/search", help="/api/search (JSON) or / (HTML page)")
    args = parser.parse_args()

    db = Path(tempfile.mkdtemp(prefix="qg-serve-bench-")) / "corpus.db"
    ingest([args.data], db)
    rows = grow(db, args.rows)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # A process of its own, so that the clients do not share the server's interpreter.
    server = subprocess.Popen([sys.executable, "-m", "quotegraph", "serve", "--db", str(db),
                               "--port", str(port)])
    try:
        wait_until_up(base)
        params = queries(db, args.requests)
        asyncio.run(load(base, args.path, params[:100], args.clients))          # warm-up
        timings, elapsed = asyncio.run(load(base, args.path, params, args.clients))
    finally:
        server.terminate()
        server.wait(10)
    q = statistics.quantiles(timings, n=100)
    print(f"{args.path} on {rows:,} attributions ({db.stat().st_size / 1e6:.0f} MB db), "
          f"{args.clients} concurrent clients, {len(timings)} requests: {len(timings) / elapsed:.0f} req/s, "
          f"p50 {q[49]:.1f} ms, p95 {q[94]:.1f} ms, max {max(timings):.1f} ms")


if __name__ == "__main__":
    main()
