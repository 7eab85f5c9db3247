"""Committee: the ranking by committee aggregate (aggregates, agreement and decisions grow here)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from red_desktop.core.ranking import RankedProposal
from red_desktop.core.rubric import Rubric
from red_desktop.gui.ranking_model import RankingModel


class CommitteePage(QWidget):
    def __init__(self, rubric: Rubric, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RankingModel({c.id: c.name.get_text(language) for c in rubric.criteria}, self)
        self.heading = QLabel(self)
        self.heading.setText(
            self.tr("Committee ranking · %1 %2")
            .replace("%1", rubric.name.get_text(language))
            .replace("%2", rubric.version)
        )
        self.heading.setAccessibleName(self.tr("Ranking heading"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Committee ranking"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)

    def set_ranking(self, rows: list[RankedProposal]) -> None:
        self.model.set_ranking(rows)
