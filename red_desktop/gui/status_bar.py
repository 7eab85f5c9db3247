"""The status bar's permanent parts: store, counts, current evaluator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class StatusParts:
    def __init__(self, bar: QStatusBar, parent: QWidget):
        self.store = QLabel(parent)
        self.counts = QLabel(parent)
        self.evaluator = QLabel(parent)
        for label, name in (
            (self.store, parent.tr("Store")),
            (self.counts, parent.tr("Record counts")),
            (self.evaluator, parent.tr("Current evaluator")),
        ):
            label.setAccessibleName(name)
            bar.addPermanentWidget(label)
        self._tr = parent.tr

    def show_store(self, path: Path) -> None:
        self.store.setText(path.name)
        self.store.setToolTip(str(path))

    def show_counts(self, proposals: int, evaluations: int) -> None:
        self.counts.setText(
            self._tr("%1 proposals · %2 evaluations").replace("%1", f"{proposals:,}").replace("%2", f"{evaluations:,}")
        )

    def show_evaluator(self, name: str, role: str) -> None:
        self.evaluator.setText(self._tr("Evaluator: %1 (%2)").replace("%1", name).replace("%2", role.replace("_", " ")))
