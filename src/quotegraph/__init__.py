"""quotegraph: who said what in news articles.

>>> from quotegraph import extract
>>> result = extract('Talks stall\\n"We will not give up," Lavrov said.')
>>> [(a.kind, a.speaker) for a in result.attributions]
[('direct', 'Lavrov')]
"""
from quotegraph.model import Attribution, Content, Dateline, Extraction, Speaker, TextSpan
from quotegraph.pipeline import Extractor, Settings, extract

__all__ = ["extract", "Extractor", "Settings", "Extraction", "Attribution", "Content",
           "Dateline", "Speaker", "TextSpan"]

__version__ = "0.1.0"
