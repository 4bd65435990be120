"""Tests of the evaluation stage: brat gold loading and the attribution metrics."""
import json
from pathlib import Path

import pytest

from quotegraph.errors import AnnotationError
from quotegraph.evaluate import (EvalReport, EvalRun, GoldArticle, GoldAttribution, agreement,
                                 evaluate, gold_kind, load_gold, quote_kind, score_article,
                                 unannotated)
from quotegraph.evaluate.brat import _pair_files, _read, parse_ann, text_bounds
from quotegraph.model import Attribution, Content, Extraction, TextSpan

FIXTURES = Path(__file__).parent / "fixtures" / "brat"
POLNEAR_DEV = Path(__file__).parents[1].parent / "shared/data/polnear/dev"

TEXT = 'Ann Lee said "we will win the vote". Bob Smith argued that taxes will fall soon.'


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def gold_of(text: str, content, source=None) -> GoldAttribution:
    parts = [content] if isinstance(content, str) else content
    return GoldAttribution([span(text, p) for p in parts],
                           [span(text, source)] if source else [], [])


def pred_of(text: str, content, source=None, kind="indirect") -> Attribution:
    parts = [content] if isinstance(content, str) else content
    return Attribution(id="p", kind=kind, section="body",
                       content=Content.of(text, [span(text, p) for p in parts]),
                       source=TextSpan.of(text, *span(text, source)) if source else None)


def score(golds, preds, text=TEXT):
    return score_article(GoldArticle("t", text, golds), preds)


def counts(s):
    return s.tp, s.fp, s.fn


# --- metrics ---------------------------------------------------------------------------

def test_perfect_match():
    result = score([gold_of(TEXT, '"we will win the vote"', "Ann Lee")],
                   [pred_of(TEXT, '"we will win the vote"', "Ann Lee", kind="direct")])
    for metric in (result.content_overlap, result.attribution):
        assert counts(metric["overall"]) == (1, 0, 0)
        assert metric["overall"].f1 == 1.0
    assert counts(result.content_tokens["overall"]) == (5, 0, 0)
    assert result.errors == []


def test_content_overlap_with_wrong_source():
    gold = gold_of(TEXT, "taxes will fall soon", "Bob Smith")
    pred = pred_of(TEXT, "taxes will fall soon", "Ann Lee")
    result = score([gold], [pred])
    assert counts(result.content_overlap["overall"]) == (1, 0, 0)
    assert counts(result.attribution["overall"]) == (0, 1, 1)
    assert [(e.type, e.gold, e.predicted) for e in result.errors] == [
        ("source_mismatch", gold, pred)]


def test_source_sharing_one_word_token_is_enough():
    result = score([gold_of(TEXT, "taxes will fall soon", "Bob Smith")],
                   [pred_of(TEXT, "taxes will fall soon", "Smith")])
    assert counts(result.attribution["overall"]) == (1, 0, 0)


@pytest.mark.parametrize("predicted, matched", [
    ("argued that taxes will fall", True),          # 3 shared / 6 in union = 0.5
    ("Smith argued that taxes will fall", False),   # 3 / 7 = 0.43
    ("taxes will", True),                           # 2 / 4 = 0.5
    ("taxes", False),                               # 1 / 4
    ("axes will", True),                            # a cut word still counts: 2 / 4
])
def test_jaccard_threshold(predicted, matched):
    result = score([gold_of(TEXT, "taxes will fall soon")], [pred_of(TEXT, predicted)])
    assert result.content_overlap["overall"].tp == int(matched)
    assert result.content_overlap["overall"].fp == int(not matched)


def test_greedy_one_to_one_prefers_higher_jaccard():
    gold = gold_of(TEXT, "taxes will fall soon", "Bob Smith")
    weaker = pred_of(TEXT, "taxes will fall", "Bob Smith")       # Jaccard 0.75
    exact = pred_of(TEXT, "taxes will fall soon", "Bob Smith")   # Jaccard 1.0
    result = score([gold], [weaker, exact])
    assert counts(result.content_overlap["overall"]) == (1, 1, 0)
    assert [(e.type, e.predicted) for e in result.errors] == [("false_alarm", weaker)]
    # Token level counts the union of predictions, so the extra one costs nothing here.
    assert counts(result.content_tokens["overall"]) == (4, 0, 0)


