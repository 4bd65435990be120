"""Speakers on the probe rounds: whole articles written to test who said what (issue 13).

Each round (``benchmarks/probes/round-*``: articles and ``gold.jsonl``, rules in
docs/speaker-probes.md) is scored by :mod:`quotegraph.evaluate.probes`: of every listed
statement, whether the innermost attribution holding it has the right speaker, another one,
none, or whether no attribution holds it.
Usage: ``python benchmarks/speaker_probes.py [ROUND_DIR ...] [--mode accurate --mode fast] [--errors]``.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from quotegraph import Extractor, Settings
from quotegraph.evaluate.probes import VERDICTS, score_probes, verdicts
from quotegraph.pipeline import MODES

PROBES = Path(__file__).resolve().parent / "probes"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*", default=sorted(str(p) for p in PROBES.glob("round-*")))
    parser.add_argument("--mode", dest="modes", action="append", choices=MODES,
                        help="extraction mode (repeatable; default: accurate and fast)")
    parser.add_argument("--errors", action="store_true", help="list every statement not right")
    args = parser.parse_args()
    nlp = None
    print(f"{'mode':<9} {'round':<14} " + " ".join(f"{v:>10}" for v in VERDICTS) + f" {'listed':>7}")
    for mode in args.modes or ["accurate", "fast"]:
        extractor = Extractor(Settings(mode=mode), nlp=nlp)
        nlp = extractor.nlp
        total = verdicts([])
        for folder in args.rounds:
            results = score_probes(folder, extractor.extract_many)
            counts = verdicts(results)
            total.update(counts)
            print(f"{mode:<9} {Path(folder).name:<14} " + " ".join(f"{counts[v]:>10}" for v in VERDICTS)
                  + f" {len(results):>7}")
            for r in results if args.errors else ():
                if r.verdict != "right":
                    source = r.attribution.source.text if r.attribution and r.attribution.source else None
                    got = r.attribution.speaker if r.attribution else None
                    print(f"    {r.verdict:<10} {r.gold.file}: {r.gold.quote[:50]!r} gold {r.gold.speaker!r}, "
                          f"got {got!r} (source {source!r})")
        print(f"{mode:<9} {'all':<14} " + " ".join(f"{total[v]:>10}" for v in VERDICTS)
              + f" {sum(total.values()):>7}")


if __name__ == "__main__":
    main()
