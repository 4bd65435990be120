"""The extraction pipeline: long articles are assembled window by window and merged.

``extractor`` is the session fixture of conftest.py.
"""
import subprocess
import sys

import pytest
import spacy

from quotegraph import pipeline
from quotegraph.errors import AnalysisError
from tests.conftest import shared_path

# Eleven paragraphs, each quote attributed inside its own paragraph to a fully named source,
# so that cutting the article every three paragraphs changes nothing.  Anna Berg and Pavel
# Novak speak in two different windows; the nested "say" of those who declined tests parent ids.
ARTICLE = """Talks on grain corridor stall in Geneva
GENEVA (Reuters) — Negotiators failed on Tuesday to agree on extending the grain corridor.
"We will not give up," Foreign Minister Anna Berg said after the meeting.
"This is a dangerous moment for the region," said Pavel Novak, the deputy head of the delegation.
The shipping companies said they rejected claims that the port was closed.
Prices for wheat rose by four percent in Chicago on Tuesday.
"Farmers cannot wait another month," Senator Tom Reyes told reporters in Washington.
Anna Berg said her government would table a new proposal next week.
The ministry said it rejected claims that the port was closed.
"Nobody wants another war," Pavel Novak said in a statement on Wednesday.
Trading resumed on Wednesday morning after a short pause.
"""


def _attributions(result):
    return [(a.kind, a.section, a.content.spans, a.content.text, a.cue, a.source, a.speaker,
             a.confidence) for a in result.attributions]


def _speakers(result):
    return sorted((s.name, s.kind, tuple(s.mentions)) for s in result.speakers)


def test_windowed_article_matches_single_window(fast_extractor, monkeypatch):
    # Fast mode reads each paragraph alone, so windows change nothing; the tagger of accurate
    # mode packs a window's paragraphs into its own wordpiece windows, so the paragraphs next
    # to a window boundary are read with less context (windows are 2,000 paragraphs long).
    whole = fast_extractor.extract(ARTICLE, "talks")
    monkeypatch.setattr(pipeline, "SEGMENT_PARAGRAPHS", 3)
    assert len(pipeline._windows(pipeline.parse_article(ARTICLE))) == 4
    windowed = fast_extractor.extract(ARTICLE, "talks")

    assert len(whole.attributions) >= 8
    assert _attributions(windowed) == _attributions(whole)
    assert _speakers(windowed) == _speakers(whole)
    assert (windowed.id, windowed.text, windowed.headline, windowed.dateline) == \
        (whole.id, whole.text, whole.headline, whole.dateline)


def test_windowed_article_has_consistent_ids(extractor, monkeypatch):
    monkeypatch.setattr(pipeline, "SEGMENT_PARAGRAPHS", 3)
    result = extractor.extract(ARTICLE, "talks")

    ids = [a.id for a in result.attributions]
    assert ids == [f"A{n}" for n in range(1, len(ids) + 1)]
    speakers = {s.id: s for s in result.speakers}
    assert list(speakers) == [f"S{n}" for n in range(1, len(speakers) + 1)]
    names = [s.name for s in result.speakers]
    assert len(names) == len(set(names)), "a speaker of two windows is merged into one"
    for a in result.attributions:
        if a.speaker_id is not None:
            assert speakers[a.speaker_id].name == a.speaker
        if a.parent_id is not None:
            parent = result.attributions[ids.index(a.parent_id)]
            assert parent.content.start <= a.content.start and a.content.end <= parent.content.end
    # The nested attributions lie in the second and third windows, so their ids were remapped.
    assert sum(a.parent_id is not None for a in result.attributions) == 2
    berg = next(s for s in result.speakers if s.name == "Anna Berg")
    assert berg.roles == ["Foreign Minister"]
    assert [m.start for m in berg.mentions] == sorted({m.start for m in berg.mentions})
    assert {m.text for m in berg.mentions} >= {"Foreign Minister Anna Berg", "Anna Berg"}
    assert len([a for a in result.attributions if a.speaker == "Anna Berg"]) == 2


def test_articles_come_out_in_order(extractor):
    items = [("a", ARTICLE), ("empty", ""), ("b", '"Farmers cannot wait," Senator Tom Reyes said.')]
    results = list(extractor.extract_many(items))
    assert [r.id for r in results] == ["a", "empty", "b"]
    assert results[1].attributions == []
    assert [a.speaker for a in results[2].attributions] == ["Tom Reyes"]


