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
from red_desktop.core.store import Store
from red_desktop.gui import import_wizard
from red_desktop.gui.import_wizard import ImportWizard
from red_desktop.gui.tasks import Executor
from tests.gui.conftest import opened
from tests.gui.test_import_wizard import FIXTURES, WAIT_MS, through_the_checks, wizard_of


class FakeApp:
    """The application's side: checks are answered by the test, imports recorded."""

    def __init__(self) -> None:
        self.checks: list[tuple[Any, ...]] = []
        self.runs: list[tuple[Any, ...]] = []

    def check(self, table: Any, mapping: Any, valid_only: bool, ok: Any, fail: Any) -> None:
        self.checks.append((table, mapping, valid_only, ok, fail))

    def run(self, table: Any, mapping: Any, valid_only: bool) -> None:
        self.runs.append((table, mapping, valid_only))


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[Executor]:
    runner = Executor()
    yield runner
    runner.wait()


def standalone(qtbot: QtBot, runner: Executor, fake: FakeApp, path: Path) -> ImportWizard:
    wizard = ImportWizard(runner, fake.check, fake.run, path)
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
    assert "0 proposals to add" in page.summary.text() and not finish(wizard).isEnabled()
    page.valid_only.click()
    qtbot.waitUntil(lambda: wizard.is_current(wizard.preview) and wizard.preview.valid_only, timeout=WAIT_MS)  # type: ignore[union-attr]
    report = wizard.report
    assert report is not None and report.added > 0
    assert f"{report.added} proposals to add" in page.summary.text()
    assert finish(wizard).isEnabled()
    checked = len(reads)
    finish(wizard).click()
    qtbot.waitUntil(lambda: f"Imported: {report.added} added" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    with Store.open(demo_path, readonly=True) as store:
        assert store.proposals.count() == 24 + report.added
    assert len(reads) == checked  # Import read nothing anew


def test_a_check_for_an_older_mapping_is_never_shown_nor_imported(qtbot: QtBot, runner: Executor) -> None:
    fake = FakeApp()
    wizard = standalone(qtbot, runner, fake, FIXTURES / "odk_propuestas.csv")
    qtbot.waitUntil(lambda: len(fake.checks) == 1, timeout=WAIT_MS)  # checked as soon as the mapping is shown
    code = next(c for c, combo in wizard.mapping_page.combos.items() if combo.currentData())
    wizard.mapping_page.combos[code].setCurrentIndex(0)  # changed while the first check runs
    fake.checks[0][3](ImportReport(added=7))  # the first check ends: stale
    qtbot.waitUntil(lambda: len(fake.checks) == 2, timeout=WAIT_MS)  # then one for the latest mapping
    assert wizard.preview is None and "7 proposals" not in wizard.mapping_page.status.text()
    table, mapping, valid_only, ok, _ = fake.checks[1]
    assert code not in mapping.columns and code in fake.checks[0][1].columns
    ok(ImportReport(added=3))
    assert "3 proposals to add" in wizard.mapping_page.status.text()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.problems_page and "3 proposals to add" in wizard.problems_page.summary.text()
    assert finish(wizard).isEnabled()
    finish(wizard).click()
    assert len(fake.runs) == 1
    ran = fake.runs[0]
    assert ran[0] is table and ran[1] is mapping and ran[2] is valid_only  # the very objects the check used


def test_a_changed_value_meaning_redoes_the_check(qtbot: QtBot, runner: Executor) -> None:
    fake = FakeApp()
    wizard = standalone(qtbot, runner, fake, FIXTURES / "bad_values.csv")
    qtbot.waitUntil(lambda: len(fake.checks) == 1, timeout=WAIT_MS)
    fake.checks[0][3](ImportReport(rejected=3, problems=(ImportProblem(2, "tipo_region", "galáctica", "no"),)))
    wizard.next()
    combo = wizard.values_page.combos[("proposal.region_type", "galáctica")]
    combo.setCurrentIndex(combo.findData("emerging"))
    assert wizard.preview is None  # the shown check is stale at once
    qtbot.waitUntil(lambda: len(fake.checks) == 2, timeout=WAIT_MS)
    assert fake.checks[1][1].values["proposal.region_type"]["galáctica"] == "emerging"


def test_updates_list_the_fields_they_change_before_anything_is_written(qtbot: QtBot, runner: Executor) -> None:
    try:
        from red_desktop.core.importing.records import FieldChange, ProposalUpdate
    except ImportError:
        pytest.skip("the import report does not carry per-proposal changes yet")
    fake = FakeApp()
    wizard = standalone(qtbot, runner, fake, FIXTURES / "odk_propuestas.csv")
    qtbot.waitUntil(lambda: len(fake.checks) == 1, timeout=WAIT_MS)
    change = FieldChange("requested_amount", "600,000", "600,000,000")
    update = ProposalUpdate(3, "s1", "u1", "RED-PE-2026-0F389E", (change,))
    fake.checks[0][3](ImportReport(updated=1, updates=(update,)))  # type: ignore[call-arg]
    wizard.next()
    wizard.next()
    changes = wizard.problems_page.changes
    assert changes.isVisible() and changes.rowCount() == 1
    shown = [changes.item(0, c).text() for c in range(4)]
    assert shown[0] == "RED-PE-2026-0F389E" and shown[2:] == ["600,000", "600,000,000"]
    assert "amount" in shown[1].lower()
    assert fake.runs == []


def test_import_is_off_with_nothing_to_write_and_file_problems_have_no_row_number(
    qtbot: QtBot, runner: Executor
) -> None:
    fake = FakeApp()
    wizard = standalone(qtbot, runner, fake, FIXTURES / "odk_propuestas.csv")
    qtbot.waitUntil(lambda: len(fake.checks) == 1, timeout=WAIT_MS)
    problems = (ImportProblem(None, "", "", "the file has no identity column", WARNING), ImportProblem(3, "a", "", "x"))
    fake.checks[0][3](ImportReport(unchanged=2, problems=problems[:1]))
    wizard.next()
    wizard.next()
    page = wizard.problems_page
    assert not finish(wizard).isEnabled()  # 0 to add, 0 to update
    assert "nothing to add or update" in page.summary.text()
    assert page.problems.item(0, 0).text() == "—"
    page.valid_only.setEnabled(True)
    page.valid_only.click()  # another check: with an error row and valid-only, it writes one
    qtbot.waitUntil(lambda: len(fake.checks) == 2, timeout=WAIT_MS)
    fake.checks[1][3](ImportReport(added=1, rejected=1, problems=(problems[1], problems[0])))
    assert finish(wizard).isEnabled() and fake.checks[1][2] is True
    page.problems.sortItems(0)
    assert [page.problems.item(r, 0).text() for r in range(2)] == ["—", "3"]
    assert page.problems.item(1, 4).text() == "Error" and ERROR == "error"


def test_the_wheel_over_the_mapping_scrolls_it_and_leaves_the_fields_alone(qtbot: QtBot, runner: Executor) -> None:
    fake = FakeApp()
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
    qtbot: QtBot, runner: Executor, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[Path] = []
    release = threading.Event()
    read_table = import_wizard.read_table

    def slow_read(path: Path) -> Any:
        reads.append(path)
        release.wait(WAIT_MS / 1000)
        return read_table(path)

    monkeypatch.setattr(import_wizard, "read_table", slow_read)
    fake = FakeApp()
    wizard = ImportWizard(runner, fake.check, fake.run, FIXTURES / "odk_propuestas.csv")
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
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=WAIT_MS)
    assert len(reads) == 1 and wizard.currentPage() is wizard.mapping_page
    assert next_button.isEnabled()


