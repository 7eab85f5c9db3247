"""A proposal's decision history (core/history.py events) in the dossier's words: when and who, what, why.

The wording follows the window's proposal panel (gui/committee/decision_history.py) in the dossier's own tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from red_desktop.core.enum_labels import value_label
from red_desktop.core.formatting import long_moment
from red_desktop.core.history import EventKind, HistoryEvent
from red_desktop.core.messages import Words, words


def _what(w: Words, kind: EventKind, value: str) -> str | None:
    said = {
        EventKind.DECISION_RECORDED: w.tc("dossier", "Decision recorded: {value}", value=value),
        EventKind.DECISION_REVISED: w.tc("dossier", "Decision revised, still {value}", value=value),
        EventKind.DECISION_WITHDRAWN: w.tc("dossier", "Decision withdrawn (it was {value})", value=value),
        EventKind.OVERRIDE_RECORDED: w.tc("dossier", "Eligibility override recorded: {value}", value=value),
        EventKind.OVERRIDE_CHANGED: w.tc("dossier", "Eligibility override changed: {value}", value=value),
        EventKind.OVERRIDE_REMOVED: w.tc("dossier", "Eligibility override removed"),
    }
    return said.get(kind)


def _package(w: Words, kind: EventKind, subject: str) -> str | None:
    said = {
        (EventKind.RECEIVED, "decision"): w.tc("dossier", "Decision received in a package"),
        (EventKind.RECEIVED, "gate_override"): w.tc("dossier", "Eligibility override received in a package"),
        (EventKind.CONFLICT_RESOLVED, "decision"): w.tc("dossier", "Conflict on the decision resolved"),
        (EventKind.CONFLICT_RESOLVED, "gate_override"): w.tc(
            "dossier", "Conflict on the eligibility override resolved"
        ),
    }
    return said.get((kind, subject))


def _field(w: Words, field: str) -> str | None:
    said = {
        "decided_on": w.tc("dossier", "date of the decision"),
        "members_present": w.tc("dossier", "members present"),
    }
    return said.get(field)


_OVERRIDES = (EventKind.OVERRIDE_RECORDED, EventKind.OVERRIDE_CHANGED)


def history_lines(events: Sequence[HistoryEvent], language: str) -> list[tuple[str, list[str]]]:
    """Per event, oldest first: its 'when · who: what' line and its detail lines (rationale, conditions, reason)."""
    return [(_head(e, language), _details(e, language)) for e in events]


def _head(event: HistoryEvent, language: str) -> str:
    return f"{long_moment(event.at, language)} · {event.actor or '?'}: {what(event, language)}"


def what(event: HistoryEvent, language: str) -> str:
    w = words(language)
    old, new = event.old("decision"), event.new("decision")
    if event.kind is EventKind.DECISION_REVISED and old and new and old != new:
        return w.tc("dossier", "Decision revised: {old} → {new}", old=_kind(old, language), new=_kind(new, language))
    value = event.reason if event.kind in _OVERRIDES else _kind(old if event.kind is EventKind.DECISION_WITHDRAWN
                                                                else new, language)  # fmt: skip
    said = _what(w, event.kind, value) or _package(w, event.kind, event.subject)
    return said or event.outcome or event.kind.value


def _details(event: HistoryEvent, language: str) -> list[str]:
    w = words(language)
    out = []
    if event.kind in (EventKind.DECISION_RECORDED, EventKind.DECISION_REVISED):
        if rationale := event.new("rationale"):
            out.append(w.tc("dossier", "Rationale: {value}", value=rationale))
        if conditions := event.new("conditions"):
            out.append(w.tc("dossier", "Conditions: {value}", value=conditions))
        others = [said for c in event.changes if (said := _field(w, c.field))]
        if others and event.kind is EventKind.DECISION_REVISED:
            out.append(w.tc("dossier", "Also changed: {value}", value=", ".join(others)))
    if event.reason and event.kind not in _OVERRIDES:
        out.append(w.tc("dossier", "Reason: {value}", value=event.reason))
    return out


def _kind(value: str | None, language: str) -> str:
    """A decision's kind in words ('–' for none; an unknown one as it is stored, underscores as spaces)."""
    return value_label("decision_kind", value, language) if value else "–"
