"""The committee's Progress tab (issue 21): the same figures as `red-desktop progress`, an automatic assignment asked
in a dialog and solved in the background (refused with nothing written when k evaluators cannot be found), and
conflicts of interest declared and withdrawn there, which the ranking marks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from red_desktop.cli.main import main
from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.completion import season_progress
from red_desktop.core.demo import build_demo
from red_desktop.core.domain import InterestKind
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.committee import conflicts_panel, progress_tab
from red_desktop.gui.committee.assign_dialog import AssignDialog
from red_desktop.gui.committee.progress_models import ROW_ROLE
from red_desktop.gui.committee.ranking_model import EXCLUDED_MARK, NOT_READY_MARK
from red_desktop.gui.interest_dialog import DeclareDialog
from red_desktop.gui.pages.committee_page import CommitteePage
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor

WAIT_MS = 20_000
EVALUATORS = 5


@pytest.fixture(scope="module")
def season_file(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Path:
    path = tmp_path_factory.mktemp("season") / "season.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=30, evaluators=EVALUATORS, seed=4)
    return path


@pytest.fixture
def season_path(season_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "season.sqlite"
    copy.write_bytes(season_file.read_bytes())
    return copy


def committee(path: Path, rubric: Rubric) -> CommitteeData:
    with Store.open(path, readonly=True) as store:
        return build_committee(store, rubric)


@pytest.fixture
def service(qtbot: QtBot, season_path: Path) -> Iterator[StoreService]:
    opened = StoreService(season_path, "Ana Lucía Quispe")
    assert opened.open() == ""
    qtbot.waitUntil(lambda: opened.pending == 0)
    yield opened
    opened.close()


@pytest.fixture
def page(qtbot: QtBot, service: StoreService, season_path: Path, rubric: Rubric) -> Iterator[CommitteePage]:
    """The committee page in front on its Progress tab; each write made through the service gives it a new committee
    computation, as the window's views do."""
    runner = Executor()
    shown = CommitteePage(service, runner, rubric, "en")
    qtbot.addWidget(shown)
    shown.portfolio.samples.setValue(0)
    service.changed.connect(lambda _change: shown.set_data(committee(season_path, rubric)))
    shown.resize(1366, 768)
    shown.show()
    shown.tabs.setCurrentWidget(shown.progress)
    shown.set_data(committee(season_path, rubric))
    qtbot.waitUntil(lambda: shown.progress.season is not None, timeout=WAIT_MS)
    yield shown
    runner.wait()
    runner.shutdown()


def progress_now(path: Path, rubric: Rubric):  # type: ignore[no-untyped-def]
    with Store.open(path, readonly=True) as store:
        return season_progress(store, rubric)


def code_cell(page: CommitteePage, uuid: str) -> tuple[str, str]:
    """The ranking's final evaluations of the proposal (with its marks) and the code's tooltip; the code in italics
    exactly when it has a mark."""
    row = page.model.row_of(uuid)
    assert row is not None
    code = page.model.index(row, page.model.keys.index("code"))
    text = str(page.model.data(page.model.index(row, page.model.keys.index("evaluations"))))
    font = page.model.data(code, Qt.ItemDataRole.FontRole)
    assert (font is not None and font.italic()) == (NOT_READY_MARK in text or EXCLUDED_MARK in text)
    return text, str(page.model.data(code, Qt.ItemDataRole.ToolTipRole) or "")


