"""Showing a form that must not be changed (a store on read-only media) without making it unreadable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)


def hold_still(root: QWidget) -> None:
    """Every input under `root` shown but not changeable: texts read-only (still selectable, still scrolling),
    buttons, lists to choose from and number boxes disabled. Tabs and scroll bars keep working, so every page
    of the form can still be read (disabling the whole form had greyed its tabs too)."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            widget.setReadOnly(True)
        elif isinstance(widget, QAbstractButton | QComboBox | QAbstractSpinBox | QSlider):
            if widget.parent() is not None and type(widget.parent()).__name__ == "QTabBar":
                continue  # a tab bar's scroll arrows
            widget.setEnabled(False)
