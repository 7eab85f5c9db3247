"""The declared conflicts of interest, withdrawn ones greyed: declared here for an evaluator, withdrawn with a reason;
both through the store's writer, audited. A final evaluation a declaration reaches is left out of the ranking."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from red_desktop.core.domain import Evaluator
from red_desktop.gui.committee.progress_models import ROW_ROLE, DeclaredInterest, RowsModel, interest_columns
from red_desktop.gui.fill import fill
from red_desktop.gui.interest_dialog import DeclareDialog
from red_desktop.gui.modal import accepted
from red_desktop.gui.reason_dialog import ask_reason
from red_desktop.gui.store_service import Change, ChangeKind, StoreService


class ConflictsPanel(QWidget):
    changed = Signal()  # a declaration made or withdrawn
    said = Signal(str)  # what became of it, for the tab to show
    failed = Signal(str)

    def __init__(self, service: StoreService, codes: Callable[[], Mapping[str, str]], parent: QWidget | None = None):
        """`codes`: each proposal's code -> uuid, asked when a declaration is begun."""
        super().__init__(parent)
        self._service, self._codes = service, codes
        self.evaluators: Sequence[Evaluator] = ()
        self.read_only = False
        self.model = RowsModel(interest_columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Declared conflicts of interest"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow_state())
        self.declare = QPushButton(self.tr("&Declare…"), self)
        self.declare.setAccessibleName(self.tr("Declare a conflict of interest for an evaluator"))
        self.declare.clicked.connect(self._declare)
        self.withdraw = QPushButton(self.tr("&Withdraw…"), self)
        self.withdraw.setAccessibleName(self.tr("Withdraw the selected declaration"))
        self.withdraw.clicked.connect(self._withdraw)
        heading = QLabel(self.tr("Conflicts of interest"), self)
        heading.setStyleSheet("font-weight: bold")
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(self.declare)
        row.addWidget(self.withdraw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, stretch=1)
        self._follow_state()

    def set_interests(self, interests: Sequence[DeclaredInterest], evaluators: Sequence[Evaluator]) -> None:
        selected = self.selected()
        self.evaluators = evaluators
        self.model.set_rows(interests)
        self.table.resizeColumnsToContents()
        if selected is not None:  # the same declaration stays selected
            rows = [i for i, d in enumerate(interests) if d.interest.uuid == selected.interest.uuid]
            if rows:
                self.table.selectRow(rows[0])
        self._follow_state()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._follow_state()

    def selected(self) -> DeclaredInterest | None:
        rows = self.table.selectionModel().selectedRows()
        found = self.model.data(rows[0], ROW_ROLE) if rows else None
        return found if isinstance(found, DeclaredInterest) else None

    def _follow_state(self) -> None:
        self.declare.setEnabled(not self.read_only)
        chosen = self.selected()
        self.withdraw.setEnabled(not self.read_only and chosen is not None and chosen.interest.active)

    def _declare(self) -> None:
        dialog = DeclareDialog(self.evaluators, self._codes(), self)
        if not accepted(dialog):
            return
        declared = dialog.declaration()
        self._service.submit(
            declared.record,
            lambda _interest: self._done(
                fill(self.tr("Conflict of interest of %1 declared."), declared.evaluator.name)
            ),
            self.failed.emit,
            Change(ChangeKind.STORE),  # the ranking leaves out what it reaches; the lists' totals follow
            context=self,
        )

    def _withdraw(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.interest.active:
            return
        interest = chosen.interest
        reason = ask_reason(
            self,
            self.tr("Withdraw a declaration"),
            fill(
                self.tr("Why is the declared conflict of interest of %1 with %2 withdrawn?"),
                interest.evaluator_name,
                chosen.subject,
            ),
            ok_text=self.tr("&Withdraw"),
        )
        if reason is None:
            return
        self._service.submit(
            lambda store: store.interests.withdraw(interest.uuid, reason),
            lambda _interest: self._done(fill(self.tr("Declaration of %1 withdrawn."), interest.evaluator_name)),
            self.failed.emit,
            Change(ChangeKind.STORE),
            context=self,
        )

    def _done(self, text: str) -> None:
        self.said.emit(text)
        self.changed.emit()
