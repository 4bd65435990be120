"""A transformer span tagger: source, cue and content spans, and which belong together.

The model (MiniLM, six layers, fine-tuned on PolNeAR train by ``quotegraph train-tagger``)
reads an article in windows of at most :data:`MAX_TOKENS` wordpieces, whole paragraphs
packed together, each paragraph closed by ``[SEP]``. It has two heads on the same encoder
states:

- a BIO tag per wordpiece (:data:`LABELS`), decoded with a Viterbi pass that allows ``I-x``
  only after ``B-x`` or ``I-x``;
- a link score for every pair of wordpieces (cue, other): how likely the other wordpiece is
  part of that cue's source or of its content. Read from each predicted cue's first wordpiece,
  it ties contents and sources to their cue, nested or split ones included.

Running it needs only onnxruntime and tokenizers: the int8 model and its tokenizer ship in
``quotegraph/data/tagger``. :func:`encode` and :func:`decode` are shared by training and
run time, so the model is trained on exactly the windows it later sees.

>>> from quotegraph.structure import parse_article
>>> article = parse_article("Talks stall\\nLavrov said the talks failed.")
>>> [(article.text[slice(*t.cue)], article.text[slice(*t.source)], t.content)
...  for t in SpanTagger.load().tag(article)]
[('said', 'Lavrov', [(24, 40)])]
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from quotegraph.attributions.candidate import CharSpan
from quotegraph.errors import ModelError
from quotegraph.structure import Article

LABELS = ("O", "B-source", "I-source", "B-cue", "I-cue", "B-content", "I-content")
# What a link says of a wordpiece, seen from a cue: nothing, part of its source, of its content.
LINKS = ("none", "source", "content")
MAX_TOKENS = 256
CLS, SEP, PAD = "[CLS]", "[SEP]", "[PAD]"
# A paragraph longer than a window is cut after the last sentence end in the second half of
# the window's room, or, where there is none, where the room ends.
_SENTENCE_ENDS = {".", "?", "!"}


@dataclass
class Window:
    """Wordpieces of whole paragraphs: ``ids`` with ``[CLS]`` first and ``[SEP]`` after each
    paragraph (or piece of a long one); ``chars`` the character span of each in the article
    text, ``(-1, -1)`` for the special ones; ``paragraphs`` the paragraph index of each
    (``-1`` for special ones)."""

    ids: list[int]
    chars: list[CharSpan]
    paragraphs: list[int]

    def __len__(self) -> int:
        return len(self.ids)

    def special(self) -> np.ndarray:
        return np.array([p < 0 for p in self.paragraphs])


def encode(article: Article, tokenizer, max_tokens: int = MAX_TOKENS) -> list[Window]:
    """``article``'s paragraphs as wordpiece windows (see :class:`Window`).

    ``tokenizer`` is a :class:`tokenizers.Tokenizer` (the MiniLM wordpieces, lower-cased).
    """
    cls, sep = tokenizer.token_to_id(CLS), tokenizer.token_to_id(SEP)
    texts = [article.text[p.start:p.end] for p in article.paragraphs]
    encodings = tokenizer.encode_batch(texts, add_special_tokens=False) if texts else []
    windows: list[Window] = []
    current = Window([cls], [(-1, -1)], [-1])
    for index, (paragraph, encoding) in enumerate(zip(article.paragraphs, encodings)):
        chars = [(paragraph.start + s, paragraph.start + e) for s, e in encoding.offsets]
        for lo, hi in _pieces(encoding.tokens, max_tokens - 2):
            if len(current) + hi - lo + 1 > max_tokens:
                windows.append(current)
                current = Window([cls], [(-1, -1)], [-1])
            current.ids += encoding.ids[lo:hi] + [sep]
            current.chars += chars[lo:hi] + [(-1, -1)]
            current.paragraphs += [index] * (hi - lo) + [-1]
    if len(current) > 1:
        windows.append(current)
    return windows


def _pieces(tokens: Sequence[str], room: int) -> list[tuple[int, int]]:
    """``(start, end)`` token ranges of one paragraph, each at most ``room`` long."""
    pieces, start = [], 0
    while len(tokens) - start > room:
        end = start + room
        cut = next((i + 1 for i in range(end - 1, start + room // 2, -1) if tokens[i] in _SENTENCE_ENDS),
                   end)
        pieces.append((start, cut))
        start = cut
    pieces.append((start, len(tokens)))
    return pieces


@dataclass
class TaggedSpan:
    """A run of wordpieces with one role, ``first`` .. ``last`` inclusive, in one window:
    the mean probability of its tags, and of its link to the cue it is given to."""

    role: str
    first: int
    last: int
    probability: float
    link: float = 0.0


@dataclass
class Tagged:
    """One attribution as the tagger reads it: character spans into the article text, and
    the probabilities its confidence is made of."""

    content: list[CharSpan]
    cue: CharSpan
    source: Optional[CharSpan]
    paragraph: int   # of the cue, an index into the article's paragraphs
    content_probability: float
    cue_probability: float
    link_probability: float
    source_probability: float
    confidence: float = 0.0

    def features(self) -> list[float]:
        """What calibration reads: the log-odds of each probability."""
        return [_logit(p) for p in (self.content_probability, self.cue_probability,
                                    self.link_probability, self.source_probability)]


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return float(np.log(p / (1 - p)))


def _allowed() -> np.ndarray:
    """Transition scores: 0 where label j may follow label i, -inf where not."""
    allowed = np.zeros((len(LABELS), len(LABELS)))
    for j, label in enumerate(LABELS):
        if label.startswith("I-"):
            role = label[2:]
            for i, prev in enumerate(LABELS):
                if prev[2:] != role:
                    allowed[i, j] = -np.inf
    return allowed


_TRANSITIONS = _allowed()
_START = np.array([-np.inf if label.startswith("I-") else 0.0 for label in LABELS])


def viterbi(log_probs: np.ndarray) -> list[int]:
    """The best label sequence under the BIO constraint, from ``[T, labels]`` log-probs.

    >>> lp = np.log(np.array([[.1, .1, .1, .1, .1, .1, .4], [.1, .1, .1, .1, .1, .1, .4]]))
    >>> [LABELS[i] for i in viterbi(lp)]
    ['B-content', 'I-content']
    """
    score = log_probs[0] + _START
    back = np.zeros(log_probs.shape, dtype=np.int64)
    for t in range(1, len(log_probs)):
        total = score[:, None] + _TRANSITIONS
        back[t] = total.argmax(axis=0)
        score = total.max(axis=0) + log_probs[t]
    path = [int(score.argmax())]
    for t in range(len(log_probs) - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def spans_of(labels: Sequence[int], probs: np.ndarray) -> list[TaggedSpan]:
    """The runs ``B-x I-x*`` of a label sequence, with the mean probability of their labels."""
    spans: list[TaggedSpan] = []
    for t, label in enumerate(labels):
        name = LABELS[label]
        if name.startswith("B-"):
            spans.append(TaggedSpan(name[2:], t, t, 0.0))
        elif name.startswith("I-") and spans and spans[-1].last == t - 1 and spans[-1].role == name[2:]:
            spans[-1].last = t
    for s in spans:
        s.probability = float(np.mean([probs[t, labels[t]] for t in range(s.first, s.last + 1)]))
    return spans


def decode(window: Window, tag_probs: np.ndarray, link_logits: np.ndarray,
           min_link: float = 0.5, min_source: float = 0.5) -> list[Tagged]:
    """The attributions of one window from its tag probabilities ``[T, labels]`` and link
    logits ``[T (cue), T, 2]`` (source and content against none, :func:`link_probabilities`;
    turned into probabilities only on the rows of the cues found).

    Every content span goes to the cue whose link to it is strongest (when that is at least
    ``min_link``), so one cue may hold several fragments (a quote split around its cue); each
    cue with content takes the source span it links to most strongly (when at least
    ``min_source``) in its own paragraph (in PolNeAR train, 10 sources of 18,359 lie in
    another). Spans never cross a paragraph: special wordpieces are tagged ``O``.
    """
    log_probs = np.log(np.clip(tag_probs, 1e-9, 1.0))
    special = window.special()
    log_probs[special] = np.log(np.eye(len(LABELS))[0] + 1e-9)
    labels = viterbi(log_probs)
    spans = spans_of(labels, tag_probs)
    cues = [s for s in spans if s.role == "cue"]
    if not cues:
        return []
    contents = [s for s in spans if s.role == "content"]
    sources = [s for s in spans if s.role == "source"]
    link_probs = link_probabilities(link_logits[[c.first for c in cues]])
    content_link, source_link = LINKS.index("content"), LINKS.index("source")

    def strength(span: TaggedSpan, link: int) -> np.ndarray:
        return link_probs[:, span.first:span.last + 1, link].mean(axis=1)

    held: dict[int, list[TaggedSpan]] = {}
    for content in contents:
        by_cue = strength(content, content_link)
        best = int(by_cue.argmax())
        if by_cue[best] >= min_link:
            held.setdefault(best, []).append(replace(content, link=float(by_cue[best])))
    source_strength = [strength(s, source_link) for s in sources]
    found = []
    for ci, parts in sorted(held.items()):
        cue = cues[ci]
        paragraph = window.paragraphs[cue.first]
        options = [(float(strengths[ci]), s) for s, strengths in zip(sources, source_strength)
                   if window.paragraphs[s.first] == paragraph]
        link, source = max(options, key=lambda o: o[0], default=(0.0, None))
        if source is not None and link >= min_source:
            source = replace(source, link=link)
            source_probability = link * source.probability
        else:
            source = None
            source_probability = 1.0 - link
        parts = _join_abutting(parts)
        words = sum(p.last - p.first + 1 for p in parts)
        found.append(Tagged(
            content=_merge_fragments([_chars(window, p) for p in parts]),
            cue=_chars(window, cue),
            source=_chars(window, source) if source is not None else None,
            paragraph=paragraph,
            content_probability=sum(p.probability * (p.last - p.first + 1) for p in parts) / words,
            cue_probability=cue.probability,
            link_probability=min(p.link for p in parts),
            source_probability=source_probability))
    return found


def _join_abutting(parts: list[TaggedSpan]) -> list[TaggedSpan]:
    """Content spans of one cue in order, those that follow each other with no wordpiece in
    between made one (the tags began a new span where the content went on)."""
    joined: list[TaggedSpan] = []
    for p in sorted(parts, key=lambda p: p.first):
        if joined and p.first == joined[-1].last + 1:
            last = joined[-1]
            n, m = last.last - last.first + 1, p.last - p.first + 1
            joined[-1] = replace(last, last=p.last, probability=(last.probability * n + p.probability * m) / (n + m),
                                 link=min(last.link, p.link))
        else:
            joined.append(p)
    return joined


def _chars(window: Window, span: TaggedSpan) -> CharSpan:
    return window.chars[span.first][0], window.chars[span.last][1]


def _merge_fragments(fragments: list[CharSpan]) -> list[CharSpan]:
    """Fragments in text order, overlapping ones joined."""
    merged: list[CharSpan] = []
    for start, end in sorted(fragments):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def softmax(x: np.ndarray, axis: int = -1) -> np.ndarray:
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def link_probabilities(link_logits: np.ndarray) -> np.ndarray:
    """``[.., 2]`` logits of source and content against a fixed 0 for none -> ``[.., 3]``."""
    zeros = np.zeros(link_logits.shape[:-1] + (1,), dtype=link_logits.dtype)
    return softmax(np.concatenate([zeros, link_logits], axis=-1))


@dataclass
class Calibration:
    """Logistic calibration of :meth:`Tagged.features` to the probability of being right, and
    the threshold under which an attribution is dropped (both fitted on PolNeAR dev; a model
    trained without dev keeps these defaults: the mean log-odds, nothing dropped)."""

    weights: list[float] = field(default_factory=lambda: [0.25, 0.25, 0.25, 0.25])
    bias: float = 0.0
    threshold: float = 0.0

    def probability(self, tagged: Tagged) -> float:
        z = self.bias + sum(w * f for w, f in zip(self.weights, tagged.features()))
        return float(1.0 / (1.0 + np.exp(-z)))


DATA = "data/tagger"


@dataclass
class SpanTagger:
    """The exported tagger: an onnxruntime session, its tokenizer and its settings
    (``tagger.json``: calibration, link thresholds, what it was trained on, dev scores)."""

    directory: Path
    config: dict
    threads: Optional[int] = None   # onnxruntime's intra-op threads; None: one per core
    spin: bool = True               # whether they spin-wait between runs

    @classmethod
    def load(cls, directory: str | Path | None = None, threads: Optional[int] = None,
             spin: bool = True) -> "SpanTagger":
        """The shipped tagger, or one written by ``quotegraph train-tagger --out DIR``."""
        if directory is None:
            directory = Path(str(resources.files("quotegraph").joinpath(DATA)))
        directory = Path(directory)
        config_path = directory / "tagger.json"
        if not config_path.exists():
            raise ModelError(f"no tagger in {directory}: train one with 'quotegraph train-tagger'")
        return cls(directory, json.loads(config_path.read_text("utf-8")), threads, spin)

    @property
    def model_id(self) -> str:
        """Names the weights: ``tagger-`` and the first 12 hex digits of the model's sha256."""
        return f"tagger-{self.config['sha256'][:12]}"

    @cached_property
    def tokenizer(self):
        from tokenizers import Tokenizer

        return Tokenizer.from_file(str(self.directory / "tokenizer.json"))

    @cached_property
    def session(self):
        import onnxruntime

        options = onnxruntime.SessionOptions()
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        if self.threads:
            options.intra_op_num_threads = self.threads
        if not self.spin:
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return onnxruntime.InferenceSession(str(self.directory / self.config["model"]), options,
                                            providers=["CPUExecutionProvider"])

    @property
    def calibration(self) -> Calibration:
        return Calibration(**self.config.get("calibration", {}))

    def run(self, window: Window) -> tuple[np.ndarray, np.ndarray]:
        """Tag probabilities ``[T, labels]`` and link logits ``[T, T, 2]`` of one window
        (what :func:`decode` reads). Windows run one at a time: the int8 model quantises activations over its
        whole input, so a window batched with others (and their padding) would come out
        slightly different; alone it is as fast."""
        ids = np.array([window.ids], dtype=np.int64)
        tags, links = self.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
        return softmax(tags[0]), links[0]

    def tag(self, article: Article, threshold: Optional[float] = None) -> list[Tagged]:
        """Every attribution the tagger finds in ``article``, calibrated, in text order; those
        under ``threshold`` (by default the calibrated one) are left out."""
        calibration = self.calibration
        threshold = calibration.threshold if threshold is None else threshold
        found = []
        for window in encode(article, self.tokenizer, self.config.get("max_tokens", MAX_TOKENS)):
            for t in decode(window, *self.run(window), **self.config.get("decoding", {})):
                t.confidence = calibration.probability(t)
                if t.confidence >= threshold:
                    found.append(t)
        return sorted(found, key=lambda t: t.content[0])