def test_modes_side_by_side_parse_each_article_once(extractor, fast_extractor, monkeypatch):
    items = [("a", ARTICLE), ("empty", ""), ("b", '"Farmers cannot wait," Senator Tom Reyes said.')]
    alone = [list(extractor.extract_many(items)), list(fast_extractor.extract_many(items))]
    parsed = []
    parse = extractor.nlp.pipe
    monkeypatch.setattr(extractor.nlp, "pipe", lambda texts, **kw: parse(parsed.append(1) or texts, **kw))
    together = list(pipeline.extract_modes([extractor, fast_extractor], items))
    assert parsed == [1]
    assert [[e.to_dict() for e in mode] for mode in zip(*together)] == [[e.to_dict() for e in m] for m in alone]
    # (two pipelines would parse twice and could disagree)
    other = pipeline.Extractor(pipeline.Settings(mode="fast"), nlp=spacy.blank("en"))
    with pytest.raises(ValueError, match="share one spaCy pipeline"):
        next(pipeline.extract_modes([extractor, other], items))


def test_a_cueless_quote_relinked_after_its_antecedent_was_dropped_keeps_a_consistent_source(fast_extractor):
    # A PolNeAR article where the scorer drops the attribution a cue-less quote took its
    # source from: the quote is relinked to the one kept before it (here none), source and
    # parsed mention together. A stale mention used to crash the speaker resolver.
    path = shared_path("data/polnear/train/text/west-journal_2016-06-04_former-clinton-pollster-says-cli.txt")
    result = fast_extractor.extract(path.read_text(encoding="utf-8"))
    quote = next(a for a in result.attributions if a.content.text.startswith("“A Sanders win"))
    assert quote.source is None and quote.speaker is None
    speakers = {s.id for s in result.speakers}
    assert all(a.speaker_id in speakers for a in result.attributions if a.speaker_id is not None)


def test_an_article_whose_analysis_fails_is_reported_and_the_batch_goes_on(extractor, monkeypatch,
                                                                           break_analysis):
    break_analysis("Pavel")
    monkeypatch.setattr(pipeline, "SEGMENT_PARAGRAPHS", 3)   # it fails in its second window of four
    short = "Vote delayed\nKarl Holm said the vote was delayed.\n"
    items = [("a", short), ("b", ARTICLE), ("c", short), ("d", ARTICLE.replace("Pavel", "Paul"))]
    errors = []
    results = list(extractor.extract_many(items, on_error=errors.append))
    assert [r.id for r in results] == ["a", "c", "d"]
    assert [e.id for e in errors] == ["b"]
    assert "RuntimeError: resolver broke" in str(errors[0])
    # The failed article's remaining paragraphs were skipped: those after it are whole.
    assert _attributions(results[2]) == _attributions(extractor.extract(items[3][1], "d"))
    assert [a.speaker for a in results[1].attributions] == ["Karl Holm"]
    with pytest.raises(AnalysisError, match="analysis failed"):
        list(extractor.extract_many(items))


def test_analyse_many_gives_each_input_back_with_its_extraction_or_its_error(extractor, break_analysis):
    """The loop the CLI, ingest, reprocess and Spark share: keys come back in input order
    with the outcome, failures in their place, each under its own (not unique) id."""
    break_analysis("Pavel")
    short = "Vote delayed\nKarl Holm said the vote was delayed.\n"
    inputs = [("same", short, 1), ("same", ARTICLE, 2), ("other", ARTICLE, 3), ("same", short, 4)]
    outcomes = list(extractor.analyse_many(inputs))
    assert [key for key, _ in outcomes] == [1, 2, 3, 4]
    assert [type(o).__name__ for _, o in outcomes] == ["Extraction", "AnalysisError", "AnalysisError",
                                                        "Extraction"]
    assert [o.id for _, o in outcomes] == ["same", "same", "other", "same"]
    assert [a.speaker for a in outcomes[3][1].attributions] == ["Karl Holm"]


# A run on two parse processes, in a process of its own so that a hang fails the test: an
# article that fails raises, and a caller that stops reading gets its generator closed.
PARSE_PROCESSES = """
import sys
from quotegraph import Extractor, Settings
from quotegraph.errors import AnalysisError
extractor = Extractor(Settings(mode="fast"))
assemble = Extractor.assemble
def broken(self, window, docs, tagged=None):
    if "Zeta" in window.text:
        raise RuntimeError("broke")
    return assemble(self, window, docs, tagged)
Extractor.assemble = broken
text = 'Talks stall\\n\\n"We will not give up," Lavrov said in Moscow on Monday.'
items = [(f"a{i}", text) for i in range(40)] + [("z", text.replace("Moscow", "Zeta"))] + \\
    [(f"b{i}", text) for i in range(200)]
try:
    list(extractor.extract_many(items, n_process=2))
except AnalysisError as error:
    print(error.id)
more = extractor.extract_many(items, n_process=2)
print(next(more).id)
more.close()
"""


def test_two_parse_processes_end_when_an_article_fails_or_the_caller_stops():
    # (spaCy's pipe, closed early, waits for its processes, which may be blocked sending
    # parses no one reads: they are ended first)
    done = subprocess.run([sys.executable, "-c", PARSE_PROCESSES], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["z", "a0"], done.stderr[-2000:]
