"""Attributions: every direct, mixed and indirect quote of an article, with cue and source.

:func:`find_attributions` runs the constructions of :mod:`.constructions` over each parsed
paragraph (or, in accurate mode, takes the span tagger's attributions of :mod:`.tagger` in
place of the cue frames) and reconciles them with the quotation marks of :mod:`.quotes`:

- a reported content that lies inside a quote becomes that whole quote (``direct``), and one
  that contains a quote and more becomes ``mixed``;
- a quote with no cue of its own joins the attribution it is split from
  (``"A," Lavrov said. "B."``), or takes its speaker from the attribution before it
  (a cue-less quote paragraph), or from a lead-in paragraph ending in a colon;
- a quote a headline sets in single marks (``‘We were left in the dark’: ...``) is the
  speaker's of the body's attribution that repeats it.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Optional, Sequence

from spacy.tokens import Doc, Span, Token

from quotegraph.attributions.candidate import Candidate, CandidateIndex, CharSpan
from quotegraph.attributions.constructions import (colon_attribution, cue_frame_attributions,
                                                   interview_lines, lead_in_source, line_openers,
                                                   lone_question, nearby_cue, sign_off_source)
from quotegraph.attributions.frames import cue_key, end_of_text_before, pluperfect, token_chars, trim
from quotegraph.attributions.lexicon import CueLexicon
from quotegraph.attributions.quotes import Quote, find_quotes, single_quoted
from quotegraph.attributions.registry import (CONSTRUCTIONS, CUE_FRAME, QUOTE_ALONE, QUOTE_CUE,
                                              QUOTE_INHERITED, QUOTE_LEAD_IN, QUOTE_SIGN_OFF,
                                              REPORT_BEFORE, TAGGER)
from quotegraph.attributions.sources import REPORTING, SAYING, quoted_as_saying, second_report, source_of
from quotegraph.attributions.tagger import Tagged
from quotegraph.nlp import QUOTE_MARKS, entity_at, first_token_from
from quotegraph.structure import Article
from quotegraph.text import WORD

__all__ = ["Candidate", "CandidateIndex", "CueLexicon", "find_attributions"]

# Confidence of attributions that no lexicon frame scored (measured on PolNeAR dev, see README).
DIRECT_WITH_CUE = 0.9
INHERITED = 0.6
UNATTRIBUTED = 0.3
# A quote split around its cue: at most this many characters of cue clause between the halves
# ("...," said Kevin Barrett, a lawyer at ..., who represents ... "It was destined to fail.").
# 80 -> 200 lifted PolNeAR dev attribution F1 by 0.005.
MAX_SPLIT_GAP = 200
# A headline's quote in single marks is the body's speaker's where the body repeats this many
# of its words in a row, and this share of them in order ("‘We were left in the dark’:
# passengers stranded ..." and "We were left completely in the dark"; "‘They arrive with
# nothing’" and "Many of them arrive with nothing").
ECHO_WORDS = 3
ECHO_SHARE = 0.75


def find_attributions(article: Article, docs: Sequence[Doc], lexicon: CueLexicon,
                      tagged: Optional[Sequence[Tagged]] = None) -> list[Candidate]:
    """All attribution candidates of ``article``; ``docs`` are its paragraphs, parsed, in order.

    ``tagged``: the span tagger's attributions of the article (accurate mode). They replace
    the cue frames of the parse, whose rule-made claims (``the claims of X that ...``) and
    headline remainders are kept only where the tagger has no cue of its own; quotes, split
    and cue-less quotes, colon, sign-off and lead-in styles are read by rule either way.
    """
    # Only this article's (or window's) paragraphs: a long text is analysed window by window.
    span = (article.paragraphs[0].start, article.paragraphs[-1].end) if article.paragraphs else (0, 0)
    quotes, phrases = [], []   # speech, and short quoted phrases (titles, scare quotes)
    for q in find_quotes(article.text, *span):
        (quotes if q.is_speech() else phrases).append(q)
    starts = [q.start for q in quotes]
    # Headlines name people by surname alone ("Pence: ..."), which the tagger often misses.
    # (and the names an interview's lines open with: "Põldsaar: ...", typed an organisation)
    openers = line_openers(article)
    surnames = {e.text.split()[-1] for doc in docs for e in doc.ents if e.label_ == "PERSON"} | openers
    found: list[Candidate] = []
    continued: Optional[Candidate] = None   # holds a quote that runs on into the next paragraph
    opened_by = ""                          # the mark that opened it
    reaching: list[Candidate] = []          # attributions whose content reaches this paragraph
    lead_in = None
    lines = interview_lines(article, docs)
    # A tagger attribution joins the paragraph where its content begins (its cue may lie in
    # the one before: ``Lavrov said:`` then the quote), so that paragraph's quotes reach it.
    paragraph_starts = [p.start for p in article.paragraphs]
    by_paragraph: dict[int, list[Tagged]] = {}
    tagged_cues = sorted(t.cue for t in tagged or ())
    for t in tagged or ():
        _whole_words(t, article.text)
        t.source = _after_tag(t.source, article.text)
        t.content = _in_capitals(t, article.text)
        t.content = _after_reports_before(t, article, _out_of_headings(t, article, paragraph_starts))
        t.content = _before_reports_after(t, paragraph_starts, tagged_cues)
        by_paragraph.setdefault(bisect.bisect_right(paragraph_starts, t.content[0][0]) - 1, []).append(t)
    for index, (paragraph, doc) in enumerate(zip(article.paragraphs, docs)):
        offset = paragraph.start
        lo = bisect.bisect_left(starts, paragraph.start)
        hi = bisect.bisect_left(starts, paragraph.end)
        in_paragraph = quotes[lo:hi]
        local = cue_frame_attributions(doc, offset, index, lexicon, in_paragraph)
        if tagged is not None:
            local = _with_tagger(local, by_paragraph.get(index, []), article, docs, index,
                                 in_paragraph, lexicon)
        colon = colon_attribution(doc, offset, index, paragraph.section, surnames, openers)
        if colon is not None:   # the colon style is surer than any cue frame inside it
            # (but for a report inside the line by another it names: "Ashworth-Lyle: ... Marcus
            # told me on the day he launched his campaign that '...'")
            local = [c for c in local if not (c.start < colon.end and colon.start < c.end)
                     or _reported_in_line(c, colon)]
            local.append(colon)
            for c in reaching:   # (nor is the line another's: "Yonhap: How long ...? // Park: As
                # long as it takes.", the question's content run on into the answer)
                c.end_at(end_of_text_before(article.text, paragraph.start))
        if index in lines:   # (what the interviewee reports inside an answer stays)
            local.append(lines[index])
        local.sort(key=lambda c: c.start)
        for quote in in_paragraph:
            reached = next((c for c in reaching if any(s < quote.end and quote.start < e for s, e in c.spans)),
                           None)
            if continued is not None and quote.start == paragraph.start:
                if not any(s < quote.end and quote.start < e for s, e in continued.spans):
                    continued.spans.append((quote.start, quote.end))
                if continued.cue is None and quote.text[:1] == opened_by:
                    # (one quote goes on with the mark it opened with; a stray straight mark
                    # before a paragraph of curly quotes opens none)
                    _take_cue(continued, quote, local, doc, offset, index, lexicon)
                holder = continued
            elif reached is not None and not _cut_off(reached, quote):
                _absorb(reached, quote)   # a tagged split quote that runs on into this paragraph
                holder = reached
            else:
                if reached is not None:   # cut off: its kind is that of what it keeps
                    reached.kind = _kind_of_fragments(reached.spans, quotes, starts)
                holder = _attach(quote, local, found, doc, offset, index, lexicon, lead_in,
                                 index >= 2 and lone_question(article, index - 1))
            continued, opened_by = (holder, quote.text[:1]) if quote.continued else (None, "")
        kept = _deduplicate(_join_split_quotes(local))
        found.extend(kept)
        # What this paragraph's attributions hold of the next one (the tagger joins a quote and
        # its continuation in the next paragraph into one attribution).
        reaching = [c for c in kept if c.construction == TAGGER and c.end > paragraph.end]
        lead_in = (lead_in_source(doc), offset)
    _close_quoted_phrases(found, phrases)
    found = [c for c in found if not not_speech(c, article.text)]
    found += _headline_echoes(article, found)
    for c in found:
        if c.construction == TAGGER and len(c.spans) > 1:
            c.kind = _kind_of_fragments(c.spans, quotes, starts)
    return sorted(found, key=lambda c: c.start)


# Verbs in the past perfect whose quote is what one told another inside a report: "had told
# him", "had promised him", "had assured her".
_TOLD_BEFORE = {"tell", "promise", "assure", "warn"}
# What one speaks in that another issues for them: "in a statement signed by its spokesman".
_ISSUED = {"statement", "release", "letter", "communique", "communiqué"}
# Acts that say nothing: "declined to comment", "did not respond to calls", "refused to delay".
_NON_ANSWERS = {"decline", "refuse", "respond", "return", "reply", "answer", "reach", "want", "wish"}
_NOTHING_SAID = re.compile(r"(?:to\s+)?(?:comment|calls?|requests?|messages?|e-?mails?|inquiries"
                           r"|questions)\b", re.I)
# A source's terms, no statement: "asked not to be named", "requested anonymity".
_ASKS = {"ask", "request", "demand", "insist", "speak", "decline"}
_UNNAMED = re.compile(r"(?:not\s+)?(?:to\s+)?(?:be\s+)?(?:named|identified|quoted|anonymity)\b", re.I)
# Nouns that name a state of mind or a sign, not an act of saying: "the hope that ...".
_NOT_SPEECH_NOUNS = {"hope", "sign", "wish", "fear", "expectation", "indication", "belief"}


def not_speech(c: Candidate, text: str) -> bool:
    """Whether a candidate reports no statement: a refusal to comment or a request for one
    (``declined to comment``, ``did not respond to calls for comment``), a source's request
    not to be named (``who asked not to be named``), or a noun of a state
    of mind with no one holding it (``the hope that the ceasefire will hold``)."""
    token = c.cue_token
    if token is None or c.kind == "direct":
        return False
    content = text[c.spans[0][0]:c.spans[-1][1]].strip(" \"“”'")
    lemma = token.lemma_.lower()
    negated = any(child.dep_ == "neg" for child in token.children)
    if (lemma in _NON_ANSWERS or negated) and _NOTHING_SAID.match(content):
        return True
    if lemma in _ASKS and _UNNAMED.match(content):
        return True   # "who asked not to be named", "asking not to be identified"
    return token.pos_ == "NOUN" and c.source is None and lemma in _NOT_SPEECH_NOUNS


def _reported_in_line(c: Candidate, line: Candidate) -> bool:
    """Whether ``c`` is a report inside the content of the colon ``line``, by a person it names
    (not "I" or "we", the line's own speaker, nor a place: "Canberra says it's the state")."""
    start, end = line.spans[0]
    return c.source is not None and c.source_mention is not None and start <= c.source[0] \
        and start <= c.start and c.end <= end and c.source_mention.root.pos_ == "PROPN" \
        and c.source_mention.root.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")


def _kind_of_fragments(spans: Sequence[tuple[int, int]], quotes: Sequence[Quote], starts: Sequence[int]) -> str:
    """Direct when every fragment lies in a quote, mixed when some fragment touches one,
    else indirect (``quotes`` sorted and apart, ``starts`` their starts)."""
    inside = touched = 0
    for s, e in spans:
        i = bisect.bisect_right(starts, s) - 1   # the last quote opening at or before s
        if i >= 0 and quotes[i].start <= s and e <= quotes[i].end:
            inside += 1
        elif (i >= 0 and s < quotes[i].end) or (i + 1 < len(quotes) and quotes[i + 1].start < e):
            touched += 1
    return "direct" if inside == len(spans) else "mixed" if inside or touched else "indirect"


def _headline_echoes(article: Article, found: list[Candidate]) -> list[Candidate]:
    """The quotes a headline sets in single marks that no attribution holds and that the
    content of an attribution of the body repeats (:data:`ECHO_WORDS`, :data:`ECHO_SHARE`):
    cue-less quotes of that attribution ("‘We were left in the dark’: passengers stranded ..."
    and then "'We were left completely in the dark,' said Nadia Fenwick")."""
    held = CandidateIndex(found)
    quoted = [(index, quote, words) for index, p in enumerate(article.paragraphs) if p.section == "headline"
              for quote in single_quoted(article.text, p.start, p.end)
              for words in [WORD.findall(quote.inner.lower())]
              if len(words) >= ECHO_WORDS and not held.holding(quote.start + 1, quote.end - 1)]
    if not quoted:   # (most headlines: no body content is read)
        return []
    body = [(c, [w for s, e in c.spans for w in WORD.findall(article.text[s:e].lower())])
            for c in found if article.paragraphs[c.paragraph].section != "headline"]
    echoes = []
    for index, quote, words in quoted:
        said = next((c for c, content in body if _repeats(content, words)), None)
        if said is not None:
            echoes.append(Candidate("direct", [(quote.start, quote.end)], index, INHERITED,
                                    construction=QUOTE_INHERITED, antecedent=said, source=said.source))
    return echoes


def _repeats(content: list[str], words: list[str]) -> bool:
    """Whether ``content`` holds :data:`ECHO_WORDS` of ``words`` in a row and
    :data:`ECHO_SHARE` of them in order."""
    blocks = SequenceMatcher(None, words, content, autojunk=False).get_matching_blocks()
    return max(b.size for b in blocks) >= ECHO_WORDS and sum(b.size for b in blocks) >= ECHO_SHARE * len(words)


def _close_quoted_phrases(candidates: list[Candidate], phrases: list[Quote]) -> None:
    """A reported content that contains or cuts a short quoted phrase is mixed, and takes the
    whole phrase: ``that waterboarding is [“peanuts,”]`` rather than ending at ``peanuts``."""
    phrase_ends = [q.end for q in phrases]
    for c in candidates:
        if c.kind != "indirect" or len(c.spans) != 1:
            continue
        start, end = c.spans[0]
        # Phrases are apart and in order: those overlapping the content follow one another.
        for k in range(bisect.bisect_right(phrase_ends, start), len(phrases)):
            q = phrases[k]
            if q.start >= end:
                break
            start, end = min(start, q.start), max(end, q.end)
            c.kind = "mixed"
        c.spans = [(start, end)]


def _attach(quote: Quote, local: list[Candidate], earlier: list[Candidate], doc: Doc,
            offset: int, index: int, lexicon: CueLexicon, lead_in, after_question: bool = False
            ) -> Optional[Candidate]:
    """Give ``quote`` an attribution, new or existing; returns the one that holds it.
    ``after_question``: the paragraph before is a question and nothing else, whose answer a
    cue-less quote is, of the one quoted before it.

    A tagger attribution that holds the quote but found no source takes the source the rules
    read for the quote (a cue next to it, a dash sign-off, a lead-in paragraph); one whose cue
    is before the paragraph before takes that paragraph's lead-in where it has one.
    """
    covering = [c for c in local if any(s < quote.end and quote.start < e for s, e in c.spans)
                and not (c.construction == REPORT_BEFORE and quote.start < c.start and c.end <= quote.end)]
    if covering:
        for c in covering:
            _absorb(c, quote)
        holder = covering[0]
        if holder.construction == TAGGER and holder.source is None:
            ruled = (_quote_with_cue(quote, doc, offset, index, lexicon) or _signed_quote(quote, doc, offset, index)
                     or _quote_after_lead_in(quote, local, offset, index, lead_in)
                     or _quote_after_subject(quote, local, doc, offset, index))
            if ruled is not None and ruled.source is not None:
                holder.take_source(ruled)
        elif holder.construction == TAGGER and holder.cue is not None and lead_in is not None \
                and holder.cue[1] <= lead_in[1] and holder.start == quote.start \
                and (led := _quote_after_lead_in(quote, local, offset, index, lead_in)) is not None:
            # (nor the cue of a quote paragraphs before, where the paragraph right before has
            # one for its subject: '"...," she said. // Sandhu went further. // "A scalpel ..."')
            holder.cue, holder.cue_token = led.cue, led.cue_token
            holder.take_source(led)
        elif (told := _told_inside(quote, holder, doc, offset, index, lexicon)) is not None:
            _add(local, told)
        return holder
    ruled = _quote_with_cue(quote, doc, offset, index, lexicon) or _signed_quote(quote, doc, offset, index)
    if ruled is not None:
        return _add(local, ruled)
    if not quote.opens_sentence:
        return None   # a fragment quoted mid-sentence with no cue: a title or scare quote
    before = [c for c in local if c.end <= quote.start]
    # The quote before it, with its cue in between (other candidates may lie in the cue clause).
    split_from = next((c for c in reversed(before) if c.kind == "direct" and c.cue is not None), None)
    if (split_from is not None and split_from.end <= split_from.cue[0] < quote.start
            and quote.start - split_from.end <= MAX_SPLIT_GAP):
        split_from.spans.append((quote.start, quote.end))
        return split_from
    ruled = _quote_after_lead_in(quote, local, offset, index, lead_in) \
        or _quote_after_subject(quote, local, doc, offset, index)
    if ruled is not None:
        return _add(local, ruled)
    antecedent = (before[-1] if before else None) or _turn_taken(_last_quoted(earlier, index - 1), earlier) \
        or (_last_quoted(earlier, index - 2) if after_question else None)   # ('"Not necessarily," she
    # said. // And the shilling? // "The shilling is where the fundamentals say it should be."')
    return _add(local, Candidate("direct", [(quote.start, quote.end)], index,
                                 INHERITED if antecedent else UNATTRIBUTED, antecedent=antecedent,
                                 source=antecedent.source if antecedent else None,
                                 construction=QUOTE_INHERITED if antecedent else QUOTE_ALONE))


def _told_inside(quote: Quote, holder: Candidate, doc: Doc, offset: int, index: int,
                 lexicon: CueLexicon) -> Optional[Candidate]:
    """The quote's own attribution where the report that holds it tells, before it, that
    another said it: 'Lodi said his Tunisian counterpart had told him during the talks:
    "Give our young people a visa ..."' (the quote is the counterpart's, reported inside
    Lodi's report, as "had told him that ..." is): a verb of telling or saying right
    before it, with a colon or a comma, whose subject is named or described; or one in the
    past perfect with the quote for what was told ('Flett said ... that she had told him "the
    young people are carrying the elders onto the planes."', 'the premier had promised him
    "..."'); None where its cue is the holder's own."""
    if holder.cue is None or holder.cue[1] > quote.start:
        return None
    set_off = re.search(r"[,:]\s*$", doc.text[:quote.start - offset]) is not None
    told = _quote_with_cue(quote, doc, offset, index, lexicon)
    if told is None or told.source_mention is None or told.cue[1] > quote.start:
        return None
    # (the holder may be the tagger's reading of the same cue with the reporter for its
    # source: 'She said one of them, Col. Terrence Vick, had told her that his wing "..."')
    same_cue = holder.cue_token is not None and told.cue_token.i == holder.cue_token.i and holder.source is not None \
        and holder.source[1] <= told.source[0] and told.source_mention.root.head.i == told.cue_token.i
    if not same_cue and (told.cue[0] < holder.cue[1] or not holder.start <= told.source[0] < told.cue[1] <= holder.end):
        return None
    verb, root = told.cue_token, told.source_mention.root
    if set_off and verb.lemma_.lower() in ("tell", "say") and root.pos_ in ("PROPN", "NOUN"):
        return told
    first = first_token_from(doc, quote.start - offset)
    # (or what was told, a clause whose subject comes before the quote, by one named or
    # described: 'Col. Terrence Vick had told her that his wing "cannot schedule a single depot
    # overhaul past January."', "the Russian deputy minister had told him that Moscow ...";
    # not by a group the text names no one of: "skippers had told him that ...")
    named = root.pos_ == "PROPN" or root.lower_ in ("he", "she") \
        or any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in root.children) \
        or root.tag_ == "NN" and any(t.dep_ == "poss" or t.dep_ == "det" and t.lower_ == "the" for t in root.children)
    told_clause = next((t for t in verb.children if t.dep_ == "ccomp" and t.left_edge.i < first <= t.i
                        and doc[t.left_edge.i].lower_ == "that"), None) if named else None
    if not set_off and pluperfect(verb) and verb.lemma_.lower() in _TOLD_BEFORE \
            and (named or root.pos_ == "NOUN") \
            and all(t.dep_ in ("dobj", "dative") or t.is_punct
                    or told_clause is not None and told_clause.left_edge.i <= t.i
                    for t in doc[verb.i + 1:first]):
        return told
    return None


