"""Word tokens of a plain text, to compare spans by the words they cover.

Extraction (the scorer's overlap test), training and evaluation measure overlap the same way:
a word token is a ``\\w+`` match, identified by its start offset, and a span covers a token
when any character of the token lies inside it. No spaCy here: the tokens are those of the
text, whatever the parse made of it.

>>> tokens = WordTokens("Ann said no way.")
>>> jaccard(tokens.of([(9, 15)]), tokens.of([(12, 16)]))   # "no way" and "way."
0.5
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Optional

WORD = re.compile(r"\w+")


class WordTokens:
    """The ``\\w+`` tokens of one text, to map character spans to sets of token positions.

    >>> tokens = WordTokens("He said: no way.")
    >>> sorted(tokens.of([(10, 14)]))   # "o wa" touches "no" and "way"
    [9, 12]
    """

    def __init__(self, text: str, start: int = 0, end: Optional[int] = None):
        """Tokens of ``text[start:end]``, the bounds widened to whole words."""
        end = len(text) if end is None else end
        while start > 0 and WORD.match(text, start - 1, start):
            start -= 1
        while end < len(text) and WORD.match(text, end, end + 1):
            end += 1
        matches = list(WORD.finditer(text, start, end))
        self._starts = [m.start() for m in matches]
        self._ends = [m.end() for m in matches]

    def of(self, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        """Start offsets of the tokens that overlap any of ``spans``."""
        found = set()
        for start, end in spans:
            i = bisect_right(self._ends, start)  # the first token ending after `start`
            while i < len(self._starts) and self._starts[i] < end:
                found.add(self._starts[i])
                i += 1
        return frozenset(found)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """|a ∩ b| / |a ∪ b|, 0 for two empty sets.

    >>> jaccard(frozenset({1, 2}), frozenset({2, 3}))
    0.3333333333333333
    """
    union = len(a | b)
    return len(a & b) / union if union else 0.0
