"""The one question asked before an evaluation is locked: its total and every level given; Cancel is the default."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget


class FinalQuestionDialog(QMessageBox):
    def __init__(self, code: str, total: str, levels: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Mark final"))
        question = self.tr("Mark the evaluation of {code} final? Total {total} / 100.")
        self.setText(question.format(code=code, total=total))
        locked = self.tr("Once final it is locked; reopening asks for a reason.")
        self.setInformativeText("\n".join([self.tr("Levels given:"), *levels, "", locked]))
        self.mark_final_button = self.addButton(self.tr("&Mark final"), QMessageBox.ButtonRole.AcceptRole)
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)  # Enter pressed out of habit locks nothing
        self.setEscapeButton(self.cancel_button)

    def accepted_final(self) -> bool:
        self.exec()
        return self.clickedButton() is self.mark_final_button


def confirm_final(parent: QWidget, code: str, total: str, levels: Sequence[str]) -> bool:
    """True once the evaluator has confirmed; tests replace this function to answer without a dialog."""
    return FinalQuestionDialog(code, total, levels, parent).accepted_final()
