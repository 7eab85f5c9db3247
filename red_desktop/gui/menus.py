"""The menu bar's actions, built once and handed to the main window."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


def action(
    window: QMainWindow,
    text: str,
    slot: Callable[[], object] | None = None,
    shortcut: QKeySequence | str | None = None,
    enabled: bool = True,
    tip: str = "",
) -> QAction:
    act = QAction(text, window)
    if shortcut is not None:
        act.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
    if slot is not None:
        act.triggered.connect(lambda _=False: slot())
    act.setEnabled(enabled)
    if tip:
        act.setStatusTip(tip)
        act.setToolTip(tip)
    return act


def standard(key: QKeySequence.StandardKey) -> QKeySequence:
    return QKeySequence(key)


class Menus:
    """Holds the actions other code wires (undo/redo, recent stores, view switching)."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable[..., object]], page_names: list[str]):
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_proposal = action(
            window, self.tr("New &proposal"), handlers["new_proposal"], standard(QKeySequence.StandardKey.New)
        )
        self.new_store = action(window, self.tr("New &store…"), handlers["new_store"])
        self.open_store = action(
            window, self.tr("&Open store…"), handlers["open_store"], standard(QKeySequence.StandardKey.Open)
        )
        self.recent = QMenu(self.tr("&Recent stores"), window)
        self.backup = action(window, self.tr("&Back up…"), handlers["backup"], "Ctrl+Shift+B")
        self.restore = action(
            window,
            self.tr("Res&tore…"),
            handlers["restore"],
            tip=self.tr("Bring back one of the store's backups; the store as it is is kept as a backup first"),
        )
        self.import_ = action(window, self.tr("&Import…"), handlers["import"], "Ctrl+Shift+I")
        self.export = action(window, self.tr("&Export…"), handlers["export"], "Ctrl+Shift+E")
        self.print_own = action(
            window,
            self.tr("&Print my evaluation sheet…"),
            handlers["print_own"],
            standard(QKeySequence.StandardKey.Print),
            tip=self.tr("Your own evaluation of the current proposal, with your justifications"),
        )
        self.print_committee = action(
            window,
            self.tr("Print co&mmittee sheet…"),
            handlers["print_committee"],
            "Ctrl+Shift+P",
            tip=self.tr("The committee's aggregate of the current proposal, with every evaluator's justifications"),
        )
        self.quit = action(window, self.tr("&Quit"), window.close, standard(QKeySequence.StandardKey.Quit))
        file_menu.addActions([self.new_proposal, self.new_store, self.open_store])
        file_menu.addMenu(self.recent)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.backup, self.restore, self.import_, self.export, self.print_own, self.print_committee]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.declare_interest = action(
            window,
            self.tr("Declare a &conflict of interest…"),
            handlers["declare_interest"],
            tip=self.tr(
                "Your conflict of interest with a proposal, an executing agency or an actor: you are not given what it "
                "reaches, and cannot evaluate it"
            ),
        )
        self.preferences = action(
            window, self.tr("&Preferences…"), handlers["preferences"], standard(QKeySequence.StandardKey.Preferences)
        )

        view_menu = bar.addMenu(self.tr("&View"))
        self.pages = [
            action(window, name, functools.partial(handlers["show_page"], i), f"Ctrl+{i + 1}")
            for i, name in enumerate(page_names)
        ]
        view_menu.addActions(self.pages)
        view_menu.addSeparator()
        self.refresh = action(
            window, self.tr("&Refresh"), handlers["refresh"], standard(QKeySequence.StandardKey.Refresh)
        )
        view_menu.addAction(self.refresh)

        exchange_menu = bar.addMenu(self.tr("E&xchange"))
        self.exchange_export = action(window, self.tr("&Export package…"), lambda: handlers["exchange"]("export"))
        self.exchange_import = action(window, self.tr("&Import package…"), lambda: handlers["exchange"]("import"))
        self.exchange_conflicts = action(window, self.tr("&Conflicts"), lambda: handlers["exchange"]("conflicts"))
        self.exchange_codes = action(window, self.tr("Codes and &duplicates"), lambda: handlers["exchange"]("codes"))
        self.exchange_roster = action(window, self.tr("&Roster"), lambda: handlers["exchange"]("roster"))
        exchange_menu.addActions(
            [
                self.exchange_export,
                self.exchange_import,
                self.exchange_conflicts,
                self.exchange_codes,
                self.exchange_roster,
            ]
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts = action(
            window,
            self.tr("&Keyboard shortcuts"),
            handlers["shortcuts"],
            standard(QKeySequence.StandardKey.HelpContents),
        )
        self.about = action(window, self.tr("&About RED Desktop"), handlers["about"])
        help_menu.addActions([self.shortcuts, self.about])

    def tr(self, text: str) -> str:
        """Menus is no QObject: its texts are looked up under its own name, where lupdate files them."""
        return QCoreApplication.translate("Menus", text)

    def finish_edit_menu(self, undo: QAction, redo: QAction) -> None:
        self.undo, self.redo = undo, redo
        self.edit_menu.addActions([undo, redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.declare_interest)
        self.edit_menu.addAction(self.preferences)

    def all_actions(self) -> list[QAction]:
        return [a for a in vars(self).values() if isinstance(a, QAction)] + list(self.pages)
