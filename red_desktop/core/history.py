"""A proposal's history read from the audit log: who did what to it, its decision and its evaluations, when, why.

The audit log records fields; a person reads events. One decision written is several entries (the kind, then
each field that changed, all at one time); here they become one event, "decision revised", with its changes and
its reason. Events carry values, not sentences: the command line words them in English (`describe`), the window
and the dossier in their own language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from red_desktop.core.domain import AuditEntry
from red_desktop.core.enum_labels import value_label
from red_desktop.core.messages import SOURCE_LANGUAGE, Words, t, words
from red_desktop.core.text import capitalized, uncapitalized

if TYPE_CHECKING:
    from red_desktop.core.store import Store


class EventKind(StrEnum):
    DECISION_RECORDED = "decision_recorded"
    DECISION_REVISED = "decision_revised"
    DECISION_WITHDRAWN = "decision_withdrawn"
    OVERRIDE_RECORDED = "override_recorded"
    OVERRIDE_CHANGED = "override_changed"
    OVERRIDE_REMOVED = "override_removed"
    CODE_CHANGED = "code_changed"
    STATUS_CHANGED = "status_changed"
    MERGED = "merged"  # this proposal into another (`about`: the other's code)
    UNMERGED = "unmerged"
    ABSORBED = "absorbed"  # another proposal into this one (`about`: its code)
    RELEASED = "released"  # another proposal merged into this one made its own again
    SOURCE_UPDATED = "source_updated"  # imported again from a CSV/XLSX/Kobo/ODK export
    EVALUATION_STARTED = "evaluation_started"  # `about`: the evaluator
    EVALUATION_FINALISED = "evaluation_finalised"
    EVALUATION_REOPENED = "evaluation_reopened"
    INTEREST_DECLARED = "interest_declared"  # a conflict of interest: its change's new value, "evaluator — with what"
    INTEREST_WITHDRAWN = "interest_withdrawn"
    ASSIGNED = "assigned"  # new("assigned_to"): the evaluator
    UNASSIGNED = "unassigned"
    RECEIVED = "received"  # a package brought a new version of `subject`; `outcome`: added, updated
    CONFLICT_RESOLVED = "conflict_resolved"  # of `subject`
    OTHER = "other"  # an entry this module does not know (yet): `outcome` is its action


DECISION_EVENTS = frozenset(
    {
        EventKind.DECISION_RECORDED,
        EventKind.DECISION_REVISED,
        EventKind.DECISION_WITHDRAWN,
        EventKind.OVERRIDE_RECORDED,
        EventKind.OVERRIDE_CHANGED,
        EventKind.OVERRIDE_REMOVED,
    }
)
# The subjects whose packages and conflicts belong to the decision's history.
DECISION_SUBJECTS = frozenset({"decision", "gate_override"})


@dataclass(frozen=True)
class FieldChange:
    field: str  # decision, rationale, conditions, decided_on, members_present, code, status, eligibility, version
    old: str | None
    new: str | None


@dataclass(frozen=True)
class HistoryEvent:
    at: str  # ISO 8601 UTC, as the audit log keeps it
    actor: str
    kind: EventKind
    subject: str = "proposal"  # proposal, decision, gate_override, evaluation
    about: str = ""  # the evaluator of an evaluation, the other proposal's code in a merge
    reason: str = ""
    changes: tuple[FieldChange, ...] = field(default_factory=tuple)
    outcome: str = ""

    def change(self, name: str) -> FieldChange | None:
        return next((c for c in self.changes if c.field == name), None)

    def new(self, name: str) -> str | None:
        found = self.change(name)
        return None if found is None else found.new

    def old(self, name: str) -> str | None:
        found = self.change(name)
        return None if found is None else found.old

    @property
    def on_decision(self) -> bool:
        """Part of the decision's history: the decision itself, the eligibility override, their packages."""
        if self.kind in DECISION_EVENTS:
            return True
        return self.kind in (EventKind.RECEIVED, EventKind.CONFLICT_RESOLVED) and self.subject in DECISION_SUBJECTS


def proposal_history(store: Store, proposal_uuid: str) -> list[HistoryEvent]:
    """Everything the audit log says about a proposal, oldest first (its decision's, override's, evaluations')."""
    evaluations = store.evaluations.for_proposal(proposal_uuid)
    evaluators = {e.uuid: e.name for e in store.evaluators.all()}
    names = {e.uuid: evaluators.get(e.evaluator_uuid, "") for e in evaluations}
    entries = store.audit.about_proposal(proposal_uuid)
    partners = {u for e in entries if e.field == "merged_into" for u in (e.entity_uuid, e.old_value, e.new_value)}
    names.update(store.proposals.codes_of(sorted(u for u in partners if u and u != proposal_uuid)))
    return history_events(entries, proposal_uuid, names)


