"""The stock pipeline's attribute ruler and lemmatizer, applied by table instead of by matcher.

``en_core_web_sm`` sets each token's coarse tag, morphology and lemma after the parse with an
``AttributeRuler`` (179 ``Matcher`` patterns over ``TAG``, ``LOWER``, ``DEP`` and ``IS_SPACE``,
of one token or two) and a rule ``Lemmatizer``. On PolNeAR dev the two took a third of the
pipeline's time (1.45 s and 0.92 s of 7.45 s), nearly all of it in the matcher and in the
Python objects made for each token and each match. What they set depends only on a token's
own four attributes and, for the few two-token patterns, its neighbour's; the lemma only on
the form, the coarse tag and the morphology. :class:`TokenAttributes` reads the same patterns
and the same lemmatizer, works out each distinct key once per process and writes whole
columns with ``Doc.from_array``: the same annotation (``tests/test_nlp.py`` compares every
token against the stock components) at a small share of the cost.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

# The token attributes the stock ruler's patterns test, in the order of a key's fields.
KEY_ATTRS = (TAG, LOWER, DEP, IS_SPACE)
KEY_NAMES = ("TAG", "LOWER", "DEP", "IS_SPACE")


def _test(spec: Any, value: Any) -> bool:
    """A ``Matcher`` token pattern's test of one attribute: equal, ``IN``, ``NOT_IN``, ``REGEX``."""
    if not isinstance(spec, dict):
        return spec == value
    return all({"IN": lambda arg: value in arg,
                "NOT_IN": lambda arg: value not in arg,
                "REGEX": lambda arg: re.search(arg, value) is not None}[op](arg)
               for op, arg in spec.items())


