"""The always-visible bar of the scoring form: live total, state, whether edits are saved, and the state actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from red_desktop.core.domain import EvaluationState
from red_desktop.gui.scoring.reserved_height import keep_room, reserve_height
from red_desktop.gui.scoring.texts import number

MARK_FINAL_KEYS = "Ctrl+Return"  # QPlainTextEdit takes no Ctrl+Return for itself, so it works while typing
MIN_TEXT_WIDTH = 90  # px: the wrapped labels of the bar never get narrower (a word or two a line)
STYLE = """
QFrame#scoreSummary { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 6px; }
QLabel#total { font-size: 16pt; font-weight: bold; }
QLabel#partial { color: #8a5300; font-weight: bold; }
QLabel#state[state="final"] { color: white; background: #2e7d32; border-radius: 4px; padding: 2px 8px; }
QLabel#state[state="draft"] { color: white; background: #546e7a; border-radius: 4px; padding: 2px 8px; }
QLabel#saveStatus { color: #37474f; }
"""


class ScoreSummaryWidget(QFrame):
    mark_final_clicked = Signal()
    reopen_clicked = Signal()

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scoreSummary")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Total, state and actions"))
        self._language = language
        self._count = 0
        self.total_label = self._label("total", self.tr("Total"))
        self.partial_label = self._label("partial", self.tr("Partial total"))
        self.state_label = self._label("state", self.tr("Evaluation state"))
        self.save_label = self._label("saveStatus", self.tr("Save status"))
        # the action carries the shortcut; the form adds it to itself, so the keys work wherever its focus is
        self.mark_final_action = QAction(self.tr("Mark final"), self)
        self.mark_final_action.setShortcut(QKeySequence(MARK_FINAL_KEYS))  # a justification box lets it through
        self.mark_final_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.mark_final_action.triggered.connect(self.mark_final_clicked)
        keys = self.mark_final_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.mark_final_button = QPushButton(self.tr("&Mark final"), self)
        self.mark_final_button.setAccessibleName(self.tr("Mark the evaluation final"))
        self.mark_final_button.setToolTip(
            self.tr("Lock the evaluation; refused while anything is missing ({keys})").format(keys=keys)
        )
        self.reopen_button = QPushButton(self.tr("&Reopen…"), self)
        self.reopen_button.setAccessibleName(self.tr("Reopen the final evaluation"))
        self.reopen_button.setToolTip(self.tr("Unlock the evaluation; the reason you give is recorded"))
        self.mark_final_button.clicked.connect(self.mark_final_clicked)
        self.reopen_button.clicked.connect(self.reopen_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(12)
        # "partial: …" under the total, as wide as the total's widest text: the bar is narrow enough to leave
        # the list beside the form room for My total at 1024 px, and its reserved height never changes
        total = QVBoxLayout()
        total.setSpacing(0)
        total.addWidget(self.total_label)
        total.addWidget(self.partial_label)
        layout.addLayout(total)
        # the save words take what is left by stretch, not by their text: a text that changes re-wraps nothing
        # beside it, so its reserved height, and the bar's, stay as they are
        layout.addWidget(self.save_label, 1)
        for widget in (self.state_label, self.mark_final_button, self.reopen_button):
            layout.addWidget(widget)
        width = max(self.mark_final_button.sizeHint().width(), self.reopen_button.sizeHint().width())
        for button in (self.mark_final_button, self.reopen_button):
            button.setMinimumWidth(width)  # one is shown for the other: the labels beside them keep their width
        self._fit_state_label()

    def _state_texts(self) -> tuple[str, str]:
        return self.tr("Draft"), self.tr("Final · locked")

    def _fit_state_label(self) -> None:
        """As wide as its widest text: "Final · locked" coming in for "Draft" narrows nothing beside it (the
        wrapped labels would re-wrap, the bar grow, the buttons drop) and widens nothing around it (the list
        beside the form would lose the room)."""
        label = self.state_label
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.ensurePolished()  # its padding is the style sheet's
        widths = []
        for text in self._state_texts():
            label.setText(text)
            widths.append(label.sizeHint().width())
        label.setText("")
        label.setMinimumWidth(max(widths))

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        if name in ("partial", "saveStatus"):
            label.setWordWrap(True)  # long in Spanish: two lines rather than a wide form
            keep_room(label)  # as tall as their longest texts: the bar keeps its height as they come and go
            policy = label.sizePolicy()  # kept whole: it also keeps the room of the label while hidden
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            label.setSizePolicy(policy)
            label.setMinimumWidth(MIN_TEXT_WIDTH)
            label.installEventFilter(self)
        return label

    def _total_text(self, total: float) -> str:
        return self.tr("Total {total} / 100").format(total=number(total, self._language, 1))

    def _partial_text(self, missing: int, count: int) -> str:
        return self.tr("partial: {missing} of {count} sub-criteria without a level").format(
            missing=missing, count=count
        )

    def _save_texts(self) -> list[str]:
        return [self.tr("Not saved: see the message"), self.tr("Saving…"), self.tr("All changes saved")]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.partial_label and event.type() == QEvent.Type.Resize:
            self._reserve_partial()
        elif watched is self.save_label and event.type() == QEvent.Type.Resize:
            reserve_height(self.save_label, self._save_texts())
        return super().eventFilter(watched, event)

    def show_total(self, total: float, missing: int, count: int) -> None:
        """The total on 0-100; while sub-criteria lack a level it is a partial total (they count as 0)."""
        self.total_label.setText(self._total_text(total))
        self.total_label.ensurePolished()  # its font is the style sheet's
        widest = self.total_label.fontMetrics().horizontalAdvance(self._total_text(100.0))
        if self.total_label.minimumWidth() != widest + 2 or count != self._count:
            self.total_label.setMinimumWidth(widest + 2)  # the total grows a digit without squeezing its neighbours
            self._count = count
            self._reserve_partial()
        self.partial_label.setText(self._partial_text(missing, count))
        self.partial_label.setVisible(missing > 0)

    def _reserve_partial(self) -> None:
        """Room for the longest 'partial: …' under the total, at the width of the total's widest text, which is
        the column's: computed so even while the label is hidden (a final evaluation), so the bar never changes."""
        width = max(self.total_label.minimumWidth(), MIN_TEXT_WIDTH)
        texts = [self._partial_text(m, self._count) for m in range(self._count + 1)]
        reserve_height(self.partial_label, texts, at_width=width)

    def show_state(self, state: EvaluationState | None, busy: bool) -> None:
        """None: no evaluation stored yet (the first level chosen creates the draft)."""
        final = state is EvaluationState.FINAL
        draft, locked = self._state_texts()
        self.state_label.setText(locked if final else draft)
        self.state_label.setProperty("state", "final" if final else "draft")
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        self.mark_final_button.setVisible(not final)
        self.reopen_button.setVisible(final)
        self.mark_final_button.setEnabled(not busy)
        self.mark_final_action.setEnabled(not final and not busy)
        self.reopen_button.setEnabled(not busy)

    def show_saving(self, pending: int, failed: bool) -> None:
        failed_text, saving_text, saved_text = self._save_texts()
        self.save_label.setText(failed_text if failed else saving_text if pending else saved_text)
