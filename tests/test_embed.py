"""The sentence embedder: the shipped ONNX model without torch, its parity with
sentence-transformers' own all-MiniLM-L6-v2, and a reproducible export."""
import contextlib
import io
import subprocess
import sys

import numpy as np
import pytest

from quotegraph.corpus.embed import BATCH_WORDPIECES, DIMENSIONS, Embedder, pool
from quotegraph.errors import ModelError

SHIPPED = Embedder.load()

# Varied in length, register and topic, as quote contents are; two longer than 256 wordpieces.
SENTENCES = [
    "The separation of terrorists from the moderate opposition in Aleppo never happened.",
    "We will not give up.",
    "Prices rose 2.5 percent in the year to March, the fastest pace since 2012.",
    "I have no intention of resigning, and I never had one.",
    "The ceasefire is holding in most of the country, although there were violations overnight.",
    "Our hospitals are full and our doctors are exhausted.",
    "This is a disgrace!",
    "Mr Trump told reporters that the wall would be paid for by Mexico, one way or another.",
    "The minister said the port would stay closed until the spring thaw.",
    "She was, in every sense, the finest colleague I have ever had.",
    "Nobody is above the law — not the president, not anyone.",
    "Es ist eine Schande.",
    "We expect 200 people to attend, maybe 2,000 if the weather holds.",
    "It's a rigged system, folks, totally rigged.",
    "Yes.",
    "The committee will publish its findings on Thursday at 10 a.m. Eastern time.",
    "They may withdraw their troops by the end of the year.",
    "Hillary Clinton's emails were a matter of national security, the FBI director said.",
    "The Kremlin denies any involvement in the hacking of the Democratic National Committee. " * 12,
    "tax cuts for the middle class " * 60,
]


def test_vectors_are_unit_length_and_in_order():
    vectors = SHIPPED.embed(SENTENCES, batch_size=4)
    assert vectors.shape == (len(SENTENCES), DIMENSIONS) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    alone = SHIPPED.embed([SENTENCES[7]])[0]
    assert float(alone @ vectors[7]) > 0.99999   # batched with others, it is the same vector
    assert np.array_equal(SHIPPED.embed(SENTENCES, batch_size=4), vectors)
    assert SHIPPED.embed([]).shape == (0, DIMENSIONS)


def test_a_long_text_does_not_pad_a_batch_of_short_ones():
    embedder = Embedder.load()
    shapes = []

    class Recording:   # the session, with the shape of each batch it runs
        def run(self, outputs, feeds):
            shapes.append(feeds["input_ids"].shape)
            return SHIPPED.session.run(outputs, feeds)

    embedder.__dict__["session"] = Recording()
    texts = [f"Short quote number {n}." for n in range(31)] + [SENTENCES[-1]]   # 300 wordpieces
    vectors = embedder.embed(texts)
    assert np.array_equal(vectors, SHIPPED.embed(texts))
    assert max(shapes, key=lambda s: s[1]) == (1, 256)   # the long text, cut at 256, alone
    assert all(rows * width <= BATCH_WORDPIECES for rows, width in shapes if rows > 1)
    assert sum(rows for rows, _ in shapes) == len(texts)


def test_paraphrases_are_closer_than_unrelated_statements():
    pairs = [
        ("The separation of terrorists in Aleppo never happened.",
         "Lavrov says separation of terrorists in Aleppo never took place."),
        ("We will build a wall and Mexico will pay for it.",
         "He promised that Mexico would pay for the border wall."),
        ("I am not going to resign.", "She said she had no plans to step down."),
        ("The economy grew by three percent last year.", "Growth reached 3% in the past year."),
    ]
    vectors = SHIPPED.embed([t for pair in pairs for t in pair])
    same = [float(vectors[2 * i] @ vectors[2 * i + 1]) for i in range(len(pairs))]
    unrelated = [float(vectors[2 * i] @ vectors[2 * j + 1])
                 for i in range(len(pairs)) for j in range(len(pairs)) if i != j]
    assert min(same) > max(unrelated), (same, max(unrelated))


def test_pooling_ignores_padding():
    hidden = np.array([[[1.0, 0.0], [0.0, 1.0], [50.0, 50.0]]])
    assert np.allclose(pool(hidden, np.array([[1, 1, 0]])), [[2 ** -0.5, 2 ** -0.5]])


def test_shipped_embedder_names_its_model_and_needs_no_torch():
    assert SHIPPED.model_id == f"embedder-{SHIPPED.config['sha256'][:12]}"
    assert SHIPPED.config["max_length"] == 256 and SHIPPED.config["pooling"] == "mean"
    assert (SHIPPED.directory / "model.onnx").stat().st_size < 25_000_000
    # torch made unimportable (spaCy's thinc would load it where installed, for its own ends)
    code = ("import sys; sys.modules['torch'] = sys.modules['transformers'] = None; "
            "from quotegraph.corpus.embed import Embedder; assert Embedder.load().embed(['x']).shape == (1, 384)")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_embedder_says_how_to_make_one(tmp_path):
    with pytest.raises(ModelError, match="export-embedder"):
        Embedder.load(tmp_path)


@pytest.fixture(scope="module")
def package_model(tmp_path_factory):
    pytest.importorskip("torch")
    with contextlib.redirect_stdout(io.StringIO()):
        from all_minilm_l6_v2 import extract_model

        return extract_model(str(tmp_path_factory.mktemp("minilm")))


def test_onnx_int8_matches_sentence_transformers(package_model):
    # The reference: sentence-transformers itself on the package's weights (offline).
    sentence_transformers = pytest.importorskip("sentence_transformers")
    reference = sentence_transformers.SentenceTransformer(str(package_model), device="cpu")
    assert reference.max_seq_length == SHIPPED.config["max_length"]
    expected = reference.encode(SENTENCES, normalize_embeddings=True, convert_to_numpy=True)
    cosines = np.sum(expected * SHIPPED.embed(SENTENCES), axis=1)
    assert cosines.min() >= 0.99, cosines


def test_export_is_reproducible_and_is_the_shipped_model(package_model, tmp_path):
    from quotegraph.training.embedder import export_embedder

    first = export_embedder(tmp_path / "a", encoder_dir=package_model)
    second = export_embedder(tmp_path / "b", encoder_dir=package_model)
    assert (tmp_path / "a" / "model.onnx").read_bytes() == (tmp_path / "b" / "model.onnx").read_bytes()
    assert first == second
    # make embedder wrote the shipped files with this torch and onnxruntime
    if first["exported_with"] == SHIPPED.config["exported_with"]:
        assert first["sha256"] == SHIPPED.config["sha256"]
        assert (tmp_path / "a" / "tokenizer.json").read_bytes() == (SHIPPED.directory / "tokenizer.json").read_bytes()