def _take_cue(continued: Candidate, quote: Quote, local: list[Candidate], doc: Doc, offset: int,
              index: int, lexicon: CueLexicon) -> None:
    """A quote with no cue that runs on into ``quote`` takes the cue and source of what closes
    it ('... sanctions. "The restrictions have not been lifted. // "We are told to be
    patient," he said.'): the tagger's attribution of that part, dropped from ``local``, or
    the cue by rule."""
    cued = next((c for c in local if c.cue is not None
                 and any(s < quote.end and quote.start < e for s, e in c.spans)), None)
    if cued is not None:
        local.remove(cued)
    else:
        cued = _quote_with_cue(quote, doc, offset, index, lexicon)
    if cued is not None:
        continued.cue, continued.cue_token, continued.frame = cued.cue, cued.cue_token, cued.frame
        continued.construction, continued.confidence, continued.antecedent = \
            cued.construction, cued.confidence, None
        continued.take_source(cued)


def _turn_taken(last: Optional[Candidate], earlier: list[Candidate]) -> Optional[Candidate]:
    """The attribution a quote paragraph with no cue continues, where it follows an exchange:
    after a question and its reply in the two paragraphs before ('"Can you give me a date?"
    Whitcomb asked. // "I can give you a goal," Ostrander replied. // "I didn't ask for a
    goal."'), the one who asked takes the turn again; else ``last``."""
    if last is None or last.cue_token is None or last.cue_token.lemma_.lower() not in _REPLIES:
        return last
    asked = None
    for c in reversed(earlier):   # the last quote of the paragraph before the reply's
        if c.paragraph < last.paragraph - 1:
            break
        if c.paragraph == last.paragraph - 1 and c.kind != "indirect":
            asked = c
            break
    if asked is None or asked.cue_token is None or asked.cue_token.lemma_.lower() not in _QUESTIONS \
            or asked.source is None or last.source is None:
        return last
    return asked


