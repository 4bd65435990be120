"""Search latency of the web app under concurrent clients, over loopback, beside Datasette.

The PolNeAR train+dev articles (``load_articles`` from ``benchmarks/build_corpus.py``; or the first
``--limit``) are ingested once into a db cached under the temp folder (rebuilt with
``--rebuild``), which is copied and grown to at least ``--rows`` (100,000) attributions with
``INSERT ... SELECT`` (``grow`` from ``benchmarks/build_corpus.py``). ``--clients`` (50)
asyncio clients, one kept-alive connection each (:class:`Connection`), send ``--requests`` (1,000) searches per
path, cycling through ``--queries`` (50) query sets: one to three consecutive words of stored
quotes, every third with a speaker filter and every fifth with an outlet filter (both taken
from the db). Each path gets a warm-up of 100 requests (the last query sets), then is timed: requests/s,
p50/p95/max latency in milliseconds, the server's CPU time per request (its processes' user +
system time from /proc: on a machine that other jobs load, latency measures them too, this
does not), the load average as the timing began, and how many requests did not answer 200.

Two servers take the same load on the same db copy, one after the other:

- quotegraph, served by ``quotegraph serve --workers`` (2) processes, each with its own
  listening socket (:mod:`quotegraph.serve.workers`) and read-only connections:
  ``/api/search`` and the HTML page ``/``;
- Datasette (``datasette serve`` with its default settings and the metadata the store writes
  beside the corpus, ``corpus.datasette.json``, which gives the ``quotes`` view its full-text
  index): ``/corpus/quotes.json`` and the HTML page ``/corpus/quotes``, each query set as
  :func:`datasette_params` writes it.

Before the load both answer every query set once (:func:`same_results`): the totals must agree
where quotegraph's is not capped at 2,000, and Datasette must find every id on quotegraph's
first page (the pages themselves differ in order: quotegraph ranks by bm25, while Datasette
gives a view's rows unranked). ``--server quotegraph`` (or ``datasette``) runs one of them.

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
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_corpus import POLNEAR, grow, load_articles  # noqa: E402  (the corpus benchmark's articles)

import quotegraph  # noqa: E402
from quotegraph.store import ingest  # noqa: E402
from quotegraph.store.db import datasette_metadata_path  # noqa: E402
from quotegraph.store.query import COUNT_CAP  # noqa: E402

# Each server's JSON search and HTML search page, in that order.
PATHS = {"quotegraph": ["/api/search", "/"],
         "datasette": ["/corpus/quotes.json", "/corpus/quotes"]}
PAGE_SIZE = 20


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            httpx.get(url).raise_for_status()
            return
        except httpx.HTTPError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def start(name: str, db: Path, port: int, workers: int) -> subprocess.Popen:
    """``name``'s server over ``db`` on ``port``, up; a process of its own, so that the clients
    do not share its interpreter."""
    if name == "quotegraph":
        command = [sys.executable, "-m", "quotegraph", "serve", "--db", str(db), "--host", "127.0.0.1",
                   "--port", str(port), "--workers", str(workers)]
        ready = "/api/speakers?top=1"
    else:
        command = [sys.executable, "-m", "datasette", "serve", str(db), "--host", "127.0.0.1",
                   "--port", str(port), "--metadata", str(datasette_metadata_path(db))]
        ready = "/-/versions.json"
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(f"http://127.0.0.1:{port}{ready}", server)
    except BaseException:
        stop(server)
        raise
    return server


def stop(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(10)


def cpu_seconds(server: subprocess.Popen) -> float:
    """CPU seconds (user + system) the server and its worker processes have used so far, from
    /proc (Linux); on a machine others load too, the cost of a request that their load does
    not change, unlike its latency."""
    pids, total = [server.pid], 0.0
    while pids:
        pid = pids.pop()
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except FileNotFoundError:      # ended meanwhile
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        pids += map(int, children)
    return total


def polnear_db(data: Path, limit: int | None, rebuild: bool) -> Path:
    """The ingested PolNeAR articles, cached by article list and quotegraph version."""
    articles = load_articles(data, limit)
    key = hashlib.sha256(json.dumps([quotegraph.__version__, [a["id"] for a in articles]]).encode())
    cache = Path(tempfile.gettempdir()) / f"qg-serve-bench-{key.hexdigest()[:16]}.db"
    if rebuild or not cache.is_file():
        work = Path(tempfile.mkdtemp(prefix="qg-serve-bench-"))
        source = work / "articles.jsonl"
        source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        started = time.perf_counter()
        summary = ingest([source], work / "corpus.db")
        print(f"ingested {summary.new} articles in {time.perf_counter() - started:.0f} s "
              f"(cached as {cache})", file=sys.stderr)
        shutil.move(work / "corpus.db", cache)
        shutil.rmtree(work)
    return cache


@contextmanager
def grown_db(db: Path | None, rows: int):
    """``db`` when given (grown already); else the PolNeAR db copied into a temporary folder
    and grown to ``rows`` attributions, the folder removed afterwards."""
    if db is not None:
        yield db
        return
    work = Path(tempfile.mkdtemp(prefix="qg-grown-"))
    try:
        shutil.copy(polnear_db(POLNEAR, None, False), work / "corpus.db")
        grow(work / "corpus.db", rows)
        yield work / "corpus.db"
    finally:
        shutil.rmtree(work)


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
        first = rng.randrange(len(words))
        params = {"q": " ".join(words[first:first + rng.choice((1, 1, 2, 3))])}
        if speakers and n % 3 == 0:
            params["speaker"] = rng.choice(speakers)
        if outlets and n % 5 == 0:
            params["outlet"] = rng.choice(outlets)
        found.append(params)
    return found


def datasette_params(params: dict) -> dict:
    """A query set as arguments of Datasette's ``quotes`` view: ``_search`` (each word quoted,
    as quotegraph quotes them), ``outlet__contains``, and for the speaker ``_where`` the
    canonical or printed name contains it (quotegraph also matches a canonical speaker's
    aliases, which the view lacks); facets by outlet and canonical speaker, one page of 20.

    >>> datasette_params({"q": "tax cuts", "speaker": "O'Brien"})["_where"]
    "(canonical_speaker LIKE '%O''Brien%' OR speaker LIKE '%O''Brien%')"
    """
    out = {"_search": params["q"], "_facet": ["outlet", "canonical_speaker"], "_size": PAGE_SIZE}
    if "outlet" in params:
        out["outlet__contains"] = params["outlet"]
    if "speaker" in params:
        like = "'%" + params["speaker"].replace("'", "''") + "%'"
        out["_where"] = f"(canonical_speaker LIKE {like} OR speaker LIKE {like})"
    return out


def same_results(quotegraph_base: str, datasette_base: str, sets: list[dict]) -> str:
    """Both servers' answers to each query set compared: totals where quotegraph's is exact,
    and quotegraph's first page looked up in Datasette's search by id. Returns the summary
    line; raises SystemExit naming the first query set that differs."""
    exact = capped = 0
    with httpx.Client(timeout=60) as http:
        for params in sets:
            ours = http.get(f"{quotegraph_base}/api/search", params=params).json()
            theirs = {k: v for k, v in datasette_params(params).items() if k != "_facet"}
            total = http.get(f"{datasette_base}/corpus/quotes.json", params=theirs).json()
            ids = [r["id"] for r in ours["results"]]
            found = http.get(f"{datasette_base}/corpus/quotes.json",
                             params={**theirs, "id__in": ",".join(map(str, ids)) or "0"}).json()
            their_total = total["filtered_table_rows_count"]
            if ours["total_capped"]:
                same = their_total > COUNT_CAP and ours["total"] == COUNT_CAP
                capped += 1
            else:
                same = their_total == ours["total"]
                exact += 1
            if not same or found["filtered_table_rows_count"] != len(ids):
                raise SystemExit(f"error: different results for {params}: quotegraph {ours['total']}"
                                 f"{'+' if ours['total_capped'] else ''}, Datasette {their_total}; "
                                 f"{found['filtered_table_rows_count']} of quotegraph's first "
                                 f"{len(ids)} found by Datasette")
    return (f"same results for all {len(sets)} query sets: equal totals ({exact}), both over "
            f"{COUNT_CAP:,} ({capped}); every id of quotegraph's first page in Datasette's")


class Connection:
    """One kept-alive HTTP/1.1 connection that GETs and reads whole responses (``Content-Length``
    or chunked). The load's client: httpx's AsyncClient spends about 8 ms of CPU on a request
    with 50 connections open, more than the server does, and on a shared machine the load
    would then measure the client."""

    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, target: str) -> int:
        """The status of ``GET target``, its body read and dropped."""
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        status = int((await reader.readline()).split()[1])
        headers = {}
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip().lower()
        if "content-length" in headers:
            await reader.readexactly(int(headers["content-length"]))
        elif headers.get("transfer-encoding") == "chunked":
            while size := int((await reader.readline()).split(b";")[0], 16):
                await reader.readexactly(size + 2)
            await reader.readline()
        if headers.get("connection") == "close" or "content-length" not in headers \
                and headers.get("transfer-encoding") != "chunked":
            await reader.read()
            await self.close()
        return status

    async def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def load(base: str, path: str, params: list[dict], clients: int) -> tuple[list[float], float, int]:
    """``params`` sent to ``path`` by ``clients`` concurrent clients, one kept-alive connection
    each: each request's latency in ms, the seconds all took, and how many did not answer 200."""
    todo = iter(params)
    timings: list[float] = []
    failed = 0
    url = httpx.URL(base)

    async def client() -> None:
        nonlocal failed
        connection = Connection(url.host, url.port)
        try:
            for p in todo:
                target = f"{path}?{urlencode(p, doseq=True)}"
                started = time.perf_counter()
                status = await connection.get(target)
                timings.append((time.perf_counter() - started) * 1000)
                failed += status != 200
        finally:
            await connection.close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return timings, time.perf_counter() - started, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=POLNEAR, help="PolNeAR root (train/, dev/)")
    parser.add_argument("--limit", type=int, help="first N articles only")
    parser.add_argument("--rebuild", action="store_true", help="ingest again, not from the cache")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="timed requests per path")
    parser.add_argument("--queries", type=int, default=50, help="distinct query sets")
    parser.add_argument("--workers", type=int, default=2, help="quotegraph's worker processes (serve --workers)")
    parser.add_argument("--server", choices=list(PATHS), action="append",
                        help="only this server (default: both)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="qg-serve-bench-"))
    db = work / "corpus.db"
    shutil.copy(polnear_db(args.data, args.limit, args.rebuild), db)
    rows = grow(db, args.rows)     # connect() also writes corpus.datasette.json beside it
    sets = queries(db, args.queries)
    names = args.server or list(PATHS)
    servers = {name: (start(name, db, port, args.workers), f"http://127.0.0.1:{port}")
               for name, port in ((n, free_port()) for n in names)}
    results, checked = [], None
    try:
        if len(servers) == 2:
            checked = same_results(servers["quotegraph"][1], servers["datasette"][1], sets)
        for name in names:
            # One server at a time: the other is stopped, so that it takes no CPU.
            server, base = servers.pop(name)
            for path in PATHS[name]:
                mapped = sets if name == "quotegraph" else [datasette_params(s) for s in sets]
                # The warm-up takes the last query sets: with --queries above --requests + 100
                # every timed one is new to the server (none answered from its memory).
                warm_up = [mapped[-1 - n % len(mapped)] for n in range(100)]
                asyncio.run(load(base, path, warm_up, args.clients))
                params = [mapped[n % len(mapped)] for n in range(args.requests)]
                cpu, busy = cpu_seconds(server), os.getloadavg()[0]
                timed = asyncio.run(load(base, path, params, args.clients))
                results.append((name, path, *timed, cpu_seconds(server) - cpu, busy))
            stop(server)
    finally:
        for server, _ in servers.values():
            stop(server)
    print(f"{rows:,} attributions ({db.stat().st_size / 1e6:.0f} MB db), {len(sets)} query sets, "
          f"{args.clients} concurrent clients; quotegraph: {args.workers} worker process(es)")
    if checked:
        print(checked)
    for name, path, timings, elapsed, failed, cpu, busy in results:
        q = statistics.quantiles(timings, n=100)
        print(f"{name:10} {path:20} {len(timings)} requests: {len(timings) / elapsed:4.0f} req/s, "
              f"p50 {q[49]:6.1f} ms, p95 {q[94]:6.1f} ms, max {max(timings):6.1f} ms, "
              f"server CPU {cpu * 1000 / len(timings):4.1f} ms/request, load average {busy:.1f}"
              + (f", {failed} not 200" if failed else ""))
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
