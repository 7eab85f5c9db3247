"""Eligibility is a rule: an approval of a proposal failing a gate is refused without an override; a withdrawal
gives the proposal back its status; the ranking can put the ineligible proposals apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from red_desktop.core.committee import build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.domain import Decision, DecisionKind, Proposal, ProposalStatus
from red_desktop.core.eligibility import check_eligibility
from red_desktop.core.errors import IneligibleError
from red_desktop.core.ranking import build_ranking, ineligible_apart
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store

APPROVALS = (DecisionKind.APPROVE, DecisionKind.APPROVE_WITH_CONDITIONS)


@pytest.fixture
def demo(store: Store, rubric: Rubric) -> Store:
    build_demo(store, rubric, proposals=40, evaluators=3, seed=3)
    return store


def ineligible(store: Store, rubric: Rubric) -> Proposal:
    """A demo proposal failing the public-private commitment gate, as in the issue."""
    return next(
        p
        for p in store.proposals.all()
        if "public_private_commitment" in check_eligibility(p, rubric.gate_ids).failed_gates
    )


def decision(proposal_uuid: str, kind: DecisionKind) -> Decision:
    conditions = "Convenio firmado antes del desembolso." if kind == DecisionKind.APPROVE_WITH_CONDITIONS else ""
    return Decision(
        proposal_uuid, kind, "Sólida articulación.", date.today().isoformat(), conditions, ("Ana Lucía Quispe",)
    )


def dump(store: Store) -> list[str]:
    return list(store.db.conn.iterdump())


@pytest.mark.parametrize("kind", APPROVALS)
def test_approving_an_ineligible_proposal_is_refused_naming_the_gates_and_changes_nothing(
    demo: Store, rubric: Rubric, kind: DecisionKind
) -> None:
    target = ineligible(demo, rubric)
    before = dump(demo)
    with pytest.raises(IneligibleError) as refused:
        demo.decisions.record(decision(target.uuid, kind), rubric)
    message = str(refused.value)
    assert target.code in message and "Public and private commitment" in message and "override" in message
    assert "\n" not in message
    assert "public_private_commitment" in refused.value.failed_gates
    assert dump(demo) == before


@pytest.mark.parametrize("kind", APPROVALS)
def test_with_a_gate_override_the_approval_is_allowed(demo: Store, rubric: Rubric, kind: DecisionKind) -> None:
    target = ineligible(demo, rubric)
    demo.overrides.set(target.uuid, "Carta del municipio verificada en la visita de campo.")
    stored = demo.decisions.record(decision(target.uuid, kind), rubric)
    assert demo.decisions.get(target.uuid) == stored and stored.kind is kind


@pytest.mark.parametrize("kind", [DecisionKind.DEFER, DecisionKind.REJECT])
def test_deferring_or_rejecting_an_ineligible_proposal_is_allowed(
    demo: Store, rubric: Rubric, kind: DecisionKind
) -> None:
    target = ineligible(demo, rubric)
    assert demo.decisions.record(decision(target.uuid, kind), rubric).kind is kind


def test_revising_into_an_approval_is_refused_too_and_changes_nothing(demo: Store, rubric: Rubric) -> None:
    target = ineligible(demo, rubric)
    deferred = demo.decisions.record(decision(target.uuid, DecisionKind.DEFER), rubric)
    before = dump(demo)
    with pytest.raises(IneligibleError, match="Public and private commitment"):
        demo.decisions.revise(replace(deferred, kind=DecisionKind.APPROVE), "Visita de campo", rubric)
    assert dump(demo) == before
    rejected = replace(deferred, kind=DecisionKind.REJECT)
    assert demo.decisions.revise(rejected, "Sin carta del municipio", rubric).kind is DecisionKind.REJECT


def test_an_eligible_proposal_is_approved_without_an_override(demo: Store, rubric: Rubric) -> None:
    target = next(p for p in demo.proposals.all() if check_eligibility(p, rubric.gate_ids).eligible)
    assert demo.decisions.record(decision(target.uuid, DecisionKind.APPROVE), rubric).kind is DecisionKind.APPROVE


@pytest.mark.parametrize("status", [ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW])
def test_a_withdrawal_gives_the_proposal_back_the_status_it_had(
    demo: Store, rubric: Rubric, status: ProposalStatus
) -> None:
    target = next(p for p in demo.proposals.all() if p.status is status)
    demo.decisions.record(decision(target.uuid, DecisionKind.REJECT), rubric)
    demo.decisions.revise(
        replace(demo.decisions.get(target.uuid), kind=DecisionKind.DEFER), "Falta información", rubric
    )  # type: ignore[arg-type]
    assert demo.proposals.get(target.uuid).status is ProposalStatus.DECIDED
    demo.decisions.withdraw(target.uuid, "Se reabre la evaluación")
    assert demo.proposals.get(target.uuid).status is status


def test_the_ranking_can_put_the_ineligible_apart_keeping_their_figures(demo: Store, rubric: Rubric) -> None:
    plain = build_ranking(demo, rubric)
    apart = build_ranking(demo, rubric, ineligible_last=True)
    assert apart == ineligible_apart(plain) and build_committee(demo, rubric).ranking == plain
    eligible = [r for r in apart if r.eligible]
    assert 0 < len(eligible) < len(apart)
    assert apart[: len(eligible)] == [r for r in apart if r.eligible]  # the eligible first, the ineligible after
    assert all(r.rank is None for r in apart[len(eligible) :])
    ranks = [r.rank for r in eligible if r.total is not None]
    assert ranks[0] == 1 and ranks == sorted(ranks) and max(ranks) <= len(ranks)
    figures = {r.uuid: (r.total, r.criteria, r.spread, r.failed_gates) for r in plain}
    assert {r.uuid: (r.total, r.criteria, r.spread, r.failed_gates) for r in apart} == figures
    assert [r.code for r in apart if r.eligible] == [r.code for r in plain if r.eligible]  # their order kept


def test_an_override_puts_a_proposal_back_among_the_ranked(demo: Store, rubric: Rubric) -> None:
    target = ineligible(demo, rubric)
    demo.overrides.set(target.uuid, "Compromiso verificado en visita.")
    apart = build_ranking(demo, rubric, ineligible_last=True)
    ranked = next(r for r in apart if r.uuid == target.uuid)
    assert ranked.eligible and (ranked.rank is not None or ranked.total is None)
