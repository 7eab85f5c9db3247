"""The portfolio's proposals in rank order: amount, cumulative amount, funded in the best set and in rank order, the
probability of being funded as the weights vary, and why each is in or out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from red_desktop.core import formatting
from red_desktop.core.ranking import RankedProposal
from red_desktop.gui.committee.funding_line import first_beyond

if TYPE_CHECKING:  # scipy underneath (0.6 s): loaded by the first computation, in the background, not at the start
    from red_desktop.core.portfolio import Portfolio, Reason
    from red_desktop.core.portfolio_robust import Robustness

_Index = QModelIndex | QPersistentModelIndex
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
CONTEXT = "PortfolioModel"
FUNDED = QColor("#15803d")
MARGIN = QColor("#9a3412")

HEADERS = {
    "code": str(QT_TRANSLATE_NOOP("PortfolioModel", "Code")),
    "total": str(QT_TRANSLATE_NOOP("PortfolioModel", "Total")),
    "funded": str(QT_TRANSLATE_NOOP("PortfolioModel", "Best set")),
    "rank_order": str(QT_TRANSLATE_NOOP("PortfolioModel", "Rank order")),
    "p_funded": str(QT_TRANSLATE_NOOP("PortfolioModel", "p(funded)")),
    "amount": str(QT_TRANSLATE_NOOP("PortfolioModel", "Amount")),
    "cumulative": str(QT_TRANSLATE_NOOP("PortfolioModel", "Cumulative")),
    "why": str(QT_TRANSLATE_NOOP("PortfolioModel", "Why")),
    "title": str(QT_TRANSLATE_NOOP("PortfolioModel", "Title")),
}
TOOLTIPS = {
    "funded": str(QT_TRANSLATE_NOOP("PortfolioModel", "Funded in the best set under the budget and the rules")),
    "rank_order": str(QT_TRANSLATE_NOOP("PortfolioModel", "Funded in rank order while the money lasts")),
    "p_funded": str(
        QT_TRANSLATE_NOOP("PortfolioModel", "Share of the weight samples whose best set funds it; ⚠: at the margin")
    ),
    "cumulative": str(QT_TRANSLATE_NOOP("PortfolioModel", "Amount requested by it and every fundable one above it")),
}
LEFT_ALIGNED = {"code", "why", "title", "funded", "rank_order"}
KEYS = tuple(HEADERS)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PortfolioModel(QAbstractTableModel):
    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.portfolio: Portfolio | None = None
        self.robust: Robustness | None = None
        self._reasons: Sequence[Reason] = ()
        self._ranking: Sequence[RankedProposal] = ()
        self._language: str | None = None

    def set_portfolio(
        self, portfolio: Portfolio, reasons: Sequence[Reason], ranking: Sequence[RankedProposal], language: str
    ) -> None:
        """A new best set (and rank-order set) over `ranking`, the proposals in the same order as its candidates."""
        self.beginResetModel()
        self.portfolio, self._reasons, self._ranking, self._language = portfolio, reasons, ranking, language
        self.robust = None
        self.endResetModel()

    def set_robust(self, robust: Robustness | None) -> None:
        self.robust = robust
        column = KEYS.index("p_funded")
        if self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))

    def line_row(self) -> int | None:
        """The row above which the budget runs out in rank order."""
        return None if self.portfolio is None else first_beyond(self.portfolio.beyond_line)

    def uuid_at(self, row: int) -> str:
        return self.portfolio.candidates.uuids[row] if self.portfolio is not None else ""

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or self.portfolio is None else len(self.portfolio.candidates)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = KEYS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[key])
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(TOOLTIPS.get(key, HEADERS[key]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            # at the start of the column: a column half in sight at the table's edge shows its title whole
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.portfolio is None:
            return None
        row, key = index.row(), KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == UUID_ROLE:
            return self.uuid_at(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in LEFT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, key)
        if role == Qt.ItemDataRole.FontRole and key == "code" and self.portfolio.funded[row]:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.ToolTipRole and key in ("why", "title"):
            return self._text(row, key)
        return None

    def _colour(self, row: int, key: str) -> QBrush | None:
        if key == "funded" and self.portfolio is not None and self.portfolio.funded[row]:
            return QBrush(FUNDED)
        if key == "p_funded" and self.robust is not None and self.robust.at_margin[row]:
            return QBrush(MARGIN)
        return None

    def _text(self, row: int, key: str) -> str:
        p = self.portfolio
        assert p is not None
        c = p.candidates
        if key == "code":
            return c.codes[row]
        if key == "title":
            return self._ranking[row].title if row < len(self._ranking) else ""
        if key == "total":
            return "–" if np.isnan(c.totals[row]) else formatting.number(float(c.totals[row]), decimals=1)
        if key == "amount":
            return formatting.amount(float(c.amounts[row]))
        if key == "cumulative":
            return "" if np.isnan(p.cumulative[row]) else formatting.amount(float(p.cumulative[row]))
        if key == "funded":
            return "✓ " + QCoreApplication.translate("PortfolioModel", "funded") if p.funded[row] else "·"
        if key == "rank_order":
            return "✓" if p.rank_order[row] else "·"
        if key == "p_funded":
            if self.robust is None:
                return ""
            figure = formatting.number(float(self.robust.p_funded[row]), decimals=2)
            return figure + (" ⚠" if self.robust.at_margin[row] else "")
        from red_desktop.core.portfolio_words import reason_words  # noqa: PLC0415 (loaded by the computation)

        return reason_words(self._reasons[row], float(c.amounts[row]), self._language)
