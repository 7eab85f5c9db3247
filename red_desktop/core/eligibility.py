"""Eligibility gates: conditions a proposal must meet whatever its score."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from red_desktop.core.domain import PRIVATE_ACTOR_TYPES, PUBLIC_ACTOR_TYPES, Proposal


@dataclass(frozen=True, slots=True)
class GateFacts:
    """What the gates look at. A ranking of 100,000 proposals reads these from the store (ProposalFacts), not
    whole proposals with their actors and narratives."""

    region_type: str | None
    requested_amount: float
    committed_actor_types: frozenset[str]


def gate_facts(p: Proposal) -> GateFacts:
    committed = frozenset(a.actor_type for a in p.actors if a.committed)
    return GateFacts(p.region_type, p.requested_amount, committed)


def public_private_commitment(f: GateFacts) -> bool:
    return bool(f.committed_actor_types & PUBLIC_ACTOR_TYPES) and bool(f.committed_actor_types & PRIVATE_ACTOR_TYPES)


def region_type_set(f: GateFacts) -> bool:
    return f.region_type is not None


def requested_amount_positive(f: GateFacts) -> bool:
    return f.requested_amount > 0


GATES: dict[str, Callable[[GateFacts], bool]] = {
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
    return check_gates(gate_facts(p), gate_ids, override_rationale)


def check_gates(facts: GateFacts, gate_ids: tuple[str, ...], override_rationale: str | None = None) -> Eligibility:
    failed = tuple(g for g in gate_ids if not GATES[g](facts))
    return Eligibility(failed, override_rationale)
