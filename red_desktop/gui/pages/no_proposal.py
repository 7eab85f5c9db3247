"""What Proposals shows beside the list while no proposal is chosen: what to do, and New proposal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class NoProposalWidget(QWidget):
    """In place of a greyed editor: a hint, the New proposal button, and, in a store without proposals, where
    proposals come in from."""

    new_proposal_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("No proposal chosen"))
        self.hint = self._label(self.tr("Choose a proposal in the list to read and edit it, or create a new one."))
        self.new_button = QPushButton(self.tr("&New proposal"), self)
        self.new_button.setAccessibleName(self.tr("New proposal"))
        self.new_button.clicked.connect(self.new_proposal_clicked)
        self.import_line = self._label(
            self.tr("This store has no proposals yet: bring them in from a spreadsheet with File › Import…")
        )
        self.import_line.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.import_line)
        layout.addStretch(2)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def show_proposal_count(self, count: int) -> None:
        self.import_line.setVisible(count == 0)
