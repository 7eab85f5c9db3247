"""How far the season's evaluations are (issue 21), as `red-desktop progress` says it: per evaluator, per proposal,
the proposals that cannot be decided yet, final evaluations over time; and the committee's two actions on it, an
automatic assignment and the declared conflicts of interest.

The figures read every evaluation (seconds at 100,000 proposals): worked out in the background on a read-only
connection, and only while the tab is in sight (asked again when it comes forward after a change). The assignment's
solve runs in the background too; only its answer goes through the store's writer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import formatting
from red_desktop.core.assignment import DEFAULT_PER_PROPOSAL  # light: numpy and scipy load with the solve
from red_desktop.core.cycles import cycles_uncollected
from red_desktop.core.domain import Assignment, Evaluator
from red_desktop.core.rubric import Rubric
from red_desktop.core.settings import COMMITTEE_ROLES
from red_desktop.core.store import Store
from red_desktop.gui.charts.completion import CompletionChart
from red_desktop.gui.committee.assign_dialog import AssignDialog
from red_desktop.gui.committee.conflicts_panel import ConflictsPanel
from red_desktop.gui.committee.progress_models import (
    ROW_ROLE,
    DeclaredInterest,
    RowsModel,
    evaluator_columns,
    proposal_columns,
)
from red_desktop.gui.fill import fill
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.modal import accepted
from red_desktop.gui.reason_dialog import ask_reason
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from red_desktop.gui.tasks import Executor

if TYPE_CHECKING:
    from red_desktop.core.assignment import AssignmentAsk, AssignmentPlan
    from red_desktop.core.committee import CommitteeData
    from red_desktop.core.completion import EvaluatorProgress, ProposalProgress, SeasonProgress


@dataclass(frozen=True)
class Season:
    """What the tab shows, read in one go on the worker's connection."""

    progress: SeasonProgress
    interests: tuple[DeclaredInterest, ...]
    evaluators: tuple[Evaluator, ...]


