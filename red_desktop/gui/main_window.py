"""The main window: lays out the views and routes signals, nothing more."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QMessageBox, QTableView, QVBoxLayout, QWidget

from red_desktop import __version__
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.rubric import Rubric
from red_desktop.gui.ranking_model import RankingModel
from red_desktop.gui.ranking_source import RankingSource


class MainWindow(QMainWindow):
    def __init__(self, source: RankingSource, rubric: Rubric, store_path: Path, user: str):
        super().__init__()
        self._source = source
        self.setWindowTitle(f"RED Desktop — {store_path.name}")
        self.resize(1200, 720)
        self.model = RankingModel({c.id: c.name.get_text("en") for c in rubric.criteria}, self)
        self.table = self._build_table()
        self.heading = QLabel(f"Committee ranking · rubric {rubric.name.get_text('en')} {rubric.version}")
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.setCentralWidget(central)
        self.store_label = QLabel(str(store_path))
        self.counts_label = QLabel("")
        self.user_label = QLabel(f"Evaluator: {user}")
        for label in (self.store_label, self.counts_label, self.user_label):
            self.statusBar().addPermanentWidget(label)
        self._build_menus()
        source.ranking_ready.connect(self._on_ranking_ready)
        source.failed.connect(self._on_failed)

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)  # one line per proposal; the full title is the cell's tooltip
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        return table

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        refresh = QAction("&Refresh", self, shortcut=QKeySequence.StandardKey.Refresh, triggered=self._source.refresh)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        file_menu.addActions([refresh, quit_action])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(QAction("&About RED Desktop", self, triggered=self._about))

    def _on_ranking_ready(self, rows: list[RankedProposal], counts: dict[str, int]) -> None:
        self.model.set_ranking(rows)
        self.counts_label.setText(f"{counts['proposals']:,} proposals · {counts['evaluations']:,} evaluations")
        self.statusBar().showMessage("Ranking updated", 3000)

    def _on_failed(self, message: str) -> None:
        QMessageBox.warning(self, "RED Desktop", message)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About RED Desktop",
            f"RED Desktop {__version__}\nOffline evaluation of Regional Economic Development proposals.",
        )
