"""Response models of the JSON API (``/api/...``); they are the app's OpenAPI schema.

The article fields follow :meth:`quotegraph.model.Extraction.to_dict`.
"""
from __future__ import annotations

import datetime
from typing import Literal, Optional

from pydantic import BaseModel, Field, field_validator

from quotegraph.model import Resolution


class SpanOut(BaseModel):
    start: int
    end: int
    text: str


class ContentSpan(SpanOut):
    spans: list[list[int]] = Field(description="[start, end] fragments of the content")


class Mention(SpanOut):
    pass


class DatelineOut(BaseModel):
    place: Optional[str]
    date: Optional[str]
    agency: Optional[str]
    start: Optional[int] = Field(description="null for an article stored before schema version 5")
    end: Optional[int]


class ArticleSpeaker(BaseModel):
    id: str
    name: str
    kind: Literal["person", "organization", "group", "unnamed"]
    roles: list[str]
    mentions: list[Mention]
    canonical_id: Optional[str] = Field(None, description="the corpus-wide speaker, if stored")


class AttributionOut(BaseModel):
    id: str
    kind: Literal["direct", "mixed", "indirect"]
    section: Literal["headline", "standfirst", "body", "intertitle"]
    content: ContentSpan
    cue: Optional[SpanOut]
    source: Optional[SpanOut]
    speaker_id: Optional[str]
    speaker: Optional[str]
    resolution: Optional[Resolution] = Field(None, description="how the speaker was resolved")
    parent_id: Optional[str]
    confidence: float


class ExtractionOut(BaseModel):
    id: str
    text: str
    headline: Optional[str]
    standfirst: Optional[str]
    dateline: Optional[DatelineOut]
    speakers: list[ArticleSpeaker]
    attributions: list[AttributionOut]


class ArticleRecord(BaseModel):
    """The corpus's row for a stored article (what :class:`quotegraph.store.ArticleMeta` gave,
    plus its id and the version and model that analysed it)."""

    id: int
    source: Optional[str]
    outlet: Optional[str]
    url: Optional[str]
    date: Optional[str]
    headline: Optional[str]
    language: str
    quotegraph_version: str
    model: str


class ArticleOut(BaseModel):
    """A stored article: its metadata and its extraction (offsets into ``extraction.text``)."""

    meta: ArticleRecord
    extraction: ExtractionOut


class AnalyseIn(BaseModel):
    text: str = Field(description="one article, headline on the first line; not empty")
    store: bool = Field(False, description="also add it to the corpus (needs the token)")
    outlet: Optional[str] = None
    url: Optional[str] = None
    date: Optional[str] = Field(None, description="yyyy-mm-dd", pattern=r"^\d{4}-\d{2}-\d{2}$")

    @field_validator("text")
    @classmethod
    def _not_empty(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("the article is empty")
        return text

    @field_validator("date")
    @classmethod
    def _a_real_date(cls, date: Optional[str]) -> Optional[str]:
        if date is not None:
            datetime.date.fromisoformat(date)   # ValueError for 2016-02-30
        return date


class AnalyseOut(BaseModel):
    extraction: ExtractionOut
    stored_article_id: Optional[int] = Field(None, description="the corpus article, when stored")


class QuoteOut(BaseModel):
    id: int
    article_id: int
    attribution_id: str
    kind: str
    content: str
    cue: Optional[str]
    speaker: Optional[str]
    confidence: float
    content_start: int
    content_end: int
    outlet: Optional[str]
    date: Optional[str]
    headline: Optional[str]
    url: Optional[str]
    roles: list[str]
    canonical_id: Optional[str]
    canonical_name: Optional[str]
    matches: list[list[int]] = Field(description="[start, end] of matched words in content")


class FacetCount(BaseModel):
    value: str
    count: int
    id: Optional[str] = Field(None, description="canonical speaker id (speaker facet)")


class Facets(BaseModel):
    outlet: list[FacetCount]
    speaker: list[FacetCount]


class SearchOut(BaseModel):
    query: str
    total: int = Field(description="matches counted, at most the cap (2,000)")
    total_capped: bool = Field(description="true when there are more matches than ``total``; "
                                           "facets then count the first ``total`` only")
    page: int
    page_size: int
    results: list[QuoteOut]
    facets: Facets


class SpeakerSummary(BaseModel):
    id: str
    name: str
    kind: str
    roles: list[str]
    aliases: list[str]
    attributions: int
    articles: int
    outlets: list[str]


class OutletCount(BaseModel):
    outlet: Optional[str]
    count: int


class WeekCount(BaseModel):
    week: str = Field(description="the Monday that starts the week, yyyy-mm-dd")
    count: int


class SpeakerOut(SpeakerSummary):
    by_outlet: list[OutletCount]
    weeks: list[WeekCount]
    quotes: list[QuoteOut]
    page: int
    page_size: int


class SimilarOut(QuoteOut):
    """A quote found by meaning (``matches`` is empty)."""

    similarity: float = Field(description="cosine of the two content embeddings (-1 to 1)")


class ClusterMember(BaseModel):
    id: int
    article_id: int
    attribution_id: str = Field(description="the attribution's id in its article (A1, A2, ...)")
    kind: str = Field(description="how this report gives it: direct, mixed or indirect")
    relation: Optional[str] = Field(
        description="relation to the earliest report: verbatim, altered, paraphrase, indirect "
                    "(null for the earliest)")
    altered: bool = Field(description="quoted with a word changed, added or dropped")
    diff: Optional[list[list[str]]] = Field(
        description="word diff against the earliest wording, words as printed with their marks "
                    "(verbatim and altered members)")
    drift: list[str] = Field(description="how it changes the earliest report's claim: a negation, "
                                         "a number, a name, a hedge; empty when none")
    content: str = Field(description="the wording as published, with its quote marks")
    speaker: Optional[str] = Field(description="the speaker's name as this article printed it")
    roles: list[str] = Field(description="the speaker's roles as this article printed them")
    confidence: float
    outlet: Optional[str]
    date: Optional[str]
    headline: Optional[str]
    url: Optional[str]


class FirstReport(BaseModel):
    outlet: Optional[str]
    date: Optional[str]


class ClusterOut(BaseModel):
    id: str
    canonical_attribution: Optional[int] = Field(description="the earliest report")
    speaker_id: Optional[str]
    speaker: Optional[str]
    first_seen: Optional[str]
    first_reported: Optional[FirstReport] = Field(description="the earliest report's outlet and date")
    outlets: list[str]
    size: int
    members: list[ClusterMember] = Field(description="the earliest report, then the others by date")


class Error(BaseModel):
    detail: str
