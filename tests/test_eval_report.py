"""Tests of the HTML evaluation report (quotegraph.evaluate.report, quotegraph eval --html)."""
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotegraph import cli, pipeline
from quotegraph.evaluate import EvalRun, evaluate, evaluate_run
from quotegraph.evaluate.report import (Highlight, article_errors, highlight,
                                        render_html_report, write_html_report)
from quotegraph.model import Attribution, Content, Extraction, TextSpan

FIXTURE = Path(__file__).parent / "fixtures" / "brat_report"

# Per article: (content, source, cue) of each prediction, found by substring in the text.
PREDICTIONS = {
    "worst": [('"we will win the vote"', "Ann Lee", "said"),   # right
              ("taxes will fall soon", "Bob Smith", "argued"),  # boundary: 4 of 5 tokens
              ('alert("x")', None, None),                        # false alarm, in <script>
              ("the bridge is unsafe", "Officials", "said")],    # source error
              # "of floods" (Officials) is missed
    "middle": [("the park will open", "The mayor", "said")],     # "it is too late" missed
    "clean": [('"all is well"', "Dana Poe", "said")],
}


def _span(text, part):
    start = text.index(part)
    return start, start + len(part)


def fake_extract_many(items):
    for name, text in items:
        attributions = []
        for n, (content, source, cue) in enumerate(PREDICTIONS[name]):
            attributions.append(Attribution(
                id=f"q{n}", kind="direct" if content.startswith('"') else "indirect",
                section="body", content=Content.of(text, [_span(text, content)]),
                source=TextSpan.of(text, *_span(text, source)) if source else None,
                cue=TextSpan.of(text, *_span(text, cue)) if cue else None))
        yield Extraction(id=name, text=text, attributions=attributions)


@pytest.fixture
def run() -> EvalRun:
    return evaluate_run(FIXTURE, fake_extract_many)


def test_evaluate_run_keeps_gold_and_extractions(run):
    assert [a.name for a in run.report.articles] == ["clean", "middle", "worst"]
    assert [g.name for g in run.gold] == [e.id for e in run.extractions] == ["clean", "middle", "worst"]
    assert run.report.skipped == ["unannotated"]
    assert evaluate(FIXTURE, fake_extract_many).to_dict() == run.report.to_dict()


def test_article_errors_finds_the_four_kinds(run):
    worst = run.report.articles[2]
    errors = article_errors(worst, len(run.gold[2].attributions), len(run.extractions[2].attributions))
    found = {(e.type, e.gold, e.predicted) for e in errors}
    assert found == {("missed", 3, None), ("false_alarm", None, 2), ("boundary", 1, 1),
                     ("source", 2, 3)}
    boundary = next(e for e in errors if e.type == "boundary")
    assert boundary.jaccard == pytest.approx(0.8)


def test_highlight_nests_overlapping_spans_and_escapes():
    html = highlight("<a> b c", [Highlight(0, 5, "x", 'say "hi"'), Highlight(4, 7, "y"),
                                 Highlight(4, 5, "z")], labels=[(4, "<i>L</i>")])
    assert html == ('<span class="x" title="say &quot;hi&quot;">&lt;a&gt; </span><i>L</i>'
                    '<span class="x" title="say &quot;hi&quot;"><span class="y">'
                    '<span class="z">b</span></span></span><span class="y"> c</span>')
    # Removing the markup gives back the (escaped) text.
    assert re.sub(r"<[^>]+>", "", html.replace("<i>L</i>", "")) == "&lt;a&gt; b c"


