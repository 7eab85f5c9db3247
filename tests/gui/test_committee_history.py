"""The proposal panel tells a decision's history: after a withdrawal it says who withdrew it, when and why (not
"No decision yet"), and each revision shows its reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from red_desktop.core.domain import Decision, DecisionKind
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.committee import proposal_panel
from tests.gui.conftest import committee_in_front

WAIT_MS = 20_000
REVISED = "Llegó el informe de la región"
WITHDRAWN = "Error en el acta: se votó otra propuesta"


def decided_and_revised(path: Path, rubric: Rubric) -> str:
    """A proposal deferred by one member and rejected by another, for a reason; returns its uuid."""
    with Store.open(path, user="Chair Ana") as store:
        uuid = next(p.uuid for p in store.proposals.all() if store.decisions.get(p.uuid) is None)
        today = date.today().isoformat()
        first = store.decisions.record(
            Decision(uuid, DecisionKind.DEFER, "Falta el informe", today, members_present=("Ana",)), rubric
        )
        store.user = "Chair João"
        store.decisions.revise(
            replace(first, kind=DecisionKind.REJECT, rationale="No sustenta la escala"), REVISED, rubric
        )
    return uuid


def test_the_panel_shows_the_revision_and_after_a_withdrawal_who_withdrew_it_and_why(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric, monkeypatch
) -> None:
    uuid = decided_and_revised(demo_path, rubric)
    app = make_app(profile="Rosa Huamán")
    app.start(demo_path, demo=False)
    page = committee_in_front(qtbot, app)
    page.select_proposal(uuid)
    details = page.proposal.details
    shown = details.text()
    assert "No decision yet" not in shown and "Decision history" in shown
    assert "Chair Ana: Decision recorded: Defer" in shown and "Rationale: Falta el informe" in shown
    assert "Chair João: Decision revised: Defer → Reject" in shown and f"Reason: {REVISED}" in shown
    monkeypatch.setattr(proposal_panel, "ask_reason", lambda *args, **kwargs: WITHDRAWN)
    qtbot.mouseClick(page.proposal.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Decision withdrawn on" in details.text(), timeout=WAIT_MS)  # read again after the change
    shown = details.text()
    assert "No decision yet" not in shown
    assert f"by Rosa Huamán: {WITHDRAWN}</b>" in shown  # the line in place of the decision
    assert "Rosa Huamán: Decision withdrawn (it was Reject)" in shown and f"Reason: {REVISED}" in shown
    assert shown.index("Decision recorded") < shown.index("Decision revised") < shown.index("(it was Reject)")


def test_a_proposal_never_decided_says_so(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    page = committee_in_front(qtbot, app)
    undecided = next(r.uuid for r in page.data.ranking if r.uuid not in page.data.decisions)  # type: ignore[union-attr]
    page.select_proposal(undecided)
    assert "No decision yet." in page.proposal.details.text()
    assert "Decision history" not in page.proposal.details.text()
