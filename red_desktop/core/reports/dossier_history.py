"""A proposal's decision history (core/history.py events) in the dossier's words: when and who, what, why.

The wording follows the window's proposal panel (gui/committee/decision_history.py) in the dossier's own tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from red_desktop.core.formatting import long_moment
from red_desktop.core.history import EventKind, HistoryEvent
from red_desktop.core.reports.dossier_labels import dossier_label

_WHAT = {
    EventKind.DECISION_RECORDED: "history.recorded",
    EventKind.DECISION_REVISED: "history.revised_same",
    EventKind.DECISION_WITHDRAWN: "history.withdrawn",
    EventKind.OVERRIDE_RECORDED: "history.override_recorded",
    EventKind.OVERRIDE_CHANGED: "history.override_changed",
    EventKind.OVERRIDE_REMOVED: "history.override_removed",
}
_PACKAGES = {
    (EventKind.RECEIVED, "decision"): "history.received_decision",
    (EventKind.RECEIVED, "gate_override"): "history.received_override",
    (EventKind.CONFLICT_RESOLVED, "decision"): "history.conflict_decision",
    (EventKind.CONFLICT_RESOLVED, "gate_override"): "history.conflict_override",
}
_FIELDS = ("decided_on", "members_present")
_OVERRIDES = (EventKind.OVERRIDE_RECORDED, EventKind.OVERRIDE_CHANGED)


def history_lines(events: Sequence[HistoryEvent], language: str) -> list[tuple[str, list[str]]]:
    """Per event, oldest first: its 'when · who: what' line and its detail lines (rationale, conditions, reason)."""
    return [(_head(e, language), _details(e, language)) for e in events]


def _head(event: HistoryEvent, language: str) -> str:
    return f"{long_moment(event.at, language)} · {event.actor or '?'}: {what(event, language)}"


def what(event: HistoryEvent, language: str) -> str:
    say = partial(dossier_label, language)
    old, new = event.old("decision"), event.new("decision")
    if event.kind is EventKind.DECISION_REVISED and old and new and old != new:
        return say("history.revised", old=_kind(old, language), new=_kind(new, language))
    if event.kind in _WHAT:
        value = event.reason if event.kind in _OVERRIDES else _kind(old if event.kind is EventKind.DECISION_WITHDRAWN
                                                                    else new, language)  # fmt: skip
        return say(_WHAT[event.kind], value=value)
    package = _PACKAGES.get((event.kind, event.subject))
    return say(package) if package else (event.outcome or event.kind.value)


def _details(event: HistoryEvent, language: str) -> list[str]:
    say = partial(dossier_label, language)
    out = []
    if event.kind in (EventKind.DECISION_RECORDED, EventKind.DECISION_REVISED):
        if rationale := event.new("rationale"):
            out.append(say("history.rationale", value=rationale))
        if conditions := event.new("conditions"):
            out.append(say("history.conditions", value=conditions))
        others = [say(f"history.field.{c.field}") for c in event.changes if c.field in _FIELDS]
        if others and event.kind is EventKind.DECISION_REVISED:
            out.append(say("history.also", value=", ".join(others)))
    if event.reason and event.kind not in _OVERRIDES:
        out.append(say("history.reason", value=event.reason))
    return out


def _kind(value: str | None, language: str) -> str:
    key = f"kind.{value}"
    return dossier_label(language, key) if value and key in _KINDS else (value or "–").replace("_", " ")


_KINDS = {"kind.approve", "kind.approve_with_conditions", "kind.defer", "kind.reject"}
