"""Score predicted attributions against gold ones, overall and by kind.

Three metrics, each with precision, recall and F1:

* **content_overlap** -- predicted and gold attributions are paired one-to-one, greedily by
  descending Jaccard of their content word tokens; a pair counts when Jaccard >= 0.5.
* **attribution** -- a content-overlap pair whose sources also agree: the predicted source
  shares a word token with the gold source, or neither has a source.
* **content_tokens** -- per article, the word tokens in the union of predicted contents
  against those in the union of gold contents, summed over articles.

Word tokens are ``\\w+`` matches (:class:`quotegraph.text.WordTokens`), identified by their
start offset. A span covers a token
when any character of the token lies inside one of its fragments, so a span that cuts a
word still shares that word with a span covering it whole.

By kind (direct / mixed / indirect), **recall uses the gold kind** (derived from the gold
content text by :func:`quote_kind`, since PolNeAR has no kind labels) and **precision uses
the predicted kind** (:attr:`Attribution.kind`). So ``tp`` (matched gold items, the recall
numerator) and ``tp_pred`` (matched predictions, the precision numerator) can differ within
a kind; overall they are equal. Empty ratios (0/0) are reported as 0.0.

Where several people annotated an article, :func:`agreement` scores them against each other
with the same metrics: the ceiling that a system's scores on those articles can be read
against (an attribution the annotators themselves disagree on is no fair test).

Example::

    >>> from quotegraph.model import Attribution, Content, TextSpan
    >>> from quotegraph.evaluate.brat import GoldArticle, GoldAttribution
    >>> text = 'Ann said "we won".'
    >>> gold = GoldArticle("a", text, [GoldAttribution([(9, 17)], [(0, 3)], [(4, 8)])])
    >>> pred = Attribution("q1", "direct", "body", Content.of(text, [(9, 16)]),
    ...                    source=TextSpan.of(text, 0, 3))
    >>> score = score_article(gold, [pred])
    >>> score.attribution["overall"].f1, score.errors
    (1.0, [])
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal, Optional, Sequence

from quotegraph.evaluate.brat import ROLES, GoldArticle, GoldAttribution, Span
from quotegraph.model import Attribution, AttributionKind, TextSpan
from quotegraph.text import WORD, WordTokens, jaccard

KINDS: tuple[AttributionKind, ...] = ("direct", "mixed", "indirect")
SLICES = ("overall", *KINDS)
METRICS = ("content_overlap", "attribution", "content_tokens")
MATCH_THRESHOLD = 0.5

# A quoted passage, shortest first. Double quote marks are interchangeable because sources
# mix them ("...FBI,” or “...percent.“); a “ closes only when no word follows it, so the
# “ reopening each paragraph of a long quote does not end it. Single quotes must open after
# a non-word character and close before one, so apostrophes (Clinton’s) are not quotes.
_QUOTED = re.compile(r"[“\"„«].*?(?:[”\"»]|“(?!\w))"     # double quotes
                     r"|(?:``|'').*?''"                      # ``typewriter'' quotes
                     r"|(?<!\w)[‘'].*?[’'](?!\w)", re.S)    # single quotes
_DOUBLE_QUOTE_MARKS = re.compile(r"[“”„«»\"]|``|''")


def quote_kind(content: str) -> AttributionKind:
    """The kind of a content text from its quote marks.

    Direct: quoted passages with nothing else but punctuation and spaces around them (pass
    discontinuous fragments joined by a space). Mixed: some quote mark, but words outside
    the quotes. Indirect: no quote mark.

    >>> quote_kind('“We will win,” “and soon.”'), quote_kind('that it is “over”')
    ('direct', 'mixed')
    >>> quote_kind("Clinton’s team won't comment")
    'indirect'
    """
    outside = _QUOTED.sub(" ", content)
    if outside != content and not WORD.search(outside):
        return "direct"
    if outside != content or _DOUBLE_QUOTE_MARKS.search(content):
        return "mixed"
    return "indirect"


def gold_kind(text: str, content: Sequence[Span]) -> AttributionKind:
    """:func:`quote_kind` of the gold content fragments ``content`` of ``text``."""
    return quote_kind(" ".join(text[start:end] for start, end in content))


def match_contents(gold: Sequence[frozenset[int]], predicted: Sequence[frozenset[int]],
                   threshold: float = MATCH_THRESHOLD) -> list[tuple[int, int]]:
    """Pair gold and predicted token sets one-to-one, greedily by descending Jaccard.

    Returns ``(gold_index, predicted_index)`` pairs with Jaccard >= ``threshold``; ties go to
    the earlier gold, then the earlier prediction.

    >>> match_contents([frozenset({1, 2})], [frozenset({1}), frozenset({1, 2})])
    [(0, 1)]
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = jaccard(g, p)
            if overlap and overlap >= threshold:
                candidates.append((-overlap, gi, pi))
    pairs, used_gold, used_pred = [], set(), set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_pred.add(pi)
    return pairs


