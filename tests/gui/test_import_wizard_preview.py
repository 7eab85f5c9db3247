"""The import wizard's promises (issue 15): Import does exactly what the preview last showed, the preview is redone
on every change and never shown stale, updates list their changes, the wheel scrolls, Next reads the file once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from red_desktop import paths
from red_desktop.core.importing.convert import to_records
from red_desktop.core.importing.mapping import mapping_for, save_mapping, saved_mappings
from red_desktop.core.importing.readers import read_table
from red_desktop.core.importing.records import ERROR, WARNING, ImportProblem, ImportReport
from red_desktop.core.progress import Cancelled
from red_desktop.core.store import Store
from red_desktop.gui import import_wizard
from red_desktop.gui.import_wizard import ImportWizard
from red_desktop.gui.tasks import Executor
from tests.gui.conftest import opened
from tests.gui.test_import_wizard import FIXTURES, WAIT_MS, through_the_checks, wizard_of


class FakeCheck:
    """One check the wizard asked for: its inputs, and its result (`.report`) once the test answers it."""

    def __init__(self, table: Any, mapping: Any, valid_only: bool) -> None:
        self.table, self.mapping, self.valid_only = table, mapping, valid_only
        self.report: ImportReport | None = None
        self.released = threading.Event()

    def answer(self, report: ImportReport) -> None:
        self.report = report
        self.released.set()


class FakeApp:
    """The application's side: each check (on a worker thread) waits until the test answers it; imports recorded."""

    def __init__(self) -> None:
        self.checks: list[FakeCheck] = []
        self.runs: list[FakeCheck] = []

    def check(self, table: Any, mapping: Any, valid_only: bool) -> FakeCheck:
        call = FakeCheck(table, mapping, valid_only)
        self.checks.append(call)
        if not call.released.wait(WAIT_MS / 1000) or call.report is None:
            raise Cancelled  # not answered: the test is over
        return call

    def run(self, check: FakeCheck) -> None:
        self.runs.append(check)

    def release_all(self) -> None:
        for call in list(self.checks):
            call.released.set()


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Executor]:
    runner = Executor()
    yield runner
    runner.wait()


@pytest.fixture
def fake(runner: Executor) -> Iterator[FakeApp]:
    """Set up after the runner, so torn down before it: the checks still waiting end before it is waited for."""
    made = FakeApp()
    yield made
    made.release_all()


def started(qtbot: QtBot, fake: FakeApp, count: int) -> FakeCheck:
    """The `count`-th check, once it has started on its worker thread."""
    qtbot.waitUntil(lambda: len(fake.checks) == count, timeout=WAIT_MS)
    return fake.checks[count - 1]


def standalone(qtbot: QtBot, runner: Executor, fake: FakeApp, path: Path) -> ImportWizard[Any]:
    wizard: ImportWizard[Any] = ImportWizard(runner, fake.check, fake.run, path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)
    return wizard


def finish(wizard: ImportWizard) -> Any:
    return wizard.button(QWizard.WizardButton.FinishButton)


