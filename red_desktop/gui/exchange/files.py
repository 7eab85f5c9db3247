"""Package files: their default name, the ones being dragged, and the file dialogs that choose them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QFileDialog, QWidget

PACKAGE_SUFFIX = ".redpkg"


def default_package_name(now: datetime | None = None) -> str:
    return f"red-package-{(now or datetime.now()):%Y%m%d-%H%M}{PACKAGE_SUFFIX}"


def package_paths(mime: QMimeData) -> list[Path]:
    """The local package files being dragged; empty unless every file is one."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if not paths or len(paths) != len(urls) or any(p.suffix.lower() != PACKAGE_SUFFIX for p in paths):
        return []
    return paths


def ask_save_path(parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    return Path(name) if name else None


def ask_open_path(parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    return Path(name) if name else None


def ask_open_paths(parent: QWidget | None, title: str, start: Path, filters: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start), filters)
    return [Path(name) for name in names]
