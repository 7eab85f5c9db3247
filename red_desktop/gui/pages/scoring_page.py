"""Scoring: a compact list to pick a proposal beside the scoring form for the current evaluator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from red_desktop.gui.proposals.list_model import COLUMNS
from red_desktop.gui.proposals.list_view import ProposalListView
from red_desktop.gui.scoring.scoring_form import ScoringForm

# The evaluator's own total beside the committee's, each headed so (an evaluator expects their own first), both
# right after the code so a narrow list still shows them; the region last, as much of it as fits.
COMPACT_COLUMNS = ("code", "own_total", "total", "region_name")


class ScoringPage(QWidget):
    def __init__(self, list_view: ProposalListView, form: ScoringForm, parent: QWidget | None = None):
        super().__init__(parent)
        self.list_view = list_view
        self.form = form
        self.evaluator_uuid = ""
        for key in COLUMNS:
            list_view.set_column_visible(key, key in COMPACT_COLUMNS)
        header, column = list_view.table.horizontalHeader(), list_view.model.column_of
        for place, key in enumerate(COMPACT_COLUMNS):
            header.moveSection(header.visualIndex(column(key)), place)
        metrics = list_view.table.fontMetrics()
        for key, shown in (("own_total", ("%1 partial", "%1 draft")), ("total", ())):
            texts = [str(list_view.model.headerData(column(key), Qt.Orientation.Horizontal)), "100.0"]
            texts += [QCoreApplication.translate("ProposalListModel", t).replace("%1", "100.0") for t in shown]
            header.resizeSection(column(key), max(metrics.horizontalAdvance(t) for t in texts) + 14)
        header.resizeSection(column("code"), metrics.horizontalAdvance("RED-XX-2026-000") + 14)
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
        splitter.setSizes([self._list_width(), 1000])  # the code and My total; Committee and region as they fit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._proposal_uuid = ""

    def _list_width(self) -> int:
        """Room for the code and My total whole, with the table's frame and scrollbar: at 1024 px the rest goes to
        the justifications; a wider window shows Committee too (the list keeps this width, the form grows)."""
        table, column = self.list_view.table, self.list_view.model.column_of
        columns = sum(table.columnWidth(column(key)) for key in COMPACT_COLUMNS[:2])
        margins = self.list_view.layout().contentsMargins()
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        return columns + frame + margins.left() + margins.right() + 2

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
