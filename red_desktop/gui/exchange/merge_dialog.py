"""Merge two proposals that are one project captured twice: which one stays, and why (kept in the audit log)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core.domain import Proposal
from red_desktop.gui.fill import fill
from red_desktop.gui.modal import accepted


@dataclass(frozen=True)
class MergeChoice:
    merged: str  # uuid of the proposal merged away
    kept: str
    reason: str


class MergeDialog(QDialog):
    def __init__(self, first: Proposal, second: Proposal, reasons: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.first, self.second = first, second
        self.setWindowTitle(self.tr("Merge two proposals"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            fill(
                self.tr(
                    "These look like one project captured twice (%1). The proposal merged away keeps its record and "
                    "its evaluations, which count for the one that stays; it leaves the list, and its code finds the "
                    "one that stays. The merge reaches the laptops with your next package, and can be undone."
                ),
                reasons,
            ),
            self,
        )
        intro.setWordWrap(True)
        self.keep_first = QRadioButton(fill(self.tr("Keep %1"), _label(first)), self)
        self.keep_second = QRadioButton(fill(self.tr("Keep %1"), _label(second)), self)
        group = QButtonGroup(self)
        group.addButton(self.keep_first)
        group.addButton(self.keep_second)
        self.keep_first.setChecked(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. the same cacao project, visited by Ana and by Bruno"))
        self.reason.setAccessibleName(self.tr("Reason for merging"))
        hint = QLabel(self.tr("A reason is required: it is kept in the audit log with your name."), self)
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Which one stays?"), self))
        layout.addWidget(self.keep_first)
        layout.addWidget(self.keep_second)
        layout.addWidget(QLabel(self.tr("Reason:"), self))
        layout.addWidget(self.reason)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)
        self.resize(560, self.sizeHint().height())

    def choice(self) -> MergeChoice:
        kept, merged = (self.first, self.second) if self.keep_first.isChecked() else (self.second, self.first)
        return MergeChoice(merged.uuid, kept.uuid, self.reason.text().strip())

    def ask(self) -> MergeChoice | None:
        return self.choice() if accepted(self) else None


def _label(proposal: Proposal) -> str:
    return f"{proposal.code} — {proposal.title}"
