"""sqlite-utils, loaded without pandas.

sqlite-utils imports pandas when it can, for one thing only: to give a pandas Timestamp a TEXT column when it guesses
a new table's columns from Python values. The store's tables are made by its own migrations, so that is never used,
yet pandas takes 0.4–0.6 s to load, and the window cannot show its first lines before its store is open. So the
thread that first loads sqlite-utils is told, by a finder put first on the import path for that while, that pandas
is not there — which sqlite-utils takes as "not installed". Other threads import pandas as ever meanwhile, and where
pandas is loaded already sqlite-utils gets it.
"""

from __future__ import annotations

import importlib.abc
import sqlite3
import sys
import threading
from importlib.machinery import ModuleSpec
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from types import ModuleType

    from sqlite_utils import Database

_loading = threading.Lock()


class _NoPandasForThisThread(importlib.abc.MetaPathFinder):
    def __init__(self) -> None:
        self.thread = threading.get_ident()

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname == "pandas" and threading.get_ident() == self.thread:
            raise ModuleNotFoundError("pandas is left out of sqlite-utils", name=fullname)
        return None  # the next finder's to find


def database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils' Database over `conn`; its module loaded (once) without pandas."""
    with _loading:
        if "sqlite_utils" not in sys.modules:
            finder = _NoPandasForThisThread()
            sys.meta_path.insert(0, finder)
            try:
                import sqlite_utils  # noqa: F401, PLC0415
            finally:
                sys.meta_path.remove(finder)
    from sqlite_utils import Database  # noqa: PLC0415

    return Database(conn)
