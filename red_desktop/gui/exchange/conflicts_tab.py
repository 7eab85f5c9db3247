"""Conflicts: records changed on two sides since their common version, each kept until someone resolves it
in the side-by-side resolver below the list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core.enum_labels import record_label
from red_desktop.core.exchange.model import Conflict, Entity
from red_desktop.core.exchange.service import resolve_conflict
from red_desktop.core.rubric import Rubric
from red_desktop.gui.exchange import jobs
from red_desktop.gui.exchange.resolver import ConflictResolverWidget
from red_desktop.gui.fill import fill
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.scoring.message_banner import MessageBannerWidget
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from red_desktop.gui.tasks import Executor


class ConflictsWidget(QWidget):
    counted = Signal(int)  # how many conflicts the store holds, after each reading

    def __init__(self, service: StoreService, runner: Executor, rubric: Rubric, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.rubric = rubric
        self.conflicts: list[Conflict] = []
        self.loaded = False
        self._wanted: tuple[Entity, str] | None = None  # a conflict to select once the list is read
        self._reads = LatestOnly(runner, self._read_work, self._read, self._read_failed, parent=self)
        self.empty = QLabel(self.tr("No conflicts: every package merged cleanly."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("Conflicts"))
        self.table = self._build_table()
        self.resolver = ConflictResolverWidget(self)
        self.banner = MessageBannerWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.resolver)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([130, 520])  # the list short, the resolver tall; the user can move the handle
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.empty, stretch=1)
        layout.addWidget(self.splitter, stretch=1)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.resolver.resolve_requested.connect(self.resolve)
        service.changed.connect(self._on_store_changed)
        self._show_list()

    def _build_table(self) -> QTableWidget:
        headers = (self.tr("Kind"), self.tr("Record"), self.tr("Versions"))
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(list(headers))
        table.setAccessibleName(self.tr("Conflicts to resolve"))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        return table

    # ---- reading ----

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self.loaded:
            self.refresh()

    def _on_store_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.STORE:  # imports and resolutions; nothing else makes or ends a conflict
            self.refresh()

    def refresh(self) -> None:
        """Read the conflicts again in the background (once more after a reading under way, whose result is stale)."""
        self._reads.request()

    def _read_work(self) -> Callable[[], list[Conflict]]:
        path = self.service.path
        return lambda: jobs.read_conflicts(path)

    def _read_failed(self, message: str) -> None:
        self.banner.show_message(self.tr("The conflicts cannot be read."), [message])

    def _read(self, conflicts: list[Conflict]) -> None:
        selected = self.selected()
        wanted = self._wanted or ((selected.entity, selected.key) if selected is not None else None)
        self.conflicts, self.loaded, self._wanted = conflicts, True, None
        self._show_list()
        if wanted is not None:
            self.select(*wanted)
        if self.selected() is None and conflicts:
            self.table.selectRow(0)
        self.counted.emit(len(conflicts))

    def _show_list(self) -> None:
        self.table.setRowCount(len(self.conflicts))
        for row, conflict in enumerate(self.conflicts):
            cells = (record_label(conflict.entity.value, capital=True), conflict.label, str(len(conflict.sides)))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        any_left = bool(self.conflicts)
        self.empty.setVisible(self.loaded and not any_left)
        self.splitter.setVisible(any_left)
        if not any_left:
            self.resolver.set_conflict(None)

    # ---- choosing and resolving ----

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.conflicts[rows[0].row()] if rows and rows[0].row() < len(self.conflicts) else None

    def select(self, entity: Entity, key: str) -> None:
        """Select this record's conflict; asked before the list is read, once it is."""
        if not self.loaded:
            self._wanted = (entity, key)
            return
        for row, conflict in enumerate(self.conflicts):
            if (conflict.entity, conflict.key) == (entity, key):
                self.table.selectRow(row)
                return

    def _on_selection_changed(self) -> None:
        conflict = self.selected()
        if conflict is not self.resolver.conflict:
            self.resolver.set_conflict(conflict)

    def resolve(self, entity: Entity, key: str, choices: dict[str, str]) -> None:
        rubric = self.rubric
        self.resolver.resolve_button.setEnabled(False)
        label = self.resolver.conflict.label if self.resolver.conflict is not None else key
        self.service.submit(
            lambda store: resolve_conflict(store, entity, key, choices, rubric),
            lambda _: self._resolved(label),
            self._failed,
            Change(ChangeKind.STORE),
            context=self,
        )

    def _resolved(self, label: str) -> None:
        self.banner.show_message(fill(self.tr("Resolved: %1"), label), severity="info")

    def _failed(self, message: str) -> None:
        self.resolver.resolve_button.setEnabled(self.resolver.conflict is not None)
        self.banner.show_message(self.tr("The conflict was not resolved."), [message])
