"""Training the candidate scorer on PolNeAR (``quotegraph train``, ``make train``).

Deterministic: the spaCy parse, the candidate rules and lbfgs logistic regression involve no
randomness, so the same data gives the same weights. Needs scikit-learn
(``pip install -e '.[train]'``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from quotegraph.attributions import find_attributions
from quotegraph.attributions.scorer import CandidateScorer, features, fit, is_scored, label
from quotegraph.evaluate import GoldArticle, load_gold, score_article
from quotegraph.evaluate.metrics import EvalReport, WordTokens
from quotegraph.pipeline import Extractor, Settings

THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(9))   # 0.2 .. 0.6


def candidate_rows(extractor: Extractor, articles: list[GoldArticle], n_process: int = 1):
    """(features, is-right) for every cue-frame candidate proposed on the gold articles."""
    parsed = extractor.parse_many(((a.name, a.text) for a in articles), n_process)
    for gold, (article, windows) in zip(articles, parsed):
        tokens = WordTokens(gold.text)
        for window, docs in windows:
            for c in filter(is_scored, find_attributions(window, docs, extractor.lexicon)):
                yield (features(c, window.section_at(c.start), gold.text, extractor.lexicon),
                       label(c, gold.text, gold.attributions, tokens))


def train_scorer(train_dir: str | Path, dev_dir: Optional[str | Path] = None, n_process: int = 1,
                 limit: Optional[int] = None) -> dict:
    """Fit the scorer on ``train_dir``; tune its threshold on ``dev_dir`` (attribution F1).

    Returns the JSON object of ``scorer.json``, with the dev scores at the chosen threshold.
    """
    proposer = Extractor(Settings(model=False, min_precision=0.0))
    train = load_gold(train_dir)[:limit]
    weights, bias = fit(candidate_rows(proposer, train, n_process))
    scorer = CandidateScorer(weights, bias)
    result = {"trained_on": str(train_dir), "articles": len(train), "threshold": 0.5,
              "bias": round(bias, 6), "weights": dict(sorted(weights.items()))}
    if dev_dir is not None:
        scores = tune_threshold(scorer, load_gold(dev_dir), proposer, n_process)
        best = max(scores, key=lambda t: (scores[t]["attribution"]["f1"], -t))
        result["threshold"] = best
        result["dev"] = {m: round(scores[best][m]["f1"], 4)
                         for m in ("attribution", "content_overlap", "content_tokens")}
    return result


def tune_threshold(scorer: CandidateScorer, dev: list[GoldArticle], proposer: Extractor,
                   n_process: int = 1, thresholds: Iterable[float] = THRESHOLDS) -> dict:
    """Dev scores (``EvalReport.to_dict()``) at each threshold; the dev set is parsed once."""
    parsed = [(article, list(windows)) for article, windows
              in proposer.parse_many(((a.name, a.text) for a in dev), n_process)]
    scored = Extractor(Settings(model=True), nlp=proposer.nlp, lexicon=proposer.lexicon, scorer=scorer)
    results = {}
    for t in thresholds:
        scorer.threshold = t
        report = EvalReport([score_article(g, scored.assemble(*windows[0]).attributions)
                             for g, (_, windows) in zip(dev, parsed)], [])
        results[t] = report.to_dict()
    return results
