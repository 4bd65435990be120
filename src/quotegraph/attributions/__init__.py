"""Attributions: every direct, mixed and indirect quote of an article, with cue and source.

:func:`find_attributions` runs the constructions of :mod:`.constructions` over each parsed
paragraph and reconciles them with the quotation marks of :mod:`.quotes`:

- a reported content that lies inside a quote becomes that whole quote (``direct``), and one
  that contains a quote and more becomes ``mixed``;
- a quote with no cue of its own joins the attribution it is split from
  (``"A," Lavrov said. "B."``), or takes its speaker from the attribution before it
  (a cue-less quote paragraph), or from a lead-in paragraph ending in a colon.
"""
from __future__ import annotations

import bisect
from typing import Optional, Sequence

from spacy.tokens import Doc

from quotegraph.attributions.constructions import (Candidate, colon_attribution,
                                                   cue_frame_attributions, lead_in_source,
                                                   nearby_cue, sign_off_source)
from quotegraph.attributions.lexicon import CueLexicon
from quotegraph.attributions.quotes import Quote, find_quotes
from quotegraph.attributions.sources import source_of
from quotegraph.structure import Article

__all__ = ["Candidate", "CueLexicon", "find_attributions"]

# Confidence of attributions that no lexicon frame scored (measured on PolNeAR dev, see README).
DIRECT_WITH_CUE = 0.9
INHERITED = 0.6
UNATTRIBUTED = 0.3
# A quote split around its cue: at most this many characters of cue clause between the halves
# ("...," said Kevin Barrett, a lawyer at ..., who represents ... "It was destined to fail.").
# 80 -> 200 lifted PolNeAR dev attribution F1 by 0.005.
MAX_SPLIT_GAP = 200


def find_attributions(article: Article, docs: Sequence[Doc], lexicon: CueLexicon) -> list[Candidate]:
    """All attribution candidates of ``article``; ``docs`` are its paragraphs, parsed, in order."""
    # Only this article's (or window's) paragraphs: a long text is analysed window by window.
    span = (article.paragraphs[0].start, article.paragraphs[-1].end) if article.paragraphs else (0, 0)
    quotes, phrases = [], []   # speech, and short quoted phrases (titles, scare quotes)
    for q in find_quotes(article.text, *span):
        (quotes if q.is_speech() else phrases).append(q)
    starts = [q.start for q in quotes]
    # Headlines name people by surname alone ("Pence: ..."), which the tagger often misses.
    surnames = {e.text.split()[-1] for doc in docs for e in doc.ents if e.label_ == "PERSON"}
    found: list[Candidate] = []
    continued: Optional[Candidate] = None   # holds a quote that runs on into the next paragraph
    lead_in = None
    for index, (paragraph, doc) in enumerate(zip(article.paragraphs, docs)):
        offset = paragraph.start
        lo = bisect.bisect_left(starts, paragraph.start)
        hi = bisect.bisect_left(starts, paragraph.end)
        in_paragraph = quotes[lo:hi]
        local = cue_frame_attributions(doc, offset, index, lexicon, in_paragraph)
        colon = colon_attribution(doc, offset, index, paragraph.section, surnames)
        if colon is not None:   # the colon style is surer than any cue frame inside it
            local = [c for c in local if not (c.start < colon.end and colon.start < c.end)]
            local.append(colon)
        local.sort(key=lambda c: c.start)
        for quote in in_paragraph:
            if continued is not None and quote.start == paragraph.start:
                continued.spans.append((quote.start, quote.end))
                holder = continued
            else:
                holder = _attach(quote, local, found, doc, offset, index, lexicon, lead_in)
            continued = holder if quote.continued else None
        found.extend(_deduplicate(_join_split_quotes(local)))
        lead_in = (lead_in_source(doc), offset)
    _close_quoted_phrases(found, phrases)
    return sorted(found, key=lambda c: c.start)


def _close_quoted_phrases(candidates: list[Candidate], phrases: list[Quote]) -> None:
    """A reported content that contains or cuts a short quoted phrase is mixed, and takes the
    whole phrase: ``that waterboarding is [“peanuts,”]`` rather than ending at ``peanuts``."""
    for c in candidates:
        if c.kind != "indirect" or len(c.spans) != 1:
            continue
        start, end = c.spans[0]
        for q in phrases:
            if start < q.end and q.start < end:
                start, end = min(start, q.start), max(end, q.end)
                c.kind = "mixed"
        c.spans = [(start, end)]


