"""One function per attribution construction, each over a parsed paragraph.

Every function returns :class:`~quotegraph.attributions.candidate.Candidate` objects with
character offsets into the article text; :func:`quotegraph.attributions.find_attributions`
combines them.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Collection, Iterable, Iterator, Optional, Sequence

from spacy.tokens import Doc, Span, Token

from quotegraph.attributions.candidate import Candidate
from quotegraph.attributions.frames import (CUE_POS, content_frames, cue_key, end_of_text_before,
                                             relative_clause, token_chars)
from quotegraph.attributions.lexicon import CueLexicon
from quotegraph.attributions.quotes import Quote
from quotegraph.attributions.registry import CLAIM, CLAIM_OBJECT, COLON, CUE_FRAME, REMAINDER
from quotegraph.attributions.sources import SAYING, source_of
from quotegraph.nlp import QUOTE_MARKS, first_token_from, tokens_ending_by
from quotegraph.structure import Article


def _inside(position: int, quotes: list[Quote]) -> bool:
    return any(q.start < position < q.end for q in quotes)


# Subjects that are not someone saying something: "this may signal that ...".
NON_SPEAKERS = {"this", "that", "these", "those", "which", "what"}


def cue_frame_attributions(doc: Doc, offset: int, paragraph: int, lexicon: CueLexicon,
                           quotes: list[Quote]) -> list[Candidate]:
    """Reported speech, belief and claims found through the learned cue frames.

    ``Lavrov said that the talks failed.`` gives content ``that the talks failed``, cue
    ``said``, source ``Lavrov``; ``The talks failed, Lavrov said.`` and ``According to
    Lavrov, the talks failed.`` work the same way. Cues inside a direct quote are skipped:
    what a speaker reports within their own quote stays part of that quote.
    """
    found = []
    end = offset + len(doc.text)
    quotes = [q for q in quotes if q.start < end and q.end > offset]   # (this paragraph's)
    for token in doc:
        if token.pos_ not in CUE_POS or _inside(offset + token.idx, quotes):
            continue
        key = cue_key(token)
        readings = _claims(token, lexicon) or [
            (lexicon.precision(key, rel), spans, CUE_FRAME, rel)
            for rel, spans in (content_frames(token) if key in lexicon.cues else ())
            if lexicon.accepts(key, rel)] + _remainder(token, lexicon)
        if not readings:
            continue
        # The surest; ties go by spans, then by name (``Candidate.found_by``): the choice the
        # scorer was trained on.
        precision, spans, construction, frame = max(readings, key=lambda r: (r[0], r[1], r[3] or r[2]))
        cue_end = token.i + 1
        if key == "accord|VERB" and cue_end < len(doc) and doc[cue_end].lower_ == "to":
            cue_end += 1
        mention = source_of(token)
        if mention is not None and len(mention) == 1 and mention[0].lower_ in NON_SPEAKERS:
            continue
        found.append(Candidate(
            kind="indirect", spans=[token_chars(doc, offset, s, e) for s, e in spans], paragraph=paragraph,
            confidence=precision, cue=token_chars(doc, offset, token.i, cue_end),
            source=token_chars(doc, offset, mention.start, mention.end) if mention is not None else None,
            source_mention=mention, cue_token=token, construction=construction, frame=frame))
    return _merge_light_verbs(found)


# A cue's possible content: (precision, token spans, construction id, cue frame or "").
_Reading = tuple[float, list[tuple[int, int]], str, str]


def _claims(token: Token, lexicon: CueLexicon) -> list[_Reading]:
    """A claim noun with its that-clause, read off word order (the small parser often
    attaches the clause elsewhere): ``the claims of Western partners [that there are ...]``,
    and a cue verb whose object is such a noun: ``recalled [the claims of ... that ...]``.
    Either takes precedence over the cue frames.
    """
    if token.pos_ == "NOUN":
        that = _that_clause(token, lexicon)
        if that is None:
            return []
        return [(lexicon.precision(cue_key(token), "child:acl"), [(that.i, _trimmed_end(token.sent))],
                 CLAIM, "")]
    objects = [child for child in token.children
               if token.pos_ == "VERB" and child.dep_ == "dobj" and _that_clause(child, lexicon)]
    if not objects:
        return []
    reporting, sentence_end = lexicon.reporting(cue_key(token)), _trimmed_end(token.sent)
    return [(reporting, [(child.left_edge.i, sentence_end)], CLAIM_OBJECT, "") for child in objects]


def _remainder(token: Token, lexicon: CueLexicon) -> list[_Reading]:
    """A speech verb takes the rest of its sentence, as headlines are written, unless a cue
    frame is surer: ``Lavrov says [US, allies not seeking separation ...]``.
    """
    if token.pos_ != "VERB" or token.dep_ != "ROOT":
        return []
    speech = lexicon.precision(cue_key(token), "child:ccomp")
    if speech < SPEECH_VERB_PRECISION or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in token.children):
        return []
    sentence_end = _trimmed_end(token.sent)
    if sentence_end - token.i > 3 and any(t.pos_ in ("VERB", "AUX") for t in token.doc[token.i + 1:sentence_end]):
        return [(speech * 0.8, [(token.i + 1, sentence_end)], REMAINDER, "")]
    return []


# A verb that reports what follows it at least this often (say, tell, add, note, argue...).
SPEECH_VERB_PRECISION = 0.5
# How far after a claim noun its that-clause may begin ("claims of Western partners that").
_THAT_WINDOW = 6


def _that_clause(noun: Token, lexicon: CueLexicon) -> Optional[Token]:
    """The ``that`` opening the clause a claim noun (claim, belief, doubt) introduces."""
    # Any noun seen introducing attributed that-clauses in training qualifies: the surface
    # pattern is far more specific than the acl frame it is counted under.
    if noun.pos_ != "NOUN" or not lexicon.seen(cue_key(noun), "child:acl"):
        return None
    doc = noun.doc
    for token in doc[noun.i + 1:min(len(doc), noun.i + _THAT_WINDOW + 1)]:
        if token.lower_ == "that" and token.dep_ == "mark":
            return None if relative_clause(token.head) else token
        if token.is_punct or token.pos_ in ("VERB", "CCONJ"):   # (not a second that-clause of the
            return None   # verb: "understood Germany's concerns about migration but that ...")
    return None


def _trimmed_end(sentence: Span) -> int:
    end = sentence.end
    while end > sentence.start and sentence.doc[end - 1].is_punct \
            and sentence.doc[end - 1].text not in QUOTE_MARKS:
        end -= 1
    return end


def _merge_light_verbs(found: list[Candidate]) -> list[Candidate]:
    """``Lavrov voiced doubt that ...``: one attribution with cue ``voiced doubt``.

    A claim noun whose source is its verb's subject, object of the verb right before it, is a light
    verb construction: the verb's candidate is dropped and its cue and source move to the
    noun's. A noun with its own source (``claims of Western partners``) stays a nested claim.
    """
    by_cue = {c.cue: c for c in found}
    dropped = set()
    for c in found:
        noun = c.cue_token
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
            continue
        verb = noun.head
        offset = c.cue[0] - noun.idx
        verb_cue = (offset + verb.idx, offset + verb.idx + len(verb))
        verb_candidate = by_cue.get(verb_cue)
        if verb.i < noun.i <= verb.i + 3 and verb_candidate and verb_candidate.source == c.source:
            c.cue = (verb_cue[0], c.cue[1])
            c.take_source(verb_candidate)
            c.confidence = max(c.confidence, verb_candidate.confidence)
            dropped.add(id(verb_candidate))
    return [c for c in found if id(c) not in dropped]
def nearby_cue(doc: Doc, offset: int, quote: Quote, lexicon: CueLexicon) -> Optional[Token]:
    """A cue word right after (or else right before) a quote in its sentence.

    ``"We will win," the senator told reporters.`` -> told. Used for quotes the parse did not
    attach to a cue; only verbs the lexicon knows as cues, only outside the quote.
    """
    # A quote closed by a full stop ends its sentence: what follows is a new one.
    ends_sentence = quote.inner.endswith(".")
    first_after = first_token_from(doc, quote.end - offset)
    after = [] if ends_sentence else doc[first_after:first_after + NEARBY_TOKENS]
    last_before = tokens_ending_by(doc, quote.start - offset)
    before = doc[max(last_before - NEARBY_TOKENS, 0):last_before]
    if len(before) and before[-1].text == ":":   # (a quote a colon opens: only the clause before the
        # colon, not a verb of the question asked before it: 'Asked whether pressure had played any
        # part, Orazov was brief: "..."')
        before = before[next((t.i + 1 - before.start for t in reversed(before) if t.text == ","), 0):]
    for window in (_until_sentence_end(after), reversed(list(_until_sentence_end(reversed(before))))):
        for token in window:
            if token.pos_ == "VERB" and cue_key(token) in lexicon.frames:
                return token
    return None


# How far from a quote its cue may lie, in tokens of the same sentence.
NEARBY_TOKENS = 8


def _until_sentence_end(tokens: Iterable[Token]) -> Iterator[Token]:
    for token in tokens:
        if token.text in (".", "!", "?") or token.text in ("“", "\""):
            return
        yield token


# A transcript line may itself be quoted: ``"WALLACE: If I may, sir, ...``; a name may have
# letters beyond ASCII: ``Ertuğrul: Every operator ...``; Folha's interviews set a dash after
# the name: ``Almeida Prado — Because the bill arrives now.``
_TRANSCRIPT = re.compile(r"(?:[\"“]\s*)?((?:[^\W\d_]|[.'’\- ]){2,41}?)(:|[ ][—–])\s+\S")


def colon_attribution(doc: Doc, offset: int, paragraph: int, section: str,
                      surnames: set[str], openers: Collection[str] = frozenset()) -> Optional[Candidate]:
    """Transcript and headline colon style: ``PENCE: We will win.``, ``Pence: Flowers won't be at
    debate``, an interview's ``Haugland: Our parliament has approved ...``, ``Merkel to Putin:
    ...`` and ``Johnson tells BBC: ...`` (the speaker is the one before "to" or "tells"), and a
    headline that ends in its speaker's name: ``No deal without Ankara: Erdogan``, or after a
    dash in the surname of a person the article names: ``... key partner - Ryzhkevich``.

    The name must be proper nouns (not an organisation or place), or the surname of a person
    named in the article (``surnames``), or written in capitals as transcripts do; ``Poll:
    voters abandon party`` is not one. A line with a dash for the colon, ``Almeida Prado —
    Because ...``, only where the name's last word is one of the interview's ``openers``
    (:func:`line_openers`).
    """
    if section == "headline":
        m = _NAME_LAST.match(doc.text)
        if m and m.group(2) != ":" and m.group(3).split()[-1] not in surnames:
            m = None   # (after a dash, only the surname of a person the article names: "Belarus
            # sees China as key partner - Ryzhkevich", not "Brexit talks - Live")
        if m and _named(doc, m.start(3), m.end(3), surnames):
            return _colon(doc, offset, paragraph, (m.start(1), m.end(1)), (m.start(3), m.end(3)),
                          (m.end(2) - 1, m.end(2)))   # (the mark: the cue)
        m = _ROLE_LAST.match(doc.text)
        if m and doc.char_span(m.start(3), m.end(3)) is not None:
            # "China ready to deepen cooperation with ASEAN: FM spokesperson", "... - sources"
            # (not a dash the tokens hold: "... by Christmas -union")
            return _colon(doc, offset, paragraph, (m.start(1), m.end(1)), (m.start(3), m.end(3)),
                          (m.end(2) - 1, m.end(2)), kind="indirect")   # (the mark: the cue)
    m = _TRANSCRIPT.match(doc.text)
    m = m if m and m.group(1)[0].isupper() else None
    if m and m.group(2) != ":" and m.group(1).split()[-1] not in openers:
        m = None   # (a dash only after a name that opens two lines or more so, not an aside's:
        # "Gingrich — never one to hold back — spoke")
    # (in the body, a name in capitals, or the surname of a person the article names, alone or
    # with the given name, as an interview's lines are written: "Haugland: Our parliament has
    # approved ...", "Han Zhiyuan: Construction of the Chinese section is ahead of schedule.")
    if not m or (section != "headline" and not m.group(1).isupper()
                 and not (m.group(1).split()[-1] in surnames and len(m.group(1).split()) <= 3
                          and all(w[:1].isupper() for w in m.group(1).split()))):
        return None   # (not a sentence up to a colon: "Fox News' Lauren Pike pressed Ames:")
    source, cue = (m.start(1), m.end(1)), (m.end(2) - 1, m.end(2))
    addressed = _ADDRESSED.match(m.group(1)) if section == "headline" else None
    if addressed:
        source = (m.start(1), m.start(1) + addressed.end(1))
        if addressed.group(2) != "to":
            cue = (m.start(1) + addressed.start(2), m.start(1) + addressed.end(2))
    if not m.group(1).isupper() and not _named(doc, *source, surnames):
        return None
    if section == "headline" and any(t.idx > m.end() and t.lemma_.lower() in SAYING and any(
            s.dep_ in ("nsubj", "nsubjpass") for s in t.children) for t in doc):
        return None   # (a kicker before a headline that says who says: "Burkina Faso: Labour
        # minister says strike is illegal in time of war")
    return _colon(doc, offset, paragraph, (m.end() - 1, len(doc.text)), source, cue)


# "Merkel to Putin", "Johnson tells BBC": the speaker and whom they address.
_ADDRESSED = re.compile(r"(.+?)\s+(to|tells|warns|urges)\s+\S.*$")
# What a headline says, then the colon or dash before who said it (after a kicker before a
# quote, no part of it: "Niger: 'They were given every chance' - communication minister").
_SAID_THEN = r"(?:[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,2}:\s+(?=[\"“‘']))?(.{12,}?)(:|\s[-–—―])\s*"
# A headline whose last words, after a colon (or a dash), name its speaker.
_NAME_LAST = re.compile(_SAID_THEN + r"([A-Z][\w.'’\-]+(?: [A-Z][\w.'’\-]+){0,3})\s*$")
# A headline whose last words, after a colon or a dash, say who spoke without a name: a
# role or anonymous sources, maybe with an abbreviated body or an adjective ("FM spokesperson",
# "senior officials"); the body's words are the report, not a quote.
_ROLE_LAST = re.compile(_SAID_THEN + r"((?:[A-Z]{2,5}\s+|[a-z]+\s+){0,2}(?:spokesperson|spokesman|"
                        r"spokeswoman|sources?|officials?|minister|ministry|diplomats?|envoy|lawmakers?|"
                        r"union|governor|akim|mayor|president|premier|chief|ceo|police|prosecutors?|"
                        r"regulator|court|commission|company|analysts?))\s*$")


def line_openers(article: Article) -> set[str]:
    """The last words of the names that open two or more of the body's paragraphs before a
    colon (or a dash), as an interview's lines are written, whatever the recogniser typed them
    ("Põldsaar: No. ..." and "Põldsaar: Edgars and I have a good relationship."; not "Q:" and
    "Answer:", which :func:`interview_lines` reads)."""
    openers = Counter(m.group(1).split()[-1] for p in article.paragraphs if p.section == "body"
                      for m in [_TRANSCRIPT.match(article.text, p.start, p.end)] if m and m.group(1)[:1].isupper())
    return {name for name, count in openers.items() if count >= 2 and name not in INTERVIEW_MARKS}


def _named(doc: Doc, start: int, end: int, surnames: set[str]) -> bool:
    mention = doc.char_span(start, end, alignment_mode="expand")
    return mention is not None and mention[0].lower_ not in STORMS and (
        all(t.pos_ == "PROPN" and t.ent_type_ in ("", "PERSON") for t in mention)
        or mention.text.split()[-1] in surnames)


# The words a storm's name follows, no one's title: "Storm Idris: Gusts of 90mph likely".
STORMS = frozenset({"storm", "hurricane", "typhoon", "cyclone"})


# Nouns for the talk itself, no one who answers in it: "Towards the end of the interview, the
# exchange turned sharp:".
_EXCHANGES = {"exchange", "interview", "conversation", "discussion", "debate", "session", "tone", "mood"}


def interview_lines(article: Article, docs: Sequence[Doc]) -> dict[int, Candidate]:
    """Q&A interview style: every ``A:`` paragraph is the interviewee's, the person the
    paragraph right before its run of questions and answers has for a subject ("Kaneko then
    took questions from reporters."), or the role it has for one ("Responding to questions
    from journalists, the minister said:"), or the person it names first where the parse gave
    its verb no subject; else the person the text names first before the first
    question (``Dr Nasrin al-Farsi is a climate scientist ... // Q: How confident are you? //
    A: Very confident, unfortunately.``), by paragraph index (``docs``: the parsed
    paragraphs); a line opened by a dash is a question where it ends in "?" and the answer
    where the question is the paragraph before it, as Russian agencies print interviews (or
    a run printed with no marks at all: :func:`_unmarked_lines`); none
    where the text has fewer than two questions and two answers, or names no one before them.
    Every ``Q:`` paragraph is the questioner's where that paragraph names one
    (:func:`_examination`: "Under questioning by Okafor, Ruelas described the call:"); a
    questioner set as the subject ("Moriarty, on cross-examination, pressed Santos about ...:")
    gives the interviewee as the one questioned."""
    text, paragraphs = article.text, article.paragraphs
    marked = [(i, _QUESTION.match(text, p.start, p.end), _ANSWER.match(text, p.start, p.end))
              for i, p in enumerate(paragraphs)]
    # (and lines opened by a dash, as Russian agencies print interviews: a question ends in
    # "?", its answer is the next paragraph: "– Is a new round planned? // – Tentatively in
    # early summer, possibly in Vienna.")
    dashed = [_DASHED.match(text, p.start, p.end) for p in paragraphs]
    for i, p in enumerate(paragraphs):
        if dashed[i] and not (marked[i][1] or marked[i][2]):
            asked = text[p.start:end_of_text_before(text, p.end)].endswith("?")
            answers = i and dashed[i - 1] and not marked[i - 1][2] and marked[i - 1][1] is dashed[i - 1]
            marked[i] = (i, dashed[i] if asked else None, dashed[i] if answers and not asked else None)
    if not any(question or answer for _, question, answer in marked):
        _unmarked_lines(article, docs, marked)
    questions = [(i, question) for i, question, _ in marked if question]
    answers = [(i, answer) for i, _, answer in marked if answer]
    if len(questions) < 2 or len(answers) < 2:
        return {}
    intro = next((ent for i in range(questions[0][0]) if paragraphs[i].section != "headline"
                  for ent in docs[i].ents if ent.label_ == "PERSON"), None)
    if intro is None:
        return {}
    # The interviewee of each run of questions and answers (an article may hold two): a
    # person's name, or a word of one the text gives ("Kaneko", "Choi" of "Choi Min-ah"), as
    # the subject before it or set off by it ("Its chairman, Chen Yutong, spoke to China Daily").
    names = {t.text for doc in docs for e in doc.ents if e.label_ == "PERSON" for t in e if t.is_title}
    # (and a family name the recogniser left before the rest: the "Ng" of "Ng Wei Liang")
    names |= {doc[e.start - 1].text for doc in docs for e in doc.ents if e.label_ == "PERSON" and e.start
              and doc[e.start - 1].pos_ == "PROPN" and doc[e.start - 1].ent_iob_ == "O"
              and doc[e.start - 1].is_title and e.start <= doc[e.start - 1].head.i < e.end}
    # (and a name that says something elsewhere, whatever it was typed: '"...," Poudel said' of
    # "Lakshman Sharma Poudel", typed an organisation)
    names |= {t.text for doc in docs for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.is_title
              and t.head.lemma_.lower() in SAYING and t.ent_type_ != "GPE"}

    def subject(doc: Doc, skip: Optional[Span]) -> Optional[Span]:
        # (the main verb's first: "'Huangyan Dao is China's territory,' spokesperson Lin Haoran
        # told a regular press briefing"; not the questioner, ``skip``)
        subjects = sorted((t for t in doc if t.dep_ in ("nsubj", "nsubjpass")), key=lambda t: t.head.dep_ != "ROOT")
        return next((doc[w.i:w.i + 1] for t in subjects for w in (t, *(a for a in t.children if a.dep_ == "appos"))
                     if (w.ent_type_ == "PERSON" or w.text in names) and not (skip and skip.start <= w.i < skip.end)),
                    None)

    def described(doc: Doc) -> Optional[Span]:
        # (a role the speaker resolver reads: "Responding to questions from journalists, the
        # minister said:", "..., the returning officer was asked about 14 forms"; not "The
        # following is an excerpt")
        return next((doc[t.left_edge.i:t.i + 1] for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                     and t.head.pos_ == "VERB" and t.pos_ == "NOUN" and t.lemma_.lower() not in _EXCHANGES
                     and any(d.dep_ == "det" and d.lower_ == "the" for d in t.children)), None)

    def named(doc: Doc, skip: Optional[Span]) -> Optional[Span]:
        # (the person it names first where the parse found no subject: "In an interview with
        # Yonhap News Agency, Choi Eun-ha, head of the civic group ..., said")
        return next((e for e in doc.ents if e.label_ == "PERSON" and not (skip and skip.start <= e.start < skip.end)),
                    None)

    interviewee, questioner, current, asking = {}, {}, intro, None
    briefed: dict[str, Span] = {}   # an occasion's word -> the subject of the last paragraph naming it
    for i, question, answer in marked:
        if i and (question or answer) and not (marked[i - 1][1] or marked[i - 1][2]):
            # (or, where that paragraph names the occasion and no one, the subject of the
            # paragraph before it, else of the nearest before that names the occasion too:
            # "Asked about a joint statement, Liu said ... . // The following is an excerpt
            # from the briefing:", "spokesperson Lin Haoran told a regular press briefing ...
            # // ... the spokesperson said ... // The following is part of the exchange at
            # the briefing:")
            asking, questioned = _examination(docs[i - 1], names)
            occasion = {t.lemma_.lower() for t in docs[i - 1]} & _OCCASIONS
            host = next((docs[i - 1][t.i if t.dep_ == "poss" else t.left_edge.i:t.i + 1] for t in docs[i - 1]
                         if (t.dep_ == "poss" and t.head.lemma_.lower() in _OCCASIONS
                             or t.dep_ == "pobj" and t.head.lower_ == "with"
                             and t.head.head.lemma_.lower() in _OCCASIONS)
                         and (t.ent_type_ == "PERSON" or t.text in names)),
                        None)   # ("Below is an edited excerpt of Mr Yeo's doorstop interview.", "The
            # following are edited excerpts from the interview with Kenji Sato.")
            current = questioned or host or subject(docs[i - 1], asking) or described(docs[i - 1]) \
                or named(docs[i - 1], asking) \
                or (occasion and i > 1 and paragraphs[i - 2].section != "headline" and subject(docs[i - 2], None)) \
                or next((briefed[word] for word in sorted(occasion) if word in briefed), intro)
        interviewee[i], questioner[i] = current, asking
        occasion = {t.lemma_.lower() for t in docs[i]} & _OCCASIONS \
            if paragraphs[i].section != "headline" and not (question or answer) else set()
        found = subject(docs[i], None) if occasion else None
        if found is not None:
            briefed.update(dict.fromkeys(occasion, found))
    # As PolNeAR annotates them: the colon the cue, the "A" the source, which stands for the
    # person named (the mention the speaker resolver reads); the same for a "Q".
    lines = [(i, answer, interviewee[i]) for i, answer in answers] + \
        [(i, question, questioner[i]) for i, question in questions
         if questioner[i] is not None]
    ends = {i: end_of_text_before(text, paragraphs[i].end) for i, _, _ in lines}
    at = {id(doc): paragraph.start for doc, paragraph in zip(docs, paragraphs)}

    def marks(mark: re.Match, speaker: Span) -> dict:
        if mark.end() > mark.start():
            return {"cue": mark.span(2), "source": mark.span(1)}
        # (a line with no mark: the one named before it is the source, with no cue)
        return {"cue": None, "source": (at[id(speaker.doc)] + speaker.start_char, at[id(speaker.doc)] + speaker.end_char)}

    return {i: Candidate(kind="direct", spans=[(mark.end(), ends[i])], paragraph=i, confidence=0.8,
                         source_mention=speaker, construction=COLON, **marks(mark, speaker))
            for i, mark, speaker in lines if ends[i] > mark.end()}


# The double quotation marks whose presence makes a paragraph quote someone (not an apostrophe).
_DOUBLE_MARKS = '"“”«»'
# A paragraph opened by a name and a colon, as an interview's lines by name are printed.
_LINE_BY_NAME = re.compile(r"(?:\S+ ){0,4}\S+:\s")
# Where a paragraph of an interview printed with no marks opens: a question, or its answer.
_UNMARKED = re.compile(r"()()(?=\S)")


def _plain(article: Article, index: int) -> bool:
    """Whether paragraph ``index`` is of the body and quotes no one, nor opens as a line by
    name ("Bloomberg: Where would ...?")."""
    p, text = article.paragraphs[index], article.text
    return p.section == "body" and not any(mark in text[p.start:p.end] for mark in _DOUBLE_MARKS) \
        and _LINE_BY_NAME.match(text, p.start, p.end) is None


def lone_question(article: Article, index: int) -> bool:
    """Whether paragraph ``index`` is a question of the body that quotes no one: a reporter's
    ("And the shilling?", an interview's question printed with no marks)."""
    p = article.paragraphs[index]
    return _plain(article, index) and article.text[p.start:end_of_text_before(article.text, p.end)].endswith("?")


def _unmarked_lines(article: Article, docs: Sequence[Doc], marked: list) -> None:
    """Mark in ``marked`` (paragraph index, question, answer) the lines of an interview printed
    with no marks, as Portuguese and Indian papers print short ones: a paragraph of a question
    (ending in "?", quoting nothing) and the next its answer (no question, quoting nothing; or
    one quote and nothing else, as East African papers print them),
    two such pairs at least, the first right after a paragraph that names the occasion or
    says one was asked ("In a brief interview, Mr. Suresh Kumar was asked whether ... . //
    Will the board move to digital distribution? // We are studying ...")."""
    text, paragraphs = article.text, article.paragraphs

    def quoted(i: int) -> bool:   # (or an answer that is one quote and nothing else: "“Some are,
        # some are not. We have fined two companies this year.”")
        p = paragraphs[i]
        line = text[p.start:p.end].rstrip()
        return p.section == "body" and line[:1] in _DOUBLE_MARKS and line[-1:] in _DOUBLE_MARKS \
            and sum(line.count(mark) for mark in _DOUBLE_MARKS) == 2

    pairs = [i for i in range(1, len(paragraphs) - 1)
             if lone_question(article, i) and (_plain(article, i + 1) and not lone_question(article, i + 1)
                                               or quoted(i + 1))]
    runs, run = [], []
    for i in pairs:
        if run and i != run[-1] + 2:
            runs.append(run)
            run = []
        run.append(i)
    runs.append(run)
    for run in runs:
        if len(run) < 2 or lone_question(article, run[0] - 1) or not any(
                t.lemma_.lower() in _OCCASIONS | {"ask"} for t in docs[run[0] - 1]):
            continue
        for i in run:
            marked[i] = (i, _UNMARKED.match(text, paragraphs[i].start), None)
            marked[i + 1] = (i + 1, None, _UNMARKED.match(text, paragraphs[i + 1].start))


def _examination(doc: Doc, names: set[str]) -> tuple[Optional[Span], Optional[Span]]:
    """Who asks the questions of a run of questions and answers that ``doc`` (the paragraph
    before it) introduces, and who answers them where the paragraph says so: the person after
    "by" of a word of questioning ("Under questioning by Okafor", "Questioned by Deputy District
    Attorney Karen Liu-Hadley", "Under cross-examination by ..."), or the subject and the
    object of a verb of it ("Moriarty, on cross-examination, pressed Santos about ...",
    "Rappler reached Dimaano by phone", "Kathimerini spoke to Giorgos Papageorgiou"), or the
    subject of one in the passive ("Ong was asked about ...")."""
    def person(token: Token, named: bool = False) -> Optional[Span]:
        if token.ent_type_ == "PERSON":
            return next(e for e in doc.ents if e.start <= token.i < e.end)
        if token.text in names or named and token.pos_ == "PROPN" and token.text[:1].isupper():
            start = token.i   # (with the words of the name before it: "prosecutor Renata Okafor")
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper():
                start -= 1
            return doc[start:token.i + 1]
        return None

    def set_off(token: Token) -> Optional[Span]:
        end = token.right_edge.i + 1
        return person(doc[end + 1]) if end + 1 < len(doc) and doc[end].text == "," \
            and doc[end + 1].ent_iob_ == "B" else None

    for t in doc:
        if t.lower_ == "by" and t.head.lemma_.lower() in _EXAMINING:
            # (whatever the recogniser typed the name after "by": "Renata Okafor" a place)
            # (or the name set off after the noun there: "Under cross-examination by the
            # petitioner's lawyer, Zablon Mokaya Nyangau,")
            found = next((person(o, named=True) or set_off(o) for o in t.children if o.dep_ == "pobj"), None)
            if found is not None:
                return found, None
        if t.pos_ == "VERB" and t.lemma_.lower() in _EXAMINING:
            # (the asker may be a publication: "Rappler reached Dimaano by phone")
            asker = next((person(s, named=True) for s in t.children if s.dep_ == "nsubj"), None)
            asked = next((person(o) for o in t.children if o.dep_ == "dobj"), None)
            if asker is not None and asked is not None:
                return asker, asked
            # (or, asked in the passive by no one named, the one asked: "In a brief interview
            # with Khmer Times, Ong was asked about the powers of the new body.")
            asked = next((person(s, named=not any(d.dep_ == "det" for d in s.subtree))
                          for s in t.children if s.dep_ == "nsubjpass"), None)   # (a name, not
            # a description: "the former Hibernian forward was asked about his future")
            if asked is not None and not any(c.lower_ == "by" for c in t.children):
                return None, asked
        if t.pos_ == "VERB" and t.lemma_.lower() in _CONVERSING:
            # (or the one a publication spoke to, whose role it sets off: "Kathimerini spoke to
            # Giorgos Papageorgiou, president of the Thessaly Livestock Breeders' Union."; not
            # one who spoke to a paper or its reporter: "Kipp spoke with USA TODAY", "Carrow
            # spoke with CNBC's Mark Delacroix"); a publication by "the" may speak to one
            # named alone ("The Herald spoke to Marsters-Grey after the speech.")
            subjects = [s for s in t.children if s.dep_ == "nsubj"]
            asker = next((person(s, named=True) for s in subjects), None)
            publication = any(s.pos_ == "PROPN" and any(d.dep_ == "det" and d.lower_ == "the" for d in s.children)
                              for s in subjects)
            asked = next((person(o, named=True) for p in t.children
                          if p.dep_ == "prep" and p.lower_ in ("to", "with") for o in p.children
                          if o.dep_ == "pobj" and (publication or any(a.dep_ == "appos" and a.pos_ == "NOUN"
                                                                      for a in o.children))
                          and not any(a.dep_ == "poss" for a in o.children)), None)
            if asker is not None and asked is not None:
                return asker, asked
    return None, None


# The words of talking with one whose answers follow.
_CONVERSING = {"speak", "talk"}


# The words of putting questions to a witness or an interviewee.
_EXAMINING = {"question", "questioning", "examine", "examination", "cross-examine", "cross-examination",
              "ask", "press", "grill", "quiz", "interview", "reach"}


# The words for the occasion that the paragraph introducing a run of questions and answers
# and one before it name.
_OCCASIONS = {"briefing", "conference", "interview", "hearing"}
# The marks of a question and an answer that open a paragraph of an interview.
_QUESTION = re.compile(r"(Q|Question)\s*([:.])\s+(?=\S)")   # (the source, the cue)
_ANSWER = re.compile(r"(A|Answer)\s*([:.])\s+")   # (the source, the cue)
_DASHED = re.compile(r"(([–—―-]))\s+(?=\S)")   # (the dash both)
# The sources of those lines, as the speaker resolver reads them.
INTERVIEW_MARKS = frozenset({"Q", "Question", "A", "Answer", "–", "—", "―", "-"})


def _colon(doc: Doc, offset: int, paragraph: int, content: tuple[int, int],
           source: tuple[int, int], cue: tuple[int, int], kind: str = "direct") -> Candidate:
    mention = doc.char_span(*source, alignment_mode="expand")
    return Candidate(kind=kind, spans=[(offset + content[0], offset + content[1])],
                     paragraph=paragraph, confidence=0.8, cue=(offset + cue[0], offset + cue[1]),
                     source=(offset + source[0], offset + source[1]), source_mention=mention,
                     construction=COLON)


# Any dash: hyphen, en and em dash, and the horizontal bar some sites use (― Ana Lind).
_SIGN_OFF = re.compile(r"\s*[-—–―]\s*([A-Z][\w.'’\- ]{2,80})$")


def sign_off_source(doc: Doc, offset: int, quote: Quote) -> Optional[Span]:
    """The name after a dash that signs off a quote: ``"..." -Commissioner Geoffrey Starks``."""
    end = quote.end - offset
    first = tokens_ending_by(doc, end)   # the token holding the quote's end, or the next one
    if not 0 < len(doc) - first <= MAX_SIGN_OFF_TOKENS:
        return None
    tail_start = max(end, doc[first].idx)
    m = _SIGN_OFF.match(doc[first:].text[tail_start - doc[first].idx:])
    if not m:
        return None
    start = tail_start + m.start(1)
    return doc.char_span(start, start + len(m.group(1).rstrip(". ")), alignment_mode="expand")


# The most tokens a sign-off (dash and name, up to 80 characters) may take.
MAX_SIGN_OFF_TOKENS = 30


def lead_in_source(doc: Doc) -> Optional[tuple[Optional[Token], Optional[Span]]]:
    """A paragraph that ends in a colon and introduces the next paragraph's quote.

    ``And from the chairwoman:`` -> source ``the chairwoman``; ``Lavrov said:`` -> cue and
    source. So does one that ends telling what a person did, quoting nothing: ``Asked whether
    he would do anything differently, Vasquez paused for a long time.``, ``Liu, who has led her
    caucus for less than a year, struck a combative tone.`` -> source ``Vasquez``, ``Liu``; and a
    paragraph of one short sentence with a name for its subject, however typed (``Sandhu went
    further.``). Returns None for any other paragraph.
    """
    if not doc.text.rstrip().endswith(":"):
        return _subject_lead_in(doc)
    cue = next((t for t in reversed(doc) if t.pos_ == "VERB"), None)
    if cue is not None:
        mention = source_of(cue)
        if mention is not None:
            return cue, mention
    chunks = list(doc.noun_chunks)
    return None, (chunks[-1] if chunks else None)


def _subject_lead_in(doc: Doc) -> Optional[tuple[None, Span]]:
    """The one a paragraph's last sentence has for its subject, by name or "he" or "she",
    where the paragraph quotes nothing: the next paragraph's quote, with no cue of its own, is
    theirs ("Asked ..., Vasquez paused for a long time.", "Castellane paused, then answered.")."""
    sentences = list(doc.sents)
    last = sentences[-1] if sentences else None
    if last is None or any(mark in doc.text for mark in _DOUBLE_MARKS):
        return None
    subject = next((t for t in last.root.children if t.dep_ == "nsubj"), None)
    # (a name the recogniser typed a person, or any name where the sentence tells what one did
    # when asked)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")
                               or last[0].lower_ == "asked" and subject.pos_ == "PROPN"
                               or subject.pos_ == "PROPN" and subject.ent_type_ in ("", "ORG")
                               and len(sentences) == 1 and len(last) <= 6):
        return None
    return None, doc[subject.left_edge.i:subject.right_edge.i + 1]
