"""A self-contained HTML page that shows where extraction disagrees with the gold.

For each article the text appears twice, side by side: gold attributions highlighted on the
left, predicted ones on the right (content, cue and source in distinct styles). Four kinds
of error are marked with a colour, a small label and a per-article list:

* **missed** -- a gold attribution no prediction matched;
* **false alarm** -- a prediction no gold attribution matched;
* **boundary** -- a content-overlap match whose content token sets differ (Jaccard < 1);
* **source** -- a content-overlap match whose sources disagree.

Articles come most errors first, under a summary table (the numbers of
:meth:`EvalReport.format_table`) and a legend. The page has inline CSS only: no script,
no external asset; every text from the data is escaped.

Example::

    >>> from quotegraph.evaluate import evaluate_run
    >>> run = evaluate_run("data/polnear/dev", my_extract_many)     # doctest: +SKIP
    >>> write_html_report(run.report, run.gold, run.extractions, "report.html")  # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Mapping, Optional, Sequence, Union

from quotegraph.evaluate.brat import GoldArticle, Span
from quotegraph.evaluate.metrics import METRICS, ArticleScore, EvalReport
from quotegraph.model import Extraction
from quotegraph.text import segments

__all__ = ["write_html_report", "render_html_report", "article_errors", "highlight",
           "Highlight", "ReportError"]

# Error types, in the order the page lists them, with their label and CSS class.
ERROR_TYPES = {"missed": ("missed", "miss"), "false_alarm": ("false alarm", "fa"),
               "boundary": ("boundary", "bnd"), "source": ("source", "src")}


@dataclass
class Highlight:
    """A span of the text to wrap in ``<span class="classes" title="title">``."""

    start: int
    end: int
    classes: str
    title: str = ""


@dataclass
class ReportError:
    """One error of an article, with the labels of the attributions involved (``G3``,
    ``P2``) and the Jaccard of a boundary error."""

    type: str
    gold: Optional[int] = None
    predicted: Optional[int] = None
    jaccard: Optional[float] = None


@dataclass
class _Article:
    gold: GoldArticle
    prediction: Extraction
    score: ArticleScore
    errors: list[ReportError] = field(default_factory=list)
    gold_status: dict[int, list[str]] = field(default_factory=dict)
    pred_status: dict[int, list[str]] = field(default_factory=dict)
    gold_partner: dict[int, int] = field(default_factory=dict)
    pred_partner: dict[int, int] = field(default_factory=dict)


def article_errors(score: ArticleScore, n_gold: int, n_pred: int) -> list[ReportError]:
    """The errors of one scored article: missed, false alarms, boundary and source errors.

    A match can be both a boundary and a source error; it then counts twice.
    """
    matched_gold = {m.gold for m in score.matches}
    matched_pred = {m.predicted for m in score.matches}
    errors = [ReportError("missed", gold=g) for g in range(n_gold) if g not in matched_gold]
    errors += [ReportError("false_alarm", predicted=p) for p in range(n_pred)
               if p not in matched_pred]
    for m in sorted(score.matches, key=lambda m: m.gold):
        if m.jaccard < 1.0:
            errors.append(ReportError("boundary", m.gold, m.predicted, m.jaccard))
        if not m.same_source:
            errors.append(ReportError("source", m.gold, m.predicted))
    return errors


def highlight(text: str, spans: Sequence[Highlight],
              labels: Sequence[tuple[int, str]] = ()) -> str:
    """HTML for ``text`` with every span wrapped, overlapping and nested ones included.

    The text is cut at every span boundary (:func:`quotegraph.text.segments`); each piece is
    wrapped in one ``<span>`` per span covering it, outermost (earliest start, then longest)
    first. ``labels`` are ``(offset, html)`` pairs inserted as they are at their offsets.

    >>> highlight("a <b> c", [Highlight(0, 5, "x"), Highlight(2, 7, "y")])
    '<span class="x">a </span><span class="x"><span class="y">&lt;b&gt;</span></span><span class="y"> c</span>'
    """
    label_at: dict[int, list[str]] = {}
    for offset, label in labels:
        label_at.setdefault(offset, []).append(label)
    cut = segments(len(text), [(s.start, s.end, s) for s in spans],
                   (offset for offset, _ in labels))
    out = []
    for start, end, covering in cut:
        out.extend(label_at.get(start, ()))
        piece = escape(text[start:end])
        outermost_first = sorted(covering, key=lambda s: (s.start, -s.end))
        for s in reversed(outermost_first):
            title = f' title="{escape(s.title)}"' if s.title else ""
            piece = f'<span class="{escape(s.classes)}"{title}>{piece}</span>'
        out.append(piece)
    out.extend(label_at.get(cut[-1][1] if cut else 0, ()))  # the labels after the last piece
    return "".join(out)


def render_html_report(report: EvalReport, gold: Sequence[GoldArticle],
                       predictions: Sequence[Extraction], title: str = "quotegraph evaluation",
                       modes: Optional[Mapping[str, EvalReport]] = None) -> str:
    """The report page as a string; see :func:`write_html_report`."""
    if not (len(gold) == len(predictions) == len(report.articles)):
        raise ValueError(f"the report has {len(report.articles)} articles, but there are "
                         f"{len(gold)} gold articles and {len(predictions)} predictions; "
                         "pass the lists evaluate_run returned")
    articles = []
    for g, p, score in zip(gold, predictions, report.articles):
        if g.name != score.name:
            raise ValueError(f"gold article {g.name!r} is not the scored article "
                             f"{score.name!r}; pass the lists in the report's order")
        articles.append(_analyse(g, p, score))
    articles.sort(key=lambda a: (-len(a.errors), a.gold.name))

    totals = {t: sum(1 for a in articles for e in a.errors if e.type == t) for t in ERROR_TYPES}
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _summary(report, totals),
        _modes(modes or {}),
        _LEGEND,
        "<h2>Articles, most errors first</h2>",
    ]
    parts += [_article_html(a) for a in articles]
    if report.skipped:
        parts.append("<p>Skipped for lack of annotations: "
                     + ", ".join(escape(name) for name in report.skipped) + "</p>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def write_html_report(report: EvalReport, gold: Sequence[GoldArticle],
                      predictions: Sequence[Extraction], path: Union[str, Path],
                      modes: Optional[Mapping[str, EvalReport]] = None) -> Path:
    """Write the HTML report of an evaluation to ``path`` and return it as a ``Path``.

    ``gold``, ``predictions`` and ``report.articles`` must hold the same articles in the
    same order, as :func:`quotegraph.evaluate.evaluate_run` returns them. Raises
    ``ValueError`` when they do not. ``modes``: the reports of several extraction modes on
    the same gold (``{"accurate": ..., "fast": ...}``), compared in one table.
    """
    path = Path(path)
    path.write_text(render_html_report(report, gold, predictions, modes=modes), encoding="utf-8")
    return path


# --- one article ---------------------------------------------------------------------

def _analyse(gold: GoldArticle, prediction: Extraction, score: ArticleScore) -> _Article:
    article = _Article(gold, prediction, score,
                       article_errors(score, len(gold.attributions), len(prediction.attributions)))
    for m in score.matches:
        article.gold_partner[m.gold] = m.predicted
        article.pred_partner[m.predicted] = m.gold
    for e in article.errors:
        cls = ERROR_TYPES[e.type][1]
        if e.gold is not None:
            article.gold_status.setdefault(e.gold, []).append(cls)
        if e.predicted is not None:
            article.pred_status.setdefault(e.predicted, []).append(cls)
    return article


def _article_html(a: _Article) -> str:
    text = a.gold.text
    counts = {t: sum(1 for e in a.errors if e.type == t) for t in ERROR_TYPES}
    badges = " ".join(f'<span class="lbl {ERROR_TYPES[t][1]}">{n} {ERROR_TYPES[t][0]}</span>'
                      for t, n in counts.items() if n)
    gold_html = highlight(text, *_gold_marks(a))
    pred_html = highlight(text, *_pred_marks(a))
    return (
        f'<details id="{escape(_anchor(a.gold.name))}"><summary><b>{escape(a.gold.name)}</b> '
        f"&mdash; {len(a.errors)} error{'s' if len(a.errors) != 1 else ''} "
        f"({len(a.gold.attributions)} gold, {len(a.prediction.attributions)} predicted) "
        f"{badges}</summary>\n"
        f"{_error_list(a)}\n"
        '<div class="cols"><div><h3>Gold</h3><div class="text">' + gold_html + "</div></div>"
        '<div><h3>Predicted</h3><div class="text">' + pred_html + "</div></div></div>"
        "</details>")


def _gold_marks(a: _Article) -> tuple[list[Highlight], list[tuple[int, str]]]:
    spans, labels = [], []
    for i, g in enumerate(a.gold.attributions):
        status = a.gold_status.get(i, [])
        name = _gold_label(i)
        partner = f" = {_pred_label(a.gold_partner[i])}" if i in a.gold_partner else ""
        title = f"{name}{partner}: {_status_words(status)}"
        cls = " ".join(status) or "ok"
        spans += [Highlight(s, e, f"content {cls}", title) for s, e in g.content]
        spans += [Highlight(s, e, "cue", f"{name} cue") for s, e in g.cue]
        spans += [Highlight(s, e, f"source {cls}", f"{name} source") for s, e in g.source]
        labels.append((g.content[0][0], _label(name + partner, status)))
    return spans, labels


def _pred_marks(a: _Article) -> tuple[list[Highlight], list[tuple[int, str]]]:
    spans, labels = [], []
    for i, p in enumerate(a.prediction.attributions):
        status = a.pred_status.get(i, [])
        name = _pred_label(i)
        partner = f" = {_gold_label(a.pred_partner[i])}" if i in a.pred_partner else ""
        title = f"{name}{partner} ({p.kind}): {_status_words(status)}"
        cls = " ".join(status) or "ok"
        spans += [Highlight(s, e, f"content {cls}", title) for s, e in p.content.spans]
        if p.cue is not None:
            spans.append(Highlight(p.cue.start, p.cue.end, "cue", f"{name} cue"))
        if p.source is not None:
            spans.append(Highlight(p.source.start, p.source.end, f"source {cls}",
                                   f"{name} source"))
        labels.append((p.content.start, _label(name + partner, status)))
    return spans, labels


def _error_list(a: _Article) -> str:
    if not a.errors:
        return '<p class="none">No errors.</p>'
    text = a.gold.text
    rows = []
    for e in a.errors:
        label, cls = ERROR_TYPES[e.type]
        g = a.gold.attributions[e.gold] if e.gold is not None else None
        p = a.prediction.attributions[e.predicted] if e.predicted is not None else None
        what = label + (f" (Jaccard {e.jaccard:.2f})" if e.jaccard is not None else "")
        rows.append(
            f'<tr><td><span class="lbl {cls}">{escape(what)}</span></td>'
            f"<td>{_gold_label(e.gold) if g else ''}</td>"
            f"<td>{escape(_fragments(text, g.source)) if g else ''}</td>"
            f"<td>{escape(_fragments(text, g.content)) if g else ''}</td>"
            f"<td>{_pred_label(e.predicted) if p else ''}</td>"
            f"<td>{escape(p.source.text) if p and p.source else ''}</td>"
            f"<td>{escape(_fragments(text, p.content.spans)) if p else ''}</td></tr>")
    return ('<table class="errors"><tr><th>error</th><th></th><th>gold source</th>'
            "<th>gold content</th><th></th><th>predicted source</th><th>predicted content</th>"
            "</tr>" + "".join(rows) + "</table>")


def _fragments(text: str, spans: Sequence[Span], limit: int = 400) -> str:
    joined = " … ".join(text[s:e] for s, e in spans)
    return joined if len(joined) <= limit else joined[:limit - 1] + "…"


def _label(name: str, status: list[str]) -> str:
    cls = " ".join(status) or "ok"
    words = ", ".join(_WORDS[s] for s in status)
    return f'<span class="lbl {cls}">{escape(name)}{" " + escape(words) if words else ""}</span>'


def _status_words(status: list[str]) -> str:
    return ", ".join(_WORDS[s] for s in status) or "matched"


_WORDS = {cls: label for label, cls in ERROR_TYPES.values()}


def _gold_label(i: int) -> str:
    return f"G{i + 1}"


def _pred_label(i: int) -> str:
    return f"P{i + 1}"


def _anchor(name: str) -> str:
    return "article-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in name)


# --- summary and legend --------------------------------------------------------------

_HEAD = ('<tr><th rowspan="2"></th><th rowspan="2">gold</th><th rowspan="2">pred</th>'
         + "".join(f'<th colspan="3">{escape(m.replace("_", " "))}</th>' for m in METRICS)
         + "</tr><tr>" + "<th>P</th><th>R</th><th>F1</th>" * len(METRICS) + "</tr>")


def _row(label: str, gold: int, pred: int, cells: list[str]) -> str:
    return (f"<tr><th>{escape(label)}</th><td>{gold}</td><td>{pred}</td>"
            + "".join(f"<td>{v}</td>" for v in cells) + "</tr>")


def _summary(report: EvalReport, error_totals: dict[str, int]) -> str:
    """The numbers of :meth:`EvalReport.format_table`, as an HTML table."""
    rows = [_row(*r) for r in report.rows()]
    if report.agreement:
        rows.append(f'<tr><th colspan="{3 + 3 * len(METRICS)}">'
                    f"{escape(report.agreement.title())}</th></tr>")
        rows += [_row(*r) for r in report.agreement.rows()]
    errors = ", ".join(f'<span class="lbl {ERROR_TYPES[t][1]}">{n} {ERROR_TYPES[t][0]}</span>'
                       for t, n in error_totals.items())
    return (f"<p>{len(report.articles)} articles scored, {len(report.skipped)} skipped for "
            f"lack of annotations. Errors: {errors}.</p>"
            f'<table class="summary">{_HEAD}{"".join(rows)}</table>')


def _modes(modes: Mapping[str, EvalReport]) -> str:
    """Each extraction mode's overall row and its rows by kind, one table (none for one mode)."""
    if len(modes) < 2:
        return ""
    rows = []
    for mode, report in modes.items():
        rows.append(f'<tr><th colspan="{3 + 3 * len(METRICS)}">mode {escape(mode)}</th></tr>')
        rows += [_row(*r) for r in report.rows()]
    return f'<h2>Modes compared</h2><table class="modes">{_HEAD}{"".join(rows)}</table>'


