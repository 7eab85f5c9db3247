"""The main window: navigation, pages, menus and status bar; it lays out and routes signals, nothing more."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QSettings, QSize, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from red_desktop import __version__
from red_desktop.gui.current_proposal import CurrentProposal
from red_desktop.gui.fill import fill
from red_desktop.gui.modal import accepted

if TYPE_CHECKING:
    from red_desktop.core.assigned import AssignedItem
    from red_desktop.core.committee import CommitteeData
    from red_desktop.core.list_index import ListIndex
    from red_desktop.core.rubric import Rubric
    from red_desktop.gui.exchange.keyring import KeyRing
    from red_desktop.gui.menus import Menus
    from red_desktop.gui.own_sheet import OwnSheetAvailability
    from red_desktop.gui.page_undo import PageUndo
    from red_desktop.gui.pages.committee_page import CommitteePage
    from red_desktop.gui.pages.exchange_page import ExchangePage
    from red_desktop.gui.pages.proposals_page import ProposalsPage
    from red_desktop.gui.pages.scoring_page import ScoringPage
    from red_desktop.gui.proposals.list_view import ProposalListView
    from red_desktop.gui.scoring.message_banner import MessageBannerWidget
    from red_desktop.gui.scoring.scoring_form import ScoringForm
    from red_desktop.gui.status_bar import StatusParts
    from red_desktop.gui.store_service import StoreService
    from red_desktop.gui.tasks import Executor

PROPOSALS, SCORING, COMMITTEE, EXCHANGE = range(4)


def _nothing() -> None:
    """Nothing between populate's pieces: a store opened from the menus, in a window already drawn."""


# What `populate` builds the views with: not imported by this module, so that the frame shows first (issue 19); the
# program's start (gui/start.py) loads them in a thread of their own while the frame is on screen
VIEW_MODULES = (
    "red_desktop.gui.editor.proposal_editor",
    "red_desktop.gui.menus",
    "red_desktop.gui.own_sheet",
    "red_desktop.gui.page_undo",
    "red_desktop.gui.pages.exchange_page",
    "red_desktop.gui.pages.proposals_page",
    "red_desktop.gui.pages.scoring_page",
    "red_desktop.gui.proposals.list_model",
    "red_desktop.gui.proposals.list_view",
    "red_desktop.gui.proposals.store_search",
    "red_desktop.gui.scoring.message_banner",
    "red_desktop.gui.status_bar",
)
# Not imported before the window shows (issue 19), but in the background once it shows its list: the Committee
# page's (pyqtgraph, its charts: 0.15 s), the scoring form's, and File › Export, Print and Import's dialogs (what
# writes a PDF or a workbook is loaded by the first export or print: report_actions._jobs)
LATER_MODULES = (
    "red_desktop.gui.pages.committee_page",
    "red_desktop.gui.scoring.scoring_form",
    "red_desktop.gui.report_actions",
    "red_desktop.gui.import_actions",
)


# What a window manager's title bar and borders may take around the window, which Qt cannot know before it is shown:
# Xvfb with openbox at 1024×768 cut the status bar off a window 760 px high.
FRAME_ROOM = QSize(16, 48)