def test_discontinuous_gold_content():
    text = "“We will win,” Ann Lee said. “It is certain.”"
    gold = gold_of(text, ["“We will win,”", "“It is certain.”"], "Ann Lee")
    whole = pred_of(text, "“We will win,” Ann Lee said. “It is certain.”", "Ann Lee")
    result = score([gold], [whole], text)                 # 6 / 9: matched
    assert counts(result.attribution["overall"]) == (1, 0, 0)
    assert counts(result.content_tokens["overall"]) == (6, 3, 0)
    half = pred_of(text, "“It is certain.”", "Ann Lee")  # 3 / 6: matched
    assert score([gold], [half], text).content_overlap["overall"].tp == 1


def test_both_without_source_is_an_attribution_match():
    gold = gold_of(TEXT, "taxes will fall soon")
    assert counts(score([gold], [pred_of(TEXT, "taxes will fall soon")])
                  .attribution["overall"]) == (1, 0, 0)
    with_source = score([gold], [pred_of(TEXT, "taxes will fall soon", "Bob Smith")])
    assert counts(with_source.attribution["overall"]) == (0, 1, 1)


def test_missed_and_false_alarm_errors():
    gold = gold_of(TEXT, "taxes will fall soon")
    pred = pred_of(TEXT, '"we will win the vote"')
    result = score([gold], [pred])
    assert counts(result.content_overlap["overall"]) == (0, 1, 1)
    assert [e.type for e in result.errors] == ["missed", "false_alarm"]


def test_by_kind_recall_uses_gold_kind_and_precision_predicted_kind():
    gold = gold_of(TEXT, '"we will win the vote"', "Ann Lee")            # gold kind: direct
    pred = pred_of(TEXT, '"we will win the vote"', "Ann Lee", kind="mixed")
    result = score([gold], [pred])
    direct, mixed = result.content_overlap["direct"], result.content_overlap["mixed"]
    assert (direct.tp, direct.fn, direct.tp_pred, direct.fp) == (1, 0, 0, 0)
    assert (mixed.tp, mixed.fn, mixed.tp_pred, mixed.fp) == (0, 0, 1, 0)
    assert direct.recall == 1.0 and mixed.precision == 1.0
    assert result.gold["direct"] == 1 and result.pred["mixed"] == 1
    tokens = result.content_tokens
    assert (tokens["direct"].tp, tokens["direct"].tp_pred) == (5, 0)
    assert (tokens["mixed"].tp, tokens["mixed"].tp_pred) == (0, 5)


@pytest.mark.parametrize("content, kind", [
    ('"We will win the vote."', "direct"),
    ("“We will win,” “It is certain.”", "direct"),       # two quoted fragments
    (", “We will win.”", "direct"),                      # stray punctuation outside
    ("“We will win,” she said, “surely.”", "mixed"),
    ("that it was “over”", "mixed"),
    ("‘Demoralizing’ Experience Of Serving", "mixed"),
    ("''It's more tinkering at the edges,''", "direct"),
    ("“We will win,\"", "direct"),                       # mismatched marks in the source
    ("“One paragraph.\n\n“And the next.”", "direct"),    # a quote reopened per paragraph
    ("“We will win", "mixed"),                           # no closing mark
    ("that Clinton’s team won't comment", "indirect"),
    ("that the Smiths' house is for sale", "indirect"),
])
def test_quote_kind(content, kind):
    assert quote_kind(content) == kind


def test_gold_kind_joins_fragments():
    text = "“We will win,” Ann Lee said. “It is certain.”"
    assert gold_kind(text, [span(text, "“We will win,”"), span(text, "“It is certain.”")]) \
        == "direct"
    assert gold_kind(text, [span(text, "“We will win,” Ann Lee said")]) == "mixed"


