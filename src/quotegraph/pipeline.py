"""The one-way flow: text -> article structure -> spaCy parse -> attributions -> speakers.

>>> from quotegraph import extract
>>> result = extract('Talks stall\\n"We will not give up," Lavrov said.')
>>> a = result.attributions[0]
>>> a.kind, a.cue.text, a.speaker
('direct', 'said', 'Lavrov')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.attributions import Candidate, CueLexicon, find_attributions
from quotegraph.model import Attribution, Content, Extraction, TextSpan
from quotegraph.nlp import load_pipeline
from quotegraph.speakers import resolve_speakers
from quotegraph.structure import Article, parse_article


@dataclass
class Settings:
    """What :func:`extract` may be tuned with; the defaults are those measured in the README.

    ``min_precision``: a cue frame is used when at least this share of its occurrences in
    PolNeAR train were attributions. ``min_confidence``: attributions below it are dropped.
    """

    min_precision: float = 0.3
    min_confidence: float = 0.0
    batch_size: int = 64


@dataclass
class Extractor:
    """A loaded spaCy pipeline and cue lexicon; reuse one for many articles."""

    settings: Settings = field(default_factory=Settings)
    nlp: Optional[Language] = None
    lexicon: Optional[CueLexicon] = None

    def __post_init__(self):
        self.nlp = self.nlp or load_pipeline()
        self.lexicon = self.lexicon or CueLexicon.load(min_precision=self.settings.min_precision)

    def extract(self, text: str, id: str = "") -> Extraction:
        """Every attribution of one article."""
        return next(self.extract_many([(id, text)]))

    def extract_many(self, items: Iterable[tuple[str, str]], n_process: int = 1) -> Iterator[Extraction]:
        """Extractions of ``(id, text)`` pairs, in order; paragraphs are parsed in batches."""
        articles = (parse_article(text, id) for id, text in items)
        pending: list[tuple[Article, int]] = []

        def paragraphs():
            for article in articles:
                pending.append((article, len(article.paragraphs)))
                for p in article.paragraphs:
                    yield article.text[p.start:p.end]
                if not article.paragraphs:
                    # An empty article still yields its (empty) extraction in order.
                    yield ""

        docs = self.nlp.pipe(paragraphs(), batch_size=self.settings.batch_size, n_process=n_process)
        for doc in docs:
            article, count = pending[0]
            article_docs = [doc] + [next(docs) for _ in range(count - 1)]
            pending.pop(0)
            yield self._assemble(article, article_docs[:count])

    def _assemble(self, article: Article, docs: list[Doc]) -> Extraction:
        candidates = find_attributions(article, docs, self.lexicon)
        candidates = [c for c in candidates if c.confidence >= self.settings.min_confidence]
        offsets = [p.start for p in article.paragraphs]
        speakers, speaker_ids = resolve_speakers(candidates, docs, offsets, article.text)
        names = {s.id: s.name for s in speakers}
        parents = _parents(candidates)
        attributions = []
        for n, (c, speaker_id) in enumerate(zip(candidates, speaker_ids), start=1):
            attributions.append(Attribution(
                id=f"A{n}", kind=c.kind, section=article.section_at(c.start),
                content=Content.of(article.text, c.spans),
                cue=TextSpan.of(article.text, *c.cue) if c.cue else None,
                source=TextSpan.of(article.text, *c.source) if c.source else None,
                speaker_id=speaker_id, speaker=names.get(speaker_id),
                parent_id=f"A{parents[n - 1] + 1}" if parents[n - 1] is not None else None,
                confidence=c.confidence))
        return Extraction(id=article.id, text=article.text, headline=article.headline,
                          standfirst=article.standfirst, dateline=article.dateline,
                          speakers=speakers, attributions=attributions)


def _parents(candidates: list[Candidate]) -> list[Optional[int]]:
    """Index of the smallest attribution whose content holds each one's cue and content."""
    parents = []
    for c in candidates:
        lo = min(c.start, c.cue[0]) if c.cue else c.start
        hi = max(c.end, c.cue[1]) if c.cue else c.end
        holders = [(p.end - p.start, i) for i, p in enumerate(candidates)
                   if p is not c and p.start <= lo and hi <= p.end and p.end - p.start > c.end - c.start]
        parents.append(min(holders)[1] if holders else None)
    return parents


_default: Optional[Extractor] = None


def extract(text: str, id: str = "") -> Extraction:
    """Every attribution in one article's text, with speakers resolved (default settings)."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default.extract(text, id)
