"""The same quote across articles: hand-written quotes per rule, and a PolNeAR-wide run."""
import random
import re
import time
from pathlib import Path

import pytest

from quotegraph.corpus.clusters import (QuoteRecord, cluster_quotes, is_altered, minhash,
                                        normalize_words, word_diff)

FULL = ("We will never accept the annexation of Crimea, and we will keep the sanctions in place "
        "until Russia withdraws its troops")
TRIMMED = "we will keep the sanctions in place until Russia withdraws"
CHANGED = ("We will never accept the annexation of Crimea, and we shall keep the sanctions in "
           "force until Russia withdraws its troops")
OTHER = "The economy added two hundred thousand jobs last month, beating every forecast we had"


def q(key, text, date="2016-03-01", outlet="nyt", speaker=None):
    return QuoteRecord(key, text, date, outlet, speaker)


def test_minhash_ignores_case_and_punctuation_and_separates_different_quotes():
    assert minhash(FULL).jaccard(minhash(FULL.upper().replace(",", ""))) == 1.0
    assert minhash(FULL).jaccard(minhash(OTHER)) < 0.2


def test_verbatim_trimmed_and_changed_quotes_cluster_and_unrelated_ones_do_not():
    records = [q("a/A1", FULL, "2016-03-02", "nyt"), q("b/A1", FULL, "2016-03-03", "politico"),
               q("c/A2", TRIMMED, "2016-03-01", "breitbart"),
               q("d/A1", CHANGED, "2016-03-04", "usa-today"),
               q("e/A1", OTHER, "2016-03-01", "nyt")]
    [cluster] = cluster_quotes(records)
    assert cluster.members == ["c/A2", "a/A1", "b/A1", "d/A1"]
    assert cluster.canonical == "c/A2" and cluster.first_seen == "2016-03-01"
    assert cluster.outlets == ["breitbart", "nyt", "politico", "usa-today"]


def test_trimming_is_not_alteration_but_a_changed_word_is():
    records = [q("a/A1", FULL, "2016-03-01"), q("b/A1", TRIMMED, "2016-03-02"),
               q("c/A1", FULL + " from Ukraine", "2016-03-03"), q("d/A1", CHANGED, "2016-03-04")]
    [cluster] = cluster_quotes(records)
    assert list(cluster.altered) == ["d/A1"]
    diff = cluster.altered["d/A1"]
    assert ("delete", "will") in diff and ("insert", "shall") in diff
    assert ("delete", "place") in diff and ("insert", "force") in diff


def test_quotes_compare_in_the_same_ascii_form_as_speaker_names():
    # The Polish ł has no decomposition: it folds to l here as in speaker names, not away.
    assert normalize_words("Wałęsa: “We’re in Łódź”") == ["walesa", "we're", "in", "lodz"]
    assert not is_altered(normalize_words("Lech Wałęsa will not sign"),
                          normalize_words("Lech Walesa will not sign"))


def test_alteration_rule_on_word_sequences():
    canonical = normalize_words("we will not back down from this fight")
    assert not is_altered(canonical, normalize_words("will not back down"))
    assert not is_altered(canonical, normalize_words("Today we will not back down from this"))
    assert is_altered(canonical, normalize_words("we will back down from this fight"))
    assert is_altered(canonical, normalize_words("we will not ever back down from this fight"))


def test_word_diff_keeps_the_original_words():
    assert word_diff("We will not back down.", "we will back down now") == [
        ("equal", "We will"), ("delete", "not"), ("equal", "back down"), ("insert", "now")]


def test_quotes_of_different_known_speakers_never_cluster():
    records = [q("a/A1", FULL, speaker="p:john-kerry"), q("b/A1", FULL, speaker="p:sergey-lavrov"),
               q("c/A1", FULL, speaker=None)]
    [cluster] = cluster_quotes(records)
    assert len(cluster.members) == 2 and "c/A1" in cluster.members


def test_short_quotes_are_skipped_and_singletons_are_not_returned():
    assert cluster_quotes([q("a/A1", "we will win"), q("b/A1", "we will win")]) == []
    assert cluster_quotes([q("a/A1", FULL), q("b/A1", OTHER)]) == []


def test_undated_members_come_last_and_ids_are_stable():
    records = [q("a/A1", FULL, None), q("b/A1", FULL, "2016-03-02")]
    [cluster] = cluster_quotes(records)
    assert cluster.members == ["b/A1", "a/A1"] and cluster.first_seen == "2016-03-02"
    assert cluster.id == cluster_quotes(records[::-1])[0].id and cluster.id.startswith("c-")


def test_the_result_does_not_depend_on_input_order():
    records = [q(f"x{i}/A1", text, f"2016-03-{i % 9 + 1:02d}", outlet)
               for i, (text, outlet) in enumerate([(FULL, "nyt"), (TRIMMED, "politico"),
                                                   (CHANGED, "nyt"), (OTHER, "nyt"),
                                                   (OTHER + " so far", "breitbart"),
                                                   (FULL, "huff-post")])]
    expected = cluster_quotes(records)
    assert len(expected) == 2
    for seed in range(5):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_quotes(shuffled) == expected


def test_duplicate_keys_are_rejected():
    with pytest.raises(ValueError, match="a/A1"):
        cluster_quotes([q("a/A1", FULL), q("a/A1", OTHER)])


POLNEAR = Path(__file__).resolve().parents[2] / "shared/data/polnear"
QUOTED = re.compile(r"[“\"]([^“”\"\n]+)[”\"]")


def polnear_quotes() -> list[QuoteRecord]:
    """Every double-quoted passage of 8 words or more in PolNeAR train and dev texts."""
    records = []
    for path in sorted(POLNEAR.glob("*/text/*.txt")):
        outlet, date = path.stem.split("_")[:2]
        for n, match in enumerate(QUOTED.finditer(path.read_text(encoding="utf-8"))):
            if len(match.group(1).split()) >= 8:
                records.append(QuoteRecord(f"{path.stem}/q{n}", match.group(1), date, outlet))
    return records


def test_polnear_quotes_cluster_across_outlets():
    if not POLNEAR.exists():
        pytest.skip(f"{POLNEAR} not present")
    records = polnear_quotes()
    start = time.perf_counter()
    clusters = cluster_quotes(records)
    seconds = time.perf_counter() - start
    cross = [c for c in clusters if len(c.outlets) >= 2]
    altered = sum(len(c.altered) for c in clusters)
    print(f"{len(records)} quotes, {len(clusters)} clusters, {len(cross)} across outlets, "
          f"{altered} altered members, {seconds:.1f} s")
    assert len(records) > 4000
    assert len(cross) >= 10
    assert seconds < 60
