"""Composition root: the QApplication, settings, the evaluator profile, the store service and the main window."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from red_desktop import paths
from red_desktop.core import messages
from red_desktop.core.backup import backup_store
from red_desktop.core.backups import BackupInfo, RestoreReport, daily_backup, restore
from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.demo import DEFAULT_SIZE, build_demo
from red_desktop.core.errors import NotFoundError, RedDesktopError
from red_desktop.core.importing.records import ImportReport
from red_desktop.core.profile import ensure_evaluator
from red_desktop.core.progress import NoProgress, Progress
from red_desktop.core.rubric import Rubric, load_rubric
from red_desktop.core.settings import LANGUAGES, Role, Settings
from red_desktop.core.store import Store
from red_desktop.core.store.diagnosis import read_only_media
from red_desktop.gui.exchange.keyring import KeyRing
from red_desktop.gui.i18n import install_translators
from red_desktop.gui.import_actions import start_import
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.main_window import PROPOSALS, MainWindow
from red_desktop.gui.profile_dialog import ProfileDialog
from red_desktop.gui.progress_task import run_with_progress
from red_desktop.gui.proposals.index_keeper import ListIndexKeeper
from red_desktop.gui.report_actions import ReportActions
from red_desktop.gui.restore_dialog import RestoreDialog
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from red_desktop.gui.tasks import Executor

DEMO_ROLE = Role.FIELD_EVALUATOR.value


def interface_language(settings: Settings) -> str:
    chosen = settings.get("interface.language")
    if chosen in LANGUAGES:
        return str(chosen)
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


class Application:
    """Owns the long-lived objects; the window only lays out and routes signals."""

    def __init__(self, qt_app: QApplication, rubric: Rubric, settings: Settings, window_settings: QSettings):
        self.qt_app = qt_app
        self.rubric = rubric
        self.settings = settings
        self.window_settings = window_settings
        self.runner = Executor(qt_app)
        self.reports = ReportActions(self.runner, rubric, settings)  # export and print; their temporary sheets
        self.keys = KeyRing(paths.keys_dir(), self.runner, self._profile, qt_app)  # one per laptop, across stores
        self.service: StoreService | None = None
        self.window: MainWindow | None = None
        self.index_keeper: ListIndexKeeper | None = None
        self._select_when_listed: str | None = None
        self._role = ""  # the role changes are made in: the demo's in a demo, else the profile's
        self.demo = False
        self.looping = False  # set by run_app around exec(): only then does quitting end the loop
        self._demo_cancel = threading.Event()
        self._ranking: LatestOnly[CommitteeData] | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.exit_code = 0

    # ---- starting ----

    def start(self, path: Path, demo: bool, create: bool = True) -> bool:
        """Open the store (a new demo store is filled first, in the background). False if it cannot start.
        `create`: make the store if there is none (the default and the demo store; not a path the user gave)."""
        self.demo = demo
        if demo and not _has_proposals(path):
            self._fill_demo_then_open(path)
            return True
        return self.open_store(path, create=create)

    def _fill_demo_then_open(self, path: Path) -> None:
        # The flag lives on the Application and the dialog connects to an Application method: a signal
        # connected to a bound method of an object that a worker's closure frees is disconnected *on the
        # worker thread*, under the dialog's signal lock, while waiting for the GIL — a deadlock with the
        # GUI thread closing the dialog (seen under Xvfb).
        self._demo_cancel = threading.Event()
        flag = CancelFlag(self._demo_cancel)
        dialog = QProgressDialog(
            QCoreApplication.translate("Application", "Building the demo portfolio…"),
            QCoreApplication.translate("Application", "Cancel"),
            0,
            0,
        )
        dialog.canceled.connect(self._on_demo_cancelled)
        dialog.setWindowTitle("RED Desktop")
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(500)

        def filled(_: object) -> None:
            dialog.close()
            if not self.open_store(path):
                self.quit(1)

        def failed(message: str) -> None:
            dialog.close()
            self.fail(message)
            self.quit(1)

        def cancelled() -> None:
            dialog.close()
            self.quit(1)

        self.runner.run(
            lambda: _fill_demo(path, self.rubric, flag),
            context=self.qt_app,
            on_done=filled,
            on_failed=failed,
            on_cancelled=cancelled,
        )

    def _on_demo_cancelled(self) -> None:
        self._demo_cancel.set()

    def open_store(self, path: Path, create: bool = False) -> bool:
        """Open the store at `path`; where there is none, make one only when `create` (File › New store…)."""
        try:
            # a PDF, a CSV or a mistyped path is refused before the profile is asked or anything is made
            Store.identify(path, existing=not create)
        except RedDesktopError as exc:
            self.fail(str(exc))
            return False
        name, role = self._who(path)
        if not name:
            return False
        readonly = Path(path).exists() and read_only_media(Path(path).resolve().parent)  # a locked card, a CD
        service = StoreService(path, name, self.qt_app, create=create, readonly=readonly)
        problem = service.open()
        if problem:
            self.fail(problem)
            return False
        self._close_current()
        self.service = service
        self._role = role
        if self.demo:
            name = _first_evaluator(service) or name
            service.set_user(name)
        if not self.demo:
            self.settings.remember_store(path)
            self.settings.save()
        self._build_window(service)
        if not self.demo:
            self._daily_backup(path)
        if readonly:
            self._read_only(service, name, role)
            return True
        service.submit(
            lambda store: ensure_evaluator(store, name, role),
            lambda evaluator: self._on_evaluator(evaluator.name, role, evaluator.uuid),
            self.fail,
        )
        return True

    def _read_only(self, service: StoreService, name: str, role: str) -> None:
        """A store on read-only media: the window says so and offers nothing that writes; the profile's own
        evaluations are shown if the store knows the profile (it cannot be added to the roster)."""
        assert self.window is not None and service.reader is not None
        self.window.set_read_only(service.path)
        try:
            evaluator = service.reader.evaluators.by_name(name.strip())
        except NotFoundError:
            return
        self._on_evaluator(evaluator.name, role, evaluator.uuid)

    def _who(self, path: Path) -> tuple[str, str]:
        """The profile's name and role; the first start asks for them (a demo store starts with a demo evaluator)."""
        if self.demo:
            return "demo", DEMO_ROLE
        if not self.settings.profile_name:
            answer = ProfileDialog("", Role.FIELD_EVALUATOR.value, "").ask()
            if answer is None:
                return "", ""
            self._save_profile(*answer)
        return self.settings.profile_name, str(self.settings.get("profile.role"))

    def _build_window(self, service: StoreService) -> None:
        language = interface_language(self.settings)
        recent = self.settings.get("stores.recent")
        window = MainWindow(service, self.rubric, language, recent, self.runner, self.keys)
        window.open_store_requested.connect(lambda p: self._switch(p))
        window.new_store_requested.connect(lambda p: self._switch(p, create=True))
        window.backup_requested.connect(self._backup)
        window.restore_requested.connect(self._choose_backup)
        window.export_requested.connect(self._export)
        window.import_requested.connect(self._import)
        window.print_requested.connect(self._print_sheet)
        window.preferences_requested.connect(self._preferences)
        window.refresh_requested.connect(self.refresh)
        window.restore(self.window_settings)
        window.show()
        self.window = window
        # one committee ranking at a time: changes that arrive meanwhile (every autosave, every level click)
        # ask for one more run after it, instead of a pile of full rankings
        self._ranking = LatestOnly(
            self.runner, self._ranking_work, window.show_committee, window.show_message, parent=window
        )
        self.index_keeper = ListIndexKeeper(self.runner, service.path, self.rubric, self.qt_app)
        self.index_keeper.ready.connect(window.show_list_index)
        self.index_keeper.ready.connect(self._select_imported)
        self.index_keeper.failed.connect(window.show_message)
        service.changed.connect(self._on_change)
        self.refresh()

    # ---- while running ----

    def refresh(self) -> None:
        """Everything read again: counts at once (indexed reads); the list's index and the ranking in the background."""
        if self.index_keeper is not None:
            self.index_keeper.reload()
        self._show_counts()
        self._rank()

    def _select_imported(self, _index: object) -> None:
        uuid, self._select_when_listed = self._select_when_listed, None
        if uuid and self.window is not None:
            self.window.show_page(PROPOSALS)
            self.window.select_proposal(uuid)

    def _on_change(self, change: Change) -> None:
        """After an operation: the list's index patched for the proposals it names, counts, the ranking."""
        if change.kind in (ChangeKind.ROSTER, ChangeKind.EXCHANGE):
            return  # trusted keys and packages written: nothing the lists, counts or ranking show
        if self.index_keeper is not None and change.kind in (ChangeKind.PROPOSAL, ChangeKind.EVALUATION):
            self.index_keeper.proposals_changed(change.uuids)
        elif self.index_keeper is not None and change.kind is ChangeKind.STORE:
            self.index_keeper.reload()
        self._show_counts()
        self._rank()

    def _show_counts(self) -> None:
        if self.window is not None and self.service is not None and self.service.reader is not None:
            reader = self.service.reader
            self.window.show_counts(reader.proposals.count(), reader.evaluations.count())

    def _rank(self) -> None:
        if self._ranking is not None:
            self._ranking.request()

    def _ranking_work(self) -> Callable[[], CommitteeData] | None:
        if self.service is None:
            return None
        path, rubric = self.service.path, self.rubric
        return lambda: _ranking(path, rubric)

    def _profile(self) -> tuple[str, str]:
        """Who changes are stamped with and a new key is made for: the store's user (the demo evaluator in a
        demo) and the role they act in."""
        name = self.service.user if self.service is not None else self.settings.profile_name
        return name, self._role or str(self.settings.get("profile.role"))

    def _on_evaluator(self, name: str, role: str, evaluator_uuid: str) -> None:
        if self.window is not None:
            self.window.set_evaluator(name, role, evaluator_uuid)
        if self.index_keeper is not None:
            self.index_keeper.set_evaluator(evaluator_uuid)  # the lists' "My total"

    def _switch(self, path: Path, create: bool = False) -> None:
        if self.service is not None and Path(path).resolve() == self.service.path.resolve():
            return
        if self.window is not None and not self.window.may_leave_proposal():
            return  # the user went back to the edits that cannot be saved yet
        self.demo = False
        self.open_store(Path(path), create=create)

    def _backup(self, destination: Path) -> None:
        """On a read-only connection of its own, in the background: saves go on while the copy is made."""
        assert self.service is not None and self.window is not None
        window, path = self.window, self.service.path

        def copy(progress: Progress) -> Path:
            with Store.open(path, readonly=True) as store:
                return backup_store(store, destination, progress)

        run_with_progress(
            self.runner,
            window,
            QCoreApplication.translate("Application", "Backing up the store…"),
            copy,
            lambda written: window.show_message(
                QCoreApplication.translate("Application", "Backed up to %1").replace("%1", str(written))
            ),
            lambda message: window.show_message(message),
        )

    def _daily_backup(self, path: Path) -> None:
        """The automatic backup, once a day, on a read-only connection of its own; rotated as the settings say."""
        daily, weekly = int(self.settings.get("backups.daily")), int(self.settings.get("backups.weekly"))
        window = self.window

        def failed(message: str) -> None:
            if window is not None and window is self.window:
                window.show_message(
                    QCoreApplication.translate("Application", "The automatic backup failed: %1").replace("%1", message)
                )

        self.runner.run(
            lambda: daily_backup(path, daily, weekly), context=self.qt_app, on_done=_ignore, on_failed=failed
        )

    def _choose_backup(self) -> None:
        """File › Restore…: the dialog lists the store's backups; the one chosen and confirmed is restored."""
        if self.window is None or self.service is None:
            return
        dialog = RestoreDialog(self.service.path, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._restore)
        self.restore_dialog = dialog
        dialog.open()

    def _restore(self, backup: BackupInfo) -> None:
        """Close the store (pending saves first), restore in the background behind a progress dialog, open it again.
        Without a window meanwhile, the program must not end as its last window closes."""
        if self.window is None or self.service is None or not self.window.may_leave_proposal():
            return
        path = self.service.path
        quits = self.qt_app.quitOnLastWindowClosed()
        self.qt_app.setQuitOnLastWindowClosed(False)
        self._close_current()
        self.runner.wait()  # the ranking and the lists read the store on connections of their own: done first

        def reopen(report: RestoreReport | None, problem: str) -> None:
            self.qt_app.setQuitOnLastWindowClosed(quits)
            if not self.open_store(path):
                self.quit(1)
                return
            if problem:
                self.fail(problem)
            elif report is not None and self.window is not None:
                self.window.show_message(
                    QCoreApplication.translate(
                        "Application", "Restored the backup taken %1 (%2 proposals); the store as it was is kept in %3"
                    )
                    .replace("%1", report.restored.taken.strftime("%Y-%m-%d %H:%M"))
                    .replace("%2", str(report.counts.get("proposals", 0)))
                    .replace("%3", str(report.kept or "-"))
                )

        run_with_progress(
            self.runner,
            None,
            QCoreApplication.translate("Application", "Restoring the backup…"),
            lambda progress: restore(path, backup.path, progress=progress, user=self._profile()[0]),
            lambda report: reopen(report, ""),
            lambda message: reopen(None, message),
            on_cancelled=lambda: reopen(None, ""),
        )

    def _export(self) -> None:
        if self.window is not None and self.service is not None:
            index = self.index_keeper.index if self.index_keeper is not None else None
            self.reports.export(self.window, self.service, index, interface_language(self.settings))

    def _import(self, path: object = None) -> None:
        """File › Import, or a file dropped on the window."""
        if self.window is not None and self.service is not None:
            chosen = Path(path) if isinstance(path, str | Path) else None
            start_import(self.runner, self.window, self.service, chosen, self._imported)

    def _imported(self, report: ImportReport) -> None:
        if self.window is None:
            return
        self.window.show_message(
            QCoreApplication.translate("Application", "Imported: %1 added, %2 updated, %3 unchanged")
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
        )
        written = (*report.added_uuids, *report.updated_uuids)
        self.window.highlight_proposals(frozenset(written))
        first = written[:1]
        if first:
            self._select_when_listed = first[0]  # shown once the list's index has the new proposals

    def _print_sheet(self, proposal_uuid: str, evaluator_uuid: str) -> None:
        if self.window is not None and self.service is not None:
            language = interface_language(self.settings)
            self.reports.print_sheet(self.window, self.service, proposal_uuid, evaluator_uuid, language)

    def _preferences(self) -> None:
        """Shows the name and role changes are stamped with (the demo evaluator's in a demo); what is changed
        there is stamped from then on and kept in the profile, what is left as shown does not replace it."""
        shown_name, shown_role = self._profile()
        answer = ProfileDialog(shown_name, shown_role, str(self.settings.get("interface.language")), self.window).ask()
        if answer is None or self.service is None:
            return
        name, chosen_role, language = answer
        kept_name = name if name != shown_name else self.settings.profile_name or name
        kept_role = chosen_role if chosen_role.value != shown_role else Role(self.settings.get("profile.role"))
        self._save_profile(kept_name, kept_role, language)
        role = self._role = chosen_role.value
        self.service.set_user(name)
        self.service.submit(
            lambda store: ensure_evaluator(store, name, role),
            lambda evaluator: self._on_evaluator(evaluator.name, role, evaluator.uuid),
            self.fail,
            Change(ChangeKind.EVALUATOR),
        )

    def _save_profile(self, name: str, role: Role, language: str) -> None:
        self.settings.set_profile(name, role)
        self.settings.set("interface.language", language)
        self.settings.save()

    def quit(self, code: int) -> None:
        """End the program with `code`. QApplication.exit() outside a running exec() would leave the
        application half-exited (queued events no longer delivered), so it is called only inside one."""
        self.exit_code = code
        if self.looping:
            self.qt_app.exit(code)

    def fail(self, message: str) -> None:
        """Tell the user; whoever called decides whether the program ends."""
        QMessageBox.critical(self.window, "RED Desktop", message)

    # ---- stopping ----

    def _close_current(self) -> None:
        """Close the window (flushing pending saves), let the service finish them, then let both go.

        The service closes before the window is deleted, so the results of those last saves are
        delivered (they are queued first) while their widgets still exist.
        """
        window, service = self.window, self.service
        self.window, self.service, self._ranking = None, None, None
        if self.index_keeper is not None:
            self.index_keeper.close()
            self.index_keeper.deleteLater()
            self.index_keeper = None
        if window is not None:
            window.save(self.window_settings)
            window.closing_for_good = True  # asked already (opening another store), or the program is ending
            window.close()
        if service is not None:
            service.close()
            service.deleteLater()
        if window is not None:
            window.deleteLater()

    def close(self) -> None:
        self.runner.wait()
        self._close_current()
        self.window_settings.sync()
        self.reports.close()  # after the workers: none is still writing a sheet


