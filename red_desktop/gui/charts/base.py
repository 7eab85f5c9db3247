"""What every committee chart shares: a titled pyqtgraph plot with axis labels and a legend, and PNG rendering."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from red_desktop.core import formatting
from red_desktop.gui.fill import fill

pg.setConfigOptions(background="w", foreground="#202020", antialias=True)

# Colour-blind-safe (Okabe-Ito), in the order series are drawn.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
HARSH, LENIENT, NEUTRAL, CONTESTED, SELECTED = "#D55E00", "#0072B2", "#8C8C8C", "#CC79A7", "#E69F00"


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


MAX_POINTS = 5_000  # beyond this a scatter is a cloud, and costs the GUI thread a tenth of a second per 20,000


def sample(count: int, limit: int = MAX_POINTS) -> np.ndarray:
    """Positions of at most `limit` of `count` points, evenly through them (all of them when they fit)."""
    if count <= limit:
        return np.arange(count)
    return np.unique(np.linspace(0, count - 1, limit).astype(int))


def sampled_name(drawn: int, count: int) -> str:
    """A legend's name for points of which only a sample is drawn."""
    return fill(
        QCoreApplication.translate("Chart", "Proposals: %1 of %2 drawn, evenly through the ranking"),
        formatting.integer(drawn),
        formatting.integer(count),
    )


def number(value: float, decimals: int) -> str:
    """A figure as the interface's language writes it: "40,2" in Spanish and Portuguese, "40.2" in English."""
    return formatting.number(value, decimals=decimals)  # never "-0,0"


def signed(value: float, decimals: int) -> str:
    """Like `number`, with a "+" before a positive figure (a deviation, a change of weight); zero unsigned."""
    return ("+" if formatting.rounded(value, decimals) > 0 else "") + number(value, decimals)


class LocaleAxis(pg.AxisItem):
    """An axis whose tick labels use the interface language's decimal separator (pyqtgraph always writes "0.2")."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        if self.logMode or spacing * scale <= 0:
            return list(super().tickStrings(values, scale, spacing))
        places = max(0, math.ceil(-math.log10(spacing * scale)))
        step = spacing * scale
        # A tick at zero computed as 1e-17 reads "0", not "-0,0".
        return [number(0.0 if abs(value * scale) < step * 1e-6 else value * scale, places) for value in values]


def locale_axes() -> dict[str, LocaleAxis]:
    """The axes every chart draws with, for `pg.PlotWidget(axisItems=...)` (the axes passed are shown: two)."""
    return {side: LocaleAxis(side) for side in ("left", "bottom")}


class Chart(QWidget):
    """A plot answering one question. Subclasses draw in `plot` and count what they drew in `points`, and set the
    plot up in `configure`.

    The plot is made when first drawn in or shown, not with the chart: the Committee page's charts made at once held
    the window's thread 60-150 ms as the page was built (issue 19), most of them on tabs not in sight."""

    proposal_clicked = Signal(str)  # uuid

    def __init__(self, title: str, x_label: str, y_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._labels = (title, x_label, y_label)
        self._plot: pg.PlotWidget | None = None
        self._legend: BelowLegend | None = None
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.points = 0

    @property
    def plot(self) -> pg.PlotWidget:
        if self._plot is None:
            self._make_plot()
        assert self._plot is not None
        return self._plot

    @property
    def legend(self) -> BelowLegend:
        if self._legend is None:
            self._make_plot()
        assert self._legend is not None
        return self._legend

    def _make_plot(self) -> None:
        title, x_label, y_label = self._labels
        plot = pg.PlotWidget(self, axisItems=locale_axes(), enableMenu=False)
        plot.setTitle(title, size="11pt")
        plot.setLabel("bottom", x_label)
        plot.setLabel("left", y_label)
        plot.showGrid(x=True, y=True, alpha=0.15)
        plot.setAccessibleName(title)
        self._plot, self._legend = plot, _legend_below(plot.getPlotItem())
        plot.getPlotItem().getViewBox().sigResized.connect(self._fit)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(plot)
        self.configure(plot)

    def configure(self, plot: pg.PlotWidget) -> None:
        """Subclasses set their plot up here (an inverted axis, no mouse), once it is made."""

    def clear(self) -> None:
        if self._plot is not None:
            self.plot.clear()
            self.legend.clear()
        self.points = 0

    def showEvent(self, event: QShowEvent) -> None:
        self.plot  # noqa: B018 (made on first use: an empty chart shows its axes)
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self, *_: object) -> None:
        """Fit what depends on the chart's size (the legend's columns, crowded labels) to the size it has now."""
        if self._plot is None:
            return
        self.legend.fit(self.plot.getPlotItem().width())
        self.fit_labels()

    def fit_labels(self) -> None:
        """Subclasses with crowded category labels elide or thin them out to the room they have."""

    def sizeHint(self) -> QSize:
        return QSize(560, 380)


class BelowLegend(pg.LegendItem):
    """A legend laid out in a row of the plot's own layout, under the plot, with as many columns as fit its width.

    pyqtgraph's legend floats: resizing it moves it to its parent's corner (over the plot) and dragging moves it
    anywhere. Here the plot's layout alone places it, and each label keeps its whole text.
    """

    def __init__(self) -> None:
        super().__init__(colCount=4, labelTextSize="9pt", horSpacing=16)
        self._width = 0.0
        self.max_columns = 4

    def updateSize(self) -> None:
        # Ask the plot's layout for room instead of moving to (0, 0), which is inside the plot.
        self.layout.invalidate()
        self.updateGeometry()

    def mouseDragEvent(self, ev: object) -> None:
        ev.ignore()  # type: ignore[attr-defined]

    def entry_widths(self) -> list[float]:
        """Each entry's width: its sample, its whole label and the spacing after them."""
        spacing = self.layout.horizontalSpacing()
        return [sample.minimumWidth() + label.minimumWidth() + 2 * spacing + 6 for sample, label in self.items]

    def fit(self, width: float) -> None:
        """The most columns (up to `max_columns`) whose entries fit `width` whole; one column if none do."""
        self._width = width
        widths = self.entry_widths()
        columns = 1
        for count in range(min(self.max_columns, len(widths)), 0, -1):
            needed = sum(max(widths[i] for i in range(column, len(widths), count)) for column in range(count))
            if needed <= width:
                columns = count
                break
        self.setColumnCount(columns)

    def addItem(self, item: object, name: str) -> None:
        super().addItem(item, name)
        if self._width:
            self.fit(self._width)


def _legend_below(item: pg.PlotItem) -> BelowLegend:
    """A legend in a row of its own under the plot, so it never hides data; named items join it by themselves."""
    legend = BelowLegend()
    item.layout.addItem(legend, 4, 0, 1, 3, Qt.AlignmentFlag.AlignHCenter)
    item.legend = legend
    return legend


def render_png(chart: QWidget, width: int = 1200, height: int = 800) -> bytes:
    """The chart as a PNG image, drawn offscreen at the given size (for the PDF exports)."""
    if isinstance(chart, Chart):
        chart.plot  # noqa: B018 (made on first use: a chart with nothing to draw still shows its axes)
    chart.resize(width, height)
    chart.ensurePolished()
    layout = chart.layout()
    if layout is not None:
        layout.activate()
    chart.grab()  # the first paint sizes the axes to their tick labels (pyqtgraph expands them when painting)
    QCoreApplication.processEvents()
    image = chart.grab().toImage()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide6 takes only str
    buffer.close()
    return bytes(data.data())
