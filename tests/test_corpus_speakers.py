"""Canonical speakers across articles: hand-written names, one test per rule."""
import random

import pytest

from quotegraph.corpus.speakers import (AliasError, SpeakerRecord, blocking_key, canonicalize,
                                        load_aliases)
from quotegraph.errors import QuotegraphError


def people(*names, outlet=None, roles=()):
    return [SpeakerRecord(f"a{i}/S1", name, "person", roles, outlet)
            for i, name in enumerate(names)]


def ids(result):
    return {key: c.id for key, c in result.items()}


def test_blocking_key_is_the_surname_for_people_and_the_normalised_name_otherwise():
    assert blocking_key("Russian Foreign Minister Sergey Lavrov", "person") == "lavrov"
    assert blocking_key("Mr. Lavrov", "person") == "lavrov"
    assert blocking_key("Donald Trump Jr.", "person") == blocking_key("Trump", "person")
    assert blocking_key("Adel al-Jubeir", "person") == blocking_key("Al Jubair", "person") \
        == blocking_key("JUBEIR", "person")
    assert blocking_key("Bashar al-Assad", "person") == blocking_key("Assad", "person")
    assert blocking_key("The Kremlin", "organization") == "kremlin"


def test_lavrov_variants_are_one_speaker_named_by_the_most_frequent_full_form():
    records = people("Lavrov", "Sergey Lavrov", "Sergei Lavrov", "Serguei Lavrov",
                     "Russian Foreign Minister Sergey Lavrov", "Mr. Lavrov")
    result = canonicalize(records)
    assert {c.id for c in result.values()} == {"p:sergey-lavrov"}
    speaker = result["a0/S1"]
    assert speaker.name == "Sergey Lavrov" and speaker.kind == "person"
    assert "Mr. Lavrov" in speaker.aliases and "Serguei Lavrov" in speaker.aliases
    assert "Russian Foreign Minister" in speaker.roles


@pytest.mark.parametrize("variants", [
    ("Aleksandr Novak", "Alexander Novak"),
    ("Yuri Ushakov", "Yury Ushakov", "Yuriy Ushakov", "Iouri Ushakov"),
    ("Mohammed Abbas", "Muhammad Abbas", "Mohamed Abbas"),
    ("Dmitry Peskov", "Dmitri Peskov"),
    ("Jürgen Klopp", "Jurgen Klopp"),
])
def test_transliteration_variants_of_a_first_name_merge(variants):
    assert len({c.id for c in canonicalize(people(*variants)).values()}) == 1


def test_canonical_name_ties_go_to_the_longest_then_alphabetical_form():
    result = canonicalize(people("Sergei Lavrov", "Sergey Lavrov", "Sergey Viktorovich Lavrov"))
    assert result["a0/S1"].name == "Sergey Viktorovich Lavrov"
    result = canonicalize(people("Sergei Lavrov", "Sergey Lavrov"))
    assert result["a0/S1"].name == "Sergei Lavrov"


def test_different_people_sharing_a_surname_stay_apart():
    result = ids(canonicalize(people("Hillary Clinton", "Bill Clinton", "Hillary Rodham Clinton",
                                     "Donald Trump", "Ivanka Trump", "Donald J. Trump",
                                     "Donald Trump Jr.", "Hillary Clinton", "Donald Trump")))
    assert result["a0/S1"] == result["a2/S1"] == "p:hillary-clinton"
    assert result["a1/S1"] == "p:bill-clinton"
    assert result["a3/S1"] == result["a5/S1"] == "p:donald-trump"
    assert len({result["a3/S1"], result["a4/S1"], result["a6/S1"]}) == 3


def test_a_bare_surname_joins_the_only_full_name_with_that_surname():
    result = ids(canonicalize(people("Clinton", "Mr. Clinton", "Hillary Clinton")))
    assert set(result.values()) == {"p:hillary-clinton"}


def test_transliterations_and_particles_of_a_surname_join():
    result = ids(canonicalize(people("Adel al-Jubeir", "Adel Al Jubair", "Jubeir", "AL-JUBEIR")))
    assert len(set(result.values())) == 1


def test_the_alias_file_overrides_the_surname_join():
    result = ids(canonicalize(people("Adel al-Jubeir", "Jubair"), aliases={"Jubair": "Omar Jubair"}))
    assert result["a0/S1"] != result["a1/S1"]


def test_an_ambiguous_bare_surname_stays_its_own_speaker():
    result = ids(canonicalize(people("Clinton", "Hillary Clinton", "Bill Clinton")))
    assert result["a0/S1"] == "p:clinton"
    assert result["a1/S1"] == "p:hillary-clinton" and result["a2/S1"] == "p:bill-clinton"


def test_a_shared_role_word_resolves_a_bare_surname():
    records = people("Hillary Clinton", roles=("Democratic nominee",)) + [
        SpeakerRecord("b1/S1", "Bill Clinton", "person", ("former president",)),
        SpeakerRecord("b2/S1", "Clinton", "person", ("the nominee",)),
        SpeakerRecord("b3/S1", "President Clinton", "person")]
    result = ids(canonicalize(records))
    assert result["b2/S1"] == "p:hillary-clinton"
    assert result["b3/S1"] == "p:bill-clinton"   # the stripped title "President" is a role word