@dataclass(frozen=True)
class LoggedEvent:
    """An event of the whole log with the proposal it belongs to (no code: about no proposal, e.g. a key)."""

    code: str
    proposal_uuid: str
    event: HistoryEvent


def store_history(store: Store) -> list[LoggedEvent]:
    """Every event of the audit log, oldest first (newest last), each under the proposal it is about: a proposal's
    events as proposal_history words them, but an evaluation's under its own proposal (a merged one's too) and a
    merge once, under the proposal merged; entries about no proposal (keys, packages exported) as they are."""
    groups: dict[str, list[AuditEntry]] = {}
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    for logged in store.audit.logged():
        groups.setdefault(logged.proposal_uuid, []).append(logged.entry)
        codes[logged.proposal_uuid] = logged.proposal_code
        if logged.evaluator:
            names[logged.entry.entity_uuid] = logged.evaluator
    merges = [e for entries in groups.values() for e in entries if e.field == "merged_into"]
    names.update(store.proposals.codes_of(sorted({u for e in merges for u in (e.old_value, e.new_value) if u})))
    found = [
        LoggedEvent(codes[uuid], uuid, event)
        for uuid, entries in groups.items()
        for event in history_events(entries, uuid, names)
    ]
    return sorted(found, key=lambda e: e.event.at)  # stable: one proposal's events at one moment keep their order


def decision_history(store: Store, proposal_uuid: str) -> list[HistoryEvent]:
    """The decision's own history, oldest first: recorded, revised, withdrawn, overrides, packages that changed it."""
    return [e for e in proposal_history(store, proposal_uuid) if e.on_decision]


def history_events(
    entries: Iterable[AuditEntry], proposal_uuid: str, names: Mapping[str, str] | None = None
) -> list[HistoryEvent]:
    """The audit entries of a proposal (in the order written) as events, oldest first; `names` gives evaluation
    uuid -> evaluator and proposal uuid -> code. Score and justification edits are left out: the evaluation's
    states tell its story."""
    names = names or {}
    events: list[HistoryEvent] = []
    pending: list[AuditEntry] = []
    for entry in entries:
        if pending and not _same_write(pending[0], entry):
            events.append(_decision_event(pending))
            pending = []
        if entry.action == "decision" and (entry.field == "decision" or pending):
            pending.append(entry)
            continue
        event = _event(entry, proposal_uuid, names)
        if event is not None:
            events.append(event)
    if pending:
        events.append(_decision_event(pending))
    return sorted(_with_status(events), key=lambda e: e.at)  # stable: one moment's events keep their order


def _with_status(events: list[HistoryEvent]) -> list[HistoryEvent]:
    """The status change a decision writes (to decided after recording it, back before withdrawing it) as part
    of that decision's event."""
    out: list[HistoryEvent | None] = list(events)
    for i, event in enumerate(events):
        status = event.change("status")
        if event.kind is not EventKind.STATUS_CHANGED or status is None:
            continue
        if status.new == "decided":
            j, wanted = i - 1, EventKind.DECISION_RECORDED
        elif status.old == "decided":
            j, wanted = i + 1, EventKind.DECISION_WITHDRAWN
        else:
            continue
        deciding = out[j] if 0 <= j < len(out) else None
        if deciding is not None and _goes_with(deciding, event, wanted):
            out[j], out[i] = replace(deciding, changes=(*deciding.changes, status)), None
    return [e for e in out if e is not None]


def _goes_with(deciding: HistoryEvent, status: HistoryEvent, wanted: EventKind) -> bool:
    return (
        deciding.kind is wanted
        and deciding.change("status") is None
        and deciding.actor == status.actor
        and abs(_seconds(deciding.at) - _seconds(status.at)) < 1
    )


def _seconds(at: str) -> float:
    try:
        return datetime.fromisoformat(at).timestamp()
    except ValueError:
        return float("nan")


def _same_write(first: AuditEntry, entry: AuditEntry) -> bool:
    """The field entries that follow a decision's kind in the same write (decisions.py writes them together)."""
    return (
        entry.action == "decision"
        and entry.field != "decision"
        and (entry.at, entry.actor, entry.entity_uuid) == (first.at, first.actor, first.entity_uuid)
    )


