"""A candidate attribution, as the constructions find it and the scorer, the source ranker and
the speaker resolver read it; and an index of candidates by the text their contents cover.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterable, Optional

from spacy.tokens import Span, Token

from quotegraph.model import Fragments

CharSpan = tuple[int, int]


@dataclass
class Candidate(Fragments):
    """An attribution before ids and speakers: offsets into the article text.

    ``construction`` is the id of the construction that found it (in
    :mod:`~quotegraph.attributions.registry`: ``cue-frame``, ``claim``, ``quote:inherited``...);
    ``frame``, for a cue-frame candidate, the cue frame of the parse (``child:ccomp``), else
    empty. ``source_mention`` is the parsed source (for the speaker resolver); ``antecedent``
    is the attribution a cue-less quote takes its speaker from.
    """

    kind: str
    spans: list[CharSpan]
    paragraph: int
    confidence: float
    construction: str
    cue: Optional[CharSpan] = None
    source: Optional[CharSpan] = None
    source_mention: Optional[Span] = None
    cue_token: Optional[Token] = None
    antecedent: Optional["Candidate"] = None
    frame: str = ""

    @property
    def found_by(self) -> str:
        """Its cue frame, or else its construction id: how the scorer's and the source
        ranker's features (and the weights of ``data/scorer.json``) name what found it."""
        return self.frame or self.construction

    def end_at(self, end: int) -> None:
        """Drop the fragments that start at or after ``end`` and end the others there."""
        self.spans = [(s, min(e, end)) for s, e in self.spans if s < end]

    def take_source(self, other: Optional["Candidate"]) -> None:
        """Take ``other``'s source span and parsed mention together (neither when ``other`` is
        None): the speaker resolver reads the mention, so the two must not disagree."""
        if other is None:
            self.source, self.source_mention = None, None
        else:
            self.source, self.source_mention = other.source, other.source_mention


class CandidateIndex:
    """Candidates by the stretch of text their contents cover (first fragment's start to last
    fragment's end), to find those over a stretch without a scan of the whole article: no
    content starts further before a position it covers than the longest content is long.
    """

    def __init__(self, candidates: Iterable[Candidate]):
        self.items = sorted(candidates, key=lambda c: c.start)
        self.starts = [c.start for c in self.items]
        self.reach = max((c.end - c.start for c in self.items), default=0)

    def overlapping(self, start: int, end: int) -> list[Candidate]:
        """The candidates whose content overlaps ``[start, end)``, in order of start."""
        first = bisect.bisect_right(self.starts, start - self.reach)
        last = bisect.bisect_left(self.starts, end)
        return [c for c in self.items[first:last] if c.end > start]

    def holding(self, start: int, end: int) -> list[Candidate]:
        """The candidates whose content runs from ``start`` or before to ``end`` or after."""
        first = bisect.bisect_left(self.starts, end - self.reach)
        last = bisect.bisect_right(self.starts, start)
        return [c for c in self.items[first:last] if c.end >= end]
