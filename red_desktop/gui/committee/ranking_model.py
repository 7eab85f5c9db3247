"""Table model over the committee ranking: aggregates, calibration, disagreement, eligibility, decision, sensitivity."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

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
from red_desktop.core.committee import CommitteeData
from red_desktop.core.domain import Decision, RegionType
from red_desktop.core.enum_labels import enum_label
from red_desktop.core.made_when_asked import MadeWhenAsked
from red_desktop.core.ranking import RankedProposal, apart_order
from red_desktop.core.ranking_columns import RankingColumns, Reranked
from red_desktop.core.sensitivity import (
    PairSwap,
    ProposalSensitivity,
    RankingSensitivity,
    figure_column,
    swap_column,
)
from red_desktop.core.text import fold
from red_desktop.gui.committee.contest_reasons import reason_text
from red_desktop.gui.committee.funding_line import first_beyond
from red_desktop.gui.fill import fill

_Index = QModelIndex | QPersistentModelIndex
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
    "amount": str(QT_TRANSLATE_NOOP("RankingModel", "Amount")),
    "cumulative": str(QT_TRANSLATE_NOOP("RankingModel", "Cumulative")),
}
LEFT_ALIGNED = {"code", "title", "country", "region_type", "contested", "eligible", "decision"}
SHOW = ("all", "contested", "ineligible", "undecided", "decided")
# Issue 21, in the final evaluations' column: fewer than the call needs; some left out for a conflict of interest.
# The code itself is only set in italics (and greyed when it cannot be decided yet): a mark there widened it, and at
# 1024 pixels the total went past the ranking's edge.
NOT_READY_MARK = "◔"
EXCLUDED_MARK = "⊘"
NOT_READY = QColor("#6b7280")


# key -> a header's tooltip where the header is shortened (Portuguese writes "Pos.": "Posição" pushed the total past
# the ranking's edge at 1024 pixels)
TOOLTIPS = {
    "rank": str(QT_TRANSLATE_NOOP("RankingModel", "Position in the committee's ranking")),
    "amount": str(QT_TRANSLATE_NOOP("RankingModel", "Funding requested (US$)")),
    "cumulative": str(
        QT_TRANSLATE_NOOP(
            "RankingModel",
            "Funding requested by it and every eligible, scored proposal above it; the red line: "
            "where the call's budget runs out",
        )
    ),
}


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
        first = ["rank", "code", "total", "title", "contested", "eligible", "decision", "evaluations"]
        self.keys = [*first, *criteria, *(k for k in HEADERS if k not in first)]
        self._rows: Sequence[RankedProposal] = []  # the rows shown: `_base` itself, or picked from it (_Picked)
        self._calibrated: Mapping[str, float] = {}
        self._decisions: dict[str, Decision] = {}
        self._sensitivity: Mapping[str, ProposalSensitivity] = {}
        self._swaps: Mapping[str, PairSwap] = {}  # by the upper proposal of each adjacent pair
        self._data: CommitteeData | None = None
        self._ranking: Sequence[RankedProposal] = []
        self._base: Sequence[RankedProposal] = []  # the ranking's order (ineligible apart or not), before any sort
        self._base_ranks = np.zeros(0)  # each row of _base: its rank there (NaN: none)
        self._positions = np.zeros(0, dtype=np.int64)  # each row of _base: its position in the ranking
        self._row_of: dict[str, int] = {}
        self._order: tuple[str, bool] = ("rank", False)  # the column sorted by, descending
        self._filter: tuple[str, str] = ("", "all")  # folded search text, which proposals to show (SHOW)
        self.ineligible_last = False
        self.top_n = 0
        self._cumulative = np.zeros(0)  # each proposal's cumulative amount in the ranking's order (NaN: not fundable)
        self._beyond = np.zeros(0, dtype=bool)  # in the ranking's order: the money does not reach it (rank order)
        self._needed = 0  # final evaluations a proposal needs before it can be decided (0: not known yet)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._texts = self._text_makers()

    def set_needed(self, needed: int) -> None:
        """The call's evaluators per proposal: fewer final evaluations than this, and the code is marked."""
        if needed == self._needed:
            return
        self._needed = needed
        if self._rows:
            for key in ("code", "evaluations"):
                column = self.keys.index(key)
                self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def set_funding(self, cumulative: np.ndarray, beyond: np.ndarray) -> None:
        """The call's funding in rank order (core.portfolio, in the ranking's order): a column, and the line."""
        if self._data is None or len(cumulative) != len(self._data.ranking):
            return  # for another computation of the ranking: the next one follows
        self._cumulative, self._beyond = cumulative, beyond
        column = self.keys.index("cumulative")
        if self._rows:
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def line_row(self) -> int | None:
        """The row the funding line is drawn above: shown in rank order only, where the line means something."""
        if self._order != ("rank", False) or not self._beyond.any() or not self._rows:
            return None
        shown = self._positions if self._rows is self._base else self._positions[cast(_Picked, self._rows).rows]
        return first_beyond(self._beyond[shown])

    def set_data(self, data: CommitteeData) -> None:
        self.beginResetModel()
        self._data = data
        self._ranking = data.ranking
        self._calibrated = data.calibrated
        self._decisions = data.decisions
        if len(self._cumulative) != len(data.ranking):
            self._cumulative, self._beyond = np.full(len(data.ranking), np.nan), np.zeros(len(data.ranking), dtype=bool)
        self._set_base()
        self._arrange()
        self.endResetModel()

    def set_ineligible_last(self, apart: bool) -> None:
        """Rank the eligible proposals among themselves and show the ineligible ones unranked, listed last in
        either order."""
        self.beginResetModel()
        self.ineligible_last = apart
        self._set_base()
        self._arrange()
        self.endResetModel()

    def _set_base(self) -> None:
        """The ranking, or its eligible proposals ranked among themselves then the ineligible ones unranked: a view
        that makes each proposal when asked (at 100,000 proposals, not 100,000 copies on the GUI thread)."""
        if self._data is None or not self.ineligible_last:
            self._base, self._positions = self._ranking, np.arange(len(self._ranking))
            self._base_ranks = self._data.table["rank"].to_numpy(dtype=float) if self._data is not None else np.zeros(0)
            return
        table = self._data.table
        self._positions, ranks = apart_order(table["eligible"].to_numpy(dtype=bool), table["total"].to_numpy(float))
        self._base = Reranked(self._ranking, self._positions, ranks)
        self._base_ranks = np.array(ranks, dtype=float)  # None: NaN

    def set_filter(self, text: str, show: str) -> None:
        """Show the proposals whose code, title or country holds `text` (ignoring case and accents) and that
        `show` (one of SHOW) asks for. Done here with numpy over the committee's table, not by a proxy asking
        about each of 100,000 rows in Python after every change."""
        self.beginResetModel()
        self._filter = (fold(text.strip()), show)
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (the view's header asks, through the proxy). Done here with numpy on the
        column's values rather than by the proxy comparing two rows at a time in Python: at 100,000 proposals
        that took seconds on the GUI thread. Blanks come last, and the ineligible last when listed apart, in
        either order; ties keep the ranking's order."""
        if not 0 <= column < len(self.keys):
            return
        self.layoutAboutToBeChanged.emit()
        held = self.persistentIndexList()  # the selection's rows: they follow their proposals
        uuids = [self._rows[i.row()].uuid for i in held]
        self._order = (self.keys[column], order == Qt.SortOrder.DescendingOrder)
        self._arrange()  # the same rows (the filter is unchanged), in another order
        rows = [self.row_of(u) for u in uuids]
        self.changePersistentIndexList(held, [self.index(r or 0, i.column()) for r, i in zip(rows, held, strict=True)])
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        key, descending = self._order
        shown = self._shown()
        if key == "rank" and not descending:  # the ranking's own order, apart or not: nothing to sort
            self._rows = self._base if shown is None else _Picked(self._base, np.flatnonzero(shown))
        else:
            order = self._ordering(key, descending)
            if shown is not None:
                order = order[shown[order]]
            self._rows = _Picked(self._base, order)
        self._row_of = {}  # made again when first asked

    def _shown(self) -> np.ndarray | None:
        """Which rows of `_base` the filter keeps; None: all of them."""
        text, show = self._filter
        if (not text and show == "all") or self._data is None:
            return None
        keep = np.ones(len(self._base), dtype=bool)
        if text:
            found = np.zeros(len(self._data.ranking), dtype=bool)
            found[self._data.search.find(text.encode(), None)] = True  # numpy over its bytes: no string a row
            keep &= found[self._positions]
        if show == "contested":
            keep &= self._table_column("contested").astype(bool)
        elif show == "ineligible":
            keep &= ~self._table_column("eligible").astype(bool)
        elif show in ("decided", "undecided"):
            decided = np.fromiter((u in self._decisions for u in self._table_column("uuid").tolist()), dtype=bool)
            keep &= decided if show == "decided" else ~decided
        return keep

    def set_sensitivity(self, result: RankingSensitivity) -> None:
        self._sensitivity, self.top_n = result.proposals, result.top_n
        self._swaps = result.swaps
        if self._order[0] in ("p_top", "interval", "swap"):  # the rows sorted by what just changed
            self.sort(self.keys.index(self._order[0]), self._sort_order())
        columns = (self.keys.index("p_top"), self.keys.index("swap"))
        if self._rows:
            self.dataChanged.emit(self.index(0, min(columns)), self.index(len(self._rows) - 1, max(columns)))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, min(columns), max(columns))

    def _sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._order[1] else Qt.SortOrder.AscendingOrder

    def row_at(self, row: int) -> RankedProposal:
        return self._rows[row]

    def decided(self, uuid: str) -> bool:
        return uuid in self._decisions

    def decision(self, uuid: str) -> Decision | None:
        return self._decisions.get(uuid)

    def row_of(self, uuid: str) -> int | None:
        if self._rows is self._ranking and self._data is not None:  # the ranking's own order, every row shown
            return self._data.position(uuid)
        if not self._row_of and self._rows:
            uuids = self._table_column("uuid")
            shown = uuids if self._rows is self._base else uuids[cast(_Picked, self._rows).rows]
            self._row_of = {u: i for i, u in enumerate(shown.tolist())}  # from the table: no proposal made
        return self._row_of.get(uuid)

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
            return self._criteria.get(key) or _tr(TOOLTIPS.get(key, HEADERS[key]))
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "title":
            # at the start of the column, like its titles: at 1024 pixels in Spanish and Portuguese the column only
            # begins in sight, and a centred "Título" was cut at the ranking's edge
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, key = self._rows[index.row()], self.keys[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key)
        if role == UUID_ROLE:
            return r.uuid
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in LEFT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and key == "code" and (self._not_ready(r) or r.conflicts_excluded):
            return self._italic
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "code" and self._not_ready(r):
                return QBrush(NOT_READY)
            if key == "contested" and r.contested:
                return QBrush(CONTESTED)
            if key == "eligible" and not r.eligible:
                return QBrush(INELIGIBLE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, key)
        return None

    def _tooltip(self, r: RankedProposal, key: str) -> str | None:
        if key in ("code", "evaluations"):
            return self._readiness_tip(r)
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
        lower = self._data.proposal(pair.lower) if self._data else None
        below = lower.code if lower else ""
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
        """The cell's text: only that column's is worked out (a view asks for each cell it paints)."""
        if key in self._criteria:
            return formatting.optional(r.criteria[key], decimals=2)
        return self._texts[key](r)

    def _text_makers(self) -> dict[str, Callable[[RankedProposal], str]]:
        def sensitivity(r: RankedProposal) -> ProposalSensitivity | None:
            return self._sensitivity.get(r.uuid)

        return {
            "rank": lambda r: str(r.rank or "–"),
            "code": lambda r: r.code,
            "title": lambda r: r.title,
            "country": lambda r: r.country,
            "region_type": lambda r: enum_label(RegionType(r.region_type)) if r.region_type else "–",
            "total": lambda r: formatting.optional(r.total),
            "calibrated": lambda r: _number(self._calibrated.get(r.uuid), 1),
            "evaluations": self._evaluations_text,
            "spread": lambda r: _number(r.spread, 1),
            "contested": self._contested_text,
            "eligible": lambda r: (
                (self.tr("eligible") if r.eligible else self.tr("ineligible")) + (" *" if r.override_rationale else "")
            ),
            "decision": lambda r: enum_label(self._decisions[r.uuid].kind) if r.uuid in self._decisions else "",
            "p_top": lambda r: _number(f.p_top if (f := sensitivity(r)) else None, 2),
            "interval": lambda r: f"{f.rank_lo}–{f.rank_hi}" if (f := sensitivity(r)) and f.rank_lo else "–",
            "swap": lambda r: self._swap_text(r.uuid),
            "amount": lambda r: formatting.amount(r.requested_amount),
            "cumulative": self._cumulative_text,
        }

    def _not_ready(self, r: RankedProposal) -> bool:
        return r.evaluations < self._needed and r.uuid not in self._decisions

    def _evaluations_text(self, r: RankedProposal) -> str:
        """'1 / 2 ◔': the final evaluations counted, of those needed, and the marks."""
        text = formatting.integer(r.evaluations)
        if self._needed:
            text += " / " + formatting.integer(self._needed)
        marks = (NOT_READY_MARK if self._not_ready(r) else "") + (EXCLUDED_MARK if r.conflicts_excluded else "")
        return f"{text} {marks}" if marks else text

    def _readiness_tip(self, r: RankedProposal) -> str | None:
        lines = []
        if self._not_ready(r):
            lines.append(
                NOT_READY_MARK
                + " "
                + fill(
                    self.tr("Cannot be decided yet: %1 of the %2 final evaluations needed"),
                    formatting.integer(r.evaluations),
                    formatting.integer(self._needed),
                )
            )
        if r.conflicts_excluded:
            lines.append(
                EXCLUDED_MARK
                + " "
                + fill(
                    self.tr("Final evaluations left out for a declared conflict of interest: %1"),
                    formatting.integer(r.conflicts_excluded),
                )
            )
        return "\n".join(lines) or None

    def _cumulative_text(self, r: RankedProposal) -> str:
        at = self._data.position(r.uuid) if self._data is not None else None
        value = np.nan if at is None or at >= len(self._cumulative) else self._cumulative[at]
        return "" if np.isnan(value) else formatting.amount(float(value))

    def _contested_text(self, r: RankedProposal) -> str:
        if not r.contested:
            return ""
        if all(reason.kind == "single" for reason in r.reasons):
            return "⚑ " + self.tr("single evaluation")
        return "⚑ " + self.tr("contested")

    def _swap_text(self, uuid: str) -> str:
        pair = self._swaps.get(uuid)
        if pair is None:
            return "–"
        if pair.kind == "tied":
            return "= " + self.tr("tie")
        return "∞" if pair.distance is None else formatting.number(pair.distance)

    def _ordering(self, key: str, descending: bool) -> np.ndarray:
        """Positions in `_base` in the order shown: apart (ineligible last, when listed apart), then blank (last),
        then the column's value; numpy's lexsort is stable, so ties keep the ranking's order."""
        values = self._sort_values(key)
        blank = np.isnan(values) if values.dtype.kind == "f" else values == None  # noqa: E711 (elementwise)
        if values.dtype.kind == "f":
            ranks = np.where(blank, 0.0, values)
        else:
            ranks = np.zeros(len(values), dtype=np.int64)
            if (~blank).any():
                ranks[~blank] = np.unique(values[~blank].astype(str), return_inverse=True)[1]
        apart = np.zeros(len(values), dtype=bool)
        if self.ineligible_last:
            apart = ~self._table_column("eligible").astype(bool)
        return np.lexsort((-ranks if descending else ranks, blank, apart))

    def _values(self, key: str) -> list[Any]:
        """A field of every proposal in `_base`'s order, from the ranking's columns when it is kept as such."""
        if isinstance(self._ranking, RankingColumns):
            values = self._ranking.values(key)
            return [values[p] for p in self._positions.tolist()]
        return [getattr(r, key) for r in self._base]

    def _table_column(self, key: str) -> np.ndarray:
        """A column of the committee's table (CommitteeData.table, made on the worker) in `_base`'s order."""
        if self._data is None:
            return np.zeros(0)
        return self._data.table[key].to_numpy()[self._positions]

    def _sort_values(self, key: str) -> np.ndarray:
        """The column's value for each row of `_base`: numbers as floats (NaN for a blank), text folded for case
        (None for a blank)."""
        rows = self._base
        if key in self._criteria or key in ("total", "evaluations", "spread"):
            return self._table_column(key).astype(float)
        if key == "amount":
            return self._table_column("requested_amount").astype(float)
        if key == "cumulative":
            return self._cumulative[self._positions]
        if key == "rank":
            return self._base_ranks
        if key in ("code", "country", "title"):  # their text is the value itself: read without making proposals
            values = self._values(key)
            return np.array([v.casefold() if v not in ("", "–", None) else None for v in values], dtype=object)
        if key in ("p_top", "interval", "swap") and self._data is not None:  # from the Monte Carlo's arrays
            uuids = self._data.table["uuid"].tolist()  # the ranking's own order: the figures' own, no lookup a row
            if key == "swap":
                return swap_column(self._swaps, uuids)[self._positions]
            return figure_column(self._sensitivity, uuids, "p_top" if key == "p_top" else "rank_hi")[self._positions]
        if key == "calibrated" and self._data is not None:
            return self._data.calibrated_in_order()[self._positions]
        texts = (self._text(r, key) for r in rows)
        return np.array([text.casefold() if text not in ("", "–") else None for text in texts], dtype=object)


class _Picked(MadeWhenAsked[RankedProposal]):
    """Some rows of a ranking in a given order (a filter's or a sort's), each proposal made when asked."""

    def __init__(self, base: Sequence[RankedProposal], rows: np.ndarray):
        self._base, self.rows, self._at = base, rows, rows.tolist()
        super().__init__(len(self._at))

    def _make(self, i: int) -> RankedProposal:
        return self._base[self._at[i]]


def _number(value: float | None, digits: int) -> str:
    return formatting.optional(value, decimals=digits)