_LEGEND = """<div class="legend"><b>Legend.</b>
Gold on the left, predicted on the right, over the same text.
<span class="content ok">content</span> (background: its status),
<span class="cue">cue</span>, <span class="source ok">source</span>.
Labels: <span class="lbl ok">G3 = P2</span> gold G3 matched prediction P2;
<span class="lbl miss">missed</span> gold attribution no prediction matched;
<span class="lbl fa">false alarm</span> prediction that matched no gold attribution;
<span class="lbl bnd">boundary</span> matched content whose words differ (Jaccard &lt; 1);
<span class="lbl src">source</span> matched content with a different source.
Contents match when their word tokens overlap with Jaccard &ge; 0.5.
Hover a highlight for its attribution.</div>"""

_CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222;line-height:1.45}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #ccc;padding:2px 6px;text-align:right;vertical-align:top}
table.errors td{text-align:left;font-size:90%}
table.errors{width:100%}
.legend{background:#f6f6f6;border:1px solid #ddd;padding:.5em .8em;margin:1em 0}
details{border:1px solid #ddd;border-radius:4px;margin:.4em 0;padding:.3em .6em}
summary{cursor:pointer}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.text{white-space:pre-wrap;font-family:Georgia,serif;border-top:1px solid #eee;padding-top:.3em}
h3{margin:.4em 0;font-size:100%}
.content{background:#d6efd6}
.content.miss{background:#f8c4c4}
.content.fa{background:#fbd8a5}
.content.bnd{background:#fff0a0;text-decoration:underline wavy #b58900}
.content.src{background:#e3d1f6}
.cue{font-weight:bold;color:#0645ad;text-decoration:underline}
.source{border:1.5px solid #555;border-radius:3px;box-decoration-break:clone;
-webkit-box-decoration-break:clone}
.source.src{border:2px solid #8e44ad}
.source.miss{border-color:#c0392b}
.source.fa{border-color:#d35400}
.lbl{font:bold 70% system-ui,sans-serif;padding:0 3px;border-radius:3px;margin:0 2px;
vertical-align:super;white-space:nowrap;background:#eee;color:#333}
summary .lbl,.legend .lbl,p .lbl,td .lbl{vertical-align:baseline}
.lbl.ok{background:#cde8cd}
.lbl.miss{background:#c0392b;color:#fff}
.lbl.fa{background:#d35400;color:#fff}
.lbl.bnd{background:#b58900;color:#fff}
.lbl.src{background:#8e44ad;color:#fff}
.none{color:#666}
"""