class MainWindow(QMainWindow):
    new_store_requested = Signal(object)  # Path
    open_store_requested = Signal(object)  # Path
    backup_requested = Signal(object)  # Path
    restore_requested = Signal()
    export_requested = Signal()
    import_requested = Signal(object)  # a Path dropped on the window, or None to choose one
    print_requested = Signal(str, str)  # the proposal's uuid; the evaluator's for their own sheet, '' for the committee
    preferences_requested = Signal()
    refresh_requested = Signal()

    def __init__(self, path: Path):
        """The window's frame alone, for the store at `path`: shown before the window's modules load and its store
        opens (issue 19: 1.1-1.6 s at 20 proposals, against 0.2 s for a bare window); `populate` builds the rest."""
        super().__init__()
        self.closing_for_good = False  # set by the application when it closes the window itself: no questions
        self.read_only = False  # set_read_only: a store on read-only media
        self._role = ""  # the profile's role, once the store has answered (set_evaluator)
        self.populated = False
        self._read_only_before: tuple[Path, str] | None = None  # set_read_only before populate ended
        self.current = CurrentProposal(self)  # the proposal on screen, one across the views
        self.setWindowTitle(fill(self.tr("RED Desktop — %1"), path.name))
        self.setAccessibleName(self.tr("RED Desktop main window"))
        opening = QLabel(fill(self.tr("Opening %1…"), path.name), self)
        opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(opening)

    def populate(  # noqa: PLR0913 (what the views need)
        self,
        service: StoreService,
        rubric: Rubric,
        language: str,
        recent: list[str],
        runner: Executor,
        keys: KeyRing,
        *,
        between: Callable[[], object] | None = None,
    ) -> None:
        """The views, menus and status bar, on the opened store's service. `between` is called between the pieces
        (each 20-180 ms at 100,000 proposals, 0.5-0.9 s in all): at the program's start, to keep the frame drawn and
        its timers running while the rest is built (issue 19)."""
        from red_desktop.gui.editor.proposal_editor import ProposalEditor  # noqa: PLC0415 (after the frame shows)
        from red_desktop.gui.menus import Menus  # noqa: PLC0415
        from red_desktop.gui.own_sheet import OwnSheetAvailability  # noqa: PLC0415
        from red_desktop.gui.pages.exchange_page import ExchangePage  # noqa: PLC0415
        from red_desktop.gui.pages.proposals_page import ProposalsPage  # noqa: PLC0415
        from red_desktop.gui.pages.scoring_page import ScoringPage  # noqa: PLC0415
        from red_desktop.gui.scoring.assigned_panel import AssignedPanel  # noqa: PLC0415
        from red_desktop.gui.status_bar import StatusParts  # noqa: PLC0415

        self.service = service
        self._runner = runner
        between = between or _nothing
        self.setWindowTitle(fill(self.tr("RED Desktop — %1"), service.path.name))
        proposals_list = self._list_view()
        between()
        self.proposals: ProposalsPage = ProposalsPage(proposals_list, ProposalEditor(service, rubric=rubric), self)
        between()
        self.scoring: ScoringPage = ScoringPage(
            self._list_view(),
            lambda: _scoring_form(service, rubric, language),
            self,
            AssignedPanel(lambda: self._assigned(rubric), language),
        )
        between()
        # Committee (pyqtgraph, its charts): built once the window shows, or when first asked for
        self._later = (service, runner, rubric, language)
        self._committee: CommitteePage | None = None
        self._committee_data: CommitteeData | None = None  # a ranking that came before its page
        self._later_started = False
        self.exchange: ExchangePage = ExchangePage(service, runner, rubric, keys, self)  # its width: the minimum
        between()
        self.navigation, self.stack = self._build_navigation()
        self.status: StatusParts = StatusParts(self.statusBar(), self)
        self.status.show_store(service.path)
        between()
        self.menus: Menus = Menus(self, self._handlers(), [self.navigation.item(i).text() for i in range(4)])
        self.page_undo = self._page_undo()
        self.menus.finish_edit_menu(*self.page_undo.actions)
        evaluator = lambda: self.scoring.evaluator_uuid  # noqa: E731
        self.own_sheet: OwnSheetAvailability = OwnSheetAvailability(
            self.menus.print_own, self.current, service, rubric, evaluator, self._print_own, self
        )
        self.set_recent(recent)
        self.setAcceptDrops(True)  # an export dropped on the window opens the import wizard; a package, Exchange
        for source in (self.proposals.list_view, self.scoring.list_view):
            source.proposal_selected.connect(self.current.request)
        self.current.add_guard(self.may_leave_proposal)
        self.current.changed.connect(self._on_current_changed)
        self.current.kept.connect(self._on_current_kept)
        self.proposals.editor.proposal_started.connect(self.current.set)
        if self.scoring.assigned is not None:
            self.scoring.assigned.chosen.connect(self.current.request)
        self.exchange.proposals_imported.connect(self.highlight_proposals)
        self.proposals.editor.resolve_requested.connect(self.show_proposal_conflict)
        self.proposals.empty_state.new_proposal_clicked.connect(self.menus.new_proposal.trigger)  # as File › New
        self.populated = True
        if self._read_only_before is not None:  # said while the views were being built
            self.set_read_only(*self._read_only_before)

    def _assigned(self, rubric: Rubric) -> list[AssignedItem]:
        """What the committee assigned to this page's evaluator (issue 21), read on the window's thread: a handful
        of indexed reads."""
        from red_desktop.core.assigned import assigned_to  # noqa: PLC0415

        reader, uuid = self.service.reader, self.scoring.evaluator_uuid
        if reader is None or not uuid:
            return []
        return assigned_to(reader, reader.evaluators.get(uuid), rubric)

    # ---- the page built after the window shows ----

    @property
    def committee(self) -> CommitteePage:
        if self._committee is None:
            from red_desktop.gui.pages.committee_page import CommitteePage  # noqa: PLC0415 (pyqtgraph, pandas: later)

            service, runner, rubric, language = self._later
            page = CommitteePage(service, runner, rubric, language, self)
            page.proposal_selected.connect(self.current.request)
            page.proposal.read_only = self.read_only
            page.portfolio.set_read_only(self.read_only)
            page.progress.set_read_only(self.read_only)
            page.progress.set_role(self._role)
            self._committee = page
            self._put_page(COMMITTEE, page)
            if self._committee_data is not None:
                page.set_data(self._committee_data)
                self._committee_data = None
            if self.current.uuid:
                page.select_proposal(self.current.uuid)
        return self._committee

    def _put_page(self, index: int, page: QWidget) -> None:
        placeholder = self.stack.widget(index)
        assert placeholder is not None
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()

    def _build_later(self) -> None:
        """Once the window shows its list's index (first things first: the window, its first lines, the search): the
        modules imported in the background that the Committee page (then built) and the File menu's export, print and
        import need."""
        if self._later_started:
            return
        self._later_started = True
        self._runner.run(_import_later, context=self, on_done=lambda _: self._build_committee())

    def _build_committee(self) -> None:
        self.committee  # noqa: B018 (built on first use)

    def _page_undo(self) -> PageUndo:
        """Edit › Undo for the view in front. The editor's own undo keys are taken off it: one binding per key."""
        from red_desktop.gui.page_undo import PageUndo  # noqa: PLC0415 (after the frame shows)

        page_undo = PageUndo(self)
        editor = self.proposals.editor
        for own in (editor.undo_action, editor.redo_action):
            editor.removeAction(own)
        page_undo.add_page(PROPOSALS, editor.undo_stack)
        page_undo.show_page(self.stack.currentIndex())
        self.stack.currentChanged.connect(page_undo.show_page)
        self.scoring.form_built.connect(self._on_scoring_form_built)
        return page_undo

    def _on_scoring_form_built(self, form: ScoringForm) -> None:
        self.page_undo.add_page(SCORING, form.undo_stack)
        self.page_undo.show_page(self.stack.currentIndex())

    def _list_view(self) -> ProposalListView:
        """A list whose first lines show at once: the code order read a page at a time, and a search answered by
        the store in the background, until the list's index lands (StoreViews)."""
        from red_desktop.gui.proposals.list_model import ProposalListModel  # noqa: PLC0415 (after the frame shows)
        from red_desktop.gui.proposals.list_view import ProposalListView  # noqa: PLC0415
        from red_desktop.gui.proposals.store_search import StoreSearch  # noqa: PLC0415

        reader = self.service.reader
        assert reader is not None, "the service must be open"
        proposals = reader.proposals
        model = ProposalListModel(
            proposals.rows,
            proposals.ids_in_code_order,
            count=proposals.count,
            search=StoreSearch(self._runner, self.service.path, self).ask,
        )
        return ProposalListView(model, self)

    def _build_navigation(self) -> tuple[QListWidget, QStackedWidget]:
        navigation = QListWidget(self)
        navigation.setAccessibleName(self.tr("Views"))
        navigation.addItems([self.tr("Proposals"), self.tr("Scoring"), self.tr("Committee"), self.tr("Exchange")])
        navigation.setFixedWidth(navigation.sizeHintForColumn(0) + 32)
        stack = QStackedWidget(self)
        for page in (self.proposals, self.scoring, QWidget(self), self.exchange):  # Committee: later
            stack.addWidget(page)
        navigation.currentRowChanged.connect(self._on_page_chosen)  # self.stack once built
        from red_desktop.gui.scoring.message_banner import MessageBannerWidget  # noqa: PLC0415 (after the frame)

        central = QWidget(self)
        outer = QVBoxLayout(central)
        self.banner: MessageBannerWidget = MessageBannerWidget(
            central
        )  # what holds for the whole store (read-only media)
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.addWidget(navigation)
        layout.addWidget(stack, stretch=1)
        outer.addLayout(layout, stretch=1)
        self.setCentralWidget(central)
        stack.setCurrentIndex(PROPOSALS)
        navigation.blockSignals(True)
        navigation.setCurrentRow(PROPOSALS)
        navigation.blockSignals(False)
        return navigation, stack

    def _handlers(self) -> dict:
        return {
            "new_proposal": self._on_new_proposal,
            "new_store": lambda: self._ask_path(self.new_store_requested, save=True),
            "open_store": lambda: self._ask_path(self.open_store_requested, save=False),
            "backup": lambda: self._ask_path(self.backup_requested, save=True, title=self.tr("Back up the store to")),
            "restore": self.restore_requested.emit,
            "export": self.export_requested.emit,
            "import": lambda: self.import_requested.emit(None),
            "print_own": self._print_own,
            "print_committee": lambda: self._print(""),
            "preferences": self.preferences_requested.emit,
            "declare_interest": self._declare_interest,
            "show_page": self.show_page,
            "exchange": self.show_exchange,
            "refresh": self.refresh_requested.emit,
            "shortcuts": self._shortcuts,
            "about": self._about,
        }

    def _declare_interest(self) -> None:
        """Edit › Declare a conflict of interest…: the evaluator's own, with the current proposal offered; a committee
        member may record one for anyone (as the Progress tab does)."""
        from red_desktop.core.settings import COMMITTEE_ROLES  # noqa: PLC0415 (after the frame shows)
        from red_desktop.gui.interest_dialog import DeclareDialog  # noqa: PLC0415
        from red_desktop.gui.store_service import Change, ChangeKind  # noqa: PLC0415

        reader = self.service.reader
        if reader is None or self.read_only:
            return
        everyone = reader.evaluators.all()
        mine = [e for e in everyone if e.uuid == self.scoring.evaluator_uuid]
        evaluators = everyone if self._role in COMMITTEE_ROLES else mine
        dialog = DeclareDialog(evaluators, reader.proposals.code_index(), self)
        if mine and mine[0] in evaluators:
            dialog.evaluator.setCurrentIndex(evaluators.index(mine[0]))
        if self.current.uuid:
            dialog.subject.setText(reader.proposals.codes_of([self.current.uuid]).get(self.current.uuid, ""))
        if not accepted(dialog):
            return
        declared = dialog.declaration()
        self.service.submit(
            declared.record,
            lambda _interest: self._declared(declared.evaluator.name),
            self.show_message,
            Change(ChangeKind.STORE),  # the ranking leaves out what it reaches; the assigned lists follow
            context=self,
        )

    def _declared(self, name: str) -> None:
        self.show_message(fill(self.tr("Conflict of interest of %1 declared."), name))
        if self.scoring.form_is_built:
            self.scoring.form.reload()  # the proposal shown may be one it reaches

    def _shortcuts(self) -> None:
        from red_desktop.gui.shortcuts_dialog import ShortcutsDialog  # noqa: PLC0415 (after the frame shows)

        accepted(ShortcutsDialog(self.menus.all_actions(), self, self.scoring.form.shortcut_actions))

    # ---- what the application tells the window ----

    def set_evaluator(self, name: str, role: str, evaluator_uuid: str) -> None:
        self._role = role
        self.proposals.editor.set_role(role)
        if self._committee is not None:
            self._committee.progress.set_role(role)
        self.scoring.set_evaluator(evaluator_uuid)
        self.own_sheet.refresh()
        self.status.show_evaluator(name, role)

    def set_recent(self, recent: list[str]) -> None:
        self.menus.recent.clear()
        for path in recent:
            act = QAction(path, self)
            act.triggered.connect(lambda _=False, p=path: self.open_store_requested.emit(Path(p)))
            self.menus.recent.addAction(act)
        self.menus.recent.setEnabled(bool(recent))

    def show_counts(self, proposals: int, evaluations: int) -> None:
        self.status.show_counts(proposals, evaluations)
        self.proposals.empty_state.show_proposal_count(proposals)

    def show_list_index(self, index: ListIndex) -> None:
        for view in (self.proposals.list_view, self.scoring.list_view):
            view.set_index(index)
        self._build_later()

    def show_committee(self, data: CommitteeData) -> None:
        if self._committee is None:
            self._committee_data = data  # the page shows it when it is built
        else:
            self._committee.set_data(data)

    def forget_proposals(self, uuids: Collection[str]) -> None:
        """These proposals changed in the store: the lists show them as stored now."""
        for view in (self.proposals.list_view, self.scoring.list_view):
            view.model.forget(uuids)

    def highlight_proposals(self, uuids: frozenset[str]) -> None:
        for view in (self.proposals.list_view, self.scoring.list_view):
            view.model.highlight(uuids)

    def select_proposal(self, uuid: str) -> bool:
        """Make this proposal the current one, as if the user chose it (unsaved work is asked about first)."""
        return self.current.request(uuid)

    def _on_current_changed(self, uuid: str) -> None:
        """Every view shows the current proposal; each ignores what it already shows."""
        self._show_current(uuid)
        if uuid:
            self.proposals.editor.edit(uuid)
            self.scoring.show_proposal(uuid)

    def _on_current_kept(self, uuid: str) -> None:
        """A choice was refused to keep unsaved work: the views go back to the proposal being edited."""
        self._show_current(uuid)
        self.show_page(PROPOSALS)

    def _show_current(self, uuid: str) -> None:
        for view in (self.proposals.list_view, self.scoring.list_view):
            view.select_uuid(uuid)
        if uuid and self._committee is not None:  # a page built later selects the current proposal then
            self._committee.select_proposal(uuid)

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def _on_page_chosen(self, row: int) -> None:
        """Leaving the editor with edits it cannot save asks first; going back keeps the Proposals view."""
        if self.stack.currentIndex() == PROPOSALS and row != PROPOSALS and not self.may_leave_proposal():
            QTimer.singleShot(0, self._show_proposals_in_sidebar)  # after the click that chose the row is done
            return
        if row == COMMITTEE:
            self.committee  # noqa: B018 (built now if not yet)
        elif row == SCORING:
            self.scoring.form  # noqa: B018 (built before it shows: its size is the page's)
        self.stack.setCurrentIndex(row)

    def _show_proposals_in_sidebar(self) -> None:
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(PROPOSALS)
        self.navigation.blockSignals(False)

    def may_leave_proposal(self, _target: str = "") -> bool:
        """True when the proposal on screen can be left: nothing unsaved, or the user discards it."""
        from red_desktop.gui.unsaved_dialog import ask_discard  # noqa: PLC0415 (after the frame shows)

        editor = self.proposals.editor
        problems = editor.unsaved_problems()
        if not problems:
            return True
        if ask_discard(self, editor.subject(), problems):
            editor.discard_unsaved()
            return True
        editor.reveal_problems()
        return False

    def show_exchange(self, section: str) -> None:
        """Exchange menu: the page on the section's tab; for import, the file dialog at once."""
        self.show_page(EXCHANGE)
        if section == "import":
            self.exchange.choose_packages()
        else:
            self.exchange.show_section(section)

    def show_proposal_conflict(self, uuid: str) -> None:
        """From the editor's banner: the proposal's conflict in Exchange › Conflicts, side by side."""
        from red_desktop.core.exchange.model import Entity  # noqa: PLC0415 (after the frame shows)

        self.show_exchange("conflicts")
        self.exchange.conflicts.select(Entity.PROPOSAL, uuid)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def set_read_only(self, path: Path, reason: str = "") -> None:
        """A store on read-only media, or one found damaged after it opened (`reason` says how): said above the
        views, and nothing that would write is offered. Said before the views are built, it is said once they are."""
        self.read_only = True
        if not self.populated:
            self._read_only_before = (path, reason)
            return
        if reason:
            self.banner.show_message(reason, severity="error")
        else:
            self.banner.show_message(
                self.tr(
                    "This store is on read-only media ({0}): you can read it but not change it. To work on it, copy "
                    "it to a writable disk and open the copy."
                ).format(path.parent),
                severity="info",
            )
        self.banner.dismiss_button.hide()  # true for as long as the store is open
        self.proposals.editor.read_only = True
        self.scoring.set_read_only()
        if self._committee is not None:  # a page built later is read-only from the start
            self._committee.proposal.read_only = True
            self._committee.portfolio.set_read_only(True)
            self._committee.progress.set_read_only(True)
        self.proposals.empty_state.new_button.hide()
        menus = self.menus
        for action in (menus.new_proposal, menus.import_, menus.restore, menus.exchange_import):
            action.setEnabled(False)

    # ---- state kept between starts ----

    def restore_geometry(self, settings: QSettings) -> None:
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # a laptop's 1024×768 screen: the window and its frame within the screen, not a window as big as it
            room = self.screen().availableGeometry().size() - FRAME_ROOM
            self.resize(QSize(1280, 760).boundedTo(room))

    def restore(self, settings: QSettings) -> None:
        self.restore_geometry(settings)
        for key, view in (("proposals", self.proposals.list_view), ("scoring", self.scoring.list_view)):
            state = settings.value(f"window/{key}_columns")
            if state is not None:
                view.restore_state(state)
        self.show_page(int(str(settings.value("window/page", PROPOSALS))))
        self._restore_current(settings)

    def _restore_current(self, settings: QSettings) -> None:
        """The proposal worked on last time in this store, if it is still there: the day goes on where it stopped."""
        uuid = str(settings.value("window/current") or "")
        same_store = settings.value("window/current_store") == str(self.service.path.resolve())
        reader = self.service.reader
        if uuid and same_store and reader is not None and reader.proposals.exists(uuid):
            self.current.set(uuid)

    def save(self, settings: QSettings) -> None:
        stored = self.current.uuid and self.proposals.editor.is_stored(self.current.uuid)
        settings.setValue("window/current", self.current.uuid if stored else "")
        settings.setValue("window/current_store", str(self.service.path.resolve()))
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/page", self.stack.currentIndex())
        settings.setValue("window/proposals_columns", self.proposals.list_view.save_state())
        settings.setValue("window/scoring_columns", self.scoring.list_view.save_state())

    # ---- slots ----

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        from red_desktop.gui.exchange.files import package_paths  # noqa: PLC0415 (after the frame shows)

        mime = event.mimeData()
        if self.populated and (_dropped_export(mime) is not None or package_paths(mime)):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        from red_desktop.gui.exchange.files import package_paths  # noqa: PLC0415 (after the frame shows)

        mime = event.mimeData()
        path, packages = _dropped_export(mime), package_paths(mime)
        if path is not None:
            event.acceptProposedAction()
            self.import_requested.emit(path)
        elif packages:
            event.acceptProposedAction()
            self.show_page(EXCHANGE)
            self.exchange.import_files(packages)

    def _print_own(self) -> None:
        if self.own_sheet.refresh():
            self._print(self.scoring.evaluator_uuid)
        else:
            self.show_message(self.own_sheet.reason())

    def _print(self, evaluator_uuid: str) -> None:
        """The sheet of the proposal on screen; what was typed is queued first, so the sheet holds it."""
        uuid = self.current.uuid
        if not uuid or not self.proposals.editor.is_stored(uuid):
            self.show_message(self.tr("Select a proposal to print its sheet"))
            return
        self.proposals.editor.flush()
        self.scoring.flush()
        self.print_requested.emit(uuid, evaluator_uuid)

    def _on_new_proposal(self) -> None:
        if self.read_only:
            return
        if not self.may_leave_proposal():
            return
        self.show_page(PROPOSALS)
        self.proposals.editor.new_proposal()

    def _ask_path(self, signal: SignalInstance, save: bool, title: str = "") -> None:
        filters = self.tr("RED Desktop stores (*.sqlite);;All files (*)")
        start = str(self.service.path.parent)
        if save:
            path, _ = QFileDialog.getSaveFileName(self, title or self.tr("New store"), start, filters)
        else:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Open store"), start, filters)
        if path:
            signal.emit(Path(path))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RED Desktop"),
            fill(
                self.tr("RED Desktop %1\nOffline evaluation of Regional Economic Development proposals."), __version__
            ),
        )

    def stop_work(self) -> None:
        """The program is ending: the views' long background work asked to stop."""
        if self._committee is not None:
            self._committee.portfolio.stop_work()
            self._committee.progress.stop_work()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.populated:  # the frame alone, its store not open yet: nothing to keep
            super().closeEvent(event)
            return
        if not self.closing_for_good and not self.may_leave_proposal():
            event.ignore()
            return
        self.proposals.editor.flush()  # typed but not yet saved: queue it before the store closes
        self.scoring.flush()
        super().closeEvent(event)


def _scoring_form(service: StoreService, rubric: Rubric, language: str) -> ScoringForm:
    from red_desktop.gui.scoring.scoring_form import ScoringForm  # noqa: PLC0415 (imported in the background first)

    return ScoringForm(service, rubric, language)


def _import_later() -> None:
    """In a worker thread: LATER_MODULES."""
    for module in LATER_MODULES:
        importlib.import_module(module)


def _dropped_export(mime: QMimeData) -> Path | None:
    """The one local .csv or .xlsx file being dragged, if that is what it is."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in (".csv", ".xlsx") else None
