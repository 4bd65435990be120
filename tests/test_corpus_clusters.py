"""The same quote across articles: hand-written quotes per rule, and a PolNeAR-wide run."""
import random
import re
import time
from pathlib import Path

import numpy as np
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


# -- statements: one claim in other words, with provenance ----------------------------------

from quotegraph.corpus.embed import Embedder  # noqa: E402
from quotegraph.corpus.pairs import FEATURES, PairModel  # noqa: E402
from quotegraph.corpus.statements import cluster_statements, drift  # noqa: E402

LAVROV = ('"The separation of terrorists from the moderate opposition in Aleppo has never happened, '
          'and Washington knows it,"')


def s(key, text, date, outlet="tass", kind="direct", speaker="p:lavrov"):
    return QuoteRecord(key, text, date, outlet, speaker, kind)


def by_cosine(cut: float) -> PairModel:
    """A pair model that accepts a pair when its cosine is at least ``cut`` (or it is verbatim)."""
    coef = np.zeros(len(FEATURES))
    coef[FEATURES.index("cosine")] = 50.0
    return PairModel(FEATURES, np.zeros(len(FEATURES)), np.ones(len(FEATURES)), coef, -50.0 * cut,
                     0.5, {})


def unit(*values):
    v = np.zeros(384, dtype=np.float32)
    v[:len(values)] = values
    return v / np.linalg.norm(v)


def test_a_statement_in_other_words_joins_and_the_rest_stands_apart():
    records = [s("1", LAVROV, "2016-10-31"),
               s("2", "separation of terrorists in Aleppo never happened", "2016-10-31", kind="indirect"),
               s("3", "that Washington knew the moderate opposition in Aleppo had never been separated"
                      " from terrorists", "2016-11-03", "reuters", "indirect"),
               s("4", '"We are ready to extend the humanitarian pause in Aleppo if the rebels leave,"',
                 "2016-11-01", "interfax"),
               s("5", LAVROV, "2016-11-02", "interfax", speaker="p:kerry")]
    vectors = Embedder.load().embed([r.text for r in records])
    [statement] = cluster_statements(records, vectors)
    assert [m.key for m in statement.members] == ["1", "2", "3"]
    assert [m.relation for m in statement.members] == [None, "indirect", "indirect"]
    assert statement.speaker == "p:lavrov" and statement.first_seen == "2016-10-31"
    assert statement.outlets == ["tass", "reuters"]


def test_only_a_link_to_the_earliest_report_joins_no_chains():
    # B is like A, C like B, but C is not like A: C starts a statement of its own.
    a, b, c = unit(1, 0), unit(0.8, 0.6), unit(0.28, 0.96)
    records = [s("a", "first wording of one claim here", "2016-03-01"),
               s("b", "second wording about something close", "2016-03-02"),
               s("c", "third wording that has drifted far", "2016-03-03")]
    [statement] = cluster_statements(records, np.stack([a, b, c]), by_cosine(0.75))
    assert [m.key for m in statement.members] == ["a", "b"]
    # Union-find over the same pairs would have made one chain of all three.
    assert b @ c >= 0.75 and a @ c < 0.75


def test_the_window_bounds_other_wordings_but_not_the_same_words():
    v = unit(1, 0)
    records = [s("a", "one claim in its first wording here", "2016-03-01"),
               s("b", "the same claim worded another way", "2016-03-20"),
               s("c", "one claim in its first wording here", "2016-06-01", "nyt")]
    [statement] = cluster_statements(records, np.stack([v, v, v]), by_cosine(0.75))
    assert [m.key for m in statement.members] == ["a", "c"]           # 19 days: b apart
    [wide] = cluster_statements(records, np.stack([v, v, v]), by_cosine(0.75), window_days=30)
    assert [m.key for m in wide.members] == ["a", "b", "c"]
    assert [m.relation for m in wide.members] == [None, "paraphrase", "verbatim"]


def test_altered_wording_keeps_its_diff_and_drift_says_what_changed():
    records = [s("a", '"Up to 200 soldiers may stay in Syria until the spring,"', "2016-03-01"),
               s("b", '"Up to 2,000 soldiers will stay in Syria until the spring,"', "2016-03-02", "nyt")]
    v = unit(1, 0)
    [statement] = cluster_statements(records, np.stack([v, v]), by_cosine(0.75))
    member = statement.members[1]
    assert member.relation == "altered"
    assert ["delete", "200"] in member.diff and ["insert", "2,000"] in member.diff
    assert member.drift == ["number: 200 -> 2000", "hedge: may -> will"]


def test_drift_on_hand_written_reports():
    assert drift("the separation never happened", "the separation happened") == ["polarity: never dropped"]
    assert drift("we will talk to Kerry", "we will talk to Tillerson") == ["name: kerry -> tillerson"]
    assert drift("the talks might resume", "the talks will resume") == ["hedge: might -> will"]
    assert drift("We will win", "we will win!") == []


def test_statement_candidates_are_bounded_per_report():
    # 3,000 reports of one speaker on one day: each is compared with at most MAX_BLOCK others
    # and scored against at most NEIGHBOURS, so the run stays well within a few seconds.
    rng = np.random.default_rng(7)
    vectors = rng.normal(size=(3000, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    vocabulary = [f"w{n}" for n in range(5000)]
    records = [s(str(i), " ".join(rng.choice(vocabulary, 12)), "2016-03-01") for i in range(3000)]
    started = time.perf_counter()
    cluster_statements(records, vectors)
    assert time.perf_counter() - started < 30
