"""Eligibility gates: conditions a proposal must meet whatever its score."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from red_desktop.core.domain import PRIVATE_ACTOR_TYPES, PUBLIC_ACTOR_TYPES, Proposal


def public_private_commitment(p: Proposal) -> bool:
    committed = {a.actor_type for a in p.actors if a.committed}
    return bool(committed & PUBLIC_ACTOR_TYPES) and bool(committed & PRIVATE_ACTOR_TYPES)


def region_type_set(p: Proposal) -> bool:
    return p.region_type is not None


def requested_amount_positive(p: Proposal) -> bool:
    return p.requested_amount > 0


GATES: dict[str, Callable[[Proposal], bool]] = {
    "public_private_commitment": public_private_commitment,
    "region_type_set": region_type_set,
    "requested_amount_positive": requested_amount_positive,
}


@dataclass(frozen=True)
class Eligibility:
    failed_gates: tuple[str, ...]
    override_rationale: str | None = None

    @property
    def passes_gates(self) -> bool:
        return not self.failed_gates

    @property
    def eligible(self) -> bool:
        return self.passes_gates or self.override_rationale is not None

    @property
    def overridden(self) -> bool:
        return not self.passes_gates and self.override_rationale is not None


def check_eligibility(p: Proposal, gate_ids: tuple[str, ...], override_rationale: str | None = None) -> Eligibility:
    failed = tuple(g for g in gate_ids if not GATES[g](p))
    return Eligibility(failed, override_rationale)
