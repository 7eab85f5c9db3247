"""Scoring: a compact list to pick a proposal beside the scoring form for the current evaluator."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from red_desktop.core.listing import OwnTotal
from red_desktop.gui.proposals.list_model import COLUMNS, own_text
from red_desktop.gui.proposals.list_view import ProposalListView

if TYPE_CHECKING:
    from red_desktop.gui.scoring.assigned_panel import AssignedPanel
    from red_desktop.gui.scoring.scoring_form import ScoringForm

# The evaluator's own total beside the committee's, each headed so (an evaluator expects their own first), both
# right after the code so a narrow list still shows them; the region last, as much of it as fits.
COMPACT_COLUMNS = ("code", "own_total", "total", "region_name")
ROOMY_FORM_WIDTH = 720  # px: below this the form keeps what Committee would take (a justification stays 200 px +)


class ScoringPage(QWidget):
    """The form is built when the page first shows or when first asked for (issue 19: a quarter of the window's
    start), and filled with the current proposal when it shows or is asked for, not at each change while hidden
    (its hideEvent has saved what was typed)."""

    form_built = Signal(object)  # the ScoringForm, once

    def __init__(
        self,
        list_view: ProposalListView,
        make_form: Callable[[], ScoringForm],
        parent: QWidget | None = None,
        assigned: AssignedPanel | None = None,
    ):
        super().__init__(parent)
        self.list_view = list_view
        self.assigned = assigned  # what the committee assigned to this evaluator: above the list
        self._make_form = make_form
        self._form: ScoringForm | None = None
        self.read_only = False  # a store on read-only media: given to the form when it is built
        self.evaluator_uuid = ""
        for key in COLUMNS:
            list_view.set_column_visible(key, key in COMPACT_COLUMNS)
        header, column = list_view.table.horizontalHeader(), list_view.model.column_of
        for place, key in enumerate(COMPACT_COLUMNS):
            header.moveSection(header.visualIndex(column(key)), place)
        metrics = list_view.table.fontMetrics()
        widest_own = [own_text(OwnTotal(100.0, final=False, missing=missing)) for missing in (0, 1)]  # draft, partial
        for key, values in (("own_total", widest_own), ("total", ["100.0"])):
            texts = [str(list_view.model.headerData(column(key), Qt.Orientation.Horizontal)), *values]
            header.resizeSection(column(key), max(metrics.horizontalAdvance(t) for t in texts) + 14)
        header.resizeSection(column("code"), metrics.horizontalAdvance("RED-XX-2026-000") + 14)
        list_view.filters.set_compact(True)
        self.hint = QLabel(self.tr("Choose a proposal on the left to score it."), self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setAccessibleName(self.tr("Scoring hint"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._left(list_view, assigned))
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)  # a new proposal or state moves neither; the window's width is shared
        splitter.setStretchFactor(1, 1)  # out by _fit_list until the user drags the handle
        splitter.setSizes([self._list_width(2), 1000])
        splitter.splitterMoved.connect(self._on_splitter_moved)
        self.splitter = splitter
        self._user_sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._proposal_uuid = ""

    def _left(self, list_view: ProposalListView, assigned: AssignedPanel | None) -> QWidget:
        if assigned is None:
            return list_view
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(assigned)
        column.addWidget(list_view, 1)
        inner = list_view.layout()
        margins = inner.contentsMargins() if inner is not None else QMargins()
        assigned.set_margins(margins.left(), margins.right())
        return left

    def refresh_assigned(self) -> None:
        """The committee's assignments read again (a handout imported, an evaluation saved), if the page shows."""
        if self.assigned is not None and self.isVisible():
            self.assigned.refresh()
            if not self._user_sized:
                self._fit_list()

    def _list_width(self, columns: int) -> int:
        """Room for the first `columns` compact columns whole, with the table's frame and scrollbar."""
        table, column = self.list_view.table, self.list_view.model.column_of
        widths = sum(table.columnWidth(column(key)) for key in COMPACT_COLUMNS[:columns])
        layout = self.list_view.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        listed = widths + frame + margins.left() + margins.right() + 2
        if self.assigned is not None and self.assigned.items:  # what the committee assigned, above it, whole
            return max(listed, self.assigned.needed_width())
        return listed

    def _fit_list(self) -> None:
        """The code, My total and Committee when the form keeps its room beside them (1366 px), else the code and
        My total (1024 px): the justifications get the rest."""
        total = self.width() - self.splitter.handleWidth()  # the page's: a hidden splitter's sizes are stale
        wide, narrow = self._list_width(3), self._list_width(2)
        wanted = wide if total - wide >= ROOMY_FORM_WIDTH else narrow
        if total - wanted >= self.stack.minimumSizeHint().width():
            self.splitter.setSizes([wanted, total - wanted])

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_sized = True  # the user's choice stands from now on

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if not self._user_sized:
            self._fit_list()

    @property
    def form(self) -> ScoringForm:
        """The form, built if it was not yet, showing the current proposal."""
        if self._form is None:
            form = self._form = self._make_form()
            form.read_only = self.read_only
            self.stack.addWidget(form)
            self.form_built.emit(form)
        self._fill(self._form)
        return self._form

    @property
    def form_is_built(self) -> bool:
        return self._form is not None

    def set_read_only(self) -> None:
        self.read_only = True
        if self._form is not None:
            self._form.read_only = True

    def flush(self) -> None:
        """Save at once what the form holds typed; a form never built holds nothing."""
        if self._form is not None:
            self._form.flush()

    def set_evaluator(self, evaluator_uuid: str) -> None:
        """Whose evaluations the form shows (known once the store has answered); the current proposal's at once."""
        self.evaluator_uuid = evaluator_uuid
        self._fill_if_shown()
        self.refresh_assigned()

    def show_proposal(self, proposal_uuid: str) -> None:
        """The window's current proposal, scored by this page's evaluator: filled in the form now if it shows,
        else when it does or when it is asked for (the form ignores the one it shows)."""
        self._proposal_uuid = proposal_uuid
        self._fill_if_shown()

    def _fill_if_shown(self) -> None:
        if self._form is not None and self.isVisible():
            self._fill(self._form)

    def _fill(self, form: ScoringForm) -> None:
        if not (self._proposal_uuid and self.evaluator_uuid):
            return
        form.show_evaluation(self._proposal_uuid, self.evaluator_uuid)
        self.stack.setCurrentWidget(form)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """The form built and filled the first time; a proposal new when it became current may be stored by now:
        show it (the form skips what it shows)."""
        super().showEvent(event)
        if self.assigned is not None:
            self.assigned.refresh()
        self.form  # noqa: B018 (built, and filled with the current proposal)
        if not self._user_sized:
            self._fit_list()