def _ignore(_: object) -> None:
    return None


def _has_proposals(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with Store.open(path, readonly=True) as store:
            return store.proposals.count() > 0
    except RedDesktopError:
        return False


class CancelFlag(NoProgress):
    """Progress for a worker: it only reads the Cancel button's flag (widgets are never touched off the GUI thread)."""

    def __init__(self, event: threading.Event):
        self._event = event

    def cancelled(self) -> bool:
        return self._event.is_set()


def _fill_demo(path: Path, rubric: Rubric, progress: Progress) -> None:
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, **DEFAULT_SIZE, progress=progress)


def _first_evaluator(service: StoreService) -> str | None:
    roster = service.reader.evaluators.all() if service.reader is not None else []
    return roster[0].name if roster else None


def _ranking(path: Path, rubric: Rubric) -> CommitteeData:
    """Runs in a worker thread, on its own read-only connection."""
    with Store.open(path, readonly=True) as store:
        return build_committee(store, rubric)


def run_app(path: Path, demo: bool, user: str | None, argv: list[str] | None = None, create: bool = True) -> int:
    qt_app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(paths.APP_NAME)
    qt_app.setOrganizationName(paths.APP_AUTHOR)
    settings = Settings.load()
    if user:
        settings.set("profile.name", user)
    try:
        rubric = load_rubric(paths.default_rubric_path())
    except RedDesktopError as exc:
        QMessageBox.critical(None, "RED Desktop", str(exc))
        return 1
    language = interface_language(settings)
    install_translators(qt_app, language)
    messages.set_language(language)  # the core's own texts (a package's refusal, ...) follow the window
    app = Application(qt_app, rubric, settings, QSettings())
    if not app.start(path, demo, create=create):
        return 1
    app.looping = True
    try:
        return qt_app.exec()
    finally:
        app.looping = False
        app.close()
