"""A layout that places its items left to right and starts a new line when the next one does not fit.

For rows of filters and buttons whose titles are much longer in Spanish and Portuguese than in English: on a
narrow window they wrap onto a second line instead of being squeezed until their text is cut.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing

    # ---- QLayout's item list ----

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # ---- sizes ----

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """All items on one line."""
        items = self._visible()
        width = sum(item.sizeHint().width() for item in items) + self._gap() * max(len(items) - 1, 0)
        height = max((item.sizeHint().height() for item in items), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """The widest item: everything else can go on a line of its own."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # ---- placing ----

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        return parent.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in lines within rect (when move); return the height they take. An item that asks to
        expand (a search box) takes the rest of its line."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            width = min(item.sizeHint().width(), area.width())
            if lines[-1] and used + self._gap() + width > area.width():
                lines.append([])
                used = 0
            used += (self._gap() if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            height = max((item.sizeHint().height() for item in line), default=0)
            if move:
                self._place_line(line, QPoint(area.x(), y), area.width(), height)
            y += height + self._gap()
        return y - self._gap() - area.y() + margins.top() + margins.bottom() if lines[0] else 0

    def _place_line(self, line: list[QLayoutItem], origin: QPoint, width: int, height: int) -> None:
        widths = [min(item.sizeHint().width(), width) for item in line]
        spare = width - sum(widths) - self._gap() * (len(line) - 1)
        growing = [i for i, item in enumerate(line) if item.expandingDirections() & Qt.Orientation.Horizontal]
        for i in growing:
            widths[i] += spare // len(growing)
        x = origin.x()
        for item, item_width in zip(line, widths, strict=True):
            item.setGeometry(QRect(x, origin.y(), item_width, height))
            x += item_width + self._gap()


def expanding(widget: QWidget) -> QWidget:
    """The widget set to take the rest of its line in a FlowLayout."""
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, widget.sizePolicy().verticalPolicy())
    return widget