def _last_quoted(earlier: list[Candidate], paragraph: int) -> Optional[Candidate]:
    """The attribution a quote paragraph continues: the last quote of ``paragraph`` (quotes
    continue quotes: '"They come in waves," said Serhii. ... the Kyiv Independent is
    identifying soldiers only by their first names. // "We stop one group ..."'), else its
    last attribution (not a report made before, inside another's: '... said a federal official
    had told him in February that "the money is approved". // "That was five months ago."' goes
    on with the one who tells of it)."""
    last = None
    for c in reversed(earlier):
        if c.paragraph < paragraph:
            break
        if c.construction == REPORT_BEFORE:
            continue
        if c.kind != "indirect":
            return c
        last = last or c
    return last


def _quote_with_cue(quote: Quote, doc: Doc, offset: int, index: int, lexicon: CueLexicon) -> Optional[Candidate]:
    """``"We will win," the senator told reporters.``: the quote with a cue word next to it."""
    cue = nearby_cue(doc, offset, quote, lexicon)
    if cue is None:
        return None
    mention = source_of(cue)
    return Candidate("direct", [(quote.start, quote.end)], index, DIRECT_WITH_CUE,
                     cue=(offset + cue.idx, offset + cue.idx + len(cue)),
                     source=_span_chars(mention, offset), source_mention=mention, cue_token=cue,
                     construction=QUOTE_CUE)


def _signed_quote(quote: Quote, doc: Doc, offset: int, index: int) -> Optional[Candidate]:
    """``"..." -Commissioner Geoffrey Starks``: the quote signed off after a dash."""
    mention = sign_off_source(doc, offset, quote)
    if mention is None:
        return None
    return Candidate("direct", [(quote.start, quote.end)], index, DIRECT_WITH_CUE,
                     source=_span_chars(mention, offset), source_mention=mention,
                     construction=QUOTE_SIGN_OFF)


def _quote_after_lead_in(quote: Quote, local: list[Candidate], offset: int, index: int,
                         lead_in) -> Optional[Candidate]:
    """A quote opening its paragraph after a paragraph that ends in a colon (``Lavrov said:``)."""
    if lead_in is None or lead_in[0] is None or quote.start != offset or any(c.end <= quote.start for c in local):
        return None
    (cue, mention), lead_offset = lead_in
    if mention is None:
        return None
    return Candidate("direct", [(quote.start, quote.end)], index, DIRECT_WITH_CUE,
                     cue=(lead_offset + cue.idx, lead_offset + cue.idx + len(cue)) if cue is not None else None,
                     source=_span_chars(mention, lead_offset), source_mention=mention, cue_token=cue,
                     construction=QUOTE_LEAD_IN)


def _quote_after_subject(quote: Quote, local: list[Candidate], doc: Doc, offset: int,
                         index: int) -> Optional[Candidate]:
    """A quote opening a sentence right after one of its paragraph that has a person for its
    subject, by name (or a name typed a body: ``Nana Owusu-Ansah was quick to respond. "Kofi
    talks too much."``) or "he" or "she" (or any noun, where the sentence tells what they did when
    asked: ``Asked whether ..., the Brazilian diplomat laughed.``), and reports no one else's
    words: that person's (``Asked about that on Wednesday, Fenlon was blunt. "That's simply not
    what was said."``); or one a colon opens after such a clause (``..., Orazov was brief: "..."``)."""
    at = doc.char_span(quote.start - offset, quote.start - offset + 1, alignment_mode="expand")
    sentence = doc[at.start - 1].sent if at is not None and at.start else None
    if sentence is not None and doc[at.start - 1].text == ":":
        # (or the clause a colon ends in the quote's sentence: 'Asked ..., Orazov was brief: "..."')
        sentence = doc[next((t.i + 1 for t in reversed(doc[sentence.start:at.start - 1]) if t.text == ","),
                            sentence.start):at.start - 1]
        root = next((t for t in sentence if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)), None)
    elif sentence is None or offset + sentence.end_char > quote.start \
            or doc.text[sentence.end_char:quote.start - offset].strip():
        return None
    else:
        root = sentence.root
    subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if subject is None or not (subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in ("he", "she")
                               or sentence[0].lower_ == "asked" and subject.pos_ in ("NOUN", "PROPN")):
        return None
    mention = doc[subject.left_edge.i:subject.right_edge.i + 1]
    source = _span_chars(mention, offset)
    if any(c.start < offset + sentence.end_char and offset + sentence.start_char < c.end
           and c.source is not None and c.source != source for c in local):
        return None
    return Candidate("direct", [(quote.start, quote.end)], index, INHERITED, source=source,
                     source_mention=mention, construction=QUOTE_LEAD_IN)


def _absorb(candidate: Candidate, quote: Quote) -> None:
    """Widen a reported content to the whole quote it overlaps; set direct or mixed.

    A content of several fragments (the tagger's split quote) widens the fragment the quote
    overlaps; its kind is set once every quote is read (:func:`_kind_of_fragments`).
    """
    if len(candidate.spans) > 1 and candidate.construction == TAGGER:
        candidate.spans = [(min(s, quote.start), max(e, quote.end)) if s < quote.end and quote.start < e
                           else (s, e) for s, e in candidate.spans]
        return
    if candidate.kind == "direct" and len(candidate.spans) > 1:
        return
    if candidate.start >= quote.start and candidate.end <= quote.end:
        candidate.spans = [(quote.start, quote.end)]
        if candidate.kind == "indirect":
            candidate.kind = "direct"
            if candidate.construction != TAGGER:   # the tagger's confidence is calibrated as it is
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
            first[cue].spans = sorted(set(first[cue].spans + c.spans))   # (a fragment both read once)
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


# A rule-made claim or headline remainder beside the tagger's attributions needs its cue to
# report at least this often in PolNeAR train (not "a question from the opposition that ...":
# 0.15; "the decision that ...": 0.21).
MIN_BESIDE_TAGGER = 0.2
_SPACES = re.compile(r"\s*")


def _with_tagger(local: list[Candidate], tagged: Sequence[Tagged], article: Article,
                 docs: Sequence[Doc], index: int, quotes: Sequence[Quote],
                 lexicon: CueLexicon) -> list[Candidate]:
    """One paragraph's tagger attributions as candidates, with the rule-made claims and
    headline remainders of ``local`` whose cue the tagger did not find and reports often
    enough (:data:`MIN_BESIDE_TAGGER`), and the cue frames of
    ``local`` that a tagged report signed off after its content holds (``X said C, according
    to Y``; ``X told Z that C, the statement added``, where X names someone: Y's content, as
    PolNeAR's annotators read it, is "X said C", and X's report is kept inside it so that C
    has X for a speaker too), and those inside a tagged content whose own content holds a
    quote (:func:`_quoted_inside`). Headlines and
    intertitles are the editor's words: what the tagger reads there without a source is left
    out (``Gunmen unwilling to leave Aleppo will be considered accomplices``, ``Harbour
    rebuild promised``)."""
    heading = article.paragraphs[index].section in ("headline", "intertitle")
    found = [_candidate(t, article, docs, index, lexicon) for t in tagged if t.source is not None or not heading]
    found = _quoted_speakers(found, docs[index], article.paragraphs[index].start, index)
    for c in found:
        _end_before_a_new_quote(c, quotes, article.text)
    cues = [c.cue for c in found]
    according = [c for c in found if c.cue_token is not None and c.cue_token.lemma_.lower() == "accord"]
    # (and a report whose source comes after its content, where the one it holds names who
    # spoke: "Sultanbekova told her counterpart that ..., the statement added", not "after
    # scans confirmed a ruptured ligament, the club announced")
    signed_off = [c for c in found if c.source is not None and c.source[0] >= c.end and c not in according]
    beside = []
    for c in local:
        end = None if c.construction != CUE_FRAME else _holder_end(c, according) or (
            _holder_end(c, signed_off) if _names_someone(c) else None)
        first = _reported_first(c, article)
        inside = end is None and (_quoted_inside(c, found, quotes) or _assured_inside(c, found))
        if end is not None:   # (the parse runs its content on into ", according to Y")
            c.end_at(end)
        elif inside:   # (and one inside a report ends where that report does: not on into ", a
            # claim the board chair did not dispute on Tuesday")
            end = _holding_end(c, found, quotes, local)
            if end is not None:
                c.end_at(end)
        elif not ((CONSTRUCTIONS[c.construction].beside_tagger or first) and c.confidence >= MIN_BESIDE_TAGGER):
            continue
        # (a report first may hold the tagger's: "Russia sees no basis ..., Kozlov told")
        if not any(c.cue[0] < e and s < c.cue[1] for s, e in cues) \
                and not any(_mostly_inside(c, t) and not (first and any(s <= t.cue[0] < e for s, e in c.spans))
                            for t in found):
            beside.append(c)
    return found + beside + _reports_before(found + beside, docs[index], article.paragraphs[index].start,
                                            index, quotes, lexicon)