# --- brat loading -------------------------------------------------------------------------

def test_load_gold_fixture():
    articles = load_gold(FIXTURES)
    assert [a.name for a in articles] == ["alpha_one", "beta"]
    assert unannotated(FIXTURES) == ["gamma"]

    alpha = articles[0]
    # alpha_one_aaaa.ann sorts before alpha_one_bbbb.ann, which has a single, other attribution.
    assert [a.id for a in alpha.attributions] == ["E1", "E2", "E3"]
    (other,) = alpha.other_annotators
    assert [(alpha.text[slice(*a.content[0])], alpha.text[slice(*a.source[0])])
            for a in other] == [("rain", "Officials")]
    quote, report, expect = alpha.attributions
    assert [alpha.text[s:e] for s, e in quote.content] == ["“We will win,”",
                                                           "“It is certain.”"]
    assert [alpha.text[s:e] for s, e in quote.source] == ["Ann Lee"]
    assert [alpha.text[s:e] for s, e in quote.cue] == ["said"]
    assert [alpha.text[s:e] for s, e in report.content] == ["that taxes\nwill fall"]
    assert expect.source == []                        # Attribution-no-source
    assert "Read more here." not in [alpha.text[s:e] for a in alpha.attributions
                                     for s, e in a.content + a.source + a.cue]

    beta = articles[1]
    assert beta.other_annotators == []
    (plan,) = beta.attributions                       # Content and Content2 merged
    assert [beta.text[s:e] for s, e in plan.content] == ["the plan", "works"]


def test_load_gold_requires_text_and_attributions(tmp_path):
    (tmp_path / "text").mkdir()
    with pytest.raises(AnnotationError, match="attributions/"):
        load_gold(tmp_path)


def test_parse_ann_rejects_dangling_reference():
    with pytest.raises(AnnotationError, match="T9"):
        parse_ann("T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Cue:T1 Content:T9\n", "x.ann")


def test_parse_ann_skips_attributions_without_content():
    assert parse_ann("T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Cue:T1\n") == []


@pytest.mark.skipif(not POLNEAR_DEV.is_dir(), reason="PolNeAR dev set not present")
def test_polnear_dev_offsets_are_exact():
    assert len(load_gold(POLNEAR_DEV)) == 84
    for txt, ann_files in _pair_files(POLNEAR_DEV):
        text = _read(txt)
        for tid, bound in text_bounds(_read(ann_files[0])).items():
            if bound.label == "Content":
                assert " ".join(text[s:e] for s, e in bound.spans) == bound.text, \
                    f"{ann_files[0].name} {tid}"


def test_polnear_dev_annotators_agree_on_two_articles():
    if not POLNEAR_DEV.is_dir():
        pytest.skip("PolNeAR dev is not beside the repository")
    articles = load_gold(POLNEAR_DEV)
    several = {a.name: 1 + len(a.other_annotators) for a in articles if a.other_annotators}
    assert several == {"politico_2016-09-08_flynn-says-trump-absolutely-righ": 6,
                       "wash-post_2016-09-26_charlotte-struggles-to-return-to": 6}
    result = agreement(articles, [[] for _ in articles])
    assert result.articles == 2
    # 155 gold attributions over the 12 annotator files, each read against the 5 others.
    overlap, attribution = result.humans["content_overlap"], result.humans["attribution"]
    assert overlap.tp + overlap.fn == 775
    assert round(overlap.f1, 3) == 0.903 and round(attribution.f1, 3) == 0.885
    assert result.system["content_overlap"].tp == 0


# --- evaluate -----------------------------------------------------------------------------

def fake_extract_many(pairs):
    """Predicts one attribution per article: its first gold content, sourced to nobody."""
    golds = {a.name: a for a in load_gold(FIXTURES)}
    for name, text in pairs:
        first = golds[name].attributions[0]
        yield Extraction(id=name, text=text, attributions=[
            Attribution("p1", "direct", "body", Content.of(text, first.content))])


