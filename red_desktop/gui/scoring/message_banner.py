"""A dismissable banner for what the user must know now: a refused action with its reasons, or a failed save."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QWidget

COLOURS = {  # background, border, text: readable on any desktop theme because the banner sets all three
    "error": ("#fdecea", "#c62828", "#5f1212"),
    "warning": ("#fff4e5", "#b26a00", "#4a2c00"),
    "info": ("#e8f1fb", "#1f6fb2", "#0d3350"),
}


MAX_HEIGHT = 150  # a long list scrolls inside the banner, leaving the form room on a 768-pixel-high screen
Item = str | tuple[str, str]  # a line, or (anchor, line) for a line that links to a place in the form


class MessageBannerWidget(QFrame):
    link_activated = Signal(str)  # the anchor of the line clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setAccessibleName(self.tr("Message"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.label.setAccessibleName(self.tr("Message text"))
        self.label.linkActivated.connect(self.link_activated)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.label)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setStyleSheet("background: transparent;")
        self.scroll_area.setAccessibleName(self.tr("Message"))
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("✕")
        dismiss = self.tr("Dismiss message")
        self.dismiss_button.setToolTip(dismiss)
        self.dismiss_button.setAccessibleName(dismiss)
        self.dismiss_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.severity = ""
        self.hide()

    def show_message(self, text: str, items: Sequence[Item] = (), severity: str = "error") -> None:
        """A sentence, optionally followed by a list (e.g. every sub-criterion still missing)."""
        background, border, colour = COLOURS[severity]
        self.setStyleSheet(
            f"QFrame#messageBanner {{ background: {background}; border: 1px solid {border}; border-radius: 5px; }}"
            f"QFrame#messageBanner QLabel {{ color: {colour}; }}"
        )
        listed = "".join(f"<li>{_line(item)}</li>" for item in items)
        body = f"<b>{html.escape(text)}</b>" + (f"<ul style='margin: 2px 0 0 -20px'>{listed}</ul>" if listed else "")
        self.label.setText(body)
        self.severity = severity
        self.show()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the text, up to MAX_HEIGHT; beyond that the list scrolls."""
        width = self.scroll_area.viewport().width()
        needed = self.label.heightForWidth(width) if width > 0 else -1
        if needed > 0:
            self.scroll_area.setFixedHeight(min(MAX_HEIGHT, needed))

    def text(self) -> str:
        """What the banner says, as plain text (for tests and screen readers' summaries)."""
        document = QTextDocument()
        document.setHtml(self.label.text())
        return document.toPlainText()

    def clear(self) -> None:
        self.label.setText("")
        self.severity = ""
        self.hide()


def _line(item: Item) -> str:
    if isinstance(item, str):
        return html.escape(item)
    anchor, text = item
    return f"<a href='{html.escape(anchor, quote=True)}'>{html.escape(text)}</a>"
