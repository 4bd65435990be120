"""``with transaction(conn):`` around every write to the corpus, in one module that the store's
writers (:mod:`.db`, :mod:`.corpus`) and the Spark loader share.
"""
from __future__ import annotations

import sqlite3


class transaction:
    """``with transaction(conn):`` -- BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self):
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, kind, value, traceback):
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
        return False