def test_the_tab_shows_the_command_s_figures_and_the_ranking_marks_what_cannot_be_decided(
    qtbot: QtBot, page: CommitteePage, season_path: Path, rubric: Rubric, capsys: pytest.CaptureFixture[str]
) -> None:
    tab = page.progress
    assert main(["progress", "--json", "--db", str(season_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    model = tab.evaluators_model
    assert [e.to_json() for e in model.rows] == out["evaluators"]
    for row, figures in enumerate(out["evaluators"]):
        cells = [str(model.data(model.index(row, column))) for column in range(model.columnCount())]
        assert cells[:5] == [
            figures["evaluator"],
            *(str(figures[k]) for k in ("assigned", "draft", "final", "overdue")),
        ]
    assert [p.code for p in tab.proposals_model.rows] == out["not_ready"] != []
    assert f"{len(out['not_ready'])} proposals cannot be decided yet" in tab.summary.text()
    progress = progress_now(season_path, rubric)
    assert tab.season is not None and tab.season.progress.cumulative == progress.cumulative
    assert tab.chart.points == len(progress.finals_by_day) > 0
    waiting = progress.not_ready[0]
    text, tip = code_cell(page, waiting.uuid)
    assert text == f"{waiting.finals} / 2 {NOT_READY_MARK}" and f"{waiting.finals} of the 2 final evaluations" in tip
    ready = next(p for p in progress.proposals if p.ready)
    assert code_cell(page, ready.uuid) == (f"{ready.finals} / 2", "")
    tab.all_proposals.setChecked(True)
    assert len(tab.proposals_model.rows) == 30 and "All proposals: 30" in tab.proposals_heading.text()


def test_an_automatic_assignment_gives_each_proposal_k_evaluators_and_none_conflicted(
    qtbot: QtBot,
    page: CommitteePage,
    service: StoreService,
    season_path: Path,
    rubric: Rubric,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Store.open(season_path, readonly=True) as store:
        evaluator = store.evaluators.all()[0]
        evaluated = {p for e, p in store.evaluations.pairs() if e == evaluator.uuid}
        free = next(f.uuid for f in store.proposal_facts.all() if f.uuid not in evaluated)
    declared: list[object] = []
    service.submit(
        lambda store: store.interests.declare(evaluator, InterestKind.PROPOSAL, "her brother", proposal_uuid=free),
        declared.append,
    )
    qtbot.waitUntil(lambda: bool(declared))
    asked: list[AssignDialog] = []

    def answer(dialog: AssignDialog) -> bool:
        asked.append(dialog)
        assert dialog.per_proposal.value() == 2  # the call's
        dialog.per_proposal.setValue(4)
        dialog.due_by.setChecked(True)
        dialog.due.setDate(dialog.due.date().addDays(9))
        return True

    monkeypatch.setattr(progress_tab, "accepted", answer)
    tab = page.progress
    tab.assign.click()
    assert not tab.assign.isEnabled()  # the solve runs in the background, once
    qtbot.waitUntil(lambda: tab.assign.isEnabled(), timeout=WAIT_MS)
    assert not tab.problem.isVisible() and "4 evaluators a proposal" in tab.note.text()
    due = asked[0].due_on()
    with Store.open(season_path, readonly=True) as store:
        given = store.assignments.all()
        assert store.call.per_proposal() == 4  # kept as the call's
    per_proposal: dict[str, int] = {}
    for a in given:
        per_proposal[a.proposal_uuid] = per_proposal.get(a.proposal_uuid, 0) + 1
    assert set(per_proposal.values()) == {4} and len(per_proposal) == 30
    assert (evaluator.uuid, free) not in {(a.evaluator_uuid, a.proposal_uuid) for a in given}
    assert due in {a.due_on for a in given}
    qtbot.waitUntil(lambda: sum(e.assigned for e in tab.evaluators_model.rows) == 120, timeout=WAIT_MS)
    assert [e.to_json() for e in tab.evaluators_model.rows] == [
        e.to_json() for e in progress_now(season_path, rubric).evaluators
    ]
    assert "of 120 final evaluations needed (4 a proposal)" in tab.summary.text()


def test_an_assignment_that_cannot_be_made_is_said_and_nothing_is_written(
    qtbot: QtBot, page: CommitteePage, season_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer(dialog: AssignDialog) -> bool:
        dialog.per_proposal.setValue(EVALUATORS + 1)  # more evaluators than the store has
        return True

    monkeypatch.setattr(progress_tab, "accepted", answer)
    tab = page.progress
    tab.assign.click()
    qtbot.waitUntil(lambda: tab.problem.isVisible(), timeout=WAIT_MS)
    assert tab.problem.text().startswith("Nothing was assigned:") and "RED-" in tab.problem.text()
    assert tab.assign.isEnabled() and not tab.note.isVisible()
    with Store.open(season_path, readonly=True) as store:
        assert store.assignments.all() == [] and store.call.per_proposal() == 2


def test_a_conflict_declared_in_the_tab_leaves_the_evaluation_out_until_withdrawn(
    qtbot: QtBot, page: CommitteePage, season_path: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = committee(season_path, rubric)
    finals = data.finals
    row = finals.iloc[0]
    name, proposal = str(row["evaluator"]), str(row["proposal_uuid"])
    code = next(r.code for r in data.ranking if r.uuid == proposal)
    assert EXCLUDED_MARK not in code_cell(page, proposal)[0]

    def declare(dialog: DeclareDialog) -> bool:
        dialog.evaluator.setCurrentText(name)
        dialog.kind.setCurrentIndex(dialog.kind.findData(str(InterestKind.PROPOSAL)))
        qtbot.keyClicks(dialog.subject, code.lower())  # typed in another case: the one code it names
        assert not dialog.ok.isEnabled()  # a reason is required
        qtbot.keyClicks(dialog.reason, "advised the executing agency in 2024")
        assert dialog.ok.isEnabled()
        dialog.accept()
        return True

    monkeypatch.setattr(conflicts_panel, "accepted", declare)
    tab = page.progress
    tab.conflicts.declare.click()
    qtbot.waitUntil(lambda: EXCLUDED_MARK in code_cell(page, proposal)[0], timeout=WAIT_MS)
    assert "left out for a declared conflict of interest: 1" in code_cell(page, proposal)[1]
    qtbot.waitUntil(lambda: tab.conflicts.model.rowCount() == 1, timeout=WAIT_MS)
    mine = next(e for e in tab.evaluators_model.rows if e.name == name)
    qtbot.waitUntil(lambda: next(e for e in tab.evaluators_model.rows if e.name == name).excluded == 1, timeout=WAIT_MS)
    assert mine is not None
    declared = tab.conflicts.model.rows[0]
    assert declared.interest.evaluator_name == name and declared.subject == code and declared.interest.active
    tab.conflicts.table.selectRow(0)
    assert tab.conflicts.withdraw.isEnabled()
    monkeypatch.setattr(conflicts_panel, "ask_reason", lambda *args, **kwargs: "declared by mistake")
    tab.conflicts.withdraw.click()
    qtbot.waitUntil(lambda: EXCLUDED_MARK not in code_cell(page, proposal)[0], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not tab.conflicts.model.rows[0].interest.active, timeout=WAIT_MS)
    assert not tab.conflicts.withdraw.isEnabled()  # withdrawn once
    qtbot.waitUntil(lambda: next(e for e in tab.evaluators_model.rows if e.name == name).excluded == 0, timeout=WAIT_MS)
    with Store.open(season_path, readonly=True) as store:
        (interest,) = store.interests.all()
        assert interest.withdrawn_reason == "declared by mistake"
        assert interest.reason == "advised the executing agency in 2024"


def test_a_proposal_assigned_and_taken_back_by_hand_from_its_menu(
    qtbot: QtBot, page: CommitteePage, service: StoreService, season_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Right-click a proposal: Assign to ▸ an evaluator; a conflicted one refused with the reason; Take back from ▸."""
    tab = page.progress
    row = tab.proposals_model.data(tab.proposals_model.index(0, 0), ROW_ROLE)
    chosen = next(e for e in tab.season.evaluators if e.name not in row.assigned)  # type: ignore[union-attr]

    def pick(submenu: str, name: str) -> None:
        """What a right-click offers, chosen (the menu built as the right-click builds it; no modal loop here)."""
        menu = tab.proposal_menu(tab.proposals_model.index(0, 0))
        assert menu is not None
        inner = next(a.menu() for a in menu.actions() if a.text() == submenu)
        next(a for a in inner.actions() if a.text() == name).trigger()
        menu.deleteLater()

    pick("Assign to", chosen.name)
    qtbot.waitUntil(lambda: "assigned to" in tab.note.text(), timeout=WAIT_MS)
    with Store.open(season_path, readonly=True) as store:
        mine = [a for a in store.assignments.all() if a.proposal_uuid == row.uuid]
        assert [a.evaluator_name for a in mine] == [chosen.name]
        store_chosen = store.evaluators.by_name(chosen.name)
    monkeypatch.setattr(progress_tab, "ask_reason", lambda *args, **kwargs: "Otra carga de trabajo")
    qtbot.waitUntil(lambda: chosen.name in tab.proposals_model.data(tab.proposals_model.index(0, 0), ROW_ROLE).assigned,
                    timeout=WAIT_MS)  # fmt: skip
    pick("Take back from", chosen.name)
    qtbot.waitUntil(lambda: "no longer assigned" in tab.note.text(), timeout=WAIT_MS)
    with Store.open(season_path, readonly=True) as store:
        assert [a for a in store.assignments.all() if a.proposal_uuid == row.uuid] == []
    service.submit(
        lambda store: store.interests.declare(store_chosen, InterestKind.PROPOSAL, "Primo", proposal_uuid=row.uuid)
    )
    qtbot.waitUntil(lambda: service.pending == 0, timeout=WAIT_MS)
    pick("Assign to", chosen.name)
    qtbot.waitUntil(lambda: tab.problem.isVisible(), timeout=WAIT_MS)
    assert "declared a conflict of interest" in tab.problem.text() and "Primo" in tab.problem.text()


def test_the_languages_an_evaluator_reads_are_kept_from_their_menu(
    qtbot: QtBot, page: CommitteePage, service: StoreService, season_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Right-click an evaluator: Languages read… (what the automatic assignment follows); a bad code refused."""
    tab = page.progress
    row = tab.evaluators_model.data(tab.evaluators_model.index(0, 0), ROW_ROLE)
    asked: list[str] = []

    def answer(typed: str) -> None:
        def fake(_parent, _title, label, text=""):  # type: ignore[no-untyped-def]
            asked.append(text)
            return typed, True

        monkeypatch.setattr(progress_tab.QInputDialog, "getText", fake)

        menu = tab.evaluator_menu(tab.evaluators_model.index(0, 0))
        assert menu is not None
        next(a for a in menu.actions() if a.text() == "Languages read…").trigger()
        menu.deleteLater()

    answer("PT; es")
    qtbot.waitUntil(lambda: "reads: pt, es." in tab.note.text(), timeout=WAIT_MS)
    with Store.open(season_path, readonly=True) as store:
        assert store.evaluators.reads()[row.uuid] == frozenset({"es", "pt"})
    answer("portugués")
    qtbot.waitUntil(lambda: tab.problem.isVisible(), timeout=WAIT_MS)
    assert "two-letter" in tab.problem.text() and asked == ["", "es, pt"]
    with Store.open(season_path, readonly=True) as store:
        assert store.evaluators.reads()[row.uuid] == frozenset({"es", "pt"})
