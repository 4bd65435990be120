"""``quotegraph serve``: a small web app over the corpus database.

>>> from quotegraph.serve import create_app    # create_app("quotegraph.db", token=None)
"""
from quotegraph.serve.app import create_app

__all__ = ["create_app"]
