"""Freed memory given back after a large computation (issue 19): glibc's malloc_trim where there is one, nothing
elsewhere, never an error."""

from __future__ import annotations

import sys

import pytest

from red_desktop.core import memory


def test_freed_memory_goes_back_where_the_c_library_can(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    memory._malloc_trim.cache_clear()
    monkeypatch.setattr(memory, "_malloc_trim", lambda: calls.append)
    memory.release_free_memory()
    assert calls == [0]


def test_elsewhere_nothing_is_done(monkeypatch: pytest.MonkeyPatch) -> None:
    memory._malloc_trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    assert memory._malloc_trim() is None
    memory.release_free_memory()  # no error
    memory._malloc_trim.cache_clear()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's call")
def test_on_linux_the_call_is_found_and_runs() -> None:
    memory._malloc_trim.cache_clear()
    assert memory._malloc_trim() is not None
    memory.release_free_memory()
