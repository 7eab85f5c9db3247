"""Conversion between domain dataclasses and table rows."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import fields
from typing import Any

from red_desktop.core.domain import (
    NARRATIVE_FIELDS,
    Actor,
    ActorType,
    ContributionKind,
    Decision,
    DecisionKind,
    Evaluation,
    EvaluationState,
    Evaluator,
    Evidence,
    PriorityArea,
    Proposal,
    ProposalStatus,
    RegionKind,
    RegionType,
    Score,
    Stamp,
)
from red_desktop.core.text import search_text

STAMP_COLUMNS = tuple(f.name for f in fields(Stamp))

PROPOSAL_SCALARS = (
    "code",
    "title",
    "country",
    "region_name",
    "executing_agency",
    "requested_amount",
    "counterpart_public",
    "counterpart_private",
    "beneficiary_msmes",
    "duration_months",
    *NARRATIVE_FIELDS,
    "latitude",
    "longitude",
    "author",
)


def stamp_columns(stamp: Stamp) -> dict[str, Any]:
    return {name: getattr(stamp, name) for name in STAMP_COLUMNS}


def stamp_of(row: Mapping[str, Any]) -> Stamp:
    return Stamp(**{name: row[name] for name in STAMP_COLUMNS})


def _optional(enum: type, value: Any) -> Any:
    return None if value is None else enum(value)


def _enum_value(value: Any) -> Any:
    return None if value is None else str(value)


def proposal_row(p: Proposal) -> dict[str, Any]:
    row = {name: getattr(p, name) for name in PROPOSAL_SCALARS}
    row.update(
        uuid=p.uuid,
        region_kind=_enum_value(p.region_kind),
        region_type=_enum_value(p.region_type),
        priority_area=_enum_value(p.priority_area),
        status=str(p.status),
        sectors=json.dumps(list(p.sectors), ensure_ascii=False),
        search_text=search_text([p.code, p.title, p.region_name, p.executing_agency, *(a.name for a in p.actors)]),
        merged_into=p.merged_into,
    )
    row.update(stamp_columns(p.stamp))
    return row


def proposal_from_row(row: Mapping[str, Any], actors: tuple[Actor, ...] = ()) -> Proposal:
    return Proposal(
        **{name: row[name] for name in PROPOSAL_SCALARS},
        uuid=row["uuid"],
        region_kind=_optional(RegionKind, row["region_kind"]),
        region_type=_optional(RegionType, row["region_type"]),
        priority_area=_optional(PriorityArea, row["priority_area"]),
        status=ProposalStatus(row["status"]),
        sectors=tuple(json.loads(row["sectors"])),
        actors=actors,
        stamp=stamp_of(row),
        merged_into=row.get("merged_into"),
    )


def actor_row(a: Actor, proposal_uuid: str, position: int) -> dict[str, Any]:
    return {
        "uuid": a.uuid,
        "proposal_uuid": proposal_uuid,
        "position": position,
        "name": a.name,
        "actor_type": str(a.actor_type),
        "role": a.role,
        "contribution": a.contribution,
        "contribution_kind": str(a.contribution_kind),
        "evidence": str(a.evidence),
        **stamp_columns(a.stamp),
    }


def actor_from_row(row: Mapping[str, Any]) -> Actor:
    return Actor(
        name=row["name"],
        actor_type=ActorType(row["actor_type"]),
        role=row["role"],
        contribution=row["contribution"],
        contribution_kind=ContributionKind(row["contribution_kind"]),
        evidence=Evidence(row["evidence"]),
        uuid=row["uuid"],
        stamp=stamp_of(row),
    )


def evaluator_from_row(row: Mapping[str, Any]) -> Evaluator:
    return Evaluator(name=row["name"], role=row["role"], uuid=row["uuid"], stamp=stamp_of(row))


def score_from_row(row: Mapping[str, Any]) -> Score:
    return Score(row["subcriterion_id"], row["level"], row["justification"], uuid=row["uuid"], stamp=stamp_of(row))


def evaluation_from_row(row: Mapping[str, Any], scores: tuple[Score, ...]) -> Evaluation:
    return Evaluation(
        proposal_uuid=row["proposal_uuid"],
        evaluator_uuid=row["evaluator_uuid"],
        rubric_id=row["rubric_id"],
        rubric_version=row["rubric_version"],
        state=EvaluationState(row["state"]),
        scores=scores,
        uuid=row["uuid"],
        stamp=stamp_of(row),
    )


def decision_from_row(row: Mapping[str, Any]) -> Decision:
    return Decision(
        proposal_uuid=row["proposal_uuid"],
        kind=DecisionKind(row["kind"]),
        rationale=row["rationale"],
        decided_on=row["decided_on"],
        conditions=row["conditions"],
        members_present=tuple(json.loads(row["members_present"])),
        uuid=row["uuid"],
        stamp=stamp_of(row),
        members_recused=tuple(json.loads(row.get("members_recused") or "[]")),
    )
