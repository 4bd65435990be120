"""CPU time of one search, in process, by kind of query, over the query sets of
``benchmarks/serve.py`` on its 100,000-attribution db; and every result, to compare versions.

CPU time (``time.process_time``) rather than wall time, so that other jobs on the machine
change it little; each set is searched ``--repeat`` (3) times and the least kept. Searches use
a :class:`quotegraph.store.SearchIndex` kept between them, as the web app's workers do
(``--no-index``: none, as the CLI searches; a version older than the index has none either).
The kinds: a speaker filter, else an outlet filter, else plain words; each ``-capped`` when
over 2,000 matches.

``--dump FILE`` writes, for every set, pages 1, 2, 7 and 101, every tenth set also with a
date or confidence filter, and every 25th without words (pages 1 and 3, and filtered) as JSON;
``--compare OLD NEW`` counts the entries that differ between two dumps and prints the first.
With ``PYTHONPATH`` set to an older checkout, the same command times and dumps that version::

    python benchmarks/search_cpu.py --db DB --dump new.json
    PYTHONPATH=../old/src python benchmarks/search_cpu.py --db DB --dump old.json
    python benchmarks/search_cpu.py --compare old.json new.json
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve import grown_db, queries  # noqa: E402

from quotegraph.store import Filters, query, readonly_uri, search  # noqa: E402

VARIANTS = ({"since": "2016-01-01"}, {"until": "2016-06-30"}, {"min_confidence": 0.7})


def searcher(db: Path, with_index: bool):
    """A function of (query set, page, extra filters) that searches ``db`` as the web app's
    read-only connections do."""
    conn = sqlite3.connect(readonly_uri(db), uri=True)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA mmap_size=1073741824")
    index = [query.SearchIndex(conn)] if with_index and hasattr(query, "SearchIndex") else []

    def run(params: dict, page: int = 1, **extra) -> dict:
        filters = Filters(speaker=params.get("speaker"), outlet=params.get("outlet"), **extra)
        return search(conn, params["q"], filters, 20, (page - 1) * 20, *index)
    return run


def timed(run, sets: list[dict], repeat: int) -> dict[str, list[float]]:
    """Each set's least CPU milliseconds over ``repeat`` searches, by kind."""
    by_kind = defaultdict(list)
    for params in sets[:50]:     # warm-up
        run(params)
    for params in sets:
        best = float("inf")
        for _ in range(repeat):
            started = time.process_time()
            found = run(params)
            best = min(best, (time.process_time() - started) * 1000)
        kind = "speaker" if "speaker" in params else "outlet" if "outlet" in params else "plain"
        by_kind[kind + ("-capped" if found["total_capped"] else "")].append(best)
        by_kind["all"].append(best)
    return by_kind


def dump(run, sets: list[dict]) -> list:
    entries = []
    for n, params in enumerate(sets):
        entries += [[params, page, run(params, page)] for page in (1, 2, 7, 101)]
        if n % 10 == 0:
            entries += [[params, extra, run(params, **extra)] for extra in VARIANTS]
        if n % 25 == 0:
            blank = {**params, "q": ""}
            entries += [[blank, page, run(blank, page)] for page in (1, 3)]
            entries += [[blank, extra, run(blank, **extra)] for extra in VARIANTS]
    return entries


def compare(old: Path, new: Path) -> None:
    before, after = (json.loads(p.read_text(encoding="utf-8")) for p in (old, new))
    if len(before) != len(after):
        raise SystemExit(f"error: {old} has {len(before)} entries and {new} {len(after)}; dump both"
                         " from the same db and query sets")
    differ = [(b, a) for b, a in zip(before, after) if b != a]
    print(f"{len(before)} entries, {len(differ)} differ")
    for b, a in differ[:1]:
        print(f"first: {b[0]} {b[1]}: keys {sorted(k for k in b[2] if b[2][k] != a[2][k])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a db grown to --rows already (default: built as serve.py builds it)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-index", action="store_true", help="search without a kept SearchIndex")
    parser.add_argument("--dump", type=Path, help="write every result here as JSON")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    with grown_db(args.db, args.rows) as db:
        sets = queries(db, args.queries)
        run = searcher(db, not args.no_index)
        for kind, ms in sorted(timed(run, sets, args.repeat).items()):
            print(f"{kind:14} {len(ms):5} sets: mean {statistics.mean(ms):6.2f} ms, median "
                  f"{statistics.median(ms):6.2f} ms, total {sum(ms) / 1000:5.2f} s")
        if args.dump:
            args.dump.write_text(json.dumps(dump(run, sets), ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
