"""The temporary folders Print sheet writes its PDFs into: kept while the program runs, removed when it closes."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

PREFIX = "red-desktop-sheet-"


class TemporarySheets:
    """Owns the folders of printed sheets. They hold evaluations, so they do not outlive the program; they are
    not removed sooner because the PDF viewer they were handed to may still be reading (or printing) them."""

    def __init__(self) -> None:
        self._folders: list[Path] = []

    def new_folder(self) -> Path:
        """A folder of its own for each sheet: a viewer still showing the last one keeps its file."""
        folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        self._folders.append(folder)
        return folder

    def remove_all(self) -> None:
        """At closing; a file a viewer still holds open (Windows) is left behind rather than stop the closing."""
        for folder in self._folders:
            shutil.rmtree(folder, ignore_errors=True)
        self._folders.clear()