def test_the_outlet_resolves_a_bare_surname_to_its_most_mentioned_full_name():
    records = (people("Hillary Clinton", "Hillary Clinton", "Bill Clinton", outlet="nyt")
               + [SpeakerRecord("b1/S1", "Clinton", "person", outlet="nyt"),
                  SpeakerRecord("b2/S1", "Clinton", "person", outlet="breitbart")])
    result = ids(canonicalize(records))
    assert result["b1/S1"] == "p:hillary-clinton"
    assert result["b2/S1"] == "p:clinton"      # no full name from that outlet: no evidence


def test_equal_evidence_leaves_the_bare_surname_alone():
    records = (people("Hillary Clinton", "Bill Clinton", outlet="nyt")
               + [SpeakerRecord("b1/S1", "Clinton", "person", outlet="nyt")])
    assert ids(canonicalize(records))["b1/S1"] == "p:clinton"


def test_an_alias_overrides_the_automatic_decision():
    records = people("Clinton", "Hillary Clinton", "Bill Clinton", "Hillary Rodham", "Bill Clinton")
    result = ids(canonicalize(records, aliases={"clinton": "Bill Clinton",
                                                "Hillary Rodham": "Hillary Clinton"}))
    assert result["a0/S1"] == result["a2/S1"] == "p:bill-clinton"
    assert result["a3/S1"] == result["a1/S1"] == "p:hillary-clinton"


def test_an_alias_target_names_the_speaker_even_when_less_frequent():
    records = people("Sergei Lavrov", "Sergei Lavrov", "Sergey Lavrov")
    result = canonicalize(records, aliases={"Sergei Lavrov": "Sergey Lavrov"})
    assert {c.id for c in result.values()} == {"p:sergey-lavrov"}


def test_organisations_ignore_case_punctuation_and_a_leading_the():
    records = [SpeakerRecord("a1/S2", "The Kremlin", "organization"),
               SpeakerRecord("a2/S2", "Kremlin", "organization"),
               SpeakerRecord("a3/S2", "the KREMLIN", "organization"),
               SpeakerRecord("a4/S2", "The U.S. State Department", "organization"),
               SpeakerRecord("a5/S2", "US State Department", "organization"),
               SpeakerRecord("a6/S2", "Western partners", "group"),
               SpeakerRecord("a7/S2", "western partners", "group")]
    result = ids(canonicalize(records))
    assert result["a1/S2"] == result["a2/S2"] == result["a3/S2"] == "o:kremlin"
    assert result["a4/S2"] == result["a5/S2"]
    assert result["a6/S2"] == result["a7/S2"] == "g:western-partners"


def test_kinds_do_not_mix():
    records = [SpeakerRecord("a1/S1", "Kremlin", "organization"),
               SpeakerRecord("a2/S1", "Kremlin", "group")]
    assert len(set(ids(canonicalize(records)).values())) == 2


def test_unnamed_speakers_are_never_merged():
    records = [SpeakerRecord(f"a{i}/S3", "a source", "unnamed") for i in range(3)]
    result = canonicalize(records)
    assert len({c.id for c in result.values()}) == 3
    assert result["a0/S3"].name == "a source"


def test_the_result_does_not_depend_on_input_order():
    records = (people("Lavrov", "Sergei Lavrov", "Hillary Clinton", "Bill Clinton", "Clinton",
                      outlet="nyt")
               + [SpeakerRecord("o/S1", "The Kremlin", "organization")])
    expected = canonicalize(records)
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        assert canonicalize(shuffled) == expected


def test_duplicate_record_keys_are_rejected():
    with pytest.raises(ValueError, match="a0/S1"):
        canonicalize(people("Lavrov") * 2)


def test_load_aliases_reads_the_csv(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("alias,canonical\nHillary Rodham,Hillary Clinton\n\n\"Clinton, Bill\","
                    "Bill Clinton\n", encoding="utf-8")
    assert load_aliases(path) == {"Hillary Rodham": "Hillary Clinton",
                                  "Clinton, Bill": "Bill Clinton"}


@pytest.mark.parametrize("content, where", [
    ("name,canonical\nA,B\n", ":1:"),
    ("alias,canonical\nA,B\nC\n", ":3:"),
    ("alias,canonical\nA,\n", ":2:"),
    ("alias,canonical\nA,B\nA,C\n", ":3:"),
])
def test_load_aliases_names_the_file_and_line_of_a_bad_row(tmp_path, content, where):
    path = tmp_path / "aliases.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AliasError, match=f"aliases.csv{where}") as error:
        load_aliases(path)
    assert isinstance(error.value, ValueError) and isinstance(error.value, QuotegraphError)


def test_load_aliases_reports_a_missing_file(tmp_path):
    with pytest.raises(AliasError, match="missing.csv"):
        load_aliases(tmp_path / "missing.csv")
