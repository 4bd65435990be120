"""Article structure: paragraphs, headline, standfirst, dateline, byline, intertitles."""
from quotegraph.structure.article import Article, Paragraph, parse_article

__all__ = ["Article", "Paragraph", "parse_article"]
