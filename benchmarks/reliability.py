"""Reliability of ``confidence``: bins of predicted confidence vs observed precision on dev.

An attribution counts as right when ``quotegraph eval`` matches it to a gold attribution in
content and source (:meth:`quotegraph.evaluate.EvalRun.reliability`).
Usage: ``python benchmarks/reliability.py [--data DIR] [--mode accurate|fast|rules]``.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from quotegraph import Extractor, Settings
from quotegraph.model import MODES
from quotegraph.evaluate import evaluate_run

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared/data/polnear/dev"))
    parser.add_argument("--mode", choices=MODES, default="accurate", help="extraction mode")
    args = parser.parse_args()
    extractor = Extractor(Settings(mode=args.mode))
    run = evaluate_run(args.data, extractor.extract_many)
    print(f"{'confidence':<12} {'n':>5} {'mean conf':>10} {'precision':>10}")
    for b in run.reliability():
        print(f"{b.low:.1f}-{b.high:.1f}{'':<5} {b.count:>5} {b.mean_confidence:>10.2f} {b.precision:>10.2f}")
    judged = run.judged()
    for kind in ("direct", "mixed", "indirect"):
        inside = [(a.confidence, right) for a, right in judged if a.kind == kind]
        print(f"{kind:<12} {len(inside):>5} {sum(c for c, _ in inside) / len(inside):>10.2f} "
              f"{sum(right for _, right in inside) / len(inside):>10.2f}")
    print(f"expected calibration error: {run.calibration_error():.3f}")


if __name__ == "__main__":
    main()
