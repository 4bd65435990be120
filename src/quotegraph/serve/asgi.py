"""The app for an ASGI server run with several worker processes, configured by environment.

``QUOTEGRAPH_DB`` names the corpus (opened read-only in every worker), ``QUOTEGRAPH_TOKEN``
optionally allows storing analysed articles, ``QUOTEGRAPH_MODE`` picks the extraction mode of
/analyse (``accurate``, the default, ``fast`` or ``rules``) and ``QUOTEGRAPH_MAX_CHARS`` the
longest article text it accepts (see :data:`quotegraph.serve.guard.MAX_CHARS`)::

    QUOTEGRAPH_DB=corpus.db uvicorn quotegraph.serve.asgi:app --factory --workers 2 \\
        --timeout-keep-alive 30

``quotegraph serve --workers 2`` runs it too, with a listening socket per process
(:mod:`quotegraph.serve.workers`), which spreads connections more evenly than uvicorn's shared one.
"""
from __future__ import annotations

import os

from fastapi import FastAPI

from quotegraph.serve.app import create_app
from quotegraph.serve.guard import MAX_CHARS


def app() -> FastAPI:
    """A fresh app over ``$QUOTEGRAPH_DB``; each worker process calls this once."""
    db = os.environ.get("QUOTEGRAPH_DB")
    if not db:
        raise RuntimeError("set QUOTEGRAPH_DB to the corpus database")
    return create_app(db, token=os.environ.get("QUOTEGRAPH_TOKEN") or None,
                      mode=os.environ.get("QUOTEGRAPH_MODE") or "accurate",
                      max_chars=int(os.environ.get("QUOTEGRAPH_MAX_CHARS") or MAX_CHARS))
