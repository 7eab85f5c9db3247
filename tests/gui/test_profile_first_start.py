"""The first start's profile dialog answered for real (not mocked): its answer is read before the dialog is gone.

At the first start the answered dialog was deleted before its fields were read, and the program ended with an
internal error (found trying the window as a new user, issue 21's session)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from red_desktop.core.settings import Role
from red_desktop.gui.profile_dialog import ProfileDialog


def test_the_first_starts_answer_is_read_when_ok_is_pressed(qtbot: QtBot) -> None:
    dialog = ProfileDialog("", Role.FIELD_EVALUATOR.value, "")

    def answer() -> None:
        dialog.name.setText("Ana Prueba")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    assert dialog.ask() == ("Ana Prueba", Role.FIELD_EVALUATOR, "")
    QApplication.sendPostedEvents(None, 0)  # the dialog deleted, as the event loop would


def test_a_cancelled_first_start_answers_none(qtbot: QtBot) -> None:
    dialog = ProfileDialog("", Role.FIELD_EVALUATOR.value, "")
    QTimer.singleShot(0, lambda: dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click())
    assert dialog.ask() is None
