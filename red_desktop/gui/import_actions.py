"""File › Import: the wizard checks a file with a dry run in the background, and Import writes the very records of
the check it shows, on the store's writer, behind a progress dialog; the store refuses them if it has changed since
(StaleImportError), so an import never does other than its preview said."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from red_desktop.core.importing.apply import import_records
from red_desktop.core.importing.convert import to_records
from red_desktop.core.importing.mapping import ColumnMapping
from red_desktop.core.importing.readers import SourceTable
from red_desktop.core.importing.records import ImportProblem, ImportRecord, ImportReport
from red_desktop.core.progress import Progress
from red_desktop.core.store import Store
from red_desktop.gui.import_wizard import ImportWizard
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.progress_task import run_on_writer
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from red_desktop.gui.tasks import Executor

KEPT = 4  # checks remembered: the wizard shows the latest, older ones may still be arriving


@dataclass(frozen=True)
class Check:
    """A dry run the wizard showed: its inputs, the records it read and what writing them would do."""

    table: SourceTable
    mapping: ColumnMapping
    valid_only: bool
    records: list[ImportRecord]
    problems: list[ImportProblem]
    report: ImportReport

    def answers(self, table: SourceTable, mapping: ColumnMapping, valid_only: bool) -> bool:
        return self.table is table and self.mapping is mapping and self.valid_only == valid_only


def dry_run(path: Path, table: SourceTable, mapping: ColumnMapping, valid_only: bool) -> Check:
    """What the import would do, on a read-only connection of its own (a worker thread)."""
    records, problems = to_records(table, mapping)
    with Store.open(path, readonly=True) as store:
        report = import_records(store, records, problems, Path(table.path).name, valid_only=valid_only, dry_run=True)
    return Check(table, mapping, valid_only, records, problems, report)


def start_import(
    runner: Executor,
    window: MainWindow,
    service: StoreService,
    path: object,
    imported: Callable[[ImportReport], None],
) -> None:
    """Open the wizard on `path` (a file dropped on the window; else it asks for one); `imported` hears the
    report of what was written (`tell_imported` says it in the window)."""
    checks: list[Check] = []
    wizard: ImportWizard | None = None  # the checks' results are dropped once it is closed

    def check(table: SourceTable, mapping: ColumnMapping, valid_only: bool, ok: Any, fail: Any) -> None:
        def checked(result: Check) -> None:
            checks[:] = [*checks[1 - KEPT :], result]
            ok(result.report)

        work = lambda: dry_run(service.path, table, mapping, valid_only)  # noqa: E731
        runner.run(work, context=wizard if wizard is not None else window, on_done=checked, on_failed=fail)

    def run(table: SourceTable, mapping: ColumnMapping, valid_only: bool) -> None:
        shown = next((c for c in reversed(checks) if c.answers(table, mapping, valid_only)), None)

        def work(store: Store, progress: Progress) -> ImportReport:
            records, problems = (shown.records, shown.problems) if shown else to_records(table, mapping)
            return import_records(
                store, records, problems, Path(table.path).name, valid_only=valid_only, dry_run=False,
                progress=progress, expected=shown.report if shown else None,
            )  # fmt: skip

        label = QCoreApplication.translate("Application", "Importing…")
        run_on_writer(service, window, label, work, imported, window.show_message, Change(ChangeKind.STORE))

    wizard = ImportWizard(runner, check, run, Path(path) if isinstance(path, str | Path) else None, window)
    wizard.open()


def tell_imported(window: MainWindow, report: ImportReport) -> tuple[str, ...]:
    """Say what an import wrote and highlight it in the lists; the proposals written, to select the first."""
    window.show_message(
        QCoreApplication.translate("Application", "Imported: %1 added, %2 updated, %3 unchanged")
        .replace("%1", str(report.added))
        .replace("%2", str(report.updated))
        .replace("%3", str(report.unchanged))
    )
    written = (*report.added_uuids, *report.updated_uuids)
    window.highlight_proposals(frozenset(written))
    return written
