"""The user's own example: every attribution of the TASS Lavrov article, end to end, in both
modes (accurate: the span tagger; fast: cue frames and the scorer)."""
import pytest

from tests.conftest import shared_path

LAVROV = "Sergey Lavrov"


@pytest.fixture(scope="module", params=["accurate", "fast"])
def result(request, extractor, fast_extractor):
    path = shared_path("examples/tass-2016-10-31-lavrov-aleppo.txt")
    chosen = extractor if request.param == "accurate" else fast_extractor
    return chosen.extract(path.read_text(encoding="utf-8"), path.stem)


def find(result, words: str):
    """The attribution whose content holds ``words``."""
    found = [a for a in result.attributions if words in a.content.text]
    assert found, f"no attribution contains {words!r}"
    return min(found, key=lambda a: len(a.content.text))


def test_article_structure(result):
    assert result.headline.startswith("Lavrov says US, allies not seeking separation")
    assert result.standfirst.startswith("The nearly two-week-long pause")
    d = result.dateline
    assert (d.place, d.date, d.agency) == ("MOSCOW", "October 31", "TASS")
    assert result.text[d.start:d.end] == "MOSCOW, October 31. /TASS/."


@pytest.mark.parametrize("words, kind, section", [
    ("US, allies not seeking separation", "indirect", "headline"),
    ("should have been enough to carry out this separation", None, "standfirst"),
    ("failed to make the opposition break from terrorists", "indirect", "body"),
    ("\"The nearly two-week-long pause", "direct", "body"),
    ("our previous assessments need to be revised", "direct", "body"),
    ("If earlier we said that it seemed", "direct", "body"),
    ("a very serious conversation continues", "mixed", "body"),
    ("We hope that the self-preservation instinct", "direct", "body"),
    ("these terrorists pointed their guns", "direct", "body"),
    ("make themselves the accomplices of terrorists and a legal target", "indirect", "body"),
    ("Once again we urge our Western partners", "direct", "body"),
    ("they make themselves accomplices of Jabhat Al-Nusra", "direct", "body"),
    ("We have shared our assessments several times", "direct", "body"),
    ("200 or 300 terrorists could have carried out", "indirect", "body"),
    ("This once again makes us understand", "direct", "body"),
])
def test_every_attribution_is_lavrovs(result, words, kind, section):
    a = find(result, words)
    assert a.speaker == LAVROV
    assert a.section == section
    if kind:
        assert a.kind == kind


def test_quote_split_around_its_cue_is_one_attribution(result):
    a = find(result, "our previous assessments need to be revised")
    assert len(a.content.spans) == 2
    assert a.cue.text == "said" and a.source.text == "Lavrov"
    first, second = (result.text[s:e] for s, e in a.content.spans)
    assert first.startswith('"The nearly') and second.startswith('"If this does not happen')


def test_cues_and_sources(result):
    assert find(result, "200 or 300 terrorists").cue.text == "voiced doubt"
    assert find(result, "a very serious conversation").source.text == "The Russian top diplomat"
    he = [a for a in result.attributions if a.source and a.source.text == "he"]
    assert len(he) == 2 and all(a.speaker == LAVROV for a in he)
    cueless = find(result, "We hope that the self-preservation instinct")
    assert cueless.cue is None
    # A cue-less quote points at the mention its speaker was resolved from.
    assert cueless.source.text == "The Russian top diplomat"


def test_nested_claim_of_western_partners(result):
    claim = find(result, "there are just two or three hundred terrorists")
    assert claim.speaker == "Western partners"
    assert claim.cue.text == "claims"
    parent = next(a for a in result.attributions if a.id == claim.parent_id)
    assert parent.speaker == LAVROV and parent.source.text == "The minister"
    assert parent.content.start <= claim.content.start and claim.content.end <= parent.content.end


def test_intertitle_has_no_speaker(result):
    assert not [a for a in result.attributions if a.section == "intertitle"]
    assert not [a for a in result.attributions if "Gunmen unwilling to leave" in a.content.text]


def test_speakers(result):
    by_name = {s.name: s for s in result.speakers}
    assert set(by_name) == {LAVROV, "Western partners"}
    lavrov = by_name[LAVROV]
    assert lavrov.kind == "person" and lavrov.roles == ["Russian Foreign Minister"]
    assert by_name["Western partners"].kind == "group"
    for a in result.attributions:
        if a.speaker is not None:
            assert a.speaker != "Western partners" or a.cue.text == "claims"
    for m in lavrov.mentions:
        assert result.text[m.start:m.end] == m.text
    d = result.dateline
    assert not [m for s in result.speakers for m in s.mentions if d.start <= m.start < d.end]


def test_offsets_index_the_text(result):
    for a in result.attributions:
        for s, e in a.content.spans:
            assert 0 <= s < e <= len(result.text)
        assert result.text[a.content.start:a.content.end] == a.content.text
        for span in (a.cue, a.source):
            if span:
                assert result.text[span.start:span.end] == span.text
