"""One statement as it travels: every report of it by one speaker, with its provenance.

A statement cluster joins the reports of one statement by the same canonical speaker, however
they were reported: the same words, altered words, a paraphrase or indirect speech. Candidates
for each report are

- its nearest reports in meaning (cosine of content embeddings): the :data:`NEIGHBOURS` closest
  among those by the same speaker dated within the window (:data:`WINDOW_DAYS` days either
  side), at most :data:`MAX_BLOCK` of them compared (those nearest in date), so the cost per
  report is bounded;
- the reports MinHash finds with the same words (:func:`quotegraph.corpus.clusters.candidate_pairs`),
  whatever their dates and for reports with no known speaker too.

Reports are taken earliest first (:func:`_earliness`), and a report joins a cluster only when the pair model
(:class:`quotegraph.corpus.pairs.PairModel`) accepts it with the cluster's **earliest** report
(the best such cluster when several do); otherwise it starts its own. Requiring the link to the
earliest report, rather than to any member, keeps a chain of pairwise-similar reports (A like
B, B like C) from joining reports that are not the same statement, and makes every member's
relation to the earliest one something the model has judged. A report outside the window of the
earliest one (or undated) joins only by the verbatim rule.

Each member has its **relation** to the earliest report (:func:`relation`): ``verbatim`` (the
same words, one perhaps trimmed), ``altered`` (quoted with a word inside changed, added or
dropped), ``indirect`` (one quotes it, the other reports it as indirect speech or a partial
quote) or ``paraphrase`` (other wording). Members that pass the verbatim rule keep their word
diff against the earliest report, on the printed words. **Drift** is what in a member changes
the claim (:func:`drift`): for a member in the earliest report's words, within the stretch both
give (trimming is no drift); for a reworded one, against the earliest report's sentence it
gives (:func:`reported_sentence`), without comparing names (reporters add their own).

>>> from quotegraph.corpus.clusters import QuoteRecord
>>> records = [QuoteRecord("1", "We will never accept the annexation of Crimea", "2016-01-02", "tass", "s", "direct"),
...            QuoteRecord("2", "we will never accept the annexation of Crimea", "2016-01-03", "nyt", "s", "direct")]
>>> [s.to_dict()["members"][1]["relation"] for s in cluster_statements(records, np.eye(2, 384, dtype=np.float32))]
['verbatim']
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Optional, Sequence

import numpy as np

from quotegraph.corpus.clusters import (MIN_WORDS, THRESHOLD, QuoteRecord, candidate_pairs,
                                        is_altered, normalize_words, wording_diff)
from quotegraph.corpus.pairs import (WINDOW_DAYS, PairModel, Report, content_words, days_apart,
                                     names, numbers, pair_features)

NEIGHBOURS = 10
MAX_BLOCK = 2000
# Pairs less alike in meaning than this are not scored at all (verbatim ones come from MinHash):
# of the statement gold's pairs, the shipped model accepts none below cosine 0.4, and none of
# its 93 same-statement pairs lies below 0.3.
MIN_COSINE = 0.3
# Reports whose similarities are computed in one matrix product.
_CHUNK = 64
RELATIONS = ("verbatim", "altered", "indirect", "paraphrase")
NEGATIONS = frozenset("not no never nothing none nobody neither nor cannot can't won't don't "
                      "doesn't didn't isn't aren't wasn't weren't shouldn't wouldn't couldn't "
                      "haven't hasn't hadn't".split())
HEDGES = frozenset("may might could perhaps possibly probably likely maybe".split())
CERTAINTIES = frozenset("will definitely certainly surely".split())
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+")


@dataclass
class Member:
    """One report of a statement: its relation to the earliest report, the word diff against
    it on printed words (members in the earliest report's words, by the verbatim rule, whatever
    their relation), and what drifted."""

    key: str
    relation: Optional[str] = None      # None for the earliest report
    diff: Optional[list[list[str]]] = None
    drift: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"key": self.key, "relation": self.relation, "diff": self.diff,
                "drift": list(self.drift)}


@dataclass
class Statement:
    """The reports of one statement, earliest first; ``canonical`` is the earliest's key."""

    id: str
    members: list[Member]
    speaker: Optional[str]
    first_seen: Optional[str]
    outlets: list[str]

    @property
    def canonical(self) -> str:
        return self.members[0].key

    def to_dict(self) -> dict:
        return {"id": self.id, "canonical": self.canonical, "speaker": self.speaker,
                "first_seen": self.first_seen, "outlets": list(self.outlets),
                "members": [m.to_dict() for m in self.members]}


