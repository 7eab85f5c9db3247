"""Edit › Undo and Redo act on the view in front: the proposal editor's edits in Proposals, the scoring form's in
Scoring (a level, or a run of typing in a justification), nothing in Committee and Exchange. Driven with the keys
and the menu, then checked against what the store holds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from red_desktop.core.domain import EvaluationState, Proposal
from red_desktop.core.profile import ensure_evaluator
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.main_window import COMMITTEE, EXCHANGE, PROPOSALS, SCORING, MainWindow
from red_desktop.gui.scoring.operations import EvaluationKey
from tests.gui.conftest import opened

WAIT_MS = 10_000
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def window_on(qtbot: QtBot, make_app, demo_path: Path) -> MainWindow:
    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    qtbot.waitUntil(lambda: window.scoring.evaluator_uuid != "", timeout=WAIT_MS)
    return window


def unscored(window: MainWindow, rubric: Rubric, skip: int = 0) -> Proposal:
    """A proposal the committee has not decided and this evaluator has not scored yet."""
    reader = window.service.reader
    assert reader is not None
    free = [
        p
        for p in reader.proposals.all()
        if reader.decisions.get(p.uuid) is None
        and EvaluationKey(p.uuid, window.scoring.evaluator_uuid, rubric).find(reader) is None
    ]
    return free[skip]


def score_it(qtbot: QtBot, window: MainWindow, proposal: Proposal) -> None:
    window.select_proposal(proposal.uuid)
    window.show_page(SCORING)
    form = window.scoring.form
    qtbot.waitUntil(lambda: form.key is not None and form.key.proposal_uuid == proposal.uuid, timeout=WAIT_MS)


def stored_score(window: MainWindow, rubric: Rubric, proposal: Proposal, sub_id: str) -> tuple[int, str] | None:
    reader = window.service.reader
    assert reader is not None
    found = EvaluationKey(proposal.uuid, window.scoring.evaluator_uuid, rubric).find(reader)
    score = next((s for s in found.scores if s.subcriterion_id == sub_id), None) if found else None
    return None if score is None else (score.level, score.justification)


def click_level(qtbot: QtBot, window: MainWindow, sub_id: str, level: int) -> None:
    qtbot.mouseClick(window.scoring.form.rows[sub_id].selector.buttons[level], Qt.MouseButton.LeftButton)


def box(window: MainWindow, sub_id: str) -> QPlainTextEdit:
    return window.scoring.form.rows[sub_id].justification_edit


def test_undo_in_scoring_takes_back_a_level_and_a_run_of_typing(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric
) -> None:
    window = window_on(qtbot, make_app, demo_path)
    target = unscored(window, rubric)
    score_it(qtbot, window, target)
    undo, redo = window.menus.undo, window.menus.redo
    assert not undo.isEnabled()

    click_level(qtbot, window, "A1", 2)
    qtbot.waitUntil(lambda: stored_score(window, rubric, target, "A1") == (2, ""), timeout=WAIT_MS)
    assert not undo.isEnabled()  # the store keeps a score once given: the first level is no step to undo
    click_level(qtbot, window, "A1", 4)
    qtbot.waitUntil(lambda: stored_score(window, rubric, target, "A1") == (4, ""), timeout=WAIT_MS)
    assert undo.isEnabled() and undo.text().replace("&", "").startswith("Undo Level of A1")

    justification = box(window, "A1")
    justification.setFocus()
    qtbot.keyClicks(justification, "Mesa publico-privada")
    qtbot.waitUntil(lambda: stored_score(window, rubric, target, "A1") == (4, "Mesa publico-privada"), timeout=WAIT_MS)
    assert window.scoring.form.undo_stack.count() == 2  # one step for the level, one for the whole typing run
    assert undo.text().replace("&", "").startswith("Undo Justification of A1")

    qtbot.keyClick(justification, Qt.Key.Key_Z, CTRL)  # the focus is in the box: its own undo must not answer
    assert justification.toPlainText() == ""
    qtbot.waitUntil(lambda: stored_score(window, rubric, target, "A1") == (4, ""), timeout=WAIT_MS)
    qtbot.keyClick(justification, Qt.Key.Key_Z, CTRL | SHIFT)
    assert justification.toPlainText() == "Mesa publico-privada"
    qtbot.waitUntil(lambda: stored_score(window, rubric, target, "A1") == (4, "Mesa publico-privada"), timeout=WAIT_MS)

    undo.trigger()  # Edit › Undo twice: the text, then the level
    undo.trigger()
    assert window.scoring.form.rows["A1"].level == 2 and justification.toPlainText() == ""
    qtbot.waitUntil(lambda: stored_score(window, rubric, target, "A1") == (2, ""), timeout=WAIT_MS)
    assert not undo.isEnabled() and redo.isEnabled()
    redo.trigger()
    qtbot.waitUntil(lambda: stored_score(window, rubric, target, "A1") == (4, ""), timeout=WAIT_MS)
    assert window.scoring.form.rows["A1"].level == 4


def test_typing_again_after_a_pause_in_another_box_is_another_step(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric
) -> None:
    window = window_on(qtbot, make_app, demo_path)
    target = unscored(window, rubric)
    score_it(qtbot, window, target)
    click_level(qtbot, window, "A1", 3)
    click_level(qtbot, window, "A2", 3)
    box(window, "A1").setFocus()
    qtbot.keyClicks(box(window, "A1"), "Primera parte.")
    box(window, "A2").setFocus()  # leaving a box ends its typing run
    qtbot.keyClicks(box(window, "A2"), "Otra.")
    box(window, "A1").setFocus()
    qtbot.keyClicks(box(window, "A1"), " Segunda parte.")
    qtbot.waitUntil(
        lambda: stored_score(window, rubric, target, "A1") == (3, "Primera parte. Segunda parte."), timeout=WAIT_MS
    )
    qtbot.keyClick(box(window, "A1"), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: stored_score(window, rubric, target, "A1") == (3, "Primera parte."), timeout=WAIT_MS)
    assert stored_score(window, rubric, target, "A2") == (3, "Otra.")
    qtbot.keyClick(box(window, "A1"), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: stored_score(window, rubric, target, "A2") == (3, ""), timeout=WAIT_MS)
    assert box(window, "A2").hasFocus()  # the undone change is shown where it was made


def test_the_edit_menu_follows_the_view_in_front(qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric) -> None:
    window = window_on(qtbot, make_app, demo_path)
    target = unscored(window, rubric)
    score_it(qtbot, window, target)
    click_level(qtbot, window, "A1", 2)
    click_level(qtbot, window, "A1", 3)
    assert window.menus.undo.isEnabled()
    for page in (PROPOSALS, COMMITTEE, EXCHANGE):
        window.show_page(page)
        assert not window.menus.undo.isEnabled(), page  # nothing was edited there
    window.show_page(PROPOSALS)
    title = window.proposals.editor.fields.widget("title")
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (revisado)")
    assert window.menus.undo.isEnabled()
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)  # one binding of Ctrl+Z in the window: the editor's edit is undone
    assert window.proposals.editor.fields.widget("title").text() == target.title
    window.show_page(SCORING)
    assert window.scoring.form.rows["A1"].level == 3  # the scoring step was not spent on the editor's
    window.menus.undo.trigger()
    qtbot.waitUntil(lambda: stored_score(window, rubric, target, "A1") == (2, ""), timeout=WAIT_MS)


def test_another_proposal_starts_a_new_history(qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric) -> None:
    window = window_on(qtbot, make_app, demo_path)
    first, second = unscored(window, rubric), unscored(window, rubric, skip=1)
    score_it(qtbot, window, first)
    click_level(qtbot, window, "A1", 2)
    click_level(qtbot, window, "A1", 3)
    assert window.menus.undo.isEnabled()
    score_it(qtbot, window, second)
    assert not window.menus.undo.isEnabled() and not window.menus.redo.isEnabled()


def test_nothing_is_undoable_on_a_final_evaluation(qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric) -> None:
    with Store.open(demo_path, user="Ana Lucía Quispe") as store:
        evaluator = ensure_evaluator(store, "Ana Lucía Quispe", "field_evaluator")
        target = next(p for p in store.proposals.all() if store.decisions.get(p.uuid) is None)
        evaluation = store.evaluations.create(target.uuid, evaluator.uuid, rubric)
        for sub in rubric.subcriteria:
            store.evaluations.set_score(evaluation.uuid, sub.id, 3, "Visto en la visita.", rubric)
        assert store.evaluations.finalize(evaluation.uuid, rubric).state is EvaluationState.FINAL
    window = window_on(qtbot, make_app, demo_path)
    score_it(qtbot, window, target)
    form = window.scoring.form
    click_level(qtbot, window, "A1", 4)
    justification = box(window, "A1")
    justification.setFocus()
    qtbot.keyClicks(justification, "mas")
    qtbot.keyClick(justification, Qt.Key.Key_Z, CTRL)
    assert form.undo_stack.count() == 0 and not window.menus.undo.isEnabled()
    assert stored_score(window, rubric, target, "A1") == (3, "Visto en la visita.")
