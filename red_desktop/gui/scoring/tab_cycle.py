"""Tab and Shift+Tab that go round one part of a window instead of walking out of it into the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def next_stop(container: QWidget, forward: bool) -> QWidget | None:
    """The widget inside `container` that Tab (or Shift+Tab) reaches next, going round from its last to its first;
    None when the focus is not inside it. Follows the window's focus chain, with Qt's own idea of a Tab stop."""
    focus = QApplication.focusWidget()
    if focus is None or not container.isAncestorOf(focus):
        return None
    widget: QWidget | None = focus
    while widget is not None:
        widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        if widget is None or widget is focus:
            return None
        if container.isAncestorOf(widget) and _is_tab_stop(widget):
            return widget
    return None


def _is_tab_stop(widget: QWidget) -> bool:
    return (
        widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value == Qt.FocusPolicy.TabFocus.value
        and widget.focusProxy() is None
        and widget.isEnabled()
        and widget.isVisibleTo(widget.window())
        and not widget.isWindow()
    )