def _reported_first(c: Candidate, article: Article) -> bool:
    """Whether a cue frame's report opens its sentence (past a dateline) and its source and
    verb of saying come after it, as in wire leads: "MOSCOW, October 14. /TASS/. Russia has
    no basis ..., Deputy Foreign Minister Leonid Kozlov told Izvestia" (the tagger may read
    no report there)."""
    cue = c.cue_token
    if c.construction != CUE_FRAME or cue is None or c.source is None or cue.lemma_.lower() not in SAYING \
            or not c.spans[-1][1] <= c.source[0] < c.cue[0]:
        return False
    opening = article.paragraphs[c.paragraph].start + cue.sent.start_char
    dateline = article.dateline
    return c.spans[0][0] == opening or (dateline is not None and opening <= dateline.start
                                        and c.spans[0][0] == _SPACES.match(article.text, dateline.end).end())


def _holder_end(c: Candidate, holders: Sequence[Candidate]) -> Optional[int]:
    """Where the content of one of ``holders`` that holds ``c`` ends: ``c`` a verb of saying
    (:data:`SAYING`) whose cue, source and the start of whose content lie between its first
    and last character (the tagger may leave the cue out: "[The company] said [profit
    rose ...], according to a consensus"); None where none does."""
    if c.cue is None or c.source is None or c.cue_token is None or c.cue_token.lemma_ not in SAYING \
            or c.cue_token.dep_ == "xcomp":   # (a report not made: "failed to report")
        return None
    return next((e for h in holders for s, e in [(h.spans[0][0], h.spans[-1][1])]
                 if all(s <= a and b <= e for a, b in (c.cue, c.source)) and s <= c.start < e), None)


# Verbs of a report inside another's that quotes its speaker's words ("had assured him that
# ... 'will reach the reservoirs by December'"): saying, stressing and warning, promising,
# owning up ("had privately acknowledged to her ... that the law 'would probably end up in
# court'"); and asking, one who is no place ("had asked him to 'keep defending growth at every
# board meeting'", "had asked the cabinet to 'prioritize ...'"; not "he had been asked to
# 'steady the ship'", "Khartoum had asked Cairo 'to waive ...'", "would ask the regulator").
_QUOTING = REPORTING | {"assure", "promise", "pledge", "vow", "inform", "admit", "reply",
                        "complain", "acknowledge", "concede"}
_ASKING = {"ask", "urge"}


# Verbs of an assurance reported inside another's report, in the past perfect: "He said
# European Commissioner Kristina Valtonen had assured him that the EU would consider ...".
_ASSURING = {"assure", "promise", "pledge", "tell", "inform", "confirm", "guarantee"}


def _person_set_off(mention: Span) -> bool:
    """Whether a person's name is set off after the description ``mention`` is: "the
    minister's predecessor, Rolf Ekornes,"."""
    return any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in mention.root.children)


def _assured_inside(c: Candidate, found: Sequence[Candidate]) -> bool:
    """Whether ``c`` is an assurance (:data:`_ASSURING`, with "had") by someone named (or
    described, the name set off after it: "the minister's predecessor, Rolf Ekornes,"), inside
    the content of one of ``found``: what was assured is the named one's, though no quote
    holds it (PolNeAR's annotators mark only the outer report)."""
    if c.construction != CUE_FRAME or c.cue is None or c.source is None or c.cue_token is None \
            or c.cue_token.lemma_.lower() not in _ASSURING or c.source_mention is None \
            or (c.source_mention.root.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE")
                and not _person_set_off(c.source_mention)) \
            or not pluperfect(c.cue_token) \
            or any(t.dep_ == "dobj" and (t.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL", "PERCENT")
                                         or any(n.dep_ == "nummod" for n in t.children))
                   for t in c.cue_token.children):
        return False   # (one assured, not a thing pledged: "Saudi Arabia had pledged an
        # additional $100 million")
    return _inside_tagged(c, found)


def _holding_end(c: Candidate, found: Sequence[Candidate], quotes: Sequence[Quote],
                 others: Sequence[Candidate]) -> Optional[int]:
    """Where the content of the one of ``found`` that holds ``c``'s cue ends, if that is
    before ``c``'s content does, no quote of ``c``'s runs across it, and each quote ``c`` holds
    after it is another's report, one of ``others`` with a cue after it (", a promise the
    senator said had 'not quite materialized'"); else None."""
    end = next((t.spans[-1][1] for t in found if t.source is not None
                and any(s <= c.cue[0] < e for s, e in t.spans)), None)
    if end is None or not c.start < end < c.end:
        return None
    for q in quotes:
        if c.start <= q.start < end < q.end or end <= q.start < c.end and not any(
                o is not c and o.cue is not None and end <= o.cue[0] < c.end and o.start <= q.start < o.end
                for o in others):
            return None
    return end


# Verbs of a report made before the one that holds it (in the past perfect, or joined to one
# that is): saying, telling, assuring, warning.
_SAID_BEFORE = REPORTING | _ASSURING | {"admit", "vow", "complain", "predict", "acknowledge",
                                        "concede", "reply"}


def _reports_before(found: Sequence[Candidate], doc: Doc, offset: int, index: int,
                    quotes: Sequence[Quote], lexicon: CueLexicon) -> list[Candidate]:
    """The reports inside the contents of ``found`` (each with a source) that were made before
    them, in the past perfect, by someone the subject names, and that no candidate reads (the
    parse may hang the that-clause on a noun, and the cue frames' reports inside others take
    only names for sources): "Karataş said Nurlanov had told him during the talks that ...",
    "She said the chairman had told her in July that he would 'keep SNAP out of it'"; and,
    inside a quote, what a third person told the one quoted (:func:`_teller`: '"Gillian told
    me she had not slept for three nights," he said'). The content is the verb's that-clause
    (:func:`_reported`), within its holder's content."""
    cues = [c.cue for c in found if c.cue is not None]
    end = offset + len(doc.text)
    made = []
    for holder in found:
        # (the holder's content with the words the tagger left out of it: "Brenninkmeyer said
        # Vollrath [had told council members at a meeting on Monday that] no decision ...";
        # the subject may stand before it, after the holder's cue: "a colleague in Lyon, Dr.
        # Mathilde Roux, [had told him that ...]")
        span = doc.char_span(max(holder.start, offset) - offset, min(holder.end, end) - offset,
                             alignment_mode="contract") if holder.source is not None else None
        after = holder.cue[1] if holder.cue is not None and holder.cue[1] <= holder.start else holder.start
        for verb in span if span is not None else ():
            subject = _earlier_reporter(verb)   # (rare: the scans below are for it alone)
            quoted = None
            if subject is None:
                quoted = next((q for q in quotes if q.start < offset + verb.idx < q.end), None)
                subject = _teller(verb) if quoted is not None else None
            if subject is None or offset + subject.idx < after or any(a <= offset + verb.idx < b for a, b in cues):
                continue
            reported = _reported(verb)
            if reported is None:
                continue
            first, last = reported
            start, stop = offset + first.idx, min(offset + last.idx + len(last.text), holder.end)
            if any(q.start <= start < q.end for q in quotes) and not (quoted is not None and quoted.start < start):
                continue   # (a quote the parse made the clause: 'had told him: "I'm not a
                # murderer, mate."', read as quotes are, with the cue next to it; but what a quote
                # tells another told its speaker stays: '"Gillian told me she had not slept ...," he said')
            # (to the end of a quote it holds the start of: the parse may end the clause at the
            # quote's first stop)
            stop = min(max([stop] + [q.end for q in quotes if start <= q.start < stop]), holder.end)
            if not start < stop:
                continue
            mention = doc[subject.left_edge.i:subject.right_edge.i + 1]
            made.append(Candidate(
                kind="mixed" if any(start <= q.start < stop for q in quotes) else "indirect",
                spans=[(start, stop)], paragraph=index, confidence=lexicon.reporting(cue_key(verb)),
                construction=REPORT_BEFORE, cue=token_chars(doc, offset, verb.i, verb.i + 1),
                source=token_chars(doc, offset, mention.start, mention.end), source_mention=mention,
                cue_token=verb))
            cues.append((offset + verb.idx, offset + verb.idx + len(verb.text)))
    return made


def _earlier_reporter(verb: Token) -> Optional[Token]:
    """The subject of ``verb`` where it reports, in the past perfect (or joined to a verb that
    is), what someone the subject names said: a name, a pronoun, an entity or a described one
    ("the chairman", "her son"); None otherwise (not one told: "the health secretary had been
    warned about staffing")."""
    said = verb if pluperfect(verb) else verb.head if verb.dep_ == "conj" else None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SAID_BEFORE or said is None or not pluperfect(said) \
            or any(t.dep_ == "auxpass" for t in (*verb.children, *said.children)):
        return None
    subject = next((t for t in said.children if t.dep_ == "nsubj"), None)
    if subject is None or not (subject.pos_ in ("PROPN", "PRON") or subject.ent_type_
                               or any(t.dep_ in ("det", "poss") for t in subject.children)):
        return None
    return subject


