"""Import: package files chosen or dropped, each checked in the background and previewed, then applied on
the store's writer behind a progress dialog, each package all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import formatting
from red_desktop.core.exchange.model import ImportPlan, Outcome
from red_desktop.core.rubric import Rubric
from red_desktop.gui.exchange import jobs
from red_desktop.gui.exchange.files import ask_open_paths
from red_desktop.gui.exchange.keyring import KeyRing
from red_desktop.gui.exchange.plan_view import REFUSED, PlanView
from red_desktop.gui.fill import fill
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.progress_task import run_on_writer
from red_desktop.gui.scoring.message_banner import MessageBannerWidget
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from red_desktop.gui.tasks import Executor

CHECKING, READY, REJECTED, DONE, IMPORTED = "checking", "ready", "rejected", "done", "imported"


@dataclass(eq=False)
class PackageFile:
    path: Path
    state: str = CHECKING
    plan: ImportPlan | None = None
    # its preview, redone when the key or the store changes: one at a time, one overtaken by a change never shown
    checks: LatestOnly[ImportPlan] | None = field(default=None, repr=False)


class ImportWidget(QWidget):
    imported = Signal(object)  # the ImportPlans of the packages applied

    def __init__(
        self, service: StoreService, runner: Executor, rubric: Rubric, keys: KeyRing, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.rubric = rubric
        self.keys = keys
        self.files: list[PackageFile] = []
        self._folder = Path.home()
        self.choose_button = QPushButton(self.tr("&Choose packages…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose packages to import"))
        self.remove_button = QPushButton(self.tr("&Remove from the list"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected package from the list"))
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.apply_button.setAccessibleName(self.tr("Import the packages ready to import"))
        self.apply_button.setToolTip(self.tr("Import every package ready to import, in the order listed"))
        self.summary = QLabel(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Packages to import"))
        self.list.setSpacing(3)
        self.list.setMinimumWidth(self.list.fontMetrics().horizontalAdvance("x" * 30))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.plan = PlanView(self)
        self.banner = MessageBannerWidget(self)
        self._build_layout()
        self.choose_button.clicked.connect(self.choose_packages)
        self.remove_button.clicked.connect(self.remove_selected)
        self.apply_button.clicked.connect(self.apply)
        self.list.currentRowChanged.connect(lambda _: self._show_current())
        keys.changed.connect(self.check_again)
        service.changed.connect(self._on_store_changed)
        # A file dialog by default; tests put a function here that answers at once.
        self.choose_package_paths: Callable[[Path], list[Path]] = lambda start: ask_open_paths(
            self, self.tr("Import packages"), start, self.tr("RED Desktop packages (*.redpkg)")
        )
        self._update_buttons()

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        hint = QLabel(self.tr("or drop .redpkg files here"), self)
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        buttons.addWidget(self.apply_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.plan)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, stretch=1)

    # ---- choosing ----

    def choose_packages(self) -> None:
        chosen = self.choose_package_paths(self._folder)
        if chosen:
            self.add_files(chosen)

    def add_files(self, paths: list[Path]) -> None:
        """List each package (once) and check it in the background."""
        known = {f.path.resolve() for f in self.files}
        added = [PackageFile(Path(p)) for p in paths if Path(p).resolve() not in known]
        if not added:
            return
        self._folder = added[-1].path.parent
        self.banner.clear()
        for entry in added:
            self.files.append(entry)
            self.list.addItem(QListWidgetItem())
            self._check(entry)
        self.list.setCurrentRow(len(self.files) - len(added))
        self._refresh_list()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.files):
            checks = self.files.pop(row).checks
            if checks is not None:
                checks.cancel()
                checks.deleteLater()
            self.list.takeItem(row)
            self._refresh_list()
            self._show_current()

    # ---- checking ----

    def _check(self, entry: PackageFile) -> None:
        """Preview the package with the key and the store of the moment: now, or once the one under way ends."""
        if entry.checks is None:
            refused = lambda message: ImportPlan(entry.path.name, None, rejected=message)  # noqa: E731
            entry.checks = LatestOnly(
                self.runner,
                lambda: self._check_work(entry),
                lambda plan: self._checked(entry, plan),
                lambda message: self._checked(entry, refused(message)),
                parent=self,
            )
        entry.state = CHECKING
        entry.checks.request()

    def _check_work(self, entry: PackageFile) -> Callable[[], ImportPlan]:
        path, package, rubric, box = self.service.path, entry.path, self.rubric, self.keys.box_key
        return lambda: jobs.preview_file(path, package, rubric, box)

    def _checked(self, entry: PackageFile, plan: ImportPlan) -> None:
        entry.plan = plan
        entry.state = DONE if plan.already_imported else REJECTED if plan.rejected else READY
        self._refresh_list()
        self._show_current()

    def check_again(self) -> None:
        """The key was unlocked or the roster changed: a refused package may be accepted now, and the reverse."""
        for entry in self.files:
            if entry.state in (CHECKING, READY, REJECTED):  # one under way read the key or store before the change
                self._check(entry)
        self._refresh_list()

    def _on_store_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.ROSTER, ChangeKind.STORE, ChangeKind.EXCHANGE):
            self.check_again()

    # ---- applying ----

    def ready(self) -> list[PackageFile]:
        return [entry for entry in self.files if entry.state == READY]

    def apply(self) -> None:
        """Import every package ready to import, each in its own transaction, in the order listed."""
        ready = self.ready()
        if not ready:
            return
        rubric, box, paths = self.rubric, self.keys.box_key, [entry.path for entry in ready]
        self.apply_button.setEnabled(False)
        run_on_writer(
            self.service,
            self,
            self.tr("Importing packages…"),
            lambda store, progress: jobs.import_packages(store, paths, rubric, box, progress),
            lambda plans: self._applied(ready, plans),
            self._failed,
            Change(ChangeKind.STORE),
            on_cancelled=self._update_buttons,
        )

    def _applied(self, entries: list[PackageFile], plans: list[ImportPlan]) -> None:
        for entry, plan in zip(entries, plans):
            entry.plan, entry.state = plan, IMPORTED if plan.ok else REJECTED
            if entry.checks is not None:
                entry.checks.cancel()  # a check started before the import must not overwrite this
        done = [plan for plan in plans if plan.ok]
        self._refresh_list()
        self._show_current()
        self._report(done, [plan for plan in plans if not plan.ok], len(entries) - len(plans))
        if done:
            self.imported.emit(done)

    def _report(self, done: list[ImportPlan], refused: list[ImportPlan], skipped: int) -> None:
        total = {o: sum(p.count(o) for p in done) for o in Outcome}
        title = fill(
            self.tr("Packages imported: %1 — added: %2, updated: %3, unchanged: %4, conflicts: %5."),
            formatting.integer(len(done)),
            formatting.integer(total[Outcome.ADDED]),
            formatting.integer(total[Outcome.UPDATED]),
            formatting.integer(total[Outcome.UNCHANGED]),
            formatting.integer(total[Outcome.CONFLICT]),
        )
        lines = [f"{plan.file_name}: {plan.rejected}" for plan in refused]
        if total[Outcome.CONFLICT]:
            lines.append(self.tr("Resolve the conflicts in the Conflicts tab."))
        if skipped:
            lines.append(fill(self.tr("Cancelled; packages not imported: %1."), formatting.integer(skipped)))
        severity = "error" if refused else "warning" if total[Outcome.CONFLICT] or skipped else "info"
        self.banner.show_message(title, lines, severity=severity)

    def _failed(self, message: str) -> None:
        self._update_buttons()
        self.banner.show_message(self.tr("Nothing was imported."), [message])

    # ---- showing ----

    def _refresh_list(self) -> None:
        for row, entry in enumerate(self.files):
            item = self.list.item(row)
            item.setText(f"{entry.path.name}\n{self._state_text(entry)}")
            item.setToolTip(str(entry.path))
            colour = REFUSED if entry.state == REJECTED else None
            item.setForeground(QBrush(QColor(colour)) if colour else QBrush())
        self._update_buttons()

    def _state_text(self, entry: PackageFile) -> str:
        if entry.state == CHECKING:
            return self.tr("checking…")
        if entry.state == REJECTED:
            return self.tr("refused")
        if entry.state == DONE:
            return self.tr("already imported")
        if entry.state == IMPORTED:
            return self.tr("imported")
        plan = entry.plan
        changes = sum(plan.count(o) for o in (Outcome.ADDED, Outcome.UPDATED, Outcome.CONFLICT)) if plan else 0
        return fill(self.tr("ready · changes: %1"), str(changes))

    def _update_buttons(self) -> None:
        ready = len(self.ready())
        self.apply_button.setEnabled(ready > 0)
        self.remove_button.setEnabled(self.list.currentRow() >= 0)
        self.summary.setText(
            fill(self.tr("%1 of %2 ready to import"), formatting.integer(ready), formatting.integer(len(self.files)))
            if self.files
            else ""
        )

    def _show_current(self) -> None:
        row = self.list.currentRow()
        self._update_buttons()
        if not 0 <= row < len(self.files):
            self.plan.show_nothing()
            return
        entry = self.files[row]
        if entry.plan is None or entry.state == CHECKING:
            self.plan.show_checking(entry.path.name)
        else:
            self.plan.show_plan(entry.plan, imported=entry.state == IMPORTED)

    def current_plan(self) -> ImportPlan | None:
        row = self.list.currentRow()
        return self.files[row].plan if 0 <= row < len(self.files) else None
