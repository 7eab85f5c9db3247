"""Scoring with the keyboard only, in the real window: digits, Tab round the form, Mark final by its keys."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from red_desktop.core import messages
from red_desktop.core.domain import EvaluationState
from red_desktop.gui.i18n import install_translators
from red_desktop.gui.main_window import PROPOSALS, SCORING, MainWindow
from red_desktop.gui.scoring import scoring_form
from red_desktop.gui.scoring.operations import EvaluationKey
from red_desktop.gui.scoring.scoring_form import ScoringForm
from red_desktop.gui.shortcuts_dialog import ShortcutsDialog
from tests.gui.conftest import opened

WAIT_MS = 15_000


@pytest.fixture
def window(qtbot: QtBot, make_app, demo_path: Path) -> MainWindow:
    """The Scoring view at 1024×768 with the third proposal of the list on screen, not yet scored by the user."""
    app = make_app()
    assert app.start(demo_path, demo=False)
    shown = opened(qtbot, app)
    qtbot.waitUntil(lambda: shown.scoring.evaluator_uuid != "", timeout=WAIT_MS)
    shown.resize(1024, 768)
    shown.show_page(SCORING)
    shown.scoring.list_view.select_row(2)
    qtbot.waitUntil(lambda: shown.scoring.form.key is not None, timeout=WAIT_MS)
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow, timeout=WAIT_MS)
    return shown


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, list[str]]]:
    """Every Mark final question, answered yes (the real dialog is clicked in test_scoring_form)."""
    questions: list[tuple[str, str, list[str]]] = []
    monkeypatch.setattr(scoring_form, "confirm_final", lambda parent, *shown: questions.append(shown) or True)
    return questions


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=WAIT_MS)


def in_form(window: MainWindow) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and window.scoring.form.isAncestorOf(widget)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    """A key pressed where the focus is, as the keyboard sends it; the widget that has the focus afterwards."""
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifier)
    now = QApplication.focusWidget()
    assert now is not None
    return now


def test_tab_goes_round_the_form_and_never_into_the_proposal_list(qtbot: QtBot, window: MainWindow) -> None:
    form = window.scoring.form
    proposal = window.current.uuid
    last = list(form.rows.values())[-1]
    focus(qtbot, last.selector)
    qtbot.keyClick(last.selector, Qt.Key.Key_2)  # its justification box becomes a Tab stop: the last one
    forward, shown = [], []
    for _ in range(60):  # more presses than the form has fields
        forward.append(press(qtbot, Qt.Key.Key_Tab))
        shown.append(in_view(form, forward[-1]))
    assert forward[0] is last.justification_edit
    assert all(form.isAncestorOf(widget) for widget in forward), [type(w).__name__ for w in forward]
    assert form.summary.mark_final_button in forward and form.rows["A1"].selector in forward
    assert forward.count(last.justification_edit) >= 2  # round and round, within the form
    assert form.scroll_area not in forward  # no empty stop that shows no focus
    assert all(shown)  # the form scrolls to the field Tab reached
    assert window.current.uuid == proposal and form.key is not None and form.key.proposal_uuid == proposal
    focus(qtbot, form.summary.mark_final_button)
    backward = [press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) for _ in range(60)]
    assert backward[0] is last.justification_edit  # Shift+Tab from the first field goes to the last
    assert all(form.isAncestorOf(widget) for widget in backward)
    assert set(backward) == set(forward)
    assert window.current.uuid == proposal and form.key.proposal_uuid == proposal


def in_view(form: ScoringForm, widget: QWidget) -> bool:
    """Whether the widget shows inside the scoring form's scrolled view (or lies outside the scroll area)."""
    viewport = form.scroll_area.viewport()
    if not viewport.isAncestorOf(widget):
        return True
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().intersects(widget.rect().translated(top_left))