def _teller(verb: Token) -> Optional[Token]:
    """The subject of ``verb`` where, inside a quote, it tells what a third person, by name,
    told the one quoted ("Gillian told me she had not slept for three nights"); None otherwise
    (not the speaker's own: "I told them")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "tell" or verb.tag_ != "VBD" \
            or not any(t.dep_ in ("dative", "dobj") and t.lower_ in ("me", "us") for t in verb.children):
        return None
    subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN":
        return None   # (nor a group or one unnamed: "They told me my son was a robber", "My
        # caddie told me I was near the top": the one quoted says it; nor "he" or "she", whom
        # the one quoted means: "He told me he was looking forward to coming home")
    return subject


def _reported(verb: Token) -> Optional[tuple[Token, Token]]:
    """The first and last words of what ``verb`` reports: its that-clause, a clausal complement
    or the clause a "that" under it opens, wherever the parse hung that clause ("had told him
    during the talks that ..."; not one joined to it: "had insisted on ... and that his
    delegation had ..."); None for none."""
    clause = next((t for t in verb.children if t.dep_ == "ccomp" and t.i > verb.i), None)
    if clause is not None:
        return clause.left_edge, clause.right_edge
    mark = next((t for t in verb.subtree if t.i > verb.i and t.lower_ == "that" and t.dep_ == "mark"
                 and not any(a.dep_ == "conj" and a.head == verb for a in t.ancestors)), None)
    return (mark, mark.head.right_edge) if mark is not None else None


def _inside_tagged(c: Candidate, found: Sequence[Candidate]) -> bool:
    """Whether ``c``'s cue lies inside the content of one of ``found`` with a source (or in a
    gap the tagger left in it that holds no cue of its: "Boone said [the bill's sponsor,]
    state Sen. Curtis Vail, had privately acknowledged [to her ... that ...]")."""
    return any(t.source is not None and not (c.start <= t.cue[0] < c.end)
               and (any(s <= c.cue[0] and c.cue[1] <= e for s, e in t.spans)
                    or t.start <= c.cue[0] and c.cue[1] <= t.end and not (c.cue[0] < t.cue[1] and t.cue[0] < c.cue[1]))
               for t in found)


def _quoted_inside(c: Candidate, found: Sequence[Candidate], quotes: Sequence[Quote]) -> bool:
    """Whether ``c`` is a report, by a verb of :data:`_QUOTING` and a source that names
    someone, inside the content of one of ``found`` and holding the start of a quote: "He
    said [Lyle had told him that the game would be won 'in the last 20 minutes']" (PolNeAR's
    annotators mark only the outer report; the quoted words are Lyle's)."""
    if c.construction != CUE_FRAME or c.cue is None or c.source is None or c.cue_token is None \
            or c.cue_token.lemma_.lower() not in _QUOTING | _ASKING or c.source_mention is None \
            or not (any(w.pos_ in ("PROPN", "PRON") or w.ent_type_ for w in c.source_mention)
                    or _person_set_off(c.source_mention)):
        return False   # (one named, or described with the name set off after: "the transitional
        # president, Colonel Blaise-Arnaud Kiemdé, had asked ministers to '...'")
    if c.cue_token.lemma_.lower() in _ASKING and not (pluperfect(c.cue_token) and any(
            t.dep_ == "dobj" and t.pos_ in ("PRON", "NOUN") for t in c.cue_token.children)):
        return False
    if not any(c.start <= q.start < c.end for q in quotes):
        return False
    return _inside_tagged(c, found)


def _own_correspondent(source: str, agency: Optional[str]) -> bool:
    """Whether ``source`` is a correspondent of the dateline's ``agency``: "a Kazinform News
    Agency correspondent", "a BelTA correspondent"."""
    return agency is not None and "correspondent" in source.lower() \
        and re.search(rf"\b{re.escape(agency)}\b", source, re.IGNORECASE) is not None


def _names_someone(c: Candidate) -> bool:
    """Whether ``c``'s source is a name, a pronoun or an entity ("Sultanbekova", "he", "the
    Kremlin"), not a common noun ("scans")."""
    root = c.source_mention.root if c.source_mention is not None else None
    return root is not None and (root.pos_ in ("PROPN", "PRON") or root.ent_type_ != "")


# Verbs a report quotes someone with: "quoted X as saying that ...", "as calling ...".
_QUOTED_AS = {"say", "call", "describe", "warn", "urge", "stress", "insist", "accuse"}


def _quoted_speakers(found: list[Candidate], doc: Doc, offset: int, index: int) -> list[Candidate]:
    """The tagger's reading of "X was quoted (by Y) as saying that C" and "Y quoted X as
    saying C" made the one quoted X the speaker of C (cue ``as saying``): the tagger gave C
    no source or Y, or took X for what was said. Where it read the report as PolNeAR's
    annotators do (Y quoted "X as saying C"), that stays, with X's statement inside it."""
    for verb in doc:
        if verb.lemma_.lower() != "quote" or verb.pos_ != "VERB":
            continue
        # "as" hangs on "quoted", or where the parse lost it on a verb of the clause
        as_ = next((a for a in doc[verb.i + 1:verb.sent.end] if a.lower_ == "as"), None)
        saying = next((p for p in (as_.children if as_ is not None else ())
                       if p.dep_ == "pcomp" and p.lemma_.lower() in _QUOTED_AS), None)
        # (what is said: the clause of "as saying that C", or all that follows another verb
        # of saying: "as calling the drills 'a rehearsal for an invasion'")
        # (or all that follows "saying" where the parse found no clause: 'as saying the council
        # would "fast-track licensing ..."')
        clause = next((c for c in (saying.children if saying is not None else ()) if c.dep_ == "ccomp"), saying) \
            if saying is not None and saying.lemma_.lower() == "say" else saying
        quoted = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if clause is None or quoted is None or quoted.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        region = token_chars(doc, offset, min(verb.left_edge.i, verb.i), saying.i + 1)
        named = trim(list(doc[quoted.left_edge.i:quoted.right_edge.i + 1]))
        said = trim(list(doc[clause.left_edge.i if clause is not saying else saying.i + 1:clause.right_edge.i + 1]))
        if not named or not said:
            continue
        mention = doc[named[0].i:named[-1].i + 1]
        source = token_chars(doc, offset, mention.start, mention.end)
        content = token_chars(doc, offset, said[0].i, said[-1].i + 1)
        read = [c for c in found if c.cue is not None and region[0] <= c.cue[0] and c.cue[1] <= region[1]]
        if not read:
            continue   # the tagger saw no report here
        outer = [c for c in read if c.start <= source[0] and content[0] < c.end]
        found = [c for c in found if c not in read or c in outer] + [Candidate(
            "indirect", [content], index, max(c.confidence for c in read), TAGGER,
            cue=token_chars(doc, offset, as_.i, saying.i + 1), source=source, source_mention=mention,
            cue_token=saying)]
    return sorted(found, key=lambda c: c.start)


def _mostly_inside(c: Candidate, t: Candidate) -> bool:
    """Whether most of ``c``'s content lies in ``t``'s and ``c`` is no report of its own in
    it: one report read twice ("expressed his hope that the talks would succeed": the
    tagger's "expressed", the rules' "hope" with its owner "his"), not a claim reported inside
    another ("Lavrov recalled the claims of Western partners that ...", "the companies said
    they rejected claims that ...", "Vreeswijk rejected the union's claim that ...": an owner no
    pronoun)."""
    shared = sum(max(0, min(e, f) - max(s, g)) for s, e in c.spans for g, f in t.spans)
    if shared <= 0.5 * sum(e - s for s, e in c.spans):
        return False
    nested = c.source is not None and (any(g <= c.source[0] and c.source[1] <= f for g, f in t.spans)
                                       or t.start <= c.source[0] and c.source[1] <= t.end and c.source != t.source) \
        and c.source_mention is not None \
        and (c.source_mention.root.dep_ != "poss" or c.source_mention.root.pos_ != "PRON")
    return not nested


def _end_before_a_new_quote(c: Candidate, quotes: Sequence[Quote], text: str) -> None:
    """A tagger content that runs on into a quote opening a new sentence after its cue
    ends before that quote, which the rules then read as a cue-less quote of the same
    speaker: ``noted that "A." "We hope B."`` -> ``that "A."``, then ``"We hope B."``."""
    for q in quotes:
        before = end_of_text_before(text, q.start)
        if not (q.opens_sentence and text[before - 1:before] in (".", "!", "?", '"', "”", "'")
                and q.start > c.cue[1]):
            continue
        for i, (start, end) in enumerate(c.spans):
            if start < q.start < end:
                c.spans[i] = (start, before)
                del c.spans[i + 1:]
                return


def _cut_off(c: Candidate, quote: Quote) -> bool:
    """Cut the fragments of a tagger content that run on into ``quote``, a quote opening a
    sentence in the next paragraph, as :func:`_end_before_a_new_quote` does within one: the
    rules then read it as a cue-less quote of the same speaker, not a second copy of it.
    Returns whether it did."""
    kept = [(s, e) for s, e in c.spans if e <= quote.start]
    if not (quote.opens_sentence and kept and c.cue is not None and quote.start > c.cue[1]):
        return False
    c.spans = kept
    return True


def _before_reports_after(t: Tagged, paragraph_starts: Sequence[int],
                          cues: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A tagged content without its fragments in paragraphs after its cue's that another
    tagged cue opens before them ('She said the city would open a shelter. // Residents
    described [fleeing in the dark ...]': the tagger gave the mayor the residents' account).
    ``cues``: every tagged cue of the article, sorted."""
    home = bisect.bisect_right(paragraph_starts, t.cue[0]) - 1
    kept = []
    for s, e in t.content:
        paragraph = bisect.bisect_right(paragraph_starts, s) - 1
        opened = paragraph > home and any(
            c != t.cue for c in cues[bisect.bisect_left(cues, (paragraph_starts[paragraph], -1)):
                                     bisect.bisect_left(cues, (s, -1))])
        if not opened:
            kept.append((s, e))
    return kept or t.content


def _whole_words(t: Tagged, text: str) -> None:
    """Widen the tagger's spans to whole words: a span may begin or end inside one where the
    wordpieces of a name split it ("[To]kura Masakazu" tagged from its second piece)."""
    t.content = [_word_span(text, s, e) for s, e in t.content]
    t.cue = _word_span(text, *t.cue)
    t.source = _word_span(text, *t.source) if t.source is not None else None


def _after_tag(source: Optional[CharSpan], text: str) -> Optional[CharSpan]:
    """A tagged source without the end of a bracketed tag it begins with: "Haedong shipyard
    union" of "(LEAD) Haedong shipyard union says ...", Yonhap's headline."""
    if source is None or ")" not in text[source[0]:source[1]] or "(" in text[source[0]:source[1]]:
        return source
    start = _SPACES.match(text, text.index(")", *source) + 1, source[1]).end()
    return (start, source[1]) if start < source[1] else None


def _in_capitals(t: Tagged, text: str) -> list[tuple[int, int]]:
    """A tagged content of a cue in capitals, a run-in head ("CONGRESS HAS INVESTIGATED HIM
    — Oz's dubious medical advice earned him ..."), ends with the capitals: the sentence after
    the dash is the writer's."""
    if not text[t.cue[0]:t.cue[1]].isupper():
        return t.content
    kept = []
    for start, end in t.content:
        lower = next((i for i in range(start, end) if text[i].islower()), None)
        if lower is None:
            kept.append((start, end))
            continue
        while lower > start and not text[lower - 1].isspace():
            lower -= 1   # (to the start of that word)
        while lower > start and (text[lower - 1].isspace() or text[lower - 1] in "—–-:"):
            lower -= 1
        if lower > start:
            kept.append((start, lower))
        break
    return kept or t.content


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return start, end


def _after_reports_before(t: Tagged, article: Article, content: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A tagged content without its fragments in paragraphs before its cue's where the cue's
    paragraph opens with a report, not with the rest of a quote: the tagger joins a quote
    paragraph to the report that opens the next one ("Every dollar in this budget has a
    purpose." // Opposition Leader Deborah Finnerty said the budget showed ...), which the
    rules then read as a cue-less quote of the speaker before. In PolNeAR's gold, a content
    reaches back into an earlier paragraph only where the cue's paragraph opens with more of
    it, before the cue (16 of 22,023: '"..." // "I will take that strength to Washington," he
    said.'); not '"..." // Not everyone agreed. "The fix was in," said Tom Baranski'."""
    start = article.paragraphs[t.paragraph].start
    before_cue = article.text[start:t.cue[0]]
    opening = t.cue[0] - len(before_cue.lstrip(' "“'))   # (after any opening quote mark)
    if any(s <= opening and start <= s < t.cue[0] for s, _ in content):
        return content
    return [(s, e) for s, e in content if e > start] or content


def _out_of_headings(t: Tagged, article: Article, starts: Sequence[int]) -> list[tuple[int, int]]:
    """A tagged content without what it holds of a headline or intertitle other than its
    cue's paragraph (unless that is all it holds): the tagger reads across paragraphs and
    takes the headline above a report as part of it (``Oil output steady`` + ``Oil Minister
    Al-Naimi said output would stay steady, SANA reported``)."""
    fragments = []
    for start, end in t.content:
        i = bisect.bisect_right(starts, start) - 1
        while i != t.paragraph and article.paragraphs[i].section in ("headline", "intertitle"):
            if i + 1 == len(starts) or starts[i + 1] >= end:
                break   # the fragment ends in the heading: left out below
            i += 1
            start = starts[i]
        if i == t.paragraph or article.paragraphs[i].section not in ("headline", "intertitle"):
            fragments.append((start, end))
    return fragments or t.content


def _candidate(t: Tagged, article: Article, docs: Sequence[Doc], index: int,
               lexicon: CueLexicon) -> Candidate:
    """A tagger attribution whose content begins in paragraph ``index``, with its cue token
    and source mention taken from the parse (the speaker resolver reads them). Where the
    tagger linked no source to the cue, the parse's source of the cue is taken
    (:func:`_parsed_source`)."""
    t = _told_first(_report_before(t, article, docs), article, docs)
    cue_doc, cue_offset = docs[t.paragraph], article.paragraphs[t.paragraph].start
    cue = cue_doc.char_span(t.cue[0] - cue_offset, t.cue[1] - cue_offset, alignment_mode="expand")
    cue_token = cue.root if cue is not None and len(cue) else None
    source, mention = t.source, None
    if source is not None and cue_token is not None and t.paragraph == article.paragraph_at(source[0]) \
            and source[0] >= cue_offset + cue_token.sent.end_char:
        # A source in a sentence after its cue's: "... Macron said Iran must return. [...],
        # according to the news agency AFP" is no AFP "said".
        source = None
    if source is not None and article.dateline is not None and (
            article.dateline.start <= source[0] < article.dateline.end
            or _own_correspondent(article.text[source[0]:source[1]], article.dateline.agency)):
        # The agency of the dateline says nothing itself: "(ANSA) - ROME, NOV 20 - Minister
        # Massimo Cerretani ... said" (the parse's subject is taken below), nor does its
        # reporter: "..., Nurlan Zhaksylykov said ..., a Kazinform News Agency correspondent reports."
        source = None
    if source is not None:
        at = article.paragraph_at(source[0])
        offset = article.paragraphs[at].start
        mention = docs[at].char_span(source[0] - offset, source[1] - offset, alignment_mode="expand")
        relative = _set_off_after(mention) if mention is not None else None
        if relative is not None:   # ("Justice Anne Wexley, with whom Justices Peter Gallard and
            # Simon Ng agreed, said": the justice; "The Mashhad prayer leader, for his part,")
            mention = docs[at][mention.start:relative - 1]
            source = _span_chars(mention, offset)
        whole = _cut_short(mention, cue_token) if mention is not None else None
        if whole is not None:
            mention = docs[at][mention.start:whole.i + 1]
            source = _span_chars(mention, offset)
        first = _first_conjunct(mention, cue_token) if mention is not None else None
        if first is not None:
            mention = docs[at][first.left_edge.i:mention.end]
            source = _span_chars(mention, offset)
        owner = _phrase_owner(mention, cue_token) if mention is not None else None
        if owner is not None:
            mention = docs[at][owner:mention.end]
            source = _span_chars(mention, offset)
        fronted = _fronted(mention, cue_token) if mention is not None else None
        if fronted is not None:
            mention = docs[at][fronted:mention.end]
            source = _span_chars(mention, offset)
        named = _named_after_participle(mention) if mention is not None else None
        if named is not None:
            mention, source = named, _span_chars(named, offset)
        issuer = _issued_for(mention, cue_token) if mention is not None and cue_token is not None else None
        if issuer is not None:
            mention, source = issuer, _span_chars(issuer, offset)
        if cue_token is not None and mention is not None:
            own = _own_subject(cue_token, mention)
            if own is not None:   # "Merkel told Putin that ..., spokesman Seibert said": Merkel told
                mention, source = own, _span_chars(own, cue_offset)
            elif _not_theirs(cue_token, mention, lexicon):
                mention, source = None, None
    elif cue_token is not None:
        mention = _parsed_source(cue_token, t, cue_offset, lexicon)
        source = _span_chars(mention, cue_offset)
    if cue_token is not None and quoted_as_saying(cue_token) is not None:
        # '"...," Kabar quoted Imanaliev as saying.': the one quoted, not the report
        mention = source_of(cue_token)
        source = _span_chars(mention, cue_offset)
    return Candidate("indirect", list(t.content), index, t.confidence, cue=t.cue, source=source,
                     source_mention=mention, cue_token=cue_token, construction=TAGGER)


def _told_first(t: Tagged, article: Article, docs: Sequence[Doc]) -> Tagged:
    """A tagged content that opens with the one a verb of saying before it addresses, tied
    to a later cue ("Weber told [Sokolov that violations had to stop], spokesman Karl Seibert
    said"), as the report of that verb: its clause, with the verb for the cue (its source is
    then the parse's); else ``t`` as it is."""
    at = article.paragraph_at(t.content[0][0])
    doc, offset = docs[at], article.paragraphs[at].start
    first = doc.char_span(t.content[0][0] - offset, t.content[0][0] - offset + 1, alignment_mode="expand")
    if first is None or not len(first):
        return t
    addressed, verb = first[0], first[0].head
    if addressed.dep_ not in ("dobj", "dative", "iobj") or verb.pos_ != "VERB" or verb.i > addressed.i \
            or verb.lemma_.lower() not in SAYING or t.cue[0] <= offset + verb.idx < t.cue[1]:
        return t
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > addressed.i), None)
    start = offset + doc[clause.left_edge.i].idx if clause is not None else None
    if start is None or not t.content[0][0] < start < t.content[0][1]:
        return t
    return replace(t, cue=(offset + verb.idx, offset + verb.idx + len(verb)), source=None, paragraph=at,
                   content=[(start, t.content[0][1]), *t.content[1:]])


def _report_before(t: Tagged, article: Article, docs: Sequence[Doc]) -> Tagged:
    """A tagged content that is only the one a verb of saying tells, where the verb's report
    stands before it: "Russia sees no basis ..., Deputy Foreign Minister Leonid Kozlov told
    [Izvestia]" is the clause before, up to its comma; else ``t`` as it is."""
    doc, offset = docs[t.paragraph], article.paragraphs[t.paragraph].start
    cue = doc.char_span(t.cue[0] - offset, t.cue[1] - offset, alignment_mode="expand")
    if cue is None or not len(cue) or cue.root.lemma_.lower() not in SAYING or len(t.content) != 1:
        return t
    verb = cue.root
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative", "iobj")
                 and offset + doc[c.left_edge.i].idx <= t.content[0][0]
                 and t.content[0][1] <= offset + doc[c.right_edge.i].idx + len(doc[c.right_edge.i])), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if told is None or clause is None:
        return t
    last = clause.right_edge
    while last.i > clause.left_edge.i and last.is_punct:
        last = doc[last.i - 1]
    return replace(t, content=[(offset + doc[clause.left_edge.i].idx, offset + last.idx + len(last))])


def _issued_for(mention: Span, cue: Token) -> Optional[Span]:
    """The subject of the cue's verb (or of the verb it is joined to), where the tagged source
    is the one who issued or signed the statement that verb says it spoke in, set off between
    them: "Governor Adekunle Olatunde Sowemimo, in a statement issued on his behalf by his Chief
    Press Secretary, Mr Tolulope Kayode Ajibade, commended ... and said" is the governor's;
    else None."""
    by = next((t for t in (mention.root, *mention.root.ancestors) if t.dep_ == "agent"), None)
    issued = by.head if by is not None else None
    document = issued.head if issued is not None and issued.dep_ == "acl" else None
    if document is None or document.lemma_.lower() not in _ISSUED or document.dep_ != "pobj" \
            or document.head.lower_ != "in" or document.head.head not in (cue, cue.head if cue.dep_ == "conj" else cue):
        return None
    verb = document.head.head
    subject = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < document.i), None)
    return mention.doc[subject.left_edge.i:subject.right_edge.i + 1] if subject is not None else None


