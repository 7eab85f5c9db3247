"""Committee: the ranking with disagreement, calibration and decisions beside it, and the charts that explain it.

The page shows what the application computed in the background (core.committee.CommitteeData); the
sensitivity is computed on request, in the background too. Decisions go through the store service.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import chart_data, formatting
from red_desktop.core.committee import CommitteeData
from red_desktop.core.cycles import cycles_uncollected
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import (
    DEFAULT_CONCENTRATION,
    RankingSensitivity,
    sensitivity_figures,
    sensitivity_inputs,
)
from red_desktop.gui.charts.calibration import CalibrationChart
from red_desktop.gui.charts.distribution import DistributionChart
from red_desktop.gui.charts.leverage import LeverageChart
from red_desktop.gui.charts.range_bars import RangeBarsChart
from red_desktop.gui.charts.sensitivity import SensitivityChart
from red_desktop.gui.committee.panels import AgreementTable, CalibrationTable
from red_desktop.gui.committee.plain_notes import PlainNotes
from red_desktop.gui.committee.portfolio_tab import PortfolioTab
from red_desktop.gui.committee.progress_tab import ProgressTab
from red_desktop.gui.committee.proposal_panel import ProposalPanel
from red_desktop.gui.committee.ranking_model import SHOW, UUID_ROLE, RankingModel
from red_desktop.gui.committee.ranking_table import RankingTable
from red_desktop.gui.fill import fill
from red_desktop.gui.fitted_tabs import fit_tabs
from red_desktop.gui.flow_layout import FlowLayout, expanding
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor, worth_apart

if TYPE_CHECKING:
    from red_desktop.core.portfolio import Portfolio

COMMITTEE_TAB_PADDING = 2
HIDDEN_AT_FIRST = ("country", "calibrated", "spread", "p_top", "interval", "swap", "amount", "cumulative")


class CommitteePage(QWidget):
    proposal_selected = Signal(str)  # uuid

    def __init__(
        self,
        service: StoreService,
        runner: Executor,
        rubric: Rubric,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._rubric = rubric
        self._language = language
        self.data: CommitteeData | None = None
        self.sensitivity: RankingSensitivity | None = None
        self._selected: str | None = None
        self._selecting = False
        self._figures_shown = False
        self.notes = PlainNotes(self)
        self.model = RankingModel(
            {c.id: c.name.get_text(language) for c in rubric.criteria},
            self,
            {s.id: s.name.get_text(language) for s in rubric.subcriteria},
        )
        self.heading = QLabel(
            fill(self.tr("Committee ranking · %1 %2"), rubric.name.get_text(language), rubric.version),
            self,
        )
        self.heading.setAccessibleName(self.tr("Ranking heading"))
        self.heading.setWordWrap(True)  # the rubric's name is long in Spanish and Portuguese
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a code or title…"))
        self.search.setAccessibleName(self.tr("Find in the ranking"))
        self.search.setClearButtonEnabled(True)
        # the placeholder whole: narrower, the choice beside it goes to the line below (FlowLayout)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 36)
        self.show_combo = QComboBox(self)
        self.show_combo.setAccessibleName(self.tr("Which proposals to show"))
        for key, label in zip(SHOW, self._show_labels(), strict=True):
            self.show_combo.addItem(label, key)
        self.ineligible_last = QCheckBox(self.tr("Ineligible last"), self)
        self.ineligible_last.setAccessibleName(self.tr("List the ineligible proposals last, unranked"))
        self.ineligible_last.setToolTip(
            self.tr("Rank the eligible proposals among themselves; list the ineligible ones after them, unranked")
        )
        self.table = self._build_table()
        self.proposal = ProposalPanel(service, rubric, language, self)
        self.portfolio = PortfolioTab(service, runner, rubric, language, self)
        self.portfolio.portfolio_changed.connect(self._show_funding)
        self.portfolio.proposal_clicked.connect(self.select_proposal)
        self.progress = ProgressTab(service, runner, rubric, self)
        self.progress.needed_changed.connect(self._show_needed)
        self.progress.proposal_clicked.connect(self.select_proposal)
        self._funding_shown = False
        self._funding: Portfolio | None = None  # the call's portfolio, as saved: the ranking's line
        self.tabs = self._build_tabs()
        self._build_layout()
        self._runner = runner
        self._sensitivities = LatestOnly(
            runner, self._sensitivity_work, self._show_sensitivity, self._sensitivity_failed, parent=self
        )
        self.search.textChanged.connect(self._refilter)
        self.show_combo.currentIndexChanged.connect(self._refilter)
        self.ineligible_last.toggled.connect(self._put_ineligible_last)
        for chart in (self.bars, self.leverage, self.sensitivity_chart):
            chart.proposal_clicked.connect(self.select_proposal)

    def _show_labels(self) -> tuple[str, ...]:
        return (
            self.tr("All proposals"),
            self.tr("Contested"),
            self.tr("Ineligible"),
            self.tr("Not decided yet"),
            self.tr("Decided"),
        )

    # ---- building ----

    def _build_table(self) -> RankingTable:
        table = RankingTable(self.model.keys, self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Committee ranking"))
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setSortingEnabled(True)
        table.sortByColumn(self.model.keys.index("rank"), Qt.SortOrder.AscendingOrder)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for key in HIDDEN_AT_FIRST:
            header.setSectionHidden(self.model.keys.index(key), True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return table

    def _build_tabs(self) -> QTabWidget:
        tabs = QTabWidget(self)
        tabs.setAccessibleName(self.tr("Committee views"))
        tabs.setDocumentMode(True)
        tabs.addTab(self.proposal, self.tr("Proposal"))
        self.bars = RangeBarsChart(self)
        self.bars_count = QSpinBox(self)
        self.bars_count.setRange(5, 100)
        self.bars_count.setValue(20)
        self.bars_count.setAccessibleName(self.tr("Proposals shown in the ranking chart"))
        self.bars_count.valueChanged.connect(lambda _: self._draw_bars())
        self.bars_tab = bars = self._with_controls(self.bars, (self.tr("Show the first"), self.bars_count))
        tabs.addTab(bars, self.tr("Ranking"))
        self.distribution = DistributionChart(self)
        self.grouping = QComboBox(self)
        self.grouping.setAccessibleName(self.tr("Group the totals by"))
        for key, label in (
            ("region_type", self.tr("region type")),
            ("country", self.tr("country")),
            ("priority_area", self.tr("priority area")),
        ):
            self.grouping.addItem(label, key)
        self.grouping.currentIndexChanged.connect(lambda _: self._draw_distribution())
        distribution = self._with_controls(self.distribution, (self.tr("Group by"), self.grouping))
        tabs.addTab(distribution, self.tr("By group"))
        self.leverage = LeverageChart(self)
        tabs.addTab(self.leverage, self.tr("Leverage"))
        # The charts of thousands of points are drawn when their tab is shown, not all at every computation
        self._drawers: dict[QWidget, Callable[[], None]] = {
            self.proposal: self._show_selected,
            bars: self._draw_bars,
            distribution: self._draw_distribution,
            self.leverage: self._draw_leverage,
        }
        self._stale: set[QWidget] = set()
        tabs.currentChanged.connect(lambda _: self._draw_shown_tab())
        self.agreement = AgreementTable(self)
        self.agreement_note = QLabel(self)
        self.agreement_note.setWordWrap(True)
        self.agreement_note.setAccessibleName(self.tr("How to read the agreement figures"))
        tabs.addTab(self._stacked(self.agreement_note, self.agreement, (0, 1)), self.tr("Agreement"))
        self.calibration_chart = CalibrationChart(self)
        self.calibration = CalibrationTable(self)
        self.calibration_note = QLabel(self)
        self.calibration_note.setWordWrap(True)
        self.calibration_note.setAccessibleName(self.tr("How to read the calibration"))
        calibration = self._stacked(self.calibration_chart, self.calibration, (3, 2))
        stack = calibration.layout()
        assert isinstance(stack, QVBoxLayout)
        stack.insertWidget(0, self.calibration_note)
        tabs.addTab(calibration, self.tr("Calibration"))
        self._drawers[calibration] = self._draw_calibration
        self.sensitivity_tab = self._build_sensitivity()
        tabs.addTab(self.sensitivity_tab, self.tr("Sensitivity"))
        self._drawers[self.sensitivity_tab] = self._draw_intervals
        tabs.addTab(self.portfolio, self.tr("Portfolio"))
        tabs.addTab(self.progress, self.tr("Progress"))
        # nine titles, all in sight at 1024 pixels in every language: 4 px around each left the ranking its total there
        # in Portuguese (6 px pushed it past the ranking's edge)
        fit_tabs(tabs, padding=COMMITTEE_TAB_PADDING)
        return tabs

    def _build_sensitivity(self) -> QWidget:
        self.top_n = QSpinBox(self)
        self.top_n.setRange(1, 500)
        self.top_n.setValue(10)
        self.top_n.setAccessibleName(self.tr("Top N"))
        self.samples = QSpinBox(self)
        self.samples.setRange(100, 100_000)
        self.samples.setSingleStep(500)
        self.samples.setValue(1_000)
        self.samples.setGroupSeparatorShown(True)
        self.samples.setAccessibleName(self.tr("Samples of the weights"))
        self.compute = QPushButton(self.tr("&Compute"), self)
        self.compute.setAccessibleName(self.tr("Compute the ranking sensitivity"))
        self.compute.clicked.connect(self.run_sensitivity)
        self.sensitivity_status = QLabel(self.tr("How much can the weights move before the ranking changes?"), self)
        self.sensitivity_status.setWordWrap(True)
        self.sensitivity_status.setAccessibleName(self.tr("Sensitivity status"))
        self.sensitivity_chart = SensitivityChart(self)
        controls = (self.tr("Top"), self.top_n, self.tr("Samples"), self.samples, self.compute)
        return self._stacked(self._with_controls(self.sensitivity_chart, controls), self.sensitivity_status, (1, 0))

    def _with_controls(self, chart: QWidget, controls: tuple[object, ...]) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout()
        for control in controls:
            row.addWidget(QLabel(control, box) if isinstance(control, str) else control)  # type: ignore[arg-type]
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(chart, stretch=1)
        return box

    def _stacked(self, top: QWidget, bottom: QWidget, stretches: tuple[int, int]) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(top, stretch=stretches[0])
        layout.addWidget(bottom, stretch=stretches[1])
        return box

    def _build_layout(self) -> None:
        left = QWidget(self)
        filters = QWidget(left)
        row = FlowLayout(filters)  # the choice below the search box when the ranking is narrow
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(expanding(self.search))
        row.addWidget(self.show_combo)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(filters)
        column.addWidget(self.ineligible_last)  # on its own line: in the row above it would widen the ranking
        column.addWidget(self.table, stretch=1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)
        splitter.splitterMoved.connect(self._on_splitter_moved)
        self.splitter = splitter
        self._user_split = False
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._user_split:
            # 35 % for the ranking: its rank, code, total and a glance of the title (about 300 px of a 1024-pixel
            # screen, 400 of 1366; its size hint gave 225 px, the total past the edge); the views get the rest, room
            # for the calibration table's columns at 1024. Set at each size until the user drags the handle: the
            # splitter takes proportions only once laid out.
            width = self.splitter.width()
            self.splitter.setSizes([width * 35 // 100, width - width * 35 // 100])

    def _on_splitter_moved(self, _position: int, _index: int) -> None:
        self._user_split = True

    def _choose_columns(self, position: QPoint) -> None:
        """Right-click on the header: show or hide any column (the code always stays)."""
        header = self.table.horizontalHeader()
        menu = QMenu(self.tr("Columns"), self)
        for column, key in enumerate(self.model.keys):
            action = QAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(key != "code")
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))

    # ---- what the window tells the page ----

    def set_data(self, data: CommitteeData) -> None:
        """A new committee computation (the store changed): every table and chart follows, the selection stays.

        At 100,000 proposals nothing here may hold the window for long: the table, the small panels and the proposal
        now, a chart in sight in the event loop's next turn, the other tabs' charts when they are shown."""
        first = self.data is None
        self.data = data
        self.model.set_data(data)
        if first:
            self.table.fit_columns()
        else:
            self.table.keep_whole(self.model.keys.index("evaluations"))  # a mark newly there (a conflict declared)
        if self.sensitivity is not None:
            self.model.set_sensitivity(self.sensitivity)
        names = {s.id: s.name.get_text(self._language) for s in self._rubric.subcriteria}
        self.agreement.set_agreement(data.agreement, names)
        self.agreement_note.setText(self.notes.agreement(data))
        self.calibration_note.setText(self.notes.calibration(data))
        self.calibration.set_lines(data.calibration)
        if self._selected is None and data.ranking:
            self._selected = data.ranking[0].uuid  # shown here only: the other views keep their own selection
        if self._selected is not None:
            self._quietly(lambda: self._select_row(self._selected or ""))
        self._stale = set(self._drawers)
        if self.tabs.currentWidget() is self.proposal:  # its buttons act on what it shows: never a turn behind
            self._draw_shown_tab()
        QTimer.singleShot(0, self, self._draw_shown_tab)
        self.portfolio.set_data(data)  # in the background; the ranking's funding line follows it
        self.progress.set_data(data)  # in the background while in sight; the ranking's marks follow the call's k
        self.run_sensitivity()  # ~50 ms at 500 proposals, in the background: the figures follow every change

    def _draw_calibration(self) -> None:
        if self.data is not None:
            self.calibration_chart.set_data(self.data.calibration)

    def _draw_shown_tab(self) -> None:
        """The tab in sight drawn if stale; none while another page of the window is in front (drawn when this one
        comes forward: the proposal's profile built as the committee's data landed behind the list held the window's
        thread 150 ms at 100,000 proposals)."""
        shown = self.tabs.currentWidget()
        if self._behind():
            return
        if shown in self._stale and self.data is not None:
            self._stale.discard(shown)
            self._drawers[shown]()

    def _behind(self) -> bool:
        """Whether the window is shown with another page in front of this one."""
        window = self.window()
        return window is not self and window.isVisible() and not self.isVisible()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._draw_shown_tab()  # in the turn it shows: its buttons act on what it shows, never a turn behind

    def _quietly(self, select: Callable[[], None]) -> None:
        """Select a row without the selection's signal selecting it again (and drawing everything twice)."""
        selecting, self._selecting = self._selecting, True
        try:
            select()
        finally:
            self._selecting = selecting

    def selected_uuid(self) -> str | None:
        """The proposal the page shows, if the committee view is the one in front."""
        return self._selected if self.isVisible() else None

    def select_proposal(self, uuid: str) -> None:
        """Select a proposal here (from another view or a chart) and tell the others."""
        if self._selecting:
            return
        self._selecting = True
        try:
            changed = uuid != self._selected
            self._selected = uuid
            self._select_row(uuid)
            self.portfolio.select(uuid)
            self._show_proposal(uuid)
            if changed:
                self.proposal_selected.emit(uuid)
        finally:
            self._selecting = False

    # ---- internals ----

    def _select_row(self, uuid: str) -> None:
        row = self.model.row_of(uuid)
        if row is None:
            return
        index = self.model.index(row, 0)
        if not index.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(index, flags)
        self.table.scrollTo(index)

    def _show_proposal(self, uuid: str) -> None:
        """What follows the selection: the panel and the charts marking it, drawn now if in sight, else when shown."""
        if self.data is None:
            return
        if self.leverage not in self._stale:
            self.leverage.set_selected(uuid)
        self._stale |= {self.proposal, self.bars_tab}
        self._draw_shown_tab()

    def _show_selected(self) -> None:
        if self.data is not None and self._selected is not None:
            self.proposal.show_proposal(self.data, self._selected)

    def _draw_leverage(self) -> None:
        if self.data is not None:
            self.leverage.set_data(chart_data.leverage_points(self.data), self._selected)

    def _on_selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and not self._selecting:
            uuid = self.model.data(rows[0], UUID_ROLE)
            if uuid:
                self.select_proposal(str(uuid))

    def _refilter(self) -> None:
        self.model.set_filter(self.search.text(), str(self.show_combo.currentData()))
        if self._selected is not None:  # the reset dropped the selection; kept if the proposal is shown
            self._quietly(lambda: self._select_row(self._selected or ""))

    def _put_ineligible_last(self, apart: bool) -> None:
        self.model.set_ineligible_last(apart)
        if self._selected is not None:
            self._quietly(lambda: self._select_row(self._selected or ""))  # the reset dropped the selection

    def _draw_bars(self) -> None:
        if self.data is not None:
            bars = chart_data.range_bars(self.data, self.bars_count.value())
            self.bars.set_data(bars, self._selected, self._bars_line(bars.uuids))

    def _bars_line(self, uuids: Sequence[str]) -> int | None:
        """The bar the funding line is drawn above: the first the money does not reach, if any is shown."""
        portfolio = self._funding  # the call's saved settings', as the table's line: never a what-if's
        if portfolio is None or self.data is None or len(portfolio.candidates) != len(self.data.ranking):
            return None
        beyond = portfolio.beyond_line
        at = [self.data.position(u) for u in uuids]
        return next((i for i, p in enumerate(at) if p is not None and beyond[p]), None)

    def _show_needed(self, needed: int) -> None:
        """The call's evaluators per proposal: the ranking marks the proposals with fewer final evaluations."""
        self.model.set_needed(needed)
        self.table.keep_whole(self.model.keys.index("evaluations"))

    def _show_funding(self, portfolio: Portfolio) -> None:
        """A new best set: the ranking's amounts, cumulative amounts and funding line follow (shown once a budget is
        set; after that the user decides which columns stay)."""
        self._funding = portfolio
        self.model.set_funding(portfolio.cumulative, portfolio.beyond_line)
        self.table.viewport().update()
        if portfolio.call.budget is not None and not self._funding_shown:
            self._funding_shown = True
            header = self.table.horizontalHeader()
            for key in ("amount", "cumulative"):
                header.setSectionHidden(self.model.keys.index(key), False)
                self.table.resizeColumnToContents(self.model.keys.index(key))
        self._stale.add(self.bars_tab)
        self._draw_shown_tab()

    def _draw_distribution(self) -> None:
        if self.data is not None:
            key = str(self.grouping.currentData())
            self.distribution.set_data(
                chart_data.distribution(self.data, key, self._language), self.grouping.currentText()
            )

    def run_sensitivity(self) -> None:
        """The Monte Carlo in the background; asked again while it runs (new data), it runs once more after it,
        on the latest data, and the result for the older data is never shown. The button waits for it."""
        self._sensitivities.request()

    def _sensitivity_work(self) -> Callable[[], RankingSensitivity] | None:
        if self.data is None:
            return None
        ranking, rubric, top, samples = self.data.ranking, self._rubric, self.top_n.value(), self.samples.value()
        self.compute.setEnabled(False)
        self.sensitivity_status.setText(fill(self.tr("Computing %1 samples…"), formatting.integer(samples)))
        return partial(_sensitivity, self._runner, ranking, rubric, top, samples)

    def _show_sensitivity(self, result: RankingSensitivity) -> None:
        self.compute.setEnabled(True)
        self.sensitivity = result
        self.model.set_sensitivity(result)
        self._runner.release_free_memory()  # the figures it replaces, and their hand-over from the process apart
        if not self._figures_shown:  # once: after that the user decides which columns stay
            self._figures_shown = True
            header = self.table.horizontalHeader()
            for key in ("p_top", "interval", "swap"):
                header.setSectionHidden(self.model.keys.index(key), False)
        self._stale.add(self.sensitivity_tab)
        self._draw_shown_tab()
        self.sensitivity_status.setText(self.notes.sensitivity(result))

    def _draw_intervals(self) -> None:
        if self.data is not None and self.sensitivity is not None:
            self.sensitivity_chart.set_data(chart_data.rank_intervals(self.data, self.sensitivity))

    def _sensitivity_failed(self, message: str) -> None:
        self.compute.setEnabled(True)
        self.sensitivity_status.setText(message)

    def current_index(self) -> QModelIndex:
        rows = self.table.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()


def _sensitivity(
    runner: Executor, ranking: Sequence[RankedProposal], rubric: Rubric, top: int, samples: int
) -> RankingSensitivity:
    """In the background, without full collections of its 100,000 figures holding the window's thread; from
    tasks.APART_FROM proposals its numpy work in a process of its own (the figures come back as arrays)."""
    with cycles_uncollected():
        inputs = sensitivity_inputs(ranking, rubric)
        work = partial(sensitivity_figures, inputs.arrays, top_n=top, samples=samples, seed=0)
        figures = runner.apart(work) if worth_apart(len(ranking)) else work()
        return inputs.result(*figures, top_n=top, samples=samples, seed=0, concentration=DEFAULT_CONCENTRATION).warm()
