"""Declaring a conflict of interest for an evaluator: with one proposal (by its code), or with every proposal of an
executing agency or naming an actor (by the name); a reason is required, as the audit log keeps it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core.domain import Evaluator, Interest, InterestKind
from red_desktop.core.enum_labels import enum_label
from red_desktop.core.store import Store


@dataclass(frozen=True)
class Declaration:
    evaluator: Evaluator
    kind: InterestKind
    reason: str
    proposal_uuid: str | None = None
    subject: str = ""

    def record(self, store: Store) -> Interest:
        """Keep it in the store (on the store's writer)."""
        return store.interests.declare(
            self.evaluator, self.kind, self.reason, proposal_uuid=self.proposal_uuid, subject=self.subject
        )


class DeclareDialog(QDialog):
    def __init__(self, evaluators: Sequence[Evaluator], codes: Mapping[str, str], parent: QWidget | None = None):
        """`codes`: each proposal's code -> its uuid (what the proposal field completes and accepts)."""
        super().__init__(parent)
        self._evaluators, self._codes = list(evaluators), codes
        self._folded = {code.casefold(): uuid for code, uuid in codes.items()}  # a code typed in another case
        self.setWindowTitle(self.tr("Declare a conflict of interest"))
        self.setAccessibleName(self.tr("Declare a conflict of interest"))
        self.evaluator = QComboBox(self)
        self.evaluator.setAccessibleName(self.tr("Evaluator with the conflict of interest"))
        for evaluator in self._evaluators:
            self.evaluator.addItem(evaluator.name, evaluator.uuid)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("What the conflict of interest is with"))
        for kind in InterestKind:
            self.kind.addItem(enum_label(kind), str(kind))
        self.subject = QLineEdit(self)
        self.subject.setAccessibleName(self.tr("The proposal's code, or the agency's or actor's name"))
        completer = QCompleter(QStringListModel(sorted(codes), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer = completer
        self.reason = QPlainTextEdit(self)
        self.reason.setAccessibleName(self.tr("Why: the reason kept in the audit log"))
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("e.g. advised the executing agency in 2024"))
        self.reason.setMaximumHeight(self.reason.fontMetrics().height() * 4 + 12)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Why Declare is unavailable"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Declare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.kind.currentIndexChanged.connect(lambda _: self._follow_kind())
        self.subject.textChanged.connect(lambda _: self._follow())
        self.reason.textChanged.connect(self._follow)
        self._follow_kind()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Evaluator"), self.evaluator)
        form.addRow(self.tr("With"), self.kind)
        self.subject_label = QLabel(self)
        form.addRow(self.subject_label, self.subject)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def _kind(self) -> InterestKind:
        return InterestKind(str(self.kind.currentData()))

    def _follow_kind(self) -> None:
        proposal = self._kind() is InterestKind.PROPOSAL
        self.subject.setCompleter(self._completer if proposal else None)  # type: ignore[arg-type]  # None: none
        self.subject_label.setText(self.tr("Proposal's code") if proposal else self.tr("Name"))
        self.subject.setPlaceholderText(self.tr("e.g. RED-PE-2026-001") if proposal else self.tr("as it is written"))
        self._follow()

    def _problem(self) -> str:
        subject = self.subject.text().strip()
        if not self._evaluators:
            return self.tr("The store has no evaluators yet.")
        if not subject:
            return self.tr("Say what the conflict of interest is with.")
        if self._kind() is InterestKind.PROPOSAL and self._proposal_uuid() is None:
            return self.tr("No proposal has this code.")
        if not self.reason.toPlainText().strip():
            return self.tr("A reason is required: it is kept in the audit log with your name.")
        return ""

    def _proposal_uuid(self) -> str | None:
        code = self.subject.text().strip()
        return self._codes.get(code) or self._folded.get(code.casefold())

    def _follow(self) -> None:
        problem = self._problem()
        self.ok.setEnabled(not problem)
        self.note.setText(problem)
        self.note.setVisible(bool(problem))

    def accept(self) -> None:
        if not self._problem():
            super().accept()

    def declaration(self) -> Declaration:
        """What was declared (read before the dialog is deleted)."""
        evaluator = self._evaluators[self.evaluator.currentIndex()]
        kind, reason = self._kind(), self.reason.toPlainText().strip()
        if kind is InterestKind.PROPOSAL:
            return Declaration(evaluator, kind, reason, proposal_uuid=self._proposal_uuid())
        return Declaration(evaluator, kind, reason, subject=self.subject.text().strip())
