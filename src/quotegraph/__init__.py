"""quotegraph: who said what in news articles.

>>> from quotegraph import extract
>>> result = extract('Talks stall\\n"We will not give up," Lavrov said.')
>>> [(a.kind, a.speaker) for a in result.attributions]
[('direct', 'Lavrov')]
"""
from quotegraph.model import Attribution, Content, Dateline, Extraction, Speaker, TextSpan

__all__ = ["extract", "Extractor", "Settings", "Extraction", "Attribution", "Content",
           "Dateline", "Speaker", "TextSpan"]

__version__ = "0.1.0"


def __getattr__(name: str):
    # The pipeline loads spaCy (and what spaCy loads: a second or more), so it is imported on
    # first use: a command that only reads a corpus never pays for it.
    if name in ("extract", "Extractor", "Settings"):
        from quotegraph import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'quotegraph' has no attribute {name!r}")
