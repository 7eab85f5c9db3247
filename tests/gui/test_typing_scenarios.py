"""A field evaluator's day, typed the way people type: bursts of keys with pauses longer than the autosave delay
between them, clicks in the list, a change of view or of proposal in the middle of a word, the window closed
with edits pending. Each scenario then reads the store: what was typed is stored, as typed, in the proposal the
user was looking at. Every scenario runs in English and in Spanish."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from red_desktop.core.domain import Evaluation, Proposal
from red_desktop.gui.app import Application
from red_desktop.gui.i18n import install_translators
from red_desktop.gui.main_window import PROPOSALS, SCORING, MainWindow
from tests.gui.conftest import opened
from tests.gui.people import STEADY_MS, answer_unsaved_question, click_proposal, type_in, wait_for

GO_BACK, DISCARD = QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.DestructiveRole


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot: QtBot, make_app, demo_path: Path, language: str) -> MainWindow:
    app: Application = make_app()
    app.settings.set("interface.language", language)
    assert app.start(demo_path, demo=False)
    shown = opened(qtbot, app)
    shown.resize(1366, 768)
    wait_for(qtbot, lambda: bool(shown.scoring.evaluator_uuid))
    return shown


def stored(window: MainWindow, uuid: str) -> Proposal:
    assert window.service.reader is not None
    return window.service.reader.proposals.get(uuid)


def proposals(window: MainWindow) -> list[Proposal]:
    assert window.service.reader is not None
    return list(window.service.reader.proposals.all())


def line(window: MainWindow, name: str) -> QLineEdit:
    widget = window.proposals.editor.fields.widget(name)
    assert isinstance(widget, QLineEdit)
    return widget


def my_evaluation(window: MainWindow, proposal_uuid: str) -> Evaluation | None:
    assert window.service.reader is not None
    mine = window.scoring.evaluator_uuid
    found = window.service.reader.evaluations.for_proposal(proposal_uuid)
    return next((e for e in found if e.evaluator_uuid == mine), None)


def justification(window: MainWindow, proposal_uuid: str, sub_id: str) -> str | None:
    evaluation = my_evaluation(window, proposal_uuid)
    score = None if evaluation is None else next((s for s in evaluation.scores if s.subcriterion_id == sub_id), None)
    return None if score is None else score.justification


def unscored(window: MainWindow) -> Proposal:
    """A proposal this evaluator has not scored yet."""
    return next(p for p in proposals(window) if my_evaluation(window, p.uuid) is None)


def list_shows(window: MainWindow, uuid: str) -> bool:
    return window.proposals.list_view.model.rowid_of(uuid) is not None and window.service.pending == 0


# ---- the proposal editor ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("filtered", [False, True], ids=["whole list", "search filter"])
def test_a_new_proposal_made_while_another_is_selected_keeps_what_is_typed(
    qtbot: QtBot, window: MainWindow, filtered: bool
) -> None:
    """Issue 12, item 1: File › New proposal with a proposal selected, then the region typed after the save,
    landed in the old proposal ("Chiloé, Los LagosValle Sagrado, Cusco") once the list had reloaded."""
    view = window.proposals.list_view
    old = proposals(window)[3]
    if filtered:
        type_in(qtbot, view.filters.search, old.code)
        wait_for(qtbot, lambda: view.model.rowCount() == 1)
    click_proposal(qtbot, view, old.uuid)
    wait_for(qtbot, lambda: window.proposals.editor.proposal_uuid == old.uuid)

    window.menus.new_proposal.trigger()
    title = "Turismo rural comunitario — Valle Sagrado"
    type_in(qtbot, line(window, "title"), title)
    type_in(qtbot, window.proposals.editor.fields.widget("country").lineEdit(), "Perú")  # type: ignore[attr-defined]
    wait_for(qtbot, lambda: any(p.title == title for p in proposals(window)))
    new = next(p for p in proposals(window) if p.title == title)
    if filtered:
        view.filters.search.clear()
    wait_for(qtbot, lambda: list_shows(window, new.uuid))  # the list has reloaded with the new proposal in it

    region = "Valle Sagrado, Cusco"
    type_in(qtbot, line(window, "region_name"), region)
    wait_for(qtbot, lambda: stored(window, new.uuid).region_name == region)
    assert stored(window, old.uuid).region_name == old.region_name
    assert window.proposals.editor.proposal_uuid == new.uuid
    assert line(window, "region_name").text() == region
    assert view.selected_uuid() == new.uuid  # the list shows, selected, the proposal on screen


def test_narrative_typed_in_bursts_with_pauses_is_stored_as_typed(qtbot: QtBot, window: MainWindow) -> None:
    target = proposals(window)[5]
    click_proposal(qtbot, window.proposals.list_view, target.uuid)
    editor = window.proposals.editor
    wait_for(qtbot, lambda: editor.proposal_uuid == target.uuid)
    field = editor.fields.widget("market_opportunities")
    assert isinstance(field, QPlainTextEdit)
    field.setFocus()
    field.moveCursor(field.textCursor().MoveOperation.End)
    before = stored(window, target.uuid).market_opportunities
    for burst in (" Primera parte.", " Segunda parte.", " Tercera, más larga: ñandú y açaí."):
        type_in(qtbot, field, burst)
        before += burst
        wait_for(qtbot, lambda text=before: stored(window, target.uuid).market_opportunities == text)
    assert field.toPlainText() == before
    assert field.textCursor().position() == len(before)


def test_switching_proposal_in_the_middle_of_a_word_saves_it_in_the_first(qtbot: QtBot, window: MainWindow) -> None:
    first, second = proposals(window)[1], proposals(window)[2]
    view = window.proposals.list_view
    click_proposal(qtbot, view, first.uuid)
    wait_for(qtbot, lambda: window.proposals.editor.proposal_uuid == first.uuid)
    title = line(window, "title")
    title.setFocus()
    title.end(False)
    type_in(qtbot, title, " (revisado)")
    click_proposal(qtbot, view, second.uuid)  # before the autosave delay has run out
    wait_for(qtbot, lambda: stored(window, first.uuid).title == first.title + " (revisado)")
    assert window.proposals.editor.proposal_uuid == second.uuid
    assert line(window, "title").text() == second.title
    assert stored(window, second.uuid).title == second.title


def test_closing_the_window_with_a_valid_edit_pending_saves_it(qtbot: QtBot, window: MainWindow) -> None:
    target = proposals(window)[4]
    click_proposal(qtbot, window.proposals.list_view, target.uuid)
    wait_for(qtbot, lambda: window.proposals.editor.proposal_uuid == target.uuid)
    agency = line(window, "executing_agency")
    agency.selectAll()
    type_in(qtbot, agency, "Gobierno Regional de Cusco")
    assert window.close()
    wait_for(qtbot, lambda: window.service.pending == 0)
    assert stored(window, target.uuid).executing_agency == "Gobierno Regional de Cusco"


def test_closing_with_an_edit_that_cannot_be_saved_asks_and_can_go_back(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 12, item 4: an emptied title was lost without a word when the window closed."""
    target = proposals(window)[6]
    click_proposal(qtbot, window.proposals.list_view, target.uuid)
    wait_for(qtbot, lambda: window.proposals.editor.proposal_uuid == target.uuid)
    title = line(window, "title")
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    asked = answer_unsaved_question(GO_BACK)
    assert not window.close()
    assert len(asked) == 1 and target.code in asked[0]
    assert window.isVisible() and window.stack.currentIndex() == PROPOSALS and title.text() == ""
    type_in(qtbot, title, "Título corregido")  # back at it: corrected, then saved
    wait_for(qtbot, lambda: stored(window, target.uuid).title == "Título corregido")

    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    asked = answer_unsaved_question(DISCARD)
    assert window.close()
    assert len(asked) == 1
    wait_for(qtbot, lambda: window.service.pending == 0)
    assert stored(window, target.uuid).title == "Título corregido"


