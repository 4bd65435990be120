"""The trained candidate scorer: shipped weights, dev floors, and training end to end."""
import json

import pytest

from quotegraph import Extractor, Settings
from quotegraph.attributions.scorer import CandidateScorer
from quotegraph.evaluate import evaluate
from quotegraph.training import train_scorer
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def dev_scores(extractor):
    return evaluate(shared_path("data/polnear/dev"), extractor.extract_many).to_dict()


def test_shipped_model_dev_floor(dev_scores):
    # Measured 0.593 attribution / 0.668 content overlap (README); rules alone give 0.558.
    assert dev_scores["attribution"]["f1"] >= 0.58
    assert dev_scores["content_overlap"]["f1"] >= 0.65


def test_model_beats_rules_alone(dev_scores, extractor):
    rules = Extractor(Settings(model=False), nlp=extractor.nlp)
    baseline = evaluate(shared_path("data/polnear/dev"), rules.extract_many).to_dict()
    assert dev_scores["attribution"]["f1"] > baseline["attribution"]["f1"] + 0.02


def test_training_runs_end_to_end_on_a_slice(tmp_path):
    train = shared_path("data/polnear/train")
    result = train_scorer(train, limit=5)
    path = tmp_path / "scorer.json"
    path.write_text(json.dumps(result), encoding="utf-8")
    scorer = CandidateScorer.load(path)
    assert scorer.weights and scorer.threshold == 0.5 and result["articles"] == 5
    extractor = Extractor(scorer=scorer)
    r = extractor.extract('Talks stall\n"We will not give up," Foreign Minister Anna Berg said.')
    assert [a.speaker for a in r.attributions] == ["Anna Berg"]
    assert 0.0 < r.attributions[0].confidence <= 1.0