class TokenAttributes:
    """Sets ``POS``, ``MORPH`` and ``LEMMA`` (and, on whitespace, ``TAG`` and ``DEP``) as
    ``ruler`` then ``lemmatizer`` would: the ruler's matches applied in the order of its
    patterns, later ones winning; the lemma where the ruler set none, from the lemmatizer's
    rules. Both must come from one stock pipeline; neither runs itself."""

    def __init__(self, ruler: AttributeRuler, lemmatizer: Lemmatizer):
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            raise ValueError(f"TokenAttributes reads a rule lemmatizer that keeps the ruler's "
                             f"lemmas; this one is mode={lemmatizer.mode!r}, "
                             f"overwrite={lemmatizer.overwrite}")
        self.vocab = ruler.vocab
        self.lemmatizer = lemmatizer
        self.ruler_attrs = ruler.attrs
        # (attr_id, token tests) of the one-token patterns; (attr_id, index, tests per token)
        # of the longer ones.
        self.single: list[tuple[int, dict]] = []
        self.multi: list[tuple[int, int, list[dict]]] = []
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                if any(set(test) - set(KEY_NAMES) for test in pattern):
                    raise ValueError(f"attribute ruler pattern {pattern} tests attributes "
                                     f"other than {', '.join(KEY_NAMES)}")
                if len(pattern) == 1:
                    self.single.append((attr_id, pattern[0]))
                else:
                    self.multi.append((attr_id, entry["index"] % len(pattern), pattern))
        # A lower-case form that no pattern names or matches is one key for all such forms:
        # each is read as the first seen (``other``).
        tests = [test["LOWER"] for _, test in self.single if "LOWER" in test]
        tests += [test["LOWER"] for _, _, pattern in self.multi for test in pattern if "LOWER" in test]
        self.named = {value for test in tests for value in (
            [test] if not isinstance(test, dict) else
            [v for op, arg in test.items() if op in ("IN", "NOT_IN") for v in arg])}
        self.patterns = [re.compile(arg) for test in tests if isinstance(test, dict)
                         for op, arg in test.items() if op == "REGEX"]
        self.forms: dict[int, int] = {}
        self.other = 0
        # What each key, each set of matched patterns and each (form, POS, MORPH) gave.
        self.keys: dict[tuple[int, ...], tuple] = {}
        self.merges: dict[tuple[int, ...], dict[int, int]] = {}
        self.lemmas: dict[tuple[int, ...], int] = {}

    def key_info(self, key: tuple[int, ...]) -> tuple[dict[int, int], tuple[int, ...], tuple[int, ...], frozenset]:
        """For one key (``KEY_ATTRS``' values): what its one-token patterns set, which those
        are, the longer patterns whose first token's test it passes, and the (pattern,
        position) pairs of the longer patterns whose test it passes."""
        if key in self.keys:
            return self.keys[key]
        strings = self.vocab.strings
        tag, lower, dep, is_space = key
        values = {"TAG": strings[tag] if tag else "", "LOWER": strings[lower],
                  "DEP": strings[dep] if dep else "", "IS_SPACE": bool(is_space)}

        def passes(tests: dict) -> bool:
            return all(_test(spec, values[name]) for name, spec in tests.items())

        singles = tuple(attr_id for attr_id, tests in self.single if passes(tests))
        positions = frozenset((number, position) for number, (_, _, pattern) in enumerate(self.multi)
                              for position, tests in enumerate(pattern) if passes(tests))
        starts = tuple(number for number, position in sorted(positions) if position == 0)
        self.keys[key] = info = self.merged(singles), singles, starts, positions
        return info

    def form(self, lower: int) -> int:
        """``lower`` where a pattern names or matches it, else the one form read for all others."""
        text = self.vocab.strings[lower]
        if text in self.named or any(pattern.search(text) for pattern in self.patterns):
            self.forms[lower] = lower
        else:
            self.other = self.other or lower
            self.forms[lower] = self.other
        return self.forms[lower]

    def merged(self, attr_ids: tuple[int, ...]) -> dict[int, int]:
        """The attributes that ``attr_ids``' patterns set, applied in order (sorted by id)."""
        if attr_ids not in self.merges:
            merged: dict[int, int] = {}
            for attr_id in sorted(attr_ids):
                merged.update(self.ruler_attrs[attr_id])
            self.merges[attr_ids] = merged
        return self.merges[attr_ids]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        infos = [self.key_info((tag, self.forms.get(lower) or self.form(lower), dep, is_space))
                 for tag, lower, dep, is_space in doc.to_array(list(KEY_ATTRS)).tolist()]
        # The longer patterns' matches: (token, attr_id), tested only where one may start.
        longer: dict[int, list[int]] = {}
        for start, (_, _, starts, _) in enumerate(infos):
            for number in starts:
                attr_id, index, pattern = self.multi[number]
                if start + len(pattern) <= len(infos) and all(
                        (number, position) in infos[start + position][3]
                        for position in range(1, len(pattern))):
                    longer.setdefault(start + index, []).append(attr_id)
        columns = doc.to_array([POS, MORPH, LEMMA]).tolist()
        for i, (attrs, singles, _, _) in enumerate(infos):
            if i in longer:
                attrs = self.merged(singles + tuple(longer[i]))
            row = columns[i]
            row[0], row[1], row[2] = attrs.get(POS, row[0]), attrs.get(MORPH, row[1]), attrs.get(LEMMA, row[2])
            if TAG in attrs or DEP in attrs:   # whitespace that the tagger or parser labelled
                doc[i].tag, doc[i].dep = attrs.get(TAG, doc[i].tag), attrs.get(DEP, doc[i].dep)
        array = numpy.array(columns, dtype="uint64")
        doc.from_array([POS, MORPH], array[:, :2])
        # The lemma, where the ruler set none, by form, coarse tag and morphology.
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            if not columns[i][2]:
                key = (orth, columns[i][0], columns[i][1])
                lemma = self.lemmas.get(key)
                if lemma is None:
                    lemma = self.lemmas[key] = self.vocab.strings.add(
                        self.lemmatizer.rule_lemmatize(doc[i])[0])
                array[i, 2] = lemma
        doc.from_array([LEMMA], array[:, 2:])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)