def _decision_event(entries: Sequence[AuditEntry]) -> HistoryEvent:
    head = entries[0]
    kind = EventKind.DECISION_RECORDED if head.old_value is None else EventKind.DECISION_REVISED
    changes = tuple(FieldChange(e.field, e.old_value, e.new_value) for e in entries)
    return HistoryEvent(head.at, head.actor, kind, "decision", reason=head.reason, changes=changes)


def _event(entry: AuditEntry, proposal_uuid: str, names: Mapping[str, str]) -> HistoryEvent | None:
    """One entry as one event; None for what a person does not need to read here."""
    if entry.entity == "evaluation":
        return _evaluation_event(entry, names.get(entry.entity_uuid, ""))
    if entry.field == "merged_into":
        return _merge_event(entry, proposal_uuid, names)
    kind, subject = _KINDS.get(entry.action, (EventKind.OTHER, "proposal"))
    outcome = ""
    if entry.action == "decision":  # a field entry without its kind: written by an older program, perhaps
        kind, subject = EventKind.DECISION_REVISED, "decision"
    elif entry.action == "gate_override" and entry.old_value is not None:
        kind = EventKind.OVERRIDE_CHANGED
    elif entry.action.startswith("exchange_"):
        kind, subject, outcome = EventKind.RECEIVED, entry.entity, entry.action.removeprefix("exchange_")
    elif entry.action == "conflict_resolved":
        subject = entry.entity
    elif kind is EventKind.OTHER or (entry.action == "update" and entry.field != "status"):
        kind, outcome = EventKind.OTHER, entry.action
    change = FieldChange(entry.field, entry.old_value, entry.new_value)
    return HistoryEvent(entry.at, entry.actor, kind, subject, "", entry.reason, (change,), outcome)


_KINDS: dict[str, tuple[EventKind, str]] = {
    "decision_withdrawn": (EventKind.DECISION_WITHDRAWN, "decision"),
    "gate_override": (EventKind.OVERRIDE_RECORDED, "gate_override"),
    "gate_override_removed": (EventKind.OVERRIDE_REMOVED, "gate_override"),
    "recode": (EventKind.CODE_CHANGED, "proposal"),
    "update": (EventKind.STATUS_CHANGED, "proposal"),
    "import_update": (EventKind.SOURCE_UPDATED, "proposal"),
    "conflict_resolved": (EventKind.CONFLICT_RESOLVED, "proposal"),
    "interest_declared": (EventKind.INTEREST_DECLARED, "interest"),
    "interest_withdrawn": (EventKind.INTEREST_WITHDRAWN, "interest"),
    "assigned": (EventKind.ASSIGNED, "proposal"),
    "unassigned": (EventKind.UNASSIGNED, "proposal"),
}


def _evaluation_event(entry: AuditEntry, evaluator: str) -> HistoryEvent | None:
    change = (FieldChange(entry.field, entry.old_value, entry.new_value),)
    if entry.action.startswith("exchange_") or entry.action == "conflict_resolved":
        kind = EventKind.RECEIVED if entry.action.startswith("exchange_") else EventKind.CONFLICT_RESOLVED
        outcome = entry.action.removeprefix("exchange_") if kind is EventKind.RECEIVED else ""
        return HistoryEvent(entry.at, entry.actor, kind, "evaluation", evaluator, entry.reason, change, outcome)
    if entry.action != "state":
        return None  # scores and justifications: too many to read, and the evaluation sheet shows them
    if entry.new_value == "final":
        kind = EventKind.EVALUATION_FINALISED
    elif entry.old_value is None:
        kind = EventKind.EVALUATION_STARTED
    else:
        kind = EventKind.EVALUATION_REOPENED
    return HistoryEvent(entry.at, entry.actor, kind, "evaluation", evaluator, entry.reason, change)


def _merge_event(entry: AuditEntry, proposal_uuid: str, names: Mapping[str, str]) -> HistoryEvent:
    undone = entry.action == "unmerge"
    if entry.entity_uuid == proposal_uuid:
        kind, other = (EventKind.UNMERGED, entry.old_value) if undone else (EventKind.MERGED, entry.new_value)
    else:
        kind, other = (EventKind.RELEASED if undone else EventKind.ABSORBED), entry.entity_uuid
    other_name = names.get(other or "", other or "")
    change = FieldChange("merged_into", entry.old_value, entry.new_value)
    return HistoryEvent(entry.at, entry.actor, kind, "proposal", other_name, entry.reason, (change,))


