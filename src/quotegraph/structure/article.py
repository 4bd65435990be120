"""Split a plain-text article into paragraphs and say which part of the article each one is.

Convention: one paragraph per line (blank lines between paragraphs are allowed; a line
longer than :data:`MAX_PARAGRAPH_CHARS` is cut into several at sentence ends); the first
line is the headline when there is more than one line.  The dateline (``MOSCOW,
October 31. /TASS/.``) and a byline (``By Jane Doe``) are recorded as spans and kept out of
every paragraph; everything else that is not whitespace lies in exactly one paragraph.

>>> art = parse_article("Talks resume\\nLONDON (Reuters) - Talks resumed, officials said.")
>>> art.headline, art.dateline.place, art.dateline.agency
('Talks resume', 'LONDON', 'Reuters')
>>> art.text[art.paragraphs[1].start:art.paragraphs[1].end]
'Talks resumed, officials said.'
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Optional

from quotegraph.model import Dateline, Section, TextSpan

# A paragraph is a line's text without its surrounding whitespace; \S..\S never crosses "\n".
_LINE = re.compile(r"\S(?:[^\n]*\S)?")
_WORD = re.compile(r"\S+")

# How far after the headline the front matter may reach (counting neither labels nor bylines).
DATELINE_WINDOW = 3
BYLINE_WINDOW = 4
MAX_INTERTITLE_WORDS = 14
MIN_STANDFIRST_WORDS = 6
MIN_PARAGRAPHS_FOR_STANDFIRST = 4
# A line longer than this is analysed as several paragraphs, cut at sentence ends (outside
# quotation marks where there is one): parsing, tagging and every per-quote search then stay
# bounded, so a pasted text without line breaks costs what the same text in lines costs.
# PolNeAR's longest paragraph is 2,573 characters.
MAX_PARAGRAPH_CHARS = 4000
# Where a long line may be cut: after a sentence's final punctuation (and a closing quote).
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?\s+(?=\S)")

_UPPER = "A-ZÀ-ÖØ-Þ"
_PLACE_WORD = rf"[{_UPPER}][{_UPPER}.'’\-]+"
_TITLED_WORD = rf"[{_UPPER}][a-zß-öø-ÿ]+(?:-[{_UPPER}a-z][a-zß-öø-ÿ]+)*"   # "Göttingen", "Port-au-Prince"
_REGION = (r"[A-Z][A-Za-z]*\.(?:[A-Z][A-Za-z]*\.)*"  # N.Y.  Mich.  W.Va.
           r"|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}")    # Ukraine  South Korea
_MONTH = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
          r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*)\.?")   # (or in capitals: "MAY 14")
_DATE = rf"{_MONTH}[ ]\d{{1,2}}(?:,[ ]\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?[ ]{_MONTH}(?:,?[ ]\d{{4}})?"
_NOT_PLACE = (r"(?:On|In|At|As|By|For|From|To|But|And|Or|So|Yet|The|This|That|Then|When|While|If|"
              r"After|Before|Since|Until|Last|Next|Early|Late|Later|Meanwhile|Still|Now|"
              r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)")
_DASH = r"(?:[ ]*[—―–]|[ ]+--?(?=[ ])|--(?=[A-Z\"“])|[ ]+//(?=[ ]))"   # (Dow Jones: "FRANKFURT--Mainwerk
# Bank"; The National's "ABU DHABI // The Minister")
_PLACE = rf"{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}"   # "MOSCOW", "NEWPORT NEWS"
_AGENCY = r"(?:[A-Z][A-Za-z.&\- ]{0,30}|dpa)"   # in brackets: "(AFP)", "(ANSA)", "(dpa)"
# place [, region] [, date] then a separator: "(AGENCY) —", ". /AGENCY/." or a dash alone.
_DATELINE = re.compile(rf"""
    # ANSA's "(ANSA) - ROME, NOV 20 -": the agency in brackets first (or alone: Bloomberg's
    # "(Bloomberg) --")
    \((?P<lead_agency>{_AGENCY})\){_DASH}
    (?:[ ](?P<lead_place>{_PLACE})(?:,[ ](?P<lead_date>[A-Za-z]{{3,9}}\.?[ ]\d{{1,2}}))?{_DASH})?
    | (?P<place>{_PLACE}(?:,[ ](?:{_REGION}|[A-Z]{{2}}\b))?)   # (a state's postal code after a place
    # in capitals: Breitbart's "WASHINGTON, DC —")
    (?:,?[ ](?P<date>{_DATE}))?
    (?:
        [ ]?\((?P<agency>{_AGENCY})\)(?:{_DASH}|\.-|:(?=[ ])|(?=[ ][A-Z]))   # (PTI's has no dash, or a colon)
      | \.?[ ]/(?P<slash_agency>[A-Z][A-Za-z\-]{{0,30}})/\.?
      | ,[ ](?P<stop_agency>[{_UPPER}]{{3,12}})\.(?=[ ])   # (Armenpress's "YEREVAN, MAY 14, ARMENPRESS.")
      | ,[ ](?P<dash_agency>[{_UPPER}]{{2,8}}){_DASH}   # (AAP's "MELBOURNE, AAP —")
      | (?(date)[ ](?P<dated_agency>[A-Z][a-z]{{2,15}}){_DASH}|(?!))   # (Kyodo's "TOKYO, July 8 Kyodo -")
      | {_DASH}
      | (?P<colon>:)(?=[ ])
    )
    # A place in title case: SANA's "Damascus, SANA-" (the agency's capitals, a dash; or a
    # colon, Deccan Herald's "Bengaluru, DHNS:"; or, after a date, a stop, APA's "Baku, March
    # 19, APA."), AFP's "Paris (AFP) -", "Bellinzona (Keystone-SDA) –" (an agency in
    # brackets) and Al Jazeera's "Tarsk, Kerevia -" (a region).
    # (not a sentence's first words: "On Friday, Gingrich —")
    # (or with a date, and EFE's ".-" or IANS's nothing after the agency: "Madrid, Feb 6
    # (EFE).-", "Guwahati, Aug 17 (IANS) The")
    # (a place of up to four words, VnExpress's "Ho Chi Minh City —"; with GhanaWeb's region in
    # brackets, "Tarkwa (W/R), Oct. 14 —")
    # (APA's "APA-Libreville (Gabon) –": its name joined to the place, the country in brackets)
    | (?:(?P<joined_agency>[A-Z]{{2,8}})-)?
      (?!{_NOT_PLACE}\b)(?P<titled_place>{_TITLED_WORD}(?:[ ]{_TITLED_WORD}){{0,3}})(?:[ ]\([A-Z]{{1,3}}/[A-Z]{{1,3}}\))?
      (?P<titled_region>,[ ](?:{_REGION}))?
      (?:,[ ](?P<titled_date>{_DATE}))?
      (?:
          ,[ ](?P<comma_agency>[A-Z]{{2,8}})(?:[-:]|(?(titled_date)(?:\.|[ ][—―–-])|(?!)))(?=[ ])
        | [ ]\((?P<titled_agency>[A-Z][A-Za-z\-]{{1,30}}|dpa)\)(?:{_DASH}|\.-|(?(titled_date)(?=[ ][A-Z])|(?!)))
        | (?(titled_region){_DASH}|[ ]+[—―–-](?=[ ]+[{_UPPER}"“‘])(?![^.\n]*[ ][—―–-][ ]))
        # (GNA's "Accra, May 14, GNA – The": after a date, the agency's capitals and a dash set
        # off by spaces; not a region's: "Washington, DC - a place")
        # (News24's "Rustenburg – The", a dash set off by spaces before a capital where no region stands
        # after the place; not one of a pair around an aside, "Mehmet Oz — Ivy League-trained
        # surgeon and daytime TV star — has been called")
      )
    """, re.VERBOSE)

# A place, a full stop and an agency's name in capitals (not "ST. LOUIS"): "ASTANA. KAZINFORM".
_PLACE_THEN_AGENCY = re.compile(rf"([{_UPPER}]{{4,}})\.[ ]([{_UPPER}]{{3,}})")

# Lines that open with words in capitals and a colon: "CHANDANPUR: Voters turned out" is a
# dateline (The Times of India's) where it opens the first paragraph and no other line opens
# so; "PENCE: ... / KAINE: ..." is a transcript.
_CAPITALS_COLON = re.compile(rf"(?m)^[ \t\"“]*{_PLACE}:[ ]")
# How a transcript's line may open, unlike a reporter's: "HOLM: We have nothing more to say".
_SPOKEN = re.compile(r"[\"“‘']|(?:I|I'm|I’m|We|You|My|Our|Your|Let's|Let’s|Well|Yes|No|Thank)\b")
_COLON_LABELS = {"UPDATE", "UPDATED", "CORRECTION", "BREAKING", "EXCLUSIVE", "WATCH", "VIDEO",
                 "ANALYSIS", "OPINION", "EDITOR'S NOTE", "EDITOR’S NOTE", "NOTE", "LIVE"}
# Lower-case words inside a person's name: "Abdulaziz bin Salman", "Ursula von der Leyen", the
# "e" that joins two Portuguese surnames ("Tiago Alexandre Brandão e Meneses"), and
# the Azerbaijani and Kyrgyz words for "son of" and "daughter of" after a father's name:
# "Rashad Vagif oglu Sultanov", "Almazbek Kadyr uulu".
PATRONYMIC_PARTICLES = frozenset({"oglu", "ogly", "oğlu", "qizi", "gizi", "kizi", "kyzy", "uulu"})
PARTICLES = frozenset({"al", "el", "bin", "ibn", "binti", "bint", "van", "von", "der", "den", "de",
                       "da", "del", "di", "dos", "das", "du", "la", "le", "e"}) | PATRONYMIC_PARTICLES
# The capitalised words that open an Irish or Scottish Gaelic surname, as written and folded:
# "Mac Giolla Rua", "Ó Súilleabháin", "Ní Bhriain", "Nic Aodha".
GAELIC_PREFIXES = frozenset({"mac", "mc", "ó", "o", "ní", "ni", "nic", "uí", "ui", "mhic"})
# A given name of two syllables joined by a hyphen, the second in lower case, as Korean and
# Taiwanese names are romanised after the family name: "Park Seong-ho", "Tsai Ing-wen".
FAMILY_FIRST = re.compile(r"[A-Z][a-z]+-[a-z]+")
_PARTICLE = "(?:" + "|".join(sorted(PARTICLES)) + ")"
_NAME = rf"[A-Z][\w.'’\-]*(?:[ ](?:{_PARTICLE}[ ]){{0,2}}[A-Z][\w.'’\-]*){{0,4}}"
# "By John Smith", "By JOHN SMITH and Jane Doe, Associated Press": capitalised words only,
# so "By the fall of 2010, ..." and "By contrast, ..." are not bylines; or a name and the
# writer's post, "Hannah Rourke, Health correspondent".
_BYLINE = re.compile(rf"""By[ ]+{_NAME}(?:(?:,[ ]*|[ ]+(?:and|&)[ ]+){_NAME}){{0,4}}\.?
    | {_NAME},[ ](?:[A-Za-z]+[ ]){{0,3}}(?i:correspondent|reporter|editor|writer|columnist)""", re.VERBOSE)
# All-capitals labels and headings: "ABSTRACT.", "FULL TEXT.", "GARLAND STEPS ASIDE."
_LABEL = re.compile(rf"[{_UPPER}][{_UPPER}0-9 &'’,\-]*[{_UPPER}0-9][.:]?")
MAX_LABEL_WORDS = 6
# The headings Axios runs into its paragraphs ("Smart Brevity"): intertitles of their own.
_RUN_IN_HEAD = re.compile(r"(?P<head>(?i:why it matters|the intrigue|what they['’]re saying|driving the news"
                          r"|the big picture|between the lines|yes, but|zoom in|zoom out|state of play"
                          r"|by the numbers|the other side|reality check|what['’]s next|what we['’]re watching"
                          r"|flashback|catch up quick|be smart|the bottom line|the latest|go deeper"
                          r"|threat level|what to watch):)[ \t]+(?=\S)")

_QUOTES = "\"'“”‘’«»„"
_FINAL = ".!?:…"


@dataclass
class Paragraph:
    """``text[start:end]`` is the paragraph, without surrounding whitespace."""

    start: int
    end: int
    section: Section


@dataclass
class Article:
    """An article's text with its paragraphs, dateline and byline located by offset."""

    id: str
    text: str
    paragraphs: list[Paragraph]
    dateline: Optional[Dateline]
    byline: Optional[TextSpan]

    @property
    def headline(self) -> Optional[str]:
        first = self.paragraphs[0] if self.paragraphs else None
        if first is None or first.section != "headline":
            return None
        return self.text[first.start:first.end]

    @property
    def standfirst(self) -> Optional[str]:
        parts = []
        # Standfirst paragraphs are front matter, so stop at the first body paragraph.
        for para in self.paragraphs:
            if para.section == "body":
                break
            if para.section == "standfirst":
                parts.append(self.text[para.start:para.end])
        return "\n".join(parts) or None

    def paragraph_at(self, offset: int) -> int:
        """Index of the last paragraph that starts at or before ``offset`` (-1: none)."""
        return bisect.bisect_right(self.paragraphs, offset, key=lambda p: p.start) - 1

    def section_at(self, offset: int) -> Section:
        """Section of the paragraph holding ``offset``; ``"body"`` outside every paragraph."""
        i = self.paragraph_at(offset)
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i].section
        return "body"


def parse_article(text: str, id: str = "") -> Article:
    """Find paragraphs, headline, standfirst, dateline, byline and intertitles in ``text``.

    >>> art = parse_article("Mayor quits\\nBy Ann Lee\\nOSLO — The mayor quit.\\nMore later.")
    >>> art.byline.text, art.dateline.place, [p.section for p in art.paragraphs]
    ('By Ann Lee', 'OSLO', ['headline', 'body', 'body'])
    """
    spans = [[m.start(), m.end()] for m in _LINE.finditer(text)]
    sections: list[Section] = ["body"] * len(spans)
    first = 0
    if len(spans) > 1:
        sections[0] = "headline"
        first = 1
    # All-capitals labels ("ABSTRACT.") are headings; a lone paragraph is body whatever it is.
    labels = {i for i in range(first, len(spans)) if _is_label(text, *spans[i])} if first else set()

    byline_at, dateline_at, dateline = _front_matter(text, spans, first, labels)
    byline = TextSpan.of(text, *spans[byline_at]) if byline_at is not None else None
    if dateline_at is not None:
        front = [i for i in range(first, dateline_at) if i != byline_at and i not in labels]
    else:
        front = _standfirst_without_dateline(text, spans, first, labels, byline_at)
    for i in front:
        sections[i] = "standfirst"
    for i in labels:
        sections[i] = "intertitle"
    if dateline is not None:
        # The paragraph holding the dateline starts after it (and the whitespace that follows).
        rest = _WORD.search(text, dateline.end, spans[dateline_at][1])
        spans[dateline_at][0] = rest.start() if rest else spans[dateline_at][1]
    # The byline and a dateline alone on its line are not paragraphs.
    kept = [i for i, (start, end) in enumerate(spans) if i != byline_at and start < end]
    spans = [spans[i] for i in kept]
    sections = [sections[i] for i in kept]
    _mark_intertitles(text, spans, sections)
    paragraphs = []
    for (line_start, line_end), sec in zip(spans, sections):
        head = _RUN_IN_HEAD.match(text, line_start, line_end) if sec == "body" else None
        if head is not None:   # a heading run into its paragraph: "Why it matters: ..." (Axios's)
            paragraphs.append(Paragraph(line_start, head.end("head"), "intertitle"))
            line_start = head.end()
        paragraphs += [Paragraph(start, end, sec) for start, end in _pieces(text, line_start, line_end)]
    return Article(id=id, text=text, paragraphs=paragraphs, dateline=dateline, byline=byline)


def _front_matter(text: str, spans: list, first: int, labels: set):
    """Index of the byline paragraph, index of the dateline paragraph, and the dateline.

    Only the first few paragraphs after the headline are searched; labels are not counted,
    and the byline does not use up the dateline's window.
    """
    byline_at = dateline_at = dateline = None
    seen = candidates = 0
    prose = False   # whether a paragraph before ends a sentence (a deck does not)
    for i in range(first, len(spans)):
        if i in labels:
            continue
        seen += 1
        if seen > BYLINE_WINDOW:
            break
        start, end = spans[i]
        if byline_at is None and _BYLINE.fullmatch(text, start, end):
            byline_at = i
            continue
        candidates += 1
        if dateline is None and candidates <= DATELINE_WINDOW:
            dateline = _match_dateline(text, start, end)
            if dateline is not None and text[dateline.end - 1] == ":" and (
                    prose and candidates > 2 or len(_CAPITALS_COLON.findall(text)) > 1
                    or dateline.place in _COLON_LABELS or _SPOKEN.match(text, dateline.end + 1)):
                dateline = None   # a transcript's speaker ("PENCE: We will win."), not a place
                # (but after a deck or a standfirst: "Opposition stages walkout, says ... //
                # COIMBATORE: ...", "... driving the surge. // SINGAPORE: ...")
            dateline_at = i if dateline is not None else None
        prose = prose or _ends_sentence(text, start, end)
    return byline_at, dateline_at, dateline


def _match_dateline(text: str, start: int, end: int) -> Optional[Dateline]:
    m = _DATELINE.match(text, start, end)
    if m is None:
        return None
    titled = m["titled_place"] + (m["titled_region"] or "") if m["titled_place"] else None
    place = m["place"] or m["lead_place"] or titled
    agency = m["agency"] or m["slash_agency"] or m["stop_agency"] or m["dash_agency"] or m["dated_agency"] \
        or m["comma_agency"] or m["titled_agency"] or m["lead_agency"]
    if m["joined_agency"]:   # the name in brackets is the place's country
        place, agency = f"{place} ({agency})" if agency else place, m["joined_agency"]
    split = _PLACE_THEN_AGENCY.fullmatch(place) if agency is None and m["place"] else None
    if split:   # Kazinform's "ASTANA. KAZINFORM –": the place, then the agency
        place, agency = split.group(1), split.group(2)
    return Dateline(place=place, date=m["date"] or m["lead_date"] or m["titled_date"], agency=agency,
                    start=m.start(), end=m.end())


def _standfirst_without_dateline(text: str, spans: list, first: int, labels: set,
                                 byline_at: Optional[int]) -> list[int]:
    """Standfirst paragraphs when there is no dateline to close the front matter.

    After an ``ABSTRACT.`` label (as in PolNeAR's New York Times texts) the abstract runs up
    to the next label; otherwise the second paragraph is a standfirst only when it reads
    like a deck: no sentence-final punctuation, at least six words, in a longer article.
    """
    if first in labels and text[spans[first][0]:spans[first][1]].rstrip(".:") == "ABSTRACT":
        abstract = []
        for i in range(first + 1, len(spans)):
            if i in labels:
                return abstract
            abstract.append(i)
        return []
    if (len(spans) >= MIN_PARAGRAPHS_FOR_STANDFIRST and first != byline_at
            and first not in labels and not _ends_sentence(text, *spans[first])
            and _count_words(text, *spans[first], limit=MIN_STANDFIRST_WORDS)
            >= MIN_STANDFIRST_WORDS):
        return [first]
    return []


def _mark_intertitles(text: str, spans: list, sections: list) -> None:
    """Short unpunctuated body lines between body paragraphs are subheadings.

    A run of such lines is a list or a sentence broken across lines, not a heading, so a
    candidate next to another candidate stays body.
    """
    body = [i for i, sec in enumerate(sections) if sec == "body"]
    last = len(spans) - 1
    candidates = {i for i in body[1:] if i != last and _is_heading_like(text, *spans[i])}
    for i in candidates:
        if i - 1 not in candidates and i + 1 not in candidates:
            sections[i] = "intertitle"


def _is_heading_like(text: str, start: int, end: int) -> bool:
    return (not _ends_sentence(text, start, end)
            and text[start] not in _QUOTES and text[end - 1] not in _QUOTES
            and _count_words(text, start, end, limit=MAX_INTERTITLE_WORDS + 1)
            <= MAX_INTERTITLE_WORDS)


def _is_label(text: str, start: int, end: int) -> bool:
    return (_LABEL.fullmatch(text, start, end) is not None
            and _count_words(text, start, end, limit=MAX_LABEL_WORDS + 1) <= MAX_LABEL_WORDS)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into pieces of at most :data:`MAX_PARAGRAPH_CHARS` characters.

    Each cut is the last sentence end in the second half of the allowance where the piece's
    quotation marks are balanced, else the last sentence end, else the last space, else
    the allowance itself; the whitespace at a cut belongs to neither piece.
    """
    pieces = []
    while end - start > MAX_PARAGRAPH_CHARS:
        limit = start + MAX_PARAGRAPH_CHARS
        ends = [m for m in _SENTENCE_END.finditer(text, start + MAX_PARAGRAPH_CHARS // 2, limit)]
        balanced = [m for m in ends if _balanced(text, start, m.start())]
        if balanced or ends:
            cut = (balanced or ends)[-1]
            piece_end, rest = cut.start() + len(cut.group().rstrip()), cut.end()
        else:
            space = text.rfind(" ", start + 1, limit)
            cut = space if space > start else limit
            piece_end = start + len(text[start:cut].rstrip())
            rest = _WORD.search(text, cut, end).start()
        pieces.append((start, piece_end))
        start = rest
    pieces.append((start, end))
    return pieces


def _balanced(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` closes every quotation it opens."""
    return text.count('"', start, end) % 2 == 0 and \
        text.count("“", start, end) == text.count("”", start, end)


def _ends_sentence(text: str, start: int, end: int) -> bool:
    last = text[end - 1]
    if last in _QUOTES and end - 1 > start:
        last = text[end - 2]
    return last in _FINAL


def _count_words(text: str, start: int, end: int, limit: int) -> int:
    """Words in ``text[start:end]``, counting no further than ``limit`` (long lines stay cheap)."""
    count = 0
    for count, _ in enumerate(_WORD.finditer(text, start, end), 1):
        if count >= limit:
            break
    return count
