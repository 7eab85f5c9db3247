"""What the committee asks of an automatic assignment: evaluators per proposal (kept as the call's), an optional due
day, and whether each evaluator's proposals are spread over countries."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core.assignment import MAX_PER_PROPOSAL

DUE_IN_DAYS = 21  # the due day first offered: three weeks from today


class AssignDialog(QDialog):
    def __init__(self, per_proposal: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign automatically"))
        self.setAccessibleName(self.tr("Assign automatically"))
        intro = QLabel(
            self.tr(
                "Every undecided proposal gets this many evaluators: the most even workload, never an evaluator "
                "with a declared conflict of interest, only evaluators who read its language. Assignments already "
                "made and evaluations begun are kept."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.per_proposal = QSpinBox(self)
        self.per_proposal.setRange(1, MAX_PER_PROPOSAL)
        self.per_proposal.setValue(per_proposal)
        self.per_proposal.setAccessibleName(self.tr("Evaluators per proposal"))
        self.per_proposal.setToolTip(self.tr("Kept as the call's number of evaluators per proposal"))
        self.due_by = QCheckBox(self.tr("Due by"), self)
        self.due_by.setAccessibleName(self.tr("The evaluations have a due day"))
        self.due = QDateEdit(QDate.currentDate().addDays(DUE_IN_DAYS), self)
        self.due.setCalendarPopup(True)
        self.due.setMinimumDate(QDate.currentDate())
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setAccessibleName(self.tr("Due day of the evaluations"))
        self.due.setEnabled(False)
        self.due_by.toggled.connect(self.due.setEnabled)
        self.spread = QCheckBox(self.tr("Spread countries"), self)
        self.spread.setAccessibleName(self.tr("Give each evaluator proposals of as many countries as can be"))
        self.spread.setToolTip(
            self.tr("Among the most even assignments, give each evaluator as many countries as can be")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Assign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Evaluators per proposal"), self.per_proposal)
        due = QHBoxLayout()
        due.addWidget(self.due_by)
        due.addWidget(self.due, stretch=1)
        form.addRow(due)
        form.addRow(self.spread)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 440), self.sizeHint().height())

    def due_on(self) -> str | None:
        """The due day as the store keeps it (YYYY-MM-DD), or None: no due day."""
        return self.due.date().toString("yyyy-MM-dd") if self.due_by.isChecked() else None
