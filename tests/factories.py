"""Small builders of valid domain records for tests."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from red_desktop.core.domain import (
    Actor,
    ActorType,
    Evidence,
    PriorityArea,
    Proposal,
    RegionKind,
    RegionType,
)


def actor(kind: ActorType, evidence: Evidence = Evidence.SIGNED_AGREEMENT, **changes: Any) -> Actor:
    return replace(
        Actor(name=f"{kind.value} of Valle del Mantaro", actor_type=kind, evidence=evidence, contribution=10_000.0),
        **changes,
    )


def proposal(code: str = "RED-PE-2026-001", **changes: Any) -> Proposal:
    base = Proposal(
        code=code,
        title="Cadena de valor de la quinua en el Valle del Mantaro",
        country="PE",
        region_name="Valle del Mantaro, Junín",
        region_kind=RegionKind.VALLEY,
        region_type=RegionType.MARGINALIZED,
        priority_area=PriorityArea.VALUE_CHAINS,
        sectors=("quinua", "lácteos"),
        executing_agency="Cámara de Comercio de Huancayo",
        requested_amount=1_000_000.0,
        counterpart_public=300_000.0,
        counterpart_private=530_000.0,
        beneficiary_msmes=420,
        duration_months=36,
        regional_diagnosis="Diagnóstico regional con énfasis en la articulación productiva.",
        latitude=-11.95,
        longitude=-75.3,
        author="Ana Lucía Quispe",
        actors=(actor(ActorType.LOCAL_GOVERNMENT), actor(ActorType.BUSINESS), actor(ActorType.UNIVERSITY)),
    )
    return replace(base, **changes)


def full_levels(rubric: Any, level: int = 2) -> dict[str, int]:
    return {s.id: level for s in rubric.subcriteria}
