"""A trained scorer: the probability that a candidate attribution is right, learned on PolNeAR.

The constructions propose candidates generously (every cue frame seen in training, however
rare); a logistic regression over sparse features of each candidate (cue word and frame,
kind, rule source type, content length, section, ...) gives the probability that its cue and
content are those of a gold attribution (:func:`quotegraph.training.scorer.cue_match`).
Candidates below the threshold are dropped, overlapping ones keep the most probable. Only
cue-frame candidates are scored (see :func:`is_scored`). Then a second model, :class:`~quotegraph.attributions.sources.SourceRanker`,
picks the source of each kept cue among the noun phrases of its sentence
(:func:`has_learned_source`); a scored attribution's ``confidence`` is the product of the two
probabilities, since it is right only when its source is too.

Training (:mod:`quotegraph.training.scorer`: ``quotegraph train``, ``make train``) needs
scikit-learn; using the shipped weights (``quotegraph/data/scorer.json``) needs nothing but
this module.

>>> scorer = CandidateScorer.load()
>>> 0.0 < scorer.threshold < 1.0
True
"""
from __future__ import annotations

import bisect
import hashlib
import json
import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Optional, Sequence

from spacy.tokens import Doc

from quotegraph.attributions.candidate import Candidate, CandidateIndex
from quotegraph.attributions.frames import cue_key
from quotegraph.attributions.lexicon import CueLexicon
from quotegraph.attributions.registry import CONSTRUCTIONS, QUOTE_INHERITED
from quotegraph.attributions.sources import SourceRanker, noun_phrase, quoted_as_saying, set_off_from_place
from quotegraph.nlp import entities
from quotegraph.text import WordTokens, jaccard

_LENGTH_BINS = (1, 2, 5, 10, 20, 40)
_PRECISION_BINS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.7)


def _bin(value: float, edges: Sequence[float]) -> str:
    return str(next((e for e in edges if value <= e), "more"))


def is_scored(c: Candidate) -> bool:
    """Whether the model decides on this candidate: those proposed by a learned cue frame
    (``Construction.scored`` in :mod:`~quotegraph.attributions.registry`).

    The other constructions (quotes with their cue, split or cue-less quotes, colon and
    sign-off styles, claim nouns, headline ``X says``) are precise by rule; PolNeAR often
    annotates them differently (its sources for cue-less quotes, say), which would teach the
    model to drop real quotes.
    """
    return CONSTRUCTIONS[c.construction].scored


def cue_paragraph(c: Candidate, offsets: Sequence[int]) -> int:
    """The paragraph of ``c``'s cue, of those starting at ``offsets``: a quote may open in a
    paragraph before ('"The restrictions ... // "We are told to be patient," he said.')."""
    return bisect.bisect_right(offsets, c.cue[0]) - 1


def has_learned_source(c: Candidate) -> bool:
    """Whether the source ranker picks this candidate's source: a scored candidate, or a
    quote with a cue next to it (``Construction.learned_source``)."""
    return c.cue_token is not None and CONSTRUCTIONS[c.construction].learned_source


def features(c: Candidate, section: str, text: str, lexicon: CueLexicon,
             containers: Sequence[Candidate] = ()) -> list[str]:
    """The sparse features of one candidate, as strings; ``containers`` are the candidates
    whose content holds its cue (:func:`containers_of`)."""
    cue, frame = c.cue_token, c.found_by
    key = cue_key(cue) if cue is not None else "none"
    words = len(text[c.start:c.end].split())
    out = [f"frame={frame}", f"kind={c.kind}", f"section={section}", f"cue={key}",
           f"cue+frame={key}+{frame}", f"kind+frame={c.kind}+{frame}",
           f"words={_bin(words, _LENGTH_BINS)}", f"spans={min(len(c.spans), 3)}",
           f"source={_source_type(c)}", f"source+frame={_source_type(c)}+{frame}"]
    if cue is not None:
        out += [f"cue_dep={cue.dep_}", f"cue_tag={cue.tag_}", f"cue_word={cue.lower_}",
                f"cue_dep+frame={cue.dep_}+{frame}", f"section+frame={section}+{frame}",
                f"precision={_bin(lexicon.precision(key, frame), _PRECISION_BINS)}",
                f"cue_after={c.cue[0] >= c.end}" if c.cue else "cue_after=none"]
        out += [f"cue_child={child.dep_}:{child.lower_}" for child in cue.children
                if child.dep_ in ("neg", "aux", "auxpass", "prt", "mark")]
    if c.antecedent is not None:
        out.append(f"antecedent={c.antecedent.kind}+{c.antecedent.found_by}")
    content = text[c.start:c.end]
    out.append(f"starts={content.split()[0].lower() if content.split()[0].lower() in ('that', 'to', 'the', 'a') else 'other'}")
    return out + _container_features(c, containers, lexicon)


def containers_of(candidates: Sequence[Candidate]) -> list[list[Candidate]]:
    """For each candidate, the others whose content holds its cue: a claim reported inside a
    claim. PolNeAR annotates such an inner claim far less often than a free-standing one
    (a third of those kept on dev were right before the model learned it)."""
    index = CandidateIndex(candidates)
    return [[o for o in index.holding(*c.cue) if o is not c] if c.cue is not None else []
            for c in candidates]


