"""The Scoring list shows the evaluator's own total beside the committee's, each clearly headed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from red_desktop.core.listing import ListQuery
from red_desktop.core.own_totals import own_totals
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.main_window import SCORING
from red_desktop.gui.proposals.list_view import ProposalListView
from red_desktop.gui.scoring.operations import EvaluationKey, save_score
from red_desktop.gui.store_service import Change, ChangeKind
from tests.gui.conftest import opened

WAIT_MS = 20_000


def cells(view: ProposalListView, key: str) -> dict[str, str]:
    model, column = view.model, view.model.column_of(key)
    return {model.row_at(r).uuid: model.index(r, column).data() for r in range(model.rowCount())}


def header(view: ProposalListView, key: str) -> str:
    return view.model.headerData(view.model.column_of(key), Qt.Orientation.Horizontal)


def expected_own(path: Path, rubric: Rubric, evaluator: str) -> dict[str, str]:
    with Store.open(path, readonly=True) as store:
        own = own_totals(store, rubric, evaluator)
    shown = {}
    for uuid, total, final, missing in zip(*(own[k] for k in ("uuid", "own_total", "own_final", "own_missing"))):
        text = f"{total:.1f}"
        shown[uuid] = f"{text} partial" if missing else text if final else f"{text} draft"
    return shown


def test_the_scoring_list_shows_my_total_and_the_committee_total(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric
) -> None:
    """Issue 12 item 8: the Scoring list's "Total" was the committee's where an evaluator expects their own."""
    app = make_app()
    assert app.start(demo_path, demo=True)  # a demo evaluator with finals and drafts of their own
    window = opened(qtbot, app)
    window.show_page(SCORING)
    view = window.scoring.list_view
    qtbot.waitUntil(lambda: window.scoring.evaluator_uuid != "", timeout=WAIT_MS)
    evaluator = window.scoring.evaluator_uuid
    mine = expected_own(demo_path, rubric, evaluator)
    assert mine and len(mine) < len(cells(view, "total"))  # scored some proposals, not all
    qtbot.waitUntil(lambda: {u: t for u, t in cells(view, "own_total").items() if t != "–"} == mine, timeout=WAIT_MS)
    assert view.visible_columns()[1:3] == ["own_total", "total"]  # beside the code, seen in a narrow list
    table = view.table
    for key, longest in (("own_total", "100.0 partial"), ("total", "100.0")):  # as wide as title and values
        texts = (header(view, key), longest)
        width = max(table.fontMetrics().horizontalAdvance(text) for text in texts)
        assert table.columnWidth(view.model.column_of(key)) >= width
    assert (header(view, "own_total"), header(view, "total")) == ("My total", "Committee")
    committee = cells(view, "total")
    rows = {view.model.row_at(r).uuid: view.model.row_at(r) for r in range(view.model.rowCount())}
    assert all(committee[u] == ("–" if row.total is None else f"{row.total:.1f}") for u, row in rows.items())
    assert any(committee[u] != text for u, text in mine.items())  # two different figures, each in its column
    assert "own_total" not in window.proposals.list_view.visible_columns()
    assert header(window.proposals.list_view, "total") == "Committee"


def test_my_total_follows_a_level_given_and_sorts(qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric) -> None:
    app = make_app()
    assert app.start(demo_path, demo=True)
    window = opened(qtbot, app)
    view = window.scoring.list_view
    qtbot.waitUntil(lambda: window.scoring.evaluator_uuid != "", timeout=WAIT_MS)
    evaluator = window.scoring.evaluator_uuid
    qtbot.waitUntil(lambda: any(t != "–" for t in cells(view, "own_total").values()), timeout=WAIT_MS)
    untouched = next(u for u, t in cells(view, "own_total").items() if t == "–")
    key = EvaluationKey(untouched, evaluator, rubric)
    change = Change(ChangeKind.EVALUATION, (untouched,))
    window.service.submit(save_score(key, "A1", 4, "Mapa de actores completo"), None, None, change)
    qtbot.waitUntil(lambda: cells(view, "own_total")[untouched].endswith("partial"), timeout=WAIT_MS)
    assert cells(view, "own_total")[untouched] == expected_own(demo_path, rubric, evaluator)[untouched]
    view.model.set_query(ListQuery(sort="own_total", descending=True))
    shown = [view.model.index(r, view.model.column_of("own_total")).data() for r in range(view.model.rowCount())]
    totals = [float(t.split()[0]) for t in shown if t != "–"]
    assert totals == sorted(totals, reverse=True)
    assert shown == [t for t in shown if t != "–"] + [t for t in shown if t == "–"]  # the unscored last
