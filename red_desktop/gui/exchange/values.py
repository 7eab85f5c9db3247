"""Records' fields and values as a person reads them when comparing versions: labels, enums in words, lists as lines."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from red_desktop.core import formatting
from red_desktop.core.domain import (
    ActorType,
    ContributionKind,
    DecisionKind,
    Evidence,
    PriorityArea,
    ProposalStatus,
    RegionKind,
    RegionType,
)
from red_desktop.core.enum_labels import enum_label
from red_desktop.gui.editor.labels import field_labels
from red_desktop.gui.fill import fill

MAX_CELL = 1500  # characters shown in a cell (a long narrative); the tooltip has the rest
ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "region_kind": RegionKind,
    "region_type": RegionType,
    "priority_area": PriorityArea,
    "status": ProposalStatus,
    "actor_type": ActorType,
    "contribution_kind": ContributionKind,
    "evidence": Evidence,
}


def field_label(name: str) -> str:
    """A field of any exchanged record by the name the forms give it."""
    others = {
        "attachments": QCoreApplication.translate("ExchangeValues", "Attachments"),
        "state": QCoreApplication.translate("ExchangeValues", "State"),
        "rubric_id": QCoreApplication.translate("ExchangeValues", "Rubric"),
        "rubric_version": QCoreApplication.translate("ExchangeValues", "Rubric version"),
        "scores": QCoreApplication.translate("ExchangeValues", "Scores"),
        "kind": QCoreApplication.translate("ExchangeValues", "Decision"),
        "rationale": QCoreApplication.translate("ExchangeValues", "Rationale"),
        "conditions": QCoreApplication.translate("ExchangeValues", "Conditions"),
        "decided_on": QCoreApplication.translate("ExchangeValues", "Decided on"),
        "members_present": QCoreApplication.translate("ExchangeValues", "Members present"),
        "withdrawn": QCoreApplication.translate("ExchangeValues", "Withdrawn"),
    }
    return {**field_labels(), **others}.get(name, name.replace("_", " ").capitalize())


def outcome_label(outcome: str) -> str:
    return {
        "added": QCoreApplication.translate("ExchangeValues", "added"),
        "updated": QCoreApplication.translate("ExchangeValues", "updated"),
        "unchanged": QCoreApplication.translate("ExchangeValues", "unchanged"),
        "conflict": QCoreApplication.translate("ExchangeValues", "conflict"),
    }.get(outcome, outcome)


def count_label(kind: str) -> str:
    """What an export counts, by the key export_preview gives it."""
    return {
        "proposals": QCoreApplication.translate("ExchangeValues", "Proposals"),
        "actors": QCoreApplication.translate("ExchangeValues", "Local actors"),
        "attachments": QCoreApplication.translate("ExchangeValues", "Attachments"),
        "evaluations": QCoreApplication.translate("ExchangeValues", "Evaluations"),
        "scores": QCoreApplication.translate("ExchangeValues", "Scores"),
        "decisions": QCoreApplication.translate("ExchangeValues", "Decisions"),
        "gate_overrides": QCoreApplication.translate("ExchangeValues", "Eligibility overrides"),
        "withdrawals": QCoreApplication.translate("ExchangeValues", "Decisions or overrides withdrawn"),
        "evaluators": QCoreApplication.translate("ExchangeValues", "Evaluators"),
    }.get(kind, kind.replace("_", " ").capitalize())


def short_time(stamp: str | None) -> str:
    """An ISO timestamp (UTC) as local date and time to the minute; unreadable text is shown as it is."""
    return formatting.short_moment(stamp)


def display(name: str, value: Any) -> str:
    """A field's value as text: enums in words, numbers grouped, lists one item a line."""
    if name == "withdrawn":  # a decision or override the committee removed: the version it removes
        if not value:
            return QCoreApplication.translate("ExchangeValues", "No: kept")
        return fill(QCoreApplication.translate("ExchangeValues", "Yes: removes version %1"), str(value)[:8])
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ExchangeValues", "Yes")
            if value
            else QCoreApplication.translate("ExchangeValues", "No")
        )
    if isinstance(value, int | float):
        return _number(value)
    if isinstance(value, str):
        return _word(name, value)
    if isinstance(value, list):
        return "\n".join(_item(name, item) for item in value)
    if isinstance(value, dict):
        return "\n".join(f"{key}: {_compact(v)}" for key, v in value.items())
    return str(value)


def cell_text(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _word(name: str, value: str) -> str:
    if name == "kind":
        try:
            return enum_label(DecisionKind(value))
        except ValueError:
            return value
    enum = ENUM_FIELDS.get(name)
    if enum is not None:
        try:
            return enum_label(enum(value))
        except ValueError:
            return value
    return value


def _number(value: float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return formatting.number(value, decimals=2)
    return formatting.integer(int(value))


def _item(name: str, item: Any) -> str:
    if not isinstance(item, dict):
        return _word(name, str(item))
    if "actor_type" in item:
        return _actor(item)
    if "sha256" in item:
        return f"{item.get('filename', '')} ({formatting.number(int(item.get('size', 0)) / 1024)} KB)"
    if "subcriterion_id" in item:
        justification = str(item.get("justification") or "").strip()
        return f"{item['subcriterion_id']}: {item.get('level')}" + (f" — {justification}" if justification else "")
    return _compact(item)


def _actor(actor: dict[str, Any]) -> str:
    """Name (type), then the contribution and its evidence, which differ more often than the name."""
    line = f"{actor.get('name', '')} ({_word('actor_type', str(actor.get('actor_type', '')))})"
    contribution = actor.get("contribution")
    if contribution:
        kind = _word("contribution_kind", str(actor.get("contribution_kind", "")))
        line += f" · {_number(contribution)} USD ({kind})"
    evidence = actor.get("evidence")
    if evidence and evidence != Evidence.NONE.value:
        line += f" · {_word('evidence', str(evidence))}"
    return line


def _compact(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
