"""Reading input files (plain text, HTML, stdin) into the text quotegraph analyses."""
from quotegraph.ingest.read import Document, read_bytes, read_document

__all__ = ["Document", "read_bytes", "read_document"]
