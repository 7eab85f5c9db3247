"""The side-by-side resolver: one row per field that differs, one column per version, a radio button in each
cell; the version the store shows now is chosen at first. Clicking a column's heading takes all its values."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core.enum_labels import record_label
from red_desktop.core.exchange.model import Conflict, ConflictSide
from red_desktop.gui.exchange.values import cell_text, display, field_label
from red_desktop.gui.fill import fill

CHOSEN = QColor("#e3f2e1")
MAX_TOOLTIP = 3000


class _RadioDelegate(QStyledItemDelegate):
    """Draws a cell's check indicator as a radio button: one choice per row."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        checked = opt.checkState == Qt.CheckState.Checked
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        indicator = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        line = opt.fontMetrics.height()
        indicator.moveTop(opt.rect.top() + 2 + max(0, (line - indicator.height()) // 2))
        opt.features &= ~QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        opt.rect = QRect(opt.rect)
        opt.rect.setLeft(indicator.right() + 4)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        radio = QStyleOptionButton()
        radio.rect = indicator
        radio.state = QStyle.StateFlag.State_Enabled | (
            QStyle.StateFlag.State_On if checked else QStyle.StateFlag.State_Off
        )
        style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorRadioButton, radio, painter, widget)


class ConflictResolverWidget(QWidget):
    resolve_requested = Signal(object, str, object)  # entity, key, {field: version}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.conflict: Conflict | None = None
        self._filling = False
        self._fitting = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setAccessibleName(self.tr("Conflict"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.hint = QLabel(
            self.tr(
                "Choose, field by field, the value to keep; the version shown now is chosen at first. Click a "
                "version's heading to take all its values. Fields that agree are kept as they are."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Versions side by side"))
        self.table.setItemDelegate(_RadioDelegate(self.table))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().setToolTip(self.tr("Click to keep every value of this version"))
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Rows as tall as their wrapped text at the columns' current width, measured again when they change.
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows())
        self.resolve_button = QPushButton(self.tr("&Resolve"), self)
        self.resolve_button.setAccessibleName(self.tr("Resolve the conflict with the chosen values"))
        self.resolve_button.setToolTip(self.tr("Keep the chosen values as a new version that replaces every side"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.cellClicked.connect(self.choose)
        self.table.horizontalHeader().sectionClicked.connect(self.choose_side)
        self.resolve_button.clicked.connect(self._on_resolve)
        self.set_conflict(None)

    def set_conflict(self, conflict: Conflict | None) -> None:
        self.conflict = conflict
        self._filling = True
        try:
            self._fill(conflict)
        finally:
            self._filling = False
        self.resolve_button.setEnabled(conflict is not None)
        self.hint.setVisible(conflict is not None)
        self.table.setVisible(conflict is not None)

    def _fill(self, conflict: Conflict | None) -> None:
        self.table.clear()
        if conflict is None:
            self.heading.setText(self.tr("Select a conflict to compare its versions."))
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        self.heading.setText(
            fill(
                self.tr("%1: %2 — %3 versions differ in %4 fields"),
                record_label(conflict.entity.value, capital=True),
                conflict.label,
                str(len(conflict.sides)),
                str(len(conflict.fields)),
            )
        )
        self.table.setColumnCount(len(conflict.sides))
        self.table.setRowCount(len(conflict.fields))
        self.table.setHorizontalHeaderLabels([self.side_title(i, side) for i, side in enumerate(conflict.sides)])
        self.table.setVerticalHeaderLabels([field_label(name) for name in conflict.fields])
        default = next((i for i, side in enumerate(conflict.sides) if side.current), 0)
        for row, name in enumerate(conflict.fields):
            for column, side in enumerate(conflict.sides):
                text = display(name, side.record.get(name))
                item = QTableWidgetItem(cell_text(text))
                item.setToolTip(text[:MAX_TOOLTIP])
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if column == default else Qt.CheckState.Unchecked)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.table.setItem(row, column, item)
            self._paint_row(row)
        self._fit_rows()

    def _fit_rows(self) -> None:
        if not self._fitting:
            self._fitting = True
            QTimer.singleShot(0, self, self._fit_rows_now)

    def _fit_rows_now(self) -> None:
        self._fitting = False
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):  # a little air between one field's values and the next
            self.table.setRowHeight(row, self.table.rowHeight(row) + 6)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_rows()

    def side_title(self, index: int, side: ConflictSide) -> str:
        title = fill(self.tr("Version %1"), str(index + 1))
        if side.current:
            title += " · " + self.tr("shown now")
        return title + "\n" + fill(self.tr("by %1 · %2"), side.author, side.version[:8])

    # ---- choosing ----

    def choose(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked)

    def choose_side(self, column: int) -> None:
        for row in range(self.table.rowCount()):
            self.choose(row, column)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        """Radio buttons: checking one cell unchecks the rest of its row; a row is never left without a choice."""
        if self._filling:
            return
        self._filling = True
        try:
            row, column = item.row(), item.column()
            if item.checkState() == Qt.CheckState.Checked:
                for other in range(self.table.columnCount()):
                    if other != column:
                        self._cell(row, other).setCheckState(Qt.CheckState.Unchecked)
            elif self.chosen_column(row) is None:
                item.setCheckState(Qt.CheckState.Checked)
            self._paint_row(row)
        finally:
            self._filling = False

    def _paint_row(self, row: int) -> None:
        for column in range(self.table.columnCount()):
            item = self._cell(row, column)
            chosen = item.checkState() == Qt.CheckState.Checked
            item.setBackground(QBrush(CHOSEN) if chosen else QBrush())

    def chosen_column(self, row: int) -> int | None:
        for column in range(self.table.columnCount()):
            if self._cell(row, column).checkState() == Qt.CheckState.Checked:
                return column
        return None

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, "every cell of the resolver holds an item"
        return item

    def choices(self) -> dict[str, str]:
        """Each differing field and the version whose value is kept."""
        conflict = self.conflict
        if conflict is None:
            return {}
        chosen = {}
        for row, name in enumerate(conflict.fields):
            column = self.chosen_column(row)
            if column is not None:
                chosen[name] = conflict.sides[column].version
        return chosen

    def _on_resolve(self) -> None:
        if self.conflict is not None:
            self.resolve_requested.emit(self.conflict.entity, self.conflict.key, self.choices())
