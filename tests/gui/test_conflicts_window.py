"""Issue 21 in the window, on an evaluator's laptop: the Scoring view lists what the committee assigned to them first,
with due days; a proposal they declared a conflict of interest with cannot be evaluated (refused before any typing,
nothing stored); an evaluation begun before the declaration is kept and said to be left out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from red_desktop.core.domain import Evaluator, InterestKind
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.core.store.assignments import Given
from red_desktop.gui.main_window import SCORING
from red_desktop.gui.scoring import ScoringForm
from red_desktop.gui.scoring.operations import EvaluationKey
from red_desktop.gui.store_service import StoreService
from tests.factories import proposal

WAIT_MS = 10_000
COMMITTEES_UUID = "7f1c2a9e-0d4b-4e61-9f0a-5b3c8d2e1a77"  # the uuid the committee's store gave Ana


@pytest.fixture
def laptop(tmp_path: Path) -> tuple[Path, list[str]]:
    """Ana's laptop after the committee's handout: three proposals assigned to her (one overdue), two not."""
    path = tmp_path / "laptop.sqlite"
    with Store.open(path, user="Comité") as store:
        uuids = [store.proposals.add(proposal(f"RED-PE-2026-{i:03d}")).uuid for i in range(1, 6)]
        ana = Evaluator("Ana Lucía Quispe", uuid=COMMITTEES_UUID)  # known to this store only by the handout
        store.assignments.assign([Given(uuids[2], ana), Given(uuids[0], ana)], "2026-12-20")
        store.assignments.assign([Given(uuids[4], ana)], "2020-01-31")
    return path, uuids


def test_the_scoring_view_lists_my_assignments_first_and_opens_one(qtbot: QtBot, make_app, laptop) -> None:
    path, uuids = laptop
    app = make_app()  # the profile "Ana Lucía Quispe"
    assert app.start(path, demo=False)
    window = _opened(qtbot, app)
    window.show_page(SCORING)
    qtbot.waitUntil(lambda: window.scoring.evaluator_uuid == COMMITTEES_UUID, timeout=WAIT_MS)  # the handout's uuid
    panel = window.scoring.assigned
    assert panel is not None
    qtbot.waitUntil(lambda: panel.isVisible() and panel.table.rowCount() == 3, timeout=WAIT_MS)
    codes = [panel.table.item(row, 0).text() for row in range(3)]
    assert codes == ["RED-PE-2026-005", "RED-PE-2026-001", "RED-PE-2026-003"]  # by due day, the overdue first
    header = panel.table.horizontalHeader()
    assert header.length() <= panel.table.viewport().width()  # every column whole, the state's title too
    assert "3 to do of 3" in panel.heading.text() and "1 overdue" in panel.heading.text()
    assert panel.table.item(0, 2).text() == "–" and "Not begun" in panel.table.item(0, 2).toolTip()
    assert panel.needed_width() <= window.scoring.list_view.width()  # the list keeps its columns whole
    assert panel.table.item(0, 0).foreground().color().name().lower() == "#b3261e"
    rect = panel.table.visualItemRect(panel.table.item(1, 0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.current.uuid == uuids[0], timeout=WAIT_MS)


def _opened(qtbot: QtBot, app):  # a store without evaluations ranks nothing: wait for the list alone
    qtbot.waitUntil(lambda: app.window is not None and not app.window.proposals.list_view.model.loading, timeout=20_000)
    return app.window


@pytest.fixture
def scene(tmp_path: Path) -> tuple[Path, list[str], Evaluator]:
    path = tmp_path / "store.sqlite"
    with Store.open(path, user="Ana Quispe") as store:
        uuids = [store.proposals.add(proposal(f"RED-PE-2026-{i:03d}")).uuid for i in (1, 2)]
        ana = store.evaluators.add(Evaluator("Ana Quispe"))
    return path, uuids, ana


@pytest.fixture
def service(qtbot: QtBot, scene) -> Iterator[StoreService]:
    opened_service = StoreService(scene[0], "Ana Quispe")
    assert opened_service.open() == ""
    qtbot.waitUntil(lambda: opened_service.pending == 0)
    yield opened_service
    opened_service.close()


def _form(qtbot: QtBot, service: StoreService, rubric: Rubric) -> ScoringForm:
    form = ScoringForm(service, rubric, "en")
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_a_conflicted_evaluator_is_refused_before_typing_and_nothing_is_stored(
    qtbot: QtBot, service: StoreService, scene, rubric: Rubric
) -> None:
    path, (first, second), ana = scene
    service.submit(
        lambda store: store.interests.declare(ana, InterestKind.PROPOSAL, "Mi hermana dirige", proposal_uuid=first)
    )
    qtbot.waitUntil(lambda: service.pending == 0, timeout=WAIT_MS)
    form = _form(qtbot, service, rubric)
    form.show_evaluation(first, ana.uuid)
    assert not form.body.isEnabled()
    assert "Conflict of interest declared" in form.header.title_label.text()
    said = form.banner.text()
    assert "Ana Quispe declared a conflict of interest" in said and "Mi hermana dirige" in said
    sub = rubric.subcriteria[0].id
    qtbot.mouseClick(form.rows[sub].selector.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: service.pending == 0, timeout=WAIT_MS)
    assert service.reader is not None
    assert EvaluationKey(first, ana.uuid, rubric).find(service.reader) is None
    form.show_evaluation(second, ana.uuid)  # another proposal: scored as usual
    assert form.body.isEnabled()
    qtbot.mouseClick(form.rows[sub].selector.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: EvaluationKey(second, ana.uuid, rubric).find(service.reader) is not None, timeout=WAIT_MS)


def test_an_evaluation_begun_before_the_declaration_is_kept_and_said_to_be_left_out(
    qtbot: QtBot, service: StoreService, scene, rubric: Rubric
) -> None:
    path, (first, _second), ana = scene
    form = _form(qtbot, service, rubric)
    form.show_evaluation(first, ana.uuid)
    sub = rubric.subcriteria[0].id
    qtbot.mouseClick(form.rows[sub].selector.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: EvaluationKey(first, ana.uuid, rubric).find(service.reader) is not None, timeout=WAIT_MS)
    service.submit(
        lambda store: store.interests.declare(
            store.evaluators.get(ana.uuid),
            InterestKind.AGENCY,
            "Trabajé allí",
            subject=store.proposals.get(first).executing_agency,
        )  # fmt: skip
    )
    qtbot.waitUntil(lambda: service.pending == 0, timeout=WAIT_MS)
    form.reload()
    assert form.body.isEnabled()
    assert "left out of the committee's figures" in form.banner.text()


def test_a_field_evaluators_window_assigns_nothing_and_records_no_declaration(
    qtbot: QtBot, make_app, demo_path
) -> None:
    """As on the command line: the committee assigns and records declarations for others."""
    from red_desktop.gui.main_window import COMMITTEE
    from tests.gui.conftest import opened

    app = make_app()  # a field evaluator's profile
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.show_page(COMMITTEE)
    progress = window.committee.progress
    qtbot.waitUntil(lambda: progress.read_only, timeout=WAIT_MS)
    assert not progress.assign.isEnabled() and not progress.conflicts.declare.isEnabled()
    window.set_evaluator("Rosa Mamani", "committee_member", window.scoring.evaluator_uuid)
    assert not progress.read_only and progress.conflicts.declare.isEnabled()


def test_an_evaluator_declares_their_own_conflict_from_the_edit_menu(
    qtbot: QtBot, make_app, demo_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from red_desktop.gui import main_window
    from red_desktop.gui.interest_dialog import DeclareDialog
    from tests.gui.conftest import opened

    app = make_app()  # a field evaluator: the dialog offers no one but them
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    qtbot.waitUntil(lambda: window.scoring.evaluator_uuid != "", timeout=WAIT_MS)
    chosen = window.committee.data.ranking[3].uuid
    assert window.select_proposal(chosen)
    seen: list[tuple[int, str]] = []

    def answer(dialog: DeclareDialog) -> bool:  # the dialog as the user fills it (no modal loop in the test)
        seen.append((dialog.evaluator.count(), dialog.subject.text()))
        dialog.reason.setPlainText("Mi primo dirige la agencia ejecutora")
        return dialog.ok.isEnabled()

    monkeypatch.setattr(main_window, "accepted", answer)
    window.menus.declare_interest.trigger()
    reader = window.service.reader
    assert reader is not None
    qtbot.waitUntil(lambda: len(reader.interests.all()) == 1, timeout=WAIT_MS)
    (declared,) = reader.interests.all()
    assert declared.evaluator_uuid == window.scoring.evaluator_uuid and declared.proposal_uuid == chosen
    code = reader.proposals.codes_of([chosen])[chosen]
    assert seen == [(1, code)]
