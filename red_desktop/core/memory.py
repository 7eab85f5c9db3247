"""Giving freed memory back to the system after a large computation.

CPython frees the committee's temporaries (at 100,000 proposals a gigabyte of frames and strings while the
ranking is worked out) to the C allocator, and glibc's malloc keeps most of it in its heaps: the window then
sat at 2 GB while holding a fifth of that. malloc_trim(0) hands the free pages of every heap back. Elsewhere
(macOS, Windows, musl) there is no such call, and nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import sys
from collections.abc import Callable


def release_free_memory() -> None:
    """Return the allocator's free pages to the system, where the C library can (glibc); else nothing."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim  # glibc only: musl has no malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim
