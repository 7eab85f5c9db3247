"""Bytes kept in a file mapped into memory rather than in the process's heap: what a long-running window searches
now and then but need not hold (issue 19: the list's search text, 56 MB at 100,000 proposals, of a window that
must settle under 400 MB).

The file is made unnamed in a folder on disk (the user's cache, not /tmp, which may be memory itself) and goes
when the mapping does, or with the process. Reading it brings its pages in from the system's file cache;
`release` hands them back, so between searches they count against the system's cache, which it can drop, not
against the window. A folder that cannot take the file (full, read-only) leaves the bytes in memory, as before.
"""

from __future__ import annotations

import mmap
import tempfile
from pathlib import Path


class SpilledBytes:
    def __init__(self, data: bytes | mmap.mmap, folder: Path | None):
        """`folder` None: kept in memory. `data` mapped already (a process apart's answer, core/handover.py): kept
        as it is, wherever `folder` says."""
        self.buffer: bytes | mmap.mmap = data
        if folder is None or not data or isinstance(data, mmap.mmap):
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder) as file:  # closed here; the mapping keeps the file's pages
                file.write(data)
                file.flush()
                self.buffer = mmap.mmap(file.fileno(), len(data), access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            self.buffer = data

    @property
    def spilled(self) -> bool:
        return isinstance(self.buffer, mmap.mmap)

    def release(self) -> None:
        """The pages read so far out of the process's memory (they stay in the system's file cache)."""
        dont_need = getattr(mmap, "MADV_DONTNEED", None)  # not on Windows: the system pages out by itself there
        if isinstance(self.buffer, mmap.mmap) and dont_need is not None:
            self.buffer.madvise(dont_need)
