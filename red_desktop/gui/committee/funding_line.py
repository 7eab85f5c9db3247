"""Where the call's budget runs out in rank order, drawn across a table as a line above the first proposal the money
does not reach (the committee ranking and the portfolio's table)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QTableView

LINE = QColor("#b91c1c")


def first_beyond(beyond: np.ndarray) -> int | None:
    """The first row the money does not reach (`beyond`: Portfolio.beyond_line in the rows' order)."""
    found = np.flatnonzero(beyond)
    return int(found[0]) if len(found) else None


def line_tip() -> str:
    return QCoreApplication.translate("FundingLine", "The budget runs out here, funding in rank order")


def draw_line(view: QTableView, row: int | None) -> None:
    """The line above `row` across the view's viewport, if that row is in sight (called after the view paints)."""
    if row is None:
        return
    y = view.rowViewportPosition(row)
    if y < 0 or y > view.viewport().height():
        return
    painter = QPainter(view.viewport())
    painter.setPen(QPen(LINE, 2))
    painter.drawLine(0, y, view.viewport().width(), y)
    painter.end()
