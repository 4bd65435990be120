"""Quotation marks: find the quoted stretches of an article before any parsing.

Straight (``"``), curly (“ ”, „ “), guillemets (« ») and doubled-apostrophe (``''``, ````)
marks are handled, and a closing ” that opens a quote as wire copy writes it (”We won,”);
single curly marks (‘ ’) only nest inside double ones. Unbalanced marks degrade: a stray mark is
ignored, never fatal (textacy raises on an odd number of marks; a news archive always has some).

>>> [q.text for q in find_quotes('He said "we will win." Then he left.')]
['"we will win."']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# One alternation, longest first, so that '' is one mark and not two apostrophes.
_MARK = re.compile(r"''|``|[\"“”„«»]")
_OPENERS = {"“", "„", "«", "``"}
_CLOSERS = {"”", "»"}
_WORD = re.compile(r"\w+")
# Characters after which a straight mark opens a quote rather than closes one.
_OPEN_BEFORE = set(" \t\n([{—–-/:;") | {""}


@dataclass(frozen=True)
class Quote:
    """A quoted stretch ``text[start:end]``, marks included.

    ``continued`` is true for a paragraph whose quote runs on into the next paragraph
    (news style leaves such a paragraph without a closing mark); ``opens_sentence`` is false
    for a quote that starts mid-sentence (``called it "a disgrace"``).
    """

    start: int
    end: int
    text: str
    continued: bool = False
    opens_sentence: bool = True

    @property
    def inner(self) -> str:
        """The quoted words without the marks (and single quotes nested at either edge).

        >>> Quote(0, 14, '"We will win."').inner
        'We will win.'
        """
        return self.text.strip("\"“”„«»‘’'` ")

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))

    def is_speech(self) -> bool:
        """Speech-like rather than a scare quote or a title: several words, or a full sentence.

        >>> Quote(0, 10, '"moderate"').is_speech()
        False
        """
        return self.words >= 4 or (self.words >= 2 and self.inner[-1:] in ".!?,")


def _is_opening(mark: str, text: str, i: int, inside: bool, opener: str = "") -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + len(mark)] if i + len(mark) < len(text) else ""
    if mark == "“" and opener == "„":   # German style: „Wir schaffen das,“
        return False
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        # Wire copy opens with the closing mark too: ”We won,” the coach said.
        return mark == "”" and not inside and before in _OPEN_BEFORE and after.isalnum()
    if before in _OPEN_BEFORE and after not in (" ", "\n", ""):
        return True
    if after in (" ", "\n", "") or after in ".,;:!?)":
        return False
    return not inside


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Quotes in ``text[start:end]``, one paragraph per line.

    A paragraph that leaves a quote open yields a ``continued`` quote up to its end when the
    next paragraph opens with a mark (the multi-paragraph convention); otherwise the stray
    opening mark is ignored.
    """
    end = len(text) if end is None else end
    quotes: list[Quote] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        quotes.extend(_quotes_in_line(text, pos, line_end, _next_line_opens(text, line_end, end)))
        pos = line_end + 1
    return quotes


# A stretch in single marks, as headlines set their quotes; an apostrophe inside or at the end
# of a word opens and closes none ("Don't", "Grieve's", "the Saints' coach").
_SINGLE_QUOTED = re.compile(r"(?<![\w’'])[‘'](?=\w)[^\n‘’']*?(?<=[\w.!?,])[’'](?![\w’'])")


def single_quoted(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Stretches of ``text[start:end]`` in single marks, as headlines set quotes.

    >>> [q.text for q in single_quoted("‘We were left in the dark’: passengers stranded")]
    ['‘We were left in the dark’']
    >>> [q.text for q in single_quoted("Director's film opens: 'I expected far worse'")]
    ["'I expected far worse'"]
    """
    end = len(text) if end is None else end
    return [Quote(m.start(), m.end(), m.group()) for m in _SINGLE_QUOTED.finditer(text, start, end)]


def _next_line_opens(text: str, line_end: int, end: int) -> bool:
    rest = text[line_end:min(end, line_end + 200)].lstrip()
    m = _MARK.match(rest)
    return bool(m) and _is_opening(m.group(), rest, 0, False)


def _quotes_in_line(text: str, start: int, end: int, next_opens: bool) -> list[Quote]:
    quotes = []
    depth_open: int | None = None
    for m in _MARK.finditer(text, start, end):
        mark, i = m.group(), m.start()
        opening = _is_opening(mark, text, i, depth_open is not None,
                              text[depth_open] if depth_open is not None else "")
        if depth_open is None:
            if opening:
                depth_open = i
        elif not opening:
            quotes.append(Quote(depth_open, m.end(), text[depth_open:m.end()],
                                opens_sentence=_opens_sentence(text, start, depth_open)))
            depth_open = None
        elif mark in _OPENERS and text[depth_open] in _OPENERS:
            # A second opener: the previous one was stray (or the quote resumes); restart here.
            depth_open = i
    if depth_open is not None and next_opens:
        stop = end
        while stop > depth_open and text[stop - 1].isspace():
            stop -= 1
        quotes.append(Quote(depth_open, stop, text[depth_open:stop], continued=True,
                            opens_sentence=_opens_sentence(text, start, depth_open)))
    return quotes


def _opens_sentence(text: str, line_start: int, i: int) -> bool:
    before = text[line_start:i].rstrip()
    return not before or before[-1] in ".!?:\"”'"
