"""Training the candidate scorer and source ranker on PolNeAR (``quotegraph train``,
``make train``).

Deterministic: the spaCy parse, the candidate rules and lbfgs logistic regression involve no
randomness, so the same data gives the same weights. Needs scikit-learn
(``pip install -e '.[train]'``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from spacy.tokens import Doc

from quotegraph.attributions import Candidate, find_attributions
from quotegraph.attributions.registry import CONSTRUCTIONS
from quotegraph.attributions.scorer import (CandidateScorer, containers_of, cue_paragraph, features,
                                            has_learned_source, is_scored)
from quotegraph.attributions.sources import SourceRanker, option_features, source_options
from quotegraph.evaluate import GoldArticle, GoldAttribution, load_gold, score_article
from quotegraph.evaluate.metrics import EvalReport
from quotegraph.pipeline import Extractor, Settings
from quotegraph.text import WordTokens, jaccard

THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(9))   # 0.2 .. 0.6
# How many examples of the pooled rate of all rule-made constructions a construction's own
# share of right ones is smoothed with.
RULE_PRIOR = 4


def candidates_of(extractor: Extractor, articles: list[GoldArticle], n_process: int = 1,
                  propose: bool = True):
    """Per window of each gold article: ``(gold, window, docs, tokens, candidates)``, with
    every candidate the rules propose (``propose``), or those ``extractor`` keeps."""
    parsed = extractor.parse_many(((a.name, a.text) for a in articles), n_process)
    for gold, (article, windows) in zip(articles, parsed):
        tokens = WordTokens(gold.text)
        for window, docs in windows:
            yield gold, window, docs, tokens, (find_attributions(window, docs, extractor.lexicon)
                                               if propose else extractor.candidates(window, docs))


def cue_match(candidate: Candidate, gold, tokens: WordTokens):
    """The first gold attribution that ``candidate`` matches in content and cue, or None.
    Whether there is one is what the scorer learns (the source is the ranker's business);
    its source is what the ranker learns."""
    content = tokens.of(candidate.spans)
    cue = tokens.of([candidate.cue]) if candidate.cue else frozenset()
    return next((g for g in gold if cue & tokens.of(g.cue)
                 and jaccard(content, tokens.of(g.content)) >= 0.5), None)


def label(candidate: Candidate, gold, tokens: WordTokens) -> bool:
    """Whether a candidate matches some gold attribution in content and source, as
    ``quotegraph eval`` counts it."""
    content = tokens.of(candidate.spans)
    source = tokens.of([candidate.source]) if candidate.source else frozenset()
    for g in gold:
        if jaccard(content, tokens.of(g.content)) >= 0.5:
            gold_source = tokens.of(g.source)
            if (not gold_source and not source) or (gold_source & source):
                return True
    return False


def source_rows(c: Candidate, match: GoldAttribution, tokens: WordTokens, doc: Doc, offset: int):
    """(features, is-the-gold-source) of every possible source of ``c``, whose cue and
    content are those of the gold attribution ``match``.

    The right option is the one headed by the head of the gold source phrase: PolNeAR marks
    ``David Wasserman, House editor for the Cook Political Report`` whole, and ``the Cook
    Political Report`` inside it is not who spoke. Where the parse gives no option headed
    there, any option sharing a word with the gold source is right.
    """
    options = source_options(c, doc, offset)
    if not match.source:
        return [(option_features(c, *option), option[0] is None) for option in options]

    def inside(token) -> bool:
        return any(start <= offset + token.idx < end for start, end in match.source)

    right = [head is not None and inside(head) and (head.head.i == head.i or not inside(head.head))
             for head, _ in options]
    if not any(right):
        gold_source = tokens.of(match.source)
        right = [mention is not None and bool(gold_source & tokens.of(
            [(offset + mention.start_char, offset + mention.end_char)])) for _, mention in options]
    return [(option_features(c, *option), ok) for option, ok in zip(options, right)]


def fit(rows: Iterable[tuple[list[str], bool]], c: float = 0.5) -> tuple[dict[str, float], float]:
    """Logistic regression (scikit-learn, L2) over feature lists; returns weights and bias."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = list(rows)
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([{f: 1.0 for f in feats} for feats, _ in rows])
    y = [int(ok) for _, ok in rows]
    model = LogisticRegression(C=c, max_iter=2000, solver="lbfgs")
    model.fit(x, y)
    weights = {name: round(float(w), 6) for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])
               if abs(w) > 1e-6}
    return weights, float(model.intercept_[0])