# ---- In words, for the command line (its --json keeps English) ----


def when(at: str) -> str:
    """An audit timestamp (UTC) as local date and time to the minute; unreadable text as it is."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def kind_words(kind: str | None) -> str:
    return (kind or "").replace("_", " ")


def _label(kind: str, value: str | None, w: Words) -> str:
    """A decision kind or a status in words, as they read inside a sentence ("approve with conditions")."""
    if not value:
        return ""
    return uncapitalized(value_label(kind, value, w.language))


def describe(event: HistoryEvent, language: str | None = None) -> str:
    """What happened, in one sentence without who, when or why, in `language` (None: the language of the moment)."""
    w = words(language)
    said = _DESCRIBE.get(event.kind)
    text = said(event, w) if said else f"{event.outcome or event.kind}: {_changes(event.changes, w)}"
    status = event.change("status")
    if status is not None and event.kind is not EventKind.STATUS_CHANGED:
        text += " " + _status(status.old, status.new, w)
    return text


def line(event: HistoryEvent) -> str:
    """`when  who  what` and the reason: one line of `red-desktop history`."""
    return _with_reason(f"{when(event.at)}  {event.actor or '?'}  {describe(event)}", event)


def logged_line(logged: LoggedEvent) -> str:
    """`when  code  who  what` and the reason: one line of `red-desktop history --all`."""
    event = logged.event
    return _with_reason(f"{when(event.at)}  {logged.code or '–'}  {event.actor or '?'}  {describe(event)}", event)


def _with_reason(text: str, event: HistoryEvent) -> str:
    if not event.reason or _reason_shown(event):
        return text
    return text + " " + t("Reason: {reason}", reason=event.reason)


def event_json(event: HistoryEvent) -> dict[str, object]:
    return {
        "at": event.at,
        "actor": event.actor,
        "event": event.kind.value,
        "subject": event.subject,
        "about": event.about,
        "outcome": event.outcome,
        "reason": event.reason,
        "changes": [{"field": c.field, "old": c.old, "new": c.new} for c in event.changes],
        "text": describe(event, SOURCE_LANGUAGE),
    }


def _reason_shown(event: HistoryEvent) -> bool:
    """An override's rationale is its reason: said once."""
    return event.kind in (EventKind.OVERRIDE_RECORDED, EventKind.OVERRIDE_CHANGED)


def _status(old: str | None, new: str | None, w: Words) -> str:
    return w.t("Status: {old} → {new}.", old=_label("status", old, w), new=_label("status", new, w))


def _field(name: str, w: Words) -> str:
    said = {
        "rationale": w.tc("history field", "rationale"),
        "conditions": w.tc("history field", "conditions"),
        "decided_on": w.tc("history field", "decided on"),
        "members_present": w.tc("history field", "members present"),
        "code": w.tc("history field", "code"),
        "status": w.tc("history field", "status"),
    }
    return said.get(name, name.replace("_", " "))


def _changes(changes: Iterable[FieldChange], w: Words) -> str:
    return "; ".join(f"{_field(c.field, w)} {c.old or '–'} → {c.new or '–'}" for c in changes)


def _decision_recorded(event: HistoryEvent, w: Words) -> str:
    kind = _label("decision_kind", event.new("decision"), w)
    details = [f"{_field(c.field, w)}: {c.new}" for c in _details(event) if c.new]
    if details:
        return w.t("Decision recorded: {kind} ({details}).", kind=kind, details="; ".join(details))
    return w.t("Decision recorded: {kind}.", kind=kind)


def _decision_revised(event: HistoryEvent, w: Words) -> str:
    kind = event.change("decision")
    if kind is not None and kind.old != kind.new:
        old, new = _label("decision_kind", kind.old, w), _label("decision_kind", kind.new, w)
        text = w.t("Decision revised: {old} → {new}", old=old, new=new)
    else:
        now = _label("decision_kind", event.new("decision"), w) or w.t("kind unchanged")
        text = w.t("Decision revised ({kind})", kind=now)
    others = _details(event)
    return f"{text}; {_changes(others, w)}." if others else f"{text}."


def _details(event: HistoryEvent) -> list[FieldChange]:
    """A decision's changed fields but its kind and the proposal's status (said apart)."""
    return [c for c in event.changes if c.field not in ("decision", "status")]


def _by(event: HistoryEvent) -> str:
    return event.about or "?"


