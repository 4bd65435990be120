"""Speakers on the probe rounds: whole articles written to test who said what (issue 13).

Each round (``benchmarks/probes/round-*``: articles and ``gold.jsonl``, rules in
docs/speaker-probes.md) is scored by :mod:`quotegraph.evaluate.probes`: of every listed
statement, whether the innermost attribution holding it has the right speaker, another one,
none, or whether no attribution holds it.
Usage: ``python benchmarks/speaker_probes.py [ROUND_DIR ...] [--mode accurate --mode fast] [--every N]
[--errors] [-p N]``;
each article is parsed once for all the modes asked for. ``--every 4`` scores the first round and
every fourth after it, the sample ``make test`` checks (tests/test_eval_probes.py).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from quotegraph import Extractor, Settings
from quotegraph.evaluate.probes import VERDICTS, score_rounds, verdicts
from quotegraph.model import MODES
from quotegraph.pipeline import extract_modes

PROBES = Path(__file__).resolve().parent / "probes"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rounds", nargs="*", default=sorted(str(p) for p in PROBES.glob("round-*")))
    parser.add_argument("--mode", dest="modes", action="append", choices=MODES,
                        help="extraction mode (repeatable; default: accurate and fast)")
    parser.add_argument("--every", type=int, default=1, metavar="N",
                        help="score the first round and every Nth after it (3: the sample make test checks)")
    parser.add_argument("--errors", action="store_true", help="list every statement not right")
    parser.add_argument("--processes", "-p", type=int, default=1, help="parser processes")
    args = parser.parse_args()
    modes = list(dict.fromkeys(args.modes or ["accurate", "fast"]))
    # (one pipeline, loaded once per process: each article parsed once for every mode)
    extractors = [Extractor(Settings(mode=mode)) for mode in modes]
    scored = score_rounds(args.rounds[::args.every],
                          lambda items: extract_modes(extractors, items, n_process=args.processes))
    print(f"{'mode':<9} {'round':<14} " + " ".join(f"{v:>10}" for v in VERDICTS) + f" {'listed':>7}")
    for mode, rounds in zip(modes, scored):
        total = verdicts([])
        for name, results in rounds.items():
            counts = verdicts(results)
            total.update(counts)
            print(f"{mode:<9} {name:<14} " + " ".join(f"{counts[v]:>10}" for v in VERDICTS)
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
