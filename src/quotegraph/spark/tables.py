"""The Parquet tables a Spark run writes: the store's tables, column for column, plus ``month``.

``articles``, ``attributions``, ``attribution_vectors`` and ``article_speakers`` are
partitioned by the article's publication month (``yyyy-mm``, or ``unknown``), ``clusters`` by
the month of ``first_seen``; ``speakers``, ``cluster_members``, ``aliases``, ``settings`` and
``failures`` are small and left whole.
"""
from __future__ import annotations

PARTITIONED = {"articles", "attributions", "attribution_vectors", "article_speakers", "clusters"}

# Column -> Spark SQL type, in the store's column order.
COLUMNS = {
    "articles": {
        "id": "bigint", "hash": "string", "source": "string", "outlet": "string",
        "url": "string", "date": "string", "headline": "string", "standfirst": "string",
        "language": "string", "dateline_place": "string", "dateline_date": "string",
        "dateline_agency": "string", "text": "string", "metadata": "string",
        "quotegraph_version": "string", "model": "string", "ingested_at": "string",
        "processed_at": "string", "model_id": "string", "dateline_start": "int",
        "dateline_end": "int"},
    "article_speakers": {
        "article_id": "bigint", "speaker_id": "string", "name": "string", "kind": "string",
        "roles": "string", "mentions": "string", "canonical_id": "string"},
    "attributions": {
        "id": "bigint", "article_id": "bigint", "attribution_id": "string", "kind": "string",
        "section": "string", "content": "string", "content_start": "int", "content_end": "int",
        "spans": "string", "cue": "string", "cue_start": "int", "cue_end": "int",
        "source": "string", "source_start": "int", "source_end": "int", "speaker_id": "string",
        "speaker": "string", "resolution": "string", "parent_id": "string",
        "confidence": "double", "url": "string",
        "outlet": "string", "date": "string"},
    "attribution_vectors": {"attribution_id": "bigint", "model": "string", "vector": "binary"},
    "speakers": {
        "id": "string", "name": "string", "kind": "string", "roles": "string",
        "aliases": "string", "attributions": "bigint", "articles": "bigint",
        "outlets": "string"},
    "clusters": {
        "id": "string", "canonical_attribution": "bigint", "speaker_id": "string",
        "first_seen": "string", "outlets": "string", "size": "bigint"},
    "cluster_members": {
        "cluster_id": "string", "attribution_id": "bigint", "altered": "int", "diff": "string",
        "relation": "string", "drift": "string"},
    "aliases": {"alias": "string", "canonical": "string"},
    "settings": {"name": "string", "value": "string"},
    "failures": {"source": "string", "reason": "string", "time": "string"},
}


def ddl(columns: dict, sep: str = " ") -> str:
    """``name type, ...`` for a Spark schema string (``sep=":"`` inside a struct)."""
    return ", ".join(f"{name}{sep}{kind}" for name, kind in columns.items())


def extracted_schema() -> str:
    """The schema of :func:`quotegraph.spark.extract.extract_partition`'s records."""
    article = {**COLUMNS["articles"], "month": "string"}
    speaker = {k: v for k, v in COLUMNS["article_speakers"].items()
               if k not in ("article_id", "canonical_id")}
    attribution = {k: v for k, v in COLUMNS["attributions"].items() if k != "article_id"}
    return (f"failure struct<{ddl(COLUMNS['failures'], ':')}>,"
            f" article struct<{ddl(article, ':')}>,"
            f" speakers array<struct<{ddl(speaker, ':')}>>,"
            f" attributions array<struct<{ddl(attribution, ':')}>>,"
            f" vectors array<struct<{ddl(COLUMNS['attribution_vectors'], ':')}>>")
