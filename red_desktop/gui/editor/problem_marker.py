"""Inline validation: a red border on each offending widget and the reason in a label right below it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import cast

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLayout, QTabWidget, QWidget

from red_desktop.core.errors import Problem
from red_desktop.core.text import capitalized

PROBLEM_COLOUR = "#b3261e"
STYLE_SHEET = f"""
*[invalid="true"] {{ border: 2px solid {PROBLEM_COLOUR}; border-radius: 3px; }}
QLabel[problem="true"] {{ color: {PROBLEM_COLOUR}; }}
"""


def field_of(location: str) -> str:
    """'actors[2].name' -> 'actors'; 'requested_amount' -> 'requested_amount'; 'actor.name' -> 'name'."""
    head, _, rest = location.partition(".")
    if head == "actor" and rest:
        return rest
    return head.split("[")[0]


def describe(problem: Problem) -> str:
    """The reason, said of the field beside it: 'Must be between 0 and ...' or 'Actor 2: name is required'."""
    head, _, rest = problem.location.partition(".")
    if head.startswith("actors["):
        number = head[len("actors[") : -1]
        return QCoreApplication.translate("ProblemMarker", "Actor {0}: {1} {2}").format(number, rest, problem.message)
    return capitalized(problem.message)


class ProblemMarker:
    """Owns one hidden problem label per widget; show() marks exactly the widgets that have problems."""

    def __init__(self, widgets: Mapping[str, QWidget], tabs: QTabWidget | None = None):
        self._widgets = dict(widgets)
        self._labels = {name: self._make_label(widget) for name, widget in self._widgets.items()}
        self._tabs = tabs
        self._tab_titles = [tabs.tabText(i) for i in range(tabs.count())] if tabs else []
        self._keep_room_for_counts()

    def _keep_room_for_counts(self) -> None:
        """Room for a count beside the tabs while no tab shows one: "General (1)" coming in widened the editor, and
        the splitter beside it moved every field 11 px sideways under the mouse. (Room for a count on every tab
        would take some 100 px from the list at 1024 pixels; a second tab with problems still widens it.)"""
        self._room: _CountRoom | None = None
        if self._tabs is None:
            return
        bar = self._tabs.tabBar()
        plain = bar.minimumSizeHint().width()
        self._tabs.setTabText(0, f"{self._tab_titles[0]} (9)")
        self._room = _CountRoom(bar.minimumSizeHint().width() - plain, self._tabs)
        self._tabs.setTabText(0, self._tab_titles[0])
        self._tabs.setCornerWidget(self._room, Qt.Corner.TopRightCorner)

    def label(self, name: str) -> QLabel:
        return self._labels[name]

    def widget_for(self, location: str) -> QWidget | None:
        return self._widgets.get(field_of(location)) or self._widgets.get(location)

    def show(self, problems: Iterable[Problem], shown_fields: Iterable[str] | None = None) -> None:
        """Mark each problem's widget; with shown_fields, only those fields (untouched fields stay calm)."""
        allowed = None if shown_fields is None else set(shown_fields)
        reasons: dict[str, list[str]] = {}
        for problem in problems:
            name = field_of(problem.location)
            name = "latitude" if name == "location" else name  # 'give both or neither' goes by the pair
            if name in self._widgets and (allowed is None or name in allowed or problem.location in allowed):
                reasons.setdefault(name, []).append(describe(problem))
        for name, widget in self._widgets.items():
            self._mark(widget, self._labels[name], reasons.get(name, []))
        self._mark_tabs(reasons)

    def show_and_focus(self, problems: list[Problem]) -> bool:
        """What a dialog's OK does: mark every problem and focus the first one's field; True if there is none."""
        self.show(problems)
        if problems:
            first = self.widget_for(problems[0].location)
            if first is not None:
                first.setFocus()
        return not problems

    def _mark(self, widget: QWidget, label: QLabel, reasons: list[str]) -> None:
        text = "\n".join(reasons)
        label.setText(text)
        label.setVisible(bool(reasons) and label.parentWidget() is not None)
        widget.setAccessibleDescription(text)
        widget.setToolTip(text)
        if bool(widget.property("invalid")) != bool(reasons):
            widget.setProperty("invalid", bool(reasons))
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _mark_tabs(self, reasons: Mapping[str, list[str]]) -> None:
        if self._tabs is None:
            return
        counts = [0] * self._tabs.count()
        for name, found in reasons.items():
            index = _tab_of(self._tabs, self._widgets[name])
            if index >= 0:
                counts[index] += len(found)
        for index, count in enumerate(counts):
            title = self._tab_titles[index]
            self._tabs.setTabText(index, f"{title} ({count})" if count else title)
            self._tabs.tabBar().setTabTextColor(index, QColor(PROBLEM_COLOUR) if count else QColor())
        if self._room is not None:
            self._room.keep(not any(counts))

    def _make_label(self, widget: QWidget) -> QLabel:
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"{widget.objectName()}Problem")
        label.setProperty("problem", True)
        label.setWordWrap(True)
        label.setAccessibleName(
            QCoreApplication.translate("ProblemMarker", "Problem with {0}").format(widget.accessibleName())
        )
        label.hide()
        if not _insert_after(widget, label):
            label.setParent(None)  # no layout to join: never shown; the border and tooltip still tell
        return label


class _CountRoom(QWidget):
    """An empty corner beside the tabs, as wide as a count while it keeps the room for one."""

    def __init__(self, width: int, parent: QWidget):
        super().__init__(parent)
        self._width = width
        self._kept = True

    def keep(self, kept: bool) -> None:
        if kept != self._kept:
            self._kept = kept
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._width if self._kept else 0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.minimumSizeHint()


def _tab_of(tabs: QTabWidget, widget: QWidget) -> int:
    pages = ((i, tabs.widget(i)) for i in range(tabs.count()))
    return next((i for i, page in pages if page is not None and page.isAncestorOf(widget)), -1)


def _insert_after(widget: QWidget, label: QLabel) -> bool:
    parent = widget.parentWidget()
    layout = _layout_holding(parent, widget) if parent is not None else None
    if isinstance(layout, QFormLayout):
        row, _role = cast(tuple[int, QFormLayout.ItemRole], layout.getWidgetPosition(widget))
        layout.insertRow(row + 1, "", label)
        return True
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(widget) + 1, label)
        return True
    return False


def _layout_holding(parent: QWidget, widget: QWidget) -> QLayout | None:
    """The layout that holds widget directly.

    Layouts are searched as QObjects, never through itemAt(): a QLayoutItem's Python wrapper can
    outlive its C++ item, and PySide then hands that stale wrapper out for a new widget born at the
    same address (seen as findChild() missing widgets and crashes on deletion).
    """
    return next((layout for layout in parent.findChildren(QLayout) if layout.indexOf(widget) >= 0), None)
