"""One sub-criterion of the scoring form: level, the level's descriptor, the indicator's hint, justification."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from red_desktop.core.rubric import Rubric, SubCriterion
from red_desktop.gui.scoring.level_selector import LevelSelectorWidget
from red_desktop.gui.scoring.reserved_height import keep_room, reserve_height

TYPING_PAUSE_MS = 600  # a justification is saved once typing pauses this long, or when the editor loses focus
LEFT_COLUMN_WIDTH = 210  # the five level buttons and a little air: the rest goes to the text columns
STYLE = """
SubCriterionRowWidget { border-left: 4px solid transparent; }
SubCriterionRowWidget[flagged="true"] { border-left: 4px solid #c62828; background: #fdecea; }
QLabel#descriptor[preview="true"] { color: #37474f; font-style: italic; }
QLabel#suggestion { color: #6b4e00; }
QLabel#required { color: #b71c1c; font-weight: bold; }
QPlainTextEdit[readOnly="true"] { background: palette(window); }
QPlainTextEdit[missing="true"] { border: 2px solid #c62828; }
"""


class SubCriterionRowWidget(QFrame):
    level_chosen = Signal(str, int)  # sub-criterion id, level
    justification_edited = Signal(str, str)  # sub-criterion id, text; after a pause in typing

    def __init__(self, sub: SubCriterion, rubric: Rubric, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.sub = sub
        self._rubric = rubric
        self._language = language
        self._filling = False
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._build()
        self.setAccessibleName(self.tr("Sub-criterion {id} {name}").format(id=sub.id, name=self._name))
        self._show_descriptor(None)
        self._update_required()

    @property
    def _name(self) -> str:
        return self.sub.name.get_text(self._language)

    def _build(self) -> None:
        self.title_label = self._label("title", f"<b>{html.escape(self.sub.id)}</b>&nbsp; {html.escape(self._name)}")
        self.title_label.setToolTip(self.sub.description.get_text(self._language))
        self.selector = LevelSelectorWidget(self._rubric, self._language, self)
        self.selector.setAccessibleName(self.tr("Level for {id} {name}").format(id=self.sub.id, name=self._name))
        self.suggestion_label = self._label("suggestion", "")
        self.descriptor_label = self._label("descriptor", "")
        self.justification_edit = self._editor()
        self.required_label = self._label("required", "")
        # their heights are reserved for their longest texts (below), not taken from the text shown, so pointing at
        # a level or typing the justification a level requires never moves the level buttons of the rows below
        for label in (self.descriptor_label, self.required_label):
            keep_room(label)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            label.installEventFilter(self)
        # three columns, read left to right: the sub-criterion and its level, what the level means, why
        layout = QGridLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setHorizontalSpacing(14)
        layout.setVerticalSpacing(4)
        layout.setColumnMinimumWidth(0, LEFT_COLUMN_WIDTH)
        layout.setColumnStretch(1, 3)
        layout.setColumnStretch(2, 5)  # the justification, typed here, has the larger share of a laptop's width
        layout.addWidget(self.title_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.selector, 1, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.suggestion_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.descriptor_label, 0, 1, 4, 1)
        why = QVBoxLayout()  # the editor and the room kept for its message, beside every row of the left column
        why.setSpacing(4)
        why.addWidget(self.justification_edit)
        why.addWidget(self.required_label, 1)
        layout.addLayout(why, 0, 2, 4, 1)
        layout.setRowStretch(3, 1)
        self.setFocusProxy(self.selector)
        self.selector.level_chosen.connect(self._on_level_chosen)
        self.selector.level_hovered.connect(self._on_level_hovered)

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if name in ("title", "descriptor") else Qt.TextFormat.PlainText)
        if name in ("title", "suggestion"):
            label.setFixedWidth(LEFT_COLUMN_WIDTH)
        label.setAccessibleName(
            {
                "title": self.tr("Sub-criterion"),
                "suggestion": self.tr("Indicator suggestion"),
                "descriptor": self.tr("Descriptor of the level"),
                "required": self.tr("Missing justification"),
            }[name]
        )
        return label

    def _editor(self) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setTabChangesFocus(True)  # Tab moves on to the next sub-criterion, as everywhere in the form
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 4 + 12)  # four lines; longer texts scroll
        editor.setAccessibleName(self.tr("Justification for {id} {name}").format(id=self.sub.id, name=self._name))
        editor.textChanged.connect(self._on_text_changed)
        editor.installEventFilter(self)
        return editor

    @property
    def level(self) -> int | None:
        return self.selector.level

    def justification(self) -> str:
        return self.justification_edit.toPlainText()

    def fill(self, level: int | None, justification: str) -> None:
        """Show stored values without announcing them as edits."""
        self._timer.stop()
        self._filling = True
        self.selector.set_level(level)
        if self.justification_edit.toPlainText() != justification:  # same text: the cursor stays where it is
            self.justification_edit.setPlainText(justification)
        self._filling = False
        self.set_flagged(False)
        self._refresh()

    def show_suggestion(self, text: str, level: int | None) -> None:
        self.suggestion_label.setText(text)
        self.suggestion_label.setVisible(bool(text))
        self.selector.set_suggested(level)

    def set_read_only(self, read_only: bool) -> None:
        self.selector.set_read_only(read_only)
        self.justification_edit.setReadOnly(read_only)
        _repolish(self.justification_edit)

    def set_flagged(self, flagged: bool) -> None:
        """Mark the row as one that keeps the evaluation from being final."""
        self.setProperty("flagged", flagged)
        _repolish(self)

    def flush(self) -> None:
        """Announce a justification still waiting for the typing pause, at once."""
        if self._timer.isActive():
            self._timer.stop()
            self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        self.justification_edited.emit(self.sub.id, self.justification())

    def _on_level_chosen(self, level: int) -> None:
        self._timer.stop()  # the level's save carries the justification as it stands
        self.set_flagged(False)
        self._refresh()
        self.level_chosen.emit(self.sub.id, level)

    def _on_level_hovered(self, level: int | None) -> None:
        self._show_descriptor(level)

    def _on_text_changed(self) -> None:
        self._update_required()
        if not self._filling and self.level is not None:
            self._timer.start()

    def _refresh(self) -> None:
        self.justification_edit.setEnabled(self.level is not None)
        self.justification_edit.setPlaceholderText(
            self.tr("Choose a level first.") if self.level is None else self.tr("Why this level? Cite the evidence.")
        )
        self._show_descriptor(None)
        self._update_required()

    def _show_descriptor(self, hovered: int | None) -> None:
        level = hovered if hovered is not None else self.level
        self.descriptor_label.setProperty("preview", hovered is not None and hovered != self.level)
        _repolish(self.descriptor_label)
        self.descriptor_label.setText(self._descriptor_html(level))

    def _descriptor_html(self, level: int | None) -> str:
        if level is None:
            return html.escape(self.tr("Choose a level: click it, or type its digit. Point at a level to read it."))
        label = self._rubric.level_labels.get(level)
        descriptor = self.sub.descriptors.get(level)
        head = f"{level} · {label.get_text(self._language)}" if label else str(level)
        body = descriptor.get_text(self._language) if descriptor else ""
        return f"<b>{html.escape(head)}</b> — {html.escape(body)}"

    def _required_text(self, level: int | None) -> str:
        label = self._rubric.level_labels.get(level) if level is not None else None
        return self.tr("A justification is required for level {level} ({label}): say why.").format(
            level=level, label=label.get_text(self._language) if label else ""
        )

    def _reserve_heights(self) -> None:
        """Called on the descriptor's resizes too: a hidden label is told of its own only once shown."""
        reserve_height(self.descriptor_label, [self._descriptor_html(level) for level in self._rubric.levels])
        required = self._rubric.justification_required_levels
        reserve_height(self.required_label, [self._required_text(level) for level in required])

    def _update_required(self) -> None:
        missing = self.level in self._rubric.justification_required_levels and not self.justification().strip()
        self.required_label.setText(self._required_text(self.level) if missing else "")
        self.required_label.setVisible(missing)
        if self.justification_edit.property("missing") != missing:
            self.justification_edit.setProperty("missing", missing)
            _repolish(self.justification_edit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.selector.choose_by_key(event):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.justification_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        elif watched in (self.descriptor_label, self.required_label) and event.type() == QEvent.Type.Resize:
            self._reserve_heights()
        return super().eventFilter(watched, event)


def _repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a dynamic property the sheet selects on has changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
