"""Proposals: the list beside the editor of the selected proposal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from red_desktop.gui.editor.proposal_editor import ProposalEditor
from red_desktop.gui.proposals.list_view import ProposalListView


class ProposalsPage(QWidget):
    def __init__(self, list_view: ProposalListView, editor: ProposalEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.list_view = list_view
        self.editor = editor
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(list_view)
        self.splitter.addWidget(editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
