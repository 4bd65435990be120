"""Exceptions quotegraph raises; each message names the input and says what to do."""


class QuotegraphError(Exception):
    """Base class of every error quotegraph raises on purpose."""


class InputError(QuotegraphError):
    """An input file cannot be read as an article (missing, unreadable, binary)."""


class AnnotationError(QuotegraphError):
    """A gold annotation directory or brat file is not in the expected layout."""
