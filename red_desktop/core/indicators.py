"""Derived indicators: figures computed from a proposal's data that suggest a sub-criterion level."""

from __future__ import annotations

from collections.abc import Callable

from red_desktop.core.domain import ActorType, Proposal

# The five kinds of local actor the RED strategy names; a large company counts as business.
COVERAGE_GROUPS: dict[ActorType, str] = {
    ActorType.LOCAL_GOVERNMENT: "local_government",
    ActorType.BUSINESS: "business",
    ActorType.LARGE_COMPANY: "business",
    ActorType.UNIVERSITY: "university",
    ActorType.TECHNOLOGY_CENTRE: "technology_centre",
    ActorType.CIVIL_SOCIETY: "civil_society",
}
COVERAGE_GROUP_COUNT = 5


def actor_type_coverage(p: Proposal) -> float:
    groups = {COVERAGE_GROUPS[a.actor_type] for a in p.actors if a.actor_type in COVERAGE_GROUPS}
    return len(groups) / COVERAGE_GROUP_COUNT


def co_funding_leverage(p: Proposal) -> float | None:
    """Counterpart funds (public + private) per dollar requested; undefined without a request."""
    if p.requested_amount <= 0:
        return None
    return p.counterpart_total / p.requested_amount


INDICATORS: dict[str, Callable[[Proposal], float | None]] = {
    "actor_type_coverage": actor_type_coverage,
    "co_funding_leverage": co_funding_leverage,
}
