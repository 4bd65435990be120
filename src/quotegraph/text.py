"""Word tokens of a plain text, to compare spans by the words they cover, and a text cut at
span boundaries, to highlight spans that overlap.

Extraction (the scorer's overlap test), training and evaluation measure overlap the same way:
a word token is a ``\\w+`` match, identified by its start offset, and a span covers a token
when any character of the token lies inside it. No spaCy here: the tokens are those of the
text, whatever the parse made of it.

>>> tokens = WordTokens("Ann said no way.")
>>> jaccard(tokens.of([(9, 15)]), tokens.of([(12, 16)]))   # "no way" and "way."
0.5

The evaluation report and the web app highlight overlapping and nested spans the same way
(:func:`segments`): the text is cut at every span boundary and each piece is wrapped in the
spans covering it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterable, Optional, TypeVar

T = TypeVar("T")
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


def segments(length: int, spans: Iterable[tuple[int, int, T]],
             cuts: Iterable[int] = ()) -> list[tuple[int, int, list[T]]]:
    """A text of ``length`` characters cut at 0, ``length``, every boundary of ``spans`` and
    every offset of ``cuts``: ``(start, end, payloads)`` for each stretch between two
    consecutive cuts, with the payloads of the spans covering it in order of start, then in
    the order given. Spans are ``(start, end, payload)``; an empty one (``end <= start``)
    neither covers nor cuts anything. Offsets are not clipped to the text.

    >>> segments(7, [(0, 5, "x"), (2, 7, "y"), (3, 3, "empty")], cuts=[1])
    [(0, 1, ['x']), (1, 2, ['x']), (2, 5, ['x', 'y']), (5, 7, ['y'])]
    """
    spans = [span for span in spans if span[1] > span[0]]
    bounds = sorted({0, length, *cuts, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    starting: dict[int, list[tuple[int, T]]] = {}
    for start, end, payload in spans:
        starting.setdefault(start, []).append((end, payload))
    # One sweep: the spans covering a stretch are those that started at or before it and have
    # not ended yet, so each stretch costs the spans open over it, not all spans.
    active: list[tuple[int, T]] = []
    result = []
    for start, end in zip(bounds, bounds[1:]):
        active = [a for a in active if a[0] > start] + starting.get(start, [])
        result.append((start, end, [payload for _, payload in active]))
    return result
