"""File › Back up…, the automatic daily backup and File › Restore…, each in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from red_desktop.core import formatting
from red_desktop.core.backups import BackupInfo, RestoreReport, daily_backup, restore
from red_desktop.core.progress import Progress
from red_desktop.core.settings import Settings
from red_desktop.core.store import Store
from red_desktop.core.store.snapshot import backup_store
from red_desktop.gui.fill import fill
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.progress_task import run_with_progress
from red_desktop.gui.restore_dialog import RestoreDialog
from red_desktop.gui.tasks import Executor


class StoreHost(Protocol):
    """What a restore needs of the application: to let the store go and open it again."""

    def close_current(self) -> None: ...
    def open_store(self, path: Path, create: bool = False) -> bool: ...
    def fail(self, message: str) -> None: ...
    def tell(self, message: str) -> None: ...
    def quit(self, code: int) -> None: ...


class BackupActions:
    """One per application; `user()` names who a restore is recorded as made by."""

    def __init__(self, runner: Executor, qt_app: QApplication, host: StoreHost, user: Callable[[], str]):
        self.runner = runner
        self.qt_app = qt_app
        self.host = host
        self.user = user
        self.dialog: RestoreDialog | None = None

    def backup(self, window: MainWindow, path: Path, destination: Path) -> None:
        """On a read-only connection of its own, in the background: saves go on while the copy is made."""

        def copy(progress: Progress) -> Path:
            with Store.open(path, readonly=True) as store:
                return backup_store(store, destination, progress)

        run_with_progress(
            self.runner,
            window,
            QCoreApplication.translate("Application", "Backing up the store…"),
            copy,
            lambda written: window.show_message(
                fill(QCoreApplication.translate("Application", "Backed up to %1"), str(written))
            ),
            window.show_message,
        )

    def daily(self, window: MainWindow, path: Path, settings: Settings) -> None:
        """The automatic backup, once a day, on a read-only connection of its own; rotated as the settings say."""
        daily, weekly = int(settings.get("backups.daily")), int(settings.get("backups.weekly"))

        def failed(message: str) -> None:
            text = QCoreApplication.translate("Application", "The automatic backup failed: %1")
            window.show_message(fill(text, message))

        self.runner.run(lambda: daily_backup(path, daily, weekly), context=window, on_done=_ignore, on_failed=failed)

    def choose(self, window: MainWindow, path: Path) -> None:
        """File › Restore…: the dialog lists the store's backups; the one chosen and confirmed is restored."""
        dialog = RestoreDialog(path, self.runner, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda backup: self.restore(window, path, backup))
        self.dialog = dialog
        dialog.open()

    def restore(self, window: MainWindow, path: Path, backup: BackupInfo) -> None:
        """Close the store (pending saves first), restore in the background behind a progress dialog, open it
        again. Without a window meanwhile, the program must not end as its last window closes."""
        if not window.may_leave_proposal():
            return
        quits = self.qt_app.quitOnLastWindowClosed()
        self.qt_app.setQuitOnLastWindowClosed(False)
        self.host.close_current()
        self.runner.wait()  # the ranking and the lists read the store on connections of their own: done first

        def reopen(report: RestoreReport | None, problem: str) -> None:
            self.qt_app.setQuitOnLastWindowClosed(quits)
            if not self.host.open_store(path):
                self.host.quit(1)
            elif problem:
                self.host.fail(problem)
            elif report is not None:
                self.host.tell(_restored(report))

        run_with_progress(
            self.runner,
            None,
            QCoreApplication.translate("Application", "Restoring the backup…"),
            lambda progress: restore(path, backup.path, progress=progress, user=self.user()),
            lambda report: reopen(report, ""),
            lambda message: reopen(None, message),
            on_cancelled=lambda: reopen(None, ""),
        )


def _restored(report: RestoreReport) -> str:
    return fill(
        QCoreApplication.translate(
            "Application", "Restored the backup taken %1 (%2 proposals); the store as it was is kept in %3"
        ),
        formatting.short_moment(report.restored.taken),
        formatting.integer(report.counts.get("proposals", 0)),
        str(report.kept or "-"),
    )


def _ignore(_: object) -> None:
    return None
