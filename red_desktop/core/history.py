"""A proposal's history read from the audit log: who did what to it, its decision and its evaluations, when, why.

The audit log records fields; a person reads events. One decision written is several entries (the kind, then
each field that changed, all at one time); here they become one event, "decision revised", with its changes and
its reason. Events carry values, not sentences: the command line words them in English (`describe`), the window
and the dossier in their own language.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from red_desktop.core.domain import AuditEntry
from red_desktop.core.text import capitalized

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


# ---- English, for the command line ----


def when(at: str) -> str:
    """An audit timestamp (UTC) as local date and time to the minute; unreadable text as it is."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return at


def kind_words(kind: str | None) -> str:
    return (kind or "").replace("_", " ")


def describe(event: HistoryEvent) -> str:
    """What happened, in one English sentence without who, when or why."""
    words = _DESCRIBE.get(event.kind)
    text = words(event) if words else f"{event.outcome or event.kind}: {_changes(event.changes)}"
    status = event.change("status")
    if status is not None and event.kind is not EventKind.STATUS_CHANGED:
        text += f" Status: {kind_words(status.old)} → {kind_words(status.new)}."
    return text


def line(event: HistoryEvent) -> str:
    """`when  who  what` and the reason: one line of `red-desktop history`."""
    return _with_reason(f"{when(event.at)}  {event.actor or '?'}  {describe(event)}", event)


def logged_line(logged: LoggedEvent) -> str:
    """`when  code  who  what` and the reason: one line of `red-desktop history --all`."""
    event = logged.event
    return _with_reason(f"{when(event.at)}  {logged.code or '–'}  {event.actor or '?'}  {describe(event)}", event)


def _with_reason(text: str, event: HistoryEvent) -> str:
    return f"{text} Reason: {event.reason}" if event.reason and not _reason_shown(event) else text


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
        "text": describe(event),
    }


def _reason_shown(event: HistoryEvent) -> bool:
    """An override's rationale is its reason: said once."""
    return event.kind in (EventKind.OVERRIDE_RECORDED, EventKind.OVERRIDE_CHANGED)


def _changes(changes: Iterable[FieldChange]) -> str:
    return "; ".join(f"{c.field.replace('_', ' ')} {c.old or '–'} → {c.new or '–'}" for c in changes)


def _decision_recorded(event: HistoryEvent) -> str:
    text = f"Decision recorded: {kind_words(event.new('decision'))}"
    details = [f"{c.field.replace('_', ' ')}: {c.new}" for c in _details(event) if c.new]
    return f"{text} ({'; '.join(details)})." if details else f"{text}."


def _decision_revised(event: HistoryEvent) -> str:
    kind = event.change("decision")
    if kind is not None and kind.old != kind.new:
        text = f"Decision revised: {kind_words(kind.old)} → {kind_words(kind.new)}"
    else:
        text = f"Decision revised ({kind_words(event.new('decision')) or 'kind unchanged'})"
    others = _details(event)
    return f"{text}; {_changes(others)}." if others else f"{text}."


def _details(event: HistoryEvent) -> list[FieldChange]:
    """A decision's changed fields but its kind and the proposal's status (said apart)."""
    return [c for c in event.changes if c.field not in ("decision", "status")]


_DESCRIBE = {
    EventKind.DECISION_RECORDED: _decision_recorded,
    EventKind.DECISION_REVISED: _decision_revised,
    EventKind.DECISION_WITHDRAWN: lambda e: f"Decision withdrawn (was {kind_words(e.old('decision'))}).",
    EventKind.OVERRIDE_RECORDED: lambda e: f"Eligibility override recorded: {e.reason}",
    EventKind.OVERRIDE_CHANGED: lambda e: f"Eligibility override changed: {e.reason}",
    EventKind.OVERRIDE_REMOVED: lambda e: "Eligibility override removed.",
    EventKind.CODE_CHANGED: lambda e: f"Code changed: {e.old('code')} → {e.new('code')}.",
    EventKind.STATUS_CHANGED: lambda e: f"Status: {kind_words(e.old('status'))} → {kind_words(e.new('status'))}.",
    EventKind.MERGED: lambda e: f"Merged into {e.about}.",
    EventKind.UNMERGED: lambda e: f"No longer merged into {e.about}.",
    EventKind.ABSORBED: lambda e: f"{e.about} merged into this proposal.",
    EventKind.RELEASED: lambda e: f"{e.about} no longer merged into this proposal.",
    EventKind.SOURCE_UPDATED: lambda e: "Updated from a source file.",
    EventKind.EVALUATION_STARTED: lambda e: f"Evaluation by {e.about or '?'} started.",
    EventKind.EVALUATION_FINALISED: lambda e: f"Evaluation by {e.about or '?'} marked final.",
    EventKind.EVALUATION_REOPENED: lambda e: f"Evaluation by {e.about or '?'} reopened.",
    EventKind.RECEIVED: lambda e: f"{capitalized(_subject(e))} {_received(e)} from a package.",
    EventKind.CONFLICT_RESOLVED: lambda e: f"Conflict on {_subject(e)} resolved.",
}


def _subject(event: HistoryEvent) -> str:
    if event.subject == "evaluation":
        return f"evaluation by {event.about or '?'}"
    return {"gate_override": "eligibility override"}.get(event.subject, event.subject)


def _received(event: HistoryEvent) -> str:
    return {"added": "received", "updated": "updated", "conflict": "in conflict"}.get(event.outcome, event.outcome)
