"""The given-name genders the speaker resolver reads: the reference table shipped in
data/genders.json is what `quotegraph build-genders` builds from the [train] extra's name data."""
import json
from importlib import resources

import pytest


def shipped() -> dict:
    return json.loads((resources.files("quotegraph") / "data" / "genders.json").read_text("utf-8"))


def test_the_shipped_reference_table_is_the_one_the_command_builds():
    pytest.importorskip("nomquamgender")
    from quotegraph.training.genders import reference_genders

    assert reference_genders() == shipped()["reference"]


@pytest.mark.parametrize("name, gender", [
    ("Yolande", {"f"}), ("Marisol", {"f"}), ("Gaston", {"m"}), ("Kofi", {"m"}),
    ("Jean", set()), ("Taylor", set()),   # (names borne by both are left open)
    # a key many spellings share goes by their bearers: the surname-like "Roth" does not
    # leave "Ruth" open, nor "Llucia" "Lucia"; the Italian "Daniele" leaves "Danielle" open
    ("Ruth", {"f"}), ("Lucia", {"f"}), ("Daniele", set())])
def test_a_given_name_has_the_gender_of_its_reference_or_none(name, gender):
    from quotegraph.speakers.names import given_name_key
    from quotegraph.speakers.resolve import _given_gender

    assert _given_gender(given_name_key(name)) == gender
