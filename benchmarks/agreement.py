"""Human agreement against the system's, on every article that several people annotated.

Pools the multi-annotated articles of several gold directories (PolNeAR train and dev by
default: 18 articles, 5 or 6 annotators each) and prints :func:`quotegraph.evaluate.agreement`:
each annotator against each other one ("humans"), the system against each annotator.
Usage: ``python benchmarks/agreement.py [--data DIR ...] [--mode accurate|fast|rules]``.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from quotegraph import Extractor, Settings
from quotegraph.model import MODES
from quotegraph.evaluate import agreement, load_gold
from quotegraph.evaluate.metrics import METRICS

POLNEAR = Path(__file__).resolve().parents[2] / "shared/data/polnear"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+", default=[str(POLNEAR / "train"), str(POLNEAR / "dev")])
    parser.add_argument("--mode", choices=MODES, default="accurate", help="extraction mode")
    args = parser.parse_args()
    articles = [a for d in args.data for a in load_gold(d) if a.other_annotators]
    extractor = Extractor(Settings(mode=args.mode))
    predicted = [e.attributions for e in extractor.extract_many([(a.name, a.text) for a in articles])]
    result = agreement(articles, predicted)
    if result is None:
        raise SystemExit("no article has more than one annotator file")
    print(f"{sum(1 + len(a.other_annotators) for a in articles)} annotator files; "
          + result.title())
    print(f"{'':8}" + "".join(f" | {m.replace('_', ' '):<20}" for m in METRICS))
    for label, _, _, cells in result.rows():
        print(f"{label:8}" + "".join(f" | {cells[i]:>6} {cells[i + 1]:>6} {cells[i + 2]:>6}"
                                     for i in range(0, len(cells), 3)))

if __name__ == "__main__":
    main()