@dataclass
class Score:
    """Counts for one metric on one slice (overall or a kind), and the ratios they give."""

    tp: int = 0
    fn: int = 0
    tp_pred: int = 0
    fp: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp_pred, self.tp_pred + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.precision * self.recall, self.precision + self.recall)

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fn + other.fn,
                     self.tp_pred + other.tp_pred, self.fp + other.fp)

    def to_dict(self) -> dict:
        return {"tp": self.tp, "tp_pred": self.tp_pred, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


ErrorType = Literal["missed", "false_alarm", "source_mismatch"]


@dataclass
class EvalError:
    """One mistake in an article: a gold attribution missed, a prediction with no gold
    counterpart (false alarm), or a content match whose source disagrees."""

    type: ErrorType
    gold: Optional[GoldAttribution] = None
    predicted: Optional[Attribution] = None


@dataclass
class Match:
    """A content-overlap pair: indexes into the gold and predicted attribution lists, the
    Jaccard of their content tokens (below 1.0: a boundary error), and whether the sources
    agree (``False``: a ``source_mismatch`` error)."""

    gold: int
    predicted: int
    jaccard: float
    same_source: bool


@dataclass
class ArticleScore:
    """Per-article counts: ``gold``/``pred`` attributions per slice, a ``{slice: Score}``
    dict per metric, the :class:`EvalError` list and the content-overlap :class:`Match`
    list (indexes into the gold attributions and the predictions, in their order)."""

    name: str
    gold: dict[str, int]
    pred: dict[str, int]
    content_overlap: dict[str, Score]
    attribution: dict[str, Score]
    content_tokens: dict[str, Score]
    errors: list[EvalError] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)


def score_article(gold: GoldArticle, predicted: list[Attribution]) -> ArticleScore:
    """Score the predicted attributions of one article against its gold ones.

    Predicted offsets must index ``gold.text``.
    """
    c = _compare(gold.text, WordTokens(gold.text), gold.attributions,
                 [p.content.spans for p in predicted],
                 [_spans(p.source) for p in predicted], [p.kind for p in predicted])
    matched_gold = {gi for gi, _ in c.pairs}
    matched_pred = {pi for _, pi in c.pairs}
    errors = [EvalError("missed", gold=g) for gi, g in enumerate(gold.attributions)
              if gi not in matched_gold]
    errors += [EvalError("false_alarm", predicted=p) for pi, p in enumerate(predicted)
               if pi not in matched_pred]
    errors += [EvalError("source_mismatch", gold.attributions[gi], predicted[pi])
               for (gi, pi), same in zip(c.pairs, c.same_source) if not same]

    return ArticleScore(
        name=gold.name,
        gold=_count_kinds(c.gold_kinds),
        pred=_count_kinds(c.pred_kinds),
        **c.scores(),
        errors=errors,
        matches=[Match(gi, pi, jaccard(c.gold_sets[gi], c.pred_sets[pi]), same)
                 for (gi, pi), same in zip(c.pairs, c.same_source)],
    )


