"""What the proposal list asks the store for (a query) and what one list line shows (a row); no SQL here."""

from __future__ import annotations

import math
from dataclasses import dataclass

from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.messages import msg

LIST_COLUMNS: dict[str, str] = {
    "code": "Proposal code",
    "title": "Title",
    "country": "Country (ISO 3166 alpha-2)",
    "region_name": "Region",
    "region_type": "Region type (marginalized, emerging, declining), or not set",
    "priority_area": "Priority area, or not set",
    "status": "Proposal status",
    "executing_agency": "Executing agency",
    "requested_amount": "Amount requested",
    "leverage": "Co-funding leverage: (public + private counterpart) / requested; none when nothing is requested",
    "evaluations": "Evaluations with the active rubric, draft or final",
    "finals": "Final evaluations with the active rubric",
    "total": "Committee total, 0-100: mean of the final evaluations' totals; none without a final evaluation",
    "own_total": "The current evaluator's own total, 0-100, draft or final (partial while sub-criteria lack a level); "
    "none without their evaluation",
    "updated_at": "Last change to the proposal",
}

EVALUATION_STATES: dict[str, str] = {
    "any": "Any proposal",
    "none": "No evaluation yet",
    "draft": "Evaluations, none of them final",
    "final": "At least one final evaluation",
}


@dataclass(frozen=True)
class ListQuery:
    """Which proposals the list shows and in what order; every filter left empty lets everything through."""

    text: str = ""  # substring of code, title, region, agency or an actor's name; case and accents ignored
    countries: frozenset[str] = frozenset()
    region_types: frozenset[str] = frozenset()  # "" stands for "not set"
    priority_areas: frozenset[str] = frozenset()  # "" stands for "not set"
    statuses: frozenset[str] = frozenset()
    evaluation_state: str = "any"  # a key of EVALUATION_STATES
    min_total: float | None = None  # inclusive; a bound leaves out proposals without a total
    max_total: float | None = None
    sort: str = "code"  # a key of LIST_COLUMNS; ties broken by code, then rowid
    descending: bool = False


@dataclass(frozen=True)
class OwnTotal:
    """The current evaluator's own evaluation of a proposal, as the list shows it beside the committee's total."""

    total: float  # 0-100; partial while sub-criteria lack a level
    final: bool
    missing: int  # sub-criteria without a level

    @property
    def partial(self) -> bool:
        return self.missing > 0


@dataclass(frozen=True)
class ProposalRow:
    """What one line of the proposal list shows."""

    rowid: int
    uuid: str
    code: str
    title: str
    country: str
    region_name: str
    region_type: str | None
    priority_area: str | None
    status: str
    executing_agency: str
    requested_amount: float
    leverage: float | None
    evaluations: int
    finals: int
    total: float | None
    updated_at: str
    own: OwnTotal | None = None  # the current evaluator's, from the list's index (the store's row has none)


def check_query(query: ListQuery) -> None:
    """Refuse a query the list cannot answer, naming every problem."""
    problems = []
    if query.sort not in LIST_COLUMNS:
        allowed = ", ".join(LIST_COLUMNS)
        problems.append(Problem("sort", msg("not_one_of", "must be one of: {allowed}", allowed=allowed), query.sort))
    if query.evaluation_state not in EVALUATION_STATES:
        allowed = ", ".join(EVALUATION_STATES)
        said = msg("not_one_of", "must be one of: {allowed}", allowed=allowed)
        problems.append(Problem("evaluation_state", said, query.evaluation_state))
    for name in ("min_total", "max_total"):
        bound = getattr(query, name)
        if bound is not None and (not isinstance(bound, int | float) or isinstance(bound, bool) or math.isnan(bound)):
            problems.append(Problem(name, msg("not_a_number", "must be a number or none"), bound))
    if not problems and query.min_total is not None and query.max_total is not None:
        if query.min_total > query.max_total:
            said = msg("above_max", "is above max_total ({limit})", limit=f"{query.max_total:g}")
            problems.append(Problem("min_total", said, query.min_total))
    if problems:
        raise ValidationError(msg("list_query", "The proposal list query"), problems)
