"""Throughput of quotegraph extraction against a bare ``nlp.pipe`` of the same spaCy pipeline.

Both runs see the same full article texts (PolNeAR dev by default) and use the same number of
processes.  The spaCy model is loaded once, before any timing; each method gets one untimed
warm-up pass, then ``--repeat`` timed passes, interleaved so that drift hits both alike.
With ``--processes`` > 1, worker start-up is inside the timed region for both methods.

    python benchmarks/throughput.py --processes 2 --repeat 3
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from quotegraph.nlp import load_pipeline
from quotegraph.pipeline import Extractor

DEFAULT_DATA = Path(__file__).resolve().parent.parent / ".." / "shared" / "data" / "polnear" / "dev" / "text"
TARGET = 0.8


def load_texts(directory: Path) -> list[tuple[str, str]]:
    paths = sorted(directory.glob("*.txt"))
    if not paths:
        sys.exit(f"error: no *.txt files in {directory}")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def run_spacy(nlp, items, processes: int) -> int:
    count = 0
    for _ in nlp.pipe((text for _, text in items), n_process=processes):
        count += 1
    return count


def run_quotegraph(extractor: Extractor, items, processes: int) -> int:
    count = 0
    for _ in extractor.extract_many(items, n_process=processes):
        count += 1
    return count


def timed(fn, *args) -> float:
    start = time.perf_counter()
    count = fn(*args)
    elapsed = time.perf_counter() - start
    assert count == len(args[1]), (count, len(args[1]))
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="directory of *.txt articles (default: PolNeAR dev text)")
    parser.add_argument("--processes", "-p", type=int, default=1)
    parser.add_argument("--repeat", "-r", type=int, default=3)
    args = parser.parse_args()

    items = load_texts(args.data.resolve())
    chars = sum(len(text) for _, text in items)
    # Loaded here, outside every timed region; Extractor reuses the same cached pipeline.
    nlp = load_pipeline()
    extractor = Extractor(nlp=nlp)

    # Warm-up: one untimed pass each (lazy initialisation, caches, page cache).
    run_spacy(nlp, items, args.processes)
    run_quotegraph(extractor, items, args.processes)

    times: dict[str, list[float]] = {"spacy": [], "quotegraph": []}
    for _ in range(args.repeat):
        times["spacy"].append(timed(run_spacy, nlp, items, args.processes))
        times["quotegraph"].append(timed(run_quotegraph, extractor, items, args.processes))

    print(f"{len(items)} articles, {chars:,} characters, {args.data.resolve()}")
    print(f"processes={args.processes} repeat={args.repeat} (articles/s: best / median)")
    rates = {}
    for name, label in (("spacy", "bare spaCy nlp.pipe"), ("quotegraph", "quotegraph extract_many")):
        best, median = min(times[name]), statistics.median(times[name])
        rates[name] = (len(items) / best, len(items) / median)
        print(f"  {label:<24} {rates[name][0]:8.1f} / {rates[name][1]:8.1f}   "
              f"({best:.2f} s / {median:.2f} s)")
    ratio_best = rates["quotegraph"][0] / rates["spacy"][0]
    ratio_median = rates["quotegraph"][1] / rates["spacy"][1]
    verdict = "meets" if ratio_median >= TARGET else "below"
    print(f"  ratio quotegraph/spaCy   {ratio_best:8.2f} / {ratio_median:8.2f}   "
          f"({verdict} the {TARGET}x target, median)")


if __name__ == "__main__":
    main()
