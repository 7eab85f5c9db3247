"""What each value of the domain's enums is called, in any language: the one place the window's forms, lists and
filters, the sheets, the dossier, the exports and the importer's matching of labels all ask.

Each label is a catalogue text whose context is the enum's kind ("region_type", "status"...), so the same English
word may be translated differently for two enums (a proposal's "Draft" and an evaluation's).
"""

from __future__ import annotations

import functools
from enum import StrEnum

from red_desktop.core.domain import (
    ActorType,
    ContributionKind,
    DecisionKind,
    EvaluationState,
    Evidence,
    InterestKind,
    PriorityArea,
    ProposalStatus,
    RegionKind,
    RegionType,
)
from red_desktop.core.exchange.model import Entity
from red_desktop.core.messages import Words, words
from red_desktop.core.settings import Role
from red_desktop.core.text import capitalized

KINDS: dict[type[StrEnum], str] = {
    RegionType: "region_type",
    RegionKind: "region_kind",
    PriorityArea: "priority_area",
    ActorType: "actor_type",
    ProposalStatus: "status",
    EvaluationState: "state",
    DecisionKind: "decision_kind",
    ContributionKind: "contribution_kind",
    Evidence: "evidence",
    InterestKind: "interest_kind",
    Role: "role",
    Entity: "record",
}
ENUMS: dict[str, type[StrEnum]] = {kind: enum for enum, kind in KINDS.items()}


def enum_label(member: StrEnum | None, language: str | None = None) -> str:
    """The member's label in `language` (None: the language of the moment); 'Not set' for None."""
    chosen = words(language)
    if member is None:
        return chosen.tc("value", "Not set")
    return _labels(chosen.language).get((type(member), member.value)) or str(member).replace("_", " ")


def short_enum_label(member: StrEnum | None, language: str | None = None) -> str:
    """The label without its examples in brackets ("Large investments"), for list cells, filters and charts."""
    return enum_label(member, language).split(" (")[0]


def value_label(kind: str, value: str | None, language: str | None = None) -> str:
    """The label of a stored value by its enum's kind ("region_type", "marginalized"); 'Not set' for none, the
    value itself (underscores as spaces) for one the enum does not know."""
    if not value:
        return enum_label(None, language)
    if kind == "tendency":
        return tendency_label(value, language)
    enum = ENUMS.get(kind)
    if enum is None or value not in enum._value2member_map_:
        return value.replace("_", " ")
    return enum_label(enum(value), language)


def role_label(role: str, language: str | None = None, *, capital: bool = False) -> str:
    """A profile's or a key's role as a sentence says it ("field evaluator"), or as a choice or a cell shows it
    (`capital`: "Field evaluator"); an unknown one as it is written."""
    label = value_label("role", role, language) if role else enum_label(None, language)
    return capitalized(label) if capital else label


def record_label(entity: str, language: str | None = None, *, capital: bool = False) -> str:
    """The kind of record a package carries ("proposal", "eligibility override"), as role_label says a role."""
    label = value_label("record", entity, language)
    return capitalized(label) if capital else label


def tendency_label(tendency: str, language: str | None = None) -> str:
    """A calibration tendency ("harsh", "lenient", "in line", "too few proposals": core/calibration.py) in words."""
    w = words(language)
    labels = {
        "harsh": w.tc("tendency", "harsh"),
        "lenient": w.tc("tendency", "lenient"),
        "in line": w.tc("tendency", "in line"),
        "too few proposals": w.tc("tendency", "too few proposals"),
    }
    return labels.get(tendency, tendency)


@functools.cache
def _labels(language: str) -> dict[tuple[type[StrEnum], str], str]:
    """By enum and value: members of two enums with the same value ("draft") are equal as strings, so a dict
    keyed by the members themselves would keep one label for both."""
    return {(type(member), member.value): label for member, label in _table(words(language))}


