"""What every committee chart shares: a titled pyqtgraph plot with axis labels and a legend, and PNG rendering."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

pg.setConfigOptions(background="w", foreground="#202020", antialias=True)

# Colour-blind-safe (Okabe-Ito), in the order series are drawn.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
HARSH, LENIENT, NEUTRAL, CONTESTED, SELECTED = "#D55E00", "#0072B2", "#8C8C8C", "#CC79A7", "#E69F00"


def colour(index: int) -> QColor:
    return QColor(PALETTE[index % len(PALETTE)])


class Chart(QWidget):
    """A plot answering one question. Subclasses draw in `plot` and count what they drew in `points`."""

    proposal_clicked = Signal(str)  # uuid

    def __init__(self, title: str, x_label: str, y_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(self)
        self.plot.setTitle(title, size="11pt")
        self.plot.setLabel("bottom", x_label)
        self.plot.setLabel("left", y_label)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.15)
        self.legend = _legend_below(self.plot.getPlotItem())
        self.setAccessibleName(title)
        self.plot.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.points = 0

    def clear(self) -> None:
        self.plot.clear()
        self.legend.clear()
        self.points = 0

    def sizeHint(self) -> QSize:
        return QSize(560, 380)


def _legend_below(item: pg.PlotItem) -> pg.LegendItem:
    """A legend in a row of its own under the plot, so it never hides data; named items join it by themselves."""
    legend = pg.LegendItem(colCount=4, labelTextSize="9pt", horSpacing=16)
    item.layout.addItem(legend, 4, 1)
    item.legend = legend
    return legend


def render_png(chart: QWidget, width: int = 1200, height: int = 800) -> bytes:
    """The chart as a PNG image, drawn offscreen at the given size (for the PDF exports)."""
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
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