class ProgressTab(QWidget):
    needed_changed = Signal(int)  # the call's evaluators per proposal: the ranking marks those with fewer finals
    proposal_clicked = Signal(str)  # uuid

    def __init__(self, service: StoreService, runner: Executor, rubric: Rubric, parent: QWidget | None = None):
        super().__init__(parent)
        self._service, self._runner, self._rubric = service, runner, rubric
        self.data: CommitteeData | None = None
        self.season: Season | None = None
        self.read_only = False
        self._media_read_only = False
        self._committee_role = True  # until the window says the profile's role
        self._stale = True
        self._needed = 0
        self._planning = False  # an assignment's solve under way
        self._build()
        self._seasons = LatestOnly(runner, self._season_work, self._show_season, self._season_failed, parent=self)

    # ---- building ----

    def _build(self) -> None:
        self.summary = QLabel(self.tr("Working out the season's progress…"), self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("The season's progress in a sentence"))
        self.assign = QPushButton(self.tr("Assign &automatically…"), self)
        self.assign.setAccessibleName(self.tr("Assign the undecided proposals to evaluators automatically"))
        self.assign.clicked.connect(self._ask_assignment)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("What became of the last assignment or declaration"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b91c1c")
        self.problem.setAccessibleName(self.tr("Why the last assignment or declaration was not made"))
        self.evaluators_model = RowsModel(evaluator_columns(), self)
        self.evaluators = self._table(self.evaluators_model, self.tr("Progress per evaluator"))
        self.evaluators.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.evaluators.customContextMenuRequested.connect(self._evaluator_menu)
        self.proposals_model = RowsModel(proposal_columns(), self)
        self.proposals = self._table(self.proposals_model, self.tr("Proposals and their final evaluations"))
        self.proposals.activated.connect(self._on_proposal_activated)
        self.proposals.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.proposals.customContextMenuRequested.connect(self._by_hand_menu)
        self.proposals.setToolTip(
            self.tr("Right-click a proposal to assign it to an evaluator by hand, or take it back")
        )
        self.proposals_heading = QLabel(self)
        self.proposals_heading.setStyleSheet("font-weight: bold")
        self.proposals_heading.setAccessibleName(self.tr("Which proposals the list shows"))
        self.all_proposals = QCheckBox(self.tr("All proposals"), self)
        self.all_proposals.setAccessibleName(self.tr("List every proposal, not only those that cannot be decided"))
        self.all_proposals.toggled.connect(lambda _: self._list_proposals())
        self.chart = CompletionChart(self)
        self.chart.setMinimumHeight(150)
        self.conflicts = ConflictsPanel(self._service, self._codes, self)
        self.conflicts.changed.connect(self.refresh)
        self.conflicts.said.connect(self._say)
        self.conflicts.failed.connect(self._fail)
        self._lay_out()

    def _table(self, model: RowsModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setResizeContentsPrecision(100)  # fitted to 100 rows, never to 100,000
        return table

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.summary, stretch=1)
        top.addWidget(self.assign, alignment=Qt.AlignmentFlag.AlignTop)
        proposals = QWidget(self)
        column = QVBoxLayout(proposals)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.proposals_heading, stretch=1)
        row.addWidget(self.all_proposals)
        column.addLayout(row)
        column.addWidget(self.proposals, stretch=1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for widget, stretch in ((self.evaluators, 2), (proposals, 3), (self.chart, 3), (self.conflicts, 2)):
            split.addWidget(widget)
            split.setStretchFactor(split.count() - 1, stretch)
        split.setChildrenCollapsible(False)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(split, stretch=1)
        self.note.hide()
        self.problem.hide()
        self._follow_state()

    # ---- what the page tells the tab ----

    def set_data(self, data: CommitteeData) -> None:
        """The store changed (a new committee computation): the figures are worked out again, now if in sight."""
        self.data = data
        reader = self._service.reader
        needed = reader.call.per_proposal() if reader is not None else 0  # one read of the store's settings
        if needed != self._needed:
            self._needed = needed
            self.needed_changed.emit(needed)
        self._stale = True
        if self.isVisible():
            self.refresh()

    def set_read_only(self, read_only: bool) -> None:
        """A store on read-only media: the figures are shown, nothing is assigned or declared."""
        self._media_read_only = read_only
        self._follow_writable()

    def set_role(self, role: str) -> None:
        """Only a committee member or an administrator assigns and records declarations (as on the command line);
        an evaluator declares their own from Edit › Declare a conflict of interest…"""
        self._committee_role = role in COMMITTEE_ROLES
        self._follow_writable()

    def _follow_writable(self) -> None:
        self.read_only = self._media_read_only or not self._committee_role
        self.conflicts.set_read_only(self.read_only)
        self._follow_state()

    def refresh(self) -> None:
        """The figures worked out again in the background, on the latest store."""
        self._stale = False
        self._seasons.request()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def stop_work(self) -> None:
        """The program is ending: what is under way is dropped when it ends (the solve cannot be stopped midway)."""
        self._seasons.cancel()
        self._planning = False

    # ---- the figures ----

    def _season_work(self) -> Callable[[], Season] | None:
        return partial(_season, self._service.path, self._rubric)

    def _show_season(self, season: Season) -> None:
        self.season = season
        progress = season.progress
        self.summary.setText(
            fill(
                self.tr("%1 of %2 final evaluations needed (%3 a proposal); %4 proposals cannot be decided yet."),
                formatting.integer(progress.final_total),
                formatting.integer(progress.needed_total),
                formatting.integer(progress.per_proposal),
                formatting.integer(len(progress.not_ready)),
            )
        )
        first = not self.evaluators_model.rows
        self.evaluators_model.set_rows(progress.evaluators)
        self.evaluators.resizeColumnsToContents()
        self._list_proposals(fit=first)
        self.chart.set_data(progress.cumulative, progress.needed_total)
        self.conflicts.set_interests(season.interests, season.evaluators)
        if progress.per_proposal != self._needed:
            self._needed = progress.per_proposal
            self.needed_changed.emit(progress.per_proposal)

    def _list_proposals(self, fit: bool = True) -> None:
        if self.season is None:
            return
        progress = self.season.progress
        shown: tuple[ProposalProgress, ...] = (
            progress.proposals if self.all_proposals.isChecked() else progress.not_ready
        )
        self.proposals_heading.setText(
            fill(self.tr("All proposals: %1"), formatting.integer(len(shown)))
            if self.all_proposals.isChecked()
            else fill(self.tr("Cannot be decided yet: %1"), formatting.integer(len(shown)))
        )
        self.proposals_model.set_rows(shown)
        if fit:
            self.proposals.resizeColumnsToContents()

    def _season_failed(self, message: str) -> None:
        self.summary.setText(fill(self.tr("The season's progress could not be worked out: %1"), message))

    def _on_proposal_activated(self, index: QModelIndex) -> None:
        found = self.proposals_model.data(index, ROW_ROLE)
        if found is not None:
            self.proposal_clicked.emit(found.uuid)

    def _codes(self) -> dict[str, str]:
        if self.data is None:
            return {}
        table = self.data.table
        return dict(zip(table["code"].tolist(), table["uuid"].tolist(), strict=True))

    # ---- assigning ----

    def _by_hand_menu(self, position: QPoint) -> None:
        menu = self.proposal_menu(self.proposals.indexAt(position))
        if menu is not None:
            menu.exec(self.proposals.viewport().mapToGlobal(position))
            menu.deleteLater()

    def proposal_menu(self, index: QModelIndex) -> QMenu | None:
        """A proposal's right-click menu: assign it to an evaluator by hand (the store refuses a conflicted one,
        saying why), or take it back from one, with a reason."""
        found = self.proposals_model.data(index, ROW_ROLE)
        if found is None or self.season is None:
            return None
        menu = QMenu(self)
        given = menu.addMenu(self.tr("Assign to"))
        back = menu.addMenu(self.tr("Take back from"))
        for evaluator in self.season.evaluators:
            if evaluator.name in found.assigned:
                back.addAction(evaluator.name, partial(self._take_back, found, evaluator))
            else:
                given.addAction(evaluator.name, partial(self._assign_one, found, evaluator))
        for submenu in (given, back):
            submenu.setEnabled(not self.read_only and not submenu.isEmpty())
        return menu

    def _assign_one(self, proposal: ProposalProgress, evaluator: Evaluator) -> None:
        from red_desktop.core.store.assignments import Given  # noqa: PLC0415

        reason, due_on = self.tr("Assigned by hand"), proposal.due_on
        self._service.submit(
            lambda store: store.assignments.assign([Given(proposal.uuid, evaluator)], due_on, reason),
            lambda _kept: self._by_hand_done(fill(self.tr("%1 assigned to %2."), proposal.code, evaluator.name)),
            lambda message: self._fail(fill(self.tr("Not assigned: %1"), message)),
            Change(ChangeKind.STORE),
            context=self,
        )

    def _take_back(self, proposal: ProposalProgress, evaluator: Evaluator) -> None:
        reason = ask_reason(
            self,
            self.tr("Take back an assignment"),
            fill(self.tr("Why is %1 no longer assigned to %2?"), proposal.code, evaluator.name),
            ok_text=self.tr("Take &back"),
        )
        if reason is None:
            return
        self._service.submit(
            lambda store: store.assignments.take_back(proposal.uuid, evaluator.uuid, reason),
            lambda _after: self._by_hand_done(
                fill(self.tr("%1 no longer assigned to %2."), proposal.code, evaluator.name)
            ),
            self._fail,
            Change(ChangeKind.STORE),
            context=self,
        )

    def _evaluator_menu(self, position: QPoint) -> None:
        menu = self.evaluator_menu(self.evaluators.indexAt(position))
        if menu is not None:
            menu.exec(self.evaluators.viewport().mapToGlobal(position))
            menu.deleteLater()

    def evaluator_menu(self, index: QModelIndex) -> QMenu | None:
        """An evaluator's right-click menu: the languages they read, which the automatic assignment follows."""
        found = self.evaluators_model.data(index, ROW_ROLE)
        if found is None:
            return None
        menu = QMenu(self)
        languages = menu.addAction(self.tr("Languages read…"), partial(self._ask_languages, found))
        languages.setEnabled(not self.read_only)
        return menu

    def _ask_languages(self, row: EvaluatorProgress) -> None:
        reader = self._service.reader
        current = sorted(reader.evaluators.reads().get(row.uuid, ())) if reader is not None else []
        text, ok = QInputDialog.getText(
            self,
            self.tr("Languages read"),
            fill(
                self.tr(
                    "The languages %1 reads, as two-letter codes separated by commas (es, pt, en, fr); empty: any "
                    "language. Only proposals in them are assigned to them automatically."
                ),
                row.name,
            ),
            text=", ".join(current),
        )
        if not ok:
            return
        codes = [code for code in text.replace(";", ",").replace(" ", ",").split(",") if code.strip()]
        said = ", ".join(code.strip().lower() for code in codes) or self.tr("any language")
        self._service.submit(
            lambda store: store.evaluators.set_reads(row.uuid, codes),
            lambda _done: self._say(fill(self.tr("%1 reads: %2."), row.name, said)),
            lambda message: self._fail(fill(self.tr("The languages were not kept: %1"), message)),
            context=self,
        )

    def _by_hand_done(self, text: str) -> None:
        self._say(text)
        self.refresh()

    def _ask_assignment(self) -> None:
        dialog = AssignDialog(self._needed or DEFAULT_PER_PROPOSAL, self)
        if not accepted(dialog):
            return
        k, due_on, spread = dialog.per_proposal.value(), dialog.due_on(), dialog.spread.isChecked()
        self._planning = True
        self._follow_state()
        self.problem.hide()
        self._say(fill(self.tr("Working out an assignment of %1 evaluators a proposal…"), formatting.integer(k)))
        self._runner.run(
            partial(_plan, self._service.path, k, spread),
            context=self,
            on_done=lambda planned: self._keep(planned, k, due_on),
            on_failed=self._assign_failed,
        )

    def _keep(self, planned: tuple[AssignmentAsk, AssignmentPlan], k: int, due_on: str | None) -> None:
        if not self._planning:
            return  # the program is ending
        ask, plan = planned
        reason = self.tr("Automatic assignment")
        self._service.submit(
            lambda store: _store_plan(store, ask, plan, k, due_on, reason),
            lambda kept: self._assigned(kept, len(plan.pairs), k),
            self._assign_failed,
            Change(ChangeKind.STORE),  # the evaluators' assigned lists follow
            context=self,
        )

    def _assigned(self, kept: list[Assignment], new: int, k: int) -> None:
        self._planning = False
        self._follow_state()
        self._say(
            fill(
                self.tr("Assigned %1 pairs of proposal and evaluator (%2 new), %3 evaluators a proposal."),
                formatting.integer(len(kept)),
                formatting.integer(new),
                formatting.integer(k),
            )
        )
        self.refresh()

    def _assign_failed(self, message: str) -> None:
        self._planning = False
        self._follow_state()
        self.note.hide()
        self._fail(fill(self.tr("Nothing was assigned: %1"), message))

    # ---- saying ----

    def _say(self, text: str) -> None:
        self.problem.hide()
        self.note.setText(text)
        self.note.show()

    def _fail(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _follow_state(self) -> None:
        self.assign.setEnabled(not self.read_only and not self._planning)


def _season(path: Path, rubric: Rubric) -> Season:
    """In a worker, on its own read-only connection."""
    from red_desktop.core.completion import season_progress  # noqa: PLC0415

    with cycles_uncollected(), Store.open(path, readonly=True) as store:
        progress = season_progress(store, rubric)
        interests = tuple(DeclaredInterest(i, store.interests.describe(i)) for i in store.interests.all())
        return Season(progress, interests, tuple(store.evaluators.all()))


def _plan(path: Path, k: int, spread: bool) -> tuple[AssignmentAsk, AssignmentPlan]:
    """In a worker: scipy loads here (0.6 s), and the solve takes up to seconds."""
    from red_desktop.core.assigning import plan_automatically  # noqa: PLC0415

    with Store.open(path, readonly=True) as store:
        return plan_automatically(store, k, spread)  # a refusal names the proposals by code


def _store_plan(
    store: Store, ask: AssignmentAsk, plan: AssignmentPlan, k: int, due_on: str | None, reason: str
) -> list[Assignment]:
    """On the writer: the number of evaluators kept as the call's, and the plan's pairs stored (all or none)."""
    from red_desktop.core.assigning import keep_plan  # noqa: PLC0415

    with store.transaction():  # a refused pair keeps the call's number as it was, too
        if k != store.call.per_proposal():
            store.call.set_per_proposal(k, reason)
        return keep_plan(store, ask, plan, due_on, reason)
