"""Do proposals that bring more co-funding score higher? Total against co-funding leverage; click a point to select.

Drawn for any number of proposals: every point with one brush and one size (100,000 separate brushes took
seconds on the GUI thread), the selected proposal as an item of its own moved on selection, each tooltip worded
when it is shown, and beyond MAX_POINTS an even sample through the ranking (every k-th proposal, so the spread of
totals is kept), the legend saying how many of how many are drawn."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from red_desktop.core.chart_data import Points
from red_desktop.gui.charts.base import MAX_POINTS, SELECTED, Chart, colour, number, sampled_name
from red_desktop.gui.fill import fill

POINT_SIZE, SELECTED_SIZE = 8, 13


class LeverageChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("LeverageChart", "Total against co-funding leverage"),
            QCoreApplication.translate("LeverageChart", "Co-funding leverage (counterpart / requested)"),
            QCoreApplication.translate("LeverageChart", "Total (0-100)"),
            parent,
        )
        self._data = Points((), (), (), ())
        self._where: dict[str, int] = {}
        self._drawn = np.arange(0)  # the positions in `_data` of the points drawn
        self._selection: pg.ScatterPlotItem | None = None

    def set_data(self, points: Points, selected: str | None = None) -> None:
        self.clear()
        self._data = points
        self._where = {uuid: i for i, uuid in enumerate(points.uuids)}
        count = len(points.uuids)
        self._drawn = (
            np.unique(np.linspace(0, count - 1, MAX_POINTS).astype(int)) if count > MAX_POINTS else np.arange(count)
        )
        xs = np.array(points.leverage, dtype=float)[self._drawn]
        ys = np.array(points.totals, dtype=float)[self._drawn]
        name = QCoreApplication.translate("LeverageChart", "Proposal")
        if count > MAX_POINTS:
            name = sampled_name(len(xs), count)
        scatter = pg.ScatterPlotItem(
            xs,
            ys,
            data=self._drawn,  # each point's position in `_data`, for its tooltip and its proposal
            size=POINT_SIZE,
            brush=pg.mkBrush(colour(0)),
            pen=None,
            hoverable=True,
            tip=lambda x, y, data: self.tip(int(data)),
            name=name,
        )
        scatter.sigClicked.connect(lambda _item, hit, _ev: self.proposal_clicked.emit(self.uuid_of(hit[0])))
        self.plot.addItem(scatter)
        self._selection = pg.ScatterPlotItem(size=SELECTED_SIZE, brush=pg.mkBrush(SELECTED), pen=None)
        self.plot.addItem(self._selection)
        self.legend.addItem(self._selection, QCoreApplication.translate("LeverageChart", "Selected"))
        self.set_selected(selected)
        self.plot.setYRange(0, 100, padding=0.02)
        self.points = len(xs)

    def set_selected(self, uuid: str | None) -> None:
        """Mark the selected proposal, leaving the other points as they are drawn."""
        if self._selection is None:
            return
        i = self._where.get(uuid or "")
        if i is None:
            self._selection.setData([], [])
            self._selection.setVisible(False)
        else:
            self._selection.setData([self._data.leverage[i]], [self._data.totals[i]])
            self._selection.setVisible(True)

    def tip(self, i: int) -> str:
        """The tooltip of the i-th point, in the interface's language."""
        points = self._data
        return fill(
            QCoreApplication.translate("LeverageChart", "%1: total %2, leverage %3"),
            points.codes[i],
            number(points.totals[i], 1),
            number(points.leverage[i], 2),
        )

    def uuid_of(self, spot: pg.SpotItem) -> str:
        return self._data.uuids[self._position(spot)]

    def _position(self, spot: pg.SpotItem) -> int:
        return int(spot.data())
