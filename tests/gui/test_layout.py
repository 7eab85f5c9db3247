"""Nothing a user needs is cut or needs sideways scrolling on a laptop screen, in English, Spanish and Portuguese.

Each page of the main window is shown at 1024×768 and 1366×768, every tab in turn, and its geometry is checked
with tests/gui/layout_checks.py (widgets inside their parents, labels and tab titles whole, no horizontal
scrollbar outside data tables). The Spanish and Portuguese catalogues are the long ones. At 1024 pixels, nothing
moves sideways under the mouse when another proposal is shown, an evaluation is marked final or a field gets a
problem, and the editor's heading is read beside its save status.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTabWidget
from pytestqt.qtbot import QtBot

from red_desktop.gui.editor import ProposalEditor
from red_desktop.gui.elided_label import ElidedLabel
from red_desktop.gui.main_window import COMMITTEE, EXCHANGE, PROPOSALS, SCORING, MainWindow
from red_desktop.gui.proposals.list_view import ProposalListView
from red_desktop.gui.scoring import scoring_form
from red_desktop.gui.scoring.subcriterion_row import SubCriterionRowWidget
from tests.gui.conftest import opened
from tests.gui.layout_checks import window_problems
from tests.gui.people import click_proposal

SIZES = (QSize(1024, 768), QSize(1366, 768))
JUSTIFICATION_WIDTH = 200  # px: about 30 characters a line; the ~150 px boxes seen at 1024 were too narrow to write in


@pytest.fixture(params=SIZES, ids=lambda size: f"{size.width()}x{size.height()}")
def window(request: pytest.FixtureRequest, language: str, qtbot: QtBot, make_app, demo_path: Path) -> MainWindow:
    app = make_app()
    assert app.start(demo_path, demo=False)
    shown = opened(qtbot, app)
    qtbot.waitUntil(lambda: shown.scoring.evaluator_uuid != "", timeout=10_000)
    shown.resize(request.param)
    shown.setProperty("screen_size", request.param)
    settle()
    return shown


def settle() -> None:
    """Let the posted layout requests run (a resize, a tab shown): geometry is read after them."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def problems_on_each_tab(window: MainWindow, tabs: QTabWidget, where: str) -> list[str]:
    found = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        found += [f"{where} › {tabs.tabText(index)}: {problem}" for problem in window_problems(window, size(window))]
    return found


def size(window: MainWindow) -> QSize:
    return window.property("screen_size")


def choose_a_line(qtbot: QtBot, view: ProposalListView, row: int) -> None:
    """Click the line where a user might: on the half-shown column at the right edge, if there is one (Qt scrolls
    a clicked cell into view, which is how the Code column used to slide away)."""
    table, header = view.table, view.table.horizontalHeader()
    edge = table.viewport().width()
    ordered = [header.logicalIndex(v) for v in range(header.count())]
    shown = [c for c in ordered if not header.isSectionHidden(c)]
    spans = {
        c: (table.columnViewportPosition(c), table.columnViewportPosition(c) + header.sectionSize(c)) for c in shown
    }
    cut = [c for c in shown if spans[c][0] < edge < spans[c][1]]
    left, right = spans[(cut or shown)[-1]]
    x = (max(left, 0) + min(right, edge)) // 2
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, table.rowViewportPosition(row) + 4))


def code_in_sight(view: ProposalListView) -> list[str]:
    table = view.table
    code = view.model.column_of("code")
    left, width = table.columnViewportPosition(code), table.horizontalHeader().sectionSize(code)
    if left < 0 or left + width > table.viewport().width():
        return [f"the Code column is at {left}..{left + width} px, the list shows 0..{table.viewport().width()}"]
    return []


Check = Callable[[QtBot, MainWindow], list[str]]


