"""The trained candidate scorer of fast mode: shipped weights, dev floors, and training end to end."""
import json

import pytest

from quotegraph import Extractor, Settings
from quotegraph.attributions.registry import CONSTRUCTIONS
from quotegraph.attributions.scorer import CandidateScorer
from quotegraph.evaluate import evaluate, evaluate_run
from quotegraph.training.scorer import train_scorer
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def dev_run(fast_extractor):
    return evaluate_run(shared_path("data/polnear/dev"), fast_extractor.extract_many)


@pytest.fixture(scope="module")
def dev_scores(dev_run):
    return dev_run.report.to_dict()


def test_shipped_model_dev_floor(dev_scores):
    # Measured 0.653 attribution / 0.697 content overlap (README); rules alone give 0.591.
    # The target (0.70 / 0.80) is not reached: these floors hold the measured level.
    assert dev_scores["attribution"]["f1"] >= 0.655
    assert dev_scores["content_overlap"]["f1"] >= 0.705


def test_confidence_is_calibrated_on_dev(dev_run):
    # Measured: expected calibration error 0.029; every well-filled bin within 0.06.
    assert dev_run.calibration_error() < 0.04
    for b in dev_run.reliability():
        if b.count >= 100:
            assert abs(b.mean_confidence - b.precision) < 0.08, b


def test_model_beats_rules_alone(dev_scores, extractor):
    rules = Extractor(Settings(mode="rules"), nlp=extractor.nlp)
    baseline = evaluate(shared_path("data/polnear/dev"), rules.extract_many).to_dict()
    assert dev_scores["attribution"]["f1"] > baseline["attribution"]["f1"] + 0.04


def test_source_ranker_finds_what_the_rules_miss(fast_extractor):
    text = "Talks stall\nThe ministry is concerned that the figures were wrong."
    rules = Extractor(Settings(mode="rules"), nlp=fast_extractor.nlp).extract(text)
    model = fast_extractor.extract(text)
    concerned = [a for a in model.attributions if a.cue.text == "concerned"]
    assert [a.source.text for a in concerned] == ["The ministry"]
    assert [a.source for a in rules.attributions if a.cue.text == "concerned"] == [None]


def test_claim_inside_a_claim_is_doubted(fast_extractor):
    # PolNeAR annotates almost no claim reported inside another's content: the model learned
    # to doubt one ("warned" inside what officials said) that it trusts standing alone.
    alone = fast_extractor.extract("Talks stall\nThe companies warned that the port was closed.")
    nested = fast_extractor.extract("Talks stall\nOfficials said the companies had warned that the port "
                               "was closed.")
    [warned] = [a for a in alone.attributions if a.cue.text == "warned"]
    inner = [a for a in nested.attributions if a.cue.text == "warned"]
    assert warned.confidence > 0.9
    assert all(a.confidence < 0.5 and a.parent_id == "A1" for a in inner)


def test_training_runs_end_to_end_on_a_slice(tmp_path):
    train = shared_path("data/polnear/train")
    result = train_scorer(train, limit=5)
    path = tmp_path / "scorer.json"
    path.write_text(json.dumps(result), encoding="utf-8")
    scorer = CandidateScorer.load(path)
    assert scorer.weights and scorer.sources.weights
    assert scorer.threshold == 0.5 and result["articles"] == 5
    # every construction decided by rule, seen in these five articles or not
    assert set(result["rule_confidence"]) == {c.id for c in CONSTRUCTIONS.values() if c.rule_confidence}
    extractor = Extractor(Settings(mode="fast"), scorer=scorer)
    r = extractor.extract('Talks stall\n"We will not give up," Foreign Minister Anna Berg said.')
    assert [a.speaker for a in r.attributions] == ["Anna Berg"]
    assert 0.0 < r.attributions[0].confidence <= 1.0
