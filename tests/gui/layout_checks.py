"""Geometry checks for a shown window: what is cut, clipped by its parent or needs a horizontal scrollbar.

Each check returns readable problems ("QLabel 'coverageValue' in ProposalEditor: text needs 212 px, has 180") rather
than a bare assertion, so a failing layout test says what a user would not see and where.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from red_desktop.gui.elided_label import ElidedLabel

SLACK = 1  # px: rounding of fractional font metrics, not a cut a user would see


def window_problems(window: QMainWindow, size: QSize) -> list[str]:
    """The window at the size asked for (a minimum size above it means the screen cannot hold the window),
    then every widget it shows."""
    problems = []
    if window.width() > size.width() or window.height() > size.height():
        hint = window.minimumSizeHint()
        problems.append(
            f"{window.metaObject().className()} is {window.width()}×{window.height()} on a {size.width()}×"
            f"{size.height()} screen (its layout needs at least {hint.width()}×{hint.height()})"
        )
    return problems + layout_problems(window)


def layout_problems(root: QWidget) -> list[str]:
    """Every problem found in the visible widgets under root (root itself included)."""
    problems: list[str] = []
    for widget in _visible(root):
        problems += _clipped(widget)
        problems += _cut(widget)
    return problems


def _visible(root: QWidget) -> Iterator[QWidget]:
    """The widgets shown on screen: visible, and not the internals of a data view's cells (an item view's
    viewport scrolls over its data by design)."""
    pending = [root]
    while pending:
        widget = pending.pop()
        if not widget.isVisible():
            continue
        yield widget
        if isinstance(widget, QAbstractItemView):
            pending += [w for w in (widget.horizontalScrollBar(), widget.verticalScrollBar()) if w.isVisible()]
            header = getattr(widget, "horizontalHeader", None)
            if header is not None:
                pending.append(header())
            continue
        pending += widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)


def describe(widget: QWidget) -> str:
    """'QLabel 'coverageValue' in ProposalEditor': the class, a name a reader can find, the owning view."""
    name = widget.objectName() or widget.accessibleName()
    if not name and isinstance(widget, (QLabel, QAbstractButton)):
        name = _plain(widget.text())[:40]
    owner = _owner(widget)
    text = widget.metaObject().className() + (f" {name!r}" if name else "")
    return text + (f" in {owner}" if owner else "")


def _plain(text: str) -> str:
    return " ".join(text.replace("&", "").split())


def _owner(widget: QWidget) -> str:
    """The nearest enclosing widget of the application's own (a Python class), e.g. ProposalEditor."""
    parent = widget.parentWidget()
    while parent is not None:
        if not type(parent).__module__.startswith("PySide6"):
            return type(parent).__name__
        parent = parent.parentWidget()
    return ""


def _scrolled_parent(widget: QWidget) -> bool:
    """Whether the widget is the content of a scroll area (allowed to be taller than the viewport)."""
    viewport = widget.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    return isinstance(area, QScrollArea) and area.viewport() is viewport


def _clipped(widget: QWidget) -> list[str]:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return []
    inner, outer = widget.geometry(), parent.rect()
    if _scrolled_parent(widget):
        outer = QRect(outer.left(), inner.top(), outer.width(), inner.height())  # vertical scrolling is fine
    if inner.left() >= outer.left() - SLACK and inner.right() <= outer.right() + SLACK:
        if inner.top() >= outer.top() - SLACK and inner.bottom() <= outer.bottom() + SLACK:
            return []
    return [f"{describe(widget)}: at {_rect(inner)}, outside its parent {describe(parent)} ({_rect(outer)})"]


def _rect(rect: QRect) -> str:
    return f"x {rect.x()}..{rect.right()}, y {rect.y()}..{rect.bottom()}"


def _cut(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return _label_cut(widget)
    if isinstance(widget, QTabBar):
        return _tabs_cut(widget)
    if isinstance(widget, QComboBox):
        return _combo_cut(widget)
    if isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QAbstractSpinBox):
        return _placeholder_cut(widget)
    if isinstance(widget, QHeaderView):
        return _header_cut(widget)
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
        return _needs(widget, widget.sizeHint().width(), "text")
    if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QAbstractItemView):
        if widget.horizontalScrollBar().isVisible():
            return [f"{describe(widget)}: shows a horizontal scrollbar"]
    return []


