"""The status bar's permanent parts: store, counts, current evaluator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from red_desktop.core import formatting
from red_desktop.core.enum_labels import role_label
from red_desktop.gui.fill import fill


class StatusParts:
    def __init__(self, bar: QStatusBar, parent: QWidget):
        self.store = QLabel(parent)
        self.counts = QLabel(parent)
        self.evaluator = QLabel(parent)
        for label, name in (
            (self.store, self.tr("Store")),
            (self.counts, self.tr("Record counts")),
            (self.evaluator, self.tr("Current evaluator")),
        ):
            label.setAccessibleName(name)
            bar.addPermanentWidget(label)

    def tr(self, text: str) -> str:
        """StatusParts is no QObject: its texts are looked up under its own name, where lupdate files them."""
        return QCoreApplication.translate("StatusParts", text)

    def show_store(self, path: Path) -> None:
        self.store.setText(path.name)
        self.store.setToolTip(str(path))

    def show_counts(self, proposals: int, evaluations: int) -> None:
        if proposals == 1:
            proposals_text = self.tr("1 proposal")
        else:
            proposals_text = fill(self.tr("%1 proposals"), formatting.integer(proposals))
        if evaluations == 1:
            evaluations_text = self.tr("1 evaluation")
        else:
            evaluations_text = fill(self.tr("%1 evaluations"), formatting.integer(evaluations))
        self.counts.setText(f"{proposals_text} · {evaluations_text}")

    def show_evaluator(self, name: str, role: str) -> None:
        role_text = role_label(role)
        self.evaluator.setText(fill(self.tr("Evaluator: %1 (%2)"), name, role_text))
