"""Computes the committee ranking in the background and announces it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from red_desktop.core.ranking import RankedProposal, build_ranking
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.tasks import TaskRunner


def compute_ranking(path: Path, rubric: Rubric) -> tuple[list[RankedProposal], dict[str, int]]:
    """Runs in a worker thread, on its own read-only connection."""
    with Store.open(path, readonly=True) as store:
        return build_ranking(store, rubric), store.counts()


class RankingSource(QObject):
    ranking_ready = Signal(list, dict)
    failed = Signal(str)

    def __init__(self, path: Path, rubric: Rubric, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._path = path
        self._rubric = rubric
        self._runner = runner

    def refresh(self) -> None:
        self._runner.run(lambda: compute_ranking(self._path, self._rubric), self._on_done, self.failed.emit)

    def _on_done(self, result: tuple[list[RankedProposal], dict[str, int]]) -> None:
        self.ranking_ready.emit(*result)
