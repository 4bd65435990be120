"""HTML fragments built in Python: highlighted article text, marked search matches, word diffs
and the weekly timeline as SVG. Every piece of text goes through :func:`markupsafe.escape`.

An article is cut at every boundary of every span (content fragments, cues, sources), and each
piece is wrapped in one ``<span>`` per attribution span that covers it, outermost first, so
nested attributions stay visible and the text itself is untouched. The first piece of each
attribution's content carries the attribution's id (``#A1`` scrolls to the quote) and is in the
tab order; every other piece can take focus by a tap or click; a focused piece shows its
details (``title``) in a panel drawn by the stylesheet:

>>> from quotegraph.model import Attribution, Content, Extraction, TextSpan
>>> text = 'Ana said "go <now>".'
>>> a = Attribution("A1", "direct", "body", Content.of(text, [(9, 19)]), TextSpan.of(text, 4, 8),
...                 TextSpan.of(text, 0, 3), None, "Ana", None, 0.9)
>>> [(p.text, [m.role for m in p.marks]) for p in pieces(Extraction("x", text, attributions=[a]))]
[('Ana', ['source']), (' ', []), ('said', ['cue']), (' ', []), ('"go <now>"', ['content']), ('.', [])]
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Callable, Iterable, Optional

from jinja2.utils import url_quote
from markupsafe import Markup, escape

from quotegraph.model import Attribution, Extraction
from quotegraph.text import segments

PALETTE = 10           # colour classes c0..c9 in static/style.css
ROLES = ("content", "source", "cue")
# Attributions below this confidence are drawn faded and striped (class q-low, conf-low). The
# model keeps what scores 0.3 or more; under 0.5 it is wrong about as often as right.
LOW_CONFIDENCE = 0.5
# "hide below" choices of the article and search pages
CONFIDENCE_STEPS = (0.5, 0.7, 0.9)
# A timeline spans at least this many weeks, so that a few weeks of quotes stay narrow bars.
MIN_WEEKS = 8


@dataclass(frozen=True)
class Mark:
    """One span of one attribution: its content (a fragment of it), cue or source."""

    attribution: Attribution
    role: str
    start: int
    end: int
    colour: str
    depth: int


@dataclass
class Piece:
    """A stretch of text between two consecutive span boundaries, and the marks covering it."""

    start: int
    end: int
    text: str
    marks: list[Mark]


def speaker_colours(extraction: Extraction) -> dict[Optional[str], str]:
    """One colour class per speaker of the article, in speaker order; ``None`` -> ``c-none``."""
    colours: dict[Optional[str], str] = {s.id: f"c{n % PALETTE}" for n, s in enumerate(extraction.speakers)}
    colours[None] = "c-none"
    return colours


def marks(extraction: Extraction) -> list[Mark]:
    colours = speaker_colours(extraction)
    parents = {a.id: a.parent_id for a in extraction.attributions}
    found = []
    for a in extraction.attributions:
        depth, parent = 0, a.parent_id
        while parent and depth < len(parents):
            depth, parent = depth + 1, parents.get(parent)
        colour = colours.get(a.speaker_id, "c-none")
        found += [Mark(a, "content", s, e, colour, depth) for s, e in a.content.spans if e > s]
        found += [Mark(a, role, span.start, span.end, colour, depth)
                  for role, span in (("cue", a.cue), ("source", a.source))
                  if span is not None and span.end > span.start]
    return found


def pieces(extraction: Extraction) -> list[Piece]:
    """The text cut at every span boundary (:func:`quotegraph.text.segments`); each piece with
    its marks, outermost first (contents before sources and cues, shallower attributions before
    nested ones)."""
    text = extraction.text
    spans = [(m.start, m.end, m) for m in marks(extraction) if 0 <= m.start < m.end <= len(text)]
    return [Piece(start, end, text[start:end],
                  sorted(covering, key=lambda m: (ROLES.index(m.role) > 0, m.depth, -m.end)))
            for start, end, covering in segments(len(text), spans)]


def facts(a: Attribution, speaker: Optional[str] = None) -> list[str]:
    """An attribution's kind, cue, speaker (``speaker`` or its own, and how it was resolved),
    confidence and parent: ``['direct', 'cue: said', 'speaker: Ana Ruiz (by pronoun)',
    'confidence 0.90']``."""
    who = speaker or a.speaker or "unresolved"
    if a.resolution and (speaker or a.speaker):
        who += f" (by {a.resolution})"
    parts = [a.kind, f"cue: {a.cue.text if a.cue else '(none)'}", f"speaker: {who}",
             f"confidence {a.confidence:.2f}"]
    if a.parent_id:
        parts.append(f"inside {a.parent_id}")
    return parts


def describe(a: Attribution, speaker: Optional[str] = None) -> str:
    """What focusing or hovering an attribution shows: ``A2 direct · cue: said · speaker: Ana
    Ruiz (by pronoun) · confidence 0.90``."""
    return f"{a.id} " + " · ".join(facts(a, speaker))


def excerpt(a: Attribution, text: str, limit: int = 90) -> str:
    """The attribution's content fragments, joined by " … ", on one line, cut at a word to
    about ``limit`` characters.

    >>> from quotegraph.model import Content
    >>> text = '"We will go," Ana said, "and we will stay there until the end of the talks."'
    >>> excerpt(Attribution("A1", "direct", "body", Content.of(text, [(0, 13), (24, 77)])), text, 40)
    '"We will go," … "and we will stay there…'
    """
    words = " … ".join(" ".join(text[s:e].split()) for s, e in a.content.spans)
    if len(words) <= limit:
        return words
    return words[:limit].rsplit(" ", 1)[0].rstrip(" ,;:…") + "…"


def above(extraction: Extraction, min_confidence: Optional[float]) -> Extraction:
    """``extraction`` with only the attributions of at least ``min_confidence``."""
    if not min_confidence:
        return extraction
    return replace(extraction, attributions=[a for a in extraction.attributions
                                             if a.confidence >= min_confidence])


def highlight(extraction: Extraction, names: Optional[dict[str, str]] = None) -> Markup:
    """The article text as HTML, every attribution span wrapped; ``names`` maps a speaker id
    to the name shown in its details (the canonical name, where the corpus has one). The
    first content piece of attribution ``A1`` has ``id="A1"``, ``tabindex="0"`` and
    ``aria-describedby="about-A1"`` (its entry in the page's list of attributions)."""
    names = names or {}
    html, anchored = [], set()
    for piece in pieces(extraction):
        body = escape(piece.text)
        for m in reversed(piece.marks):
            a = m.attribution
            classes = (f"q q-{m.role} k-{a.kind} {m.colour}" + (" q-nested" if m.depth else "")
                       + (" q-low" if a.confidence < LOW_CONFIDENCE else ""))
            if m.role == "content" and a.id not in anchored:
                anchored.add(a.id)
                focus = Markup(' id="{0}" tabindex="0" aria-describedby="about-{0}"').format(a.id)
            else:
                focus = Markup(' tabindex="-1"')
            body = Markup('<span class="{}" data-a="{}" data-role="{}"{} title="{}">{}</span>').format(
                classes, a.id, m.role, focus, describe(a, names.get(a.speaker_id or "")), body)
        html.append(body)
    return Markup("").join(html)


def marked(text: str, matches: Iterable[Iterable[int]]) -> Markup:
    """``text`` with each ``[start, end]`` of ``matches`` in ``<mark>``.

    >>> marked("a <b> c", [[2, 5]])
    Markup('a <mark>&lt;b&gt;</mark> c')
    """
    # Plain strings joined, each piece escaped: Markup.format (string.Formatter, in Python)
    # took 0.14 ms of a search page's rendering, this takes 0.05.
    html, at = [], 0
    for start, end in matches:
        html += [escape(text[at:start]), "<mark>", escape(text[start:end]), "</mark>"]
        at = end
    html.append(escape(text[at:]))
    return Markup("".join(html))


def query_strings(form: dict) -> Callable[..., str]:
    """A function that writes ``form`` as a URL query string with the parameters it is given
    changed (or added at the end), as Jinja's ``urlencode`` writes ``dict(form, **changed)``;
    ``form``'s own parameters are encoded once, however many links a page makes of them (a
    search page's facets make 20).

    >>> query = query_strings({"q": "tax cuts", "outlet": "", "page": 1})
    >>> query(page=2), query(outlet="A&B/C"), query(since="2024")
    ('q=tax+cuts&outlet=&page=2', 'q=tax+cuts&outlet=A%26B%2FC&page=1', 'q=tax+cuts&outlet=&page=1&since=2024')
    """
    encoded = {key: _parameter(key, value) for key, value in form.items()}
    return lambda **changed: "&".join({**encoded, **{key: _parameter(key, value)
                                                      for key, value in changed.items()}}.values())


def _parameter(key: str, value) -> str:
    """One ``key=value`` of a query string, each quoted as Jinja's ``urlencode`` quotes them."""
    return f"{url_quote(key, for_qs=True)}={url_quote(value, for_qs=True)}"


def diff(ops: Iterable[Iterable[str]]) -> Markup:
    """A stored word diff (``[["equal", "we will"], ["delete", "not"], ...]``) as ``<del>``/``<ins>``."""
    tags = {"delete": "del", "insert": "ins"}
    return Markup(" ").join(Markup("<{0}>{1}</{0}>").format(tags[op], words) if op in tags
                            else escape(words) for op, words in ops)


def drift_words(reason: str) -> str:
    """A drift reason as :func:`quotegraph.corpus.statements.drift` writes it, said in words
    for the cluster page (a reason of another shape is shown as it is).

    >>> drift_words("polarity: never dropped"), drift_words("number: 200 -> 2000")
    ('drops the negation “never”', 'changes the number 200 to 2000')
    >>> drift_words("hedge: may -> will"), drift_words("name: Aleppo -> Idlib")
    ('turns “may” into “will”', 'names Idlib instead of Aleppo')
    """
    kind, _, detail = reason.partition(": ")
    before, arrow, after = detail.partition(" -> ")
    if kind == "polarity" and detail.endswith((" dropped", " added")):
        words, _, change = detail.rpartition(" ")
        return f"{'drops' if change == 'dropped' else 'adds'} the negation “{words}”"
    if arrow and kind == "number":
        return f"changes the number {before} to {after}"
    if arrow and kind == "name":
        return f"names {after} instead of {before}"
    if arrow and kind == "hedge":
        return f"turns “{before}” into “{after}”"
    return reason


def days_after(day: Optional[str], first: Optional[str]) -> str:
    """How long after the earliest report's date ``first`` a report dated ``day`` came out
    (both ``yyyy-mm-dd...``); empty when either is unknown.

    >>> days_after("2026-10-06", "2026-10-05"), days_after("2026-10-20T09:00", "2026-10-05")
    ('1 day later', '15 days later')
    >>> days_after("2026-10-05", "2026-10-05"), days_after(None, "2026-10-05")
    ('the same day', '')
    """
    try:
        days = (date.fromisoformat(day[:10]) - date.fromisoformat(first[:10])).days
    except (TypeError, ValueError):
        return ""
    return "the same day" if days == 0 else f"{days} day{'' if days == 1 else 's'} later"


def timeline(weeks: list[dict], width: int = 640, height: int = 120, max_weeks: int = 260,
             min_weeks: int = MIN_WEEKS) -> Markup:
    """Quotes per week as an SVG bar chart; weeks without quotes are drawn as gaps.

    ``weeks`` are ``{"week": "yyyy-mm-dd" (a Monday), "count": n}``; only the last
    ``max_weeks`` weeks before the latest are drawn. Quotes within fewer than ``min_weeks``
    weeks are drawn in the middle of a span of ``min_weeks`` weeks, so a single week is one
    narrow bar and the axis labels name different weeks. The maximum is written above the
    bars, never over them:

    >>> svg = timeline([{"week": "2024-03-04", "count": 2}])
    >>> svg.count("<rect"), "2024-02-12" in svg, "2024-04-01" in svg
    (1, True, True)
    """
    counts = {date.fromisoformat(w["week"]): w["count"] for w in weeks if w["week"]}
    if not counts:
        return Markup('<p class="muted">No dated quotes.</p>')
    last = max(counts)
    first = max(min(counts), last - timedelta(weeks=max_weeks - 1))
    span = (last - first).days // 7 + 1
    if span < min_weeks:
        before = (min_weeks - span) // 2
        first -= timedelta(weeks=before)
        last += timedelta(weeks=min_weeks - span - before)
    days = [first + timedelta(weeks=n) for n in range((last - first).days // 7 + 1)]
    top = max(counts.get(d, 0) for d in days)
    slot = width / len(days)
    gap = max(1.0, slot * 0.2)
    ceiling, floor = 18, height - 20      # bars between; the "max" label above the ceiling
    parts = [Markup('<svg class="timeline" viewBox="0 0 {} {}" width="{}" height="{}" role="img"'
                    ' aria-label="quotes per week">').format(width, height, width, height)]
    for n, day in enumerate(days):
        count = counts.get(day, 0)
        if count:
            h = max(1.0, (floor - ceiling) * count / top)
            parts.append(Markup('<rect x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}">'
                                '<title>week of {}: {} quote{}</title></rect>').format(
                n * slot + gap / 2, floor - h, max(slot - gap, 0.5), h, day.isoformat(), count,
                "" if count == 1 else "s"))
    parts.append(Markup('<line x1="0" y1="{0}" x2="{1}" y2="{0}" class="axis"/>').format(floor, width))
    parts.append(Markup('<text x="0" y="{}" class="label">{}</text>').format(height - 4, first.isoformat()))
    parts.append(Markup('<text x="{}" y="{}" class="label" text-anchor="end">{}</text>').format(
        width, height - 4, last.isoformat()))
    parts.append(Markup('<text x="{}" y="12" class="label" text-anchor="end">max {}/week</text>').format(
        width, top))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)
