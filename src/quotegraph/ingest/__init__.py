"""Reading input files (plain text, HTML, stdin) into the text quotegraph analyses."""
from quotegraph.ingest.read import Document, read_document

__all__ = ["Document", "read_document"]
