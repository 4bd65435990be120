"""The sentence embedder: its speed on quote contents, and how well "cosine >= t" finds the
same statement on the statement gold, alone and joined to today's verbatim rule.

Speed: texts/s of :meth:`quotegraph.corpus.embed.Embedder.embed` on the gold contents of
PolNeAR dev (after a warm-up), at batch size 1 and 32, with ``--threads`` intra-op threads.
Pairs: each gold pair's two contents are embedded and called the same statement when their
cosine is at least t (the speaker is equal on both sides by construction of the gold).

    PYTHONPATH=src python benchmarks/embeddings.py [--polnear ../shared/data/polnear] [--threads 2]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from statements import verbatim_same  # noqa: E402  (today's baseline)

from quotegraph.corpus.embed import Embedder  # noqa: E402
from quotegraph.evaluate import load_gold  # noqa: E402
from quotegraph.evaluate.statements import gold_texts, load_statement_gold, pair_scores  # noqa: E402

THRESHOLDS = [round(t, 2) for t in np.arange(0.5, 0.91, 0.05)]


def speed(embedder: Embedder, texts: list[str]) -> None:
    wordpieces = [len(e.ids) for e in embedder.tokenizer.encode_batch(texts)]
    print(f"{len(texts)} contents of PolNeAR dev, wordpieces: mean {np.mean(wordpieces):.1f}, "
          f"median {np.median(wordpieces):.0f}, 95th percentile {np.percentile(wordpieces, 95):.0f}")
    embedder.embed(texts[:64])
    for batch_size in (1, 32):
        started = time.perf_counter()
        embedder.embed(texts, batch_size=batch_size)
        print(f"  batch {batch_size:>2}: {len(texts) / (time.perf_counter() - started):.0f} texts/s")


def thresholds(embedder: Embedder, root: str) -> None:
    pairs = load_statement_gold()
    texts = gold_texts(pairs, root)
    sides = [(p.a.text(texts[p.a.article]), p.b.text(texts[p.b.article])) for p in pairs]
    vectors = embedder.embed([t for pair in sides for t in pair])
    cosine = {pair: float(vectors[2 * i] @ vectors[2 * i + 1]) for i, pair in enumerate(sides)}
    verbatim = {pair: verbatim_same(*pair) for pair in sides}
    print(f"{len(pairs)} gold pairs, {sum(p.same for p in pairs)} the same statement")
    print("   t   cosine>=t: P     R     F1   | verbatim or cosine>=t: P     R     F1")
    for t in THRESHOLDS:
        alone = pair_scores(pairs, lambda a, b: cosine[a, b] >= t, texts)
        joined = pair_scores(pairs, lambda a, b: verbatim[a, b] or cosine[a, b] >= t, texts)
        print(f"  {t:.2f}  {alone.precision:.3f} {alone.recall:.3f} {alone.f1:.3f}"
              f"              {joined.precision:.3f} {joined.recall:.3f} {joined.f1:.3f}")
    for relation in ("verbatim", "altered", "paraphrase", "indirect", None):
        values = [cosine[s] for s, p in zip(sides, pairs) if p.relation == relation]
        if values:
            print(f"  cosine of {relation or 'different'} pairs: median {np.median(values):.3f}, "
                  f"10th-90th percentile {np.percentile(values, 10):.3f}-{np.percentile(values, 90):.3f} "
                  f"({len(values)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", default="../shared/data/polnear")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    embedder = Embedder.load(threads=args.threads)
    print(f"{embedder.model_id}, {args.threads} threads")
    dev = load_gold(Path(args.polnear) / "dev")
    speed(embedder, [" ".join(g.text[s:e] for s, e in a.content) for g in dev for a in g.attributions])
    thresholds(embedder, args.polnear)


if __name__ == "__main__":
    main()
