"""The evaluators' reasons for one proposal (core/reasons.py): per sub-criterion, each evaluator's level and
justification one under the other, the contested sub-criteria first, shaded and marked in words.

The evaluators are rows within a sub-criterion, not columns: at 1024 pixels five columns would leave ~100 px for
a ~160-character justification (a dozen lines a cell); as rows, each justification has most of the panel's width
and the levels stay next to each other for reading down.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from red_desktop.core.reasons import Given, ProposalReasons, SubcriterionReasons
from red_desktop.gui.fill import fill

CONTESTED_BACKGROUND = QColor(255, 232, 170)  # amber, with black text; the words "⚠ Contested" say it without colour
CONTESTED_TEXT = QColor(0, 0, 0)
SUBCRITERION, EVALUATOR, JUSTIFICATION = range(3)


class ReasonsTable(QTableWidget):
    """Sub-criterion (spanning its evaluators' rows) | evaluator and level | justification."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("The evaluators' levels and justifications by sub-criterion"))
        self.setColumnCount(3)
        self._titles = (self.tr("Sub-criterion"), self.tr("Evaluator · level"), self.tr("Why"))
        self.setHorizontalHeaderLabels(list(self._titles))
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)  # tall rows scroll smoothly
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # rows follow the wrap
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def set_reasons(self, reasons: ProposalReasons) -> None:
        per_row = max(len(reasons.evaluators), 1)
        self.clearSpans()
        self.setRowCount(len(reasons.rows) * per_row if reasons.evaluators else 0)
        for index, sub in enumerate(reasons.rows if reasons.evaluators else ()):
            top = index * per_row
            self.setItem(top, SUBCRITERION, self._subcriterion_item(sub))
            if per_row > 1:
                self.setSpan(top, SUBCRITERION, per_row, 1)
            for offset, given in enumerate(sub.given):
                self.setItem(top + offset, EVALUATOR, self._evaluator_item(given, sub.contested))
                self.setItem(top + offset, JUSTIFICATION, self._justification_item(given, sub))
        self.scrollToTop()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """The sub-criterion and evaluator columns take what they need within a share; the reasons the rest."""
        super().resizeEvent(event)
        width = self.viewport().width()
        header = self.horizontalHeader()
        for column, share in ((SUBCRITERION, 0.26), (EVALUATOR, 0.24)):
            least = header.fontMetrics().horizontalAdvance(self._titles[column]) + 24
            header.resizeSection(column, max(least, min(int(width * share), 220)))

    def _subcriterion_item(self, sub: SubcriterionReasons) -> QTableWidgetItem:
        lines = [f"{sub.subcriterion_id} {sub.name}"]
        if sub.contested:
            marker = fill(self.tr("⚠ Contested: levels %1 to %2"), str(sub.low), str(sub.high))
            lines.insert(0, marker)
        item = _item("\n".join(lines), sub.contested)
        font = QFont(item.font())
        font.setBold(sub.contested)
        item.setFont(font)
        return item

    def _evaluator_item(self, given: Given, contested: bool) -> QTableWidgetItem:
        return _item(f"{given.evaluator}\n{self._level(given)}", contested)

    def _justification_item(self, given: Given, sub: SubcriterionReasons) -> QTableWidgetItem:
        text = given.justification or self.tr("(no justification written)")
        item = _item(text, sub.contested)
        heading = f"{sub.subcriterion_id} {sub.name} · {given.evaluator} · {self._level(given)}"
        item.setToolTip(f"<p><b>{html.escape(heading)}</b></p><p>{html.escape(text)}</p>")  # rich text: wrapped
        if not given.justification:
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
        return item

    def _level(self, given: Given) -> str:
        if given.level is None:
            return self.tr("no level")
        return fill(self.tr("level %1 · %2"), str(given.level), given.level_label)


def _item(text: str, contested: bool) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if contested:
        item.setBackground(QBrush(CONTESTED_BACKGROUND))
        item.setForeground(QBrush(CONTESTED_TEXT))
    return item


class ReasonsView(QWidget):
    """A line saying which sub-criteria are contested (or that none is), then the table."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Contested sub-criteria"))
        self.table = ReasonsTable(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, stretch=1)
        self.reasons: ProposalReasons | None = None

    def set_reasons(self, reasons: ProposalReasons) -> None:
        self.reasons = reasons
        self.table.set_reasons(reasons)
        self.summary.setText(self._summary(reasons))

    def _summary(self, reasons: ProposalReasons) -> str:
        if not reasons.evaluators:
            return self.tr("No final evaluations yet: the evaluators' reasons appear here once they are final.")
        contested = reasons.contested
        if not contested:
            return self.tr("No sub-criterion is contested: the evaluators' levels are at most one apart.")
        names = ", ".join(r.subcriterion_id for r in contested)
        return fill(self.tr("Contested (levels two or more apart), shaded and marked ⚠ at the top: %1."), names)
