"""Driving the window as a person does: typing in bursts, clicking lines of a list, answering a question box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from red_desktop.gui.proposals.list_view import ProposalListView

WAIT_MS = 15_000
STEADY_MS = 125  # a key every 125 ms: eight characters a second, a steady typist


def type_in(qtbot: QtBot, widget: QWidget, text: str, delay: int = -1) -> None:
    """Type like a person: QTest only knows ASCII keys, so accented letters arrive as key events with text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char, delay=delay)
            continue
        if delay > 0:
            qtbot.wait(delay)  # the pace of the typist, not a wait for a result
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def click_proposal(qtbot: QtBot, view: ProposalListView, uuid: str) -> None:
    """Click the proposal's line in the list, as a user chooses it."""
    rowid = view.model.rowid_of(uuid)
    row = None if rowid is None else view.model.row_of_rowid(rowid)
    assert row is not None, f"the list does not show {uuid}"
    index = view.model.index(row, view.model.column_of("code"))
    view.table.scrollTo(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(index).center())


def answer_unsaved_question(role: QMessageBox.ButtonRole) -> list[str]:
    """Answer the next 'unsaved changes' question with the button of this role; its text is appended to the list
    returned once it has been asked (empty if it never was)."""
    asked: list[str] = []
    tries = iter(range(500))

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "unsavedDialog":
            if next(tries, None) is not None:
                QTimer.singleShot(20, answer)
            return
        asked.append(f"{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, answer)
    return asked


def wait_for(qtbot: QtBot, condition: Callable[[], bool]) -> None:
    qtbot.waitUntil(condition, timeout=WAIT_MS)
