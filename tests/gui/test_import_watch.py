"""PySide6's watch of every import (PYSIDE-2029) asked through inspect.getsource, which left every line of every
module imported in linecache for the life of the window: 52 MiB at 100,000 proposals (issue 19). Mended in
red_desktop.gui.import_watch: the same answers, nothing kept."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

import red_desktop.gui  # noqa: F401 (mends the watch)
from red_desktop.gui.import_watch import WATCH, mend_import_watch


@pytest.mark.parametrize(("text", "answer"), [("import PySide6.QtCore\n", 0), ("VALUE = 1\n", -1)])
def test_a_module_imported_after_is_watched_as_before_and_its_lines_are_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, answer: int
) -> None:
    name = f"watched_{answer + 1}_{tmp_path.name}".replace("-", "_")
    path = tmp_path / f"{name}.py"
    path.write_text(f'"""A module of the test."""\n{text}', encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        __import__(name)  # as an import statement does: the watch wraps __import__
        assert sys.modules[WATCH].pyside_feature_dict[name] == answer  # type: ignore[attr-defined]
        assert str(path) not in linecache.cache
    finally:
        sys.modules.pop(name, None)


def test_mending_drops_the_lines_cached_before_and_mending_twice_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    watch = sys.modules[WATCH]
    monkeypatch.setattr(watch, "_mod_uses_pyside", lambda module: False)  # as PySide6 left it
    linecache.getlines(importlib.import_module("red_desktop.gui.fill").__file__ or "")
    assert linecache.cache
    mend_import_watch()
    mended = watch._mod_uses_pyside  # type: ignore[attr-defined]
    assert mended.mended and not linecache.cache
    linecache.getlines(importlib.import_module("red_desktop.gui.fill").__file__ or "")
    mend_import_watch()
    assert watch._mod_uses_pyside is mended and linecache.cache  # type: ignore[attr-defined]
