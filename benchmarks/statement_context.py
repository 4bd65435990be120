"""What the sentence around each content would add to the same-statement pair model, and
what it would cost.

Accuracy: every statement gold pair gets one more feature, the cosine of the embeddings of the
two sentences that hold the contents in their articles (the reporter's sentence, cue and all:
"he was 'not ready' to support Trump's campaign, Ryan said" where the content alone says
"he"), and the pair model is scored held out exactly as ``quotegraph train-statements`` scores
the shipped one (five folds by speaker and week, each fold's threshold chosen inside its own
training part): precision and recall at that threshold, and the best recall of any cut at
precision 0.90.
Cost: the time of the shipped embedder on one thread over the contents of the PolNeAR dev gold
attributions, alone and with their sentences, as ingest would embed them.

    PYTHONPATH=src python benchmarks/statement_context.py [../shared/data/polnear]
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import numpy as np

from quotegraph.corpus.embed import Embedder
from quotegraph.corpus.pairs import FEATURES
from quotegraph.evaluate import load_gold
from quotegraph.evaluate.statements import gold_texts
from quotegraph.training.statements import (best_recall, cross_validated, gold_features,
                                            held_out_scores)

# A sentence ends at an end mark (closing quotes or brackets after it) before a space, or at a
# line break; ends are looked for at most REACH characters away from the content.
SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s|\n")
REACH = 600


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence or sentences of ``text`` that hold ``text[start:end]``."""
    head = text[max(0, start - REACH):start]
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(head)]
    begin = start - len(head) + (breaks[-1] if breaks else 0)
    after = SENTENCE_BREAK.search(text, end, min(len(text), end + REACH))
    return text[begin:after.end() if after else min(len(text), end + REACH)].strip()


def accuracy(root: str, embedder: Embedder) -> None:
    gold = gold_features(root, embedder)
    texts = gold_texts(gold.pairs, root)
    sentences = embedder.embed([sentence_around(texts[side.article], side.content[0][0], side.content[-1][1])
                                for pair in gold.pairs for side in (pair.a, pair.b)])
    for n, row in enumerate(gold.rows):
        row["context"] = float(sentences[2 * n] @ sentences[2 * n + 1])
    for features in (FEATURES, (*FEATURES, "context")):
        gold.features = features
        score, _ = held_out_scores(gold)
        probabilities = cross_validated(gold.matrix, gold.labels, gold.groups)
        print(f"{'shipped features' if features == FEATURES else 'with the sentences'}: held out"
              f" precision {score.precision:.3f} recall {score.recall:.3f} (tp {score.tp} fp {score.fp});"
              f" best recall at precision 0.90: {best_recall(probabilities, gold.labels, 0.9):.3f}")


def cost(root: str) -> None:
    dev = load_gold(Path(root) / "dev")
    contents = [" ".join(g.text[s:e] for s, e in a.content) for g in dev for a in g.attributions]
    sentences = [sentence_around(g.text, a.content[0][0], a.content[-1][1])
                 for g in dev for a in g.attributions]
    embedder = Embedder.load(threads=1)
    wordpieces = [np.mean([len(e.ids) for e in embedder.tokenizer.encode_batch(texts)])
                  for texts in (contents, sentences)]
    print(f"{len(contents)} PolNeAR dev contents: {wordpieces[0]:.1f} wordpieces on average,"
          f" their sentences {wordpieces[1]:.1f}")
    embedder.embed(contents[:64])
    for name, texts in (("contents", contents), ("contents and sentences", contents + sentences)):
        started = time.perf_counter()
        embedder.embed(texts)
        print(f"  {name}: {time.perf_counter() - started:.1f} s on one thread")


def main(root: str = "../shared/data/polnear") -> None:
    accuracy(root, Embedder.load())
    cost(root)


if __name__ == "__main__":
    main(*sys.argv[1:])