@dataclass
class Agreement:
    """How far people agree, on the articles that several annotators annotated.

    ``humans``: every ordered pair of annotators, one read as gold and the other as
    predicted (so precision equals recall); ``system``: the predictions against each
    annotator as gold. ``{metric: Score}`` per :data:`METRICS`, overall. The humans' F1 is
    the ceiling to read the system's against.
    """

    articles: int
    humans: dict[str, Score]
    system: dict[str, Score]

    def to_dict(self) -> dict:
        return {"articles": self.articles,
                **{who: {m: score.to_dict() for m, score in scores.items()}
                   for who, scores in (("humans", self.humans), ("system", self.system))}}

    def title(self) -> str:
        """What :meth:`rows` count, to head them in a table."""
        return (f"agreement on {self.articles} article{'' if self.articles == 1 else 's'} "
                "with several annotators: humans = each annotator against each other, "
                "system = against each annotator")

    def rows(self) -> list[tuple[str, int, int, list[str]]]:
        """The humans' and the system's rows, laid out as :meth:`EvalReport.rows`."""
        rows = []
        for label, scores in (("humans", self.humans), ("system", self.system)):
            overlap = scores["content_overlap"]
            rows.append((label, overlap.tp + overlap.fn, overlap.tp_pred + overlap.fp,
                         [v for m in METRICS for v in _percentages(scores[m])]))
        return rows


def agreement(gold: Sequence[GoldArticle], predicted: Sequence[Sequence[Attribution]]
              ) -> Optional[Agreement]:
    """:class:`Agreement` over the articles of ``gold`` with other annotators;
    ``predicted[i]`` are the predictions for ``gold[i]``. ``None`` when no article has
    more than one annotator.

    >>> from quotegraph.model import Content
    >>> text = "Ann said we won. Bo said we lost."
    >>> we_won = GoldAttribution([(9, 15)], [(0, 3)], [(4, 8)])
    >>> we_lost = GoldAttribution([(24, 31)], [(17, 19)], [(20, 23)])
    >>> article = GoldArticle("a", text, [we_won, we_lost], [[we_won]])
    >>> result = agreement([article], [[Attribution("p", "indirect", "body",
    ...                                              Content.of(text, [(9, 15)]))]])
    >>> result.humans["attribution"].f1, result.system["content_overlap"].recall
    (0.6666666666666666, 0.6666666666666666)
    """
    humans = {m: Score() for m in METRICS}
    system = {m: Score() for m in METRICS}
    articles = 0
    for article, attributions in zip(gold, predicted):
        if not article.other_annotators:
            continue
        articles += 1
        versions = [article.attributions, *article.other_annotators]
        tokens = WordTokens(article.text)
        contents = [p.content.spans for p in attributions]
        sources = [_spans(p.source) for p in attributions]
        kinds = [p.kind for p in attributions]
        for i, annotator in enumerate(versions):
            for other in versions[:i] + versions[i + 1:]:
                _add(humans, _compare(article.text, tokens, annotator, [g.content for g in other],
                                      [g.source for g in other],
                                      [gold_kind(article.text, g.content) for g in other]))
            _add(system, _compare(article.text, tokens, annotator, contents, sources, kinds))
    return Agreement(articles, humans, system) if articles else None


@dataclass
class _Comparison:
    """One set of gold attributions against one set of predicted ones, on one text."""

    gold_sets: list[frozenset[int]]
    pred_sets: list[frozenset[int]]
    gold_kinds: list[str]
    pred_kinds: list[str]
    pairs: list[tuple[int, int]]
    same_source: list[bool]

    def scores(self) -> dict[str, dict[str, Score]]:
        """``{metric: {slice: Score}}`` for the metrics of :data:`METRICS`."""
        attribution_pairs = [pair for pair, same in zip(self.pairs, self.same_source) if same]
        return {
            "content_overlap": _pair_scores(self.pairs, self.gold_kinds, self.pred_kinds),
            "attribution": _pair_scores(attribution_pairs, self.gold_kinds, self.pred_kinds),
            "content_tokens": _token_scores(self.gold_sets, self.gold_kinds,
                                            self.pred_sets, self.pred_kinds),
        }


