"""PySide6 watches every import after its own, asking whether the module uses PySide6 (PYSIDE-2029, for
`from __feature__ import snake_case`). It asks by `inspect.getsource`, so `linecache` kept every line of every
module imported for the life of the process: 552,000 lines, 52 MiB of the window's memory at 100,000 proposals
(tracemalloc), and a tenth of its start. The same question is answered here from the file's bytes, nothing kept.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType

import shiboken6  # noqa: F401 (installs the watch: shibokensupport.feature)

WATCH = "shibokensupport.feature"


def mend_import_watch() -> None:
    """Answer the watch's question without linecache, and drop the lines it cached before; a PySide6 without that
    watch is left alone."""
    feature = sys.modules.get(WATCH)
    asks = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or asks is None or getattr(asks, "mended", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(asks(module))  # a compiled or built-in module: PySide6's own answer
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(asks(module))

    uses_pyside.mended = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]  # noqa: SLF001
    linecache.clearcache()
