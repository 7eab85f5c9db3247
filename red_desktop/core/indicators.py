"""Derived indicators: figures computed from a proposal's data that suggest a sub-criterion level."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from red_desktop.core.domain import ActorType, Proposal

if TYPE_CHECKING:  # rubric.py imports INDICATORS from here
    from red_desktop.core.rubric import Rubric

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


class Funding(Protocol):
    """A proposal, or what a ranking reads of it (store.proposal_facts)."""

    @property
    def requested_amount(self) -> float: ...

    @property
    def counterpart_total(self) -> float: ...


def co_funding_leverage(p: Funding) -> float | None:
    """Counterpart funds (public + private) per dollar requested; undefined without a request."""
    if p.requested_amount <= 0:
        return None
    return p.counterpart_total / p.requested_amount


INDICATORS: dict[str, Callable[[Proposal], float | None]] = {
    "actor_type_coverage": actor_type_coverage,
    "co_funding_leverage": co_funding_leverage,
}


@dataclass(frozen=True)
class Suggestion:
    """An indicator's value for one proposal and the level its rubric thresholds suggest (None when undefined)."""

    indicator_id: str
    subcriterion_id: str
    value: float | None
    level: int | None


def suggestions(proposal: Proposal, rubric: Rubric) -> dict[str, Suggestion]:
    """Every indicator the rubric declares, computed for the proposal, keyed by the sub-criterion it informs."""
    found = {}
    for ident, rule in rubric.indicators.items():
        value = INDICATORS[ident](proposal)
        found[rule.subcriterion_id] = Suggestion(ident, rule.subcriterion_id, value, rule.suggest(value))
    return found
