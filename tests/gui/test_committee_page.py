"""The committee page on a demo store, driven through its widgets: ranking, panels, selection, decisions."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from red_desktop.core.committee import build_committee
from red_desktop.core.eligibility import Eligibility
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.committee import proposal_panel
from red_desktop.gui.committee.decision_dialog import DecisionDialog
from red_desktop.gui.committee.ranking_model import UUID_ROLE
from red_desktop.gui.main_window import COMMITTEE, MainWindow
from red_desktop.gui.pages.committee_page import CommitteePage
from tests.gui.conftest import committee_in_front, opened


def demo_committee(qtbot: QtBot, make_app, demo_path: Path) -> tuple[MainWindow, CommitteePage]:
    """The demo store opened in a window with the Committee page in front."""
    app = make_app()
    app.start(demo_path, demo=False)
    page = committee_in_front(qtbot, app)
    assert app.window is not None
    return app.window, page


WAIT_MS = 20_000


def test_the_ranking_agreement_and_calibration_show_what_the_core_computes(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    page = committee_in_front(qtbot, app)
    with Store.open(demo_path, readonly=True) as store:
        data = build_committee(store, rubric)
    assert page.model.rowCount() == len(data.ranking) == 24
    shown = [page.model.data(page.model.index(r, 0), UUID_ROLE) for r in range(page.model.rowCount())]
    assert shown == [r.uuid for r in data.ranking]  # sorted by rank, ties by code
    assert page.agreement.rowCount() == 1 + len(rubric.subcriteria)
    assert page.agreement.item(0, 0).text() == f"{data.agreement.total.icc1:.3f}"
    assert page.calibration.rowCount() == len(data.calibration) == 3
    assert page.calibration_chart.points == 0 and page.bars.points == 0  # drawn when its tab is shown
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.calibration_chart.parentWidget()))
    assert page.calibration_chart.points == 3
    page.tabs.setCurrentWidget(page.bars_tab)
    assert page.bars.points == 20
    qtbot.waitUntil(lambda: page.sensitivity is not None, timeout=WAIT_MS)  # computed in the background
    page.tabs.setCurrentWidget(page.sensitivity_tab)  # drawn when shown
    assert page.sensitivity_chart.points > 0
    p_top = page.model.index(0, page.model.keys.index("p_top")).data()
    assert p_top not in ("", "–")
    swap = page.model.index(0, page.model.keys.index("swap"))
    assert swap.data() not in ("", "–")  # the leader has a next proposal to be overtaken by
    assert "overtake" in swap.data(Qt.ItemDataRole.ToolTipRole)


def test_filtering_the_ranking(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    page = committee_in_front(qtbot, app)
    contested = sum(1 for r in page.data.ranking if r.contested)  # type: ignore[union-attr]
    page.show_combo.setCurrentIndex(page.show_combo.findData("contested"))
    assert page.model.rowCount() == contested
    page.show_combo.setCurrentIndex(page.show_combo.findData("all"))
    code = page.data.ranking[5].code  # type: ignore[union-attr]
    qtbot.keyClicks(page.search, code.lower())
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == code


def test_selecting_a_proposal_in_the_committee_selects_it_everywhere(qtbot: QtBot, make_app, demo_path: Path) -> None:
    window, page = demo_committee(qtbot, make_app, demo_path)
    target = page.data.ranking[7]  # type: ignore[union-attr]
    row = page.model.row_of(target.uuid)  # type: ignore[arg-type]
    page.table.selectRow(row)
    assert window.proposals.list_view.selected_uuid() == target.uuid
    assert window.scoring.list_view.selected_uuid() == target.uuid
    assert page.proposal.radar.points > 0 and target.code in page.proposal.details.text()
    window.select_proposal(page.data.ranking[2].uuid)  # type: ignore[union-attr]
    assert page._selected == page.data.ranking[2].uuid  # type: ignore[union-attr]


def _fill_and_accept(rationale: str) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, DecisionDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("reject"))
    dialog.findChild(QPlainTextEdit, "rationaleEdit").setPlainText(rationale)
    dialog.members.setPlainText("Ana Lucía Quispe\nJoão Ribeiro")
    dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok).click()


def test_recording_a_decision_through_the_dialog_locks_the_evaluations(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    page = committee_in_front(qtbot, app)
    target = page.data.ranking[-1]  # type: ignore[union-attr]
    page.select_proposal(target.uuid)
    QTimer.singleShot(0, lambda: _fill_and_accept("No alcanza los mínimos de articulación."))
    qtbot.mouseClick(page.proposal.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.decided(target.uuid), timeout=WAIT_MS)  # the ranking was computed again
    assert page.proposal.withdraw_button.isEnabled() and "locked" in page.proposal.message.text()
    decision_column = page.model.keys.index("decision")
    assert page.model.index(page.model.row_of(target.uuid), decision_column).data() == "Reject"  # type: ignore[arg-type]
    assert app.service is not None
    with Store.open(demo_path, readonly=True) as store:
        assert store.decisions.get(target.uuid).members_present == ("Ana Lucía Quispe", "João Ribeiro")
        evaluation = store.evaluations.for_proposal(target.uuid)[0]
    failures: list[str] = []
    app.service.submit(
        lambda store: store.evaluations.reopen(evaluation.uuid, "revisar", rubric), lambda _: None, failures.append
    )
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert "locked" in failures[0]


def test_the_decision_dialog_names_what_is_missing(qtbot: QtBot) -> None:
    dialog = DecisionDialog("p", "RED-PE-2026-001 · Quinua", None, "", None)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("approve_with_conditions"))
    dialog.accept()
    assert dialog.result() == 0  # still open
    assert [p.location for p in dialog.problems()] == ["rationale", "conditions", "members_present"]
    assert dialog.conditions.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("defer"))
    assert not dialog.conditions.isEnabled()


def test_an_eligibility_override_is_recorded_with_its_rationale_and_can_be_removed(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    page = committee_in_front(qtbot, app)
    target = next(r for r in page.data.ranking if not r.eligible)  # type: ignore[union-attr]
    page.select_proposal(target.uuid)
    assert page.proposal.override_button.isEnabled()
    answers = iter(["Convenio con el gobierno regional en trámite", "Convenio caído"])
    monkeypatch.setattr(proposal_panel, "ask_reason", lambda *args, **kwargs: next(answers))
    qtbot.mouseClick(page.proposal.override_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.data.proposal(target.uuid).eligible, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert page.data.proposal(target.uuid).override_rationale == "Convenio con el gobierno regional en trámite"  # type: ignore[union-attr]
    qtbot.mouseClick(page.proposal.override_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.data.proposal(target.uuid).eligible, timeout=WAIT_MS)  # type: ignore[union-attr]
    with Store.open(demo_path, readonly=True) as store:
        actions = [(e.action, e.reason) for e in store.audit.entries(target.uuid) if "override" in e.action]
    assert actions == [
        ("gate_override", "Convenio con el gobierno regional en trámite"),
        ("gate_override_removed", "Convenio caído"),
    ]


def test_the_decision_dialog_refuses_to_approve_an_ineligible_proposal_naming_the_gates(qtbot: QtBot) -> None:
    names = {"public_private_commitment": "Compromiso público y privado", "region_type_set": "Tipo de región"}
    ineligible = Eligibility(("public_private_commitment",))
    dialog = DecisionDialog("p", "RED-PE-2026-001 · Quinua", None, "Ana", None, ineligible, names)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.rationale.setPlainText("Sólida articulación.")
    dialog.kind.setCurrentIndex(dialog.kind.findData("approve"))
    label = dialog.findChild(QLabel, "kindComboProblem")
    assert label.isVisible() and "Compromiso público y privado" in label.text()  # said at once, beside the choice
    assert "override" in label.text()
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0  # still open, nothing to record
    assert [p.location for p in dialog.problems()] == ["decision"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("approve_with_conditions"))
    dialog.conditions.setPlainText("Convenio firmado.")
    assert [p.location for p in dialog.problems()] == ["decision"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("defer"))
    assert not label.isVisible() and dialog.problems() == []
    overridden = DecisionDialog("p", "RED-PE-2026-001", None, "Ana", None, replace(ineligible, override_rationale="Ok"))
    qtbot.addWidget(overridden)
    overridden.kind.setCurrentIndex(overridden.kind.findData("approve"))
    overridden.rationale.setPlainText("Sólida articulación.")
    assert overridden.problems() == []


def test_approving_an_ineligible_proposal_from_the_page_is_refused_in_the_dialog(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    page = committee_in_front(qtbot, app)
    target = next(r for r in page.data.ranking if "public_private_commitment" in r.failed_gates)  # type: ignore[union-attr]
    page.select_proposal(target.uuid)
    seen: list[str] = []

    def approve_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DecisionDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("approve"))
        dialog.rationale.setPlainText("Sólida articulación.")
        dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok).click()
        seen.append(dialog.findChild(QLabel, "kindComboProblem").text() if dialog.isVisible() else "closed")
        dialog.reject()

    QTimer.singleShot(0, approve_then_cancel)
    qtbot.mouseClick(page.proposal.decide_button, Qt.MouseButton.LeftButton)
    gate = next(g.name.get_text("en") for g in rubric.gates if g.id == "public_private_commitment")
    assert seen and gate in seen[0] and "override" in seen[0]
    with Store.open(demo_path, readonly=True) as store:
        assert store.decisions.get(target.uuid) is None


def test_the_ranking_shows_eligibility_and_can_list_the_ineligible_last(
    qtbot: QtBot, make_app, demo_path: Path
) -> None:
    _, page = demo_committee(qtbot, make_app, demo_path)
    column = page.model.keys.index("eligible")
    assert not page.table.horizontalHeader().isSectionHidden(column)
    assert page.ineligible_last.isVisible() and not page.ineligible_last.isChecked()

    def shown() -> list[RankedProposal]:
        return [page.model.row_at(row) for row in range(page.model.rowCount())]

    before = [r for r in shown() if not r.eligible and r.total is not None]
    assert before and all(r.rank is not None for r in before)  # ranked among the others until put apart
    page.ineligible_last.setChecked(True)
    listed = shown()
    eligible = [r for r in listed if r.eligible]
    assert listed[: len(eligible)] == eligible and len(eligible) < len(listed)
    assert all(r.rank is None for r in listed[len(eligible) :])
    assert [r.rank for r in eligible if r.total is not None][0] == 1
    rank_column = page.model.keys.index("rank")
    page.table.sortByColumn(page.model.keys.index("total"), Qt.SortOrder.DescendingOrder)
    assert [r.eligible for r in shown()] == sorted((r.eligible for r in listed), reverse=True)  # apart either way
    page.table.sortByColumn(rank_column, Qt.SortOrder.DescendingOrder)
    assert [r.eligible for r in shown()] == sorted((r.eligible for r in listed), reverse=True)
    page.ineligible_last.setChecked(False)
    assert {r.uuid: r.rank for r in shown()} == {r.uuid: r.rank for r in page.data.ranking}  # type: ignore[union-attr]


def test_the_charts_of_a_hidden_tab_wait_until_it_is_shown_and_each_is_drawn_once(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 100,000 proposals drawing every chart at every computation held the window for a second (issue 19)."""
    _, page = demo_committee(qtbot, make_app, demo_path)
    data = page.data
    assert data is not None
    drawn: list[str] = []
    for name in ("leverage", "distribution", "bars"):
        draw = getattr(page, name).set_data
        monkeypatch.setattr(getattr(page, name), "set_data", lambda *a, n=name, d=draw: (drawn.append(n), d(*a)))
    shown = page.proposal.show_proposal
    monkeypatch.setattr(page.proposal, "show_proposal", lambda *a: (drawn.append("proposal"), shown(*a)))
    page.tabs.setCurrentWidget(page.proposal)
    page.set_data(data)
    qtbot.waitUntil(lambda: drawn == ["proposal"])
    page.tabs.setCurrentWidget(page.leverage)
    assert drawn == ["proposal", "leverage"] and page.leverage.points > 0
    page.tabs.setCurrentWidget(page.proposal)
    page.tabs.setCurrentWidget(page.leverage)  # nothing new to draw
    assert drawn == ["proposal", "leverage"]
    page.select_proposal(data.ranking[3].uuid)  # the leverage chart marks it; the panel waits for its tab
    assert drawn == ["proposal", "leverage"]
    page.tabs.setCurrentWidget(page.proposal)
    assert drawn == ["proposal", "leverage", "proposal"] and data.ranking[3].code in page.proposal.details.text()


