"""Exchange: packages between field laptops and the committee (its views arrive with the exchange work)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ExchangePage(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        text = QLabel(
            self.tr(
                "<h3>Exchange</h3><p>Signed packages carry a field laptop's work to the committee and the "
                "committee's decisions back, on a USB stick or by e-mail, without a server.</p>"
                "<p>Package export and import are not available in this version yet.</p>"
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        text.setAccessibleName(self.tr("About exchange packages"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
