"""A segmented control choosing one level of the rubric's scale, by mouse, digit keys or arrow keys.

With the keyboard focus its frame shows a thick dark ring on a pale yellow ground (the same width, transparent,
without it, so nothing moves): visible beside the highlighted level, on any desktop theme."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QEnterEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QToolButton, QWidget

from red_desktop.core.rubric import Rubric

STYLE = """
QFrame#levelSelector { border: 3px solid transparent; border-radius: 8px; }
QFrame#levelSelector:focus { border: 3px solid #0b3d91; background: #fff3b0; }
QToolButton { min-width: 34px; min-height: 26px; font-weight: bold; border: 1px solid palette(mid);
              background: palette(base); color: palette(text); border-radius: 0px; margin: 0px; }
QToolButton[segment="first"] { border-top-left-radius: 5px; border-bottom-left-radius: 5px; }
QToolButton[segment="last"] { border-top-right-radius: 5px; border-bottom-right-radius: 5px; }
QToolButton:hover { background: palette(midlight); }
QToolButton[suggested="true"] { border-bottom: 3px solid #b8860b; }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
QFrame#levelSelector[readOnly="true"] QToolButton:!checked { color: palette(mid); }
"""


class LevelSelectorWidget(QFrame):
    """Five (or as many as the scale has) exclusive buttons; the frame, not the buttons, takes keyboard focus."""

    level_chosen = Signal(int)
    level_hovered = Signal(object)  # int while the pointer is over a level, None when it leaves

    def __init__(self, rubric: Rubric, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levelSelector")
        self.setStyleSheet(STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._levels = rubric.levels
        self._level: int | None = None
        self._read_only = False
        self.group = QButtonGroup(self)
        self.buttons = {level: self._button(rubric, language, level) for level in rubric.levels}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(0)
        for button in self.buttons.values():
            layout.addWidget(button)
        self.group.idClicked.connect(self._on_id_clicked)

    def _button(self, rubric: Rubric, language: str, level: int) -> QToolButton:
        label = rubric.level_labels[level].get_text(language) if level in rubric.level_labels else ""
        button = _LevelButton(level, self)
        button.setText(str(level))
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one Tab stop per row; digits and arrows choose
        button.setToolTip(self.tr("{level} · {label}").format(level=level, label=label))
        button.setAccessibleName(self.tr("Level {level}: {label}").format(level=level, label=label))
        button.setProperty("segment", _segment(level, rubric))
        button.hovered.connect(self.level_hovered)
        self.group.addButton(button, level)
        return button

    @property
    def level(self) -> int | None:
        return self._level

    def set_level(self, level: int | None) -> None:
        """Show a level without announcing it (filling the form from the store)."""
        self._level = level
        self.group.setExclusive(False)  # an exclusive group cannot otherwise be emptied
        for value, button in self.buttons.items():
            button.setChecked(value == level)
        self.group.setExclusive(True)

    def set_suggested(self, level: int | None) -> None:
        for value, button in self.buttons.items():
            button.setProperty("suggested", value == level)
            button.style().unpolish(button)
            button.style().polish(button)

    def set_read_only(self, read_only: bool) -> None:
        """Locked levels stay readable and hoverable, but clicks and keys change nothing."""
        self._read_only = read_only
        self.setProperty("readOnly", read_only)
        self.setStyleSheet(STYLE)  # re-polish the children for the property selector

    def choose(self, level: int) -> None:
        """Choose a level as the user would: shown at once and announced."""
        if self._read_only or level not in self._levels or level == self._level:
            return
        self.set_level(level)
        self.level_chosen.emit(level)

    def _on_id_clicked(self, level: int) -> None:
        if self._read_only:
            self.set_level(self._level)
            return
        self.choose(level)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
        if step is not None:
            current = self._level if self._level is not None else self._levels.start - step
            self.choose(min(max(current + step, self._levels.start), self._levels.stop - 1))
        elif not self.choose_by_key(event):
            super().keyPressEvent(event)

    def choose_by_key(self, event: QKeyEvent) -> bool:
        """Digit keys choose that level; True when the key was a level of the scale."""
        digit = event.key() - Qt.Key.Key_0.value
        chord = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier & ~Qt.KeyboardModifier.ShiftModifier
        if chord != Qt.KeyboardModifier.NoModifier or not 0 <= digit <= 9 or digit not in self._levels:
            return False
        self.choose(digit)
        return True


class _LevelButton(QToolButton):
    """A level's button that says when the pointer enters and leaves it: a signal of its own rather than an
    event filter on the selector, which Qt could still call while the selector is being destroyed."""

    hovered = Signal(object)  # the level on entering, None on leaving

    def __init__(self, level: int, parent: QWidget):
        super().__init__(parent)
        self._level = level

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 (Qt's name)
        self.hovered.emit(self._level)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        self.hovered.emit(None)
        super().leaveEvent(event)


def _segment(level: int, rubric: Rubric) -> str:
    if level == rubric.scale_min:
        return "first"
    return "last" if level == rubric.scale_max else "middle"