def drift(earliest: str, report: str, names_too: bool = True) -> list[str]:
    """How ``report`` changes the claim of ``earliest``: a negation added or dropped, numbers
    that differ (both state some), names that differ (each has one the other lacks; only when
    ``names_too``), a hedge turned into a certainty or back. Each reason is one line.

    >>> drift("the separation never happened", "the separation happened")
    ['polarity: never dropped']
    >>> drift("up to 200 troops may stay", "2,000 troops will stay")
    ['number: 200 -> 2000', 'hedge: may -> will']
    """
    reasons = []
    wa, wb = set(normalize_words(earliest)), set(normalize_words(report))
    na, nb = wa & NEGATIONS, wb & NEGATIONS
    if na and not nb:
        reasons.append(f"polarity: {', '.join(sorted(na))} dropped")
    elif nb and not na:
        reasons.append(f"polarity: {', '.join(sorted(nb))} added")
    xa, xb = numbers(earliest), numbers(report)
    if xa and xb and xa != xb:
        reasons.append(f"number: {', '.join(sorted(xa - xb))} -> {', '.join(sorted(xb - xa))}")
    ea, eb = names(earliest), names(report)
    if names_too and ea - eb and eb - ea:
        reasons.append(f"name: {', '.join(sorted(ea - eb))} -> {', '.join(sorted(eb - ea))}")
    ha, hb, ca, cb = wa & HEDGES, wb & HEDGES, wa & CERTAINTIES, wb & CERTAINTIES
    if ha and not hb and cb:
        reasons.append(f"hedge: {', '.join(sorted(ha))} -> {', '.join(sorted(cb))}")
    elif hb and not ha and ca:
        reasons.append(f"hedge: {', '.join(sorted(ca))} -> {', '.join(sorted(hb))}")
    return reasons


def reported_sentence(earliest: str, report: str) -> str:
    """The sentence of ``earliest`` that ``report`` shares the most content words with (the
    first on a tie): the part of a long quote that a paraphrase or indirect report gives.

    >>> reported_sentence("Taxes are too high. We will never raise them again.", "he would never raise them")
    'We will never raise them again.'
    """
    words = content_words(report)
    sentences = _SENTENCE_END.split(earliest.strip())
    return max(sentences, key=lambda s: len(content_words(s) & words))


def relation(earliest: QuoteRecord, report: QuoteRecord, verbatim: bool) -> str:
    """A report's relation to the earliest report of its statement: ``indirect`` when one is a
    direct quote and the other not (a partial quote in the reporter's sentence is not), else
    ``verbatim`` or ``altered`` when they pass the verbatim rule, else ``paraphrase``."""
    if (earliest.kind == "direct") != (report.kind == "direct"):
        return "indirect"
    if verbatim:
        altered = is_altered(normalize_words(earliest.text), normalize_words(report.text))
        return "altered" if altered else "verbatim"
    return "paraphrase"


def cluster_statements(records: Sequence[QuoteRecord], vectors: np.ndarray,
                       model: Optional[PairModel] = None,
                       window_days: int = WINDOW_DAYS) -> list[Statement]:
    """Group the records (``vectors[i]``: the unit-length content embedding of ``records[i]``)
    into statements; only statements of two or more reports are returned, sorted by id. The
    result does not depend on the order of ``records``."""
    model = model or PairModel.load()
    keys = [r.key for r in records]
    if len(set(keys)) != len(keys):
        raise ValueError("quote record keys occur twice")
    words = [normalize_words(r.text) for r in records]
    order = sorted(range(len(records)), key=lambda i: _earliness(records[i], words[i]))
    quotes = [records[i] for i in order]
    words = [words[i] for i in order]
    vectors = np.asarray(vectors, dtype=np.float32)[order] if len(order) else vectors
    usable = [i for i, w in enumerate(words) if len(w) >= MIN_WORDS]
    neighbours: dict[int, set[int]] = {i: set() for i in usable}
    for a, b in candidate_pairs([words[i] for i in usable], THRESHOLD):
        neighbours[usable[a]].add(usable[b])
        neighbours[usable[b]].add(usable[a])
    for i, j in _semantic_pairs(quotes, vectors, usable, window_days):
        neighbours[i].add(j)
        neighbours[j].add(i)

    reports = [Report(q.key, q.text, q.kind, q.date) for q in quotes]
    anchor_of: dict[int, int] = {}
    speaker: dict[int, Optional[str]] = {}     # by anchor
    members: dict[int, list[tuple[int, bool]]] = {}
    for i in usable:
        anchors = sorted({anchor_of[j] for j in neighbours[i] if j in anchor_of})
        anchors = [a for a in anchors if not (quotes[i].speaker and speaker[a]
                                              and quotes[i].speaker != speaker[a])]
        best = None
        if anchors:
            rows = [pair_features(reports[a], reports[i], float(vectors[a] @ vectors[i]))
                    for a in anchors]
            probabilities = model.probabilities(rows)
            for a, row, p, same in zip(anchors, rows, probabilities, model.same(rows, probabilities)):
                verbatim = row["verbatim"] == 1.0
                gap = days_apart(quotes[a].date, quotes[i].date)
                within = gap is not None and gap <= window_days
                if verbatim or (within and same):
                    score = (verbatim, p)
                    if best is None or score > best[0]:
                        best = (score, a, verbatim)
        if best is None:
            anchor_of[i], speaker[i], members[i] = i, quotes[i].speaker, [(i, False)]
        else:
            _, a, verbatim = best
            anchor_of[i] = a
            speaker[a] = speaker[a] or quotes[i].speaker
            members[a].append((i, verbatim))
    statements = [_statement(quotes, group, speaker[a]) for a, group in members.items()
                  if len(group) > 1]
    return sorted(statements, key=lambda s: s.id)


