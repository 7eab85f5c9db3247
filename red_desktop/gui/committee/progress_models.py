"""The Progress tab's tables: per evaluator, per proposal, and the declared conflicts of interest. Each row is a core
dataclass (core.completion, domain.Interest); its cells are worked out when the view paints them, so the list of
100,000 proposals that cannot be decided yet early in a season costs no more than the rows in sight."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

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
from red_desktop.core.completion import EvaluatorProgress, ProposalProgress
from red_desktop.core.domain import Interest
from red_desktop.core.enum_labels import enum_label
from red_desktop.gui.fill import fill

_Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
ROW_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE = QColor("#b91c1c")
WITHDRAWN = QColor("#6b7280")
CONTEXT = "ProgressModels"


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str  # marked with QT_TRANSLATE_NOOP under CONTEXT, translated when shown
    text: Callable[[T], str]
    tip: str = ""  # the header's tooltip, marked likewise
    number: bool = False  # right-aligned
    cell_tip: Callable[[T], str | None] | None = None
    colour: Callable[[T], QColor | None] | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: Any = None):
        super().__init__(parent)
        self.columns = columns
        self.rows: Sequence[T] = ()

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return _tr(column.tip)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.cell_tip is not None:
            return column.cell_tip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            found = column.colour(row)
            return None if found is None else QBrush(found)
        return None


def _n(value: int) -> str:
    return formatting.integer(value)


def evaluator_columns() -> list[Column[EvaluatorProgress]]:
    return [
        Column(str(QT_TRANSLATE_NOOP("ProgressModels", "Evaluator")), lambda e: e.name),
        Column(str(QT_TRANSLATE_NOOP("ProgressModels", "Assigned")), lambda e: _n(e.assigned), number=True),
        Column(
            str(QT_TRANSLATE_NOOP("ProgressModels", "Draft")),
            lambda e: _n(e.draft),
            str(QT_TRANSLATE_NOOP("ProgressModels", "Of the proposals assigned: an evaluation begun, not final")),
            number=True,
        ),
        Column(
            str(QT_TRANSLATE_NOOP("ProgressModels", "Final")),
            lambda e: _n(e.final),
            str(QT_TRANSLATE_NOOP("ProgressModels", "Of the proposals assigned: a final evaluation counted")),
            number=True,
        ),
        Column(
            str(QT_TRANSLATE_NOOP("ProgressModels", "Overdue")),
            lambda e: _n(e.overdue),
            str(
                QT_TRANSLATE_NOOP(
                    "ProgressModels", "Assigned, past the day it was due, and no final evaluation counted"
                )
            ),
            number=True,
            colour=lambda e: OVERDUE if e.overdue else None,
        ),
        Column(
            str(QT_TRANSLATE_NOOP("ProgressModels", "Left out")),
            lambda e: _n(e.excluded),
            str(QT_TRANSLATE_NOOP("ProgressModels", "Final evaluations left out for a declared conflict of interest")),
            number=True,
        ),
        Column(
            str(QT_TRANSLATE_NOOP("ProgressModels", "Not assigned")),
            lambda e: _n(e.unassigned),
            str(QT_TRANSLATE_NOOP("ProgressModels", "Evaluations of proposals not assigned to them")),
            number=True,
        ),
    ]


def proposal_columns() -> list[Column[ProposalProgress]]:
    return [
        Column(str(QT_TRANSLATE_NOOP("ProgressModels", "Code")), lambda p: p.code),
        Column(
            str(QT_TRANSLATE_NOOP("ProgressModels", "Final of needed")),
            lambda p: f"{_n(p.finals)} / {_n(p.needed)}",
            str(
                QT_TRANSLATE_NOOP(
                    "ProgressModels", "Final evaluations counted, of those the call needs for each proposal"
                )
            ),
            number=True,
            cell_tip=_proposal_tip,
        ),
        Column(str(QT_TRANSLATE_NOOP("ProgressModels", "Due")), lambda p: p.due_on or "–"),
        Column(
            str(QT_TRANSLATE_NOOP("ProgressModels", "Assigned to")),
            lambda p: ", ".join(p.assigned) or "–",
            cell_tip=lambda p: ", ".join(p.assigned) or None,
        ),
        Column(str(QT_TRANSLATE_NOOP("ProgressModels", "Title")), lambda p: p.title, cell_tip=lambda p: p.title),
    ]


def _proposal_tip(p: ProposalProgress) -> str | None:
    if not p.excluded:
        return None
    return fill(
        QCoreApplication.translate(
            "ProgressModels", "Final evaluations left out for a declared conflict of interest: %1"
        ),
        _n(p.excluded),
    )


@dataclass(frozen=True)
class DeclaredInterest:
    """A declaration as the tab lists it: with what, read as a person reads it (the proposal's code, or the name)."""

    interest: Interest
    subject: str


def interest_columns() -> list[Column[DeclaredInterest]]:
    return [
        Column(
            str(QT_TRANSLATE_NOOP("ProgressModels", "Evaluator")), lambda d: d.interest.evaluator_name, colour=_greyed
        ),
        Column(str(QT_TRANSLATE_NOOP("ProgressModels", "With")), _with, colour=_greyed, cell_tip=_with),
        Column(
            str(QT_TRANSLATE_NOOP("ProgressModels", "Reason")),
            lambda d: d.interest.reason,
            colour=_greyed,
            cell_tip=lambda d: d.interest.reason,
        ),
        Column(str(QT_TRANSLATE_NOOP("ProgressModels", "State")), _state, colour=_greyed, cell_tip=_state_tip),
    ]


def _with(d: DeclaredInterest) -> str:
    return f"{enum_label(d.interest.kind)}: {d.subject}"


def _greyed(d: DeclaredInterest) -> QColor | None:
    return None if d.interest.active else WITHDRAWN


def _state(d: DeclaredInterest) -> str:
    interest = d.interest
    if interest.active:
        return fill(QCoreApplication.translate("ProgressModels", "declared %1"), interest.stamp.created_at[:10])
    return fill(QCoreApplication.translate("ProgressModels", "withdrawn %1"), str(interest.withdrawn_at)[:10])


def _state_tip(d: DeclaredInterest) -> str | None:
    interest = d.interest
    if interest.active:
        return None
    return fill(QCoreApplication.translate("ProgressModels", "Withdrawn: %1"), interest.withdrawn_reason)
