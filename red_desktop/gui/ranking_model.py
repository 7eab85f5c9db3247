"""Table model over a committee ranking."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from red_desktop.core.ranking import RankedProposal

_Index = QModelIndex | QPersistentModelIndex
CONTESTED = QColor("#b45309")
INELIGIBLE = QColor("#b91c1c")


class RankingModel(QAbstractTableModel):
    def __init__(self, criteria: dict[str, str], parent: Any = None):
        """`criteria` maps each criterion id (a column) to its name (the column's tooltip)."""
        super().__init__(parent)
        self._criteria = criteria
        self._rows: list[RankedProposal] = []
        self._headers = [
            "Rank",
            "Code",
            "Title",
            "Country",
            "Region type",
            "Total",
            *criteria,
            "Evaluations",
            "Spread",
            "Flags",
        ]

    def set_ranking(self, rows: list[RankedProposal]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RankedProposal:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._criteria.get(self._headers[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, self._headers[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() not in (1, 2, 4, len(self._headers) - 1):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._headers[index.column()] == "Flags":
            return QBrush(INELIGIBLE if not r.eligible else CONTESTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, self._headers[index.column()])
        return None

    @staticmethod
    def _tooltip(r: RankedProposal, column: str) -> str | None:
        if column == "Title":
            return r.title
        if column == "Flags":
            lines = [reason.message for reason in r.reasons]
            lines += [f"fails gate: {gate.replace('_', ' ')}" for gate in r.failed_gates]
            return "\n".join(lines) or None
        return None

    def _text(self, r: RankedProposal, column: str) -> str:
        if column in self._criteria:
            value = r.criteria[column]
            return "–" if value is None else f"{value:.2f}"
        values = {
            "Rank": str(r.rank or "–"),
            "Code": r.code,
            "Title": r.title,
            "Country": r.country,
            "Region type": (r.region_type or "not set").replace("_", " "),
            "Total": "–" if r.total is None else f"{r.total:.1f}",
            "Evaluations": str(r.evaluations),
            "Spread": "–" if r.spread is None else f"{r.spread:.1f}",
            "Flags": ", ".join(
                f for f in ("ineligible" if not r.eligible else "", "contested" if r.contested else "") if f
            ),
        }
        return values[column]
