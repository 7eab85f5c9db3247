"""Asks before edits that cannot be saved are left behind: say what would be lost, offer to go back to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from red_desktop.core.errors import Problem
from red_desktop.gui.editor.labels import field_labels
from red_desktop.gui.editor.problem_marker import field_of
from red_desktop.gui.fill import fill

LISTED = 6


def problem_lines(problems: list[Problem]) -> list[str]:
    """'Title: is required', one line per problem, at most LISTED of them."""
    labels = field_labels()
    lines = [f"{labels.get(field_of(p.location), p.location)}: {p.message}" for p in problems[:LISTED]]
    if len(problems) > LISTED:
        lines.append(fill(QCoreApplication.translate("UnsavedDialog", "… and %1 more"), str(len(problems) - LISTED)))
    return lines


def ask_discard(parent: QWidget | None, subject: str, problems: list[Problem]) -> bool:
    """True when the user chooses to discard the unsaved edits; False to go back to them (the default)."""
    title = QCoreApplication.translate("UnsavedDialog", "Unsaved changes")
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=parent)
    box.setObjectName("unsavedDialog")
    box.setText(
        fill(
            QCoreApplication.translate(
                "UnsavedDialog", "%1 has changes that cannot be saved until these are corrected:"
            ),
            subject,
        )
    )
    lost = QCoreApplication.translate("UnsavedDialog", "If you leave now, these changes are lost.")
    box.setInformativeText("\n".join(["• " + line for line in problem_lines(problems)] + ["", lost]))
    back = box.addButton(
        QCoreApplication.translate("UnsavedDialog", "Go back to it"), QMessageBox.ButtonRole.RejectRole
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedDialog", "Discard the changes"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is discard
