"""Scroll areas that scroll down only: the area is never narrower than what its content needs across.

A QScrollArea hides its content's minimum width from the layout around it, so a splitter happily narrows it and
the form gets a horizontal scrollbar (or, with that bar off, fields cut at the right). Here the area's minimum
width follows its content's, so the splitter gives the room to the form instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QScrollArea


class _ContentWidth(QObject):
    def __init__(self, area: QScrollArea):
        super().__init__(area)
        self._area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        content = self._area.widget()
        if content is None:
            return
        bar = self._area.verticalScrollBar().sizeHint().width()
        self._area.setMinimumWidth(content.minimumSizeHint().width() + bar + 2 * self._area.frameWidth())


def scroll_vertically(area: QScrollArea) -> None:
    """Turn off sideways scrolling in `area` and keep it as wide as its content's minimum (texts and choices whole)."""
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    follower = _ContentWidth(area)
    content = area.widget()
    if content is not None:
        content.installEventFilter(follower)
    follower.fit()
