"""File › Print my evaluation sheet: enabled while the evaluator has an evaluation of the window's current proposal."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget

from red_desktop.core.errors import RedDesktopError
from red_desktop.core.reports.own_evaluation import evaluation_by
from red_desktop.core.rubric import Rubric
from red_desktop.gui.current_proposal import CurrentProposal
from red_desktop.gui.fill import fill
from red_desktop.gui.store_service import Change, ChangeKind, StoreService

CHANGES = (
    ChangeKind.EVALUATION,
    ChangeKind.EVALUATOR,
    ChangeKind.STORE,
)  # what can give or take away the evaluator's evaluation


class OwnSheetAvailability(QObject):
    """Keeps the action enabled only when there is a sheet of the evaluator's to print. While it is disabled,
    its shortcut calls `refused` instead of doing nothing: a disabled action leaves its keys free, so a window
    shortcut on the same keys, enabled only then, is never ambiguous."""

    def __init__(
        self,
        action: QAction,
        current: CurrentProposal,
        service: StoreService,
        rubric: Rubric,
        evaluator: Callable[[], str],
        refused: Callable[[], None],
        window: QWidget,
    ):
        super().__init__(window)
        self._action, self._current, self._service = action, current, service
        self._rubric, self._evaluator = rubric, evaluator
        self._refused_keys = QShortcut(action.shortcut(), window)
        self._refused_keys.activated.connect(refused)
        current.changed.connect(self.refresh)
        service.changed.connect(self._on_changed)
        self.refresh()

    def refresh(self) -> bool:
        """Whether the evaluator has an evaluation of the current proposal, shown on the action."""
        able = self._has_evaluation()
        self._action.setEnabled(able)
        self._refused_keys.setEnabled(not able)
        return able

    def reason(self) -> str:
        """Why there is no sheet of the evaluator's to print, for the status bar."""
        if not self._current.uuid:
            return self.tr("Select a proposal to print its sheet")
        if not self._evaluator():
            return self.tr("Your evaluator profile is still being opened; try again in a moment")
        return fill(
            self.tr(
                "You have not scored %1, so there is no evaluation sheet of yours to print "
                "(File › Print committee sheet prints the committee's)"
            ),
            self._code(),
        )

    def _has_evaluation(self) -> bool:
        reader, uuid, evaluator = self._service.reader, self._current.uuid, self._evaluator()
        if reader is None or not uuid or not evaluator:
            return False
        try:
            return evaluation_by(reader, self._rubric, uuid, evaluator) is not None
        except RedDesktopError:
            return False

    def _code(self) -> str:
        reader = self._service.reader
        try:
            return reader.proposals.get(self._current.uuid).code if reader is not None else ""
        except RedDesktopError:  # a new proposal not saved yet
            return self.tr("this proposal")

    def _on_changed(self, change: Change) -> None:
        if change.kind in CHANGES:
            self.refresh()