def first_screen(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Proposals before any is chosen: the hint, New proposal, and the line an empty store adds."""
    window.show_page(PROPOSALS)
    empty = window.proposals.empty_state
    empty.show_proposal_count(0)
    settle()
    if not empty.isVisible() or not empty.import_line.isVisible():
        return ["Proposals: no hint is shown while no proposal is chosen"]
    return [f"Proposals, none chosen: {p}" for p in window_problems(window, size(window))]


def proposals_page(qtbot: QtBot, window: MainWindow) -> list[str]:
    window.show_page(PROPOSALS)
    view, editor = window.proposals.list_view, window.proposals.editor
    choose_a_line(qtbot, view, 3)
    qtbot.waitUntil(lambda: editor.proposal_uuid is not None, timeout=10_000)
    settle()
    return code_in_sight(view) + problems_on_each_tab(window, editor.tabs, "Proposals")


def new_proposal_page(qtbot: QtBot, window: MainWindow) -> list[str]:
    """A new proposal: every field empty, so every placeholder is what the user reads (Xvfb: three were cut)."""
    window.menus.new_proposal.trigger()
    settle()
    return problems_on_each_tab(window, window.proposals.editor.tabs, "New proposal")


def scoring_page(qtbot: QtBot, window: MainWindow) -> list[str]:
    window.show_page(SCORING)
    page = window.scoring
    choose_a_line(qtbot, page.list_view, 2)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.form, timeout=10_000)
    settle()
    found = code_in_sight(page.list_view) + [f"Scoring: {p}" for p in window_problems(window, size(window))]
    for row in page.form.findChildren(SubCriterionRowWidget):
        box, descriptor = row.justification_edit, row.descriptor_label
        if box.width() < JUSTIFICATION_WIDTH or box.width() < descriptor.width():
            found.append(
                f"Scoring: the justification of {row.sub.id} is {box.width()} px wide (descriptor "
                f"{descriptor.width()} px); it should have the larger share and at least {JUSTIFICATION_WIDTH}"
            )
    return found


def committee_page(qtbot: QtBot, window: MainWindow) -> list[str]:
    window.show_page(COMMITTEE)
    qtbot.waitUntil(lambda: not window.committee.table.fitting, timeout=10_000)  # a column a turn
    return problems_on_each_tab(window, window.committee.tabs, "Committee")


def exchange_page(qtbot: QtBot, window: MainWindow) -> list[str]:
    window.show_page(EXCHANGE)
    return problems_on_each_tab(window, window.exchange.tabs, "Exchange")


PAGES: dict[str, Check] = {
    "first_screen": first_screen,
    "proposals": proposals_page,
    "new_proposal": new_proposal_page,
    "scoring": scoring_page,
    "committee": committee_page,
    "exchange": exchange_page,
}


@pytest.mark.parametrize("page", PAGES)
def test_nothing_is_cut_on_a_laptop_screen(qtbot: QtBot, window: MainWindow, page: str) -> None:
    problems = PAGES[page](qtbot, window)
    assert not problems, "\n".join(problems)


SCORER = "Jorge Luis Mamani"  # in the demo store he has finals, drafts and proposals he has not scored


def form_places(window: MainWindow) -> dict[str, object]:
    """Where the scoring form is: the list's width, each level button's x (the next click's target), the bar."""
    page = window.scoring
    form = page.form
    buttons = {
        f"{sub_id} {level}": button.mapTo(window, QPoint(0, 0)).x()
        for sub_id, row in form.rows.items()
        for level, button in row.selector.buttons.items()
    }
    return {"list width": page.list_view.width(), "bar height": form.summary.height(), **buttons}


def changes(before: dict[str, object], after: dict[str, object]) -> dict[str, str]:
    return {key: f"{before[key]} -> {after[key]}" for key in before if before[key] != after[key]}


def own_state(window: MainWindow, row: int) -> str:
    own = window.scoring.list_view.model.row_at(row).own
    return "none" if own is None else "final" if own.final else "draft"


@pytest.mark.parametrize("language", ["es", "pt"], indirect=True)
def test_the_scoring_form_stays_put_from_proposal_to_proposal_and_on_mark_final(
    qtbot: QtBot, language: str, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list keeps its width and the level buttons their place whatever the title and state of the proposal
    (a wider "Final · locked" badge took 33 px from the list, moving the whole form under the mouse)."""
    app = make_app(SCORER)
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    qtbot.waitUntil(lambda: window.scoring.evaluator_uuid != "", timeout=10_000)
    window.resize(SIZES[0])
    window.show_page(SCORING)
    page, model = window.scoring, window.scoring.list_view.model
    seen: dict[str, dict[str, object]] = {}
    for row in range(model.rowCount()):
        uuid = model.row_at(row).uuid
        click_proposal(qtbot, page.list_view, uuid)
        qtbot.waitUntil(lambda uuid=uuid: getattr(page.form.key, "proposal_uuid", "") == uuid, timeout=10_000)
        settle()
        seen[f"{model.row_at(row).code} ({own_state(window, row)})"] = form_places(window)
    assert {"none", "draft", "final"} <= {own_state(window, row) for row in range(model.rowCount())}
    table = page.list_view.table
    for key in ("code", "own_total"):  # the evaluator's own total in view beside the code, without scrolling
        section = model.column_of(key)
        right = table.horizontalHeader().sectionViewportPosition(section) + table.columnWidth(section)
        assert right <= table.viewport().width(), f"{key} ends at {right} px of {table.viewport().width()}"
    first = next(iter(seen.values()))
    moved = {shown: changes(first, places) for shown, places in seen.items() if places != first}
    assert not moved, f"compared with {next(iter(seen))}: {moved}"

    draft = next(row for row in range(model.rowCount()) if own_state(window, row) == "draft")
    click_proposal(qtbot, page.list_view, model.row_at(draft).uuid)
    for row in page.form.rows.values():  # the draft's missing levels, so that it can be marked final
        if row.level is None:
            qtbot.mouseClick(row.selector.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.service.pending == 0, timeout=10_000)
    settle()
    summary = page.form.summary
    mark_final = summary.mark_final_button.geometry()
    monkeypatch.setattr(scoring_form, "confirm_final", lambda *args: True)
    qtbot.mouseClick(summary.mark_final_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: summary.reopen_button.isVisible(), timeout=10_000)
    settle()
    assert changes(first, form_places(window)) == {}
    assert summary.reopen_button.geometry() == mark_final


def field_places(editor: ProposalEditor) -> dict[str, object]:
    settle()
    return {name: widget.mapToGlobal(QPoint(0, 0)).x() for name, widget in editor.fields.widgets().items()}


def heading(editor: ProposalEditor) -> ElidedLabel:
    label = editor.form.child(QLabel, "headingLabel")
    assert isinstance(label, ElidedLabel)
    return label


@pytest.mark.parametrize("language", ["es", "pt"], indirect=True)
def test_the_editor_heading_is_read_beside_a_problem_and_a_problem_moves_no_field_sideways(
    qtbot: QtBot, language: str, make_app, demo_path: Path
) -> None:
    """At 1024 pixels the save status ("No guardado: 3 problemas (…)") left the heading "Propue…", and the tab
    title "General (1)" coming in with "Is required" widened the editor, moving every field 11 px to the left."""
    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.resize(SIZES[0])
    window.show_page(PROPOSALS)
    editor = window.proposals.editor
    choose_a_line(qtbot, window.proposals.list_view, 8)
    qtbot.waitUntil(lambda: editor.proposal_uuid is not None, timeout=10_000)
    settle()
    code, title = editor.current_proposal().code, editor.current_proposal().title
    shown = heading(editor).elided_text()
    assert shown.startswith(f"{code} · {title[:20]}"), f"the heading shows {shown!r}"

    editor.new_proposal()
    settle()
    assert editor.status.label.property("problem") and not heading(editor).is_elided(), heading(editor).elided_text()
    before = field_places(editor)
    title_edit = editor.fields.widgets()["title"]
    assert isinstance(title_edit, QLineEdit)
    qtbot.keyClicks(title_edit, "Agua")
    title_edit.selectAll()
    qtbot.keyClick(title_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: editor.marker.label("title").isVisible(), timeout=10_000)
    assert "(1)" in editor.tabs.tabText(0)
    assert changes(before, field_places(editor)) == {}


def column_end(table, section: int) -> int:  # type: ignore[no-untyped-def]
    return table.horizontalHeader().sectionViewportPosition(section) + table.columnWidth(section)


@pytest.mark.parametrize("language", ["es"], indirect=True)
def test_the_scoring_list_shows_the_committee_too_where_there_is_room_and_keeps_a_width_the_user_drags(
    qtbot: QtBot, language: str, make_app, demo_path: Path
) -> None:
    app = make_app(SCORER)
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.resize(SIZES[1])
    window.show_page(SCORING)
    page = window.scoring
    table, column = page.list_view.table, page.list_view.model.column_of
    qtbot.waitUntil(lambda: column_end(table, column("total")) <= table.viewport().width(), timeout=10_000)
    page.splitter.moveSplitter(200, 1)
    page.splitter.splitterMoved.emit(200, 1)  # as the handle's drag announces it
    dragged = page.list_view.width()
    window.resize(SIZES[0])
    settle()
    window.resize(SIZES[1])
    settle()
    assert page.list_view.width() == dragged  # the user's width stands
