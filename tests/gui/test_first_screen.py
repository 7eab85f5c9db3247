"""The first screen: with no proposal chosen, Proposals says what to do and offers New proposal, not a greyed form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from red_desktop.core.store import Store
from red_desktop.gui.main_window import MainWindow
from tests.gui.conftest import opened

WAIT_MS = 10_000


def shows_hint(window: MainWindow) -> bool:
    page = window.proposals
    return page.empty_state.isVisible() and not page.editor.isVisible()


def test_a_fresh_window_shows_the_hint_and_a_new_proposal_button(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    empty = window.proposals.empty_state
    assert shows_hint(window)
    assert "Choose a proposal in the list" in empty.hint.text()
    assert empty.new_button.isVisible() and empty.new_button.text().replace("&", "") == "New proposal"
    assert not empty.import_line.isVisible()  # the store has proposals: nothing to import first
    window.proposals.list_view.select_row(2)
    qtbot.waitUntil(lambda: window.proposals.editor.isVisible(), timeout=WAIT_MS)
    assert not empty.isVisible()


def test_new_proposal_from_the_first_screen_types_into_a_new_proposal(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.activateWindow()
    qtbot.mouseClick(window.proposals.empty_state.new_button, Qt.MouseButton.LeftButton)
    editor = window.proposals.editor
    title = editor.fields.widget("title")
    assert editor.isVisible() and not shows_hint(window)
    qtbot.waitUntil(title.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(QApplication.focusWidget(), "Red de turismo rural del Maule")
    qtbot.keyClicks(editor.fields.widget("country").lineEdit(), "Chile")  # type: ignore[attr-defined]
    reader = window.service.reader
    assert reader is not None

    def titles() -> list[str]:
        return [p.title for p in reader.proposals.all()]

    qtbot.waitUntil(lambda: "Red de turismo rural del Maule" in titles(), timeout=WAIT_MS)
    assert window.current.uuid == editor.proposal_uuid
    assert reader.proposals.get(window.current.uuid).country == "CL"


def test_an_empty_store_points_to_file_import(qtbot: QtBot, make_app, tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    Store.open(path, user="Ana").close()
    app = make_app()
    assert app.start(path, demo=False)
    qtbot.waitUntil(lambda: app.window is not None, timeout=WAIT_MS)
    window = app.window
    assert window is not None
    qtbot.waitUntil(lambda: window.proposals.empty_state.import_line.isVisible(), timeout=WAIT_MS)
    assert "Import" in window.proposals.empty_state.import_line.text()
    assert shows_hint(window)


def test_the_first_window_leaves_room_for_its_frame_on_the_screen(qtbot: QtBot, make_app, demo_path: Path) -> None:
    """Seen under Xvfb at 1024×768: a window 760 px high lost its status bar below the screen's edge."""
    from PySide6.QtCore import QSize

    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    room = window.screen().availableGeometry().size() - QSize(16, 48)  # a title bar and borders; offscreen: 800×600
    least = window.minimumSizeHint()  # below which no window manager can shrink it
    assert window.width() <= max(min(1280, room.width()), least.width())
    assert window.height() <= max(min(760, room.height()), least.height())
