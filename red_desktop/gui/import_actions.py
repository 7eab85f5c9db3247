"""File › Import: the wizard checks a file with a dry run in the background, and Import writes the very records of
the check it shows, on the store's writer, behind a progress dialog; the store refuses them if it has changed since
(StaleImportError), so an import never does other than its preview said."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from red_desktop.core import formatting
from red_desktop.core.importing.apply import import_records
from red_desktop.core.importing.convert import to_records
from red_desktop.core.importing.mapping import ColumnMapping
from red_desktop.core.importing.readers import SourceTable
from red_desktop.core.importing.records import ImportProblem, ImportRecord, ImportReport
from red_desktop.core.progress import Progress
from red_desktop.core.store import Store
from red_desktop.gui.fill import fill
from red_desktop.gui.import_wizard import ImportWizard
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.progress_task import run_on_writer
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from red_desktop.gui.tasks import Executor


@dataclass(frozen=True)
class Check:
    """A dry run the wizard shows: its inputs, the records it read and what writing them would do."""

    table: SourceTable
    mapping: ColumnMapping
    valid_only: bool
    records: list[ImportRecord]
    problems: list[ImportProblem]
    report: ImportReport


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

    def run(shown: Check) -> None:
        """Write the very records of the check shown; the store refuses them if it changed since (StaleImportError)."""

        def work(store: Store, progress: Progress) -> ImportReport:
            return import_records(
                store, shown.records, shown.problems, Path(shown.table.path).name, valid_only=shown.valid_only,
                dry_run=False, progress=progress, expected=shown.report,
            )  # fmt: skip

        label = QCoreApplication.translate("Application", "Importing…")
        run_on_writer(service, window, label, work, imported, window.show_message, Change(ChangeKind.STORE))

    check = partial(dry_run, service.path)
    wizard = ImportWizard(runner, check, run, Path(path) if isinstance(path, str | Path) else None, window)
    wizard.open()


def tell_imported(window: MainWindow, report: ImportReport) -> tuple[str, ...]:
    """Say what an import wrote and highlight it in the lists; the proposals written, to select the first."""
    window.show_message(
        fill(
            QCoreApplication.translate("Application", "Imported: %1 added, %2 updated, %3 unchanged"),
            formatting.integer(report.added),
            formatting.integer(report.updated),
            formatting.integer(report.unchanged),
        )
    )
    written = (*report.added_uuids, *report.updated_uuids)
    window.highlight_proposals(frozenset(written))
    return written
