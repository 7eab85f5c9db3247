"""The committee page's tables: agreement figures per total and sub-criterion, and evaluator calibration."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from red_desktop.core import formatting
from red_desktop.core.agreement import FIGURES, LABELS, PanelAgreement
from red_desktop.core.calibration import Calibration
from red_desktop.core.enum_labels import tendency_label
from red_desktop.gui.fill import fill


def _item(text: str, tip: str = "", right: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tip:
        item.setToolTip(tip)
    return item


class AgreementTable(QTableWidget):
    """Rows: the total and each sub-criterion; columns: the six ICCs and four alphas; a blank says why on hover."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Agreement between evaluators"))
        self.setColumnCount(len(FIGURES))
        self.setHorizontalHeaderLabels([LABELS[f] for f in FIGURES])
        nominal = self.horizontalHeaderItem(FIGURES.index("alpha_nominal"))
        assert nominal is not None, "setHorizontalHeaderLabels made it"
        nominal.setText(LABELS["alpha_nominal"] + " ⚠")
        nominal.setToolTip(
            self.tr(
                "Nominal alpha counts any two different totals as complete disagreement: on near-continuous "
                "totals it measures little more than exact ties. Read the interval alpha for totals, the ordinal "
                "one for levels."
            )
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def set_agreement(self, panel: PanelAgreement, names: dict[str, str]) -> None:
        rows = [(self.tr("Total"), panel.total)]
        rows += [(f"{sub} {names.get(sub, '')}".strip(), figures) for sub, figures in panel.subcriteria.items()]
        self.setRowCount(len(rows))
        self.setVerticalHeaderLabels([label for label, _ in rows])
        for r, (_, figures) in enumerate(rows):
            values = figures.to_json()
            for c, name in enumerate(FIGURES):
                value = values[name]
                reason = figures.reasons.get(name, "")
                self.setItem(r, c, _item(formatting.optional(value, decimals=3), reason))


class CalibrationTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Evaluator calibration"))
        headers = (
            self.tr("Evaluator"),
            self.tr("Proposals compared"),
            self.tr("Mean deviation"),
            self.tr("± 2 SE"),
            self.tr("Tendency"),
        )
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

    def set_lines(self, lines: list[Calibration]) -> None:
        self.setRowCount(len(lines))
        for r, c in enumerate(lines):
            mean = "–" if c.mean_deviation is None else formatting.signed(c.mean_deviation)
            error = formatting.optional(None if c.standard_error is None else 2 * c.standard_error)
            cells = (_item(c.evaluator, right=False), _item(formatting.integer(c.proposals)), _item(mean), _item(error))
            for column, cell in enumerate(cells):
                self.setItem(r, column, cell)
            self.setItem(r, 4, _item(tendency_label(c.tendency), self._rule_tip(c), right=False))

    def _rule_tip(self, c: Calibration) -> str:
        """Why this label: the interval the chart draws, read by the one rule stated above the table."""
        if c.interval is None:
            return ""
        excludes = self.tr("excludes zero") if c.excludes_zero else self.tr("includes zero")
        return fill(
            self.tr("Interval %1 to %2 points: it %3"),
            formatting.signed(c.interval[0]),
            formatting.signed(c.interval[1]),
            excludes,
        )
