"""Scoring: a compact list to pick a proposal beside the scoring form for the current evaluator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from red_desktop.gui.proposals.list_model import COLUMNS
from red_desktop.gui.proposals.list_view import ProposalListView
from red_desktop.gui.scoring.scoring_form import ScoringForm

# The evaluator's own total beside the committee's, each headed so (an evaluator expects their own first).
COMPACT_COLUMNS = ("code", "region_name", "own_total", "total")


class ScoringPage(QWidget):
    def __init__(self, list_view: ProposalListView, form: ScoringForm, parent: QWidget | None = None):
        super().__init__(parent)
        self.list_view = list_view
        self.form = form
        self.evaluator_uuid = ""
        for key in COLUMNS:
            list_view.set_column_visible(key, key in COMPACT_COLUMNS)
        header, column = list_view.table.horizontalHeader(), list_view.model.column_of
        header.moveSection(header.visualIndex(column("own_total")), header.visualIndex(column("total")))
        list_view.filters.set_compact(True)
        self.hint = QLabel(self.tr("Choose a proposal on the left to score it."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setAccessibleName(self.tr("Scoring hint"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(form)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(list_view)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)  # a wider or narrower window widens or narrows the form, never the list
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 1000])  # room for the code and region of the proposal being chosen
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._proposal_uuid = ""

    def set_evaluator(self, evaluator_uuid: str) -> None:
        """Whose evaluations the form shows (known once the store has answered); the current proposal's at once."""
        self.evaluator_uuid = evaluator_uuid
        if self._proposal_uuid:
            self.show_proposal(self._proposal_uuid)

    def show_proposal(self, proposal_uuid: str) -> None:
        """The window's current proposal, scored by this page's evaluator (the form ignores the one it shows)."""
        self._proposal_uuid = proposal_uuid
        if not self.evaluator_uuid:
            return
        self.form.show_evaluation(proposal_uuid, self.evaluator_uuid)
        self.stack.setCurrentWidget(self.form)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """A proposal new when it became current may be stored by now: show it (the form skips what it shows)."""
        super().showEvent(event)
        if self._proposal_uuid:
            self.show_proposal(self._proposal_uuid)