def _table(w: Words) -> tuple[tuple[StrEnum, str], ...]:
    # Each text is a literal w.tc("<kind>", "...") call so that the catalogue extraction finds it.
    return (
        (RegionType.MARGINALIZED, w.tc("region_type", "Marginalized")),
        (RegionType.EMERGING, w.tc("region_type", "Emerging")),
        (RegionType.DECLINING, w.tc("region_type", "Declining")),
        (RegionKind.METROPOLITAN_AREA, w.tc("region_kind", "Metropolitan area")),
        (RegionKind.CITY_GROUP, w.tc("region_kind", "City or group of cities")),
        (RegionKind.VALLEY, w.tc("region_kind", "Valley")),
        (RegionKind.RURAL_AREA, w.tc("region_kind", "Rural area")),
        (RegionKind.PROVINCE, w.tc("region_kind", "Province or department")),
        (
            PriorityArea.LARGE_INVESTMENTS,
            w.tc("priority_area", "Large investments (extractive industries, infrastructure)"),
        ),
        (PriorityArea.INNOVATION, w.tc("priority_area", "Innovation (research and technology centres)")),
        (PriorityArea.URBAN_PRODUCTIVE, w.tc("priority_area", "Urban productive development")),
        (PriorityArea.VALUE_CHAINS, w.tc("priority_area", "Local and global value chains")),
        (ActorType.LOCAL_GOVERNMENT, w.tc("actor_type", "Local government")),
        (ActorType.BUSINESS, w.tc("actor_type", "Business or business association")),
        (ActorType.UNIVERSITY, w.tc("actor_type", "University")),
        (ActorType.TECHNOLOGY_CENTRE, w.tc("actor_type", "Technology centre")),
        (ActorType.CIVIL_SOCIETY, w.tc("actor_type", "Civil society organisation")),
        (ActorType.LARGE_COMPANY, w.tc("actor_type", "Large company")),
        (ActorType.NATIONAL_GOVERNMENT, w.tc("actor_type", "National government / scaling partner")),
        (ProposalStatus.DRAFT, w.tc("status", "Draft")),
        (ProposalStatus.SUBMITTED, w.tc("status", "Submitted")),
        (ProposalStatus.UNDER_REVIEW, w.tc("status", "Under review")),
        (ProposalStatus.DECIDED, w.tc("status", "Decided")),
        (EvaluationState.DRAFT, w.tc("state", "Draft")),
        (EvaluationState.FINAL, w.tc("state", "Final")),
        (InterestKind.PROPOSAL, w.tc("interest_kind", "Proposal")),
        (InterestKind.AGENCY, w.tc("interest_kind", "Executing agency")),
        (InterestKind.ACTOR, w.tc("interest_kind", "Actor")),
        (DecisionKind.APPROVE, w.tc("decision_kind", "Approve")),
        (DecisionKind.APPROVE_WITH_CONDITIONS, w.tc("decision_kind", "Approve with conditions")),
        (DecisionKind.DEFER, w.tc("decision_kind", "Defer")),
        (DecisionKind.REJECT, w.tc("decision_kind", "Reject")),
        (ContributionKind.CASH, w.tc("contribution_kind", "Cash")),
        (ContributionKind.IN_KIND, w.tc("contribution_kind", "In kind")),
        (Evidence.NONE, w.tc("evidence", "None")),
        (Evidence.LETTER_OF_INTENT, w.tc("evidence", "Letter of intent")),
        (Evidence.SIGNED_AGREEMENT, w.tc("evidence", "Signed agreement")),
        (Role.FIELD_EVALUATOR, w.tc("role", "field evaluator")),
        (Role.COMMITTEE_MEMBER, w.tc("role", "committee member")),
        (Role.ADMINISTRATOR, w.tc("role", "administrator")),
        (Entity.PROPOSAL, w.tc("record", "proposal")),
        (Entity.EVALUATION, w.tc("record", "evaluation")),
        (Entity.DECISION, w.tc("record", "decision")),
        (Entity.GATE_OVERRIDE, w.tc("record", "eligibility override")),
        (Entity.INTEREST, w.tc("record", "conflict of interest")),
        (Entity.ASSIGNMENT, w.tc("record", "assignment")),
    )
