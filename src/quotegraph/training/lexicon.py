"""Building the cue lexicon from PolNeAR (``quotegraph build-cues``, ``make cues``).

For every (cue lemma|POS, frame) pair in the parsed training texts: how often the frame's
content matches the gold content of an attribution whose cue covers the word (content Jaccard
≥ 0.5, as in the evaluation), and how often it occurs. What
:class:`~quotegraph.attributions.lexicon.CueLexicon` reads at run time.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from spacy.language import Language

from quotegraph.attributions.frames import CUE_POS, content_frames, cue_key, token_chars
from quotegraph.attributions.lexicon import MIN_HITS
from quotegraph.evaluate.brat import GoldArticle
from quotegraph.text import WordTokens, jaccard


def build_lexicon(articles: Iterable[GoldArticle], nlp: Language, n_process: int = 1) -> dict:
    """Count frame hits over gold articles; returns the JSON object of ``cues.json``."""
    articles = list(articles)
    counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    docs = nlp.pipe((a.text for a in articles), n_process=n_process, batch_size=16)
    for article, doc in zip(articles, docs):
        tokens = WordTokens(article.text)
        gold = [(g.cue, tokens.of(g.content)) for g in article.attributions]
        for token in doc:
            if token.pos_ not in CUE_POS:
                continue
            for frame, spans in content_frames(token):
                content = tokens.of(token_chars(doc, 0, s, e) for s, e in spans)
                hit = any(any(s <= token.idx < e for s, e in cue) and jaccard(content, g) >= 0.5
                          for cue, g in gold)
                entry = counts[cue_key(token)][frame]
                entry[0] += hit
                entry[1] += 1
    frames = {key: {f: c for f, c in sorted(by_frame.items()) if c[0] >= MIN_HITS}
              for key, by_frame in sorted(counts.items())}
    return {"source": "PolNeAR train", "articles": len(articles), "min_hits": MIN_HITS,
            "frames": {k: v for k, v in frames.items() if v}}
