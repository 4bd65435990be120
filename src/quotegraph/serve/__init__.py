"""``quotegraph serve``: a small web app over the corpus database.

>>> from quotegraph.serve import create_app    # create_app("quotegraph.db", token=None)

FastAPI is imported on first use of ``create_app``, so that the command line can read the
server's limits (:mod:`quotegraph.serve.guard`) without it.
"""
__all__ = ["create_app"]


def __getattr__(name: str):
    if name == "create_app":
        from quotegraph.serve.app import create_app
        return create_app
    raise AttributeError(f"module 'quotegraph.serve' has no attribute {name!r}")
