"""Composition root: the QApplication, the store, the task runner and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from red_desktop import paths
from red_desktop.core.demo import DEFAULT_SIZE, build_demo
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.rubric import Rubric, load_rubric
from red_desktop.core.store import Store, default_user
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.ranking_source import RankingSource
from red_desktop.gui.tasks import TaskRunner


class Application:
    """Owns the long-lived objects; the window only routes signals between them."""

    def __init__(self, qt_app: QApplication, path: Path, rubric: Rubric, user: str):
        self.qt_app = qt_app
        self.path = path
        self.rubric = rubric
        self.user = user
        self.runner = TaskRunner(qt_app)
        self.store: Store | None = None
        self.window: MainWindow | None = None

    def fill_demo_then_open(self) -> None:
        """Fill a new demo store in the background, behind a progress dialog, then open the window.

        Its callbacks run inside the event loop, so a failure ends the loop with exit code 1.
        """
        dialog = QProgressDialog("Building the demo portfolio…", "", 0, 0)
        dialog.setCancelButton(None)
        dialog.setWindowTitle("RED Desktop")
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(500)

        def opened(_: object) -> None:
            dialog.close()
            if not self.open_window():
                self.qt_app.exit(1)

        def failed(message: str) -> None:
            dialog.close()
            self.fail(message)
            self.qt_app.exit(1)

        self.runner.run(lambda: _fill_demo(self.path, self.rubric), opened, failed)

    def open_window(self) -> bool:
        try:
            self.store = Store.open(self.path, user=self.user)
        except RedDesktopError as exc:
            self.fail(str(exc))
            return False
        source = RankingSource(self.path, self.rubric, self.runner, self.qt_app)
        self.window = MainWindow(source, self.rubric, self.path, self.user)
        self.window.show()
        source.refresh()
        return True

    def fail(self, message: str) -> None:
        """Tell the user; whoever called decides whether the program ends."""
        QMessageBox.critical(None, "RED Desktop", message)

    def close(self) -> None:
        self.runner.wait()
        if self.store is not None:
            self.store.close()


def _has_proposals(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with Store.open(path, readonly=True) as store:
            return store.proposals.count() > 0
    except RedDesktopError:
        return False


def _fill_demo(path: Path, rubric: Rubric) -> None:
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, **DEFAULT_SIZE)


def run_app(path: Path, demo: bool, user: str | None, argv: list[str] | None = None) -> int:
    qt_app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    qt_app.setApplicationName(paths.APP_NAME)
    qt_app.setOrganizationName(paths.APP_AUTHOR)
    try:
        rubric = load_rubric(paths.default_rubric_path())
    except RedDesktopError as exc:
        QMessageBox.critical(None, "RED Desktop", str(exc))
        return 1
    app = Application(qt_app, path, rubric, user or default_user())
    if demo and not _has_proposals(path):
        app.fill_demo_then_open()
    elif not app.open_window():
        return 1
    try:
        return qt_app.exec()
    finally:
        app.close()