_DESCRIBE: dict[EventKind, Callable[[HistoryEvent, Words], str]] = {
    EventKind.DECISION_RECORDED: _decision_recorded,
    EventKind.DECISION_REVISED: _decision_revised,
    EventKind.DECISION_WITHDRAWN: lambda e, w: w.t(
        "Decision withdrawn (was {kind}).", kind=_label("decision_kind", e.old("decision"), w)
    ),
    EventKind.OVERRIDE_RECORDED: lambda e, w: w.t("Eligibility override recorded: {reason}", reason=e.reason),
    EventKind.OVERRIDE_CHANGED: lambda e, w: w.t("Eligibility override changed: {reason}", reason=e.reason),
    EventKind.OVERRIDE_REMOVED: lambda e, w: w.t("Eligibility override removed."),
    EventKind.CODE_CHANGED: lambda e, w: w.t("Code changed: {old} → {new}.", old=e.old("code"), new=e.new("code")),
    EventKind.STATUS_CHANGED: lambda e, w: _status(e.old("status"), e.new("status"), w),
    EventKind.MERGED: lambda e, w: w.t("Merged into {other}.", other=e.about),
    EventKind.UNMERGED: lambda e, w: w.t("No longer merged into {other}.", other=e.about),
    EventKind.ABSORBED: lambda e, w: w.t("{other} merged into this proposal.", other=e.about),
    EventKind.RELEASED: lambda e, w: w.t("{other} no longer merged into this proposal.", other=e.about),
    EventKind.SOURCE_UPDATED: lambda e, w: w.t("Updated from a source file."),
    EventKind.EVALUATION_STARTED: lambda e, w: w.t("Evaluation by {evaluator} started.", evaluator=_by(e)),
    EventKind.EVALUATION_FINALISED: lambda e, w: w.t("Evaluation by {evaluator} marked final.", evaluator=_by(e)),
    EventKind.EVALUATION_REOPENED: lambda e, w: w.t("Evaluation by {evaluator} reopened.", evaluator=_by(e)),
    EventKind.INTEREST_DECLARED: lambda e, w: w.t(
        "Conflict of interest declared: {whom_with}.", whom_with=e.changes[0].new if e.changes else "?"
    ),
    EventKind.INTEREST_WITHDRAWN: lambda e, w: w.t(
        "Conflict of interest withdrawn: {whom_with}.", whom_with=e.changes[0].old if e.changes else "?"
    ),
    EventKind.ASSIGNED: lambda e, w: w.t("Assigned to {evaluator}.", evaluator=e.new("assigned_to")),
    EventKind.UNASSIGNED: lambda e, w: w.t("No longer assigned to {evaluator}.", evaluator=e.old("assigned_to")),
    EventKind.RECEIVED: lambda e, w: _received(e, w),
    EventKind.CONFLICT_RESOLVED: lambda e, w: _conflict(e, w),
}


def _subject(event: HistoryEvent, w: Words) -> str:
    """What a package or a conflict was about, as a sentence begins with it."""
    said = {
        "evaluation": w.tc("history subject", "Evaluation by {evaluator}", evaluator=_by(event)),
        "decision": w.tc("history subject", "Decision"),
        "gate_override": w.tc("history subject", "Eligibility override"),
        "proposal": w.tc("history subject", "Proposal"),
        "interest": w.tc("history subject", "Conflict of interest"),
        "assignment": w.tc("history subject", "Assignment"),
    }
    return said.get(event.subject, capitalized(event.subject))


def _received(event: HistoryEvent, w: Words) -> str:
    subject = _subject(event, w)
    if event.outcome == "added":
        return w.t("{subject} received from a package.", subject=subject)
    if event.outcome == "updated":
        return w.t("{subject} updated from a package.", subject=subject)
    if event.outcome == "conflict":
        return w.t("{subject} in conflict from a package.", subject=subject)
    return w.t("{subject} {outcome} from a package.", subject=subject, outcome=event.outcome)


def _conflict(event: HistoryEvent, w: Words) -> str:
    said = {
        "evaluation": w.tc("history", "Conflict on the evaluation by {evaluator} resolved.", evaluator=_by(event)),
        "decision": w.tc("history", "Conflict on the decision resolved."),
        "gate_override": w.tc("history", "Conflict on the eligibility override resolved."),
        "proposal": w.tc("history", "Conflict on the proposal resolved."),
    }
    return said.get(event.subject) or w.t("Conflict on {subject} resolved.", subject=event.subject)
