"""Pair precision / recall / F1 of today's verbatim clustering on the statement gold.

Each gold pair's two contents are clustered alone, with the speaker held equal, by
:func:`quotegraph.corpus.clusters.cluster_quotes` (MinHash over 8-word windows, then
partial_ratio >= 85): the pair is "same" when they come out as one cluster.

    PYTHONPATH=src python benchmarks/statements.py [../shared/data/polnear]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from quotegraph.corpus.clusters import QuoteRecord, cluster_quotes
from quotegraph.evaluate.statements import load_statement_gold, pair_scores


def verbatim_same(a: str, b: str) -> bool:
    return bool(cluster_quotes([QuoteRecord("a", a, None, None, "S"),
                                QuoteRecord("b", b, None, None, "S")]))


def gold_texts(pairs, root: str) -> dict[str, str]:
    """The PolNeAR text of every article the pairs name (train or dev, under ``root``)."""
    texts = {}
    for pair in pairs:
        for side in (pair.a, pair.b):
            if side.article not in texts:
                found = next(Path(root).glob(f"*/text/{side.article}.txt"))
                texts[side.article] = found.read_text(encoding="utf-8")
    return texts


def main(root: str = "../shared/data/polnear") -> None:
    pairs = load_statement_gold()
    texts = gold_texts(pairs, root)
    score = pair_scores(pairs, verbatim_same, texts)
    print(f"pairs {len(pairs)}  same {sum(p.same for p in pairs)}  "
          f"relations {dict(Counter(p.relation for p in pairs if p.same))}")
    print(f"verbatim clustering: precision {score.precision:.3f}  recall {score.recall:.3f}  "
          f"F1 {score.f1:.3f}  (tp {score.tp} fp {score.fp} fn {score.fn} tn {score.tn})")
    for relation in ("verbatim", "altered", "paraphrase", "indirect"):
        some = [p for p in pairs if p.relation == relation]
        s = pair_scores(some, verbatim_same, texts)
        print(f"  recall on {relation}: {s.recall:.3f} ({s.tp}/{len(some)})")


if __name__ == "__main__":
    main(*sys.argv[1:])