def _named_after_participle(mention: Span) -> Optional[Span]:
    """The name set off after a tagged source that is only a participle opening its sentence
    ("[Cross-examining], Anil Sethi KC, defending, suggested"): the name; or the source after
    the participle's phrase it runs on from ("[Representing Pell, attorney Yvonne
    Castellanos] argued"); else None."""
    doc = mention.doc
    comma = next((t.i for t in mention if t.text == ","), None)
    if comma is not None and mention.start == mention.sent.start and comma + 1 < mention.end \
            and _participle(doc[mention.start:comma]) and (named := entity_at(doc[mention.start + 1])) is not None \
            and named.start == mention.start + 1 and named.end == comma:   # (the participle and its
        # object, a name: not the title "Leading Senior Constable Dean Whitford, of ...")
        return doc[comma + 1:mention.end]
    if mention.start != mention.sent.start or not _participle(mention) \
            or mention.end + 1 >= len(doc) or doc[mention.end].text != ",":
        return None
    name = doc[mention.end + 1]
    if name.ent_type_ != "PERSON" or name.ent_iob_ != "B":
        return None
    end = name.i
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[name.i:end + 1]


def _participle(phrase: Span) -> bool:
    """Whether ``phrase`` is a participle's ("Reporting from Darwan", "Asked about it"), also
    where the parse took a hyphenated one for a noun ("Cross-examining"); no empty phrase is."""
    return len(phrase) > 0 and (phrase[0].tag_ in ("VBG", "VBN") or (
        phrase[-1].lower_.endswith("ing") and not any(t.pos_ == "PROPN" for t in phrase)))