def test_evaluate_report():
    report = evaluate(FIXTURES, fake_extract_many)
    result = report.to_dict()
    assert json.loads(json.dumps(result)) == result
    assert (result["articles"], result["skipped_articles"]) == (2, 1)
    assert result["gold"]["overall"] == 4 and result["pred"]["overall"] == 2
    overlap = result["content_overlap"]
    assert (overlap["tp"], overlap["fp"], overlap["fn"]) == (2, 0, 2)
    assert (overlap["precision"], overlap["recall"], overlap["f1"]) == (1.0, 0.5, 0.6667)
    attribution = result["attribution"]
    assert (attribution["tp"], attribution["fp"], attribution["fn"]) == (0, 2, 4)
    assert set(overlap["by_kind"]) == {"direct", "mixed", "indirect"}
    assert result["content_tokens"]["by_kind"]["direct"]["tp"] == 6

    # alpha_one has two annotators: aaaa's three attributions, bbbb's "rain" with a source
    # aaaa left out. Each against the other: "rain" pairs (2 of 4 each way), never the source.
    # The system's one quote pairs with aaaa's (1 of 3 gold), not with bbbb's (0 of 1).
    agreement = result["agreement"]
    assert agreement["articles"] == 1
    humans, system = agreement["humans"], agreement["system"]
    assert [humans["content_overlap"][k] for k in ("tp", "fp", "fn", "f1")] == [2, 2, 2, 0.5]
    assert humans["attribution"]["tp"] == 0
    assert [system["content_overlap"][k] for k in ("tp", "fp", "fn")] == [1, 1, 3]
    assert system["content_tokens"]["recall"] == 0.5     # 6 of 12 gold word tokens

    table = report.format_table()
    lines = table.splitlines()
    assert lines[0] == "2 articles scored, 1 skipped for lack of annotations"
    rows = {line.split()[0]: line for line in lines[3:] if not line.startswith("agreement")}
    assert list(rows) == ["overall", "direct", "mixed", "indirect", "humans", "system"]
    assert rows["overall"].split()[1:5] == ["4", "2", "|", "100.0"]
    assert rows["humans"].split()[1:7] == ["4", "4", "|", "50.0", "50.0", "50.0"]
    assert lines[7].startswith("agreement on 1 article with several annotators")
    assert len({len(line) for line in lines[1:] if line in rows.values()} | {len(lines[1])}) == 1


def test_reliability_bins_and_calibration_error():
    # Three predictions: right at 1.0 (the last bin holds its upper edge), a wrong source at
    # 0.95, a false alarm at 0.3.
    gold = [gold_of(TEXT, '"we will win the vote"', "Ann Lee"),
            gold_of(TEXT, "taxes will fall soon", "Bob Smith")]
    preds = [pred_of(TEXT, '"we will win the vote"', "Ann Lee", kind="direct"),
             pred_of(TEXT, "taxes will fall soon", "Ann Lee"),
             pred_of(TEXT, "Bob Smith argued")]
    for p, confidence in zip(preds, (1.0, 0.95, 0.3)):
        p.confidence = confidence
    article = GoldArticle("t", TEXT, gold)
    run = EvalRun(EvalReport([score_article(article, preds)]), [article],
                  [Extraction("t", TEXT, attributions=preds)])
    assert [right for _, right in run.judged()] == [True, False, False]
    assert [(b.low, b.high, b.count, b.precision) for b in run.reliability()] == [
        (0.2, 0.4, 1, 0.0), (0.9, 1.0, 2, 0.5)]
    assert run.calibration_error() == pytest.approx((1 * 0.3 + 2 * (0.975 - 0.5)) / 3)


def test_evaluate_rejects_broken_extract_many():
    with pytest.raises(ValueError, match="fewer"):
        evaluate(FIXTURES, lambda pairs: [])
    with pytest.raises(ValueError, match="differs"):
        evaluate(FIXTURES, lambda pairs: [Extraction(n, t.upper()) for n, t in pairs])


def test_empty_report():
    assert EvalReport([]).to_dict()["content_overlap"]["f1"] == 0.0
