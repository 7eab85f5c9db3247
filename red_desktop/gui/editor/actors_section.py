"""The Actors tab's behaviour: the table, and Add / Edit / Remove reported as one change each (for undo)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableView, QWidget

from red_desktop.core.domain import Actor
from red_desktop.gui.editor.actor_dialog import ask_actor
from red_desktop.gui.editor.actors_model import ActorsModel

ROLE_COLUMN = 2
NAME_COLUMN_MAX = 360  # px: long names are elided, the full text is the tooltip
AskActor = Callable[[QWidget | None, Actor | None], Actor | None]


class ActorsSection(QObject):
    """`edited(old, new, description)` after each user change; set_actors() (load, undo) is quiet."""

    edited = Signal(object, object, str)

    def __init__(self, table: QTableView, add: QPushButton, edit: QPushButton, remove: QPushButton):
        super().__init__(table)
        self.table = table
        self.model = ActorsModel(self)
        self.ask_actor: AskActor = ask_actor  # replaced in tests: a modal dialog cannot be driven there
        table.setModel(self.model)
        self._size_columns(table.horizontalHeader())
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        self._edit_button, self._remove_button = edit, remove
        add.clicked.connect(self.add_new)
        edit.clicked.connect(self.edit_selected)
        remove.clicked.connect(self.remove_selected)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._add_shortcut(table, QKeySequence(Qt.Key.Key_Insert), self.add_new)
        self._add_shortcut(table, QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected)
        self._update_buttons()

    @staticmethod
    def _size_columns(header: QHeaderView) -> None:
        """The role takes what is left; every other column fits its content, the name up to a third."""
        header.setStretchLastSection(False)
        for column in range(header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setMaximumSectionSize(NAME_COLUMN_MAX)

    def _add_shortcut(self, table: QTableView, keys: QKeySequence, slot: Callable[[], None]) -> None:
        action = QAction(table)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        table.addAction(action)

    def actors(self) -> tuple[Actor, ...]:
        return self.model.actors

    def set_actors(self, actors: tuple[Actor, ...]) -> None:
        row = self.selected_row()
        self.model.set_actors(actors)
        if actors:
            self.select(min(row if row is not None else 0, len(actors) - 1))
        self._update_buttons()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def add_new(self) -> None:
        actor = self.ask_actor(self.table.window(), None)
        if actor is not None:
            self.add(actor)

    def add(self, actor: Actor) -> None:
        self._change(self.actors() + (actor,), self.tr("Add actor {0}").format(actor.name))
        self.select(len(self.actors()) - 1)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        actor = self.ask_actor(self.table.window(), self.actors()[row])
        if actor is not None:
            self.replace(row, actor)

    def replace(self, row: int, actor: Actor) -> None:
        actors = list(self.actors())
        if actors[row] == actor:
            return
        actors[row] = actor
        self._change(tuple(actors), self.tr("Edit actor {0}").format(actor.name))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.remove(row)

    def remove(self, row: int) -> None:
        actors = list(self.actors())
        removed = actors.pop(row)
        self._change(tuple(actors), self.tr("Remove actor {0}").format(removed.name))

    def _change(self, new: tuple[Actor, ...], description: str) -> None:
        old = self.actors()
        self.set_actors(new)
        self.edited.emit(old, new, description)

    def _update_buttons(self) -> None:
        selected = self.selected_row() is not None
        self._edit_button.setEnabled(selected)
        self._remove_button.setEnabled(selected)
