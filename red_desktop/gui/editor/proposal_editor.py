"""The proposal editor: every field of a proposal, checked as it is typed, saved on its own, with undo."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget

from red_desktop.core import formatting
from red_desktop.core.codes import code_is_free, store_mark, suggest_code
from red_desktop.core.domain import Actor, Proposal, Stamp
from red_desktop.core.errors import Problem, RedDesktopError
from red_desktop.core.exchange.model import Entity
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.core.validation import proposal_problems
from red_desktop.gui.editor.actors_section import ActorsSection
from red_desktop.gui.editor.attachment_list import AttachmentListWidget
from red_desktop.gui.editor.attachments_section import AttachmentsSection
from red_desktop.gui.editor.autosave import ProposalSaver
from red_desktop.gui.editor.editor_keys import EditorKeys
from red_desktop.gui.editor.form_fields import FormFields
from red_desktop.gui.editor.indicators_panel import IndicatorsPanel
from red_desktop.gui.editor.labels import field_labels
from red_desktop.gui.editor.number_edit import NumberEdit
from red_desktop.gui.editor.problem_marker import STYLE_SHEET, ProblemMarker
from red_desktop.gui.editor.proposal_form import ProposalForm
from red_desktop.gui.editor.save_status import SaveStatus
from red_desktop.gui.editor.undo_commands import ActorsEditCommand, FieldEditCommand
from red_desktop.gui.fill import fill
from red_desktop.gui.read_only import hold_still
from red_desktop.gui.scoring.message_banner import MessageBannerWidget
from red_desktop.gui.store_service import Change, ChangeKind, StoreService

log = logging.getLogger(__name__)


class ProposalEditor(QWidget):
    """edit(uuid) or new_proposal(); every valid state is written ~800 ms after the last change."""

    saved = Signal(str)  # the proposal's uuid, after each successful save
    proposal_started = Signal(str)  # a new proposal's uuid: it is the one on screen, though not yet stored
    resolve_requested = Signal(str)  # the proposal's uuid: show its exchange conflict to resolve it
    problems_changed = Signal(list)  # list[Problem] of the proposal as the widgets describe it
    proposal_shown = Signal(str)  # the uuid of the proposal now on screen, '' when none is (cleared)

    def __init__(self, service: StoreService, parent: QWidget | None = None, rubric: Rubric | None = None):
        super().__init__(parent)
        self._service = service
        self.setAccessibleName(self.tr("Proposal editor"))
        self.setStyleSheet(STYLE_SHEET)
        self.form = ProposalForm(self)
        self.read_only = False
        self.exchange_banner = MessageBannerWidget(self)
        self.exchange_banner.link_activated.connect(self._on_resolve_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.exchange_banner)
        layout.addWidget(self.form.root, stretch=1)  # the banner as tall as its text, the form the rest
        self.fields = FormFields(self.form.adapters(), self)
        self.actors = self._build_actors()
        self.attachments = self._build_attachments()
        total, leverage, coverage = (self.form.child(QLabel, name) for name in self._INDICATORS)
        self._rubric = rubric
        self.indicators = IndicatorsPanel(total, leverage, coverage, rubric)
        self.tabs = self.form.child(QTabWidget, "tabs")
        self.marker = ProblemMarker({**self.fields.widgets(), "actors": self.actors.table}, self.tabs)
        self._emphasise(self.form.child(QLabel, "headingLabel"))
        self.status = SaveStatus(self.form.child(QLabel, "saveStatusLabel"), self.reveal_problems)
        self.conflict_bar = self.form.child(QFrame, "conflictBar")
        self.form.child(QPushButton, "reloadButton").clicked.connect(self.reload_stored)
        self.form.child(QPushButton, "keepMineButton").clicked.connect(self.keep_mine)
        self._undo = QUndoStack(self)
        self._keys = EditorKeys(self, self.fields.end_typing)
        self._keys.watch(self.form.root)
        self._build_actions()
        self._savers: dict[str, ProposalSaver] = {}
        self._saver: ProposalSaver | None = None
        self._base: Proposal | None = None
        self._touched: set[str] = set()
        self._edited: set[str] = set()  # the fields edited since the last snapshot handed to the saver
        self._held = False  # edits made since the form last had no problems: not saved, lost if left
        self._problems: list[Problem] = []
        self._suggested_code = ""
        self._role = ""  # the role changes are made in: a field evaluator's new codes are provisional
        self.fields.edited.connect(self._on_field_edited)
        self.actors.edited.connect(self._on_actors_edited)
        service.changed.connect(self._on_store_changed)  # a bound slot: disconnected when the editor goes
        self.form.root.setEnabled(False)

    _INDICATORS = ("counterpartTotalValue", "leverageValue", "coverageValue")

    @staticmethod
    def _emphasise(label: QLabel) -> None:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)

    def _build_actors(self) -> ActorsSection:
        buttons = (self.form.child(QPushButton, n) for n in ("addActorButton", "editActorButton", "removeActorButton"))
        return ActorsSection(self.form.child(QTableView, "actorsTable"), *buttons)

    def _build_attachments(self) -> AttachmentsSection:
        names = ("addAttachmentButton", "openAttachmentButton", "removeAttachmentButton")
        files = self.form.child(AttachmentListWidget, "attachmentsList")
        message = self.form.child(QLabel, "attachmentsMessageLabel")
        return AttachmentsSection(self._service, files, message, [self.form.child(QPushButton, n) for n in names])

    def _build_actions(self) -> None:
        self.undo_action = self._undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self._undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.save_action = QAction(self.tr("&Save now"), self)
        self.save_action.setShortcuts(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.flush)
        for action in (self.undo_action, self.redo_action, self.save_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # -- public API ---------------------------------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        return self._undo

    @property
    def proposal_uuid(self) -> str | None:
        return None if self._base is None else self._base.uuid

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    @property
    def revision(self) -> int | None:
        """The revision the last save returned (None while a new proposal is not yet written)."""
        stamp = self._saver.stamp if self._saver else None
        return None if stamp is None else stamp.revision

    def edit(self, proposal_uuid: str) -> None:
        """Open a stored proposal (saving the one being edited first)."""
        if proposal_uuid == self.proposal_uuid:
            return
        self.flush()
        saver = self._savers.get(proposal_uuid)
        if saver is not None and saver.latest is not None:
            proposal = saver.latest  # its last edits are still on their way to the store
        else:
            proposal = self._reader().proposals.get(proposal_uuid)
            saver = self._new_saver(proposal.uuid, proposal)
        self._start(proposal, saver)

    def new_proposal(self) -> None:
        """Start a proposal in memory; it is first written once it has no problems."""
        if self.read_only:
            return
        self.flush()
        proposal = Proposal(code="", title="", country="", author=self._service.user)
        self._start(proposal, self._new_saver(proposal.uuid, None))
        self.tabs.setCurrentIndex(0)
        self.fields.widget("title").setFocus()
        self.proposal_started.emit(proposal.uuid)

    def is_stored(self, proposal_uuid: str) -> bool:
        """Whether the store holds this proposal (a new one is written by its first valid save)."""
        saver = self._savers.get(proposal_uuid)
        if saver is not None:
            return saver.stored
        return self._reader().proposals.exists(proposal_uuid)

    def subject(self) -> str:
        """How the proposal on screen is named to the user: its code as last saved, or 'The new proposal'."""
        if self._base is None or self._saver is None or not self._saver.stored:
            return self.tr("The new proposal")
        saved = self._saver.latest or self._base  # a proposal made here got its code after it was started
        return saved.code

    def unsaved_problems(self) -> list[Problem]:
        """The problems keeping the edits on screen from being saved; empty when leaving loses nothing."""
        return list(self._problems) if self._held else []

    def discard_unsaved(self) -> None:
        """Drop the edits that could not be saved: the stored version again, or no proposal if it never was."""
        if self._saver is None or self._base is None:
            return
        if self._saver.stored:
            self.reload_stored()
        else:
            self._saver.cancel()
            self._savers.pop(self._base.uuid, None)
            self.clear()

    def clear(self) -> None:
        """No proposal on screen."""
        self._base, self._saver, self._held = None, None, False
        self._undo.clear()
        self.fields.load(Proposal(code="", title="", country=""))
        self.actors.set_actors(())
        self.attachments.set_proposal(None)
        self.exchange_banner.clear()
        self.conflict_bar.hide()
        self.form.root.setEnabled(False)
        self.proposal_shown.emit("")

    def current_proposal(self) -> Proposal | None:
        """The proposal as the widgets describe it, valid or not (numbers not understood stay text)."""
        if self._base is None:
            return None
        return replace(self._base, **self.fields.values(), actors=self.actors.actors())

    def flush(self) -> None:
        """Write the waiting changes now instead of after the delay."""
        if self._saver is not None:
            self._saver.flush()

    def reveal_problems(self) -> None:
        """Mark every problem, untouched fields included, and go to the first."""
        self._touched.update(self.fields.names)
        self._touched.add("actors")
        self._refresh(save=False)
        if self._problems:
            widget = self.marker.widget_for(self._problems[0].location)
            if widget is not None:
                self._reveal(widget)

    # -- loading and saving -------------------------------------------------------------------

    def _reader(self) -> Store:
        assert self._service.reader is not None, "the store service is not open"
        return self._service.reader

    def _new_saver(self, uuid: str, stored: Proposal | None) -> ProposalSaver:
        # No Qt parent: a save still in flight when the editor is destroyed completes, and only then goes.
        saver = ProposalSaver(self._service, stored, rubric=self._rubric)
        saver.saved.connect(self._on_saved)
        saver.failed.connect(lambda _message, s=saver: self._on_save_failed(s))
        saver.state_changed.connect(self._on_saver_state)
        self._savers[uuid] = saver
        return saver

    def _start(self, proposal: Proposal, saver: ProposalSaver) -> None:
        self._base, self._saver, self._held = proposal, saver, False
        self._edited = set()
        self.conflict_bar.hide()
        self._undo.clear()
        self.fields.load(proposal)
        self.actors.set_actors(proposal.actors)
        self._touched = set(self.fields.names) | {"actors"} if saver.stored else set()
        self._suggested_code = ""
        self.attachments.set_proposal(proposal.uuid if saver.stored else None)
        self.form.root.setEnabled(True)
        if self.read_only:  # a store on read-only media: every page readable, nothing editable
            hold_still(self.form.root)
        self._show_exchange_conflict()
        self._refresh(save=False)
        self.proposal_shown.emit(proposal.uuid)

    def _show_exchange_conflict(self) -> None:
        """A proposal changed on two laptops keeps both versions until someone resolves it: say so above it."""
        uuid = self.proposal_uuid
        reader = self._service.reader
        if uuid is None or reader is None or not reader.exchange.has_conflict(Entity.PROPOSAL, uuid):
            self.exchange_banner.clear()
            return
        self.exchange_banner.show_message(
            self.tr("This proposal was changed here and on another laptop; both versions are kept."),
            [("resolve", self.tr("Compare them and choose, field by field, in Exchange › Conflicts"))],
            severity="warning",
        )

    def _on_store_changed(self, change: object) -> None:
        self._show_exchange_conflict()
        uuid = self.proposal_uuid
        if isinstance(change, Change) and change.kind is ChangeKind.PROPOSAL and uuid in change.uuids:
            self._adopt_stored()

    def _adopt_stored(self) -> None:
        """Something else in this window wrote the proposal on screen (a committee decision marks it decided):
        with nothing waiting to be saved, its new revision becomes the one edited, on screen too. Edits still
        waiting are written over it field by field instead (see ProposalSaver), and shown with it once saved."""
        saver, reader = self._saver, self._service.reader
        if saver is None or reader is None or self._base is None or self._edited or not saver.stored:
            return
        try:
            stored = reader.proposals.get(self._base.uuid)
        except RedDesktopError:
            return
        if stored.stamp != saver.stamp and saver.adopt(stored):
            self._show_stored(stored)

    def _show_stored(self, stored: Proposal) -> None:
        """The stored values of the fields with no edit waiting to be saved, quietly (not edits, nothing to undo)."""
        self._base = stored
        values = self.fields.values()
        changed = [name for name in self.fields.names if values[name] != getattr(stored, name)]
        actors = _without_stamps(self.actors.actors()) != _without_stamps(stored.actors)
        if not changed and not actors:
            return
        for name in changed:
            self.fields.load_value(name, getattr(stored, name))
        if actors:
            self.actors.set_actors(stored.actors)
        if self._service.reader is not None:  # a save answered as the window closes: nothing left to check
            self._refresh(save=False)

    def _on_resolve_link(self, anchor: str) -> None:
        if anchor == "resolve" and self.proposal_uuid is not None:
            self.resolve_requested.emit(self.proposal_uuid)

    def _on_saved(self, stored: Proposal) -> None:
        if stored.uuid == self.proposal_uuid and not self.attachments.files.isEnabled():
            self.attachments.set_proposal(stored.uuid)  # a new proposal now exists: files may follow
        saver = self._saver
        if stored.uuid == self.proposal_uuid and saver is not None and not saver.busy and not self._edited:
            self._show_stored(stored)  # fields another write changed meanwhile (a decision's status) show as saved
        self.saved.emit(stored.uuid)

    # -- saved elsewhere meanwhile ------------------------------------------------------------

    def _on_save_failed(self, saver: ProposalSaver) -> None:
        """A save refused because the store holds a newer revision: say who saved it and offer both ways out."""
        newer = self._newer_stored(saver)
        if saver is not self._saver or newer is None:
            return
        when = formatting.short_moment(newer.stamp.updated_at)
        self.form.child(QLabel, "conflictLabel").setText(
            fill(
                self.tr(
                    "%1 saved this proposal at %2 while you were editing it. Reload their version (your unsaved"
                    " changes are dropped) or keep yours (it replaces theirs; the audit log keeps both)."
                ),
                newer.stamp.updated_by or self.tr("Someone"),
                when,
            )
        )
        self.conflict_bar.show()

    def _newer_stored(self, saver: ProposalSaver) -> Proposal | None:
        uuid, reader = self.proposal_uuid, self._service.reader
        if uuid is None or saver.stamp is None or reader is None:  # no reader: the window is closing
            return None
        try:
            stored = reader.proposals.get(uuid)
        except RedDesktopError:
            return None
        return stored if stored.stamp.revision != saver.stamp.revision else None

    def reload_stored(self) -> None:
        """Show the stored version; the edits not saved are dropped, with the undo history they made."""
        uuid = self.proposal_uuid
        if uuid is None or self._saver is None:
            return
        self._saver.cancel()
        self._savers.pop(uuid, None)
        stored = self._reader().proposals.get(uuid)
        self._start(stored, self._new_saver(uuid, stored))

    def keep_mine(self) -> None:
        """Save the fields edited on screen over the newer stored version; the fields not edited here (a
        decision's status among them) stay as stored, and show so once saved."""
        newer = self._newer_stored(self._saver) if self._saver is not None else None
        self.conflict_bar.hide()
        if newer is not None and self._saver is not None:
            self._saver.rebase(newer)

    def _on_saver_state(self) -> None:
        if self._saver is not None:
            self.status.show(self._problems, self._saver)
        idle = [uuid for uuid, saver in self._savers.items() if saver is not self._saver and not saver.busy]
        for uuid in idle:
            self._savers.pop(uuid).deleteLater()

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # leaving the editor (another page, closing the window) saves at once
        super().hideEvent(event)

    # -- edits and undo -----------------------------------------------------------------------

    def _on_field_edited(self, name: str, old: Any, new: Any, merge: bool) -> None:
        if self.read_only:  # a widget hold_still missed: its change is not the store's
            log.warning("field %s changed in a read-only editor", name)
            return
        self._touched.add(name)
        self._edited.add(name)
        text = self.tr("Edit {0}").format(field_labels().get(name, name))
        self._undo.push(FieldEditCommand(text, name, old, new, self._apply_field, merge))
        if name == "country":
            self._suggest_code()
        self._refresh()

    def _on_actors_edited(self, old: tuple[Actor, ...], new: tuple[Actor, ...], description: str) -> None:
        self._touched.add("actors")
        self._edited.add("actors")
        self.fields.end_typing()
        self._undo.push(ActorsEditCommand(description, old, new, self._apply_actors))
        self._refresh()

    def _apply_field(self, name: str, raw: Any) -> None:
        self.fields.apply_raw(name, raw)
        self._touched.add(name)
        self._edited.add(name)
        self._reveal(self.fields.widget(name))
        self._refresh()

    def _apply_actors(self, actors: tuple[Actor, ...]) -> None:
        self.fields.end_typing()
        self.actors.set_actors(actors)
        self._edited.add("actors")
        self._reveal(self.actors.table)
        self._refresh()

    def _reveal(self, widget: QWidget) -> None:
        pages = ((i, self.tabs.widget(i)) for i in range(self.tabs.count()))
        index = next((i for i, page in pages if page is not None and page.isAncestorOf(widget)), -1)
        if index >= 0:
            self.tabs.setCurrentIndex(index)
        widget.setFocus()

    def set_role(self, role: str) -> None:
        self._role = role

    def _suggest_code(self) -> None:
        """Once a country is chosen, offer RED-<COUNTRY>-<YEAR>-<NNN> unless the user typed a code; a country
        that stops being one (typing "Na" on the way to "Narnia") takes its suggestion back."""
        proposal = self.current_proposal()
        if proposal is None or (proposal.code and proposal.code != self._suggested_code):
            return
        year = QDate.currentDate().year()
        reader = self._reader()
        mark = store_mark(reader, self._role)
        self._suggested_code = suggest_code(reader, proposal.country, year, proposal.uuid, mark)
        self.form.field(QLineEdit, "code").setText(self._suggested_code)  # an edit of its own, undoable

    # -- validation ---------------------------------------------------------------------------

    def _refresh(self, save: bool = True) -> None:
        proposal = self.current_proposal()
        if proposal is None or self._saver is None:
            return
        problems = self._validate(proposal)
        self.marker.show(problems, self._touched)
        self.indicators.update(proposal, {p.location for p in problems})
        self._show_heading(proposal)
        if problems != self._problems:
            self._problems = problems
            self.problems_changed.emit(list(problems))
        if save and problems:
            self._saver.cancel()
            self._held = True
        elif save:
            self._saver.request(proposal, self._edited)
            self._edited = set()
            self._held = False
        self.status.show(problems, self._saver)

    def _validate(self, proposal: Proposal) -> list[Problem]:
        problems = [self._plain(p) for p in proposal_problems(proposal)]
        code_ok = not any(p.location == "code" for p in problems)
        if code_ok and not code_is_free(self._reader(), proposal.code, proposal.uuid):
            problems.insert(0, Problem("code", self.tr("is already used by another proposal"), proposal.code))
        return problems

    def _plain(self, problem: Problem) -> Problem:
        """'12 mil' in an amount: say it is not a number, with an example in the user's notation."""
        widget = self.marker.widget_for(problem.location)
        if isinstance(widget, NumberEdit) and isinstance(problem.value, str):
            return Problem(problem.location, widget.not_a_number_message(), problem.value)
        return problem

    def _show_heading(self, proposal: Proposal) -> None:
        heading = self.form.child(QLabel, "headingLabel")
        title = proposal.title.strip() or self.tr("Untitled proposal")
        heading.setText(f"{proposal.code} · {title}" if proposal.code else title)
        heading.setToolTip(heading.text())


def _without_stamps(actors: tuple[Actor, ...]) -> list[Actor]:
    return [replace(a, stamp=Stamp()) for a in actors]