def score_everything_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """Digits and Tab only: a level for every sub-criterion, a word in the last justification."""
    form = window.scoring.form
    focus(qtbot, form.rows["A1"].selector)
    for sub_id in form.rows:
        assert QApplication.focusWidget() is form.rows[sub_id].selector
        press(qtbot, Qt.Key.Key_2)
        press(qtbot, Qt.Key.Key_Tab)  # into the justification
        if sub_id != list(form.rows)[-1]:
            press(qtbot, Qt.Key.Key_Tab)  # on to the next sub-criterion
    qtbot.keyClicks(QApplication.focusWidget(), "Replicable en otras provincias")


def stored_state(window: MainWindow) -> EvaluationState | None:
    key = window.scoring.form.key
    assert key is not None and window.service.reader is not None
    found = EvaluationKey(key.proposal_uuid, key.evaluator_uuid, key.rubric).find(window.service.reader)
    return found.state if found is not None else None


def test_ctrl_return_in_a_justification_marks_final_after_the_question(
    qtbot: QtBot, window: MainWindow, asked: list
) -> None:
    form = window.scoring.form
    score_everything_by_keyboard(qtbot, window)
    editor = list(form.rows.values())[-1].justification_edit
    assert QApplication.focusWidget() is editor
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and len(asked[0][2]) == len(form.rows)  # asked once, every level listed
    assert editor.toPlainText() == "Replicable en otras provincias"  # no line break typed into it
    qtbot.waitUntil(lambda: stored_state(window) is EvaluationState.FINAL, timeout=WAIT_MS)
    qtbot.waitUntil(form.summary.reopen_button.isVisible, timeout=WAIT_MS)  # the form has heard of the save too
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # final: nothing to ask
    assert len(asked) == 1


def test_the_mnemonic_marks_final_and_the_keys_do_nothing_outside_scoring(
    qtbot: QtBot, window: MainWindow, asked: list
) -> None:
    form = window.scoring.form
    assert form.summary.mark_final_button.text() == "&Mark final"
    score_everything_by_keyboard(qtbot, window)
    window.show_page(PROPOSALS)
    qtbot.waitUntil(lambda: window.proposals.isVisible(), timeout=WAIT_MS)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(target, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.service.pending == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not form.summary.mark_final_button.isDown(), timeout=WAIT_MS)  # no click on its way
    assert asked == [] and stored_state(window) is EvaluationState.DRAFT
    window.show_page(SCORING)
    focus(qtbot, form.rows["B2"].selector)
    qtbot.keyClick(form.rows["B2"].selector, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=WAIT_MS)  # a mnemonic clicks the button as it shows it
    qtbot.waitUntil(lambda: stored_state(window) is EvaluationState.FINAL, timeout=WAIT_MS)


@pytest.fixture(params=["en", "es", "pt"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    messages.set_language(request.param)
    try:
        yield request.param
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        messages.set_language("en")


def test_help_lists_the_scoring_keys_whole_in_every_language(qtbot: QtBot, language: str, window: MainWindow) -> None:
    form_actions = window.scoring.form.shortcut_actions
    dialog = ShortcutsDialog(window.menus.all_actions(), window, form_actions)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    mark_final = form_actions[0]
    keys = mark_final.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert mark_final.shortcut() == QKeySequence("Ctrl+Return")
    assert any(name.endswith(mark_final.text().replace("&", "")) and shown == keys for name, shown in rows.items())
    assert "0 – 4" in rows.values()
    assert QKeySequence("Shift+Tab").toString(QKeySequence.SequenceFormat.NativeText) in " ".join(rows.values())
    assert QKeySequence("Left").toString(QKeySequence.SequenceFormat.NativeText) in " ".join(rows.values())
    header = table.horizontalHeader()
    viewport = table.viewport().width()
    for column in range(2):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= viewport, f"column {column} ends at {right}, the table shows {viewport}"
        texts = [table.item(r, column).text() for r in range(table.rowCount())]
        widest = max(table.fontMetrics().horizontalAdvance(text) for text in texts)
        assert header.sectionSize(column) >= widest, f"column {column} is cut: {header.sectionSize(column)} < {widest}"
    assert header.sectionResizeMode(1) is QHeaderView.ResizeMode.ResizeToContents
