"""Issue 16, item 3: a committee decision recorded in the same window is no conflict with the editor's typing, and
"Keep mine" never writes back the status a decision set (status is the committee's, not the editor's)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from red_desktop.core.domain import Decision, DecisionKind, ProposalStatus
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.committee.decision_dialog import DecisionDialog
from red_desktop.gui.editor import ProposalEditor
from red_desktop.gui.main_window import COMMITTEE, PROPOSALS, MainWindow
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from tests.gui.conftest import opened

WAIT_MS = 20_000


def _reject_and_accept() -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DecisionDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("reject"))
    dialog.findChild(QPlainTextEdit, "rationaleEdit").setPlainText("No alcanza los mínimos de articulación.")
    dialog.members.setPlainText("Ana Lucía Quispe\nJoão Ribeiro")
    dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok).click()


def _editing_then_deciding(qtbot: QtBot, window: MainWindow) -> tuple[str, ProposalEditor]:
    """Open the last-ranked proposal in the editor, then record a decision on it from the committee page."""
    page = window.committee
    target = page.data.ranking[-1]  # type: ignore[union-attr]
    window.select_proposal(target.uuid)
    window.show_page(PROPOSALS)
    editor = window.proposals.editor
    assert editor.proposal_uuid == target.uuid
    window.show_page(COMMITTEE)
    QTimer.singleShot(0, _reject_and_accept)
    qtbot.mouseClick(page.proposal.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.decided(target.uuid), timeout=WAIT_MS)
    window.show_page(PROPOSALS)
    return target.uuid, editor


def _settled(qtbot: QtBot, editor: ProposalEditor, service: StoreService) -> None:
    """Wait, without flushing, until the autosave has run: saved, or refused with the conflict bar shown."""
    qtbot.waitUntil(
        lambda: (
            service.pending == 0 and (editor.conflict_bar.isVisible() or editor.status.text() == "All changes saved")
        ),
        timeout=WAIT_MS,
    )


def _saved_by_rosa(store: Store, uuid: str) -> None:
    """Another user's save of the title, as another window on a shared store would make it (the writer's store is
    the only one open for writing, so the user is swapped for the one write)."""
    user, store.user = store.user, "Rosa Mamani"
    try:
        store.proposals.update(replace(store.proposals.get(uuid), title="Título de Rosa"))
    finally:
        store.user = user


def _type_title(qtbot: QtBot, editor: ProposalEditor, text: str) -> None:
    title = editor.fields.widget("title")
    title.setFocus()
    QTest.keyClick(title, Qt.Key.Key_End)
    QTest.keyClicks(title, text)


def test_a_decision_recorded_in_this_window_is_no_conflict_for_the_editor(
    qtbot: QtBot, make_app, demo_path: Path
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    uuid, editor = _editing_then_deciding(qtbot, window)
    with Store.open(demo_path, readonly=True) as store:
        before = store.proposals.get(uuid)
    assert before.status is ProposalStatus.DECIDED
    _type_title(qtbot, editor, " (revisado)")
    assert app.service is not None
    _settled(qtbot, editor, app.service)  # the autosave ran, unflushed
    assert not editor.conflict_bar.isVisible()
    with Store.open(demo_path, readonly=True) as store:
        after = store.proposals.get(uuid)
        decision = store.decisions.get(uuid)
    assert after.title == before.title + " (revisado)"
    assert after.status is ProposalStatus.DECIDED
    assert after.stamp.revision == before.stamp.revision + 1
    assert decision is not None and decision.kind is DecisionKind.REJECT


def test_keep_mine_over_another_save_keeps_the_decisions_status_and_names_the_other_saver(
    qtbot: QtBot, make_app, demo_path: Path
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    uuid, editor = _editing_then_deciding(qtbot, window)
    service = app.service
    assert service is not None
    done: list[object] = []
    service.submit(lambda store: _saved_by_rosa(store, uuid), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    _type_title(qtbot, editor, " (revisado)")
    qtbot.waitUntil(lambda: editor.conflict_bar.isVisible(), timeout=WAIT_MS)
    label = editor.form.child(QLabel, "conflictLabel").text()
    assert label.startswith("Rosa Mamani saved this proposal")
    qtbot.mouseClick(editor.form.child(QPushButton, "keepMineButton"), Qt.MouseButton.LeftButton)
    _settled(qtbot, editor, service)
    assert not editor.conflict_bar.isVisible()
    with Store.open(demo_path, readonly=True) as store:
        after = store.proposals.get(uuid)
        decision = store.decisions.get(uuid)
    assert after.title.endswith(" (revisado)") and after.title != "Título de Rosa (revisado)"
    assert after.status is ProposalStatus.DECIDED  # the decision's status, never the one the editor was opened with
    assert decision is not None and decision.kind is DecisionKind.REJECT


def test_a_decision_recorded_while_an_edit_waits_for_its_autosave_keeps_both(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric
) -> None:
    """The decision is written between the typing and its autosave: the save goes over the decided revision."""
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    service = app.service
    assert service is not None
    uuid = window.committee.data.ranking[-1].uuid  # type: ignore[union-attr]
    window.select_proposal(uuid)
    window.show_page(PROPOSALS)
    editor = window.proposals.editor
    title = editor.fields.widget("title")
    assert isinstance(title, QLineEdit)
    original = title.text()
    _type_title(qtbot, editor, " (revisado)")
    decision = Decision(
        uuid, DecisionKind.REJECT, "No alcanza los mínimos de articulación.", "2026-05-04", "", ("Ana",)
    )
    done: list[object] = []
    service.submit(
        lambda store: store.decisions.record(decision, rubric), done.append, change=Change(ChangeKind.PROPOSAL, (uuid,))
    )
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    _settled(qtbot, editor, service)
    assert not editor.conflict_bar.isVisible()
    with Store.open(demo_path, readonly=True) as store:
        after = store.proposals.get(uuid)
        assert store.decisions.get(uuid) is not None
    assert after.title == original + " (revisado)" and after.status is ProposalStatus.DECIDED
    status = editor.fields.widget("status")
    assert isinstance(status, QComboBox)
    assert status.currentData() == ProposalStatus.DECIDED  # the form shows the decision's status once saved