def _attach(quote: Quote, local: list[Candidate], earlier: list[Candidate], doc: Doc,
            offset: int, index: int, lexicon: CueLexicon, lead_in) -> Optional[Candidate]:
    """Give ``quote`` an attribution, new or existing; returns the one that holds it."""
    covering = [c for c in local if c.start < quote.end and quote.start < c.end]
    if covering:
        for c in covering:
            _absorb(c, quote)
        return covering[0]
    cue = nearby_cue(doc, offset, quote, lexicon)
    if cue is not None:
        mention = source_of(cue)
        return _add(local, Candidate(
            "direct", [(quote.start, quote.end)], index, DIRECT_WITH_CUE,
            cue=(offset + cue.idx, offset + cue.idx + len(cue)),
            source=_span_chars(mention, offset), source_mention=mention, cue_token=cue,
            frame="quote:cue"))
    mention = sign_off_source(doc, offset, quote)
    if mention is not None:
        return _add(local, Candidate("direct", [(quote.start, quote.end)], index, DIRECT_WITH_CUE,
                                     source=_span_chars(mention, offset), source_mention=mention,
                                     frame="quote:sign-off"))
    if not quote.opens_sentence:
        return None   # a fragment quoted mid-sentence with no cue: a title or scare quote
    before = [c for c in local if c.end <= quote.start]
    # The quote before it, with its cue in between (other candidates may lie in the cue clause).
    split_from = next((c for c in reversed(before) if c.kind == "direct" and c.cue is not None), None)
    if (split_from is not None and split_from.end <= split_from.cue[0] < quote.start
            and quote.start - split_from.end <= MAX_SPLIT_GAP):
        split_from.spans.append((quote.start, quote.end))
        return split_from
    if lead_in is not None and lead_in[0] is not None and not before and quote.start == offset:
        (cue, mention), lead_offset = lead_in
        if mention is not None:
            return _add(local, Candidate(
                "direct", [(quote.start, quote.end)], index, DIRECT_WITH_CUE,
                cue=(lead_offset + cue.idx, lead_offset + cue.idx + len(cue)) if cue is not None else None,
                source=_span_chars(mention, lead_offset), source_mention=mention, cue_token=cue,
                frame="quote:lead-in"))
    antecedent = (before[-1] if before else None) or (earlier[-1] if earlier and earlier[-1].paragraph >= index - 1 else None)
    return _add(local, Candidate("direct", [(quote.start, quote.end)], index,
                                 INHERITED if antecedent else UNATTRIBUTED, antecedent=antecedent,
                                 source=antecedent.source if antecedent else None,
                                 frame="quote:inherited" if antecedent else "quote:alone"))


def _absorb(candidate: Candidate, quote: Quote) -> None:
    """Widen a reported content to the whole quote it overlaps; set direct or mixed."""
    if candidate.kind == "direct" and len(candidate.spans) > 1:
        return
    if candidate.start >= quote.start and candidate.end <= quote.end:
        candidate.spans = [(quote.start, quote.end)]
        if candidate.kind == "indirect":
            candidate.kind = "direct"
            candidate.confidence = max(candidate.confidence, DIRECT_WITH_CUE)
    else:
        candidate.spans = [(min(candidate.start, quote.start), max(candidate.end, quote.end))]
        if candidate.kind == "indirect":
            candidate.kind = "mixed"


def _add(local: list[Candidate], candidate: Candidate) -> Candidate:
    local.append(candidate)
    local.sort(key=lambda c: c.start)
    return candidate


def _join_split_quotes(candidates: list[Candidate]) -> list[Candidate]:
    """``"Every time," Tester said, "you lose."``: the parser makes the second half the
    content of ``said`` and the first half finds ``said`` next to it; one cue, one
    attribution, its fragments in order (the first half's, made by rule, is kept)."""
    first: dict[tuple, Candidate] = {}
    joined = []
    for c in candidates:
        cue = c.cue if c.kind == "direct" else None
        if cue in first:
            first[cue].spans = sorted(first[cue].spans + c.spans)
            continue
        if cue is not None:
            first[cue] = c
        joined.append(c)
    return joined


def _deduplicate(candidates: list[Candidate]) -> list[Candidate]:
    """One attribution per content: two cues that yield the same content keep the surer one."""
    best: dict[tuple, Candidate] = {}
    for c in candidates:
        key = tuple(c.spans)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return sorted(best.values(), key=lambda c: c.start)


def _span_chars(span, offset: int):
    return (offset + span.start_char, offset + span.end_char) if span is not None else None
