"""The same-statement pair model: its features on hand-written reports, the shipped model's
answers, and fitting it again on the statement gold."""
from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest

from quotegraph.corpus.embed import Embedder
from quotegraph.corpus.pairs import FEATURES, PairModel, Report, names, numbers, pair_features
from quotegraph.errors import ModelError
from tests.test_statements import POLNEAR

QUOTE = Report("a", "“We are going to build a wall on the southern border, and Mexico will pay for it,”",
               "direct", "2016-08-31")
INDIRECT = Report("b", "that Mexico would pay for a wall along the southern border", "indirect",
                  "2016-09-02")
OTHER = Report("c", "“Our taxes are far too high for the middle class, and we will cut them,”",
               "direct", "2016-09-01")


@pytest.fixture(scope="module")
def embedder():
    return Embedder.load()


def features(embedder, a, b):
    va, vb = embedder.embed([a.text, b.text])
    return pair_features(a, b, float(va @ vb))


def test_numbers_and_names_are_what_pins_a_claim():
    assert numbers("200 troops") != numbers("2,000 troops")
    assert numbers("2,000 troops") == {"2000"}
    assert names("He met Putin in Aleppo. Then he left") == {"putin", "aleppo"}
    # A capital that only opens a sentence is not a name.
    assert names("Then the talks failed. Nothing happened") == set()


def test_features_of_a_quote_and_its_indirect_report(embedder):
    f = features(embedder, QUOTE, INDIRECT)
    assert set(f) == set(FEATURES) | {"contained"}
    assert f["cosine"] > 0.7 and f["containment"] >= 0.8
    assert f["shared_names"] == 1.0 and f["one_direct"] == 1.0 and f["both_direct"] == 0.0
    assert f["days"] == pytest.approx(2 / 14)
    g = features(embedder, QUOTE, OTHER)
    assert g["cosine"] < 0.5 and g["containment"] < 0.3 and g["both_direct"] == 1.0


def test_a_report_whose_words_the_other_holds_is_the_same_statement(embedder):
    # (the TASS headline and the Lavrov quote it reports, whatever the model's probability)
    quote = Report("a", "“The separation of terrorists from the moderate opposition in Aleppo has never happened, "
                   "and Washington knows it,”", "direct", "2016-10-31")
    headline = Report("b", "separation of terrorists in Aleppo never happened", "indirect", "2016-10-31")
    shorter = Report("c", "terrorists in Aleppo", "indirect", "2016-10-31")   # (too few words to say)
    rows = [features(embedder, quote, headline), features(embedder, quote, shorter)]
    assert [row["contained"] for row in rows] == [1.0, 0.0]
    rules_only = dataclasses.replace(PairModel.load(), threshold=1.01)   # (no probability reaches it)
    assert rules_only.same(rows).tolist() == [True, False]


def test_shipped_model_joins_the_report_and_not_the_other_statement(embedder):
    model = PairModel.load()
    same = model.same([features(embedder, QUOTE, INDIRECT), features(embedder, QUOTE, OTHER)])
    assert same.tolist() == [True, False]
    # Three weeks apart, the same words are still one statement only by the verbatim rule.
    later = Report("d", QUOTE.text, "direct", "2016-09-21")
    assert model.same([features(embedder, QUOTE, later)]).tolist() == [True]


def test_model_of_other_features_is_refused(tmp_path):
    path = tmp_path / "model.json"
    data = PairModel.load().to_dict()
    data["features"] = data["features"][:-1]
    path.write_text(json.dumps(data))
    with pytest.raises(ModelError, match="fit it again with 'quotegraph train-statements'"):
        PairModel.load(path)


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR is not in ../shared/data")
def test_fitting_on_the_gold_gives_the_shipped_model(tmp_path):
    pytest.importorskip("sklearn")
    from quotegraph.training.statements import train_statement_model

    model = train_statement_model(POLNEAR, tmp_path / "statements.json")
    shipped = PairModel.load()
    assert np.allclose(model.coef, shipped.coef, atol=1e-3)
    assert model.threshold == pytest.approx(shipped.threshold, abs=1e-3)
    assert model.info["held_out"] == shipped.info["held_out"]
    # Well above today's verbatim clustering's recall (0.161), measured on held-out folds.
    assert model.info["held_out"]["recall"] > 0.45 and model.info["held_out"]["precision"] > 0.65
