"""Speakers: each attribution's source resolved to one named entity of the article
(:func:`quotegraph.speakers.resolve.resolve_speakers`). The package imports nothing itself, so
the corpus can read :mod:`quotegraph.speakers.names` without loading spaCy."""
