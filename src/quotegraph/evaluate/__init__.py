"""Evaluate extracted attributions against brat gold annotations (PolNeAR layout).

Example::

    >>> from quotegraph.evaluate import evaluate
    >>> report = evaluate("data/polnear/dev", my_extract_many)   # doctest: +SKIP
    >>> print(report.format_table())                              # doctest: +SKIP

To look at the errors, keep the gold articles and the extractions and write an HTML page::

    >>> from quotegraph.evaluate.report import write_html_report
    >>> run = evaluate_run("data/polnear/dev", my_extract_many)   # doctest: +SKIP
    >>> write_html_report(run.report, run.gold, run.extractions, "report.html")  # doctest: +SKIP

See :mod:`quotegraph.evaluate.metrics` for what each metric counts.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence, Union

from quotegraph.evaluate.brat import GoldArticle, GoldAttribution, load_gold, unannotated
from quotegraph.evaluate.metrics import (Agreement, ArticleScore, EvalError, EvalReport, Match,
                                         Score, agreement, gold_kind, quote_kind, score_article)
from quotegraph.model import Attribution, Extraction

if TYPE_CHECKING:
    from quotegraph.evaluate.speakers import GoldSpeaker, SpeakerReport

ExtractMany = Callable[[list[tuple[str, str]]], Iterable[Extraction]]
ExtractModes = Callable[[list[tuple[str, str]]], Iterable[Sequence[Extraction]]]

__all__ = ["evaluate", "evaluate_run", "evaluate_runs", "EvalRun", "ReliabilityBin",
           "RELIABILITY_BINS",
           "ExtractMany", "ExtractModes", "EvalReport", "ArticleScore", "Agreement", "agreement",
           "EvalError", "Match", "Score",
           "score_article", "load_gold", "unannotated", "GoldArticle", "GoldAttribution",
           "gold_kind", "quote_kind"]


# Bins of predicted confidence for a reliability table: [0, 0.2), [0.2, 0.4), ... [0.9, 1.0].
RELIABILITY_BINS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


@dataclass
class ReliabilityBin:
    """Predicted attributions whose confidence lies in ``[low, high)``: how many, their mean
    confidence, and the share of them that are right (``precision``)."""

    low: float
    high: float
    count: int
    mean_confidence: float
    precision: float


@dataclass
class EvalRun:
    """An evaluation with what it was computed from: ``gold[i]``, ``extractions[i]`` and
    ``report.articles[i]`` are the same article."""

    report: EvalReport
    gold: list[GoldArticle]
    extractions: list[Extraction]

    def judged(self) -> list[tuple[Attribution, bool]]:
        """Every predicted attribution, with whether it is right: matched to a gold one in
        content and source, as the attribution metric counts it."""
        out = []
        for score, extraction in zip(self.report.articles, self.extractions):
            right = {m.predicted for m in score.matches if m.same_source}
            out += [(a, n in right) for n, a in enumerate(extraction.attributions)]
        return out

    def speakers(self, gold: "dict[str, list[GoldSpeaker]]") -> "SpeakerReport":
        """Speaker accuracy and speaker-resolved F1 on the articles a speaker gold covers
        (see :mod:`quotegraph.evaluate.speakers`)."""
        from quotegraph.evaluate.speakers import score_speakers

        return score_speakers(self.gold, self.report.articles, self.extractions, gold)

    def reliability(self, bins: Sequence[float] = RELIABILITY_BINS) -> list[ReliabilityBin]:
        """Predicted confidence against observed precision, per bin (empty bins left out):
        for a calibrated ``confidence`` the two agree."""
        judged = self.judged()
        out = []
        for low, high in zip(bins, bins[1:]):
            closed = high == bins[-1]   # the last bin holds its upper edge: confidence 1.0
            inside = [(a.confidence, right) for a, right in judged
                      if low <= a.confidence < high or (closed and a.confidence == high)]
            if inside:
                out.append(ReliabilityBin(low, high, len(inside),
                                          sum(c for c, _ in inside) / len(inside),
                                          sum(right for _, right in inside) / len(inside)))
        return out

    def calibration_error(self, bins: Sequence[float] = RELIABILITY_BINS) -> float:
        """Expected calibration error: the gap between mean confidence and precision per
        bin, weighted by the bin's share of the predictions (0 is perfect)."""
        table = self.reliability(bins)
        total = sum(b.count for b in table)
        if not total:
            return 0.0
        return sum(b.count * abs(b.mean_confidence - b.precision) for b in table) / total


def evaluate(directory: Union[str, Path], extract_many: ExtractMany) -> EvalReport:
    """Run ``extract_many`` on every annotated article of ``directory`` and score it.

    ``extract_many`` takes ``[(name, text), ...]`` and yields one :class:`Extraction` per
    pair, in the same order, whose offsets index that exact text.

    Raises :class:`~quotegraph.errors.AnnotationError` for a malformed gold directory and
    ``ValueError`` when ``extract_many`` breaks its contract.
    """
    return evaluate_run(directory, extract_many).report


def evaluate_run(directory: Union[str, Path], extract_many: ExtractMany) -> EvalRun:
    """:func:`evaluate`, keeping the gold articles and the extractions (for a report,
    see :func:`quotegraph.evaluate.report.write_html_report`); same contract and errors."""
    return evaluate_runs(directory, lambda items: ((e,) for e in extract_many(items)), 1)[0]


def evaluate_runs(directory: Union[str, Path], extract_modes: ExtractModes, modes: int) -> list[EvalRun]:
    """:func:`evaluate_run` for ``modes`` modes on one batch: ``extract_modes`` gives, per
    article, one extraction per mode (as :func:`quotegraph.pipeline.extract_modes` does); one
    run per mode, in that order, the gold read once; same contract and errors."""
    articles = load_gold(directory)
    read = []
    for article, extractions in zip_longest(articles, extract_modes([(a.name, a.text) for a in articles])):
        if article is None or extractions is None:
            raise ValueError(f"extract_many must return one Extraction per article of "
                             f"{directory} ({len(articles)}), in order; it returned "
                             f"{'more' if article is None else 'fewer'}")
        if len(extractions) != modes:
            raise ValueError(f"{article.name}: {len(extractions)} extractions for {modes} modes")
        # Gold offsets index the .txt text; an extraction of any other text would be
        # scored against the wrong characters.
        if any(extraction.text != article.text for extraction in extractions):
            raise ValueError(f"{article.name}: the extraction's text differs from the gold "
                             "text; run the pipeline on the exact .txt content")
        read.append(extractions)
    skipped = unannotated(directory)
    runs = []
    for kept in [list(column) for column in zip(*read)] or [[] for _ in range(modes)]:   # (per mode)
        found = [e.attributions for e in kept]
        report = EvalReport([score_article(a, attributions) for a, attributions in zip(articles, found)],
                            skipped=skipped, agreement=agreement(articles, found))
        runs.append(EvalRun(report, articles, kept))
    return runs
