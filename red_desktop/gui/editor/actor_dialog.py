"""The dialog for one local actor: OK only once the actor is valid, each problem shown beside its field."""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from red_desktop.core.domain import Actor, ActorType, ContributionKind, Evidence
from red_desktop.core.errors import Problem
from red_desktop.core.validation import actor_problems
from red_desktop.gui.editor.labels import fill_enum_combo, select_member, selected_member
from red_desktop.gui.editor.number_edit import NumberEdit
from red_desktop.gui.editor.problem_marker import STYLE_SHEET, ProblemMarker
from red_desktop.gui.modal import accepted
from red_desktop.gui.ui_loader import find, load_form

W = TypeVar("W", bound=QWidget)
FORM = "actor_dialog.ui"
# Actor field -> (widget class, object name)
FIELD_WIDGETS: dict[str, tuple[type[QWidget], str]] = {
    "name": (QLineEdit, "nameEdit"),
    "actor_type": (QComboBox, "actorTypeCombo"),
    "role": (QLineEdit, "roleEdit"),
    "contribution": (NumberEdit, "contributionEdit"),
    "contribution_kind": (QComboBox, "contributionKindCombo"),
    "evidence": (QComboBox, "evidenceCombo"),
}
CHILDREN: tuple[tuple[type[QWidget], str], ...] = (*FIELD_WIDGETS.values(), (QDialogButtonBox, "buttonBox"))


def _field(form: QWidget, cls: type[W], field: str) -> W:
    return find(form, cls, FIELD_WIDGETS[field][1])


class ActorDialog(QDialog):
    def __init__(self, actor: Actor | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._original = actor
        self.setWindowTitle(self.tr("Edit local actor") if actor else self.tr("Add local actor"))
        self.setAccessibleName(self.windowTitle())
        self.setStyleSheet(STYLE_SHEET)
        form = load_form(FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.name_edit = _field(form, QLineEdit, "name")
        self.type_combo = _field(form, QComboBox, "actor_type")
        self.role_edit = _field(form, QLineEdit, "role")
        self.contribution_edit = _field(form, NumberEdit, "contribution")
        self.kind_combo = _field(form, QComboBox, "contribution_kind")
        self.evidence_combo = _field(form, QComboBox, "evidence")
        self._marker = ProblemMarker({field: find(form, cls, name) for field, (cls, name) in FIELD_WIDGETS.items()})
        buttons = find(form, QDialogButtonBox, "buttonBox")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        fill_enum_combo(self.type_combo, ActorType, optional=False)
        fill_enum_combo(self.kind_combo, ContributionKind, optional=False)
        fill_enum_combo(self.evidence_combo, Evidence, optional=False)
        self._load(actor)
        self.resize(max(self.sizeHint().width(), 640), self.sizeHint().height())

    def _load(self, actor: Actor | None) -> None:
        if actor is None:
            return
        self.name_edit.setText(actor.name)
        self.role_edit.setText(actor.role)
        for edit in (self.name_edit, self.role_edit):
            edit.setCursorPosition(0)
        self.contribution_edit.set_value(actor.contribution)
        select_member(self.type_combo, actor.actor_type)
        select_member(self.kind_combo, actor.contribution_kind)
        select_member(self.evidence_combo, actor.evidence)

    def actor(self) -> Actor:
        """The actor as the widgets describe it (keeping the original's identity when editing)."""
        fields = {
            "name": self.name_edit.text().strip(),
            "actor_type": selected_member(self.type_combo, ActorType),
            "role": self.role_edit.text().strip(),
            "contribution": self.contribution_edit.value(),
            "contribution_kind": selected_member(self.kind_combo, ContributionKind),
            "evidence": selected_member(self.evidence_combo, Evidence),
        }
        return replace(self._original, **fields) if self._original else Actor(**fields)  # type: ignore[arg-type]

    def problems(self) -> list[Problem]:
        actor = self.actor()
        found = actor_problems(actor)
        if isinstance(actor.contribution, str):
            message = self.contribution_edit.not_a_number_message()
            found = [Problem(p.location, message) if p.location == "actor.contribution" else p for p in found]
        return found

    def accept(self) -> None:
        if self._marker.show_and_focus(self.problems()):
            super().accept()


def ask_actor(parent: QWidget | None, actor: Actor | None) -> Actor | None:
    """Show the dialog; the new or edited actor, or None if the user cancelled."""
    dialog = ActorDialog(actor, parent)
    return dialog.actor() if accepted(dialog) else None
