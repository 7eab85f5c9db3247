"""The proposal list: filter bar, table and count; announces the proposal the user selects."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QItemSelection, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QTableView, QVBoxLayout, QWidget

from red_desktop.core import formatting
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import ListQuery
from red_desktop.gui.fill import fill
from red_desktop.gui.proposals.filter_bar import FilterBar
from red_desktop.gui.proposals.list_model import COLUMNS, DEFAULT_COLUMNS, ProposalListModel
from red_desktop.gui.proposals.row_table import RowTableView


class ProposalListView(QWidget):
    proposal_selected = Signal(str)  # uuid
    proposal_activated = Signal(str)  # uuid, on double click or Enter

    def __init__(self, model: ProposalListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self._current = ""  # the window's current proposal, selected here whenever the list shows it
        self._quiet = False
        self.filters = FilterBar(self)
        self.table = self._build_table()
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of proposals shown"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.count_label)
        self.filters.query_changed.connect(self._on_query_changed)
        model.modelReset.connect(self._show_current)  # a new index, filter or sort: the current line again
        model.modelReset.connect(self._show_count)  # a sort too (the header's): only the index answers some
        self.table.doubleClicked.connect(lambda index: self.proposal_activated.emit(model.row_at(index.row()).uuid))
        self._total = model.rowCount()
        self._show_count()

    def _build_table(self) -> QTableView:
        table = RowTableView(self)  # a click never slides the Code column out of sight
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Proposals"))
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.setTabKeyNavigation(False)  # Tab leaves the list for the form beside it; arrows move between lines
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(False)
        header.setSortIndicator(self.model.column_of("code"), Qt.SortOrder.AscendingOrder)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)
        for key in COLUMNS:
            header.setSectionHidden(self.model.column_of(key), key not in DEFAULT_COLUMNS)
        metrics = table.fontMetrics()
        header.resizeSection(self.model.column_of("code"), metrics.horizontalAdvance("RED-XX-2026-0000") + 28)
        # a splitter may narrow the list, never below the whole code of each line
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        table.setMinimumWidth(header.sectionSize(self.model.column_of("code")) + frame)
        header.resizeSection(self.model.column_of("title"), 380)
        header.resizeSection(self.model.column_of("region_name"), 200)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return table

    # ---- columns ----

    def visible_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        ordered = sorted(range(len(COLUMNS)), key=header.visualIndex)
        return [self.model.column_key(c) for c in ordered if not header.isSectionHidden(c)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(self.model.column_of(key), not visible)

    def save_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_state(self, state: QByteArray) -> None:
        self.table.horizontalHeader().restoreState(state)

    def _on_header_menu_requested(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        visible = set(self.visible_columns())
        for key in COLUMNS:
            action = QAction(self.model.headerData(self.model.column_of(key), Qt.Orientation.Horizontal), menu)
            action.setCheckable(True)
            action.setChecked(key in visible)
            action.setEnabled(key != "code")  # a list always shows which proposal a line is
            action.toggled.connect(lambda checked, k=key: self.set_column_visible(k, checked))
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    # ---- query and selection ----

    def set_index(self, index: ListIndex) -> None:
        """A new index of the store (opened or changed): filters offer what is present, the query runs again,
        and the current proposal is selected again if it is shown, without announcing it as a new choice."""
        self.filters.set_facets(index.facets())
        self._total = len(index)
        try:
            self.model.set_index(index)
        except RedDesktopError as exc:
            self.count_label.setText(str(exc))
            return
        self._show_count()

    def _on_query_changed(self, query: ListQuery) -> None:
        current = self.model.query
        self._run(replace(query, sort=current.sort, descending=current.descending))
        self._show_count()

    def _run(self, query: ListQuery) -> None:
        try:
            self.model.set_query(query)
        except RedDesktopError as exc:
            self.count_label.setText(str(exc))

    def _show_count(self) -> None:
        """The count in words; a count of one has a message of its own (simpler to translate than plural forms)."""
        shown = self.model.rowCount()
        if not self.model.answered:
            if shown == 1:
                text = self.tr("Preparing the search over 1 proposal…")
            else:
                text = fill(self.tr("Preparing the search over %1 proposals…"), formatting.integer(shown))
        elif self._total and shown != self._total:
            if self._total == 1:
                text = fill(self.tr("%1 of 1 proposal"), formatting.integer(shown))
            else:
                text = fill(self.tr("%1 of %2 proposals"), formatting.integer(shown), formatting.integer(self._total))
        elif shown == 1:
            text = self.tr("1 proposal")
        else:
            text = fill(self.tr("%1 proposals"), formatting.integer(shown))
        self.count_label.setText(text)

    def selected_uuid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).uuid if rows else None

    def select_uuid(self, uuid: str) -> None:
        """Show this proposal as the current one (another view chose it): selected if the list shows it, no
        line selected if it does not (a new proposal not yet listed). Never announced as the user's choice."""
        self._current = uuid
        self._show_current()

    def _show_current(self) -> None:
        """Select the current proposal's line quietly: a list that reloads (after every save, a filter, a sort)
        must not announce its selection again, or the views would follow a stale choice."""
        rowid = self.model.rowid_of(self._current) if self._current else None
        row = None if rowid is None else self.model.row_of_rowid(rowid)
        self._quiet = True
        try:
            if row is None:
                self.table.clearSelection()
            elif self.selected_uuid() != self._current:
                self.select_row(row)
        finally:
            self._quiet = False

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _on_selection_changed(self, selected: QItemSelection, _: QItemSelection) -> None:
        indexes = selected.indexes()
        if self._quiet or not indexes:
            return
        uuid = self.model.row_at(indexes[0].row()).uuid
        if uuid != self._current:
            self._current = uuid
            self.proposal_selected.emit(uuid)  # an owner that refuses the choice selects its own with select_uuid()