def _phrase_owner(mention: Span, cue: Optional[Token]) -> Optional[int]:
    """Where the noun starts whose "of" or "for" phrase a tagged source is, where that noun is
    the subject of the cue or the noun the cue describes: "Japan's state minister for [trade]
    describing"; None where the source is no such phrase."""
    root = mention.root
    if cue is None or root.dep_ != "pobj" or root.head.lower_ not in ("of", "for") or root.head.i != mention.start - 1:
        return None
    noun = root.head.head
    subject = noun.dep_ in ("nsubj", "nsubjpass") and noun.head in (cue, cue.head) \
        or cue.dep_ == "acl" and cue.head == noun
    return noun.left_edge.i if subject and noun.pos_ == "NOUN" else None


def _fronted(mention: Span, cue: Optional[Token]) -> Optional[int]:
    """Where the subject starts in a tagged source that took in a phrase set before it, up to
    its comma ("Outside parliament, Dr. Kavita Reddy, an economist at ...", "[Back in] Abuja,
    a senior central bank official, who ...", "Reporting from Deir el-Balah, Al Jazeera's Hind
    Khoudary"), which the parse may make the subject with the name its conjunct, or a place
    and its role, or where it took in the object of that phrase and the cue has no subject of
    its own ("Under questioning from [Cllr Ojo, the head of finance, Colm Breathnach,]
    conceded"); None where there is none."""
    comma = next((t.i for t in mention if t.text == ","), None)
    if comma is None or comma + 1 >= mention.end:
        return None
    before = mention.doc[mention.start:comma]
    root = mention.root
    if root.dep_ == "pobj" and root.head.i < mention.start and root.i < comma and root.head.lower_ != "by" \
            and root.head.head.lemma_.lower() != "accord" and any(t.ent_type_ == "PERSON" for t in before) \
            and mention.doc[comma + 1].pos_ in ("DET", "NOUN", "PROPN") \
            and cue is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return comma + 1   # the tagger took in the person a phrase set before the subject
        # names, which the parse lost: "Under questioning from [Cllr Ojo, the head of finance,
        # Colm Breathnach,] conceded"
    participle = _participle(before)   # "Reporting from ...", "Asked about ..."
    # (opened by a preposition or adverb, or a place alone after one the tagger left out:
    # "Back in [Abuja, ...]"; not "Russia, a close ally of Damascus, said")
    place = mention.start > 0 and mention.doc[mention.start - 1].pos_ == "ADP" \
        and (all(t.ent_type_ in ("GPE", "LOC") for t in before) or _adverbial(mention))
    if any(t.ent_type_ == "PERSON" for t in before) or not (
            participle or place or mention[0].pos_ in ("ADP", "ADV", "ADJ")) \
            or not participle and any(t.ent_type_ == "ORG" for t in before):
        return None
    after = mention.doc[comma + 1]
    person = next((t for t in mention if t.i > comma and t.ent_type_ == "PERSON"), None)
    if person is not None and person.i > comma + 2 and not participle and _adverbial(mention):
        # (past a place in apposition: "In Lemuria's capital, Vesna, the government
        # spokeswoman, Mira Dobrev, said")
        person = _compound_head(person)
        return person.left_edge.i if person.left_edge.i > comma else None
    # (after a participle's phrase anything is the subject: "Reporting from Darwan, Al
    # Jazeera's Hashem Ouda", a name spaCy typed an organisation; after a preposition's, a
    # name, also where the parse set it off from the phrase's noun: "Outside court, Detective
    # Sergeant Owain Pritchard of ...")
    apposed = any(t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.i < comma
                  for t in mention.doc[comma + 1:mention.end])
    named = participle or apposed or person is not None and (
        person.i <= comma + 2 or mention[0].pos_ == "ADP")
    return comma + 1 if named or after.lower_ in ("a", "an", "one") else None


def _adverbial(mention: Span) -> bool:
    """Whether ``mention`` opens with the object of a preposition left outside it that hangs
    on a verb after it: a phrase of place or time set before the subject."""
    before = mention.doc[mention.start - 1] if mention.start else None
    return before is not None and before.pos_ == "ADP" and before.head.pos_ == "VERB" \
        and before.head.i >= mention.end and mention.root.head.i == before.i


def _first_conjunct(mention: Span, cue: Optional[Token]) -> Optional[Token]:
    """The first of the names a tagged source is joined to, where the source leaves it out
    and it is the cue's subject: "Jeff Merkley (D-Ore.), [Sherrod Brown (D-Ohio) and Robert
    Menendez (D-N.J.)] all said"; None where there is none."""
    top = mention.root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    if top is mention.root or top.i >= mention.start or cue is None:
        return None
    return top if top.dep_ == "nsubj" and top.head.i == cue.i else None


