"""Exceptions quotegraph raises; each message names the input and says what to do."""


class QuotegraphError(Exception):
    """Base class of every error quotegraph raises on purpose."""


class InputError(QuotegraphError):
    """An input file cannot be read as an article (missing, unreadable, binary)."""


class AnnotationError(QuotegraphError):
    """A gold annotation directory or brat file is not in the expected layout."""


class AnalysisError(QuotegraphError):
    """An article was read but analysing it failed: a defect in quotegraph, not in the input.

    ``id`` is the article's id as given to :meth:`quotegraph.pipeline.Extractor.extract_many`
    or :meth:`~quotegraph.pipeline.Extractor.analyse_many`.
    """

    def __init__(self, id: str, cause: BaseException):
        reason = " ".join(str(cause).split())
        super().__init__(f"analysis failed ({type(cause).__name__}: {reason}); the other articles "
                         "are not affected; please report this with the article's text")
        self.id = id


class CorpusError(QuotegraphError):
    """A file that is not a quotegraph corpus (or not one this version can read)."""


class ModelError(QuotegraphError):
    """A trained model (the span tagger) is missing or cannot be loaded."""
