"""The corpus store: articles, attributions and cross-article speakers/clusters in SQLite.

See :mod:`quotegraph.store.schema` for the tables and views.
"""
from quotegraph.store.db import (DEFAULT_DB, ArticleMeta, StoredArticle, check_corpus, connect, read_article,
                                 readonly_uri)
from quotegraph.store.export import export
from quotegraph.store.write import Summary, add_article, ingest, ingest_extractor, reprocess
from quotegraph.store.query import (SearchIndex, Filters, cluster, clusters, fts_query, quotes, search, similar,
                                    speakers)
from quotegraph.store.refresh import refresh_corpus

__all__ = ["DEFAULT_DB", "ArticleMeta", "SearchIndex", "Filters", "StoredArticle", "Summary", "add_article", "check_corpus",
           "cluster", "clusters", "connect", "export", "fts_query", "ingest", "ingest_extractor", "quotes", "read_article",
           "readonly_uri", "refresh_corpus", "reprocess", "search", "similar", "speakers"]