def test_the_wizard_takes_the_mapping_the_command_line_takes(
    qtbot: QtBot, runner: Executor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A saved mapping that predates some of the file's values gets their suggestions, as on the command line."""
    monkeypatch.setattr(paths, "mappings_dir", lambda: tmp_path)
    path = FIXTURES / "odk_propuestas.csv"
    table = read_table(path)
    save_mapping(replace(mapping_for(table), name="Sin valores", values={}), tmp_path)
    wizard = standalone(qtbot, runner, FakeApp(), path)
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
    assert "1 to update" in again.problems_page.summary.text()
    changes = again.problems_page.changes
    assert changes.rowCount() == 1
    shown = [changes.item(0, c).text() for c in range(4)]
    assert shown[0] == "RED-CO-2026-021" and "1,500,000" in shown[2] and "1,750,000" in shown[3]
    with Store.open(demo_path, readonly=True) as store:  # nothing written yet
        assert [p.requested_amount for p in store.proposals.all() if p.code == "RED-CO-2026-021"] == [1_500_000]
    again.reject()


def test_a_problem_of_many_rows_is_one_line_naming_them(qtbot: QtBot, runner: Executor) -> None:
    """Seen on a Kobo form: 25 lines saying 'no proposal code: one is derived…', one per row, buried the rest."""
    fake = FakeApp()
    wizard = standalone(qtbot, runner, fake, FIXTURES / "odk_propuestas.csv")
    qtbot.waitUntil(lambda: len(fake.checks) == 1, timeout=WAIT_MS)
    derived = tuple(
        ImportProblem(n, "_uuid", f"RED-PE-2026-{n:06d}", "no proposal code", WARNING) for n in range(2, 27)
    )
    fake.checks[0][3](ImportReport(added=25, problems=(*derived, ImportProblem(9, "monto", "x", "is not a number"))))
    wizard.next()
    wizard.next()
    table = wizard.problems_page.problems
    lines = {table.item(r, 3).text(): table.item(r, 0).text() for r in range(table.rowCount())}
    assert lines == {"is not a number": "9", "no proposal code": "2, 3, 4, … (25 rows)"}