def train_scorer(train_dir: str | Path, dev_dir: Optional[str | Path] = None, n_process: int = 1,
                 limit: Optional[int] = None) -> dict:
    """Fit the scorer and the source ranker on ``train_dir``; tune the scorer's threshold on
    ``dev_dir`` (attribution F1).

    Then, with both at that threshold, the candidates the model does not score get as
    confidence the share of them that were right on ``train_dir``, per construction
    (``rule_confidence``). Returns the JSON object of ``scorer.json``, with the dev scores.
    """
    proposer = Extractor(Settings(mode="rules", min_precision=0.0))
    train = load_gold(train_dir)[:limit]
    scored_rows, ranked_rows = [], []
    for gold, window, docs, tokens, candidates in candidates_of(proposer, train, n_process):
        offsets = [p.start for p in window.paragraphs]
        for c, outer in zip(candidates, containers_of(candidates)):
            scored, ranked = is_scored(c), has_learned_source(c)
            if not (scored or ranked):
                continue
            match = cue_match(c, gold.attributions, tokens)
            if scored:
                scored_rows.append((features(c, window.section_at(c.start), gold.text, proposer.lexicon,
                                             outer), match is not None))
            if ranked and match is not None:
                at = cue_paragraph(c, offsets)
                ranked_rows += source_rows(c, match, tokens, docs[at], offsets[at])
    weights, bias = fit(scored_rows)
    source_weights, _ = fit(ranked_rows, c=1.0)
    scorer = CandidateScorer(weights, bias, sources=SourceRanker(source_weights))
    result = {"trained_on": str(train_dir), "articles": len(train), "threshold": 0.5,
              "bias": round(bias, 6), "weights": dict(sorted(weights.items())),
              "sources": dict(sorted(source_weights.items()))}
    if dev_dir is not None:
        scores = tune_threshold(scorer, load_gold(dev_dir), proposer, n_process)
        best = max(scores, key=lambda t: (scores[t]["attribution"]["f1"], -t))
        result["threshold"] = scorer.threshold = best
        result["dev"] = {m: round(scores[best][m]["f1"], 4)
                         for m in ("attribution", "content_overlap", "content_tokens")}
    # Every construction decided by rule gets a confidence, one never seen the pooled rate.
    by_construction = {c.id: [0, 0] for c in CONSTRUCTIONS.values() if c.rule_confidence}
    scored = Extractor(Settings(mode="fast"), nlp=proposer.nlp, lexicon=proposer.lexicon, scorer=scorer)
    for gold, _, _, tokens, candidates in candidates_of(scored, train, n_process, propose=False):
        for c in candidates:
            if not is_scored(c):
                by_construction[c.construction][0] += label(c, gold.attributions, tokens)
                by_construction[c.construction][1] += 1
    # A construction seen a few times only takes the rate of all of them, not a coin's: the
    # dash sign-off style is 0 of 1 in train and 22 of 22 in dev.
    pooled = ((sum(h for h, _ in by_construction.values()) + 1)
              / (sum(t for _, t in by_construction.values()) + 2))
    result["rule_confidence"] = {
        construction: round((hits + RULE_PRIOR * pooled) / (total + RULE_PRIOR), 4)
        for construction, (hits, total) in sorted(by_construction.items())}
    return result


def tune_threshold(scorer: CandidateScorer, dev: list[GoldArticle], proposer: Extractor,
                   n_process: int = 1, thresholds: Iterable[float] = THRESHOLDS) -> dict:
    """Dev scores (``EvalReport.to_dict()``) at each threshold; the dev set is parsed once."""
    parsed = [(article, list(windows)) for article, windows
              in proposer.parse_many(((a.name, a.text) for a in dev), n_process)]
    scored = Extractor(Settings(mode="fast"), nlp=proposer.nlp, lexicon=proposer.lexicon, scorer=scorer)
    results = {}
    for t in thresholds:
        scorer.threshold = t
        report = EvalReport([score_article(g, scored.assemble(*windows[0]).attributions)
                             for g, (_, windows) in zip(dev, parsed)], [])
        results[t] = report.to_dict()
    return results
