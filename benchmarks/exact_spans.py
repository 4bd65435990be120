"""Exact-span F1 of source, cue and content, overall and by kind, per extraction mode.

The measure the CofeNet paper and the tagger issue quote for PolNeAR: a predicted span counts
only when a gold attribution has that role on exactly the same words
(:func:`quotegraph.evaluate.metrics.exact_spans`).
Usage: ``python benchmarks/exact_spans.py [--data DIR] [--mode accurate --mode fast]``.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from quotegraph import Extractor, Settings
from quotegraph.evaluate import evaluate_run
from quotegraph.evaluate.metrics import ROLES, SLICES, Score, exact_spans
from quotegraph.model import MODES

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared/data/polnear/dev"))
    parser.add_argument("--mode", dest="modes", action="append", choices=MODES,
                        help="extraction mode (repeatable; default: accurate and fast)")
    args = parser.parse_args()
    nlp = None
    print(f"{'mode':<9} {'role':<8} " + " ".join(f"{s:>20}" for s in SLICES) + "   (P / R / F1, %)")
    for mode in args.modes or ["accurate", "fast"]:
        extractor = Extractor(Settings(mode=mode), nlp=nlp)
        nlp = extractor.nlp
        run = evaluate_run(args.data, extractor.extract_many)
        totals = {role: {s: Score() for s in SLICES} for role in ROLES}
        for gold, extraction in zip(run.gold, run.extractions):
            for role, scores in exact_spans(gold, extraction.attributions).items():
                for s, score in scores.items():
                    totals[role][s] += score
        for role in ROLES:
            cells = [f"{100 * t.precision:5.1f} {100 * t.recall:5.1f} {100 * t.f1:5.1f}"
                     for t in totals[role].values()]
            print(f"{mode:<9} {role:<8} " + " ".join(f"{c:>20}" for c in cells))


if __name__ == "__main__":
    main()
