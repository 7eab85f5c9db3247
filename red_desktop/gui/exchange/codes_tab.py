"""Codes and duplicates: the codes the committee would settle (provisional laptop codes, codes two proposals hold),
proposals that look like one project captured twice, and the merges made. Settling and merging are the
committee's; everyone sees the lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import codes, formatting, merging
from red_desktop.core.domain import Proposal
from red_desktop.core.rubric import Rubric
from red_desktop.core.settings import COMMITTEE_ROLES
from red_desktop.gui.exchange import jobs
from red_desktop.gui.exchange.merge_dialog import MergeChoice, MergeDialog
from red_desktop.gui.fill import fill
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.reason_dialog import ask_reason
from red_desktop.gui.scoring.message_banner import MessageBannerWidget
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from red_desktop.gui.tasks import Executor


class CodesWidget(QWidget):
    def __init__(
        self,
        service: StoreService,
        runner: Executor,
        rubric: Rubric,
        role: Callable[[], str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.service, self.runner, self.rubric, self.role = service, runner, rubric, role
        self.state: jobs.CodesState | None = None
        self._reads = LatestOnly(runner, self._read_work, self._read, self._read_failed, parent=self)
        self.banner = MessageBannerWidget(self)
        self.settle_note = QLabel(self)
        self.settle_note.setWordWrap(True)
        self.settle_table = _table(
            self, (self.tr("Proposal"), self.tr("Code now"), self.tr("Final code"), self.tr("Why"))
        )
        self.settle_table.setAccessibleName(self.tr("Codes to settle"))
        self.settle_button = QPushButton(self.tr("&Give final codes"), self)
        self.settle_button.setAccessibleName(self.tr("Give final codes"))
        self.settle_button.clicked.connect(self.settle)
        self.duplicates_table = _table(self, (self.tr("Proposal"), self.tr("Looks like"), self.tr("Why")))
        self.duplicates_table.setAccessibleName(self.tr("Likely duplicates"))
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setAccessibleName(self.tr("Merge the selected pair"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.merged_table = _table(self, (self.tr("Merged proposal"), self.tr("Counts for")))
        self.merged_table.setAccessibleName(self.tr("Merged proposals"))
        self.undo_button = QPushButton(self.tr("&Undo merge…"), self)
        self.undo_button.setAccessibleName(self.tr("Undo the selected merge"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.empty = {
            self.settle_table: QLabel(self.tr("Every code is final and held by one proposal."), self),
            self.duplicates_table: QLabel(self.tr("No proposals look like one project captured twice."), self),
            self.merged_table: QLabel(self.tr("No proposal was merged into another."), self),
        }
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(
            self._section(self.tr("Codes to settle"), self.settle_note, self.settle_table, self.settle_button)
        )
        splitter.addWidget(self._section(self.tr("Likely duplicates"), None, self.duplicates_table, self.merge_button))
        splitter.addWidget(self._section(self.tr("Merged proposals"), None, self.merged_table, self.undo_button))
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, stretch=1)
        for table in (self.duplicates_table, self.merged_table):
            table.itemSelectionChanged.connect(self._enable)
        service.changed.connect(self._on_store_changed)
        self._enable()

    def _section(self, title: str, note: QLabel | None, table: QTableWidget, button: QPushButton) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(f"<b>{title}</b>", box)
        row = QHBoxLayout()
        row.addWidget(heading, stretch=1)
        row.addWidget(button)
        layout.addLayout(row)
        if note is not None:
            layout.addWidget(note)
        layout.addWidget(self.empty[table])
        layout.addWidget(table, stretch=1)
        layout.addStretch(0)  # takes the room while the table is hidden
        table.hide()
        self.empty[table].hide()  # until read: no list yet, and no claim that it is empty
        return box

    # ---- reading ----

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self.state is None:
            self.refresh()

    def _on_store_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.STORE, ChangeKind.PROPOSAL) and self.isVisible():
            self.refresh()
        elif change.kind in (ChangeKind.STORE, ChangeKind.PROPOSAL):
            self.state = None  # read again when shown

    def refresh(self) -> None:
        """Read the codes again in the background (once more after a reading under way, whose result is stale)."""
        self._reads.request()

    def _read_work(self) -> Callable[[], jobs.CodesState]:
        path = self.service.path
        return lambda: jobs.read_codes(path)

    def _read_failed(self, message: str) -> None:
        self.banner.show_message(self.tr("The codes cannot be read."), [message])

    def _read(self, state: jobs.CodesState) -> None:
        self.state = state
        why = {True: self.tr("shared with another proposal"), False: self.tr("provisional (a laptop's)")}
        settling = sorted(state.settlement, key=lambda r: r.new)  # by the codes they will have
        _fill(self.settle_table, [(r.title, r.old, r.new, why[r.shared]) for r in settling])
        _fill(
            self.duplicates_table,
            [(_label(p.first), _label(p.second), ", ".join(p.reasons)) for p in state.duplicates],
        )
        _fill(self.merged_table, [(_label(merged), _label(kept)) for merged, kept in state.merged])
        for table, empty in self.empty.items():
            table.setVisible(table.rowCount() > 0)
            empty.setVisible(table.rowCount() == 0)
        self._enable()
        self._share_room()

    def _share_room(self) -> None:
        """A section with nothing listed takes the room of its heading and note; the others share the rest by
        how many rows they list (a dozen at most counts)."""
        sections = [w for w in map(self.splitter.widget, range(self.splitter.count())) if w is not None]
        rows = [table.rowCount() if table.isVisibleTo(self) else 0 for table in self.empty]
        fixed = [0 if n else max(w.sizeHint().height(), w.minimumSizeHint().height()) for w, n in zip(sections, rows)]
        room = max(0, self.splitter.height() - sum(fixed))
        weights = [min(n, 12) + 3 if n else 0 for n in rows]
        total = sum(weights) or 1
        self.splitter.setSizes([f or room * w // total for f, w in zip(fixed, weights)])

    def _enable(self) -> None:
        committee = self.role() in COMMITTEE_ROLES
        state = self.state
        if committee:
            self.settle_note.setText(
                self.tr(
                    "Each gets the next free number of its country and year; the old code stays findable, and "
                    "the laptops receive the final codes with your next package."
                )
            )
        else:
            self.settle_note.setText(
                self.tr(
                    "Only the committee gives final codes. Codes made on this laptop carry its mark until the "
                    "committee's package brings their final codes."
                )
            )
        self.settle_table.setColumnHidden(2, not committee)  # a laptop's guess at a final code would mislead
        self.settle_button.setEnabled(committee and bool(state and state.settlement))
        self.merge_button.setEnabled(committee and bool(_selected_row(self.duplicates_table) is not None))
        self.undo_button.setEnabled(committee and bool(_selected_row(self.merged_table) is not None))

    # ---- the committee's changes ----

    def settle(self) -> None:
        count = len(self.state.settlement) if self.state is not None else 0
        if not confirm(
            self,
            self.tr("Give final codes"),
            fill(
                self.tr(
                    "Proposals to receive a final code: %1. Each change is kept in the audit log and sent to the "
                    "laptops with your next package; the old codes still find their proposals. "
                    "Give the final codes now?"
                ),
                formatting.integer(count),
            ),
        ):
            return
        self.settle_button.setEnabled(False)
        self.service.submit(
            lambda store: codes.settle(store, codes.settlement(store), "final codes given by the committee"),
            self._settled,
            lambda message: self._failed(self.tr("The codes were not changed."), message),
            Change(ChangeKind.STORE),
            context=self,
        )

    def _settled(self, count: int) -> None:
        self.banner.show_message(fill(self.tr("Final codes given: %1"), formatting.integer(count)), severity="info")
        self.refresh()

    def merge_selected(self) -> None:
        row = _selected_row(self.duplicates_table)
        if self.state is None or row is None:
            return
        pair = self.state.duplicates[row]
        choice = MergeDialog(pair.first, pair.second, ", ".join(pair.reasons), self).ask()
        if choice is not None:
            self.merge(choice)

    def merge(self, choice: MergeChoice) -> None:
        rubric = self.rubric
        self.service.submit(
            lambda store: merging.merge(store, choice.merged, choice.kept, choice.reason, rubric),
            lambda stored: self._merged(fill(self.tr("Merged: %1"), stored.code)),
            lambda message: self._failed(self.tr("The proposals were not merged."), message),
            Change(ChangeKind.STORE),
            context=self,
        )

    def undo_selected(self) -> None:
        row = _selected_row(self.merged_table)
        if self.state is None or row is None:
            return
        merged, kept = self.state.merged[row]
        reason = ask_reason(
            self,
            self.tr("Undo a merge"),
            fill(
                self.tr("Make %1 a proposal of its own again? Its evaluations stop counting for %2."),
                _label(merged),
                kept.code,
            ),
            ok_text=self.tr("&Undo merge"),
            placeholder=self.tr("e.g. two phases of the project, not one"),
        )
        if reason is None:
            return
        rubric = self.rubric
        self.service.submit(
            lambda store: merging.merge(store, merged.uuid, None, reason, rubric),
            lambda stored: self._merged(fill(self.tr("A proposal of its own again: %1"), stored.code)),
            lambda message: self._failed(self.tr("The merge was not undone."), message),
            Change(ChangeKind.STORE),
            context=self,
        )

    def _merged(self, message: str) -> None:
        self.banner.show_message(message, severity="info")
        self.refresh()

    def _failed(self, title: str, message: str) -> None:
        self.banner.show_message(title, [message])
        self._enable()


def confirm(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    )
    return answer == QMessageBox.StandardButton.Yes


def _table(parent: QWidget, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)  # even with no rows
    table.resizeColumnsToContents()  # the titles whole before anything is read
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    limit = table.fontMetrics().horizontalAdvance("x" * 40)
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), limit))


def _selected_row(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def _label(proposal: Proposal) -> str:
    return f"{proposal.code} — {proposal.title}"
