"""One proposal as the committee sees it: its profile against the portfolio, the evaluators' reasons side by side,
why it is contested, its decision."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import chart_data, formatting
from red_desktop.core.committee import CommitteeData
from red_desktop.core.domain import Decision
from red_desktop.core.eligibility import Eligibility
from red_desktop.core.enum_labels import enum_label
from red_desktop.core.history import HistoryEvent, decision_history
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.reasons import ProposalReasons, contested_subcriteria, proposal_reasons
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.charts.radar import RadarChart
from red_desktop.gui.committee.contest_reasons import reason_text
from red_desktop.gui.committee.decision_dialog import DecisionAnswer, ask_decision
from red_desktop.gui.committee.decision_history import history_html, withdrawal_text
from red_desktop.gui.committee.reasons_view import ReasonsView
from red_desktop.gui.fill import fill
from red_desktop.gui.flow_layout import FlowLayout
from red_desktop.gui.reason_dialog import ask_reason
from red_desktop.gui.store_service import Change, ChangeKind, StoreService


class ProposalPanel(QWidget):
    def __init__(self, service: StoreService, rubric: Rubric, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._rubric = rubric
        self._language = language
        self._uuid: str | None = None
        self._heading = ""
        self._decision: Decision | None = None
        self._ranked: RankedProposal | None = None
        self._history: list[HistoryEvent] = []
        self.radar = RadarChart(self)
        self.reasons = ReasonsView(self)
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.setAccessibleName(self.tr("The proposal's profile and the evaluators' reasons"))
        self.views.addTab(self.radar, self.tr("Profile"))
        self.views.addTab(self.reasons, self.tr("Evaluators' reasons"))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(self.tr("Proposal details for the committee"))
        self.read_only = False
        self.decide_button = QPushButton(self.tr("Record &decision…"), self)
        self.decide_button.setAccessibleName(self.tr("Record or revise the committee's decision"))
        self.withdraw_button = QPushButton(self.tr("&Withdraw decision…"), self)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the committee's decision"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Decision message"))
        self.decide_button.clicked.connect(self.decide)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.override_button = QPushButton(self.tr("&Eligibility override…"), self)
        self.override_button.setAccessibleName(self.tr("Record or remove a gate override with its rationale"))
        self.override_button.clicked.connect(self.override)
        buttons = QWidget(self)
        row = FlowLayout(buttons)  # three long Spanish titles wrap onto two lines in a narrow panel
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.decide_button, self.withdraw_button, self.override_button):
            row.addWidget(button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self._scrolled(self.details), stretch=1)
        lower_layout.addWidget(buttons)
        lower_layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.views)
        splitter.addWidget(lower)
        # The details hold the decision: at first they get about a third of the height (10 lines at 1024×768);
        # the views keep the rest, at least the radar's minimum height (its profile read 120 px across at 60 %).
        # The user drags the handle for more of either.
        splitter.setSizes([65, 35])  # proportions until the splitter has its real height
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._enable()

    def _scrolled(self, label: QLabel) -> QScrollArea:
        """The details scroll down when the panel is short (a 768-pixel screen), never sideways nor cut."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(label)
        return area

    def show_proposal(self, data: CommitteeData, uuid: str) -> None:
        ranked = data.proposal(uuid)
        if ranked is None:
            return
        if uuid != self._uuid:
            self.message.clear()  # "Decision saved" was about the proposal shown before
        self._uuid, self._decision = uuid, data.decisions.get(uuid)
        self._ranked = ranked
        self._heading = f"{ranked.code} · {ranked.title}"
        self._history = self._read_history(uuid)
        self.radar.set_data(chart_data.radar(data, uuid, self._language))
        self.reasons.set_reasons(self._read_reasons(ranked))
        self.details.setText(self._details(data, uuid))
        self._enable()

    def _details(self, data: CommitteeData, uuid: str) -> str:
        r = data.proposal(uuid)
        assert r is not None
        total = formatting.optional(r.total)
        parts = [
            f"<b>{html.escape(r.code)}</b> · {html.escape(r.title)}",
            fill(
                self.tr("Rank %1 · total %2 · %3 final evaluations · spread %4"),
                str(r.rank or "–"),
                total,
                formatting.integer(r.evaluations),
                formatting.optional(r.spread),
            ),
        ]
        finals = data.finals_of(uuid)
        if len(finals):
            scores = ", ".join(
                f"{html.escape(str(e))} {formatting.number(t)}" for e, t in zip(finals["evaluator"], finals["total"])
            )
            parts.append(fill(self.tr("Evaluators: %1"), scores))
        parts.append(self._decision_text())  # before the lists below it, in sight without scrolling
        if r.contested:
            names = {s.id: s.name.get_text(self._language) for s in self._rubric.subcriteria}
            reasons = "".join(f"<li>{html.escape(reason_text(reason, names))}</li>" for reason in r.reasons)
            contested = html.escape(self.tr("Contested"))
            parts.append(f"<b>{contested}</b><ul>{reasons}</ul>")
        if not r.eligible:
            gates = ", ".join(self._gate_names().get(g, g) for g in r.failed_gates)
            parts.append(html.escape(fill(self.tr("Ineligible: fails %1"), gates)))
        elif r.override_rationale:
            parts.append(html.escape(fill(self.tr("Eligible by gate override: %1"), r.override_rationale)))
        return "<br>".join(parts) + history_html(self._history)

    def _decision_text(self) -> str:
        """The decision now, or its withdrawal (when, by whom, why); its history with every reason comes last."""
        d = self._decision
        if d is None:
            text = withdrawal_text(self._history) or self.tr("No decision yet.")
            return f"<b>{html.escape(text)}</b>"
        text = fill(
            self.tr("Decision: %1 on %2 (members present: %3). %4"),
            enum_label(d.kind),
            d.decided_on,
            ", ".join(d.members_present),
            d.rationale,
        )
        if d.conditions:
            text += " " + fill(self.tr("Conditions: %1"), d.conditions)
        if d.members_recused:
            text += " " + fill(
                self.tr("Recused for a declared conflict of interest: %1."), ", ".join(d.members_recused)
            )
        return f"<b>{html.escape(text)}</b>"

    def _read_reasons(self, ranked: RankedProposal) -> ProposalReasons:
        """Each final evaluation's levels and justifications: a few indexed reads, like the history's."""
        reader, contested = self._service.reader, contested_subcriteria(ranked.reasons)
        if reader is None:
            return ProposalReasons((), ())
        return proposal_reasons(reader, self._rubric, ranked.uuid, contested, self._language)

    def _read_history(self, uuid: str) -> list[HistoryEvent]:
        """The decision's history: a quick indexed read through the service's read-only store, like the editor's."""
        reader = self._service.reader
        return decision_history(reader, uuid) if reader is not None else []

    def _enable(self) -> None:
        if self.read_only:  # a store on read-only media: the decisions are shown, none is recorded
            for button in (self.decide_button, self.withdraw_button, self.override_button):
                button.setEnabled(False)
            return
        self.decide_button.setEnabled(self._uuid is not None)
        self.decide_button.setText(self.tr("Revise &decision…") if self._decision else self.tr("Record &decision…"))
        self.withdraw_button.setEnabled(self._decision is not None)
        ranked = self._ranked
        overridable = ranked is not None and (bool(ranked.failed_gates) or ranked.override_rationale is not None)
        self.override_button.setEnabled(overridable)
        self.override_button.setText(
            self.tr("Remove &eligibility override…")
            if ranked is not None and ranked.override_rationale
            else self.tr("&Eligibility override…")
        )

    # ---- decisions ----

    def decide(self) -> None:
        if self._uuid is None:
            return
        ranked = self._ranked
        eligibility = Eligibility(ranked.failed_gates, ranked.override_rationale) if ranked else None
        answer = ask_decision(
            self, self._uuid, self._heading, self._decision, self._service.user, eligibility, self._gate_names()
        )
        if answer is not None:
            self._submit(answer)

    def _submit(self, answer: DecisionAnswer) -> None:
        uuid, rubric = answer.decision.proposal_uuid, self._rubric

        def write(store: Store) -> Decision:
            if answer.reason:
                return store.decisions.revise(answer.decision, answer.reason, rubric)
            return store.decisions.record(answer.decision, rubric)

        self.message.setText(self.tr("Saving the decision…"))
        self._service.submit(write, self._saved, self._failed, Change(ChangeKind.PROPOSAL, (uuid,)), context=self)

    def withdraw(self) -> None:
        if self._uuid is None or self._decision is None:
            return
        uuid = self._uuid
        reason = ask_reason(
            self,
            self.tr("Withdraw the decision"),
            self.tr("Why is the decision withdrawn? (recorded in the audit log)"),
        )
        if reason is None:
            return
        self._service.submit(
            lambda store: store.decisions.withdraw(uuid, reason),
            self._withdrawn,
            self._failed,
            Change(ChangeKind.PROPOSAL, (uuid,)),
            context=self,
        )

    def override(self) -> None:
        """Treat a proposal that fails a gate as eligible, for a rationale; or remove that, for a reason."""
        ranked = self._ranked
        if ranked is None:
            return
        uuid = ranked.uuid
        if ranked.override_rationale:
            reason = ask_reason(
                self,
                self.tr("Remove the eligibility override"),
                self.tr("Why is the override removed? (recorded in the audit log)"),
            )
            if reason is not None:
                self._service.submit(
                    lambda store: store.overrides.clear(uuid, reason), self._overridden, self._failed,
                    Change(ChangeKind.PROPOSAL, (uuid,)), context=self,
                )  # fmt: skip
            return
        gates = ", ".join(self._gate_names().get(g, g) for g in ranked.failed_gates)
        rationale = ask_reason(
            self,
            self.tr("Eligibility override"),
            fill(
                self.tr("%1 fails: %2. Why should the committee treat it as eligible? (recorded in the audit log)"),
                ranked.code,
                gates,
            ),
        )
        if rationale is not None:
            self._service.submit(
                lambda store: store.overrides.set(uuid, rationale), self._overridden, self._failed,
                Change(ChangeKind.PROPOSAL, (uuid,)), context=self,
            )  # fmt: skip

    def _gate_names(self) -> dict[str, str]:
        return {g.id: g.name.get_text(self._language) for g in self._rubric.gates}

    def _overridden(self, _: object) -> None:
        self.message.setText(self.tr("Eligibility override saved; the ranking follows."))

    def _saved(self, decision: Decision) -> None:
        self._decision = decision
        self.message.setText(self.tr("Decision saved; the proposal's evaluations are locked."))
        self._enable()

    def _withdrawn(self, _: object) -> None:
        self._decision = None
        self.message.setText(self.tr("Decision withdrawn; the evaluations are unlocked."))
        self._enable()

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        QMessageBox.warning(self, self.tr("Decision not saved"), message)
