"""The scoring form: one evaluator scores one proposal against the rubric, saved as they go, totals live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QHideEvent, QTextCursor, QUndoStack
from PySide6.QtWidgets import QInputDialog, QLineEdit, QScrollArea, QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import isValid

from red_desktop.core.domain import Proposal
from red_desktop.core.errors import ConflictError, RedDesktopError
from red_desktop.core.indicators import suggestions
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import score_levels
from red_desktop.core.store import Store
from red_desktop.gui.editor.editor_keys import EditorKeys
from red_desktop.gui.fill import fill
from red_desktop.gui.read_only import hold_still
from red_desktop.gui.scoring.criterion_group import CriterionGroupWidget
from red_desktop.gui.scoring.final_question import confirm_final
from red_desktop.gui.scoring.history import ScoringHistory
from red_desktop.gui.scoring.message_banner import MessageBannerWidget
from red_desktop.gui.scoring.operations import EvaluationKey
from red_desktop.gui.scoring.proposal_header import ProposalHeaderWidget
from red_desktop.gui.scoring.score_summary import ScoreSummaryWidget
from red_desktop.gui.scoring.session import ScoringSession
from red_desktop.gui.scoring.subcriterion_row import SubCriterionRowWidget
from red_desktop.gui.scoring.tab_cycle import next_stop
from red_desktop.gui.scoring.texts import level_line, number, problem_line, suggestion_text
from red_desktop.gui.store_service import StoreService


class ScoringForm(QWidget):
    """Built once from the rubric (another rubric, another form); refilled by show_evaluation for each proposal."""

    def __init__(self, service: StoreService, rubric: Rubric, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._rubric = rubric
        self._language = language
        self._proposal: Proposal | None = None
        self._session: ScoringSession | None = None
        self._shown_key: EvaluationKey | None = None  # the evaluation asked for, shown or refused
        self.read_only = False  # a store on read-only media: proposals shown, nothing scored
        self._sessions: dict[tuple[str, ...], ScoringSession] = {}  # by evaluation, while saves are on their way
        self.history = ScoringHistory(self, self._on_level_undone, self._on_text_undone)  # Edit › Undo acts on it
        self.setAccessibleName(self.tr("Scoring form"))
        self.header = ProposalHeaderWidget(rubric, language, self)
        self.summary = ScoreSummaryWidget(language, self)
        self.banner = MessageBannerWidget(self)
        self.groups = [CriterionGroupWidget(c, rubric, language) for c in rubric.criteria]
        self.rows: dict[str, SubCriterionRowWidget] = {row.sub.id: row for g in self.groups for row in g.rows}
        self.scroll_area = self._scroll_area()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        for widget in (self.header, self.summary):
            layout.addWidget(widget)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.banner)  # below the criteria: a message coming or going moves no row, only shortens
        self._connect()
        self.addAction(self.summary.mark_final_action)  # its keys work wherever the focus is in the form
        EditorKeys(self, self.history.end_typing).watch(self.body)  # Ctrl+Z reaches the history, not the box's
        self.header.show_nothing(self.tr("No proposal chosen"))
        self.body.setEnabled(False)
        self.summary.hide()

    def _scroll_area(self) -> QScrollArea:
        self.body = body = QWidget()
        body.setAccessibleName(self.tr("Criteria and sub-criteria"))
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(10)
        for group in self.groups:
            layout.addWidget(group)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Criteria"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop between Mark final and A1; it follows focus
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        return scroll

    def _connect(self) -> None:
        for row in self.rows.values():
            row.level_chosen.connect(self._on_level_chosen)
            row.justification_edited.connect(self._on_justification_edited)
            row.justification_edit.textChanged.connect(  # every keystroke, for the undo history
                lambda row=row: self.history.text_changed(row.sub.id, row.justification())
            )
        self.summary.mark_final_clicked.connect(self._on_mark_final_clicked)
        self.summary.reopen_clicked.connect(self._on_reopen_clicked)
        self.banner.link_activated.connect(self._on_link_activated)

    # -- loading --------------------------------------------------------------------------------------------

    def show_evaluation(self, proposal_uuid: str, evaluator_uuid: str) -> None:
        """Show this evaluator's evaluation of the proposal (or an empty form that starts it at the first level).

        The evaluation already on screen is left as it is: the form leads and the store follows, so filling it
        again from the store would overwrite what is being typed with what an earlier save wrote.
        """
        key = EvaluationKey(proposal_uuid, evaluator_uuid, self._rubric)
        if self._session is not None and self._session.key.ident == key.ident:
            return
        self.flush()
        self.banner.clear()
        self._load(key)

    @property
    def key(self) -> EvaluationKey | None:
        """The evaluation on screen."""
        return self._session.key if self._session is not None else None

    @property
    def undo_stack(self) -> QUndoStack:
        return self.history.stack

    def _load(self, key: EvaluationKey, fresh: bool = False) -> None:
        self.history.clear()  # another evaluation, or the store's values after a failed save: a new history
        reader = self._reader()
        if not reader.proposals.exists(key.proposal_uuid):
            self._show_unavailable(
                self.tr("This proposal is not saved yet. Complete it in Proposals; it can be scored once saved."),
                self.tr("New proposal"),
            )
            return
        self._shown_key = key
        try:
            proposal = reader.proposals.get(key.proposal_uuid)
            evaluator = reader.evaluators.get(key.evaluator_uuid)
            conflicted = reader.interests.against(key.evaluator_uuid, key.proposal_uuid) is not None
            if conflicted and key.find(reader) is None:  # what the store would refuse: said before any typing
                reader.interests.refuse_if_conflicted(key.evaluator_uuid, key.proposal_uuid)
            self._session = self._session_for(key, proposal.code, reader, fresh)
        except ConflictError as exc:
            self._show_unavailable(
                fill(
                    self.tr("%1. You cannot evaluate this proposal: the committee gives it to another evaluator."),
                    str(exc),
                ),
                self.tr("Conflict of interest declared"),
            )
            return
        except RedDesktopError as exc:
            self._show_unavailable(str(exc))
            return
        self._proposal = proposal
        self.header.show_proposal(proposal, evaluator.name)
        self._fill_rows(proposal, self._session)
        self.body.setEnabled(True)
        if self.read_only:  # a store on read-only media: the scores shown, none changed
            hold_still(self.body)
        self.summary.show()
        self._refresh()
        if conflicted:  # begun before the declaration: kept, and left out of the committee's figures
            self.banner.show_message(
                self.tr(
                    "You declared a conflict of interest with this proposal: this evaluation is left out of the "
                    "committee's figures."
                )
            )

    def reload(self) -> None:
        """Show the evaluation on screen again as the store holds it (a conflict of interest declared meanwhile)."""
        key = self._shown_key
        if key is not None:
            self.flush()
            self.banner.clear()
            self._load(key, fresh=True)

    def _session_for(self, key: EvaluationKey, code: str, reader: Store, fresh: bool) -> ScoringSession:
        """A session still saving this evaluation holds newer values than the store: show those."""
        waiting = self._sessions.get(key.ident)
        if waiting is not None and waiting.pending > 0 and not fresh:
            return waiting
        session = ScoringSession(
            self._service, key, key.find(reader), code, self._on_session_saved, self._on_session_failed
        )
        self._sessions[key.ident] = session
        return session

    def _reader(self) -> Store:
        if self._service.reader is None:
            raise RuntimeError("the store service is not open")
        return self._service.reader

    def _fill_rows(self, proposal: Proposal, session: ScoringSession) -> None:
        found = suggestions(proposal, self._rubric)
        for sub_id, row in self.rows.items():
            text = session.justifications.get(sub_id, "")
            self.history.showing(sub_id, text)
            row.fill(session.levels.get(sub_id), text)
            hint = found.get(sub_id)
            if hint is None:
                row.show_suggestion("", None)
            else:
                row.show_suggestion(suggestion_text(hint, self._rubric, self._language), hint.level)

    def _show_unavailable(self, message: str, heading: str = "") -> None:
        self._proposal = self._session = None
        self.header.show_nothing(heading or self.tr("This evaluation cannot be shown"))
        self.banner.show_message(message)
        self.body.setEnabled(False)
        self.summary.hide()

    def flush(self) -> None:
        """Save at once any justification still waiting for a pause in typing."""
        for row in self.rows.values():
            row.flush()

    @property
    def shortcut_actions(self) -> list[QAction]:
        """The form's own keys, for Help › Keyboard shortcuts."""
        return [self.summary.mark_final_action]

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt's names)
        """Tab goes round the form: past the last field to the first and back, never out into the proposal list."""
        target = next_stop(self, next)
        if target is None:
            return super().focusNextPrevChild(next)
        target.setFocus(Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason)
        if self.body.isAncestorOf(target):
            self.scroll_area.ensureWidgetVisible(target)  # the field Tab reached is the field on screen
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # closing the window or switching views must not lose the last words typed
        super().hideEvent(event)

    # -- editing --------------------------------------------------------------------------------------------

    def _on_level_chosen(self, sub_id: str, level: int) -> None:
        if self._session is None:
            return
        previous = self._session.levels.get(sub_id)
        self._session.set_score(sub_id, level, self.rows[sub_id].justification())
        self.history.level_chosen(sub_id, previous, level)
        self._refresh()

    def _on_justification_edited(self, sub_id: str, text: str) -> None:
        if self._session is None:
            return
        self._session.set_justification(sub_id, text)
        self._refresh_saving()

    def _on_level_undone(self, sub_id: str, level: int) -> None:
        """Undo or redo of a level: shown, and saved as a level chosen is (with the justification as it stands)."""
        row = self.rows[sub_id]
        if self._session is None or self._session.final or self._session.busy:
            return
        row.fill(level, row.justification())
        self._session.set_score(sub_id, level, row.justification())
        self._refresh()
        self._reveal(row, row.selector)

    def _on_text_undone(self, sub_id: str, text: str) -> None:
        """Undo or redo of a typing run: shown, and saved as a pause in typing saves it."""
        row = self.rows[sub_id]
        if self._session is None or self._session.final or self._session.busy:
            return
        row.fill(row.level, text)
        self._session.set_justification(sub_id, text)
        self._refresh_saving()
        self._reveal(row, row.justification_edit)
        row.justification_edit.moveCursor(QTextCursor.MoveOperation.End)

    def _reveal(self, row: SubCriterionRowWidget, widget: QWidget) -> None:
        self.scroll_area.ensureWidgetVisible(row)
        widget.setFocus()

    def _refresh(self) -> None:
        self._refresh_scores()
        self._refresh_state()
        self._refresh_saving()

    def _refresh_scores(self) -> None:
        if self._session is None or self._proposal is None:
            return
        result = score_levels(self._session.levels, self._rubric, self._proposal.region_type)
        self.summary.show_total(result.total, len(result.missing), len(self._rubric.subcriteria))
        for group in self.groups:
            partial = any(s.id in result.missing for s in group.criterion.subcriteria)
            cid = group.criterion.id
            group.show_score(result.criteria[cid], result.weights[cid], partial)

    def _refresh_state(self) -> None:
        if self._session is None:
            return
        locked = self._session.final or self._session.busy  # no edits race a state change on its way
        for row in self.rows.values():
            row.set_read_only(locked)
        self.summary.show_state(self._session.state, self._session.busy)

    def _refresh_saving(self) -> None:
        if self._session is not None:
            self.summary.show_saving(self._session.pending, self._session.failed)

    # -- results of saves -----------------------------------------------------------------------------------

    def _on_session_saved(self, session: ScoringSession) -> None:
        if not isValid(self):
            return  # the window closed while this save was on its way: it is stored, nothing is left to show
        self._forget_if_done(session)
        if session is self._session:
            self._refresh_state()
            self._refresh_saving()
            self._reload_after_failure(session)

    def _on_session_failed(self, session: ScoringSession, message: str) -> None:
        if not isValid(self):
            return
        self._forget_if_done(session)
        self.banner.show_message(self.tr("Not saved ({code}): {message}").format(code=session.code, message=message))
        if session is self._session:
            self._refresh_saving()
            self._reload_after_failure(session)

    def _forget_if_done(self, session: ScoringSession) -> None:
        if session.pending == 0 and self._sessions.get(session.key.ident) is session:
            del self._sessions[session.key.ident]

    def _reload_after_failure(self, session: ScoringSession) -> None:
        """Once the queue is empty, show what the store holds, so the form never claims unsaved values."""
        if session.failed:
            self.flush()  # words still waiting for the typing pause get their own chance first
        if session.failed and session.pending == 0:
            self._load(session.key, fresh=True)

    # -- state changes --------------------------------------------------------------------------------------

    def _on_mark_final_clicked(self) -> None:
        if self._session is None:
            return
        self.flush()
        problems = self._session.problems()
        for sub_id, row in self.rows.items():
            row.set_flagged(any(p.location == sub_id for p in problems))
        if problems:
            self.banner.show_message(
                self.tr("Not final yet. Complete these first (click one to go there):"),
                [problem_line(p, self._rubric, self._session.levels, self._language) for p in problems],
                severity="warning",
            )
            self._go_to(problems[0].location)
            return
        if not self._confirmed_final():
            return
        self.banner.clear()
        self.history.clear()  # a final evaluation is locked: nothing on it is undone
        self._session.finalize()
        self._refresh()

    def _confirmed_final(self) -> bool:
        """Asked once, showing what is being locked: the total and every level given."""
        if self._session is None or self._proposal is None:
            return False
        levels = self._session.levels
        total = score_levels(levels, self._rubric, self._proposal.region_type).total
        given = [sub.id for sub in self._rubric.subcriteria if sub.id in levels]  # in the rubric's order
        lines = [level_line(self._rubric, sub_id, levels[sub_id], self._language) for sub_id in given]
        return confirm_final(self, self._proposal.code, number(total, self._language, 1), lines)

    def _on_link_activated(self, sub_id: str) -> None:
        self._go_to(sub_id)

    def _go_to(self, sub_id: str) -> None:
        row = self.rows.get(sub_id)
        if row is None:
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()  # a banner just shown has shortened the criteria: scroll within what is left
        self.scroll_area.ensureWidgetVisible(row)
        editor = row.justification_edit
        (editor if row.level is not None and editor.isEnabled() else row.selector).setFocus()

    def _on_reopen_clicked(self) -> None:
        if self._session is None:
            return
        reason, accepted = QInputDialog.getText(
            self,
            self.tr("Reopen evaluation"),
            self.tr("Why reopen this final evaluation? The reason is kept in the audit log."),
            QLineEdit.EchoMode.Normal,
        )
        if not accepted:
            return
        if not reason.strip():
            self.banner.show_message(self.tr("Not reopened: a reason is required. Nothing was changed."))
            return
        self.banner.clear()
        self._session.reopen(reason.strip())
        self._refresh()
