"""A sieve that resolves source mentions to speakers, in the order news text introduces them.

No coreference model is available offline, so the resolver applies, per source mention, the
first rule that fits:

1. a cue-less quote takes its antecedent attribution's speaker;
2. a person name (``Russian Foreign Minister Sergey Lavrov``, ``Lavrov``, ``Mr. Lavrov``) is
   one speaker per surname, named by the fullest form in the article, with the words before
   the name as a role;
3. a relative pronoun (``Marc Morial, who told reporters``) is the noun its clause is about,
   resolved by these rules; ``he``/``she`` refer to the most recent person speaker,
   ``they``/``we`` to the most recent group or organisation (within two paragraphs), else to
   no one;
4. a definite role description (``the minister``, ``the Russian top diplomat``, a headline's
   bare ``Mayor``) refers to the person whose role contains its head word, else to the most
   recent person speaker;
5. organisations (``the Kremlin``), groups (``Western partners``) and anonymous sources
   (``a source``, ``officials``) are speakers of their own kind.

>>> from quotegraph import extract
>>> result = extract("Talks stall\\nForeign Minister Sergey Lavrov spoke. He said the talks stalled.")
>>> [(a.speaker, a.source.text) for a in result.attributions]
[('Sergey Lavrov', 'He')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from spacy.tokens import Doc, Span

from quotegraph.attributions import Candidate
from quotegraph.attributions.sources import noun_phrase, relative_antecedent
from quotegraph.model import Speaker, TextSpan

_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sir",
               "prof", "rev", "president", "senator", "minister", "secretary"}
# Titles of address, part of no role: "Mr. Trump" has none.
_ADDRESS = {"mr", "mrs", "ms", "miss", "mx"}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "we", "them", "us"}
_ANONYMOUS = {"source", "official", "aide", "person", "people", "insider", "analyst", "expert",
              "observer", "diplomat", "officer", "staffer", "adviser", "advisor", "someone",
              "witness", "resident"}
_INDEFINITE = {"a", "an", "some", "several", "many", "few", "two", "three", "other", "another",
               "one", "most", "more", "numerous"}
# Head nouns of definite descriptions that refer to a person already named in the article.
PERSON_ROLES = {
    "minister", "diplomat", "president", "spokesman", "spokeswoman", "spokesperson", "senator",
    "candidate", "nominee", "governor", "secretary", "chairman", "chairwoman", "chair",
    "leader", "director", "ambassador", "premier", "chancellor", "chief", "head", "commissioner",
    "lawmaker", "congressman", "congresswoman", "mayor", "judge", "official", "prosecutor",
    "attorney", "general", "mogul", "businessman", "billionaire", "author", "professor",
    "economist", "analyst", "adviser", "advisor", "aide", "manager", "representative", "envoy",
    "democrat", "republican", "woman", "man", "veteran", "ceo", "founder", "host", "star",
    "king", "queen", "prince", "pope", "foreign", "top",
}
RECENT_PARAGRAPHS = 2
_DEFER = ("defer", "")   # a role description to resolve once every name is known


@dataclass
class _Entity:
    kind: str
    name: str
    roles: list[str] = field(default_factory=list)
    mentions: list[TextSpan] = field(default_factory=list)


class _Names:
    """Person names of the article, grouped by surname; the fullest form names the group."""

    def __init__(self, docs: Sequence[Doc], offsets: Sequence[int], text: str):
        self.by_surname: dict[str, str] = {}
        self.mentions: dict[str, list[TextSpan]] = {}
        self.positions: list[tuple[int, int, str]] = []   # (paragraph, start, surname)
        for index, (doc, offset) in enumerate(zip(docs, offsets)):
            for ent in doc.ents:
                if ent.label_ == "PERSON":
                    words = _name_words(ent.text)
                    if words:
                        current = self.by_surname.get(words[-1])
                        if current is None or len(words) > len(current.split()):
                            self.by_surname[words[-1]] = " ".join(words)
                        start = offset + ent.start_char
                        span = TextSpan.of(text, start, start + len(ent.text))
                        self.mentions.setdefault(words[-1], []).append(span)
                        self.positions.append((index, start, words[-1]))
        # Double surnames are cut to their first part: "Ramiro Fuentes Olea" ... "Fuentes said".
        for full in list(self.by_surname.values()):
            for word in full.split()[1:-1]:
                if (len(word) > 2 and word[0].isupper() and not word.endswith(".")
                        and self.by_surname.get(word, word) == word):
                    self.by_surname[word] = full

    def last_before(self, position: int, paragraph: int) -> Optional[str]:
        """The fullest name of the last person named before ``position``, nearby."""
        for para, start, surname in reversed(self.positions):
            if start < position:
                return self.by_surname[surname] if para >= paragraph - 1 else None
        return None

    def canonical(self, text: str) -> Optional[str]:
        words = _name_words(text)
        if not words:
            return None
        full = self.by_surname.get(words[-1])
        full_words = full.split() if full else []
        if full and (_runs_in(words, full_words) or full_words[0] == words[0]
                     or len(words) >= len(full_words)):
            return full if len(full.split()) >= len(words) else " ".join(words)
        return " ".join(words)


def _runs_in(words: list[str], full: list[str]) -> bool:
    """Whether ``words`` occur in ``full`` as a contiguous run ending a given name."""
    return any(full[i:i + len(words)] == words for i in range(1, len(full) - len(words) + 1))


def _name_words(text: str) -> list[str]:
    words = [w for w in re.sub(r"['’]s$", "", text.strip()).split() if w]
    while words and words[0].lower().rstrip(".") in _HONORIFICS:
        words = words[1:]
    return words


def resolve_speakers(candidates: Sequence[Candidate], docs: Sequence[Doc],
                     offsets: Sequence[int], text: str) -> tuple[list[Speaker], list[Optional[str]]]:
    """Speakers of the article and, per candidate, the id of its speaker (or None).

    ``offsets`` are the start offsets of the paragraphs ``docs`` parse, in ``text``.
    """
    names = _Names(docs, offsets, text)
    entities: dict[tuple[str, str], _Entity] = {}
    resolved: dict[int, Optional[tuple[str, str]]] = {}
    history: list[tuple[int, tuple[str, str]]] = []   # (paragraph, entity key), in text order
    deferred: list[Candidate] = []   # role descriptions naming someone not yet introduced
    for c in candidates:
        key = None
        if c.antecedent is not None:
            key = resolved.get(id(c.antecedent))
        elif c.source_mention is not None:
            key = _resolve(c, names, entities, history, text)
            if key is _DEFER:
                deferred.append(c)
                key = None
        resolved[id(c)] = key
        if key is not None:
            history.append((c.paragraph, key))
    # Headlines name by role before the text names the person: "Kenyan minister says ...".
    for c in deferred:
        lower = c.source_mention.root.lower_
        key = _by_role(lower, entities)
        if key is None:
            name = c.source_mention.text.lower()
            key = ("unnamed", name)
            entities.setdefault(key, _Entity("unnamed", name))
        entities[key].mentions.append(TextSpan.of(text, *c.source))
        resolved[id(c)] = key
    for c in candidates:
        if c.antecedent is not None and resolved[id(c)] is None:
            resolved[id(c)] = resolved.get(id(c.antecedent))
    speakers, ids = [], {}
    for c in candidates:
        key = resolved[id(c)]
        if key is not None and key not in ids:
            ids[key] = f"S{len(ids) + 1}"
            entity = entities[key]
            if entity.kind == "person":
                entity.mentions.extend(names.mentions.get(entity.name.split()[-1], []))
            mentions = sorted(set(entity.mentions), key=lambda m: (m.start, m.end))
            speakers.append(Speaker(ids[key], entity.name, entity.kind, entity.roles, mentions))
    return speakers, [ids.get(resolved[id(c)]) for c in candidates]


def _resolve(c: Candidate, names: _Names, entities: dict, history: list, text: str):
    mention = c.source_mention
    head = mention.root
    antecedent = relative_antecedent(head)
    if antecedent is not None:
        # "Marc Morial, who told reporters ...": who is whom the clause is about.
        mention = noun_phrase(antecedent) or mention
        head = mention.root
    lower = head.lower_
    kind, name, role = None, None, None
    persons = ([e for e in mention.ents if e.label_ == "PERSON"] or _apposed_names(mention)
               or _titled_name(mention))
    if persons or (head.text[:1].isupper() and head.text in names.by_surname):
        ent = persons[-1] if persons else mention[head.i - mention.start:head.i - mention.start + 1]
        kind, name = "person", names.canonical(ent.text)
        role = _role(mention, ent)
    elif head.pos_ == "PRON":
        if lower in _GROUP_PRONOUNS:
            return _recent(history, entities, ("group", "organization"), c.paragraph)
        if lower not in _PERSON_PRONOUNS:
            return None
        key = _recent(history, entities, ("person",), c.paragraph)
        if key is None:
            name = names.last_before(c.source[0], c.paragraph)
            if name is None:
                return None
            key = ("person", name)
            entities.setdefault(key, _Entity("person", name))
        entities[key].mentions.append(TextSpan.of(text, *c.source))
        return key
    elif head.ent_type_ in ("ORG", "GPE", "FAC"):
        kind, name = "organization", _strip_determiner(mention)
    elif head.ent_type_ == "NORP" or head.tag_ in ("NNS", "NNPS"):
        if lower.rstrip("s") in _ANONYMOUS or _determiner(mention) in _INDEFINITE:
            kind, name = "unnamed", mention.text.lower()
        else:
            kind, name = "group", _strip_determiner(mention)
    elif head.pos_ == "PROPN" and not (len(mention) == 1 and lower in PERSON_ROLES):
        # (A bare capitalised role, "Mayor backs plan", is a role description, below.)
        kind, name = "person", names.canonical(mention.text)
    else:
        det = _determiner(mention)
        if det in _INDEFINITE or (lower in _ANONYMOUS and det not in ("the", "this", "that")):
            kind, name = "unnamed", mention.text.lower()
        elif lower in PERSON_ROLES:
            key = _by_role(lower, entities) or _recent(history, entities, ("person",), None)
            if key is None:
                return _DEFER
            entities[key].mentions.append(TextSpan.of(text, *c.source))
            return key
        else:
            kind, name = "organization", _strip_determiner(mention)
    if not name:
        return None
    key = (kind, name)
    entity = entities.setdefault(key, _Entity(kind, name))
    if role and role not in entity.roles:
        entity.roles.append(role)
    entity.mentions.append(TextSpan.of(text, *c.source))
    return key


def _titled_name(mention: Span) -> list[Span]:
    """A name after a role noun that the tagger took for something else:
    ``Opposition lawmaker Grace Atieno Wekesa`` -> ``Grace Atieno Wekesa``."""
    role_nouns = [t.i for t in mention if t.lower_ in PERSON_ROLES and t.pos_ == "NOUN"]
    if not role_nouns or mention.root.pos_ != "PROPN" or role_nouns[-1] >= mention.root.i:
        return []
    name = mention.doc[role_nouns[-1] + 1:mention.root.i + 1]
    return [name] if all(t.pos_ == "PROPN" for t in name) else []


def _apposed_names(mention: Span) -> list[Span]:
    """A name set off by commas after a description: ``the minister, Ana Lemos Carvalho,``."""
    return [e for child in mention.root.children if child.dep_ == "appos"
            for e in child.doc[child.left_edge.i:child.right_edge.i + 1].ents if e.label_ == "PERSON"]


def _role(mention: Span, name: Span) -> Optional[str]:
    """Words before the name in the mention: ``Russian Foreign Minister`` of ``... Sergey Lavrov``."""
    if name.start >= mention.end:   # an apposed name: the whole description is the role
        words = [t for t in mention if t.dep_ != "det"]
        return mention.doc[words[0].i:words[-1].i + 1].text if words else None
    words = [t for t in mention if t.i < name.start and t.dep_ not in ("det", "poss", "case", "punct")
             and not (t.dep_ == "compound" and t.ent_type_ == "PERSON")
             and t.lower_.rstrip(".") not in _ADDRESS]
    role = " ".join(t.text for t in words).strip(" ,")
    appos = [c for c in mention.root.children if c.dep_ == "appos"]
    if not role and appos:
        role = " ".join(t.text for t in appos[0].subtree).strip(" ,")
    return role or None


def _by_role(head: str, entities: dict) -> Optional[tuple[str, str]]:
    for key, entity in reversed(list(entities.items())):
        if entity.kind == "person" and any(head in r.lower().split() for r in entity.roles):
            return key
    return None


def _recent(history, entities, kinds, paragraph) -> Optional[tuple[str, str]]:
    for para, key in reversed(history):
        if paragraph is not None and para < paragraph - RECENT_PARAGRAPHS:
            return None
        if entities[key].kind in kinds:
            return key
    return None


def _determiner(mention: Span) -> str:
    return mention[0].lower_ if mention[0].dep_ in ("det", "nummod", "amod") else ""


def _strip_determiner(mention: Span) -> str:
    words = [t for t in mention if not (t.i == mention.start and t.dep_ == "det")]
    return " ".join(t.text for t in words) if words else mention.text
