"""Eligibility gates and the committee's recorded override; derived indicators."""

from __future__ import annotations

import pytest

from red_desktop.core.domain import ActorType, Evidence
from red_desktop.core.eligibility import check_eligibility
from red_desktop.core.indicators import actor_type_coverage, co_funding_leverage
from red_desktop.core.rubric import Rubric
from tests.factories import actor, proposal


def test_a_complete_proposal_passes_every_gate(rubric: Rubric) -> None:
    result = check_eligibility(proposal(), rubric.gate_ids)
    assert result.eligible and result.passes_gates and not result.overridden


@pytest.mark.parametrize(
    "changes, gate",
    [
        ({"region_type": None}, "region_type_set"),
        ({"requested_amount": 0.0}, "requested_amount_positive"),
        ({"actors": (actor(ActorType.LOCAL_GOVERNMENT), actor(ActorType.UNIVERSITY))}, "public_private_commitment"),
        ({"actors": (actor(ActorType.BUSINESS), actor(ActorType.CIVIL_SOCIETY))}, "public_private_commitment"),
        (
            {"actors": (actor(ActorType.LOCAL_GOVERNMENT), actor(ActorType.BUSINESS, Evidence.NONE))},
            "public_private_commitment",
        ),
    ],
)
def test_each_gate_flags_its_failure(rubric: Rubric, changes: dict, gate: str) -> None:
    result = check_eligibility(proposal(**changes), rubric.gate_ids)
    assert result.failed_gates == (gate,)
    assert not result.eligible


def test_national_government_and_a_large_company_with_letters_of_intent_pass(rubric: Rubric) -> None:
    actors = (
        actor(ActorType.NATIONAL_GOVERNMENT, Evidence.LETTER_OF_INTENT),
        actor(ActorType.LARGE_COMPANY, Evidence.LETTER_OF_INTENT),
    )
    assert check_eligibility(proposal(actors=actors), rubric.gate_ids).eligible


def test_an_override_with_a_rationale_makes_it_eligible_but_says_so(rubric: Rubric) -> None:
    result = check_eligibility(proposal(region_type=None), rubric.gate_ids, "Region typed by the committee on site")
    assert result.eligible and result.overridden and result.failed_gates == ("region_type_set",)


def test_co_funding_leverage() -> None:
    assert co_funding_leverage(proposal()) == pytest.approx(0.83)  # (300k + 530k) / 1M
    assert co_funding_leverage(proposal(requested_amount=0.0)) is None


def test_actor_type_coverage_counts_the_five_kinds_of_local_actor() -> None:
    assert actor_type_coverage(proposal(actors=())) == 0.0
    assert actor_type_coverage(proposal()) == pytest.approx(3 / 5)
    same_group = (actor(ActorType.BUSINESS), actor(ActorType.LARGE_COMPANY), actor(ActorType.NATIONAL_GOVERNMENT))
    assert actor_type_coverage(proposal(actors=same_group)) == pytest.approx(1 / 5)
