"""Composition root: the evaluator profile, the store service, and the main window's views on it (gui/start.py makes
the QApplication and shows the window's frame before this module loads)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from red_desktop import paths
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.rubric import Rubric
from red_desktop.core.settings import Role, Settings
from red_desktop.core.store import Store
from red_desktop.core.store.diagnosis import read_only_media
from red_desktop.gui.controllers import profile
from red_desktop.gui.controllers.backup import BackupActions
from red_desktop.gui.controllers.demo import CancelFlag, fill_demo, has_proposals
from red_desktop.gui.controllers.views import StoreViews
from red_desktop.gui.exchange.keyring import KeyRing
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.start import interface_language, keep_drawn
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from red_desktop.gui.tasks import Executor

if TYPE_CHECKING:
    from red_desktop.gui.report_actions import ReportActions

__all__ = ["Application", "CancelFlag", "interface_language"]
DEMO_ROLE = Role.FIELD_EVALUATOR.value


class Application:
    """Owns the long-lived objects and wires the window to the controllers; does nothing of their work."""

    def __init__(  # noqa: PLR0913 (what it owns)
        self,
        qt_app: QApplication,
        rubric: Rubric,
        settings: Settings,
        window_settings: QSettings,
        frame: MainWindow | None = None,
    ):
        """`frame`: the window shown before the store opened (start.show_frame), for the first store's views."""
        self.qt_app, self.rubric, self.settings, self.window_settings = qt_app, rubric, settings, window_settings
        self._frame = frame
        self.runner = Executor(qt_app)
        self._reports: ReportActions | None = None  # export and print; their temporary sheets (made on first use)
        self.keys = KeyRing(paths.keys_dir(), self.runner, self._profile, qt_app)  # one per laptop, across stores
        self.backups = BackupActions(self.runner, qt_app, self, lambda: self._profile()[0])
        self.service: StoreService | None = None
        self.window: MainWindow | None = None
        self.views: StoreViews | None = None
        self._role = ""  # the role changes are made in: the demo's in a demo, else the profile's
        self.demo = False
        self.looping = False  # set by run_app around exec(): only then does quitting end the loop
        self.exit_code = 0

    @property
    def reports(self) -> ReportActions:
        if self._reports is None:
            from red_desktop.gui.report_actions import ReportActions  # noqa: PLC0415 (see main_window.LATER_MODULES)

            self._reports = ReportActions(self.runner, self.rubric, self.settings)
        return self._reports

    def start(self, path: Path, demo: bool, create: bool = True) -> bool:
        """Open the store (a new demo store is filled first, in the background). False if it cannot start.
        `create`: make the store if there is none (the default and the demo store; not a path the user gave)."""
        self.demo = demo
        if demo and not has_proposals(path):
            fill_demo(self.runner, self.qt_app, path, self.rubric, lambda: self._opened(path), self._demo_stopped)
            return True
        return self.open_store(path, create=create)

    def open_store(self, path: Path, create: bool = False) -> bool:
        """Open the store at `path`; where there is none, make one only when `create` (File › New store…)."""
        try:
            Store.identify(path, existing=not create)  # a PDF, a CSV or a mistyped path: refused before anything
        except RedDesktopError as exc:
            self.fail(str(exc))
            return False
        name, role = ("demo", DEMO_ROLE) if self.demo else profile.ask_first(self.settings)
        if not name:
            return False
        readonly = Path(path).exists() and read_only_media(Path(path).resolve().parent)  # a locked card, a CD
        service = StoreService(path, name, self.qt_app, create=create, readonly=readonly)
        problem = service.open(between=keep_drawn if self._frame is not None else None)  # the frame kept drawn
        if problem:
            self.fail(problem)
            return False
        self.close_current()
        self.service, self._role = service, role
        if self.demo:
            name = _first_evaluator(service) or name
            service.set_user(name)
        else:
            self.settings.remember_store(path)
            self.settings.save()
        window = self._build_window(service)
        if window is None:  # the frame closed while its views were being built: the start ends there
            self.service = None
            service.close()
            return False
        if not self.demo:
            self.backups.daily(window, path, self.settings)
        if readonly:  # the window offers nothing that writes; the profile's evaluations shown if the store knows it
            window.set_read_only(service.path)
            if (evaluator := profile.known(service, name)) is not None:
                self._on_evaluator(evaluator.name, role, evaluator.uuid)
        else:
            profile.register(service, name, role, self._on_evaluator, self.fail)
            service.changed.connect(lambda change: self._after_import(service, change))
        return True

    def _after_import(self, service: StoreService, change: Change) -> None:
        """A package imported may have given this laptop's evaluator the committee's identity (its handout): the
        views follow the evaluator as the store now knows them."""
        if change.kind is ChangeKind.STORE and service is self.service:
            profile.register(service, *self._profile(), self._on_evaluator, self.fail)

    def _build_window(self, service: StoreService) -> MainWindow | None:
        """The window on `service`: at the program's start, built in the frame already on screen, which is kept
        drawn meanwhile (None if the user closed it then); afterwards, a window of its own."""
        language = interface_language(self.settings)
        recent = self.settings.get("stores.recent")
        frame, self._frame = self._frame, None
        window = frame or MainWindow(service.path)
        service.damaged.connect(lambda why: window.set_read_only(service.path, why))  # before: it may come meanwhile
        between = keep_drawn if frame is not None else None
        window.populate(service, self.rubric, language, recent, self.runner, self.keys, between=between)
        if frame is not None and not frame.isVisible():
            return None
        views = StoreViews(self.runner, service, self.rubric, window)
        window.open_store_requested.connect(lambda p: self._switch(p))
        window.new_store_requested.connect(lambda p: self._switch(p, create=True))
        window.backup_requested.connect(lambda target: self.backups.backup(window, service.path, target))
        window.restore_requested.connect(lambda: self.backups.choose(window, service.path))
        window.export_requested.connect(lambda: self.reports.export(window, service, views.index, language))
        window.import_requested.connect(lambda path=None: _import(self.runner, window, service, path, views))
        window.print_requested.connect(lambda p, e: self.reports.print_sheet(window, service, p, e, language))
        window.preferences_requested.connect(lambda: self._preferences(window, service))
        window.refresh_requested.connect(self.refresh)
        window.restore(self.window_settings)
        window.show()
        self.window, self.views = window, views
        views.refresh()
        return window

    def refresh(self) -> None:
        if self.views is not None:
            self.views.refresh()

    def _preferences(self, window: MainWindow, service: StoreService) -> None:
        role = profile.preferences(self.settings, window, service, self._profile(), self._on_evaluator, self.fail)
        if role is not None:
            self._role = role

    def _profile(self) -> tuple[str, str]:
        """Who changes are stamped with and a new key is made for: the store's user (the demo evaluator in a
        demo) and the role they act in."""
        name = self.service.user if self.service is not None else self.settings.profile_name
        return name, self._role or str(self.settings.get("profile.role"))

    def _on_evaluator(self, name: str, role: str, evaluator_uuid: str) -> None:
        if self.window is not None and self.views is not None:
            self.window.set_evaluator(name, role, evaluator_uuid)
            self.views.set_evaluator(evaluator_uuid)

    def _switch(self, path: Path, create: bool = False) -> None:
        if self.service is not None and Path(path).resolve() == self.service.path.resolve():
            return
        if self.window is not None and not self.window.may_leave_proposal():
            return  # the user went back to the edits that cannot be saved yet
        self.demo = False
        self.open_store(Path(path), create=create)

    def _opened(self, path: Path) -> None:
        if not self.open_store(path):
            self.quit(1)

    def _demo_stopped(self, message: str) -> None:
        if message:  # '' when the user cancelled: nothing to tell
            self.fail(message)
        self.quit(1)

    def quit(self, code: int) -> None:
        """End the program with `code`. QApplication.exit() outside a running exec() would leave the
        application half-exited (queued events no longer delivered), so it is called only inside one."""
        self.exit_code = code
        if self.looping:
            self.qt_app.exit(code)

    def fail(self, message: str) -> None:
        """Tell the user; whoever called decides whether the program ends."""
        QMessageBox.critical(self.window, "RED Desktop", message)

    def tell(self, message: str) -> None:
        if self.window is not None:
            self.window.show_message(message)

    def close_current(self) -> None:
        """Close the window (flushing pending saves), let the service finish them, then let both go.
        The service closes before the window is deleted, so the results of those last saves are
        delivered (they are queued first) while their widgets still exist."""
        window, service, views = self.window, self.service, self.views
        self.window, self.service, self.views = None, None, None
        if views is not None:
            views.close()
        if window is not None:
            window.stop_work()
            window.save(self.window_settings)
            window.closing_for_good = True  # asked already (opening another store), or the program is ending
            window.close()
        if service is not None:
            service.close()
            service.deleteLater()
        if window is not None:
            window.deleteLater()

    def close(self) -> None:
        if self.window is not None:
            self.window.stop_work()  # long searches asked to stop at their next check: not waited for minutes
        self.runner.end_apart()  # a committee worked out apart is stopped, not waited for
        self.runner.wait()
        self.close_current()
        self.window_settings.sync()
        if self._reports is not None:
            self._reports.close()  # after the workers: none is still writing a sheet


def _import(runner: Executor, window: MainWindow, service: StoreService, path: Path | None, views: StoreViews) -> None:
    from red_desktop.gui.import_actions import start_import, tell_imported  # noqa: PLC0415 (main_window.LATER_MODULES)

    start_import(runner, window, service, path, lambda report: views.select_when_listed(tell_imported(window, report)))


def _first_evaluator(service: StoreService) -> str | None:
    roster = service.reader.evaluators.all() if service.reader is not None else []
    return roster[0].name if roster else None