def _earliness(record: QuoteRecord, words: list[str]) -> tuple:
    """The order reports are taken in: by date (undated last); on one day a direct quote before
    other reports, then the longer one, so that a statement's earliest report is the fullest
    wording of its first day (a headline's summary does not stand in for the quote)."""
    return (record.date is None, record.date or "", record.kind != "direct", -len(words),
            record.key)


def _semantic_pairs(quotes: list[QuoteRecord], vectors: np.ndarray, usable: list[int],
                    window_days: int) -> set[tuple[int, int]]:
    """``(i, j)``, ``i < j``: each dated report with its :data:`NEIGHBOURS` most similar reports
    (cosine at least :data:`MIN_COSINE`) by the same speaker within the window."""
    by_speaker: dict[str, list[int]] = {}
    for i in usable:
        if quotes[i].speaker and quotes[i].date:
            by_speaker.setdefault(quotes[i].speaker, []).append(i)
    pairs = set()
    for group in by_speaker.values():
        days = [date.fromisoformat(quotes[i].date[:10]).toordinal() for i in group]  # sorted
        windows = []
        for n in range(len(group)):
            lo = bisect_left(days, days[n] - window_days)
            hi = bisect_right(days, days[n] + window_days)
            if hi - lo > MAX_BLOCK:   # the reports nearest in date
                lo = max(lo, min(n - MAX_BLOCK // 2, hi - MAX_BLOCK))
                hi = lo + MAX_BLOCK
            windows.append((lo, hi))
        block_vectors = vectors[group]
        # A chunk of consecutive reports against the union of their windows: one matrix
        # product instead of a product per report.
        for start in range(0, len(group), _CHUNK):
            chunk = range(start, min(start + _CHUNK, len(group)))
            first, last = windows[chunk[0]][0], windows[chunk[-1]][1]
            similarities = block_vectors[first:last] @ block_vectors[chunk[0]:chunk[-1] + 1].T
            for n in chunk:
                lo, hi = windows[n]
                similarity = similarities[lo - first:hi - first, n - chunk[0]].copy()
                similarity[n - lo] = -1.0     # not itself
                count = min(NEIGHBOURS, hi - lo - 1)
                if count <= 0:
                    continue
                nearest = np.argpartition(-similarity, count - 1)[:count]
                for k in nearest[similarity[nearest] >= MIN_COSINE]:
                    j = group[lo + k]
                    pairs.add((min(group[n], j), max(group[n], j)))
    return pairs


def _shared_stretch(diff: list[list[str]]) -> tuple[str, str]:
    """The two wordings of a word diff over the stretch both quote: what one of them has
    beyond the other's first or last shared word (trimming) is left out, so that a trimmed
    quote is not a change of claim.

    >>> _shared_stretch([["delete", "We will"], ["equal", "never"], ["delete", "ever"], ["equal", "leave"], ["insert", "today"]])
    ('never ever leave', 'never leave')
    """
    equal = [n for n, (tag, _) in enumerate(diff) if tag == "equal"]
    if not equal:
        return "", ""
    inner = diff[equal[0]:equal[-1] + 1]
    return (" ".join(t for tag, t in inner if tag != "insert"),
            " ".join(t for tag, t in inner if tag != "delete"))


def _statement(quotes: list[QuoteRecord], group: list[tuple[int, bool]],
               speaker: Optional[str]) -> Statement:
    earliest = quotes[group[0][0]]
    members = [Member(earliest.key)]
    for i, verbatim in group[1:]:
        quote = quotes[i]
        kind = relation(earliest, quote, verbatim)
        if verbatim:
            diff = wording_diff(earliest.text, quote.text)
            members.append(Member(quote.key, kind, diff, drift(*_shared_stretch(diff))))
        else:   # reworded: reporters add names of their own, so only claims are compared
            sentence = reported_sentence(earliest.text, quote.text)
            members.append(Member(quote.key, kind, None, drift(sentence, quote.text, names_too=False)))
    dates = [quotes[i].date for i, _ in group if quotes[i].date]
    outlets = list(dict.fromkeys(quotes[i].outlet for i, _ in group if quotes[i].outlet))
    return Statement("c-" + hashlib.sha1(earliest.key.encode("utf-8")).hexdigest()[:12], members,
                     speaker, min(dates) if dates else None, outlets)
