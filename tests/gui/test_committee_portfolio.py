"""The committee's Portfolio tab (issue 20): the same set as `red-desktop portfolio`, computed in the background after
each change, the what-if saved only with a reason, and the funding line in the ranking's table and chart."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from red_desktop.cli.main import main
from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.portfolio_rules import CallBudget, GroupRule, RuleKind
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.committee import portfolio_tab
from red_desktop.gui.pages.committee_page import CommitteePage
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor

WAIT_MS = 30_000
SAMPLES = 40
CALL = CallBudget(12_000_000.0, (GroupRule(RuleKind.MIN_SHARE, "region_type", "marginalized", 0.3),))


@pytest.fixture
def budgeted(demo_path: Path) -> Path:
    with Store.open(demo_path, user="Ana Lucía Quispe") as store:
        store.call.set_budget(CALL, "the call's terms of reference")
    return demo_path


@pytest.fixture
def opened(qtbot: QtBot, budgeted: Path) -> Iterator[StoreService]:
    service = StoreService(budgeted, "Ana Lucía Quispe")
    assert service.open() == ""
    qtbot.waitUntil(lambda: service.pending == 0)
    yield service
    service.close()


@pytest.fixture
def page(qtbot: QtBot, opened: StoreService, rubric: Rubric) -> Iterator[CommitteePage]:
    runner = Executor()
    shown = CommitteePage(opened, runner, rubric, "en")
    qtbot.addWidget(shown)
    shown.portfolio.samples.setValue(SAMPLES)
    yield shown
    shown.portfolio._stop_robust()
    runner.wait()
    runner.shutdown()


def committee(path: Path, rubric: Rubric) -> CommitteeData:
    with Store.open(path, readonly=True) as store:
        return build_committee(store, rubric)


def command(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["portfolio", "--json", "--samples", str(SAMPLES), "--db", str(path)]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_tab_funds_the_same_set_as_the_command_with_the_same_probabilities(
    qtbot: QtBot, page: CommitteePage, budgeted: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    page.set_data(committee(budgeted, rubric))
    tab = page.portfolio
    qtbot.waitUntil(lambda: tab.robust is not None, timeout=WAIT_MS)
    assert tab.call == CALL and tab.budget.value() == 12_000_000
    out = command(budgeted, capsys)
    assert tab.portfolio is not None and tab.robust is not None
    codes = tab.portfolio.candidates.codes
    assert [codes[i] for i in np.flatnonzero(tab.portfolio.funded)] == [
        p["code"] for p in out["proposals"] if p["funded"]
    ]
    assert tab.portfolio.objective == pytest.approx(out["objective"])
    assert out["objective"] >= out["rank_order_objective"]
    assert list(tab.robust.p_funded) == [p["p_funded"] for p in out["proposals"]]
    assert "At the margin over 40 weight samples" in tab.summary.text()
    assert tab.progress.isVisibleTo(tab) and not tab.stop.isEnabled()  # the row stays: nothing below it moves


def test_the_ranking_shows_amounts_and_where_the_budget_runs_out(
    qtbot: QtBot, page: CommitteePage, budgeted: Path, rubric: Rubric
) -> None:
    data = committee(budgeted, rubric)
    page.set_data(data)
    qtbot.waitUntil(lambda: page.portfolio.portfolio is not None, timeout=WAIT_MS)
    portfolio = page.portfolio.portfolio
    assert portfolio is not None and portfolio.funding_line is not None
    header = page.table.horizontalHeader()
    assert not header.isSectionHidden(page.model.keys.index("cumulative"))
    assert page.model.line_row() == page.model.row_of(portfolio.candidates.uuids[portfolio.funding_line])
    line = portfolio.funding_line
    cumulative = page.model.index(
        page.model.row_of(portfolio.candidates.uuids[line]) or 0, page.model.keys.index("cumulative")
    )
    assert page.model.data(cumulative) != ""  # the first proposal the money does not reach has its cumulative amount
    page.tabs.setCurrentWidget(page.bars_tab)
    qtbot.waitUntil(lambda: page.bars.points > 0)
    assert page.bars.line_at is not None and page.bars.line_at <= line  # the bars are the scored proposals only
    chosen = portfolio.candidates.uuids[line]
    page.select_proposal(chosen)  # selected anywhere: its row in the portfolio's table too
    rows = page.portfolio.table.selectionModel().selectedRows()
    assert [page.portfolio.model.uuid_at(r.row()) for r in rows] == [chosen]
    page.table.sortByColumn(page.model.keys.index("total"), Qt.SortOrder.DescendingOrder)
    assert page.model.line_row() is None  # in another order the line means nothing


def test_typing_a_budget_computes_once_the_typing_pauses_and_saves_only_with_a_reason(
    qtbot: QtBot, page: CommitteePage, budgeted: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.set_data(committee(budgeted, rubric))
    tab = page.portfolio
    qtbot.waitUntil(lambda: tab.portfolio is not None, timeout=WAIT_MS)
    saved_line = page.model.line_row()
    assert saved_line is not None
    solved: list[object] = []
    tab.computed.connect(solved.append)
    tab.budget.selectAll()
    QTest.keyClicks(tab.budget.lineEdit(), "80000")  # a burst: one computation after it, none per digit
    QTest.keyClicks(tab.budget.lineEdit(), "00")
    qtbot.waitUntil(lambda: len(solved) == 1, timeout=WAIT_MS)
    assert tab.call.budget == 8_000_000 and tab.portfolio is not None and tab.portfolio.call.budget == 8_000_000
    assert tab.portfolio.funded_amount <= 8_000_000
    assert page.model.line_row() == saved_line  # the ranking's line is the call's, not the what-if's
    assert page._funding is not None and page._funding.call == CALL  # the chart's line too
    assert tab.save.isEnabled() and "not saved" in tab.summary.text()
    with Store.open(budgeted, readonly=True) as store:
        assert store.call.budget() == CALL  # a what-if changes nothing stored
    monkeypatch.setattr(portfolio_tab, "ask_reason", lambda *args, **kwargs: None)
    tab.save.click()  # cancelled: nothing saved
    qtbot.waitUntil(lambda: page.portfolio._service.pending == 0)
    with Store.open(budgeted, readonly=True) as store:
        assert store.call.budget() == CALL
    monkeypatch.setattr(portfolio_tab, "ask_reason", lambda *args, **kwargs: "a smaller call")
    tab.save.click()
    qtbot.waitUntil(lambda: not tab.save.isEnabled(), timeout=WAIT_MS)
    assert page.model.line_row() is not None and page.model.line_row() < saved_line  # saved: the ranking follows
    with Store.open(budgeted, readonly=True) as store:
        assert store.call.budget().budget == 8_000_000
        assert store.audit.entries("call")[-1].reason == "a smaller call"


def test_a_rule_added_and_a_proposal_forced_out_change_the_set(
    qtbot: QtBot, page: CommitteePage, budgeted: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.set_data(committee(budgeted, rubric))
    tab = page.portfolio
    qtbot.waitUntil(lambda: tab.portfolio is not None, timeout=WAIT_MS)
    first = tab.portfolio
    assert first is not None
    funded = [u for u, f in zip(first.candidates.uuids, first.funded, strict=True) if f]

    def answer(dialog: portfolio_tab.RuleDialog) -> bool:
        dialog.kind.setCurrentIndex(dialog.kind.findData("max_count"))
        dialog.group.setCurrentIndex(dialog.group.findData("region_type"))
        dialog.value.setCurrentIndex(0)  # each region type
        dialog.bound.setValue(2)
        dialog._accept()
        return dialog.result() == portfolio_tab.RuleDialog.DialogCode.Accepted

    monkeypatch.setattr(portfolio_tab, "accepted", answer)
    tab.add_rule.click()
    assert tab.call.rules[-1] == GroupRule(RuleKind.MAX_COUNT, "region_type", "*", 2)
    assert "At most 2 proposals of each region type" in [tab.rules.item(i).text() for i in range(tab.rules.count())]
    qtbot.waitUntil(lambda: tab.portfolio is not first, timeout=WAIT_MS)
    second = tab.portfolio
    assert second is not None
    for value in {"marginalized", "emerging", "declining"}:
        assert int((second.funded & (second.candidates.groups["region_type"] == value)).sum()) <= 2
    tab._force(funded[0], portfolio_tab.FORCED_OUT)
    qtbot.waitUntil(lambda: tab.portfolio is not second, timeout=WAIT_MS)
    third = tab.portfolio
    assert third is not None and not third.funded[third.candidates.uuids.index(funded[0])]
    assert any("out" in tab.rules.item(i).text() for i in range(tab.rules.count()))


def test_a_stored_call_that_cannot_be_read_is_said_and_none_is_used(
    qtbot: QtBot, page: CommitteePage, opened: StoreService, budgeted: Path, rubric: Rubric
) -> None:
    opened.submit(lambda store: store.meta.set("call.budget", '{"budget": "lots"}'))  # edited by hand
    qtbot.waitUntil(lambda: opened.pending == 0)
    page.set_data(committee(budgeted, rubric))
    tab = page.portfolio
    assert "cannot be read" in tab.problem.text() and not tab.problem.isHidden()
    qtbot.waitUntil(lambda: tab.portfolio is not None, timeout=WAIT_MS)
    assert tab.call == CallBudget() and tab.portfolio is not None and tab.portfolio.call.budget is None


def test_the_window_starts_without_the_solver() -> None:
    """scipy's optimiser takes 0.6 s to load: the window's modules leave it to the portfolio's first computation."""
    code = (
        "import importlib, sys; from red_desktop.gui import start\n"
        "for m in start.START_MODULES: importlib.import_module(m)\n"
        "import red_desktop.gui.pages.committee_page\n"
        "print('scipy.optimize' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=None)
    assert out.stdout.strip() == "False"


def test_the_program_ending_stops_the_samples_under_way(
    qtbot: QtBot, page: CommitteePage, budgeted: Path, rubric: Rubric
) -> None:
    """A tester quit while the robust set ran: the window closed, the process went on for minutes, the store locked."""
    tab = page.portfolio
    tab.samples.setValue(10_000)
    page.set_data(committee(budgeted, rubric))
    qtbot.waitUntil(lambda: tab.stop.isEnabled(), timeout=WAIT_MS)  # the samples under way
    tab.stop_work()
    assert page._runner.wait(WAIT_MS)  # 10,000 samples would take minutes
    assert tab.robust is None and not tab.stop.isEnabled()