def _compare(text: str, tokens: WordTokens, gold: Sequence[GoldAttribution],
             contents: Sequence[Sequence[Span]], sources: Sequence[Sequence[Span]],
             kinds: Sequence[str]) -> _Comparison:
    """Pair gold attributions with predicted ones given as content fragments, source
    fragments (empty: no source) and kinds, all indexing ``text`` (whose word ``tokens``
    are given, to be read once per text)."""
    gold_sets = [tokens.of(g.content) for g in gold]
    pred_sets = [tokens.of(c) for c in contents]
    pairs = match_contents(gold_sets, pred_sets)
    same_source = [_same_source(tokens, gold[gi].source, sources[pi]) for gi, pi in pairs]
    return _Comparison(gold_sets, pred_sets, [gold_kind(text, g.content) for g in gold],
                       list(kinds), pairs, same_source)


def _add(totals: dict[str, Score], comparison: _Comparison) -> None:
    for metric, by_slice in comparison.scores().items():
        totals[metric] += by_slice["overall"]


def _spans(span: Optional[TextSpan]) -> list[Span]:
    return [(span.start, span.end)] if span else []


@dataclass
class EvalReport:
    """Scores summed over a gold directory; ``skipped`` names texts with no annotation file;
    ``agreement`` is set when some articles have several annotators (see :func:`agreement`).

    >>> print(EvalReport([]).format_table().splitlines()[0])
    0 articles scored, 0 skipped for lack of annotations
    """

    articles: list[ArticleScore]
    skipped: list[str] = field(default_factory=list)
    agreement: Optional[Agreement] = None

    def total(self, metric: str) -> dict[str, Score]:
        """``{slice: Score}`` for ``metric`` (one of :data:`METRICS`), summed over articles."""
        totals = {s: Score() for s in SLICES}
        for article in self.articles:
            for s, score in getattr(article, metric).items():
                totals[s] += score
        return totals

    def counts(self, side: Literal["gold", "pred"]) -> dict[str, int]:
        """Number of gold or predicted attributions per slice."""
        return {s: sum(getattr(a, side)[s] for a in self.articles) for s in SLICES}

    def to_dict(self) -> dict:
        result: dict = {"articles": len(self.articles), "skipped_articles": len(self.skipped),
                        "gold": self.counts("gold"), "pred": self.counts("pred")}
        for metric in METRICS:
            totals = self.total(metric)
            result[metric] = {**totals["overall"].to_dict(),
                              "by_kind": {k: totals[k].to_dict() for k in KINDS}}
        result["agreement"] = self.agreement.to_dict() if self.agreement else None
        return result

    def rows(self) -> list[tuple[str, int, int, list[str]]]:
        """The rows of the table, one per slice: label, gold count, predicted count and
        P/R/F1 (in %, "-" for 0/0) per metric."""
        totals = {m: self.total(m) for m in METRICS}
        gold, pred = self.counts("gold"), self.counts("pred")
        return [(s, gold[s], pred[s], [v for m in METRICS for v in _percentages(totals[m][s])])
                for s in SLICES]

    def format_table(self) -> str:
        """A fixed-width table of :meth:`rows` under a header, then, with :attr:`agreement`,
        its title and rows."""
        group = "{:>6} {:>6} {:>6}"
        titles = " | ".join(f"{m.replace('_', ' '):<20}" for m in METRICS)
        lines = [
            f"{len(self.articles)} articles scored, "
            f"{len(self.skipped)} skipped for lack of annotations",
            f"{'':9} {'':>5} {'':>5} | {titles}",
            f"{'':9} {'gold':>5} {'pred':>5} | "
            + " | ".join(group.format("P", "R", "F1") for _ in METRICS),
        ]

        def line(label: str, gold: int, pred: int, cells: list[str]) -> str:
            groups = [group.format(*cells[i:i + 3]) for i in range(0, len(cells), 3)]
            return f"{label:9} {gold:>5} {pred:>5} | " + " | ".join(groups)

        lines += [line(*row) for row in self.rows()]
        if self.agreement:
            lines.append(self.agreement.title())
            lines += [line(*row) for row in self.agreement.rows()]
        return "\n".join(lines)


def _pair_scores(pairs: list[tuple[int, int]], gold_kinds: Sequence[str],
                 pred_kinds: Sequence[str]) -> dict[str, Score]:
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    scores = {s: Score() for s in SLICES}
    for gi, kind in enumerate(gold_kinds):
        for s in ("overall", kind):
            if gi in matched_gold:
                scores[s].tp += 1
            else:
                scores[s].fn += 1
    for pi, kind in enumerate(pred_kinds):
        for s in ("overall", kind):
            if pi in matched_pred:
                scores[s].tp_pred += 1
            else:
                scores[s].fp += 1
    return scores


