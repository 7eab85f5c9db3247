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
from red_desktop.core.importing.mapping import Mapping
from red_desktop.core.importing.readers import SourceTable
from red_desktop.core.importing.records import ImportProblem, ImportRecord, ImportReport
from red_desktop.core.importing.rows import to_records
from red_desktop.core.progress import Progress
from red_desktop.core.store import Store
from red_desktop.gui.import_wizard import ImportWizard
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.progress_task import run_with_progress
from red_desktop.gui.store_service import Change, StoreService
from red_desktop.gui.tasks import TaskRunner

KEPT = 4  # checks remembered: the wizard shows the latest, older ones may still be arriving


@dataclass(frozen=True)
class Check:
    """A dry run the wizard showed: its inputs, the records it read and what writing them would do."""

    table: SourceTable
    mapping: Mapping
    valid_only: bool
    records: list[ImportRecord]
    problems: list[ImportProblem]
    report: ImportReport

    def answers(self, table: SourceTable, mapping: Mapping, valid_only: bool) -> bool:
        return self.table is table and self.mapping is mapping and self.valid_only == valid_only


def dry_run(path: Path, table: SourceTable, mapping: Mapping, valid_only: bool) -> Check:
    """What the import would do, on a read-only connection of its own (a worker thread)."""
    records, problems = to_records(table, mapping)
    with Store.open(path, readonly=True) as store:
        report = import_records(store, records, problems, Path(table.path).name, valid_only=valid_only, dry_run=True)
    return Check(table, mapping, valid_only, records, problems, report)


def start_import(
    runner: TaskRunner,
    window: MainWindow,
    service: StoreService,
    path: Path | None,
    imported: Callable[[ImportReport], None],
) -> None:
    """Open the wizard on `path` (or ask for a file); `imported` hears the report of what was written."""
    checks: list[Check] = []

    def check(table: SourceTable, mapping: Mapping, valid_only: bool, ok: Any, fail: Any) -> None:
        def checked(result: Check) -> None:
            checks[:] = [*checks[1 - KEPT :], result]
            ok(result.report)

        runner.run(lambda: dry_run(service.path, table, mapping, valid_only), checked, fail)

    def run(table: SourceTable, mapping: Mapping, valid_only: bool) -> None:
        held: dict[str, Store] = {}
        shown = next((c for c in reversed(checks) if c.answers(table, mapping, valid_only)), None)

        def work(progress: Progress) -> ImportReport:
            records, problems = (shown.records, shown.problems) if shown else to_records(table, mapping)
            return import_records(
                held["store"], records, problems, Path(table.path).name, valid_only=valid_only, dry_run=False,
                progress=progress, expected=shown.report if shown else None,
            )  # fmt: skip

        def on_writer(fn: Any, ok: Any, fail: Any) -> None:
            """Run on the store's writer (one writer per store), handing its store to the work."""

            def operation(store: Store) -> Any:
                held["store"] = store
                return fn()

            service.submit(operation, ok, fail, Change("store"))

        label = QCoreApplication.translate("Application", "Importing…")
        run_with_progress(runner, window, label, work, imported, window.show_message, start=on_writer)

    ImportWizard(runner, check, run, path, window).open()
