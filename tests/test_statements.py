"""The statement gold loads, points at real gold attributions, and the pair scorer counts right."""
from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.evaluate.brat import load_gold
from quotegraph.evaluate.statements import (Side, StatementPair, load_statement_gold,
                                            pair_scores, story_gold_path)

POLNEAR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear"


def test_gold_counts():
    pairs = load_statement_gold()
    outlets = {side.article.split("_")[0] for p in pairs for side in (p.a, p.b)}
    assert len(pairs) >= 300
    assert len(outlets) >= 5
    assert all(p.a.article.split("_")[0] != p.b.article.split("_")[0] for p in pairs)
    assert sum(p.same for p in pairs) >= 80


def test_the_single_story_gold_is_apart_from_the_statement_gold():
    stories = load_statement_gold(story_gold_path())
    keys = {frozenset([(p.a.article, tuple(p.a.content)), (p.b.article, tuple(p.b.content))])
            for p in load_statement_gold()}
    assert len(stories) >= 150 and 10 <= sum(p.same for p in stories) < len(stories) / 2
    assert all(p.a.article.split("_")[0] != p.b.article.split("_")[0] for p in stories)
    assert not {frozenset([(p.a.article, tuple(p.a.content)), (p.b.article, tuple(p.b.content))])
                for p in stories} & keys


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR is not in ../shared/data")
@pytest.mark.parametrize("gold", [None, story_gold_path()], ids=["statements", "stories"])
def test_offsets_are_gold_contents(gold):
    contents = {}
    for split in ("train", "dev"):
        for article in load_gold(POLNEAR / split):
            contents[article.name] = {tuple(a.content) for a in article.attributions}
    for pair in load_statement_gold(gold):
        for side in (pair.a, pair.b):
            assert side.content in contents[side.article], (side.article, side.content)


def test_pair_scores_counts_each_answer():
    texts = {"x": "we will win big", "y": "we will win big", "z": "taxes are too high"}
    pairs = [StatementPair(Side("x", [(0, 15)]), Side("y", [(0, 15)]), "S", True, "verbatim"),
             StatementPair(Side("x", [(0, 15)]), Side("z", [(0, 18)]), "S", False),
             StatementPair(Side("y", [(0, 6)]), Side("z", [(0, 5)]), "S", True, "paraphrase")]
    score = pair_scores(pairs, lambda a, b: a == b, texts)
    assert (score.tp, score.fp, score.fn, score.tn) == (1, 0, 1, 1)
    assert score.precision == 1.0 and score.recall == 0.5
