"""Derived indicators and the levels they suggest through the rubric's thresholds."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from red_desktop import paths
from red_desktop.core.domain import ActorType, Evidence
from red_desktop.core.indicators import Suggestion, actor_type_coverage, co_funding_leverage, suggestions
from red_desktop.core.rubric import Rubric, parse_rubric
from tests.factories import actor, proposal


def test_leverage_of_0_83_suggests_level_3(rubric: Rubric) -> None:
    found = suggestions(proposal(), rubric)  # 300,000 + 530,000 counterpart on 1,000,000 requested
    b1 = found["B1"]
    assert b1.indicator_id == "co_funding_leverage" and b1.subcriterion_id == "B1"
    assert b1.value == pytest.approx(0.83)
    assert b1.level == 3


def test_no_requested_amount_gives_no_value_and_no_suggestion(rubric: Rubric) -> None:
    found = suggestions(proposal(requested_amount=0.0), rubric)
    assert found["B1"] == Suggestion("co_funding_leverage", "B1", None, None)


@pytest.mark.parametrize(
    ("kinds", "coverage", "level"),
    [
        ((ActorType.LOCAL_GOVERNMENT,), 0.2, 0),
        ((ActorType.LOCAL_GOVERNMENT, ActorType.BUSINESS), 0.4, 1),
        ((ActorType.LOCAL_GOVERNMENT, ActorType.BUSINESS, ActorType.UNIVERSITY), 0.6, 2),
        # a large company is a business; a national government is not one of the five local types
        ((ActorType.BUSINESS, ActorType.LARGE_COMPANY, ActorType.NATIONAL_GOVERNMENT), 0.2, 0),
        (
            (
                ActorType.LOCAL_GOVERNMENT,
                ActorType.BUSINESS,
                ActorType.UNIVERSITY,
                ActorType.TECHNOLOGY_CENTRE,
                ActorType.CIVIL_SOCIETY,
            ),
            1.0,
            4,
        ),
    ],
)
def test_actor_type_coverage_suggests_the_a2_level(
    rubric: Rubric, kinds: tuple[ActorType, ...], coverage: float, level: int
) -> None:
    p = proposal(actors=tuple(actor(k) for k in kinds))
    assert actor_type_coverage(p) == pytest.approx(coverage)
    a2 = suggestions(p, rubric)["A2"]
    assert (a2.indicator_id, a2.subcriterion_id, a2.level) == ("actor_type_coverage", "A2", level)
    assert a2.value == pytest.approx(coverage)


def test_coverage_counts_actors_whatever_their_evidence() -> None:
    p = proposal(actors=(actor(ActorType.UNIVERSITY, Evidence.NONE), actor(ActorType.CIVIL_SOCIETY)))
    assert actor_type_coverage(p) == pytest.approx(0.4)


def test_leverage_at_a_threshold_takes_the_higher_level(rubric: Rubric) -> None:
    p = proposal(counterpart_public=500_000.0, counterpart_private=500_000.0)
    assert co_funding_leverage(p) == 1.0
    assert suggestions(p, rubric)["B1"].level == 4
    assert suggestions(replace(p, counterpart_private=0.0), rubric)["B1"].level == 2  # 0.5


def test_one_suggestion_per_declared_indicator_and_none_without_indicators() -> None:
    data = json.loads(paths.default_rubric_path().read_text(encoding="utf-8"))
    assert set(suggestions(proposal(), parse_rubric(data))) == {"A2", "B1"}
    data["indicators"] = {}
    assert suggestions(proposal(), parse_rubric(data)) == {}
