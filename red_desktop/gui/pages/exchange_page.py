"""Exchange: signed packages carry a field laptop's work to the committee and the committee's decisions back.

Your key above; below, tabs to export a package, import packages, resolve conflicts, settle codes and merge
duplicates, and manage the roster of trusted keys. Every store access goes through the store service or a
read-only connection in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from red_desktop.core.exchange.model import Entity, ImportPlan, Outcome
from red_desktop.core.rubric import Rubric
from red_desktop.gui.exchange.codes_tab import CodesWidget
from red_desktop.gui.exchange.conflicts_tab import ConflictsWidget
from red_desktop.gui.exchange.export_tab import ExportWidget
from red_desktop.gui.exchange.files import package_paths
from red_desktop.gui.exchange.import_tab import ImportWidget
from red_desktop.gui.exchange.key_banner import KeyBannerWidget
from red_desktop.gui.exchange.keyring import KeyRing
from red_desktop.gui.exchange.roster_tab import RosterWidget
from red_desktop.gui.fill import fill
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor

EXPORT, IMPORT, CONFLICTS, CODES, ROSTER = range(5)
SECTIONS = {"export": EXPORT, "import": IMPORT, "conflicts": CONFLICTS, "codes": CODES, "roster": ROSTER}


class ExchangePage(QWidget):
    proposals_imported = Signal(object)  # frozenset of the uuids of proposals a package added or updated

    def __init__(
        self,
        service: StoreService,
        runner: Executor,
        rubric: Rubric,
        keys: KeyRing,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.keys = keys
        self.key_banner = KeyBannerWidget(keys, self)
        self.export = ExportWidget(service, runner, keys, self)
        self.importer = ImportWidget(service, runner, rubric, keys, self)
        self.conflicts = ConflictsWidget(service, runner, rubric, self)
        self.codes = CodesWidget(service, runner, rubric, lambda: keys.profile()[1], self)
        self.roster = RosterWidget(service, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Exchange views"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.export, self.tr("Export"))
        self.tabs.addTab(self.importer, self.tr("Import"))
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.tabs.addTab(self.codes, self.tr("Codes and duplicates"))
        self.tabs.addTab(self.roster, self.tr("Roster"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.key_banner)
        layout.addWidget(self.tabs, stretch=1)
        self.setAcceptDrops(True)
        self.importer.imported.connect(self._on_imported)
        self.conflicts.counted.connect(self._on_conflicts_counted)
        self._on_conflicts_counted(service.reader.exchange.conflict_count() if service.reader is not None else 0)
        keys.refresh()

    def show_section(self, section: str) -> None:
        self.tabs.setCurrentIndex(SECTIONS[section])

    def choose_packages(self) -> None:
        """Exchange › Import package…: the Import tab, and the file dialog at once."""
        self.show_section("import")
        self.importer.choose_packages()

    def import_files(self, paths: list[Path]) -> None:
        """Package files dropped on the window or the page: checked and previewed on the Import tab."""
        self.show_section("import")
        self.importer.add_files(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if package_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = package_paths(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def _on_imported(self, plans: list[ImportPlan]) -> None:
        written = {
            item.key
            for plan in plans
            for item in plan.items
            if item.entity is Entity.PROPOSAL and item.outcome in (Outcome.ADDED, Outcome.UPDATED)
        }
        self.proposals_imported.emit(frozenset(written))

    def _on_conflicts_counted(self, count: int) -> None:
        title = fill(self.tr("Conflicts (%1)"), str(count)) if count else self.tr("Conflicts")
        self.tabs.setTabText(CONFLICTS, title)