def test_a_new_proposal_never_valid_is_not_dropped_by_switching_view(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 12, item 4: a new proposal with country 'Narnia' and latitude 200 vanished on a change of view."""
    count = len(proposals(window))
    window.menus.new_proposal.trigger()
    editor = window.proposals.editor
    type_in(qtbot, line(window, "title"), "Parque tecnológico del sur")
    type_in(qtbot, editor.fields.widget("country").lineEdit(), "Narnia")  # type: ignore[attr-defined]
    type_in(qtbot, line(window, "latitude"), "200")
    asked = answer_unsaved_question(GO_BACK)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # View › Scoring
    wait_for(qtbot, lambda: len(asked) == 1 and window.navigation.currentRow() == PROPOSALS)
    assert window.stack.currentIndex() == PROPOSALS
    assert line(window, "title").text() == "Parque tecnológico del sur" and line(window, "latitude").text() == "200"

    other = proposals(window)[0]
    asked = answer_unsaved_question(GO_BACK)  # another proposal chosen in the list: the same question
    click_proposal(qtbot, window.proposals.list_view, other.uuid)
    wait_for(qtbot, lambda: len(asked) == 1)
    assert editor.proposal_uuid != other.uuid and line(window, "title").text() == "Parque tecnológico del sur"
    assert window.proposals.list_view.selected_uuid() is None  # the list does not pretend another is open

    asked = answer_unsaved_question(DISCARD)
    click_proposal(qtbot, window.proposals.list_view, other.uuid)
    wait_for(qtbot, lambda: editor.proposal_uuid == other.uuid)
    assert len(asked) == 1 and len(proposals(window)) == count


def test_the_question_names_a_proposal_made_here_by_its_code(qtbot: QtBot, window: MainWindow) -> None:
    """Xvfb at 1024×768: for a proposal created in the session the question began " tiene cambios…" (no code)."""
    window.menus.new_proposal.trigger()
    type_in(qtbot, line(window, "title"), "Ruta del café de altura")
    type_in(qtbot, window.proposals.editor.fields.widget("country").lineEdit(), "Perú")  # type: ignore[attr-defined]
    wait_for(qtbot, lambda: any(p.title == "Ruta del café de altura" for p in proposals(window)))
    new = next(p for p in proposals(window) if p.title == "Ruta del café de altura")
    # The store holds it before the window hears its save came back: wait for the window, as a person would.
    wait_for(
        qtbot, lambda: window.proposals.editor.is_stored(new.uuid) and window.proposals.editor.subject() == new.code
    )
    line(window, "title").clear()
    asked = answer_unsaved_question(GO_BACK)
    assert not window.close()
    assert len(asked) == 1 and asked[0].startswith(new.code)


def test_opening_another_store_with_an_edit_that_cannot_be_saved_asks_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    target = proposals(window)[2]
    click_proposal(qtbot, window.proposals.list_view, target.uuid)
    wait_for(qtbot, lambda: window.proposals.editor.proposal_uuid == target.uuid)
    line(window, "title").clear()
    asked = answer_unsaved_question(GO_BACK)
    window.open_store_requested.emit(tmp_path / "another.sqlite")
    assert len(asked) == 1
    assert window.isVisible() and window.service.reader is not None


# ---- the scoring form -------------------------------------------------------------------------------------------


def open_for_scoring(qtbot: QtBot, window: MainWindow, target: Proposal) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == SCORING
    click_proposal(qtbot, window.scoring.list_view, target.uuid)
    form = window.scoring.form
    wait_for(qtbot, lambda: form.body.isEnabled() and target.code in form.header.title_label.text())


def level_then_justify(qtbot: QtBot, window: MainWindow, sub_id: str, level: int, text: str) -> None:
    """Click a level, click into its justification and type, without waiting for anything."""
    row = window.scoring.form.rows[sub_id]
    qtbot.mouseClick(row.selector.buttons[level], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(row.justification_edit.viewport(), Qt.MouseButton.LeftButton)
    type_in(qtbot, row.justification_edit, text)


def test_a_justification_typed_in_two_bursts_is_stored_in_order(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 12, item 2: 'Primera parte.', a pause, ' Segunda parte.' was stored as ' Segunda parte.Primera parte.'."""
    target = unscored(window)
    open_for_scoring(qtbot, window, target)
    row = window.scoring.form.rows["A1"]
    qtbot.mouseClick(row.selector.buttons[2], Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: justification(window, target.uuid, "A1") == "")
    editor = row.justification_edit
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    type_in(qtbot, editor, "Primera parte.")
    wait_for(qtbot, lambda: justification(window, target.uuid, "A1") == "Primera parte.")
    wait_for(qtbot, lambda: window.service.pending == 0)
    type_in(qtbot, editor, " Segunda parte.")
    wait_for(qtbot, lambda: justification(window, target.uuid, "A1") == "Primera parte. Segunda parte.")
    assert editor.toPlainText() == "Primera parte. Segunda parte."
    assert editor.textCursor().position() == len("Primera parte. Segunda parte.")


def test_typing_right_after_choosing_a_level_keeps_the_first_characters(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 12, item 2: 'Mesa publico-privada…' typed at once after a level was saved as 'blico-privada…'."""
    target = unscored(window)
    open_for_scoring(qtbot, window, target)
    row = window.scoring.form.rows["B1"]
    row.selector.setFocus()
    qtbot.keyClick(row.selector, Qt.Key.Key_4)  # level 4 needs a justification: typed at once
    qtbot.keyClick(row.selector, Qt.Key.Key_Tab)
    assert row.justification_edit.hasFocus() or QApplication.focusWidget() is row.justification_edit
    text = "Mesa público-privada"
    type_in(qtbot, row.justification_edit, text, delay=STEADY_MS)  # the level's save lands meanwhile
    wait_for(qtbot, lambda: justification(window, target.uuid, "B1") == text)
    assert my_evaluation(window, target.uuid).levels()["B1"] == 4  # type: ignore[union-attr]


def test_steady_typing_while_other_saves_land_is_not_interleaved(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 12, item 2: typing at ~8 characters a second while the store answers earlier saves."""
    target = unscored(window)
    open_for_scoring(qtbot, window, target)
    form = window.scoring.form
    for sub_id in ("A2", "B2"):
        qtbot.mouseClick(form.rows[sub_id].selector.buttons[3], Qt.MouseButton.LeftButton)  # saves on their way
    editor = form.rows["A2"].justification_edit
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton)
    text = "Actores públicos y privados, 12 convenios."
    type_in(qtbot, editor, text, delay=STEADY_MS)
    wait_for(qtbot, lambda: justification(window, target.uuid, "A2") == text)
    assert editor.toPlainText() == text


def test_switching_view_in_the_middle_of_a_justification_saves_it(qtbot: QtBot, window: MainWindow) -> None:
    target = unscored(window)
    open_for_scoring(qtbot, window, target)
    level_then_justify(qtbot, window, "C1", 1, "Escala regional probada")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # before the typing pause
    assert window.stack.currentIndex() == PROPOSALS
    wait_for(qtbot, lambda: justification(window, target.uuid, "C1") == "Escala regional probada")


def test_scoring_one_proposal_then_another_keeps_each_in_its_own(qtbot: QtBot, window: MainWindow) -> None:
    first = unscored(window)
    open_for_scoring(qtbot, window, first)
    level_then_justify(qtbot, window, "A3", 2, "Para la primera")
    second = next(p for p in proposals(window) if p.uuid != first.uuid and my_evaluation(window, p.uuid) is None)
    click_proposal(qtbot, window.scoring.list_view, second.uuid)  # mid-typing
    wait_for(qtbot, lambda: second.code in window.scoring.form.header.title_label.text())
    assert window.scoring.form.rows["A3"].justification() == ""
    wait_for(qtbot, lambda: justification(window, first.uuid, "A3") == "Para la primera")
    assert my_evaluation(window, second.uuid) is None


def test_going_back_after_a_click_in_the_sidebar_shows_proposals_there_too(qtbot: QtBot, window: MainWindow) -> None:
    """Trial at 1024×768: after 'Go back to it' the sidebar still highlighted Committee over the editor."""
    target = proposals(window)[6]
    click_proposal(qtbot, window.proposals.list_view, target.uuid)
    wait_for(qtbot, lambda: window.proposals.editor.proposal_uuid == target.uuid)
    line(window, "title").clear()
    asked = answer_unsaved_question(GO_BACK)
    sidebar = window.navigation
    qtbot.mouseClick(
        sidebar.viewport(), Qt.MouseButton.LeftButton, pos=sidebar.visualItemRect(sidebar.item(2)).center()
    )
    wait_for(qtbot, lambda: len(asked) == 1)
    wait_for(qtbot, lambda: [sidebar.row(i) for i in sidebar.selectedItems()] == [PROPOSALS])
    assert window.stack.currentIndex() == PROPOSALS and sidebar.currentRow() == PROPOSALS


def test_tab_from_the_scoring_list_goes_into_the_form_and_keeps_the_proposal(qtbot: QtBot, window: MainWindow) -> None:
    """Trial at 1024×768: Tab walked cell by cell through the list, changing the proposal, and never reached the
    form, so scoring could not start from the keyboard."""
    target = proposals(window)[3]
    open_for_scoring(qtbot, window, target)
    table = window.scoring.list_view.table
    table.setFocus()
    for _ in range(4):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if window.scoring.form.isAncestorOf(QApplication.focusWidget()):
            break
    assert window.scoring.form.isAncestorOf(QApplication.focusWidget())
    assert window.current.uuid == target.uuid and window.scoring.list_view.selected_uuid() == target.uuid
