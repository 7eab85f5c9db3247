"""The table of a proposal's local actors (a handful per proposal, so the model holds them whole)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from red_desktop.core import formatting
from red_desktop.core.domain import Actor
from red_desktop.core.enum_labels import enum_label

Index = QModelIndex | QPersistentModelIndex


class ActorsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._actors: tuple[Actor, ...] = ()
        self._headers = (
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Role"),
            self.tr("Contribution (USD)"),
            self.tr("Kind"),
            self.tr("Evidence"),
        )

    @property
    def actors(self) -> tuple[Actor, ...]:
        return self._actors

    def set_actors(self, actors: tuple[Actor, ...]) -> None:
        self.beginResetModel()
        self._actors = tuple(actors)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._actors)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Horizontal:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)  # a title half in sight is read
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return str(section + 1)  # "actor 2" in a problem message is row 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        actor = self._actors[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(actor, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, actor: Actor, column: int) -> str:
        if column == 0:
            return actor.name
        if column == 1:
            return enum_label(actor.actor_type)
        if column == 2:
            return actor.role
        if column == 3:
            return formatting.number(actor.contribution, decimals=0)
        if column == 4:
            return enum_label(actor.contribution_kind)
        return enum_label(actor.evidence)
