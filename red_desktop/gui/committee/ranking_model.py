"""Table model over the committee ranking: aggregates, calibration, disagreement, eligibility, decision, sensitivity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from red_desktop.core import formatting
from red_desktop.core.committee import CommitteeData
from red_desktop.core.domain import Decision, RegionType
from red_desktop.core.enum_labels import enum_label
from red_desktop.core.ranking import RankedProposal, ineligible_apart
from red_desktop.core.sensitivity import PairSwap, ProposalSensitivity, RankingSensitivity
from red_desktop.gui.committee.contest_reasons import reason_text
from red_desktop.gui.fill import fill

_Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
UUID_ROLE = Qt.ItemDataRole.UserRole + 2
CONTESTED = QColor("#9a3412")
INELIGIBLE = QColor("#b91c1c")
CONTEXT = "RankingModel"

# key -> header (translated when shown); criteria columns are added per rubric
HEADERS = {
    "rank": str(QT_TRANSLATE_NOOP("RankingModel", "Rank")),
    "code": str(QT_TRANSLATE_NOOP("RankingModel", "Code")),
    "title": str(QT_TRANSLATE_NOOP("RankingModel", "Title")),
    "country": str(QT_TRANSLATE_NOOP("RankingModel", "Country")),
    "region_type": str(QT_TRANSLATE_NOOP("RankingModel", "Region type")),
    "total": str(QT_TRANSLATE_NOOP("RankingModel", "Total")),
    "calibrated": str(QT_TRANSLATE_NOOP("RankingModel", "Calibrated")),
    "evaluations": str(QT_TRANSLATE_NOOP("RankingModel", "Final evals")),
    "spread": str(QT_TRANSLATE_NOOP("RankingModel", "Spread")),
    "contested": str(QT_TRANSLATE_NOOP("RankingModel", "Contested")),
    "eligible": str(QT_TRANSLATE_NOOP("RankingModel", "Eligibility")),
    "decision": str(QT_TRANSLATE_NOOP("RankingModel", "Decision")),
    "p_top": str(QT_TRANSLATE_NOOP("RankingModel", "p(top N)")),
    "interval": str(QT_TRANSLATE_NOOP("RankingModel", "Rank 5-95 %")),
    "swap": str(QT_TRANSLATE_NOOP("RankingModel", "Swap with next")),
}
LEFT_ALIGNED = {"code", "title", "country", "region_type", "contested", "eligible", "decision"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RankingModel(QAbstractTableModel):
    def __init__(self, criteria: dict[str, str], parent: Any = None, subcriteria: dict[str, str] | None = None):
        """`criteria` maps each criterion id (a column) to its name (the column's tooltip); `subcriteria` names
        the sub-criteria that contest reasons cite."""
        super().__init__(parent)
        self._criteria = criteria
        self._subcriteria = subcriteria or {}
        # What the committee reads first on the left; details to the right (columns can be moved and hidden).
        # The title after the total: where the ranking is narrowest (1024 px in Spanish), the total stays in sight.
        first = ["rank", "code", "total", "title", "contested", "eligible", "decision"]
        self.keys = [*first, *criteria, *(k for k in HEADERS if k not in first)]
        self._rows: list[RankedProposal] = []
        self._calibrated: dict[str, float] = {}
        self._decisions: dict[str, Decision] = {}
        self._sensitivity: dict[str, ProposalSensitivity] = {}
        self._swaps: dict[str, PairSwap] = {}  # by the upper proposal of each adjacent pair
        self._codes: dict[str, str] = {}
        self._ranking: list[RankedProposal] = []
        self.ineligible_last = False
        self.top_n = 0

    def set_data(self, data: CommitteeData) -> None:
        self.beginResetModel()
        self._ranking = list(data.ranking)
        self._rows = ineligible_apart(self._ranking) if self.ineligible_last else list(self._ranking)
        self._codes = {r.uuid: r.code for r in data.ranking}
        self._calibrated = data.calibrated
        self._decisions = data.decisions
        self.endResetModel()

    def set_ineligible_last(self, apart: bool) -> None:
        """Rank the eligible proposals among themselves and show the ineligible ones unranked (the proxy lists
        them last)."""
        self.beginResetModel()
        self.ineligible_last = apart
        self._rows = ineligible_apart(self._ranking) if apart else list(self._ranking)
        self.endResetModel()

    def set_sensitivity(self, result: RankingSensitivity) -> None:
        self._sensitivity, self.top_n = result.proposals, result.top_n
        self._swaps = {pair.upper: pair for pair in result.pairs}
        columns = (self.keys.index("p_top"), self.keys.index("swap"))
        if self._rows:
            self.dataChanged.emit(self.index(0, min(columns)), self.index(len(self._rows) - 1, max(columns)))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, min(columns), max(columns))

    def row_at(self, row: int) -> RankedProposal:
        return self._rows[row]

    def decided(self, uuid: str) -> bool:
        return uuid in self._decisions

    def decision(self, uuid: str) -> Decision | None:
        return self._decisions.get(uuid)

    def row_of(self, uuid: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.uuid == uuid), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = self.keys[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "p_top" and self.top_n:
                return fill(self.tr("p(top %1)"), str(self.top_n))
            return key if key in self._criteria else _tr(HEADERS[key])
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._criteria.get(key) or _tr(HEADERS[key])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, key = self._rows[index.row()], self.keys[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key)
        if role == SORT_ROLE:
            return self._sort_value(r, key)
        if role == UUID_ROLE:
            return r.uuid
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in LEFT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "contested" and r.contested:
                return QBrush(CONTESTED)
            if key == "eligible" and not r.eligible:
                return QBrush(INELIGIBLE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, key)
        return None

    def _tooltip(self, r: RankedProposal, key: str) -> str | None:
        if key == "title":
            return r.title
        if key == "contested" and r.contested:
            return "\n".join(reason_text(reason, self._subcriteria) for reason in r.reasons)
        if key == "eligible":
            gates = [fill(self.tr("fails gate: %1"), g.replace("_", " ")) for g in r.failed_gates]
            if r.override_rationale:
                gates.append(fill(self.tr("gate override: %1"), r.override_rationale))
            return "\n".join(gates) or None
        if key == "swap" and r.uuid in self._swaps:
            return self._swap_tip(r, self._swaps[r.uuid])
        if key == "decision" and r.uuid in self._decisions:
            decision = self._decisions[r.uuid]
            lines = [f"{enum_label(decision.kind)} · {decision.decided_on}", decision.rationale]
            if decision.conditions:
                lines.append(fill(self.tr("Conditions: %1"), decision.conditions))
            return "\n".join(lines)
        return None

    def _swap_tip(self, r: RankedProposal, pair: PairSwap) -> str:
        below = self._codes.get(pair.lower, "")
        if pair.kind == "tied":
            return fill(
                self.tr("%1 and %2 have identical scores under the same weights: they tie at every weighting"),
                r.code,
                below,
            )
        if pair.distance is None or pair.delta is None:
            return fill(self.tr("No change of weights lets %1 overtake %2"), below, r.code)
        if pair.kind == "profiles" and pair.delta_lower is not None:
            return self._profiles_tip(r, pair, below)
        change = ", ".join(f"{c} {formatting.signed(d)}" for c, d in pair.delta.items())
        text = fill(
            self.tr("%1 overtakes %2 if the weights change by %3 points (%4), on top of a gap of %5 points"),
            below,
            r.code,
            formatting.number(pair.distance),
            change,
            formatting.number(pair.gap, decimals=2),
        )
        if pair.within_bounds is False:
            text += "\n" + self.tr("That change would make a weight negative: the real minimum is larger.")
        return text

    def _profiles_tip(self, r: RankedProposal, pair: PairSwap, below: str) -> str:
        """Identical criterion scores in two region types: only one profile's weights against the other's move them."""
        upper = ", ".join(f"{c} {formatting.signed(d)}" for c, d in (pair.delta or {}).items())
        lower = ", ".join(f"{c} {formatting.signed(d)}" for c, d in (pair.delta_lower or {}).items())
        return fill(
            self.tr(
                "%1 overtakes %2 if the weights of their region types change by %3 points in all: %4 for %2, "
                "%5 for %1. No change common to both would: their criterion scores differ by a constant"
            ),
            below,
            r.code,
            formatting.optional(pair.distance),
            upper,
            lower,
        )

    def _text(self, r: RankedProposal, key: str) -> str:
        if key in self._criteria:
            value = r.criteria[key]
            return formatting.optional(value, decimals=2)
        figures = self._sensitivity.get(r.uuid)
        values = {
            "rank": str(r.rank or "–"),
            "code": r.code,
            "title": r.title,
            "country": r.country,
            "region_type": enum_label(RegionType(r.region_type)) if r.region_type else "–",
            "total": formatting.optional(r.total),
            "calibrated": _number(self._calibrated.get(r.uuid), 1),
            "evaluations": formatting.integer(r.evaluations),
            "spread": _number(r.spread, 1),
            "contested": self._contested_text(r),
            "eligible": (self.tr("eligible") if r.eligible else self.tr("ineligible"))
            + (" *" if r.override_rationale else ""),
            "decision": enum_label(self._decisions[r.uuid].kind) if r.uuid in self._decisions else "",
            "p_top": _number(figures.p_top if figures else None, 2),
            "interval": f"{figures.rank_lo}–{figures.rank_hi}" if figures and figures.rank_lo else "–",
            "swap": self._swap_text(r.uuid),
        }
        return values[key]

    def _contested_text(self, r: RankedProposal) -> str:
        if not r.contested:
            return ""
        if all(reason.kind == "single" for reason in r.reasons):
            return "⚑ " + self.tr("single evaluation")
        return "⚑ " + self.tr("contested")

    def _swap_sort(self, uuid: str) -> float | None:
        pair = self._swaps.get(uuid)
        return None if pair is None else (float("inf") if pair.distance is None else pair.distance)

    def _swap_text(self, uuid: str) -> str:
        pair = self._swaps.get(uuid)
        if pair is None:
            return "–"
        if pair.kind == "tied":
            return "= " + self.tr("tie")
        return "∞" if pair.distance is None else formatting.number(pair.distance)

    def _sort_value(self, r: RankedProposal, key: str) -> Any:
        """Numbers sort as numbers, text ignoring case; None for a blank (the proxy puts blanks last)."""
        if key in self._criteria:
            return r.criteria[key]
        figures = self._sensitivity.get(r.uuid)
        numeric = {
            "rank": r.rank,
            "total": r.total,
            "calibrated": self._calibrated.get(r.uuid),
            "evaluations": r.evaluations,
            "spread": r.spread,
            "p_top": figures.p_top if figures else None,
            "interval": figures.rank_hi if figures else None,
            "swap": self._swap_sort(r.uuid),
        }
        if key in numeric:
            return numeric[key]
        text = self._text(r, key)
        return text.casefold() if text not in ("", "–") else None


def _number(value: float | None, digits: int) -> str:
    return formatting.optional(value, decimals=digits)
