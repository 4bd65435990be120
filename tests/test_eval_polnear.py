"""Evaluation floors on PolNeAR dev (the issue's acceptance numbers), through the real CLI path."""
import pytest

from quotegraph.evaluate import evaluate
from tests.conftest import shared_path


@pytest.fixture(scope="module")
def report(extractor):
    dev = shared_path("data/polnear/dev")
    return evaluate(dev, extractor.extract_many).to_dict()


def test_dev_floors(report):
    assert report["articles"] == 84
    assert report["attribution"]["f1"] >= 0.50
    assert report["content_overlap"]["f1"] >= 0.60


def test_direct_quotes_are_nearly_all_found(report):
    assert report["content_overlap"]["by_kind"]["direct"]["recall"] >= 0.90
