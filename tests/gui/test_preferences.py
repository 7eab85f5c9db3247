"""Edit › Preferences shows the evaluator whose name is stamped on changes, and changing it changes the stamp."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from red_desktop.core.settings import Role, Settings
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.profile_dialog import ProfileDialog
from red_desktop.gui.store_service import StoreService
from tests.gui.conftest import opened


def stamped(qtbot: QtBot, service: StoreService) -> str:
    """The name the writer puts on the next change."""
    seen: list[str] = []
    service.submit(lambda store: store.user, seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    return seen[0]


def demo_window(qtbot: QtBot, make_app, demo_path: Path) -> tuple[MainWindow, str]:  # type: ignore[no-untyped-def]
    """A demo store opened with a profile of another name: the window and the demo evaluator it stamps."""
    app = make_app(profile="Ana Lucía Quispe")
    assert app.start(demo_path, demo=True)
    window = opened(qtbot, app)
    assert window.service.reader is not None
    return window, window.service.reader.evaluators.all()[0].name


def test_preferences_in_a_demo_show_the_demo_evaluator_and_a_new_name_is_stamped_everywhere(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Issue 12 item 8: Preferences showed the profile's name while the status bar stamped the demo evaluator."""
    window, demo_evaluator = demo_window(qtbot, make_app, demo_path)
    assert demo_evaluator != "Ana Lucía Quispe"
    qtbot.waitUntil(lambda: demo_evaluator in window.status.evaluator.text(), timeout=10_000)
    shown: list[tuple[str, str]] = []

    def ask(self: ProfileDialog) -> tuple[str, Role, str]:
        shown.append((self.name.text(), self.role.currentData()))
        return "Rosa Mamani", Role.FIELD_EVALUATOR, "en"

    monkeypatch.setattr(ProfileDialog, "ask", ask)
    window.menus.preferences.trigger()
    assert shown == [(demo_evaluator, Role.FIELD_EVALUATOR.value)]
    qtbot.waitUntil(lambda: "Rosa Mamani" in window.status.evaluator.text(), timeout=10_000)
    assert window.service.user == "Rosa Mamani" and stamped(qtbot, window.service) == "Rosa Mamani"
    assert Settings.load(tmp_path / "settings.json").profile_name == "Rosa Mamani"  # typed, so it is the profile now
    window.menus.preferences.trigger()
    assert shown[-1][0] == "Rosa Mamani"


def test_preferences_left_unchanged_in_a_demo_keep_the_demo_evaluator_and_the_profile(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window, demo_evaluator = demo_window(qtbot, make_app, demo_path)
    monkeypatch.setattr(ProfileDialog, "ask", lambda self: (self.name.text(), Role(self.role.currentData()), "es"))
    window.menus.preferences.trigger()
    assert window.service.user == demo_evaluator and stamped(qtbot, window.service) == demo_evaluator
    saved = Settings.load(tmp_path / "settings.json")
    assert (saved.profile_name, saved.get("interface.language")) == ("Ana Lucía Quispe", "es")


def test_preferences_on_an_own_store_show_and_change_the_profile(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(profile="Ana Lucía Quispe")
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    shown: list[str] = []

    def ask(self: ProfileDialog) -> tuple[str, Role, str]:
        shown.append(self.name.text())
        return "Rosa Mamani", Role.COMMITTEE_MEMBER, "en"

    monkeypatch.setattr(ProfileDialog, "ask", ask)
    window.menus.preferences.trigger()
    assert shown == ["Ana Lucía Quispe"]
    qtbot.waitUntil(lambda: "Rosa Mamani (committee member)" in window.status.evaluator.text(), timeout=10_000)
    assert stamped(qtbot, window.service) == "Rosa Mamani"


def test_a_preferences_dialog_answered_is_gone(qtbot: QtBot, make_app, demo_path: Path) -> None:
    """Each Preferences… left its hidden form behind as a child of the window; with the interface language
    switched afterwards (two windows in one process, Spanish then Portuguese), Qt crashed delivering to them."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.reject()

    for _ in range(2):
        QTimer.singleShot(0, cancel)
        window.menus.preferences.trigger()
    qtbot.waitUntil(lambda: not [d for d in window.findChildren(QDialog) if d.objectName() == "ProfileDialog"])
