"""Reliability of ``confidence``: bins of predicted confidence vs observed precision on dev.

An attribution counts as right when ``quotegraph eval`` matches it to a gold attribution in
content and source. Usage: ``python benchmarks/reliability.py [--data DIR] [--rules]``.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from quotegraph import Extractor, Settings
from quotegraph.evaluate import load_gold, score_article

ROOT = Path(__file__).resolve().parents[1]
BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared/data/polnear/dev"))
    parser.add_argument("--rules", action="store_true", help="rules alone, no trained scorer")
    args = parser.parse_args()
    gold = load_gold(args.data)
    extractor = Extractor(Settings(model=not args.rules))
    rows = []   # (confidence, right, kind)
    for g, result in zip(gold, extractor.extract_many((a.name, a.text) for a in gold)):
        wrong = {id(e.predicted) for e in score_article(g, result.attributions).errors
                 if e.type in ("false_alarm", "source_mismatch")}
        rows += [(a.confidence, id(a) not in wrong, a.kind) for a in result.attributions]
    print(f"{'confidence':<12} {'n':>5} {'mean conf':>10} {'precision':>10}")
    for lo, hi in zip(BINS, BINS[1:]):
        inside = [(c, ok) for c, ok, _ in rows if lo <= c < hi]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            precision = sum(ok for _, ok in inside) / len(inside)
            print(f"{lo:.1f}-{min(hi, 1.0):.1f}{'':<5} {len(inside):>5} {mean:>10.2f} {precision:>10.2f}")
    for kind in ("direct", "mixed", "indirect"):
        inside = [(c, ok) for c, ok, k in rows if k == kind]
        print(f"{kind:<12} {len(inside):>5} {sum(c for c, _ in inside) / len(inside):>10.2f} "
              f"{sum(ok for _, ok in inside) / len(inside):>10.2f}")


if __name__ == "__main__":
    main()
