"""The committee's automatic assignment (issue 21) as the store asks it: every undecided proposal given its evaluators
(the call's number of them), by the store's evaluators and the evaluators whose keys are on its roster (a committee
assigns before the first package of an evaluator has arrived), never with a declared conflict of interest, only to
those reading the proposal's language (its country's; see countries.country_language) where they said which they
read, keeping every assignment already made and giving each evaluator the proposals they began evaluating already.
core/assignment.py solves it exactly."""

from __future__ import annotations

import uuid as uuid_module

from red_desktop.core.assignment import AssignmentAsk, AssignmentPlan, assign
from red_desktop.core.countries import country_language
from red_desktop.core.domain import Assignment, Evaluator, ProposalStatus
from red_desktop.core.settings import COMMITTEE_ROLES
from red_desktop.core.store import Store
from red_desktop.core.store.assignments import Given


def automatic_ask(store: Store, per_proposal: int | None = None, spread_countries: bool = False) -> AssignmentAsk:
    facts = [f for f in store.proposal_facts.all() if f.status != ProposalStatus.DECIDED]
    evaluators = [e for e in store.evaluators.all() if e.role not in COMMITTEE_ROLES]  # committee: by hand
    evaluators += [e for e, _fingerprint in roster_newcomers(store)]
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
        labels={f.uuid: f.code for f in facts},
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
    with store.transaction():
        newcomers = dict(roster_newcomers(store))
        evaluators = {e.uuid: e for e in [*store.evaluators.all(), *newcomers]}
        assigned = {(a.evaluator_uuid, a.proposal_uuid) for a in store.assignments.all()}
        pairs = sorted(set(ask.existing) - assigned) + list(plan.pairs)
        for evaluator in {evaluators[e] for e, _p in pairs if evaluators.get(e) in newcomers}:
            add_from_roster(store, evaluator, newcomers[evaluator])
        given = [Given(proposal, evaluators[evaluator]) for evaluator, proposal in pairs if evaluator in evaluators]
        return store.assignments.assign(given, due_on, reason) if given else []


_NAMESPACE = uuid_module.UUID("b1f0c7de-9d62-4f0e-8a5e-3c1f2e6d7a90")


def roster_newcomers(store: Store) -> list[tuple[Evaluator, str]]:
    """The evaluators whose keys are on the roster (not revoked, not the committee's) but whom the store knows by no
    evaluator yet: each with a uuid made from their key's fingerprint, and the fingerprint."""
    names = {e.name for e in store.evaluators.all()}
    out = []
    for key in store.roster.all():
        role, fingerprint = key.identity.role, key.fingerprint
        if key.revoked or role in COMMITTEE_ROLES or key.identity.name in names:
            continue
        if store.exchange.evaluator_of_key(fingerprint) is None:
            uuid = str(uuid_module.uuid5(_NAMESPACE, fingerprint))
            out.append((Evaluator(key.identity.name, role=role, uuid=uuid), fingerprint))
    return out


def add_from_roster(store: Store, evaluator: Evaluator, fingerprint: str) -> Evaluator:
    """Make the roster's evaluator one of the store's, bound to their key (their packages then speak for them)."""
    added = store.evaluators.add(evaluator)
    store.exchange.bind_evaluator(added.uuid, fingerprint)
    return added


def evaluator_named(store: Store, name: str) -> Evaluator | None:
    """The store's evaluator of this name, or the roster's (made one of the store's); None if neither knows them."""
    found = [e for e in store.evaluators.all() if e.name == name.strip()]
    if found:
        return found[0]
    for evaluator, fingerprint in roster_newcomers(store):
        if evaluator.name == name.strip():
            return add_from_roster(store, evaluator, fingerprint)
    return None