def test_report_page(run, tmp_path):
    path = write_html_report(run.report, run.gold, run.extractions, tmp_path / "r.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    # Self-contained: no script, no external asset.
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert not re.search(r"(src|href)=|@import|url\(", page)
    # Every article, most errors first (worst: 4, middle: 1, clean: 0).
    order = [page.index(f'id="article-{name}"') for name in ("worst", "middle", "clean")]
    assert order == sorted(order)
    assert "4 errors" in page and "1 error " in page and "0 errors" in page
    # The four error kinds are marked in the text and listed.
    worst = page[order[0]:order[1]]
    assert worst.count('class="content miss"') == 1       # "of floods", gold side
    assert worst.count('class="content fa"') == 1         # alert("x"), predicted side
    assert worst.count('class="content bnd"') == 2        # both sides of the boundary pair
    assert worst.count('class="content src"') == 2
    assert "boundary (Jaccard 0.80)" in worst
    assert "<td>of floods</td>" in worst
    assert "<td>alert(&quot;x&quot;)</td>" in worst
    assert "<td>Carl Doe</td>" in worst and "<td>Officials</td>" in worst
    # Gold and predicted columns hold the same text.
    for section in (worst, page[order[1]:order[2]], page[order[2]:]):
        gold, pred = re.findall(r'<div class="text">(.*?)</div>', section, re.S)
        strip = re.compile(r'<span class="lbl[^"]*">[^<]*</span>|<[^>]+>')
        assert strip.sub("", gold) == strip.sub("", pred)
    # The summary holds the numbers of format_table.
    table = run.report.format_table()
    assert "3 articles scored, 1 skipped" in page
    for row in table.splitlines()[3:]:
        cells = re.split(r"[\s|]+", row.strip())
        assert "".join(f"<td>{c}</td>" for c in cells[1:]) in page
    assert "unannotated" in page


def test_report_rejects_misaligned_inputs(run):
    with pytest.raises(ValueError, match="order"):
        render_html_report(run.report, run.gold[::-1], run.extractions[::-1])
    with pytest.raises(ValueError, match="articles"):
        render_html_report(run.report, run.gold[:1], run.extractions)


class FakeExtractor:
    """Fast mode finds the fixture's attributions; every other mode finds nothing."""

    def __init__(self, settings, nlp=None):
        self.mode, self.nlp = settings.mode, nlp

    def extract_many(self, items, n_process=1):
        if self.mode == "fast":
            return fake_extract_many(items)
        return (Extraction(name, text) for name, text in items)


def fake_extract_modes(extractors, items, n_process=1):
    """Each article's extraction by each of ``extractors`` (no parse to share)."""
    items = list(items)
    return zip(*(e.extract_many(items) for e in extractors))


@pytest.fixture
def fake_modes(monkeypatch):
    # The CLI imports the pipeline when a command runs, so the fakes replace it there.
    monkeypatch.setattr(pipeline, "Extractor", FakeExtractor)
    monkeypatch.setattr(pipeline, "extract_modes", fake_extract_modes)


def test_cli_eval_html(fake_modes, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli.main, ["eval", str(FIXTURE), "--mode", "fast", "--html", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    assert "3 articles scored" in result.stdout and "mode" not in result.stdout
    assert result.stderr.strip() == f"wrote {out}"
    page = out.read_text(encoding="utf-8")
    assert 'id="article-worst"' in page and "&lt;script&gt;" in page
    assert "Modes compared" not in page


def test_cli_eval_compares_modes(fake_modes, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        cli.main, ["eval", str(FIXTURE), "--mode", "accurate", "--mode", "fast", "--html", str(out)])
    assert result.exit_code == 0, result.output + result.stderr
    accurate, fast = result.stdout.split("\n\n")
    assert accurate.startswith("mode accurate\n") and fast.startswith("mode fast\n")
    assert "overall       7     0" in accurate and "overall       7     6" in fast
    page = out.read_text(encoding="utf-8")
    # The errors shown are the first mode's; the table compares both.
    table = page[page.index("<h2>Modes compared</h2>"):]
    assert table.index("mode accurate") < table.index("mode fast")
    assert table.count("<tr><th>overall</th><td>7</td>") == 2
    as_json = CliRunner().invoke(
        cli.main, ["eval", str(FIXTURE), "--json", "--mode", "accurate", "--mode", "fast"])
    scores = json.loads(as_json.stdout)
    assert list(scores) == ["accurate", "fast"] and scores["accurate"]["pred"]["overall"] == 0


def test_summary_has_the_agreement_rows_of_several_annotators():
    # tests/fixtures/brat: alpha_one has two annotator files.
    run = evaluate_run(Path(__file__).parent / "fixtures" / "brat",
                       lambda items: (Extraction(name, text) for name, text in items))
    page = render_html_report(run.report, run.gold, run.extractions)
    assert "agreement on 1 article with several annotators" in page
    rows = run.report.rows() + run.report.agreement.rows()
    assert [label for label, *_ in rows[-2:]] == ["humans", "system"]
    for label, gold, pred, cells in rows:
        assert (f"<tr><th>{label}</th><td>{gold}</td><td>{pred}</td>"
                + "".join(f"<td>{c}</td>" for c in cells)) in page
