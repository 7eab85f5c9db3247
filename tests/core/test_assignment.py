"""Who evaluates what (issue 21): k evaluators a proposal, never a conflicted one nor one who does not read its
language, the workload as even as any assignment allows (checked against every assignment of small cases)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from red_desktop.core.assignment import AssignmentAsk, assign
from red_desktop.core.errors import ValidationError


def test_sixty_proposals_to_five_evaluators_two_each_is_24_each_without_the_two_conflicts() -> None:
    """The issue's scenario: 5 evaluators, 60 proposals, k = 2, two conflicts declared: 120 evaluations, 24 each."""
    proposals = [f"p{i}" for i in range(60)]
    evaluators = ["ana", "ben", "caro", "dani", "eva"]
    conflicts = frozenset({("ana", "p3"), ("eva", "p41")})
    found = assign(AssignmentAsk(proposals, evaluators, 2, conflicts))
    assert len(found.pairs) == 120 and found.spread == 0 and set(found.loads.values()) == {24}
    assert not conflicts & set(found.pairs)
    for p in proposals:
        assert len({e for e, q in found.pairs if q == p}) == 2


def test_languages_are_read_and_countries_spread() -> None:
    """Brazilian proposals go to the evaluators who read Portuguese; with spreading, no evaluator gets two of a country
    while another evaluator could take one."""
    proposals = ["br1", "br2", "pe1", "pe2", "bo1", "bo2"]
    language = {"br1": "pt", "br2": "pt", "pe1": "es", "pe2": "es", "bo1": "es", "bo2": "es"}
    country = {p: p[:2] for p in proposals}
    reads = {"ana": frozenset({"es", "pt"}), "ben": frozenset({"es"}), "caro": frozenset({"es", "pt"})}
    ask = AssignmentAsk(
        proposals, list(reads), 1, language=language, reads=reads, country=country, spread_countries=True
    )
    found = assign(ask)
    assert found.spread == 0
    assert {e for e, p in found.pairs if p.startswith("br")} <= {"ana", "caro"}
    for evaluator in reads:
        mine = [country[p] for e, p in found.pairs if e == evaluator]
        assert len(mine) == len(set(mine))  # two each, of two countries


def test_existing_assignments_are_kept_and_counted() -> None:
    existing = frozenset({("ana", "p0"), ("ana", "p1"), ("ana", "p2")})
    found = assign(AssignmentAsk([f"p{i}" for i in range(6)], ["ana", "ben", "caro"], 1, existing=existing))
    assert {p for _e, p in found.pairs} == {"p3", "p4", "p5"} and all(e != "ana" for e, _p in found.pairs)
    assert found.loads == {"ana": 3, "ben": 2, "caro": 1} or found.loads == {"ana": 3, "ben": 1, "caro": 2}


def test_a_proposal_that_cannot_have_its_evaluators_is_named() -> None:
    conflicts = frozenset({("ana", "p1"), ("ben", "p1")})
    with pytest.raises(ValidationError, match="p1") as raised:
        assign(AssignmentAsk(["p0", "p1"], ["ana", "ben", "caro"], 2, conflicts))
    assert "cannot each have 2 evaluators" in str(raised.value)
    with pytest.raises(ValidationError, match="1 or more"):
        assign(AssignmentAsk(["p0"], ["ana"], 0))


@st.composite
def asks(draw: st.DrawFn) -> AssignmentAsk:
    proposals = [f"p{i}" for i in range(draw(st.integers(1, 5)))]
    evaluators = [f"e{i}" for i in range(draw(st.integers(1, 4)))]
    k = draw(st.integers(1, len(evaluators)))
    pairs = [(e, p) for e in evaluators for p in proposals]
    conflicts = frozenset(draw(st.lists(st.sampled_from(pairs), max_size=4, unique=True)))
    return AssignmentAsk(proposals, evaluators, k, conflicts)


def best_spread(ask: AssignmentAsk) -> int | None:
    """The most even workload over every assignment of k evaluators to each proposal; None if there is none."""
    options = [
        [
            c
            for c in itertools.combinations(ask.evaluators, ask.per_proposal)
            if not any((e, p) in ask.conflicts for e in c)
        ]
        for p in ask.proposals
    ]
    best = None
    for choice in itertools.product(*options):
        loads = dict.fromkeys(ask.evaluators, 0)
        for chosen in choice:
            for e in chosen:
                loads[e] += 1
        spread = max(loads.values()) - min(loads.values())
        best = spread if best is None else min(best, spread)
    return best


@settings(max_examples=150, deadline=None)
@given(asks())
def test_the_assignment_is_the_most_even_of_every_assignment(ask: AssignmentAsk) -> None:
    expected = best_spread(ask)
    if expected is None:
        with pytest.raises(ValidationError):
            assign(ask)
        return
    found = assign(ask)
    assert found.spread == expected
    assert not ask.conflicts & set(found.pairs)
    for p in ask.proposals:
        assert len({e for e, q in found.pairs if q == p}) == ask.per_proposal
