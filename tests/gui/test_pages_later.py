"""The window shows before its Committee page is built (issue 19: it imports pyqtgraph and builds charts); the page
is built once the window shows its list's index (its modules imported in the background), or at once when asked
for, and nothing it should show is lost meanwhile: the ranking, the current proposal, read-only media. The Scoring
page's form likewise, built when the page first shows, and filled with the current proposal when it shows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from red_desktop.gui.app import Application
from red_desktop.gui.main_window import COMMITTEE, EXCHANGE, PROPOSALS, SCORING, MainWindow


def started(qtbot: QtBot, make_app: Callable[..., Application], demo_path: Path) -> tuple[Application, MainWindow]:
    app = make_app()
    assert app.start(demo_path, demo=False)
    assert app.window is not None
    return app, app.window


def test_the_committee_page_is_built_after_the_window_shows(
    qtbot: QtBot, make_app: Callable[..., Application], demo_path: Path
) -> None:
    _app, window = started(qtbot, make_app, demo_path)
    assert window._committee is None  # not before the window showed
    assert window.stack.currentIndex() == PROPOSALS
    qtbot.waitUntil(lambda: window._committee is not None, timeout=20_000)
    assert not window.proposals.list_view.model.loading  # after the list's index
    assert window.stack.widget(COMMITTEE) is window.committee and window.stack.widget(EXCHANGE) is window.exchange
    assert window.stack.count() == 4 and window.stack.currentIndex() == PROPOSALS
    qtbot.waitUntil(lambda: window.committee.model.rowCount() > 0, timeout=20_000)  # the ranking reaches it


def test_a_ranking_and_the_current_proposal_that_come_first_are_shown_when_the_page_is_built(
    qtbot: QtBot, make_app: Callable[..., Application], demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "_build_committee", lambda self: None)  # built only when asked for
    app, window = started(qtbot, make_app, demo_path)
    assert app.views is not None
    qtbot.waitUntil(lambda: window._committee_data is not None and not window.proposals.list_view.model.loading)
    uuid = window.proposals.list_view.model.row_at(2).uuid
    assert window.select_proposal(uuid)
    window.set_read_only(demo_path)
    assert window._committee is None
    window.show_page(COMMITTEE)  # the user chooses Committee: built at once
    assert window._committee is not None and window.stack.currentWidget() is window.committee
    assert window.committee.model.rowCount() > 0 and window._committee_data is None
    assert window.committee.proposal.read_only
    assert window.committee.selected_uuid() == uuid
    window.show_page(EXCHANGE)
    assert window.stack.currentWidget() is window.exchange


def test_the_scoring_form_is_built_when_its_page_first_shows_with_the_current_proposal(
    qtbot: QtBot, make_app: Callable[..., Application], demo_path: Path
) -> None:
    _app, window = started(qtbot, make_app, demo_path)
    qtbot.waitUntil(lambda: not window.proposals.list_view.model.loading and bool(window.scoring.evaluator_uuid))
    uuid = window.proposals.list_view.model.row_at(1).uuid
    assert window.select_proposal(uuid)
    assert not window.scoring.form_is_built  # a quarter of the window's start, for a page not in sight
    window.set_read_only(demo_path)
    window.show_page(SCORING)
    assert window.scoring.form_is_built and window.stack.currentWidget() is window.scoring
    form = window.scoring._form
    assert form is not None and form.isVisible() and form.read_only
    assert form.key is not None and form.key.proposal_uuid == uuid
    assert window.page_undo._group.activeStack() is form.undo_stack  # Edit › Undo acts on the form's history


def test_a_hidden_form_is_filled_when_it_shows_again_not_at_each_change_meanwhile(
    qtbot: QtBot, make_app: Callable[..., Application], demo_path: Path
) -> None:
    _app, window = started(qtbot, make_app, demo_path)
    qtbot.waitUntil(lambda: not window.proposals.list_view.model.loading and bool(window.scoring.evaluator_uuid))
    model = window.proposals.list_view.model
    first, second, third = (model.row_at(i).uuid for i in range(3))
    assert window.select_proposal(first)
    window.show_page(SCORING)
    form = window.scoring._form
    assert form is not None and form.key is not None and form.key.proposal_uuid == first
    window.show_page(PROPOSALS)
    for uuid in (second, third):  # chosen in the Proposals view, the form out of sight
        assert window.select_proposal(uuid)
        assert form.key.proposal_uuid == first
    window.show_page(SCORING)
    assert form.key is not None and form.key.proposal_uuid == third
    window.show_page(PROPOSALS)
    assert window.select_proposal(second)
    assert window.scoring.form.key is not None and window.scoring.form.key.proposal_uuid == second  # asked for
