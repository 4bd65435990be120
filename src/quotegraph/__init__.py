"""quotegraph: who said what in news articles.

>>> from quotegraph import extract
>>> result = extract('Talks stall\\n"We will not give up," Lavrov said.')
>>> [(a.kind, a.speaker) for a in result.attributions]
[('direct', 'Lavrov')]
"""
from quotegraph.model import (Attribution, Content, Dateline, Extraction, Speaker,  # noqa: F401
                              TextSpan)
from quotegraph.pipeline import Extractor, Settings, extract  # noqa: F401

__version__ = "0.1.0"
