"""Throughput of quotegraph extraction, per mode, against a bare ``nlp.pipe`` of the stock
spaCy pipeline.

The baseline is ``spacy.load(MODEL)`` as the model ships; quotegraph's own pipeline
(``load_pipeline``: the same model with its attribute ruler and lemmatizer applied by table and
two components of its own) is timed bare beside it, for reference. Every run sees the same full article texts (PolNeAR dev by default) and uses the same number
of parser processes. The spaCy model and each mode's model are loaded once, before any timing;
each method gets one untimed warm-up pass, then ``--repeat`` timed passes, interleaved so that
drift hits all alike. With ``--processes`` > 1, worker start-up is inside the timed region.
Accurate mode runs the span tagger (onnxruntime, its own threads) besides the parse.

Beside extraction it times the sentence embeddings that ingest stores for each quote (the
shipped all-MiniLM-L6-v2 embedder, onnxruntime): ``Embedder.embed`` over each article's
attribution contents, one call per article, in articles/s over the same articles (the
contents from the first mode's warm-up pass; the embedder loaded and warmed before timing).

    python benchmarks/throughput.py --processes 1 --repeat 2 --mode accurate --mode fast
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from quotegraph.corpus.embed import Embedder
import spacy

from quotegraph.model import MODES
from quotegraph.nlp import MODEL, load_pipeline
from quotegraph.pipeline import Extractor, Settings

DEFAULT_DATA = Path(__file__).resolve().parent.parent / ".." / "shared" / "data" / "polnear" / "dev" / "text"
# The least share of bare spaCy's rate each mode should keep (issue 13).
TARGETS = {"accurate": 0.5, "fast": 0.9, "rules": 0.9}


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


def run_embedder(embedder: Embedder, contents: list[list[str]], _processes: int) -> int:
    """Embeds each article's attribution contents, one call per article, as ingest stores them."""
    for texts in contents:
        if texts:
            embedder.embed(texts)
    return len(contents)


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
    parser.add_argument("--mode", dest="modes", action="append", choices=MODES,
                        help="extraction mode to time (repeatable; default: accurate and fast)")
    args = parser.parse_args()
    modes = args.modes or ["accurate", "fast"]

    items = load_texts(args.data.resolve())
    chars = sum(len(text) for _, text in items)
    # Loaded here, outside every timed region; the extractors share the cached pipeline.
    stock = spacy.load(MODEL)
    nlp = load_pipeline()
    extractors = {mode: Extractor(Settings(mode=mode), nlp=nlp) for mode in modes}

    # Warm-up: one untimed pass each (lazy initialisation, caches, page cache).
    # The first mode's pass also gives each article's attribution contents to embed.
    run_spacy(stock, items, args.processes)
    run_spacy(nlp, items, args.processes)
    contents = [[a.content.text for a in extraction.attributions]
                for extraction in extractors[modes[0]].extract_many(items, n_process=args.processes)]
    for extractor in list(extractors.values())[1:]:
        run_quotegraph(extractor, items, args.processes)
    embedder = Embedder.load()
    run_embedder(embedder, contents, args.processes)

    times: dict[str, list[float]] = {"spacy": [], "pipeline": [], **{mode: [] for mode in modes},
                                     "embed": []}
    for _ in range(args.repeat):
        times["spacy"].append(timed(run_spacy, stock, items, args.processes))
        times["pipeline"].append(timed(run_spacy, nlp, items, args.processes))
        for mode, extractor in extractors.items():
            times[mode].append(timed(run_quotegraph, extractor, items, args.processes))
        times["embed"].append(timed(run_embedder, embedder, contents, args.processes))

    quotes = sum(len(texts) for texts in contents)
    print(f"{len(items)} articles, {chars:,} characters, {quotes:,} attributions embedded,"
          f" {args.data.resolve()}")
    print(f"processes={args.processes} repeat={args.repeat} (articles/s: best / median)")
    rates = {}
    for name in times:
        label = {"spacy": "bare spaCy nlp.pipe", "pipeline": "quotegraph's pipeline bare",
                 "embed": "embeddings (contents)"}.get(
            name, f"quotegraph --mode {name}")
        best, median = min(times[name]), statistics.median(times[name])
        rates[name] = (len(items) / best, len(items) / median)
        print(f"  {label:<26} {rates[name][0]:8.1f} / {rates[name][1]:8.1f}   "
              f"({best:.2f} s / {median:.2f} s)")
    for mode in modes:
        ratio_best = rates[mode][0] / rates["spacy"][0]
        ratio_median = rates[mode][1] / rates["spacy"][1]
        verdict = "meets" if ratio_median >= TARGETS[mode] else "below"
        print(f"  ratio {mode + '/spaCy':<20} {ratio_best:8.2f} / {ratio_median:8.2f}   "
              f"({verdict} the {TARGETS[mode]}x target, median)")


if __name__ == "__main__":
    main()
