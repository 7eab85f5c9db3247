"""Proposals: the list beside the editor of the selected proposal (or, with none chosen, what to do)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from red_desktop.gui.editor.proposal_editor import ProposalEditor
from red_desktop.gui.pages.no_proposal import NoProposalWidget
from red_desktop.gui.proposals.list_view import ProposalListView


class ProposalsPage(QWidget):
    def __init__(self, list_view: ProposalListView, editor: ProposalEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.list_view = list_view
        self.editor = editor
        self.empty_state = NoProposalWidget(self)
        self.side = QStackedWidget(self)
        self.side.addWidget(self.empty_state)
        self.side.addWidget(editor)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(list_view)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        editor.proposal_shown.connect(self._on_proposal_shown)
        self._on_proposal_shown(editor.proposal_uuid or "")

    def _on_proposal_shown(self, uuid: str) -> None:
        self.side.setCurrentWidget(self.editor if uuid else self.empty_state)
