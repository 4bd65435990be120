"""The shared spaCy pipeline: the stock attribute ruler and lemmatizer applied by table
(quotegraph.nlp.attributes) must annotate every token as the stock components do."""
from pathlib import Path

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from quotegraph.nlp import MODEL, load_pipeline
from quotegraph.nlp.attributes import TokenAttributes

from conftest import shared_path

ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
# What the stock ruler's rarer patterns match: two-token ones ("gon na", "got ta", "let 's",
# "c'm on", "y' all", "ai n't"), an expletive's verb, whitespace tokens the tagger labelled,
# pronouns by their dependency, contractions and dropped g's.
CONSTRUCTIONS = [
    "I'm gonna tell y'all what I've got ta do, let's c'm on.  They ain't done nothin' yet.",
    "There is no deal and there were never any talks, she said. \n It's fine, isn't it?",
    "You told me I'd been doin' it wrong; it gets worse, and we got 'em anyway.",
    "  \n\n",
    "He said: \"Being there, having had it, was enough.\" Did he? He did, but he's wrong.",
]


@pytest.fixture(scope="module")
def stock():
    return spacy.load(MODEL)


def texts() -> list[str]:
    examples = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))
    tass = shared_path("examples/tass-2016-10-31-lavrov-aleppo.txt")
    dev = sorted(shared_path("data/polnear/dev/text").glob("*.txt"))[:12]
    return CONSTRUCTIONS + [p.read_text(encoding="utf-8") for p in [*examples, tass, *dev]]


def test_the_pipeline_runs_the_table_instead_of_the_stock_components():
    nlp = load_pipeline()
    assert "quotegraph_token_attributes" in nlp.pipe_names
    assert {"attribute_ruler", "lemmatizer"} <= set(nlp.disabled)
    assert nlp.pipe_names.index("quotegraph_token_attributes") < nlp.pipe_names.index("ner")


def test_every_token_annotated_as_the_stock_components_do(stock):
    nlp = load_pipeline()
    paragraphs = [p for text in texts() for p in text.split("\n\n")] + CONSTRUCTIONS
    for paragraph, ours, theirs in zip(paragraphs, nlp.pipe(paragraphs), stock.pipe(paragraphs)):
        assert [t.text for t in ours] == [t.text for t in theirs]
        assert numpy.array_equal(ours.to_array(ATTRS), theirs.to_array(ATTRS)), paragraph[:80]


def test_constructions_of_the_rarer_patterns(stock):
    nlp = load_pipeline()
    doc = nlp("I'm gonna say y'all ain't got ta go.")
    assert [(t.text, t.lemma_) for t in doc if t.text in ("gon", "na", "ai", "ta", "y'")] == \
        [("gon", "go"), ("na", "to"), ("y'", "you"), ("ai", "be"), ("ta", "to")]
    there = nlp("There is no deal.")
    assert there[1].pos_ == "VERB" and there[1].lemma_ == "be"   # (an expletive's verb)


def test_a_lemmatizer_that_overwrites_is_refused(stock):
    lemmatizer = stock.get_pipe("lemmatizer")
    lemmatizer.overwrite = True
    try:
        with pytest.raises(ValueError, match="overwrite=True"):
            TokenAttributes(stock.get_pipe("attribute_ruler"), lemmatizer)
    finally:
        lemmatizer.overwrite = False
