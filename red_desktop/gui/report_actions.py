"""File › Export and File › Print sheet: ask what and where, write it in the background, say where it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from red_desktop.core.domain import Proposal
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.list_index import ListIndex
from red_desktop.core.progress import Progress
from red_desktop.core.rubric import Rubric
from red_desktop.core.settings import Settings
from red_desktop.gui.export_dialog import ask_export
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.open_file import documents_folder, show_pdf, show_written
from red_desktop.gui.progress_task import run_with_progress
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor
from red_desktop.gui.temporary_sheets import TemporarySheets

if TYPE_CHECKING:
    from red_desktop.core.reports.sheet import SheetFile


class ReportActions:
    """One per application: the folder an export used last is remembered, and the printed sheets' temporary
    folders are removed by close()."""

    def __init__(self, runner: Executor, rubric: Rubric, settings: Settings):
        self.runner = runner
        self.rubric = rubric
        self.settings = settings
        self.sheets = TemporarySheets()

    def export(self, window: MainWindow, service: StoreService, index: ListIndex | None, language: str) -> None:
        """File › Export: ask what and where, then write it in the background behind a progress dialog."""
        facets = index.facets() if index is not None else {"statuses": [], "countries": []}
        current = _current_proposal(window, service)
        request = ask_export(window, facets["statuses"], facets["countries"], language, self._start(), current)
        if request is None:
            return
        folder = request.target if request.kind in ("sheets", "csv") else request.target.parent
        self.settings.set("exports.folder", str(folder))
        self.settings.save()
        path, rubric = service.path, self.rubric
        work: Callable[[Progress], object]  # a dossier file, or words saying what was written
        if request.kind == "dossier":
            data, sensitivity = window.committee.data, window.committee.sensitivity
            if data is None:
                window.show_message(
                    QCoreApplication.translate(
                        "Application", "The committee figures are still being computed; try again"
                    )
                )
                return
            work = lambda progress: _jobs().export_dossier(path, rubric, request, sensitivity, progress)  # noqa: E731
        elif request.kind == "sheets":
            work = lambda progress: _jobs().export_sheets(path, rubric, request, progress)  # noqa: E731
        else:
            work = lambda progress: _jobs().export_tables(path, rubric, request, progress)  # noqa: E731
        label = QCoreApplication.translate("Application", "Exporting…")
        done = lambda result: _exported(window, result, folder)  # noqa: E731
        run_with_progress(self.runner, window, label, work, done, window.show_message)

    def print_sheet(
        self, window: MainWindow, service: StoreService, proposal_uuid: str, evaluator_uuid: str, language: str
    ) -> None:
        """The sheet of the window's current proposal (the evaluator's own, or the committee's when evaluator_uuid
        is ''), written once the saves already queued are done, then opened in the system's PDF viewer to print."""
        path, rubric = service.path, self.rubric
        folder = self.sheets.new_folder()

        def written(sheet: SheetFile) -> None:
            show_pdf(window, sheet.path, self.runner, window.show_message)  # the folder is no place the user chose

        def write(_: object) -> None:
            work = lambda: _jobs().print_sheet(path, rubric, proposal_uuid, evaluator_uuid, language, folder)  # noqa: E731
            self.runner.run(work, context=window, on_done=written, on_failed=window.show_message)

        # runs after the saves queued before it
        service.submit(lambda store: None, write, window.show_message, context=window)

    def close(self) -> None:
        """After the workers have finished: none is still writing a sheet."""
        self.sheets.remove_all()

    def _start(self) -> Path:
        """Where the export's file dialog opens: the folder used last, else the user's documents folder."""
        last = Path(str(self.settings.get("exports.folder") or ""))
        return last if last.parts and last.is_dir() else documents_folder()


def _jobs() -> ModuleType:
    """gui/export_jobs, loaded by the first export or print in the worker that runs it: with reportlab, openpyxl
    and pypdf it is 22 MiB that an idle window need not hold (issue 19), and 0.2 s once."""
    from red_desktop.gui import export_jobs  # noqa: PLC0415

    return export_jobs


def _current_proposal(window: MainWindow, service: StoreService) -> Proposal | None:
    """The proposal on screen, once it is stored (File › Export offers it as a selection)."""
    if not window.current.uuid or service.reader is None:
        return None
    try:
        return service.reader.proposals.get(window.current.uuid)
    except RedDesktopError:
        return None


def _exported(window: MainWindow, result: object, folder: Path) -> None:
    """'Exported: RED-PE-2026-004-dossier.pdf': the file's name, whole in the status bar; the box says where."""
    written = getattr(result, "path", result)
    text = QCoreApplication.translate("Application", "Exported: %1").replace(
        "%1", written.name if isinstance(written, Path) else str(written)
    )
    window.show_message(text)
    show_written(window, text, folder)
