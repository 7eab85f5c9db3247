"""File › Open store… on a file that is no store: checked before anything is asked or made beside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from red_desktop.core.settings import Role
from red_desktop.core.store import Store
from red_desktop.gui.profile_dialog import ProfileDialog
from tests.gui.conftest import opened


@pytest.mark.parametrize(
    ("name", "content"),
    [("budget.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), ("proposals.csv", b"code,title\nRED-1,Valle\n")],
)
def test_opening_a_non_store_file_says_so_without_asking_the_profile_or_leaving_a_lock(
    qtbot: QtBot, make_app, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: bytes
) -> None:
    """Issue 12 item 8: the profile was asked first, then `FILE.lock` was left next to the user's file."""
    asked: list[str] = []
    shown: list[str] = []

    def ask(self: ProfileDialog) -> tuple[str, Role, str]:
        asked.append("profile")
        return "Rosa Mamani", Role.FIELD_EVALUATOR, "en"

    monkeypatch.setattr(ProfileDialog, "ask", ask)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    app = make_app(profile="")  # a demo session: no profile yet, so opening a real store would ask for one
    assert app.start(demo_path, demo=True)
    window = opened(qtbot, app)
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / name).write_bytes(content)
    window.open_store_requested.emit(folder / name)
    assert asked == []
    assert len(shown) == 1 and name in shown[0] and "not a RED Desktop store" in shown[0]
    assert sorted(p.name for p in folder.iterdir()) == [name]
    assert (folder / name).read_bytes() == content
    assert app.window is window and app.service is not None and app.service.path == demo_path


@pytest.mark.parametrize("kind", ["missing file", "missing folder", "0-byte file"])
def test_opening_a_path_with_no_store_refuses_and_creates_nothing(
    qtbot: QtBot, make_app, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """Issue 16 item 4: a recent store since moved, or a mistyped path, became a new empty store."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    folder = tmp_path / "documents"
    if kind != "missing folder":
        folder.mkdir()
    target = folder / "moved.sqlite"
    if kind == "0-byte file":
        target.write_bytes(b"")
    before = sorted(folder.iterdir()) if folder.exists() else None
    window.open_store_requested.emit(target)
    assert len(shown) == 1 and "There is no RED Desktop store at" in shown[0] and "nothing was created" in shown[0]
    assert (sorted(folder.iterdir()) if folder.exists() else None) == before
    assert app.window is window and app.service is not None and app.service.path == demo_path


def test_file_new_store_makes_one(qtbot: QtBot, make_app, demo_path: Path, tmp_path: Path) -> None:
    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    target = tmp_path / "nueva.sqlite"
    window.new_store_requested.emit(target)
    qtbot.waitUntil(lambda: app.service is not None and app.service.path == target, timeout=10_000)
    assert Store.identify(target)
