"""Plain dataclasses that carry an article's attributions; ``to_dict()`` is the JSON schema.

Every offset is a Python string index into :attr:`Extraction.text`, the exact text that was
analysed (for HTML input, the text trafilatura extracted).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

Section = Literal["headline", "standfirst", "body", "intertitle"]
AttributionKind = Literal["direct", "mixed", "indirect"]
SpeakerKind = Literal["person", "organization", "group", "unnamed"]
# How an attribution's speaker was found: the source names it (name), names it in another
# form (alias: "Lavrov" for "Sergey Lavrov"), refers to it (pronoun, description), a cue-less
# quote takes it from the attribution before (inherited), or a headline names it (headline).
Resolution = Literal["name", "alias", "pronoun", "description", "inherited", "headline"]
# What finds the attributions (:class:`quotegraph.pipeline.Settings`); here, beside the schema
# and without spaCy, so that commands which only read a corpus start without loading it.
Mode = Literal["accurate", "fast", "rules"]
MODES: tuple[Mode, ...] = ("accurate", "fast", "rules")
# What each mode is, in one line: the --mode help of the commands.
MODE_HELP = ("accurate: the trained span tagger; fast: the parse's cue frames and the trained "
             "scorer; rules: no trained model.")


@dataclass(frozen=True)
class TextSpan:
    """A contiguous stretch of the article text: ``text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "TextSpan":
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


class Fragments:
    """Something made of ``spans`` in text order; ``start`` and ``end`` cover them all."""

    spans: list[tuple[int, int]]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class Content(Fragments):
    """What was said: one or more fragments (a quote split around its cue has two)."""

    spans: list[tuple[int, int]]
    text: str

    @classmethod
    def of(cls, text: str, spans: list[tuple[int, int]]) -> "Content":
        spans = sorted(spans)
        return cls(spans, text[spans[0][0]:spans[-1][1]])

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text,
                "spans": [list(s) for s in self.spans]}


@dataclass
class Dateline:
    """``MOSCOW, October 31. /TASS/.`` -> place MOSCOW, date October 31, agency TASS."""

    place: Optional[str]
    date: Optional[str]
    agency: Optional[str]
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"place": self.place, "date": self.date, "agency": self.agency,
                "start": self.start, "end": self.end}


@dataclass
class Speaker:
    """One entity that says things in the article, with every mention that refers to it."""

    id: str
    name: str
    kind: SpeakerKind
    roles: list[str] = field(default_factory=list)
    mentions: list[TextSpan] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "roles": list(self.roles),
                "mentions": [m.to_dict() for m in self.mentions]}


@dataclass
class Attribution:
    """Who said what: content, cue, the source mention in the sentence, and the resolved speaker.

    A cue-less quote (a quote paragraph after an attribution) has no cue; its ``source`` is
    the mention its speaker was taken from, in the attribution before it.
    """

    id: str
    kind: AttributionKind
    section: Section
    content: Content
    cue: Optional[TextSpan] = None
    source: Optional[TextSpan] = None
    speaker_id: Optional[str] = None
    speaker: Optional[str] = None
    parent_id: Optional[str] = None
    confidence: float = 1.0
    resolution: Optional[Resolution] = None

    def to_dict(self) -> dict:
        return {"id": self.id, "kind": self.kind, "section": self.section,
                "content": self.content.to_dict(),
                "cue": self.cue.to_dict() if self.cue else None,
                "source": self.source.to_dict() if self.source else None,
                "speaker_id": self.speaker_id, "speaker": self.speaker,
                "resolution": self.resolution,
                "parent_id": self.parent_id, "confidence": round(self.confidence, 4)}


@dataclass
class Extraction:
    """The result of :func:`quotegraph.extract` for one article."""

    id: str
    text: str
    headline: Optional[str] = None
    standfirst: Optional[str] = None
    dateline: Optional[Dateline] = None
    speakers: list[Speaker] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"id": self.id, "text": self.text, "headline": self.headline,
                "standfirst": self.standfirst,
                "dateline": self.dateline.to_dict() if self.dateline else None,
                "speakers": [s.to_dict() for s in self.speakers],
                "attributions": [a.to_dict() for a in self.attributions]}
