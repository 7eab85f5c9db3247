"""Room reserved for the tallest text a label can show, so a message coming or going moves nothing below it."""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy


def keep_room(label: QLabel) -> None:
    """The label's height becomes what reserve_height sets, whatever it shows, and it keeps it while hidden."""
    label.setSizePolicy(label.sizePolicy().horizontalPolicy(), QSizePolicy.Policy.Ignored)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)


def reserve_height(label: QLabel, texts: Iterable[str], at_width: int | None = None) -> None:
    """Set the label's minimum height to the tallest of these texts wrapped at its current width (or the width it
    is known to get: a hidden label hears of its size only once shown)."""
    margins = label.contentsMargins()
    width = (label.width() if at_width is None else at_width) - margins.left() - margins.right() - 2 * label.margin()
    if width <= 0:
        return
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setTextWidth(width)
    tallest = 0
    for text in texts:
        if label.textFormat() == Qt.TextFormat.RichText:
            document.setHtml(text)
        else:
            document.setPlainText(text)
        tallest = max(tallest, math.ceil(document.size().height()))
    label.setMinimumHeight(tallest + margins.top() + margins.bottom() + 2 * label.margin())