def test_filtering_the_ranking_keeps_the_selection_without_drawing_the_proposal_again(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each keystroke in the ranking's search re-selected the row, and the selection's signal drew the proposal's
    panel again (40 ms a keystroke at 100,000 proposals, issue 19)."""
    _, page = demo_committee(qtbot, make_app, demo_path)
    chosen = page.data.ranking[0]  # type: ignore[union-attr]
    page.select_proposal(chosen.uuid)
    drawn: list[object] = []
    monkeypatch.setattr(page.proposal, "show_proposal", lambda *a: drawn.append(a))
    page.search.setText(chosen.code[-6:])
    page.search.setText(chosen.code)
    assert drawn == [] and page.model.rowCount() >= 1
    assert page.table.selectionModel().selectedRows()[0].row() == page.model.row_of(chosen.uuid)
    page.search.setText("")
    assert drawn == [] and page.selected_uuid() == chosen.uuid


def test_the_plots_of_tabs_not_yet_shown_are_not_made(qtbot: QtBot, make_app, demo_path: Path) -> None:
    """Issue 19: the page's five plots made with it held the window's thread 60-150 ms as it was built; a chart's
    plot is made when it is first drawn or shown."""
    _, page = demo_committee(qtbot, make_app, demo_path)
    hidden = (page.bars, page.distribution, page.leverage, page.calibration_chart, page.sensitivity_chart)
    assert page.tabs.currentWidget() is page.proposal
    assert [chart._plot for chart in hidden] == [None] * len(hidden)
    page.tabs.setCurrentWidget(page.leverage)
    qtbot.waitUntil(lambda: page.leverage.points > 0)
    plot = page.leverage._plot
    assert plot is not None
    qtbot.waitUntil(lambda: plot.isVisibleTo(page.leverage))  # shown with its chart (the layout shows it)
    assert page.bars._plot is None
    page.tabs.setCurrentWidget(page.sensitivity_tab)  # drawn or not, the chart shows its axes
    qtbot.waitUntil(lambda: page.sensitivity_chart._plot is not None)


def test_a_page_behind_the_list_draws_its_proposal_when_brought_forward(
    qtbot: QtBot, make_app, demo_path: Path
) -> None:
    """The committee's data landing, or a proposal chosen in the list, while the Proposals page is in front draws
    nothing of the Committee page (its profile chart held the window's thread 150 ms at 100,000 proposals); the page
    shows the proposal as it comes forward."""
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    page = window.committee
    assert not page.isVisible() and page.proposal.radar.points == 0 and not page.proposal.details.text()
    chosen = page.data.ranking[3]  # type: ignore[union-attr]
    window.select_proposal(chosen.uuid)
    assert page.proposal.radar.points == 0 and not page.proposal.details.text()
    window.show_page(COMMITTEE)
    assert page.proposal.radar.points > 0 and chosen.code in page.proposal.details.text()
