"""The always-visible bar of the scoring form: live total, state, whether edits are saved, and the state actions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from red_desktop.core.domain import EvaluationState
from red_desktop.gui.scoring.texts import number

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
        self.total_label = self._label("total", self.tr("Total"))
        self.partial_label = self._label("partial", self.tr("Partial total"))
        self.state_label = self._label("state", self.tr("Evaluation state"))
        self.save_label = self._label("saveStatus", self.tr("Save status"))
        self.mark_final_button = QPushButton(self.tr("Mark final"), self)
        self.mark_final_button.setAccessibleName(self.tr("Mark the evaluation final"))
        self.mark_final_button.setToolTip(self.tr("Lock the evaluation; refused while anything is missing"))
        self.reopen_button = QPushButton(self.tr("Reopen…"), self)
        self.reopen_button.setAccessibleName(self.tr("Reopen the final evaluation"))
        self.reopen_button.setToolTip(self.tr("Unlock the evaluation; the reason you give is recorded"))
        self.mark_final_button.clicked.connect(self.mark_final_clicked)
        self.reopen_button.clicked.connect(self.reopen_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(12)
        widgets: list[QWidget] = [self.total_label, self.partial_label]
        widgets += [self.save_label, self.state_label, self.mark_final_button, self.reopen_button]
        for index, widget in enumerate(widgets):
            if index == 2:
                layout.addStretch(1)
            layout.addWidget(widget)

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setWordWrap(name in ("partial", "saveStatus"))  # long in Spanish: two lines rather than a wide form
        return label

    def show_total(self, total: float, missing: int, count: int) -> None:
        """The total on 0-100; while sub-criteria lack a level it is a partial total (they count as 0)."""
        self.total_label.setText(self.tr("Total {total} / 100").format(total=number(total, self._language, 1)))
        self.partial_label.setText(
            self.tr("partial: {missing} of {count} sub-criteria without a level").format(missing=missing, count=count)
        )
        self.partial_label.setVisible(missing > 0)

    def show_state(self, state: EvaluationState | None, busy: bool) -> None:
        """None: no evaluation stored yet (the first level chosen creates the draft)."""
        final = state is EvaluationState.FINAL
        self.state_label.setText(self.tr("Final · locked") if final else self.tr("Draft"))
        self.state_label.setProperty("state", "final" if final else "draft")
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        self.mark_final_button.setVisible(not final)
        self.reopen_button.setVisible(final)
        self.mark_final_button.setEnabled(not busy)
        self.reopen_button.setEnabled(not busy)

    def show_saving(self, pending: int, failed: bool) -> None:
        if failed:
            self.save_label.setText(self.tr("Not saved: see the message"))
        elif pending:
            self.save_label.setText(self.tr("Saving…"))
        else:
            self.save_label.setText(self.tr("All changes saved"))
