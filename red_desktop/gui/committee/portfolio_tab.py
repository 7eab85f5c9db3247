"""What the call's budget funds, as a what-if: the budget, the call's rules and the proposals forced in or out are
edited here, the best set and the rank-order set are computed again in the background after each change (never on
the window's thread), and each proposal's probability of being funded follows, sample by sample, with a Stop button.
The call's settings in the store change only through Save, with a reason for the audit log."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import formatting
from red_desktop.core.chart_data import share_bars
from red_desktop.core.errors import ValidationError
from red_desktop.core.portfolio_rules import GROUPS, ROBUST_SAMPLES, ROBUST_SEED, CallBudget, GroupRule
from red_desktop.core.portfolio_words import conflict_words, group_name, rule_words
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.rubric import Rubric
from red_desktop.gui.charts.group_shares import GroupSharesChart
from red_desktop.gui.committee.funding_line import draw_line, line_tip
from red_desktop.gui.committee.portfolio_model import KEYS, UUID_ROLE, PortfolioModel
from red_desktop.gui.committee.rule_dialog import RuleDialog
from red_desktop.gui.fill import fill
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.modal import accepted
from red_desktop.gui.progress_task import POLL_MS, SharedProgress
from red_desktop.gui.reason_dialog import ask_reason
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor

if TYPE_CHECKING:  # scipy underneath (0.6 s): loaded by the first computation, in the background
    from red_desktop.core.committee import CommitteeData
    from red_desktop.core.portfolio import Portfolio, Reason
    from red_desktop.core.portfolio_robust import Robustness

EDIT_PAUSE_MS = 400  # a budget typed digit by digit is computed once, when the typing pauses
FORCED_IN, FORCED_OUT = "in", "out"


class FundingTable(QTableView):
    """The portfolio's proposals with the funding line drawn above the first one the money does not reach."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if isinstance(model, PortfolioModel):
            draw_line(self, model.line_row())


