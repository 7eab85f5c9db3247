"""The proposal panel shows the evaluators' reasons side by side, contested sub-criteria first and marked in words;
another proposal replaces them and clears the last status message; the decision stays in sight; a withdrawal
reason cannot be left empty without being told why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from red_desktop.core.committee import build_committee
from red_desktop.core.domain import Decision, DecisionKind
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.committee.reasons_view import CONTESTED_BACKGROUND, EVALUATOR, JUSTIFICATION, SUBCRITERION
from red_desktop.gui.main_window import COMMITTEE
from red_desktop.gui.reason_dialog import ReasonDialog
from tests.gui.conftest import committee_in_front, opened


def contested_by_level(page) -> tuple[str, str]:  # noqa: ANN001 (a CommitteePage)
    """A proposal two evaluators put levels apart on, and the first sub-criterion they did."""
    for r in page.data.ranking:
        gaps = [reason.subcriterion_id for reason in r.reasons if reason.kind == "subcriterion"]
        if gaps:
            return r.uuid, str(gaps[0])
    raise AssertionError("the demo has no proposal contested on a sub-criterion")


def test_a_contested_proposal_shows_each_evaluator_s_level_and_justification_contested_first(
    qtbot: QtBot, make_app, demo_path: Path
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    page = committee_in_front(qtbot, app)
    uuid, sub_id = contested_by_level(page)
    page.select_proposal(uuid)
    view = page.proposal.reasons
    table = view.table
    with Store.open(demo_path, readonly=True) as store:
        finals = [e for e in store.evaluations.for_proposal(uuid) if e.state.value == "final"]
        names = sorted(store.evaluators.get(e.evaluator_uuid).name for e in finals)
        texts = {
            store.evaluators.get(e.evaluator_uuid).name: next(s for s in e.scores if s.subcriterion_id == sub_id)
            for e in finals
        }
    assert view.reasons is not None and view.reasons.rows[0].contested
    first = table.item(0, SUBCRITERION).text()
    assert "⚠ Contested: levels" in first and table.rowSpan(0, SUBCRITERION) == len(names)
    contested_ids = [r.subcriterion_id for r in view.reasons.contested]
    assert sub_id in contested_ids and sub_id in view.summary.text()
    row = contested_ids.index(sub_id) * len(names)
    assert sub_id in table.item(row, SUBCRITERION).text()
    for offset, name in enumerate(names):
        score = texts[name]
        assert table.item(row + offset, EVALUATOR).text().startswith(name)
        assert f"level {score.level}" in table.item(row + offset, EVALUATOR).text()
        assert table.item(row + offset, JUSTIFICATION).text() == score.justification.strip()
        assert score.justification.strip()[:40] in table.item(row + offset, JUSTIFICATION).toolTip()
    assert table.item(row, JUSTIFICATION).background().color() == CONTESTED_BACKGROUND  # shaded, and said in words
    calm = next(r for r in page.data.ranking if not r.contested and r.evaluations > 1)  # type: ignore[union-attr]
    page.select_proposal(calm.uuid)
    assert view.reasons.rows[0].contested is False and "⚠" not in table.item(0, SUBCRITERION).text()
    assert table.item(0, JUSTIFICATION).background().style() == Qt.BrushStyle.NoBrush
    assert "No sub-criterion is contested" in view.summary.text()


def test_another_proposal_replaces_the_reasons_and_the_status_message(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    page = committee_in_front(qtbot, app)
    first, second = page.data.ranking[0], page.data.ranking[1]  # type: ignore[union-attr]
    page.select_proposal(first.uuid)
    page.proposal.message.setText("Decision saved; the proposal's evaluations are locked.")
    before = page.proposal.reasons.reasons
    page.select_proposal(first.uuid)  # the same proposal again (the ranking computed anew): the message stays
    assert page.proposal.message.text()
    page.select_proposal(second.uuid)
    assert page.proposal.message.text() == ""
    assert page.proposal.reasons.reasons != before
    shown = {page.proposal.reasons.table.item(r, JUSTIFICATION).text() for r in range(3)}
    with Store.open(demo_path, readonly=True) as store:
        written = {s.justification for e in store.evaluations.for_proposal(second.uuid) for s in e.scores}
    assert shown <= written


def test_the_recorded_decision_is_in_sight_above_contested_and_ineligible_at_1024(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric
) -> None:
    with Store.open(demo_path, user="Chair Ana") as store:
        data = build_committee(store, rubric)
        target = next(r for r in data.ranking if r.contested and r.uuid not in data.decisions)
        today = date.today().isoformat()
        decision = Decision(target.uuid, DecisionKind.DEFER, "Falta el informe", today, members_present=("Ana",))
        store.decisions.record(decision, rubric)
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.resize(QSize(1024, 768))
    window.show_page(COMMITTEE)
    page = window.committee
    page.select_proposal(target.uuid)
    QApplication.processEvents()
    details = page.proposal.details
    text = details.text()
    assert text.index("Decision: Defer") < text.index("Contested")
    area = details.parentWidget().parentWidget()  # the scroll area around the details
    qtbot.waitUntil(lambda: area.height() > 5 * details.fontMetrics().height())
    assert area.verticalScrollBar().isVisible() or details.height() <= area.viewport().height()


def test_an_empty_withdrawal_reason_keeps_ok_unavailable_and_says_why(qtbot: QtBot) -> None:
    dialog = ReasonDialog("Withdraw the decision", "Why is the decision withdrawn?")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok.isEnabled() and dialog.note.isVisible() and "required" in dialog.note.text()
    qtbot.keyClicks(dialog.text, "   ")
    assert not dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() == 0 and dialog.isVisible()
    qtbot.keyClicks(dialog.text, "Error en el acta")
    assert dialog.ok.isEnabled() and not dialog.note.isVisible()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == 1 and dialog.reason() == "Error en el acta"