def _token_scores(gold_sets: Sequence[frozenset[int]], gold_kinds: Sequence[str],
                  pred_sets: Sequence[frozenset[int]], pred_kinds: Sequence[str]
                  ) -> dict[str, Score]:
    all_gold = frozenset().union(*gold_sets)
    all_pred = frozenset().union(*pred_sets)
    scores = {}
    for s in SLICES:
        # A kind's recall looks at the tokens of gold contents of that kind, found by any
        # prediction; its precision at tokens of predictions of that kind, in any gold.
        gold_slice = frozenset().union(*(g for g, k in zip(gold_sets, gold_kinds)
                                         if s in ("overall", k)))
        pred_slice = frozenset().union(*(p for p, k in zip(pred_sets, pred_kinds)
                                         if s in ("overall", k)))
        scores[s] = Score(tp=len(gold_slice & all_pred), fn=len(gold_slice - all_pred),
                          tp_pred=len(pred_slice & all_gold), fp=len(pred_slice - all_gold))
    return scores


def _same_source(tokens: WordTokens, gold: Sequence[Span], predicted: Sequence[Span]) -> bool:
    if not gold or not predicted:
        return not gold and not predicted
    return bool(tokens.of(gold) & tokens.of(predicted))


def _count_kinds(kinds: Sequence[str]) -> dict[str, int]:
    return {s: sum(1 for k in kinds if s in ("overall", k)) for s in SLICES}


def _percentages(score: Score) -> tuple[str, str, str]:
    has_pred, has_gold = score.tp_pred + score.fp > 0, score.tp + score.fn > 0
    return (f"{100 * score.precision:.1f}" if has_pred else "-",
            f"{100 * score.recall:.1f}" if has_gold else "-",
            f"{100 * score.f1:.1f}" if has_pred and has_gold else "-")


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def exact_spans(gold: GoldArticle, predicted: Sequence[Attribution]) -> dict[str, dict[str, Score]]:
    """Exact-span scores of one article: ``{role: {slice: Score}}`` for source, cue and content.

    A predicted span counts when a gold attribution has that role on exactly the same word
    tokens (a trailing comma or quote mark makes no difference, a word does), paired one to
    one, each span of a role on its own (two cues sharing one source are two sources). By kind
    as the other metrics: recall by the gold attribution's kind, precision by the predicted.

    >>> from quotegraph.model import Content
    >>> text = 'Ann said "we won".'
    >>> gold = GoldArticle("a", text, [GoldAttribution([(9, 17)], [(0, 3)], [(4, 8)])])
    >>> pred = Attribution("p", "direct", "body", Content.of(text, [(9, 18)]),
    ...                    cue=TextSpan.of(text, 4, 8), source=TextSpan.of(text, 0, 8))
    >>> {role: s["overall"].f1 for role, s in exact_spans(gold, [pred]).items()}
    {'content': 1.0, 'source': 0.0, 'cue': 1.0}
    """
    tokens = WordTokens(gold.text)
    gold_kinds = [gold_kind(gold.text, g.content) for g in gold.attributions]
    out = {}
    for role in ROLES:
        scores = {s: Score() for s in SLICES}
        unmatched: dict[frozenset, list[str]] = {}
        for g, kind in zip(gold.attributions, gold_kinds):
            if getattr(g, role):
                unmatched.setdefault(tokens.of(getattr(g, role)), []).append(kind)
        for p in predicted:
            spans = p.content.spans if role == "content" else _spans(getattr(p, role))
            if not spans:
                continue
            kinds = unmatched.get(tokens.of(spans))
            if kinds:
                for s in ("overall", kinds.pop(0)):
                    scores[s].tp += 1
                for s in ("overall", p.kind):
                    scores[s].tp_pred += 1
            else:
                for s in ("overall", p.kind):
                    scores[s].fp += 1
        for kinds in unmatched.values():
            for kind in kinds:
                for s in ("overall", kind):
                    scores[s].fn += 1
        out[role] = scores
    return out