def test_ticking_valid_rows_only_redoes_the_preview_and_import_does_what_it_showed(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """... and writes the very records the shown check read: the file is not turned into records again."""
    from red_desktop.gui import import_actions

    reads: list[int] = []
    monkeypatch.setattr(import_actions, "to_records", lambda *a: reads.append(1) or to_records(*a))
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.menus.import_.trigger()
    wizard = wizard_of(qtbot)
    through_the_checks(qtbot, wizard, FIXTURES / "bad_values.csv")
    page = wizard.problems_page
    assert "Proposals to add: 0" in page.summary.text() and not finish(wizard).isEnabled()
    page.valid_only.click()
    qtbot.waitUntil(lambda: wizard.is_current(wizard.preview) and wizard.preview.valid_only, timeout=WAIT_MS)  # type: ignore[union-attr]
    report = wizard.report
    assert report is not None and report.added > 0
    assert f"Proposals to add: {report.added}" in page.summary.text()
    assert finish(wizard).isEnabled()
    checked = len(reads)
    finish(wizard).click()
    qtbot.waitUntil(lambda: f"Imported: {report.added} added" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    with Store.open(demo_path, readonly=True) as store:
        assert store.proposals.count() == 24 + report.added
    assert len(reads) == checked  # Import read nothing anew


def test_a_check_for_an_older_mapping_is_never_shown_nor_imported(
    qtbot: QtBot, runner: Executor, fake: FakeApp
) -> None:
    wizard = standalone(qtbot, runner, fake, FIXTURES / "odk_propuestas.csv")
    first = started(qtbot, fake, 1)  # checked as soon as the mapping is shown
    code = next(c for c, combo in wizard.mapping_page.combos.items() if combo.currentData())
    wizard.mapping_page.combos[code].setCurrentIndex(0)  # changed while the first check runs
    first.answer(ImportReport(added=7))  # the first check ends: stale
    latest = started(qtbot, fake, 2)  # then one for the latest mapping, started once the first was dropped
    assert wizard.preview is None and "7 proposals" not in wizard.mapping_page.status.text()
    assert code not in latest.mapping.columns and code in first.mapping.columns
    latest.answer(ImportReport(added=3))
    qtbot.waitUntil(lambda: "Proposals to add: 3" in wizard.mapping_page.status.text(), timeout=WAIT_MS)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.problems_page and "Proposals to add: 3" in wizard.problems_page.summary.text()
    assert finish(wizard).isEnabled()
    finish(wizard).click()
    assert len(fake.runs) == 1 and fake.runs[0] is latest  # the very check shown, with the objects it used
    assert len(fake.checks) == 2


def test_a_check_of_the_file_read_before_is_never_shown(qtbot: QtBot, runner: Executor, fake: FakeApp) -> None:
    wizard = standalone(qtbot, runner, fake, FIXTURES / "odk_propuestas.csv")
    first = started(qtbot, fake, 1)
    wizard.back()
    wizard.file_page.path.setText(str(FIXTURES / "bad_values.csv"))  # another file, while the first is checked
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)
    first.answer(ImportReport(added=7))  # ends after the other file was read
    qtbot.waitUntil(lambda: len(fake.checks) == 2 and runner.pending == 1, timeout=WAIT_MS)  # only the latest left
    assert wizard.preview is None and "7 proposals" not in wizard.mapping_page.status.text()
    latest = fake.checks[1]
    assert Path(latest.table.path).name == "bad_values.csv"
    latest.answer(ImportReport(added=3))
    qtbot.waitUntil(lambda: wizard.is_current(wizard.preview), timeout=WAIT_MS)
    assert wizard.preview is not None and wizard.preview.check is latest
    assert "Proposals to add: 3" in wizard.mapping_page.status.text()


def test_a_changed_value_meaning_redoes_the_check(qtbot: QtBot, runner: Executor, fake: FakeApp) -> None:
    wizard = standalone(qtbot, runner, fake, FIXTURES / "bad_values.csv")
    started(qtbot, fake, 1).answer(
        ImportReport(rejected=3, problems=(ImportProblem(2, "tipo_region", "galáctica", "no"),))
    )
    qtbot.waitUntil(lambda: wizard.is_current(wizard.preview), timeout=WAIT_MS)
    wizard.next()
    combo = wizard.values_page.combos[("proposal.region_type", "galáctica")]
    combo.setCurrentIndex(combo.findData("emerging"))
    assert wizard.preview is None  # the shown check is stale at once
    assert started(qtbot, fake, 2).mapping.values["proposal.region_type"]["galáctica"] == "emerging"


def test_updates_list_the_fields_they_change_before_anything_is_written(
    qtbot: QtBot, runner: Executor, fake: FakeApp
) -> None:
    try:
        from red_desktop.core.importing.records import FieldChange, ProposalUpdate
    except ImportError:
        pytest.skip("the import report does not carry per-proposal changes yet")
    wizard = standalone(qtbot, runner, fake, FIXTURES / "odk_propuestas.csv")
    change = FieldChange("requested_amount", "600,000", "600,000,000")
    update = ProposalUpdate(3, "s1", "u1", "RED-PE-2026-0F389E", (change,))
    started(qtbot, fake, 1).answer(ImportReport(updated=1, updates=(update,)))  # type: ignore[call-arg]
    qtbot.waitUntil(lambda: wizard.is_current(wizard.preview), timeout=WAIT_MS)
    wizard.next()
    wizard.next()
    changes = wizard.problems_page.changes
    assert changes.isVisible() and changes.rowCount() == 1
    shown = [changes.item(0, c).text() for c in range(4)]
    assert shown[0] == "RED-PE-2026-0F389E" and shown[2:] == ["600,000", "600,000,000"]
    assert "amount" in shown[1].lower()
    assert fake.runs == []


def test_import_is_off_with_nothing_to_write_and_file_problems_have_no_row_number(
    qtbot: QtBot, runner: Executor, fake: FakeApp
) -> None:
    wizard = standalone(qtbot, runner, fake, FIXTURES / "odk_propuestas.csv")
    problems = (ImportProblem(None, "", "", "the file has no identity column", WARNING), ImportProblem(3, "a", "", "x"))
    started(qtbot, fake, 1).answer(ImportReport(unchanged=2, problems=problems[:1]))
    qtbot.waitUntil(lambda: wizard.is_current(wizard.preview), timeout=WAIT_MS)
    wizard.next()
    wizard.next()
    page = wizard.problems_page
    assert not finish(wizard).isEnabled()  # 0 to add, 0 to update
    assert "nothing to add or update" in page.summary.text()
    assert page.problems.item(0, 0).text() == "—"
    page.valid_only.setEnabled(True)
    page.valid_only.click()  # another check: with an error row and valid-only, it writes one
    second = started(qtbot, fake, 2)
    assert second.valid_only is True
    second.answer(ImportReport(added=1, rejected=1, problems=(problems[1], problems[0])))
    qtbot.waitUntil(lambda: finish(wizard).isEnabled(), timeout=WAIT_MS)
    page.problems.sortItems(0)
    assert [page.problems.item(r, 0).text() for r in range(2)] == ["—", "3"]
    assert page.problems.item(1, 4).text() == "Error" and ERROR == "error"


def test_the_wheel_over_the_mapping_scrolls_it_and_leaves_the_fields_alone(
    qtbot: QtBot, runner: Executor, fake: FakeApp
) -> None:
    wizard = standalone(qtbot, runner, fake, FIXTURES / "wide_200.csv")
    table = wizard.mapping_page.columns
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() > 0, timeout=WAIT_MS)
    combo = table.cellWidget(1, 1)
    before, position = combo.currentIndex(), table.verticalScrollBar().value()
    center = QPointF(combo.rect().center())
    event = QWheelEvent(
        center,
        QPointF(combo.mapToGlobal(center.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, event)
    assert combo.currentIndex() == before
    assert table.verticalScrollBar().value() > position


def test_next_pressed_again_while_reading_reads_once_and_stops_at_the_mapping(
    qtbot: QtBot, runner: Executor, fake: FakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[Path] = []
    release = threading.Event()
    read_table = import_wizard.read_table

    def slow_read(path: Path) -> Any:
        reads.append(path)
        release.wait(WAIT_MS / 1000)
        return read_table(path)

    monkeypatch.setattr(import_wizard, "read_table", slow_read)
    wizard: ImportWizard[Any] = ImportWizard(runner, fake.check, fake.run, FIXTURES / "odk_propuestas.csv")
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    try:
        next_button.click()
        qtbot.waitUntil(lambda: len(reads) == 1, timeout=WAIT_MS)
        assert not next_button.isEnabled()
        next_button.click()
        wizard.next()
        next_button.click()
    finally:
        release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)
    started(qtbot, fake, 1).answer(ImportReport())  # the mapping shown is checked, once
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=WAIT_MS)
    assert len(fake.checks) == 1
    assert len(reads) == 1 and wizard.currentPage() is wizard.mapping_page
    assert next_button.isEnabled()


def test_the_wizard_takes_the_mapping_the_command_line_takes(
    qtbot: QtBot, runner: Executor, fake: FakeApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A saved mapping that predates some of the file's values gets their suggestions, as on the command line."""
    monkeypatch.setattr(paths, "mappings_dir", lambda: tmp_path)
    path = FIXTURES / "odk_propuestas.csv"
    table = read_table(path)
    save_mapping(replace(mapping_for(table), name="Sin valores", values={}), tmp_path)
    wizard = standalone(qtbot, runner, fake, path)
    expected = mapping_for(table, saved_mappings(tmp_path))
    assert wizard.source == expected and expected.name == "Sin valores"
    assert wizard.source is not None and wizard.source.values["actor.actor_type"]["empresa"] == "business"


def test_a_re_import_lists_what_it_changes_before_writing_it(
    qtbot: QtBot, make_app, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(paths, "mappings_dir", lambda: tmp_path / "mappings")
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.menus.import_.trigger()
    wizard = wizard_of(qtbot)
    through_the_checks(qtbot, wizard, FIXTURES / "odk_propuestas.csv")
    finish(wizard).click()
    qtbot.waitUntil(lambda: "Imported: 1 added" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    changed = tmp_path / "export"
    changed.mkdir()
    for name in ("odk_propuestas.csv", "odk_propuestas-actores.csv"):
        text = (FIXTURES / name).read_text(encoding="utf-8")
        (changed / name).write_text(text.replace('"1,500,000.00"', '"1,750,000.00"'), encoding="utf-8")
    window.menus.import_.trigger()
    again = wizard_of(qtbot)
    through_the_checks(qtbot, again, changed / "odk_propuestas.csv")
    assert "to update: 1" in again.problems_page.summary.text()
    changes = again.problems_page.changes
    assert changes.rowCount() == 1
    shown = [changes.item(0, c).text() for c in range(4)]
    assert shown[0] == "RED-CO-2026-021" and "1,500,000" in shown[2] and "1,750,000" in shown[3]
    with Store.open(demo_path, readonly=True) as store:  # nothing written yet
        assert [p.requested_amount for p in store.proposals.all() if p.code == "RED-CO-2026-021"] == [1_500_000]
    again.reject()


def test_a_problem_of_many_rows_is_one_line_naming_them(qtbot: QtBot, runner: Executor, fake: FakeApp) -> None:
    """Seen on a Kobo form: 25 lines saying 'no proposal code: one is derived…', one per row, buried the rest."""
    wizard = standalone(qtbot, runner, fake, FIXTURES / "odk_propuestas.csv")
    derived = tuple(
        ImportProblem(n, "_uuid", f"RED-PE-2026-{n:06d}", "no proposal code", WARNING) for n in range(2, 27)
    )
    started(qtbot, fake, 1).answer(
        ImportReport(added=25, problems=(*derived, ImportProblem(9, "monto", "x", "is not a number")))
    )
    qtbot.waitUntil(lambda: wizard.is_current(wizard.preview), timeout=WAIT_MS)
    wizard.next()
    wizard.next()
    table = wizard.problems_page.problems
    lines = {table.item(r, 3).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert lines == {"is not a number": "9", "no proposal code": "2, 3, 4, … (25 rows)"}
