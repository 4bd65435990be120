"""Which given names are a man's or a woman's, learned from how news text refers back to them.

``he`` or ``she`` after "Elizabeth Warren said ..." is the resolver's most common choice and
it needs the person's gender; titles (``Mr.``, ``Ms.``) give it only in some outlets. This
counts, over unannotated news text (PolNeAR train's ``text/``), for every PERSON name with a
given name that is the only person named in its sentence: the titles and gendered roles in
front of it, and the personal pronouns of that sentence after it and of the next sentence when
that one names no person ("Mrs. Clinton" counts for the article's one Clinton with a given
name). News text of one country knows few names of others ("Yolande", "Aurelio", "Marisol"),
so a reference table is added: the given names that the name data of the PyPI package
``nomquamgender`` (Van Buskirk et al., MIT licence; the ``[train]`` extra) gives to one gender
in at least :data:`REFERENCE_SHARE` of :data:`REFERENCE_COUNT` or more people.
``quotegraph build-genders`` (``make genders``) writes both to ``quotegraph/data/genders.json``;
:mod:`quotegraph.speakers.resolve` takes a given name's gender from the news counts when enough
votes agree, else from the reference table.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Iterable, Union

from spacy.language import Language

from quotegraph.speakers.names import given_name_key, parse_person
from quotegraph.speakers.resolve import title_gender

REFERENCE_COUNT = 100
REFERENCE_SHARE = 0.9
# A spelling that this share of a key's bearers bear has its say on the key's gender.
SPELLING_SHARE = 0.05
# A given name as the reference data writes it: lower-case letters (accents too), with inner
# hyphens or apostrophes; not its markup, initials or scripts other than Latin.
_REFERENCE_NAME = re.compile(r"[a-z\u00df-\u024f]+(?:['-][a-z\u00df-\u024f]+)*")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}


def build_genders(texts: Iterable[str], nlp: Language, n_process: int = 1) -> dict:
    """``{"articles": N, "counts": {given: [male votes, female votes]}}``, given names as
    :func:`~quotegraph.speakers.names.given_name_key` writes them."""
    votes: dict[str, Counter] = defaultdict(Counter)
    articles = 0
    for doc in nlp.pipe(texts, n_process=n_process, batch_size=16):
        articles += 1
        people = [(e, parse_person(e.text)) for e in doc.ents if e.label_ == "PERSON"]
        # "Mrs. Clinton" is the article's one Clinton with a given name, if it has one.
        givens: dict[str, set[str]] = defaultdict(set)
        for _, name in people:
            if name.given:
                givens[name.surname].add(name.given)
        by_sentence: dict[int, list] = defaultdict(list)
        for ent, name in people:
            given = name.given or (next(iter(givens[name.surname]))
                                   if len(givens[name.surname]) == 1 else "")
            by_sentence[ent.sent.start].append((ent, given))
            if given:
                votes[given].update(title_gender(doc[max(ent.start - 3, ent.sent.start):ent.start].text))
        sentences = list(doc.sents)
        for i, sent in enumerate(sentences):
            named = by_sentence.get(sent.start, [])
            if not named or len({g for _, g in named}) != 1 or not named[0][1]:
                continue
            after = list(doc[named[0][0].end:sent.end])
            if i + 1 < len(sentences) and sentences[i + 1].start not in by_sentence:
                after += list(sentences[i + 1])
            said = {PRONOUN_GENDER[t.lower_] for t in after if t.lower_ in PRONOUN_GENDER}
            if len(said) == 1:
                votes[named[0][1]].update(said)
    return {"articles": articles,
            "counts": {given: [c["m"], c["f"]] for given, c in sorted(votes.items()) if c["m"] + c["f"]}}


def reference_genders(count: int = REFERENCE_COUNT, share: float = REFERENCE_SHARE) -> dict[str, list[str]]:
    """``{"m": [...], "f": [...]}``: given-name keys (:func:`~quotegraph.speakers.names.given_name_key`)
    borne by ``count`` or more people in the reference data, ``share`` of them of one gender,
    both over all the key's spellings pooled and over each spelling that :data:`SPELLING_SHARE`
    of them bear.

    "Ruth" (a million people, 99% women) and the surname-like "Roth" (231, 4%) share the key
    ``roth``, which is a woman's; "Danielle" (606,000, 99% women) and the Italian "Daniele"
    (110,000, 44%) share ``daniele``, which stays open, as does "Jean" (48%)."""
    try:
        data = json.loads((resources.files("nomquamgender") / "name_data.json").read_text("utf-8"))
    except ModuleNotFoundError:
        raise SystemExit("build-genders needs the reference given names of the [train] extra: "
                         "pip install -e '.[train]' (make install-train)") from None
    spellings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for name, (_, people, female, *_) in data.items():
        key = given_name_key(name)
        if _REFERENCE_NAME.fullmatch(name) and len(key) >= 2:
            spellings[key].append((people, female))
    keys: dict[str, list[str]] = {"m": [], "f": []}
    for key, found in sorted(spellings.items()):
        people = sum(n for n, _ in found)
        if people < count:
            continue
        # every share that counts: the pooled one and each common spelling's
        shares = [sum(n * f for n, f in found) / people,
                  *(f for n, f in found if n >= SPELLING_SHARE * people)]
        if min(shares) >= share:
            keys["f"].append(key)
        elif max(shares) <= 1 - share:
            keys["m"].append(key)
    return keys


def read_texts(directory: Union[str, Path]) -> list[str]:
    """The ``text/*.txt`` files of a PolNeAR-layout directory, in name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(Path(directory, "text").glob("*.txt"))]
