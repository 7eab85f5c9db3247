"""Asking with a modal dialog, once: the dialog is deleted when answered.

A dialog made with the window as its parent lives as long as the window unless deleted: every asking would leave
one more hidden dialog behind, and Qt goes on delivering events to them (switching the interface language with
such leftovers crashed the program). Every dialog the window asks with goes through `accepted`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def accepted(dialog: QDialog) -> bool:
    """Run `dialog` modally; True if the user accepted it. Read its answer before returning to the event loop:
    the dialog is deleted then."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
