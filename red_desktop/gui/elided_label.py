"""A one-line label that ends in "…" when it is narrower than its text; the whole text is its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from red_desktop.gui.ui_loader import register_custom_widget


@register_custom_widget
class ElidedLabel(QLabel):
    """For headings that name a long title: a clipped "RED-CL-2026" misleads, "RED-CL-2026-004 · Chiloé…" does not.

    text() stays the whole text; only the painting is shortened, so code and screen readers see all of it.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # take what is left, no more
        self.setTextFormat(Qt.TextFormat.PlainText)

    def elided_text(self) -> str:
        room = self.contentsRect().width() - 2 * self.margin() - 2 * self.indent() * (self.indent() > 0)
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, max(room, 0))

    def is_elided(self) -> bool:
        return self.elided_text() != self.text()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment()) | Qt.TextFlag.TextSingleLine, self.elided_text())
