"""A report is written beside its target under a temporary name and renamed into place, so a failure or a
cancel leaves nothing half-written under the name the user chose."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from red_desktop.core.errors import StoreError

T = TypeVar("T")


def write_beside(target: Path, what: str, build: Callable[[Path], T]) -> T:
    """Run `build(temporary_path)`, then rename it to `target`; StoreError naming `what` when it cannot be written."""
    if target.is_dir():
        raise StoreError(f"Cannot write the {what} to {target}: it is a folder")
    try:  # in the target's folder, so the final rename stays on one file system
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise StoreError(f"Cannot write the {what} to {target}: {exc.strerror or exc}") from None
    os.close(handle)
    partial = Path(name)
    try:
        result = build(partial)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"Cannot write the {what} to {target}: {exc.strerror or exc}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return result
