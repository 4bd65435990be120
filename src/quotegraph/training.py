"""Training the candidate scorer on PolNeAR (``quotegraph train``, ``make train``).

Deterministic: the spaCy parse, the candidate rules and lbfgs logistic regression involve no
randomness, so the same data gives the same weights. Needs scikit-learn
(``pip install -e '.[train]'``).
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

from quotegraph.attributions import find_attributions
from quotegraph.attributions.scorer import CandidateScorer, features, fit, is_scored, label
from quotegraph.evaluate import GoldArticle, load_gold, score_article
from quotegraph.evaluate.metrics import EvalReport, WordTokens
from quotegraph.pipeline import Extractor, Settings

THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(9))   # 0.2 .. 0.6


def labelled(extractor: Extractor, articles: list[GoldArticle], n_process: int = 1,
             propose: bool = True):
    """(candidate, features, is-right) on the gold articles: every candidate the rules
    propose (``propose``), or those ``extractor`` keeps after scoring."""
    parsed = extractor.parse_many(((a.name, a.text) for a in articles), n_process)
    for gold, (article, windows) in zip(articles, parsed):
        tokens = WordTokens(gold.text)
        for window, docs in windows:
            candidates = (find_attributions(window, docs, extractor.lexicon) if propose
                          else extractor.candidates(window, docs))
            for c in candidates:
                yield (c, features(c, window.section_at(c.start), gold.text, extractor.lexicon),
                       label(c, gold.attributions, tokens))


def train_scorer(train_dir: str | Path, dev_dir: Optional[str | Path] = None, n_process: int = 1,
                 limit: Optional[int] = None) -> dict:
    """Fit the scorer on ``train_dir``; tune its threshold on ``dev_dir`` (attribution F1).

    Then, with the fitted scorer at that threshold, the candidates the model does not score
    get as confidence the share of them that were right on ``train_dir``, per construction
    (``rule_confidence``). Returns the JSON object of ``scorer.json``, with the dev scores.
    """
    proposer = Extractor(Settings(model=False, min_precision=0.0))
    train = load_gold(train_dir)[:limit]
    weights, bias = fit((feats, ok) for c, feats, ok in labelled(proposer, train, n_process)
                        if is_scored(c))
    scorer = CandidateScorer(weights, bias)
    result = {"trained_on": str(train_dir), "articles": len(train), "threshold": 0.5,
              "bias": round(bias, 6), "weights": dict(sorted(weights.items()))}
    if dev_dir is not None:
        scores = tune_threshold(scorer, load_gold(dev_dir), proposer, n_process)
        best = max(scores, key=lambda t: (scores[t]["attribution"]["f1"], -t))
        result["threshold"] = scorer.threshold = best
        result["dev"] = {m: round(scores[best][m]["f1"], 4)
                         for m in ("attribution", "content_overlap", "content_tokens")}
    by_frame = defaultdict(lambda: [0, 0])
    scored = Extractor(Settings(model=True), nlp=proposer.nlp, lexicon=proposer.lexicon, scorer=scorer)
    for c, _, ok in labelled(scored, train, n_process, propose=False):
        if not is_scored(c):
            by_frame[c.frame][0] += ok
            by_frame[c.frame][1] += 1
    result["rule_confidence"] = {frame: round((hits + 1) / (total + 2), 4)
                                 for frame, (hits, total) in sorted(by_frame.items())}
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
