"""A proposal's decision history (core/history.py events) as the rich text the proposal panel shows."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from red_desktop.core.domain import DecisionKind
from red_desktop.core.enum_labels import enum_label
from red_desktop.core.history import EventKind, HistoryEvent
from red_desktop.gui.exchange.values import short_time
from red_desktop.gui.fill import fill

CONTEXT = "DecisionHistory"
# Marked for lupdate here, translated when shown (the catalogue is installed after this module is imported).
# %1 is the decision's kind, or the override's rationale.
_WHAT = {
    EventKind.DECISION_RECORDED: str(QT_TRANSLATE_NOOP("DecisionHistory", "Decision recorded: %1")),
    EventKind.DECISION_REVISED: str(QT_TRANSLATE_NOOP("DecisionHistory", "Decision revised, still %1")),
    EventKind.DECISION_WITHDRAWN: str(QT_TRANSLATE_NOOP("DecisionHistory", "Decision withdrawn (it was %1)")),
    EventKind.OVERRIDE_RECORDED: str(QT_TRANSLATE_NOOP("DecisionHistory", "Eligibility override recorded: %1")),
    EventKind.OVERRIDE_CHANGED: str(QT_TRANSLATE_NOOP("DecisionHistory", "Eligibility override changed: %1")),
    EventKind.OVERRIDE_REMOVED: str(QT_TRANSLATE_NOOP("DecisionHistory", "Eligibility override removed")),
}
_PACKAGES = {
    (EventKind.RECEIVED, "decision"): str(QT_TRANSLATE_NOOP("DecisionHistory", "Decision received in a package")),
    (EventKind.RECEIVED, "gate_override"): str(
        QT_TRANSLATE_NOOP("DecisionHistory", "Eligibility override received in a package")
    ),
    (EventKind.CONFLICT_RESOLVED, "decision"): str(
        QT_TRANSLATE_NOOP("DecisionHistory", "Conflict on the decision resolved")
    ),
    (EventKind.CONFLICT_RESOLVED, "gate_override"): str(
        QT_TRANSLATE_NOOP("DecisionHistory", "Conflict on the eligibility override resolved")
    ),
}
_FIELDS = {
    "decided_on": str(QT_TRANSLATE_NOOP("DecisionHistory", "date of the decision")),
    "members_present": str(QT_TRANSLATE_NOOP("DecisionHistory", "members present")),
}
_DECIDING = (EventKind.DECISION_RECORDED, EventKind.DECISION_REVISED, EventKind.DECISION_WITHDRAWN)


def withdrawal_text(events: Sequence[HistoryEvent]) -> str | None:
    """ "Decision withdrawn on … by …: reason" when the last thing done to the decision was withdrawing it."""
    deciding = [e for e in events if e.kind in _DECIDING]
    if not deciding or deciding[-1].kind is not EventKind.DECISION_WITHDRAWN:
        return None
    last = deciding[-1]
    text = QCoreApplication.translate("DecisionHistory", "Decision withdrawn on %1 by %2: %3")
    return fill(text, short_time(last.at), last.actor, last.reason)


def history_html(events: Sequence[HistoryEvent]) -> str:
    """The decision's events, oldest first: when and who, what changed, and why on a line of its own."""
    if not events:
        return ""
    items = "".join(f"<li>{_item(e)}</li>" for e in events)
    heading = html.escape(QCoreApplication.translate("DecisionHistory", "Decision history"))
    return f"<b>{heading}</b><ul>{items}</ul>"


def _item(event: HistoryEvent) -> str:
    lines = [f"{html.escape(short_time(event.at))} · {html.escape(event.actor)}: {html.escape(what(event))}"]
    lines += [html.escape(detail) for detail in _details(event)]
    if event.reason and event.kind not in (EventKind.OVERRIDE_RECORDED, EventKind.OVERRIDE_CHANGED):
        reason = fill(QCoreApplication.translate("DecisionHistory", "Reason: %1"), event.reason)
        lines.append(f"<i>{html.escape(reason)}</i>")
    return "<br>".join(lines)


def what(event: HistoryEvent) -> str:
    """What happened to the decision, in the interface's language."""
    old, new = event.old("decision"), event.new("decision")
    if event.kind is EventKind.DECISION_REVISED and old and new and old != new:
        text = QCoreApplication.translate("DecisionHistory", "Decision revised: %1 → %2")
        return fill(text, _kind(old), _kind(new))
    if event.kind in _WHAT:
        if event.kind in (EventKind.OVERRIDE_RECORDED, EventKind.OVERRIDE_CHANGED):
            value = event.reason  # an override's rationale is its reason
        else:
            value = _kind(old if event.kind is EventKind.DECISION_WITHDRAWN else new)
        return fill(QCoreApplication.translate(CONTEXT, _WHAT[event.kind]), value)
    package = _PACKAGES.get((event.kind, event.subject))
    return QCoreApplication.translate(CONTEXT, package) if package else (event.outcome or event.kind.value)


def _details(event: HistoryEvent) -> list[str]:
    """A recorded or revised decision's rationale and conditions, and the other fields a revision changed."""
    if event.kind not in (EventKind.DECISION_RECORDED, EventKind.DECISION_REVISED):
        return []
    out = []
    rationale, conditions = event.new("rationale"), event.new("conditions")
    if rationale:
        out.append(fill(QCoreApplication.translate("DecisionHistory", "Rationale: %1"), rationale))
    if conditions:
        out.append(fill(QCoreApplication.translate("DecisionHistory", "Conditions: %1"), conditions))
    others = [QCoreApplication.translate(CONTEXT, _FIELDS[c.field]) for c in event.changes if c.field in _FIELDS]
    if others and event.kind is EventKind.DECISION_REVISED:
        text = QCoreApplication.translate("DecisionHistory", "Also changed: %1")
        out.append(fill(text, ", ".join(others)))
    return out


def _kind(value: str | None) -> str:
    try:
        return enum_label(DecisionKind(value or ""))
    except ValueError:
        return (value or "–").replace("_", " ")
