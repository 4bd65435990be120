"""CPU time of the web app's search requests, in process: ``/api/search`` and the search page
``/`` over the query sets of ``benchmarks/serve.py`` on its 100,000-attribution db, the app
called as an ASGI application (routing, validation, search, rendering, the response; no HTTP).

Each run makes a fresh app (nothing remembered) and, as ``serve.py --queries 1100`` does, warms
it up on the last 100 sets (its search index built then), then times the first 1,000 once each;
``--repeat`` (3) runs per path, CPU milliseconds per request of each and the least. The pages' difference from ``/api/search`` is what rendering
them costs. With ``PYTHONPATH`` set to an older checkout, the same command times that version::

    python benchmarks/app_cpu.py --db DB
    PYTHONPATH=../old/src python benchmarks/app_cpu.py --db DB
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve import PATHS, grown_db, queries  # noqa: E402

from quotegraph.serve import create_app  # noqa: E402


async def get(app, path: str, params: dict) -> None:
    """``GET path?params`` from ``app``, its response read and dropped; it must answer 200."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": path, "raw_path": path.encode(), "root_path": "",
             "query_string": urlencode(params).encode(), "headers": [(b"host", b"127.0.0.1")],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 8000)}
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)
    await app(scope, receive, send)
    if sent[0]["status"] != 200:
        raise SystemExit(f"error: {path} answered {sent[0]['status']} to {params}")


async def timed(db: Path, path: str, sets: list[dict]) -> float:
    """CPU milliseconds per request of a fresh app answering all but the last 100 ``sets`` at
    ``path``, after the last 100."""
    app = create_app(db)
    for params in sets[-100:]:
        await get(app, path, params)
    started = time.process_time()
    for params in sets[:-100]:
        await get(app, path, params)
    return (time.process_time() - started) * 1000 / (len(sets) - 100)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a db grown to --rows already (default: built as serve.py builds it)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1100, help="query sets, the last 100 the warm-up")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with grown_db(args.db, args.rows) as db:
        sets = queries(db, args.queries)
        for path in PATHS["quotegraph"]:
            runs = [asyncio.run(timed(db, path, sets)) for _ in range(args.repeat)]
            print(f"{path:12} {len(sets) - 100} sets: CPU {' '.join(f'{ms:.2f}' for ms in runs)}"
                  f" ms/request, least {min(runs):.2f}")


if __name__ == "__main__":
    main()
