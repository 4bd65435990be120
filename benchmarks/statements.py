"""Pair precision / recall / F1 on the statement gold: today's verbatim clustering and the
same-statement pair model, side by side.

Verbatim: each gold pair's two contents are clustered alone, with the speaker held equal, by
:func:`quotegraph.corpus.clusters.cluster_quotes` (MinHash over 8-word windows, then
partial_ratio >= 85): the pair is "same" when they come out as one cluster.
Pair model: :class:`quotegraph.corpus.pairs.PairModel` (``data/statements.json``) on the pair's
features. It was fitted on this gold, so its figures here are on pairs it has seen; its
held-out figures (cross-validated by speaker and week, from ``quotegraph train-statements``) are
printed beside them.

    PYTHONPATH=src python benchmarks/statements.py [../shared/data/polnear]
"""
from __future__ import annotations

import sys
from collections import Counter

from quotegraph.corpus.clusters import QuoteRecord, cluster_quotes
from quotegraph.corpus.pairs import PairModel
from quotegraph.evaluate.statements import RELATIONS, gold_texts, load_statement_gold, pair_scores
from quotegraph.training.statements import gold_features


def verbatim_same(a: str, b: str) -> bool:
    return bool(cluster_quotes([QuoteRecord("a", a, None, None, "S"),
                                QuoteRecord("b", b, None, None, "S")]))


def report(name: str, pairs, same, texts) -> None:
    score = pair_scores(pairs, same, texts)
    print(f"{name}: precision {score.precision:.3f}  recall {score.recall:.3f}  "
          f"F1 {score.f1:.3f}  (tp {score.tp} fp {score.fp} fn {score.fn} tn {score.tn})")
    for relation in RELATIONS:
        some = [p for p in pairs if p.relation == relation]
        s = pair_scores(some, same, texts)
        print(f"  recall on {relation}: {s.recall:.3f} ({s.tp}/{len(some)})")


def main(root: str = "../shared/data/polnear") -> None:
    pairs = load_statement_gold()
    texts = gold_texts(pairs, root)
    print(f"pairs {len(pairs)}  same {sum(p.same for p in pairs)}  "
          f"relations {dict(Counter(p.relation for p in pairs if p.same))}")
    report("verbatim clustering", pairs, verbatim_same, texts)
    model = PairModel.load()
    gold = gold_features(root)
    answers = dict(zip(((p.a.text(texts[p.a.article]), p.b.text(texts[p.b.article])) for p in pairs),
                       model.same(gold.rows)))
    report("pair model, full gold (fitted on it)", pairs, lambda a, b: bool(answers[a, b]), texts)
    held = model.info["held_out"]
    print(f"pair model, held out ({model.info['cross_validation']}): precision "
          f"{held['precision']:.3f}  recall {held['recall']:.3f}  F1 {held['f1']:.3f}  "
          f"(tp {held['tp']} fp {held['fp']} fn {held['fn']} tn {held['tn']})")
    print(f"  best recall of any held-out cut at precision 0.90: "
          f"{model.info['held_out_best_recall_at_precision_0.9']:.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
