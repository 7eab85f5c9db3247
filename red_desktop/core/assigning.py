"""The committee's automatic assignment (issue 21) as the store asks it: every undecided proposal given its evaluators
(the call's number of them), by the evaluators on the roster, never with a declared conflict of interest, only to
those reading the proposal's language (its country's; see countries.country_language) where they said which they
read, keeping every assignment already made and giving each evaluator the proposals they began evaluating already.
core/assignment.py solves it exactly."""

from __future__ import annotations

from red_desktop.core.assignment import AssignmentAsk, AssignmentPlan, assign
from red_desktop.core.countries import country_language
from red_desktop.core.domain import Assignment, ProposalStatus
from red_desktop.core.settings import COMMITTEE_ROLES
from red_desktop.core.store import Store
from red_desktop.core.store.assignments import Given


def automatic_ask(store: Store, per_proposal: int | None = None, spread_countries: bool = False) -> AssignmentAsk:
    facts = [f for f in store.proposal_facts.all() if f.status != ProposalStatus.DECIDED]
    evaluators = [e for e in store.evaluators.all() if e.role not in COMMITTEE_ROLES]  # committee: by hand
    wanted = {f.uuid for f in facts}
    conflicts = frozenset(store.interests.conflicted_pairs())
    assigned = {(a.evaluator_uuid, a.proposal_uuid) for a in store.assignments.all()}
    begun = {(e, p) for e, p in store.evaluations.pairs() if (e, p) not in conflicts}
    existing = frozenset(pair for pair in assigned | begun if pair[1] in wanted)
    languages = {f.uuid: country_language(f.country) for f in facts}
    return AssignmentAsk(
        proposals=[f.uuid for f in facts],
        evaluators=[e.uuid for e in evaluators],
        per_proposal=per_proposal or store.call.per_proposal(),
        conflicts=conflicts,
        language={p: lang for p, lang in languages.items() if lang},
        reads=store.evaluators.reads(),
        country={f.uuid: f.country for f in facts},
        existing=existing,
        spread_countries=spread_countries,
    )


def plan_automatically(
    store: Store, per_proposal: int | None = None, spread_countries: bool = False
) -> tuple[AssignmentAsk, AssignmentPlan]:
    ask = automatic_ask(store, per_proposal, spread_countries)
    return ask, assign(ask)


def keep_plan(
    store: Store, ask: AssignmentAsk, plan: AssignmentPlan, due_on: str | None, reason: str = ""
) -> list[Assignment]:
    """Store, in one transaction and each due `due_on`, the plan's new pairs and the evaluations begun that were not
    assigned yet (the ask kept them); the assignments already made keep their due days."""
    evaluators = {e.uuid: e for e in store.evaluators.all()}
    assigned = {(a.evaluator_uuid, a.proposal_uuid) for a in store.assignments.all()}
    pairs = sorted(set(ask.existing) - assigned) + list(plan.pairs)
    given = [Given(proposal, evaluators[evaluator]) for evaluator, proposal in pairs if evaluator in evaluators]
    return store.assignments.assign(given, due_on, reason) if given else []
