"""Speakers: each attribution's source resolved to one named entity of the article."""
from quotegraph.speakers.resolve import resolve_speakers

__all__ = ["resolve_speakers"]
