"""The committee ranking's table: its rank, code, total and title (elided) in sight in the pane the splitter gives it,
at 1024 as at 1366 pixels; the columns after them are a scroll away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QTableView, QWidget

from red_desktop.gui.committee.funding_line import draw_line
from red_desktop.gui.committee.ranking_model import RankingModel

TITLE_CHARACTERS = 32  # the title is never wider than a glance needs (its tooltip has it all)


class RankingTable(QTableView):
    """A table whose title column takes the room left beside rank, code and total, until the user sizes it."""

    def __init__(self, keys: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self._title, self._total = keys.index("title"), keys.index("total")
        self._leading = (keys.index("rank"), keys.index("code"))
        self._title_content = 0  # the title's width for its longest text, capped; 0 before any data
        self.title_fitted = True  # False once the user drags the title's edge: their width stays
        self._fitting = False
        self._to_fit: list[int] = []  # columns still to fit, one a turn of the event loop
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Columns fitted to the rows on screen and 100 more, not to 1,000: at 100,000 proposals each row asked is
        # every column's text worked out on the GUI thread
        self.verticalHeader().setResizeContentsPrecision(100)
        self.horizontalHeader().setResizeContentsPrecision(100)  # the one resizeColumnToContents reads (1,000 asked)
        self.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def fit_columns(self) -> None:
        """Columns as wide as their content; the title as wide as the room before the total allows.

        One column a turn of the event loop, the first in the next: fitting all 24 at once asks ~100,000 cells for
        their text and took 0.4 s on the GUI thread at 100,000 proposals (numbers formatted in the language's way),
        and one column 34 ms, after the data it is fitted to took its own turn."""
        first = not self._to_fit
        others = [c for c in range(self.horizontalHeader().count()) if c != self._title]
        self._to_fit = [*others, self._title]  # the title last: capped in the same turn it is fitted
        if first:
            QTimer.singleShot(0, self, self._fit_next)

    @property
    def fitting(self) -> bool:
        """Whether columns are still waiting to be fitted."""
        return bool(self._to_fit)

    def _fit_next(self) -> None:
        if not self._to_fit:
            return
        column = self._to_fit.pop(0)
        self._fitting = True
        try:
            self.resizeColumnToContents(column)
        finally:
            self._fitting = False
        if self._to_fit:
            QTimer.singleShot(0, self, self._fit_next)
        else:
            self._fitted()

    def _fitted(self) -> None:
        cap = self.fontMetrics().horizontalAdvance("x" * TITLE_CHARACTERS)
        self._title_content = min(self.horizontalHeader().sectionSize(self._title), cap)
        self.fit_title()
        # the splitter may narrow the ranking, never below the position and code of each line
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(sum(self.horizontalHeader().sectionSize(c) for c in self._leading) + frame)

    def keep_whole(self, column: int) -> None:
        """The column widened if a text that came with new data (a mark: ranking_model.NOT_READY_MARK) is wider."""
        if self.fitting or self.model() is None:
            return  # fitted to the new texts when its turn comes
        wanted = self.sizeHintForColumn(column)
        if wanted > self.horizontalHeader().sectionSize(column):
            self.horizontalHeader().resizeSection(column, wanted)

    def fit_title(self) -> None:
        """The title's width: what is left of the viewport beside the columns before it and up to the total (wherever
        the user moved them), at most its text; elided, whole in its tooltip."""
        header = self.horizontalHeader()
        if not self.title_fitted or not self._title_content or header.isSectionHidden(self._title):
            return
        last = max(header.visualIndex(self._total), header.visualIndex(self._title))
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self._title and not header.isSectionHidden(c) and header.visualIndex(c) <= last
        )
        # never narrower than its heading: where nothing is left (1024 px in Spanish) the title is a scroll away, whole
        width = max(header.sectionSizeHint(self._title), min(self._title_content, self.viewport().width() - others))
        self._fitting = True
        try:
            header.resizeSection(self._title, width)
        finally:
            self._fitting = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if isinstance(model, RankingModel):
            draw_line(self, model.line_row())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit_title()
        return super().viewportEvent(event)

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section == self._title and not self._fitting:
            self.title_fitted = False
