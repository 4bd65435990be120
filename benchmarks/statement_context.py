"""What the sentence around each content would add to the same-statement pair model, and
what it would cost.

Accuracy: every statement gold pair gets more features, the cosine of the embeddings of the
two sentences that hold the contents in their articles (the reporter's sentence, cue and all:
"he was 'not ready' to support Trump's campaign, Ryan said" where the content alone says
"he"), the cosine of their paragraphs, the occasion the sentences name outside the
contents (capitalised words, speakers' names aside, shared or all different: "at a rally in
Ohio", "told CNN"), and the words of the articles around the contents (the cosine of the sets
of content words within AROUND characters either side, no embedding needed), and the pair model is scored held out exactly as ``quotegraph
train-statements`` scores the shipped one (five folds by speaker and week, each fold's
threshold chosen inside its own training part): precision and recall at that threshold, and
the best recall of any cut at precision 0.90.
Stories: the same models judge the single-story gold (``data/statements-stories.json``: pairs
from two articles that tell one story, where words around two contents are alike whether or not
they report one statement): the shipped model, and the shipped features with and without the
words around, fitted on the whole statement gold.
Cost: the time of the shipped embedder on one thread over the contents of the PolNeAR dev gold
attributions, alone and with their sentences, as ingest would embed them.

    PYTHONPATH=src python benchmarks/statement_context.py [../shared/data/polnear]
"""
from __future__ import annotations

import math
import re
import sys
import time
from pathlib import Path

import numpy as np

from quotegraph.corpus.embed import Embedder
from quotegraph.corpus.pairs import FEATURES, PairModel, content_words
from quotegraph.evaluate import load_gold
from quotegraph.evaluate.statements import StatementPair, gold_texts, story_gold_path
from quotegraph.training.statements import (GoldFeatures, answer_score, best_recall, cross_validated,
                                            fit, gold_features, held_out_scores)

# A sentence ends at an end mark (closing quotes or brackets after it) before a space, or at a
# line break; ends are looked for at most REACH characters away from the content.
SENTENCE_BREAK = re.compile(r"[.!?][\"”’')\]]*\s|\n")
REACH = 600
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
AROUND = 1000
OPENERS = {"He", "She", "The", "In", "But", "And", "It", "That", "This", "On", "At", "A", "Mr", "Mrs",
           "Ms", "Sen", "President", "Secretary", "Speaker"}


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence or sentences of ``text`` that hold ``text[start:end]``."""
    head = text[max(0, start - REACH):start]
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(head)]
    begin = start - len(head) + (breaks[-1] if breaks else 0)
    after = SENTENCE_BREAK.search(text, end, min(len(text), end + REACH))
    return text[begin:after.end() if after else min(len(text), end + REACH)].strip()


def paragraph_around(text: str, start: int, end: int) -> str:
    """The line of ``text`` that holds ``text[start:end]``."""
    stop = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:stop if stop >= 0 else len(text)]


def occasion_words(sentence: str, content: str, speaker: str) -> set[str]:
    """Capitalised words of ``sentence`` outside ``content``, the speaker's names and sentence
    openers aside: what places the statement ("Ohio", "CNN", "Monday")."""
    words = set(CAPITALISED.findall(sentence.replace(content, " ")))
    return words - set(speaker.split()) - OPENERS


def words_around(text: str, start: int, end: int) -> set[str]:
    """The content words of ``text`` within AROUND characters of ``text[start:end]``, its own
    included."""
    return content_words(text[max(0, start - AROUND):end + AROUND])


def around_cosine(texts: dict[str, str], pair: StatementPair) -> float:
    """The cosine of the sets of content words around the pair's two contents."""
    a, b = (words_around(texts[side.article], side.content[0][0], side.content[-1][1])
            for side in (pair.a, pair.b))
    return len(a & b) / math.sqrt(len(a) * len(b)) if a and b else 0.0


def add_around(features: GoldFeatures, root: str) -> None:
    """Each pair's row gains ``around``: the cosine of the words around its two contents."""
    texts = gold_texts(features.pairs, root)
    for row, pair in zip(features.rows, features.pairs):
        row["around"] = around_cosine(texts, pair)


def accuracy(root: str, embedder: Embedder, gold: GoldFeatures) -> None:
    """Held-out scores of the pair model with each added feature (``gold``'s rows hold
    ``around`` already: :func:`add_around`)."""
    texts = gold_texts(gold.pairs, root)
    sides = [(texts[side.article], side.content[0][0], side.content[-1][1], pair.speaker)
             for pair in gold.pairs for side in (pair.a, pair.b)]
    sentences = [sentence_around(text, start, end) for text, start, end, _ in sides]
    sentence_vectors = embedder.embed(sentences)
    paragraphs = embedder.embed([paragraph_around(text, start, end) for text, start, end, _ in sides])
    occasions = [occasion_words(sentence, text[start:end], speaker)
             for sentence, (text, start, end, speaker) in zip(sentences, sides)]
    for n, row in enumerate(gold.rows):
        a, b = occasions[2 * n], occasions[2 * n + 1]
        row["context"] = float(sentence_vectors[2 * n] @ sentence_vectors[2 * n + 1])
        row["paragraph"] = float(paragraphs[2 * n] @ paragraphs[2 * n + 1])
        row["occasion_shared"] = float(bool(a & b))
        row["occasion_differ"] = float(bool(a and b and not a & b))
    for name, extra in (("shipped features", ()), ("with the sentences", ("context",)),
                        ("with the paragraphs", ("paragraph",)),
                        ("with the occasion named around", ("occasion_shared", "occasion_differ")),
                        ("with all three", ("context", "paragraph", "occasion_shared", "occasion_differ")),
                        ("with the words around", ("around",))):
        gold.features = (*FEATURES, *extra)
        score, _ = held_out_scores(gold)
        probabilities = cross_validated(gold.matrix, gold.labels, gold.groups)
        print(f"{name}: held out precision {score.precision:.3f} recall {score.recall:.3f}"
              f" (tp {score.tp} fp {score.fp}); best recall at precision 0.90:"
              f" {best_recall(probabilities, gold.labels, 0.9):.3f}")


def stories(root: str, embedder: Embedder, gold: GoldFeatures) -> None:
    """The single-story gold (pairs from two articles that tell one story): the shipped model,
    and models fitted on the whole statement gold with the shipped features alone and with the
    words around, judge its pairs; where a context signal could join wrong statements."""
    story = gold_features(root, embedder, story_gold_path())
    add_around(story, root)
    print(f"single-story gold: {len(story.pairs)} pairs, {int(story.labels.sum())} same")
    for name, model in (("shipped model", PairModel.load()),
                        ("shipped features refitted", None), ("with the words around", None)):
        if model is None:
            features = (*FEATURES, "around") if "around" in name else FEATURES
            model = fit(np.array([[row[f] for f in features] for row in gold.rows]), gold.labels,
                        gold.groups, features)
        score = answer_score(model.same(story.rows), story.labels)
        print(f"  {name}: precision {score.precision:.3f} recall {score.recall:.3f}"
              f" (tp {score.tp} fp {score.fp} of {len(story.pairs) - int(story.labels.sum())} different)")


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
    embedder = Embedder.load()
    gold = gold_features(root, embedder)
    add_around(gold, root)
    accuracy(root, embedder, gold)
    stories(root, embedder, gold)
    cost(root)


if __name__ == "__main__":
    main(*sys.argv[1:])
