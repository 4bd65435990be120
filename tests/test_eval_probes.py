"""Speakers on the probe rounds (docs/speaker-probes.md): the counts recorded in the README,
in both modes, and the scorer's verdicts on hand-made cases."""
from pathlib import Path

import pytest

from quotegraph.evaluate.probes import ProbeError, ProbeQuote, judge, load_probes, score_rounds, verdicts
from quotegraph.model import Attribution, Content
from quotegraph.pipeline import extract_modes

# The first round and every fourth after it (a quarter of the cost: make test stays under ten
# minutes as rounds are added; the README records every round's counts).
PROBES = sorted((Path(__file__).resolve().parents[1] / "benchmarks/probes").glob("round-*"))[::4]
# `python benchmarks/speaker_probes.py --every 4` (README, Evaluation: Speaker probe rounds).
RECORDED = {"accurate": {"right": 11794, "wrong": 635}, "fast": {"right": 10946, "wrong": 1180}}


@pytest.fixture(scope="module")
def probe_results(extractor, fast_extractor):
    # (each article parsed once for both modes, on two processes)
    both = [extractor, fast_extractor]
    accurate, fast = score_rounds(PROBES, lambda items: extract_modes(both, items, n_process=2))
    return {"accurate": accurate, "fast": fast}


@pytest.mark.parametrize("mode", ["accurate", "fast"])
def test_probe_speakers_are_the_recorded_ones(mode, probe_results):
    counts = verdicts(r for results in probe_results[mode].values() for r in results)
    assert sum(counts.values()) == 12625
    # (within two: a parse or a tagger score at a boundary may differ across machines)
    assert counts["right"] >= RECORDED[mode]["right"] - 2, counts
    assert counts["wrong"] <= RECORDED[mode]["wrong"] + 2, counts


def _attribution(start, end, speaker):
    return Attribution(id="A1", kind="indirect", section="body", content=Content([(start, end)], "x" * (end - start)),
                       speaker=speaker)


def test_the_innermost_attribution_holding_a_quote_is_judged():
    quote = ProbeQuote("a.txt", "the game would be won", "Tom Lyle", ("Lyle",), 40, 61)
    outer, inner = _attribution(10, 90, "Dean Mercer"), _attribution(35, 80, "Lyle")
    assert judge(quote, [outer, inner]).verdict == "right"
    assert judge(quote, [outer]).verdict == "wrong"
    assert judge(quote, [_attribution(35, 80, None)]).verdict == "unresolved"
    assert judge(quote, [_attribution(0, 45, "Tom Lyle")]).verdict == "missing"   # (a quarter of it)


def test_a_curly_and_a_straight_apostrophe_name_the_same_speaker():
    # (the text's "Women’s" against the gold's "Women's" was judged another speaker)
    quote = ProbeQuote("a.txt", "player safety comes first", "Australian Women's Football League", ("AWFL",), 0, 25)
    assert judge(quote, [_attribution(0, 25, "Australian Women’s Football League")]).verdict == "right"


def test_a_bodys_name_keeps_the_words_that_are_titles_before_a_persons():
    # ("Defense Ministry" was read as the title "Defense" and "ministry", no match for "Japan's
    # Defense Ministry"; "Sen." before a person's name is still set aside)
    quote = ProbeQuote("a.txt", "fell outside the zone", "Japan's Defense Ministry", (), 0, 21)
    assert judge(quote, [_attribution(0, 21, "Defense Ministry")]).verdict == "right"
    assert judge(quote, [_attribution(0, 21, "Foreign Ministry")]).verdict == "wrong"
    quote = ProbeQuote("a.txt", "fell outside the zone", "Tim Kaine", (), 0, 21)
    assert judge(quote, [_attribution(0, 21, "Sen. Tim Kaine")]).verdict == "right"


def test_a_department_named_before_its_noun_is_the_department_of_it():
    # (the text's "The Agriculture Department" against the gold's "Department of Agriculture")
    quote = ProbeQuote("a.txt", "stands ready to work", "Department of Agriculture", ("USDA",), 0, 20)
    assert judge(quote, [_attribution(0, 20, "Agriculture Department")]).verdict == "right"
    assert judge(quote, [_attribution(0, 20, "Commerce Department")]).verdict == "wrong"
    quote = ProbeQuote("a.txt", "stands ready to work", "Ministry of Defense", (), 0, 20)
    assert judge(quote, [_attribution(0, 20, "the Defense Ministry")]).verdict == "right"


def test_a_quote_not_in_its_article_is_reported(tmp_path):
    (tmp_path / "01-a.txt").write_text("Headline\n\nShe said it rained.", encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text('{"file": "01-a.txt", "quote": "it snowed", "speaker": "Ann"}\n')
    with pytest.raises(ProbeError, match="'it snowed' is not in 01-a.txt"):
        load_probes(tmp_path)
