"""The scoring form's heading: which proposal, which region type and weight profile, which evaluator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from red_desktop.core.domain import Proposal
from red_desktop.core.rubric import Rubric
from red_desktop.gui.scoring.texts import profile_text, region_type_name


class ProposalHeaderWidget(QWidget):
    def __init__(self, rubric: Rubric, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._rubric = rubric
        self._language = language
        self.title_label = QLabel(self)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title_label.setAccessibleName(self.tr("Proposal"))
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setAccessibleName(self.tr("Region type, weight profile and evaluator"))
        for label in (self.title_label, self.details_label):
            # wrapped to the width the form has, which the summary bar sets: a title's longest word never
            # widens the form (and narrows the list beside it) from one proposal to the next
            policy = label.sizePolicy()
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
            label.setSizePolicy(policy)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        self.setAccessibleName(self.tr("Proposal being scored"))

    def show_proposal(self, proposal: Proposal, evaluator_name: str) -> None:
        self.title_label.setText(f"{proposal.code} · {proposal.title}")
        self.details_label.setText(
            self.tr(
                "Region type: {region_type} · {profile} · rubric {rubric} {version} · evaluator: {evaluator}"
            ).format(
                region_type=region_type_name(proposal.region_type),
                profile=profile_text(self._rubric, proposal.region_type, self._language),
                rubric=self._rubric.id,
                version=self._rubric.version,
                evaluator=evaluator_name,
            )
        )

    def show_nothing(self, message: str) -> None:
        self.title_label.setText(message)
        self.details_label.setText("")