def _compound_head(token: Token) -> Token:
    """The word a chain of compound or flat words after ``token`` ends in ("BBMP" -> "Murthy"
    of "BBMP counsel K. R. Srinivasa Murthy")."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token


def _set_off_after(mention: Span) -> Optional[int]:
    """Where a relative clause opened by a preposition, or a phrase of the verb's, set off by
    a comma opens inside a tagged source, after the one it is about ("Justice Anne Wexley,
    [with whom Justices Peter Gallard and Simon Ng]", "The Mashhad prayer leader, [for his
    part]"); None where none does (nor for "who", "whose": the resolver reads those, "the
    caucus, whose spokeswoman, lawmaker Ana Lucía Becerra Pinto,")."""
    return next((t.i for t in mention[2:] if mention.doc[t.i - 1].text == "," and t.dep_ == "prep"
                 and (t.i + 1 < mention.end and mention.doc[t.i + 1].tag_ in ("WP", "WDT")
                      or not mention.start <= t.head.i < mention.end)), None)


def _cut_short(mention: Span, cue: Optional[Token]) -> Optional[Token]:
    """The word after it that a tagged source belongs to, where it stops before it: the name
    its first words or its owner's name begin (the "Ms." of "Ms. Fitzgerald laughed", the
    "BBMP" of "BBMP counsel K. R. Srinivasa Murthy submitted"), the person's name it owns
    (the "China's" of "China's Ambassador Fu Congming struck a similar note, saying"), or the
    subject of the cue or of the clause the cue hangs from whose determiner or modifier it is
    (the "The" of "The government in Madrid has announced", "The Karnataka high" of "The
    Karnataka high court gave ..., warning that"); None where it does not."""
    root = mention.root
    if root.head.i < mention.end:
        return None
    if root.dep_ in ("compound", "flat"):
        top = _compound_head(root)
        return top if top.pos_ == "PROPN" else None
    if root.dep_ == "poss" and root.head.pos_ == "PROPN" and root.head.ent_type_ == "PERSON":
        return root.head
    if root.dep_ in ("det", "amod", "nmod") and cue is not None \
            and root.head.dep_ in ("nsubj", "nsubjpass") and root.head.head in (cue, cue.head):
        return root.head
    return None


def _subject_dependency(cue: Token, mention: Span) -> Optional[str]:
    """How ``mention`` is the subject of ``cue``: its own dependency on it ("he was asked":
    ``nsubjpass``), or that of the relative pronoun that stands for it in a relative clause
    of the cue ("Matt Lauer, who took heat for", "a gray sky that seemed to"), the noun a past
    participle cue describes ("developer accused of": its passive subject), or, for a
    past participle opening a clause of its own ("Asked about the bomb, Clinton said", "When
    pressed on why ..., the mother said"), the passive subject it is understood to have: the
    subject of the verb it hangs on. None if it is no subject of the cue."""
    root = mention.root
    if root.head.i == cue.i:
        return root.dep_
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i == root.i:
        return "nsubjpass"   # "Wind farm developer accused of misleading villagers"
    if cue.dep_ == "relcl" and cue.head.i == root.i:
        return next((t.dep_ for t in cue.children if t.tag_ in ("WP", "WDT")), None)
    # (a clause-opening participle the tagger may take for a past tense: "Asked whether ...")
    if cue.dep_ == "advcl" and cue.tag_ in ("VBN", "VBD") and root.head.i == cue.head.i and root.dep_ == "nsubj" \
            and not any(t.dep_.startswith("nsubj") for t in cue.children):
        return "nsubjpass"
    return None


# What is done to the subject of a cue, who then is spoken to or of, not the speaker: "she
# was asked", "he has been criticized for", "Suu Kyi has faced sharp criticism for".
_DONE_TO = {"ask", "tell", "warn", "press", "criticize", "criticise", "accuse", "label", "blame", "attack",
            "condemn", "slam", "fault", "question", "challenge", "rebuke", "ridicule", "praise",
            "name", "appoint", "elect"}   # ("was named the tournament's most outstanding player")
_RECEIVING = {"face", "draw", "receive", "come", "take", "attract", "earn", "suffer"}
_RECEIVED = {"criticism", "heat", "fire", "flak", "scrutiny", "backlash", "condemnation",
             "rebuke", "ridicule", "questions", "praise", "accusations", "complaints"}
# What renders another's words, "according to" which they were said: "an AFP translation".
_RENDERINGS = {"translation", "transcript", "transcription"}


# Cues of a reply, and of the question it answers: who asked speaks next in an exchange.
_REPLIES = {"reply", "respond", "answer", "retort", "counter"}
_QUESTIONS = {"ask", "press", "demand", "query", "question"}
# What a reporter does to a document it did not write: "a draft declaration, seen by Anadolu,".
_SEEN = {"see", "obtain", "review", "read", "examine", "view"}   # (not "published by": its author)


def seen_by(token: Token) -> bool:
    """Whether ``token`` names who saw a document rather than who wrote it: the agent of "seen",
    "obtained", "reviewed", "viewed", "read" or "examined" ("documents seen by the Guardian";
    not who read it out: "the indictment read out by the People's Procuratorate")."""
    verb = token.head.head   # (a verb, not the noun: "A review by the Assurance Office")
    return token.dep_ == "pobj" and token.head.lower_ == "by" and verb.lemma_ in _SEEN \
        and verb.pos_ == "VERB" and not any(t.dep_ == "prt" and t.lower_ == "out" for t in verb.children)


def _not_theirs(cue: Token, mention: Span, lexicon: CueLexicon) -> bool:
    """Whether the source the tagger or the parse gives ``cue`` says nothing of its own: the
    one the cue's act is done to ("Suu Kyi has faced sharp criticism for ..."), what seems
    so ("Republicans seem confident ...") or who saw the document that says it ("The draft
    declaration, seen by Anadolu, calls for ...") or the rendering of it read ("..., he said,
    according to an AFP translation from Arabic")."""
    return seen_by(mention.root) or _on_the_receiving_end(cue, mention) or _seeming(cue, mention, lexicon) \
        or _addressee(mention) or _called_on(cue, mention) \
        or cue.lemma_.lower() == "accord" and mention.root.lemma_.lower() in _RENDERINGS


def _called_on(cue: Token, mention: Span) -> bool:
    """Whether the tagger's source is the one a question or a request calls on by name, the
    cue's subject "you": "[Mr Ombati], can you explain why ..."."""
    return any(c.dep_ == "nsubj" and c.lower_ == "you" and not mention.start <= c.i < mention.end
               for c in cue.children) and mention.end <= cue.i


def _addressee(mention: Span) -> bool:
    """Whether the tagger's source is (a modifier of) the one a verb's act goes to, the
    object of its "to": "They sent a letter on Thursday to [Senate] leaders opposing ..." (not
    "according to")."""
    node = mention.root
    if node.dep_ in ("compound", "flat", "amod") and node.head.i >= mention.end:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.pos_ == "VERB" \
        and node.head.head.lemma_.lower() != "accord"


def _on_the_receiving_end(cue: Token, mention: Span) -> bool:
    """Whether the tagger's source is the one a cue's act is done to: the subject of a
    passive cue of asking or criticising ("was asked", "has been harshly criticized for"),
    or of a verb of receiving criticism ("faced sharp criticism for", "came under fire
    for", "took heat for"), or of a "told" that tells no one (a headline's passive). Of such
    cues PolNeAR's annotators give no source, or the agent. The tagger may take the
    criticism received for the cue ("has faced [sharp criticism for]")."""
    if cue.dep_ == "dobj" and cue.head.lemma_.lower() in _RECEIVING \
            and (cue.lemma_.lower() in _RECEIVED or cue.lower_ in _RECEIVED):
        return _subject_dependency(cue.head, mention) == "nsubj"
    subject = _subject_dependency(cue, mention)
    if subject not in ("nsubj", "nsubjpass"):
        return False
    if subject == "nsubjpass":
        return cue.lemma_.lower() in _DONE_TO
    if cue.lemma_.lower() == "tell" and not any(t.dep_ in ("dobj", "dative", "iobj") for t in cue.children) \
            and not any(t.ent_type_ == "PERSON" for t in mention):
        # told no one: a headline's passive ("Yarrabee residents told it is too late"; not a
        # person's telling whose hearers the parse took for a subject: "The union's president,
        # Karen Lafleur-MacDonald, told the roughly 900 delegates gathered at a hotel that")
        return True
    if cue.lemma_.lower() not in _RECEIVING:
        return False
    received = [t for t in cue.children if t.dep_ == "dobj"] + [   # "came under (withering) fire"
        o for p in cue.children if p.dep_ == "prep" and p.lower_ == "under" for o in p.subtree]
    return any(t.lemma_.lower() in _RECEIVED or t.lower_ in _RECEIVED for t in received)


def _seeming(cue: Token, mention: Span, lexicon: CueLexicon) -> bool:
    """Whether a cue of seeming has the tagger's source as its subject: what seems so is no
    one's statement ("it appeared that Trump was unable to ...", "Republicans seem confident",
    "the museum seemed to capture ..."), unless the subject seems to report something ("he
    appeared to suggest that ...", "appeared to endorse"): a verb that takes a reported
    clause or object (:meth:`CueLexicon.reporting`) at least :data:`SEEMING_TO_REPORT`."""
    return cue.lemma_.lower() in ("seem", "appear") \
        and _subject_dependency(cue, mention) in ("nsubj", "expl") \
        and not any(t.dep_ == "xcomp" and t.pos_ == "VERB"
                    and lexicon.reporting(cue_key(t)) >= SEEMING_TO_REPORT for t in cue.children)


# "suggest" 0.68, "deny" 0.55, "endorse" 0.46, "blame" 0.30; "capture", "be" 0.17, "want" 0.14.
SEEMING_TO_REPORT = 0.3


def _own_subject(cue: Token, mention: Span) -> Optional[Span]:
    """The subject of a verb cue, where the tagger gave the cue the subject of another verb
    of its sentence (in "Merkel told Putin that violations had to stop, spokesman Steffen
    Seibert said", ``told`` is Merkel's, not Seibert's) or the object of "according to", or a
    name inside an apposition to the cue's subject ("Even China, Pyongyang's only ally ...,
    said": China said, not
    Pyongyang; the apposition's own head, "spokesman, John Smith, said", stays)."""
    if cue.pos_ != "VERB" or mention.sent != cue.sent:
        return None
    taken = mention.root
    # (or the one "according to" names, who reports the cue's subject's words: '"...,"
    # Mousavi-Far said, according to IRNA')
    according = taken.dep_ == "pobj" and taken.head.lower_ == "to" and taken.head.head.lower_ == "according"
    if taken.dep_ == "nsubj" and taken.head.i != cue.i and taken.head.lemma_ in SAYING or according:
        subject = next((t for t in cue.children if t.dep_ == "nsubj"), None)
    else:
        own = source_of(cue)
        subject = own.root if own is not None else None
        # (the subject of the clause a report before it reports, "She noted that [the UAE] had
        # increased ..., adding that": she adds it; an apposition the parse may take for a
        # conjunct: "China, [Pyongyang's only ally]")
        reported_before = taken.dep_ == "nsubj" and taken.head.i == cue.head.i and second_report(cue)
        if not reported_before and (subject is None or not any(
                a.head.i == subject.i and a.i != taken.i and (
                    a.dep_ == "appos" or a.dep_ == "conj" and a.pos_ == "NOUN" and subject.pos_ == "PROPN")
                for a in (taken, *taken.ancestors))):
            return None
    if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON") or subject.lower_ == "it" \
            or subject.tag_ in ("WP", "WDT") or subject.i in range(mention.start, mention.end):
        return None
    own = source_of(cue)
    # (not one a quotation opens inside: the parse's subject of "urged" in "the council said
    # that a blanket ban "risks pushing trucks ..." and urged a pilot" is no one)
    return None if own is None or sum(t.text in QUOTE_MARKS for t in own) % 2 else own


def _parsed_source(cue: Token, t: Tagged, offset: int, lexicon: CueLexicon) -> Optional[Span]:
    """The source the parse gives the cue of a tagged attribution that has none
    (:func:`~quotegraph.attributions.sources.source_of`: ``May said ... and [suggested] that``
    -> ``May``), unless it overlaps the content or cue, is not the speaker of the cue
    (:func:`_not_theirs`), or is the subject of a passive cue, which names what is spoken
    of, not who speaks (``the bid was not accepted``). Of the 42 content matches on PolNeAR
    dev that lacked the gold source, 21 get it (5 a wrong one); 9 of the 39 that rightly had
    none get a wrong one."""
    mention = source_of(cue)
    if mention is None or mention.root.dep_ == "nsubjpass" or _not_theirs(cue, mention, lexicon):
        return None
    start, end = offset + mention.start_char, offset + mention.end_char
    if any(s < end and start < e for s, e in [*t.content, t.cue]):
        return None
    return mention


def _span_chars(span, offset: int):
    return (offset + span.start_char, offset + span.end_char) if span is not None else None
