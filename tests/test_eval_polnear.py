"""Accurate mode (the default) on PolNeAR dev: the scores recorded in the README, reproduced
within 0.005, and calibrated confidence."""
import pytest

from quotegraph.evaluate import evaluate_run
from tests.conftest import shared_path

# `quotegraph eval ../shared/data/polnear/dev` with the shipped tagger (README, Evaluation).
RECORDED = {"attribution": 0.7590, "content_overlap": 0.8024, "content_tokens": 0.9024}


@pytest.fixture(scope="module")
def run(extractor):
    return evaluate_run(shared_path("data/polnear/dev"), extractor.extract_many)


def test_dev_scores_are_the_recorded_ones(run):
    report = run.report.to_dict()
    assert report["articles"] == 84
    for metric, recorded in RECORDED.items():
        assert abs(report[metric]["f1"] - recorded) <= 0.005, (metric, report[metric]["f1"])


def test_direct_quotes_are_nearly_all_found(run):
    assert run.report.to_dict()["content_overlap"]["by_kind"]["direct"]["recall"] >= 0.95


def test_confidence_is_calibrated_on_dev(run):
    # Measured: expected calibration error 0.026; every well-filled bin within 0.08.
    assert run.calibration_error() <= 0.05
    for b in run.reliability():
        if b.count >= 100:
            assert abs(b.mean_confidence - b.precision) < 0.1, b


# `quotegraph eval ../shared/data/polnear/dev --speakers` (README, Evaluation: Speakers).
RECORDED_SPEAKERS = {"accuracy": 0.928, "resolved_f1": 0.740}


def test_speaker_scores_on_the_speaker_gold_are_the_recorded_ones(run):
    from quotegraph.evaluate.speakers import load_speaker_gold

    report = run.speakers(load_speaker_gold())
    overall = report.slices["overall"]
    assert report.articles == 35 and overall.gold == 860
    assert abs(overall.accuracy - RECORDED_SPEAKERS["accuracy"]) <= 0.005, overall.accuracy
    assert abs(overall.resolved.f1 - RECORDED_SPEAKERS["resolved_f1"]) <= 0.005, overall.resolved.f1
    # Names are the surest: a source that names its speaker is resolved right nearly 90% of
    # the time.
    assert report.slices["name"].accuracy >= 0.88
    # By source type only recall is defined: predictions carry no source type.
    assert set(report.to_dict()["name"]["resolved"]) == {"tp", "fn", "recall"}
