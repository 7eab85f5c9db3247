"""The committee's decision on one proposal: recorded, or revised with a reason; each problem shown beside its field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core.decision_rules import decision_problems, gates_refusing, reason_problems
from red_desktop.core.domain import Decision, DecisionKind
from red_desktop.core.eligibility import Eligibility
from red_desktop.core.enum_labels import enum_label
from red_desktop.core.errors import Problem
from red_desktop.gui.editor.problem_marker import STYLE_SHEET, ProblemMarker
from red_desktop.gui.fill import fill
from red_desktop.gui.modal import accepted
from red_desktop.gui.ui_loader import find, load_form

FORM = "decision_dialog.ui"
CHILDREN: tuple[tuple[type[QWidget], str], ...] = (
    (QLabel, "proposalLabel"),
    (QComboBox, "kindCombo"),
    (QDateEdit, "dateEdit"),
    (QPlainTextEdit, "membersEdit"),
    (QPlainTextEdit, "rationaleEdit"),
    (QPlainTextEdit, "conditionsEdit"),
    (QLabel, "reasonLabel"),
    (QLineEdit, "reasonEdit"),
    (QDialogButtonBox, "buttonBox"),
)


@dataclass(frozen=True)
class DecisionAnswer:
    decision: Decision
    reason: str  # "" for a first decision


class DecisionDialog(QDialog):
    def __init__(
        self,
        proposal_uuid: str,
        heading: str,
        current: Decision | None,
        member: str,
        parent: QWidget | None,
        eligibility: Eligibility | None = None,
        gate_names: Mapping[str, str] | None = None,
    ):
        """`eligibility` is the proposal's as the committee sees it; `gate_names` name its gates for people."""
        super().__init__(parent)
        self._proposal = proposal_uuid
        self._current = current
        self._eligibility = eligibility or Eligibility(())
        self._gate_names = dict(gate_names or {})
        title = self.tr("Revise the decision") if current else self.tr("Record a decision")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setStyleSheet(STYLE_SHEET)
        form = load_form(FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        find(form, QLabel, "proposalLabel").setText(heading)
        self.kind = find(form, QComboBox, "kindCombo")
        self.date = find(form, QDateEdit, "dateEdit")
        self.members = find(form, QPlainTextEdit, "membersEdit")
        self.rationale = find(form, QPlainTextEdit, "rationaleEdit")
        self.conditions = find(form, QPlainTextEdit, "conditionsEdit")
        self.reason = find(form, QLineEdit, "reasonEdit")
        self.reason.setVisible(current is not None)
        find(form, QLabel, "reasonLabel").setVisible(current is not None)
        self._marker = ProblemMarker(
            {
                "decision": self.kind,
                "decided_on": self.date,
                "members_present": self.members,
                "rationale": self.rationale,
                "conditions": self.conditions,
                "reason": self.reason,
            }
        )
        buttons = find(form, QDialogButtonBox, "buttonBox")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Revise decision") if current else self.tr("Record decision"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for kind in DecisionKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.kind.currentIndexChanged.connect(self._follow_kind)
        self.date.setMaximumDate(QDate.currentDate())
        self._load(current, member)
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())

    def _load(self, current: Decision | None, member: str) -> None:
        if current is None:
            self.date.setDate(QDate.currentDate())
            self.members.setPlainText(member)
            self._follow_kind()
            return
        self.kind.setCurrentIndex(self.kind.findData(current.kind.value))
        self.date.setDate(QDate.fromString(current.decided_on, "yyyy-MM-dd"))
        self.members.setPlainText("\n".join(current.members_present))
        self.rationale.setPlainText(current.rationale)
        self.conditions.setPlainText(current.conditions)
        self._follow_kind()

    def _follow_kind(self) -> None:
        """Conditions belong to a conditional approval; other kinds keep what was typed but cannot edit it.
        An approval the eligibility gates refuse is said at once, beside the choice."""
        conditional = self.kind.currentData() == DecisionKind.APPROVE_WITH_CONDITIONS.value
        self.conditions.setEnabled(conditional)
        if self._eligibility.failed_gates:
            self._marker.show(self._refusal(), shown_fields=("decision",))

    def _refusal(self) -> list[Problem]:
        failed = gates_refusing(DecisionKind(self.kind.currentData()), self._eligibility)
        if not failed:
            return []
        names = "; ".join(self._gate_names.get(g, g) for g in failed)
        text = self.tr(
            "This proposal cannot be approved without a gate override; it fails: %1. Record an override with its "
            "rationale first, or defer or reject it."
        )
        return [Problem("decision", fill(text, names))]

    def answer(self) -> DecisionAnswer:
        kind = DecisionKind(self.kind.currentData())
        conditions = self.conditions.toPlainText().strip() if kind == DecisionKind.APPROVE_WITH_CONDITIONS else ""
        fields = {
            "kind": kind,
            "rationale": self.rationale.toPlainText().strip(),
            "decided_on": self.date.date().toString("yyyy-MM-dd"),
            "conditions": conditions,
            "members_present": tuple(m.strip() for m in self.members.toPlainText().splitlines() if m.strip()),
        }
        if self._current is not None:
            return DecisionAnswer(replace(self._current, **fields), self.reason.text().strip())  # type: ignore[arg-type]
        return DecisionAnswer(Decision(self._proposal, **fields), "")  # type: ignore[arg-type]

    def problems(self) -> list[Problem]:
        answer = self.answer()
        found = decision_problems(answer.decision, date.today()) + self._refusal()
        if self._current is not None:
            found += reason_problems(answer.reason)
        return found

    def accept(self) -> None:
        if self._marker.show_and_focus(self.problems()):
            super().accept()


def ask_decision(
    parent: QWidget | None,
    proposal_uuid: str,
    heading: str,
    current: Decision | None,
    member: str,
    eligibility: Eligibility | None = None,
    gate_names: Mapping[str, str] | None = None,
) -> DecisionAnswer | None:
    dialog = DecisionDialog(proposal_uuid, heading, current, member, parent, eligibility, gate_names)
    return dialog.answer() if accepted(dialog) else None