def _needs(widget: QWidget, needed: int, what: str) -> list[str]:
    if needed <= widget.width() + SLACK:
        return []
    return [f"{describe(widget)}: {what} needs {needed} px, has {widget.width()}"]


def _label_cut(label: QLabel) -> list[str]:
    if not label.text():
        return []
    if isinstance(label, ElidedLabel):  # ends in "…" by design; the whole text must then be its tooltip
        if label.is_elided() and label.toolTip() != label.text():
            return [f"{describe(label)}: text shortened to {label.elided_text()!r} with no tooltip saying it all"]
        return []
    if not label.wordWrap():
        return _needs(label, label.sizeHint().width(), "text")
    needed = label.heightForWidth(label.width())
    if needed > label.height() + SLACK:
        return [f"{describe(label)}: wrapped text needs {needed} px of height, has {label.height()}"]
    return []


def _header_cut(header: QHeaderView) -> list[str]:
    """Every column title in sight is whole where its column is: a column wider than the part of it in sight
    used to show a blank header, its centred title out of sight. Only a column too little in sight to hold its
    title may cut it (the list scrolls sideways for the rest)."""
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return []
    problems = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for logical in range(header.count()):
        left = header.sectionViewportPosition(logical)
        right = left + header.sectionSize(logical)
        seen = (max(left, 0), min(right, header.width()))
        title = _plain(str(header.model().headerData(logical, Qt.Orientation.Horizontal) or ""))
        if header.isSectionHidden(logical) or seen[1] <= seen[0] or not title:
            continue
        width = header.fontMetrics().horizontalAdvance(title) + 2 * margin
        if seen[1] - seen[0] + SLACK < width:
            if (left, right) == seen:
                problems.append(f"{describe(header)}: column title {title!r} needs {width} px, has {right - left}")
            continue
        start = _title_start(header, logical, left, right, width)
        if start < seen[0] - SLACK or start + width > seen[1] + SLACK:
            problems.append(
                f"{describe(header)}: column title {title!r} drawn at x {start}..{start + width}, the part of its "
                f"column in sight is {seen[0]}..{seen[1]}"
            )
    return problems


def _title_start(header: QHeaderView, logical: int, left: int, right: int, width: int) -> int:
    """Where a column title is drawn, by its alignment (the model's, else the header's default)."""
    alignment = header.model().headerData(logical, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
    flags = int(getattr(alignment, "value", alignment) or header.defaultAlignment().value)
    if flags & Qt.AlignmentFlag.AlignLeft.value:
        return left
    if flags & Qt.AlignmentFlag.AlignRight.value:
        return right - width
    return left + (right - left - width) // 2


def _tabs_cut(bar: QTabBar) -> list[str]:
    problems = []
    if any(button.isVisible() for button in bar.findChildren(QToolButton)):
        problems.append(f"{describe(bar)}: tabs hidden behind scroll arrows")
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        shown, wanted = bar.tabRect(index), bar.tabSizeHint(index)
        title = _plain(bar.tabText(index))
        if shown.right() > bar.width() + SLACK:
            problems.append(f"{describe(bar)}: tab {title!r} ends at {shown.right()} px, the bar at {bar.width()}")
        elif shown.width() + SLACK < wanted.width():
            problems.append(f"{describe(bar)}: tab {title!r} needs {wanted.width()} px, shows {shown.width()}")
    return problems


def _combo_cut(combo: QComboBox) -> list[str]:
    """Whichever choice is made must be readable once chosen (the popup may be wider than the box); an editable
    combo's text is typed, and scrolls like a line edit's."""
    texts = [combo.itemText(i) for i in range(combo.count())] if not combo.isEditable() else [combo.currentText()]
    longest = max(texts, key=combo.fontMetrics().horizontalAdvance, default="")
    if not longest:
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    content = QSize(metrics.horizontalAdvance(longest) + (combo.iconSize().width() + 4 if option.currentIcon else 0), 1)
    needed = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, combo).width()
    return _needs(combo, needed, f"choice {_plain(longest)[:30]!r}")


def _placeholder_cut(edit: QLineEdit) -> list[str]:
    """An empty field's placeholder is what tells the user what to type: it must be whole."""
    if edit.text() or not edit.placeholderText():
        return []
    margins = edit.textMargins()
    frame = 2 * edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + margins.left() + margins.right()
    return _needs(edit, needed + frame + 4, f"placeholder {_plain(edit.placeholderText())[:30]!r}")