def _container_features(c: Candidate, containers: Sequence[Candidate], lexicon: CueLexicon) -> list[str]:
    """Whether ``c`` lies inside another candidate's content, which constructions those
    are, and whether the surest of them is surer (lexicon precision) than ``c``."""
    if not containers:
        return ["nested=False"]

    def precision(o: Candidate) -> float:
        return lexicon.precision(cue_key(o.cue_token), o.frame) if is_scored(o) else 1.0

    surest = max(precision(o) for o in containers)
    mine = precision(c) if c.cue_token is not None else 0.0
    level = _bin(surest, _PRECISION_BINS)
    frames = sorted({o.frame.split(":")[1] if is_scored(o) else "rule" for o in containers})
    return (["nested=True", f"outer_precision={level}", f"outer_precision+frame={level}+{c.found_by}",
             f"outer_surer={surest > mine}"]
            + [f"outer={f}" for f in frames] + [f"outer+frame={f}+{c.found_by}" for f in frames])


def _source_type(c: Candidate) -> str:
    m = c.source_mention
    if m is None:
        return "none" if c.source is None else "inherited"
    head = m.root
    if head.pos_ == "PRON":
        return f"pron:{head.lower_}"
    if any(e.label_ == "PERSON" for e in entities(m)):
        return "person"
    if head.ent_type_:
        return f"ent:{head.ent_type_}"
    return f"{head.pos_}:{m[0].lower_ if m[0].dep_ == 'det' else '-'}"


@dataclass
class CandidateScorer:
    """Logistic-regression weights over candidate features, with the tuned threshold; and,
    per rule construction the model does not score, the share right in training."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    rule_confidence: dict[str, float] = field(default_factory=dict)
    sources: Optional[SourceRanker] = None
    model_id: str = "scorer"

    @classmethod
    def load(cls, path: str | Path | None = None) -> "CandidateScorer":
        """The shipped scorer, or one written by ``quotegraph train``."""
        if path is None:
            raw = resources.files("quotegraph").joinpath("data/scorer.json").read_text("utf-8")
        else:
            raw = Path(path).read_text("utf-8")
        data = json.loads(raw)
        sources = SourceRanker(data["sources"]) if "sources" in data else None
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]
        return cls(data["weights"], data["bias"], data["threshold"], data.get("rule_confidence", {}),
                   sources, f"scorer-{digest}")

    def probability(self, c: Candidate, section: str, text: str, lexicon: CueLexicon,
                    containers: Sequence[Candidate] = ()) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0)
                            for f in features(c, section, text, lexicon, containers))
        return 1.0 / (1.0 + math.exp(-z))

    def select(self, candidates: list[Candidate], sections: Sequence[str], text: str,
               lexicon: CueLexicon) -> list[Candidate]:
        """Score the cue-frame candidates and drop those under the threshold; among
        candidates with overlapping contents (word Jaccard >= 0.5, not nested in one another)
        keep the rule-made one, else the most probable."""
        # Only this window's stretch of a long text: select runs once per window.
        tokens = WordTokens(text, min((c.start for c in candidates), default=0),
                            max((c.end for c in candidates), default=0))
        for c, section, outer in zip(candidates, sections, containers_of(candidates)):
            if is_scored(c):
                c.confidence = self.probability(c, section, text, lexicon, outer)
            else:
                c.confidence = self.rule_confidence.get(c.construction, c.confidence)
        # Contents apart share no word: only those that overlap can stand in each other's way.
        index = CandidateIndex(candidates)
        kept: dict[int, frozenset] = {}   # id(candidate) -> its words
        chosen: list[Candidate] = []
        for c in sorted(candidates, key=lambda c: (not is_scored(c), c.confidence), reverse=True):
            if is_scored(c) and c.confidence < self.threshold:
                continue
            words = tokens.of(c.spans)
            if all(jaccard(words, kept[id(k)]) < 0.5 or _nested(c, k) or _nested(k, c)
                   for k in index.overlapping(c.start, c.end) if id(k) in kept):
                kept[id(c)] = words
                chosen.append(c)
        return sorted(chosen, key=lambda c: c.start)

    def pick_sources(self, candidates: list[Candidate], docs: Sequence[Doc],
                     offsets: Sequence[int]) -> list[Candidate]:
        """Give each candidate with a learned source the ranker's choice (``docs``: the
        parsed paragraphs, starting at ``offsets``); a cue-less quote then takes the source of
        the attribution it inherits from. Scored candidates left with no source are dropped:
        on PolNeAR dev that trades recall for precision at the same F1, and an attribution
        without anyone behind it is of little use."""
        if self.sources is None:
            return candidates
        for c in candidates:
            if has_learned_source(c):
                at = cue_paragraph(c, offsets)
                doc, offset = docs[at], offsets[at]
                mention, probability = self.sources.pick(c, doc, offset)
                if is_scored(c):   # right in cue and content, and in source
                    c.confidence *= probability
                rule = c.source_mention
                if mention is not None and rule is not None and rule.start <= mention.start \
                        and mention.end < rule.end and (rule.root.i >= mention.end or rule[-1].lower_ == "old"):
                    mention = rule   # the whole name the rules read: "state news agency SANA", "the 41-year-old"
                elif rule is not None and c.cue_token is not None and quoted_as_saying(c.cue_token) == rule.root:
                    mention = rule   # the one quoted "as saying", not the report's subject
                elif mention is not None and (subject := set_off_from_place(mention.root)) is not mention.root:
                    mention = noun_phrase(subject)   # (not "Outside Parliament")
                c.source_mention = mention
                c.source = (offset + mention.start_char, offset + mention.end_char) if mention else None
        for c in candidates:
            if c.antecedent is not None and c.construction == QUOTE_INHERITED:
                c.take_source(c.antecedent)
        return [c for c in candidates if c.source is not None or not is_scored(c)]


def _nested(inner: Candidate, outer: Candidate) -> bool:
    """``inner``'s cue lies in ``outer``'s content: a claim reported inside a claim."""
    return inner.cue is not None and outer.start <= inner.cue[0] and inner.cue[1] <= outer.end