class PortfolioTab(QWidget):
    portfolio_changed = Signal(object)  # the call's Portfolio, as saved (the ranking's funding line follows it)
    computed = Signal(object)  # every Portfolio shown, the what-ifs too
    proposal_clicked = Signal(str)  # uuid

    def __init__(self, service: StoreService, runner: Executor, rubric: Rubric, language: str, parent: QWidget | None):
        super().__init__(parent)
        self._service, self._runner, self._rubric, self._language = service, runner, rubric, language
        self.data: CommitteeData | None = None
        self.saved = CallBudget()  # the call's settings in the store
        self.call = CallBudget()  # what the tab computes with: the saved ones, or the user's what-if
        self._loaded = False
        self.read_only = False
        self.portfolio: Portfolio | None = None
        self.robust: Robustness | None = None
        self._progress: SharedProgress | None = None
        self._selecting = False
        self._solving: SharedProgress | None = None  # the best set's run: cancelled when the program ends
        self._build()
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(EDIT_PAUSE_MS)
        self._pause.timeout.connect(self._recompute)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)
        self._solves = LatestOnly(runner, self._solve_work, self._show_solved, self._solve_failed, parent=self)
        self._robusts = LatestOnly(runner, self._robust_work, self._show_robust, self._robust_failed, parent=self)

    # ---- building ----

    def _build(self) -> None:
        self.budget = QDoubleSpinBox(self)
        self.budget.setRange(0, 1e12)
        self.budget.setDecimals(0)
        self.budget.setSingleStep(500_000)
        self.budget.setGroupSeparatorShown(True)
        sample = formatting.amount(1.0)  # US$ where the language puts it: "$1", "1 US$", "US$ 1"
        self.budget.setPrefix(sample[: sample.index("1")])
        self.budget.setSuffix(sample[sample.index("1") + 1 :])
        self.budget.setSpecialValueText(self.tr("none"))  # 0: no budget set, every fundable proposal funded
        self.budget.setAccessibleName(self.tr("The call's budget in US dollars"))
        self.budget.valueChanged.connect(self._budget_edited)
        self.samples = QSpinBox(self)
        self.samples.setRange(0, 10_000)
        self.samples.setSingleStep(100)
        self.samples.setValue(ROBUST_SAMPLES)  # the command's, the dossier's: the same figures
        self.samples.setGroupSeparatorShown(True)
        self.samples.setSpecialValueText(self.tr("none"))
        self.samples.setAccessibleName(self.tr("Weight samples for the probability of being funded"))
        self.samples.valueChanged.connect(lambda _: self._edited())
        self.save = QPushButton(self.tr("&Save…"), self)
        self.save.setAccessibleName(self.tr("Save as the call's budget and rules"))
        self.save.setToolTip(self.tr("Keep this budget and these rules as the call's, with a reason for the audit log"))
        self.save.clicked.connect(self._save)
        self.revert = QPushButton(self.tr("Re&vert"), self)
        self.revert.setAccessibleName(self.tr("Back to the call's saved budget and rules"))
        self.revert.clicked.connect(self._revert)
        self.rules = QListWidget(self)
        self.rules.setAccessibleName(self.tr("The call's rules"))
        self.rules.setMaximumHeight(self.rules.fontMetrics().height() * 4 + 12)
        self.add_rule = QPushButton(self.tr("&Add rule…"), self)
        self.add_rule.setAccessibleName(self.tr("Add a rule of the call"))
        self.add_rule.clicked.connect(self._add_rule)
        self.remove_rule = QPushButton(self.tr("Re&move"), self)
        self.remove_rule.setAccessibleName(self.tr("Remove the selected rule"))
        self.remove_rule.clicked.connect(self._remove_rule)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b91c1c")
        self.problem.setAccessibleName(self.tr("What is wrong with the call's saved settings"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self._said = ""  # what the summary says after whether the settings are the call's
        self.summary.setAccessibleName(self.tr("The best set against the rank order"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Weight samples solved"))
        self.stop = QPushButton(self.tr("S&top"), self)
        self.stop.setAccessibleName(self.tr("Stop computing the probabilities of being funded"))
        self.stop.clicked.connect(self._stopped)
        self.model = PortfolioModel(self)
        self.table = self._build_table()
        self.chart = GroupSharesChart(self)
        self.chart.setMinimumHeight(160)  # the splitter never leaves it a bare axis
        self.grouping = QComboBox(self)
        self.grouping.setAccessibleName(self.tr("Group the shares by"))
        for key in GROUPS:
            self.grouping.addItem(group_name(key, self._language), key)
        self.grouping.currentIndexChanged.connect(lambda _: self._draw_chart())
        self._lay_out()
        self._follow_state()

    def _build_table(self) -> FundingTable:
        table = FundingTable(self)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Proposals funded, in rank order"))
        table.setToolTip(line_tip())
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._force_menu)
        table.selectionModel().selectionChanged.connect(self._on_selection)
        return table

    def _lay_out(self) -> None:
        first = QHBoxLayout()  # no wider than the tab bar at 1024 pixels, in every language
        for widget in (QLabel(self.tr("Budget"), self), self.budget, QLabel(self.tr("Samples"), self), self.samples):
            first.addWidget(widget)
        first.addStretch(1)
        first.addWidget(self.save)
        first.addWidget(self.revert)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_rule)
        buttons.addWidget(self.remove_rule)
        buttons.addStretch(1)
        rules = QHBoxLayout()
        rules.addWidget(self.rules, stretch=1)
        rules.addLayout(buttons)
        working = QHBoxLayout()
        working.addWidget(self.progress, stretch=1)
        working.addWidget(self.stop)
        shares = QWidget(self)
        column = QVBoxLayout(shares)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Shares by"), shares))
        row.addWidget(self.grouping)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.chart, stretch=1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(shares)
        split.setStretchFactor(0, 2)  # the proposals first; the chart is a glance
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(first)
        layout.addLayout(rules)
        layout.addWidget(self.problem)
        layout.addWidget(self.summary)
        layout.addLayout(working)
        layout.addWidget(split, stretch=1)
        self.progress.setTextVisible(True)
        self._idle_progress()
        self.problem.hide()

    # ---- what the page tells the tab ----

    def set_data(self, data: CommitteeData) -> None:
        """A new committee computation: the call's saved settings read once, the sets computed again."""
        self.data = data
        if not self._loaded:
            self._loaded = True
            self._load_saved()
        self._recompute()

    def _load_saved(self) -> None:
        reader = self._service.reader
        try:
            self.saved = reader.call.budget() if reader is not None else CallBudget()
        except ValidationError as error:  # the stored settings edited by hand: said, and none used
            self.saved = CallBudget()
            self.problem.setText(fill(self.tr("The call's saved budget cannot be read: %1"), str(error)))
            self.problem.show()
        self._set_call(self.saved)

    def _set_call(self, call: CallBudget) -> None:
        self.call = call
        self.budget.blockSignals(True)
        self.budget.setValue(call.budget or 0.0)
        self.budget.blockSignals(False)
        self._list_rules()
        self._follow_state()

    def set_read_only(self, read_only: bool) -> None:
        """A store on read-only media: the what-if is computed, never saved."""
        self.read_only = read_only
        self._follow_state()

    # ---- editing the what-if ----

    def _budget_edited(self, value: float) -> None:
        self._change(CallBudget(value or None, self.call.rules, self.call.forced_in, self.call.forced_out))

    def _change(self, call: CallBudget) -> None:
        self.call = call
        self._list_rules()
        self._follow_state()
        self._edited()

    def _edited(self) -> None:
        self._stop_robust()
        self._pause.start()  # computed when the typing pauses; typing meanwhile is never held up

    def _list_rules(self) -> None:
        self.rules.clear()
        for index, rule in enumerate(self.call.rules):
            item = QListWidgetItem(rule_words(rule, self._language), self.rules)
            item.setData(Qt.ItemDataRole.UserRole, ("rule", index))
        codes = self._codes() if self.call.forced_in or self.call.forced_out else {}
        for kind, uuids in ((FORCED_IN, self.call.forced_in), (FORCED_OUT, self.call.forced_out)):
            for uuid in uuids:
                code = codes.get(uuid, uuid)
                text = (
                    fill(self.tr("Fund %1 whatever it costs"), code)
                    if kind == FORCED_IN
                    else fill(self.tr("Keep %1 out"), code)
                )
                item = QListWidgetItem(text, self.rules)
                item.setData(Qt.ItemDataRole.UserRole, (kind, uuid))
        if not self.rules.count():
            placeholder = QListWidgetItem(self.tr("No rules: the budget alone bounds the set"), self.rules)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        self.remove_rule.setEnabled(bool(self.call.rules or self.call.forced_in or self.call.forced_out))

    def _codes(self) -> dict[str, str]:
        if self.data is None:
            return {}
        table = self.data.table
        return dict(zip(table["uuid"].tolist(), table["code"].tolist(), strict=True))

    def _group_values(self) -> dict[str, list[str]]:
        if self.data is None:
            return {}
        table = self.data.table
        return {key: sorted({str(v) for v in table[key].dropna().tolist() if v}) for key in GROUPS}

    def _add_rule(self) -> None:
        dialog = RuleDialog(self._group_values(), self._language, self)
        if accepted(dialog) and dialog.rule is not None:
            rule: GroupRule = dialog.rule
            self._change(
                CallBudget(self.call.budget, (*self.call.rules, rule), self.call.forced_in, self.call.forced_out)
            )

    def _remove_rule(self) -> None:
        item = self.rules.currentItem()
        if item is None or not item.data(Qt.ItemDataRole.UserRole):
            return
        kind, key = item.data(Qt.ItemDataRole.UserRole)
        call = self.call
        if kind == "rule":
            rules = tuple(r for i, r in enumerate(call.rules) if i != key)
            self._change(CallBudget(call.budget, rules, call.forced_in, call.forced_out))
        else:
            self._force(str(key), None)

    def _force_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        uuid = str(self.model.data(index, UUID_ROLE))
        menu = QMenu(self)
        now = FORCED_IN if uuid in self.call.forced_in else FORCED_OUT if uuid in self.call.forced_out else None
        for label, way in (
            (self.tr("Fund it whatever it costs"), FORCED_IN),
            (self.tr("Keep it out"), FORCED_OUT),
            (self.tr("Let the best set decide"), None),
        ):
            action = QAction(label, menu)
            action.setCheckable(True)
            action.setChecked(way == now)  # what holds now, ticked
            action.triggered.connect(lambda _=False, w=way: self._force(uuid, w))
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _force(self, uuid: str, way: str | None) -> None:
        """Force a proposal in or out of the set (None: neither)."""
        call = self.call
        forced_in = tuple(u for u in call.forced_in if u != uuid) + ((uuid,) if way == FORCED_IN else ())
        forced_out = tuple(u for u in call.forced_out if u != uuid) + ((uuid,) if way == FORCED_OUT else ())
        self._change(CallBudget(call.budget, call.rules, forced_in, forced_out))

    def _follow_state(self) -> None:
        what_if = self.call != self.saved
        self.save.setEnabled(what_if and not self.read_only)
        self.revert.setEnabled(what_if)
        self._say(self._said)

    def _say(self, text: str) -> None:
        """The summary: whether the settings shown are the call's saved ones (in bold), then `text`."""
        self._said = text
        state = self.tr("What-if, not saved:") if self.call != self.saved else self.tr("The call's settings:")
        self.summary.setText(f"<b>{html.escape(state)}</b> {html.escape(text)}")

    def _revert(self) -> None:
        self._set_call(self.saved)
        self._stop_robust()
        self._recompute()

    def _save(self) -> None:
        reason = ask_reason(
            self,
            self.tr("Save the call's budget and rules"),
            self.tr("Why does the call's budget or its rules change?"),
            ok_text=self.tr("Save"),
        )
        if reason is None:
            return
        call = self.call
        self._service.submit(
            lambda store: store.call.set_budget(call, reason),
            lambda _changed: self._saved(call),
            self._save_failed,
            context=self,
        )

    def _saved(self, call: CallBudget) -> None:
        self.saved = call
        self.problem.hide()
        self._follow_state()
        if self.portfolio is not None and self.portfolio.call == call:
            self.portfolio_changed.emit(self.portfolio)

    def _save_failed(self, message: str) -> None:
        self.problem.setText(fill(self.tr("The call's budget and rules were not saved: %1"), message))
        self.problem.show()

    # ---- computing ----

    def _recompute(self) -> None:
        self._pause.stop()
        self._stop_robust()
        self._solves.request()

    def _solve_work(self) -> Callable[[], tuple[Portfolio, list[Reason]]] | None:
        if self.data is None:
            return None
        self._say(self.tr("Computing the best set…"))
        self._solving = SharedProgress()
        return partial(_solve, self.data.table, self.call, self._solving)

    def _show_solved(self, solved: tuple[Portfolio, list[Reason]]) -> None:
        portfolio, said = solved
        assert self.data is not None
        self.portfolio, self.robust = portfolio, None
        self.model.set_portfolio(portfolio, said, self.data.ranking, self._language)
        self.table.resizeColumnsToContents()
        self._say(self._summary(portfolio))
        self._draw_chart()
        self.computed.emit(portfolio)
        if portfolio.call == self.saved:  # the ranking's funding line is the call's, never a what-if's
            self.portfolio_changed.emit(portfolio)
        self._robust_again()

    def _solve_failed(self, message: str) -> None:
        self._say(message)

    def _summary(self, p: Portfolio) -> str:
        budget = p.call.budget
        head = (
            fill(self.tr("Budget %1."), formatting.amount(budget)) if budget is not None else self.tr("No budget set.")
        )
        if not p.feasible:
            return (
                head
                + " "
                + fill(
                    self.tr("The rules cannot all be met; in conflict: %1"),
                    "; ".join(conflict_words(p, self._language)),
                )
            )
        said = (
            head
            + " "
            + fill(
                self.tr("Best set: %1 proposals, %2, sum of totals %3. In rank order: %4 proposals, %5, sum %6."),
                formatting.integer(int(p.funded.sum())),
                formatting.amount(p.funded_amount),
                formatting.number(p.objective, decimals=1),
                formatting.integer(int(p.rank_order.sum())),
                formatting.amount(p.rank_order_amount),
                formatting.number(p.rank_order_objective, decimals=1),
            )
        )
        if (p.funded != p.rank_order).any():  # why proposals above the line can be out (a tester asked)
            said += " " + self.tr(
                "The best set adds up the funded proposals' totals: more proposals at the same money can add up to "
                "more than fewer, higher-ranked ones."
            )
        return said

    def _robust_again(self) -> None:
        self._stop_robust()
        self._robusts.request()

    def _robust_work(self) -> Callable[[], Robustness] | None:
        p, data, samples = self.portfolio, self.data, self.samples.value()
        if p is None or data is None or not p.feasible:
            return None
        if not samples:
            self._say(self._said + " " + self.tr("Probabilities of funding: not worked out (no samples)."))
            return None
        from red_desktop.core.portfolio_robust import ROBUST_MOST  # noqa: PLC0415 (loaded by the solve before this)

        if int(p.candidates.fundable(p.call).sum()) > ROBUST_MOST:
            self._say(
                self._said
                + " "
                + fill(
                    self.tr("Over %1 fundable proposals: no probabilities computed."), formatting.integer(ROBUST_MOST)
                )
            )
            return None
        progress = self._progress = SharedProgress()
        self.progress.setRange(0, samples)
        self.progress.setValue(0)
        self.progress.setFormat(fill(self.tr("Solving %1 weight samples: %v"), formatting.integer(samples)))
        self.stop.setEnabled(True)
        self._poll.start()
        return partial(_robust, data.ranking, self._rubric, p, samples, progress)

    def _show_progress(self) -> None:
        if self._progress is not None:
            done, _total, _text = self._progress.snapshot()
            self.progress.setValue(done)

    def _stop_robust(self) -> None:
        """Stop the samples under way: its figures are for a set no longer shown, or the user asked."""
        if self._progress is not None:
            self._progress.cancel()
            self._progress = None
        self._robusts.cancel()
        self._done_robust()

    def _stopped(self) -> None:
        """The user's Stop: the probabilities are not worked out, and the summary says so."""
        running = self._progress is not None
        self._stop_robust()
        if running:
            self._say(self._said + " " + self.tr("Probabilities of funding: stopped."))

    def stop_work(self) -> None:
        """The program is ending: the samples and the conflicts' search stop at their next check."""
        if self._solving is not None:
            self._solving.cancel()
        self._stop_robust()

    def _done_robust(self) -> None:
        self._poll.stop()
        self._idle_progress()

    def _idle_progress(self) -> None:
        """Shown and empty between runs: the table below never moves as a run starts or ends (a tester's right-click
        landed on the row below the one aimed at when the bar appeared)."""
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Probabilities of funding: idle"))
        self.stop.setEnabled(False)

    def _show_robust(self, robust: Robustness) -> None:
        self._done_robust()
        self._progress = None
        self.robust = robust
        self.model.set_robust(robust)
        margin = int(robust.at_margin.sum())
        self._say(
            self._summary(self.portfolio)
            + " "
            + fill(
                self.tr("At the margin over %1 weight samples (funded in fewer than 90 % of them): %2."),
                formatting.integer(robust.samples),
                formatting.integer(margin),
            )
            if self.portfolio is not None
            else ""
        )

    def _robust_failed(self, message: str) -> None:
        self._done_robust()
        self._say(self._said + " " + message)

    def _draw_chart(self) -> None:
        if self.portfolio is not None:
            key = str(self.grouping.currentData())
            group = self.grouping.currentText()  # "Region type", within the title's sentence "region type"
            self.chart.set_data(share_bars(self.portfolio, key, self._language), group[:1].lower() + group[1:])

    def _on_selection(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and not self._selecting:
            self.proposal_clicked.emit(self.model.uuid_at(rows[0].row()))

    def select(self, uuid: str) -> None:
        """Show the proposal's row (selected in another view), without telling the others again."""
        if self.portfolio is None or self.data is None or len(self.portfolio.candidates) != len(self.data.ranking):
            return
        row = self.data.position(uuid)  # the candidates are the ranking, in its order: no scan of 100,000
        if row is None:
            return
        self._selecting = True
        try:
            self.table.selectRow(row)
        finally:
            self._selecting = False
        self.table.scrollTo(self.model.index(row, KEYS.index("code")))


def _solve(table: pd.DataFrame, call: CallBudget, progress: SharedProgress) -> tuple[Portfolio, list[Reason]]:
    from red_desktop.core.portfolio import Candidates, best_portfolio, reasons  # noqa: PLC0415 (see TYPE_CHECKING)

    portfolio = best_portfolio(Candidates.of_table(table), call, progress)
    return portfolio, reasons(portfolio)


def _robust(
    ranking: Sequence[RankedProposal], rubric: Rubric, portfolio: Portfolio, samples: int, progress: SharedProgress
) -> Robustness:
    from red_desktop.core.portfolio_robust import robust_portfolio  # noqa: PLC0415 (see TYPE_CHECKING)
    from red_desktop.core.sensitivity import sensitivity_inputs  # noqa: PLC0415

    inputs = sensitivity_inputs(ranking, rubric)
    c = portfolio.candidates
    return robust_portfolio(
        c, portfolio.call, inputs.arrays, inputs.scored_at, samples=samples, seed=ROBUST_SEED, progress=progress
    )
