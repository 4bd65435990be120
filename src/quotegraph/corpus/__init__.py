"""Cross-article steps of the corpus: one canonical speaker, and the same quote across outlets.

Both are pure functions over plain records, so the store and a batch (Spark) job share them.
"""
from quotegraph.corpus.clusters import Cluster, QuoteRecord, cluster_quotes, minhash, word_diff
from quotegraph.corpus.speakers import (Canonical, SpeakerRecord, blocking_key, canonicalize,
                                        load_aliases)

__all__ = ["Canonical", "Cluster", "QuoteRecord", "SpeakerRecord", "blocking_key",
           "canonicalize", "cluster_quotes", "load_aliases", "minhash", "word_diff"]
