"""The portfolio a call's budget funds (issue 20): hand-checked cases, and the exact programme against every subset."""

from __future__ import annotations

import itertools
import os
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from red_desktop.core.errors import ValidationError
from red_desktop.core.portfolio import Candidates, best_portfolio, fits_one, rank_order_set
from red_desktop.core.portfolio_rules import CallBudget, GroupRule, RuleKind

M = 1_000_000.0


def candidates(
    totals: Sequence[float | None],
    amounts: Sequence[float],
    *,
    eligible: Sequence[bool] | None = None,
    region: Sequence[str] | None = None,
    country: Sequence[str] | None = None,
    area: Sequence[str] | None = None,
) -> Candidates:
    n = len(totals)
    codes = [chr(ord("A") + i) for i in range(n)]
    return Candidates(
        uuids=[f"u-{c}" for c in codes],
        codes=codes,
        totals=np.array([np.nan if t is None else t for t in totals], dtype=float),
        amounts=np.array(amounts, dtype=float),
        eligible=np.array(eligible if eligible is not None else [True] * n),
        groups={
            "region_type": np.array(region or [""] * n, dtype=object),
            "country": np.array(country or ["PE"] * n, dtype=object),
            "priority_area": np.array(area or [""] * n, dtype=object),
        },
    )


def funded_codes(c: Candidates, funded: np.ndarray) -> list[str]:
    return [code for code, f in zip(c.codes, funded, strict=True) if f]


# Four proposals in rank order; US$ 8 M. In rank order A (4 M) and B (3 M) fit, C would make 10 M: the line falls
# at C and the rank-order set scores 90 + 80 = 170. B + C + D use the 8 M exactly and score 80 + 70 + 60 = 210.
TOTALS = [90.0, 80.0, 70.0, 60.0]
AMOUNTS = [4 * M, 3 * M, 3 * M, 2 * M]
REGIONS = ["intermediate", "intermediate", "intermediate", "marginalized"]


def test_a_budget_that_fits_exactly_is_used_whole_and_beats_the_rank_order() -> None:
    c = candidates(TOTALS, AMOUNTS, region=REGIONS)
    result = best_portfolio(c, CallBudget(8 * M))
    assert funded_codes(c, result.rank_order) == ["A", "B"]
    assert result.rank_order_objective == 170.0
    assert result.funding_line == 2  # C: the first the money does not reach
    assert list(result.cumulative) == [4 * M, 7 * M, 10 * M, 12 * M]
    assert funded_codes(c, result.funded) == ["B", "C", "D"]
    assert result.objective == 210.0 and result.funded_amount == 8 * M and result.feasible


def test_a_minimum_share_changes_the_set() -> None:
    """≥ 30 % of the funds to marginalized regions: D (2 M) must be at least 30 % of what is funded, so at most
    6.67 M in all: A + D (6 M, 33 %) scores 150, B + D 140, C + D 130; B + C + D (25 %) no longer qualifies."""
    c = candidates(TOTALS, AMOUNTS, region=REGIONS)
    rule = GroupRule(RuleKind.MIN_SHARE, "region_type", "marginalized", 0.3)
    result = best_portfolio(c, CallBudget(8 * M, (rule,)))
    assert funded_codes(c, result.funded) == ["A", "D"] and result.objective == 150.0
    marginalized = next(s for s in result.shares if s.value == "marginalized")
    assert marginalized.amount == 2 * M and marginalized.share == pytest.approx(1 / 3) and marginalized.rules == (rule,)


def test_a_maximum_share_for_every_country_is_one_rule_per_country() -> None:
    c = candidates(TOTALS, AMOUNTS, country=["PE", "PE", "BO", "BO"])
    rule = GroupRule(RuleKind.MAX_SHARE, "country", "*", 0.5)
    result = best_portfolio(c, CallBudget(8 * M, (rule,)))
    # PE ≤ 50 % and BO ≤ 50 %: A + C (4 + 3: 57 % PE) no; A + D (4 + 2) no; B + C (3 + 3) 150; B + D no; A + C no
    assert funded_codes(c, result.funded) == ["B", "C"] and result.objective == 150.0


def test_minimum_and_maximum_counts_and_amounts() -> None:
    c = candidates(TOTALS, AMOUNTS, area=["water", "roads", "water", "roads"])
    at_least_two_roads = GroupRule(RuleKind.MIN_COUNT, "priority_area", "roads", 2)
    water_at_most_3m = GroupRule(RuleKind.MAX_AMOUNT, "priority_area", "water", 3 * M)
    result = best_portfolio(c, CallBudget(8 * M, (at_least_two_roads, water_at_most_3m)))
    # B and D (roads, 5 M), then water within 3 M and the budget's 3 M left: C (3 M) → 210
    assert funded_codes(c, result.funded) == ["B", "C", "D"]


def test_ineligible_unscored_and_forced_out_proposals_are_never_funded() -> None:
    c = candidates([90.0, None, 70.0, 60.0], AMOUNTS, eligible=[False, True, True, True])
    result = best_portfolio(c, CallBudget(100 * M, forced_out=("u-C",)))
    assert funded_codes(c, result.funded) == ["D"]
    assert funded_codes(c, result.rank_order) == ["D"]
    assert np.isnan(result.cumulative[:3]).all() and result.cumulative[3] == 2 * M


def test_a_proposal_forced_in_is_funded_even_below_the_line() -> None:
    c = candidates(TOTALS, AMOUNTS)
    result = best_portfolio(c, CallBudget(8 * M, forced_in=("u-A",)))
    assert funded_codes(c, result.funded) == ["A", "B"]  # A (4 M) in: of the 4 M left, B (80) beats C, D + nothing


def test_rules_that_cannot_be_met_together_are_named() -> None:
    c = candidates(TOTALS, AMOUNTS, region=REGIONS, country=["PE", "PE", "PE", "BO"])
    at_least = GroupRule(RuleKind.MIN_SHARE, "region_type", "marginalized", 0.6)
    at_most = GroupRule(RuleKind.MAX_SHARE, "region_type", "marginalized", 0.4)
    two_bolivian = GroupRule(RuleKind.MIN_COUNT, "country", "BO", 2)
    result = best_portfolio(c, CallBudget(8 * M, (at_least, two_bolivian)))
    assert not result.feasible and not result.funded.any() and result.objective == 0.0
    assert result.conflicts == ("min_count country=BO: 2",)  # only one Bolivian proposal
    both = best_portfolio(c, CallBudget(8 * M, (at_least, at_most, GroupRule(RuleKind.MIN_COUNT, "country", "BO", 1))))
    assert both.conflicts == (
        "min_share region_type=marginalized: 0.6",
        "max_share region_type=marginalized: 0.4",
        "min_count country=BO: 1",  # letting it go lets nothing be funded: 0 meets both shares
    )


def test_shares_that_only_funding_nothing_meets_are_named_as_in_conflict() -> None:
    """All to declining and half to emerging: only an empty set meets both (0 of 0), which is no answer when the
    budget could fund a proposal (seen by a tester: "Best set: 0 proposals" and no conflict named)."""
    c = candidates(TOTALS, AMOUNTS, region=["declining", "emerging", "declining", "marginalized"])
    call = CallBudget(
        8 * M,
        (
            GroupRule(RuleKind.MIN_SHARE, "region_type", "declining", 1.0),
            GroupRule(RuleKind.MIN_SHARE, "region_type", "emerging", 0.5),
            GroupRule(RuleKind.MIN_SHARE, "region_type", "marginalized", 0.0),
        ),
    )
    result = best_portfolio(c, call)
    assert not result.feasible and not result.funded.any()
    assert sorted(result.conflicts) == ["min_share region_type=declining: 1", "min_share region_type=emerging: 0.5"]
    tight = best_portfolio(c, CallBudget(1 * M, (GroupRule(RuleKind.MIN_SHARE, "region_type", "declining", 1.0),)))
    assert tight.feasible and not tight.funded.any()  # nothing fits the budget: funding nothing is the answer


def test_an_ineligible_proposal_forced_in_makes_the_call_impossible_and_is_named() -> None:
    c = candidates(TOTALS, AMOUNTS, eligible=[True, True, False, True])
    result = best_portfolio(c, CallBudget(8 * M, forced_in=("u-C",)))
    assert not result.feasible and result.conflicts == ("forced in: C",)


def test_proposals_forced_in_over_the_budget_are_named() -> None:
    c = candidates(TOTALS, AMOUNTS)
    result = best_portfolio(c, CallBudget(5 * M, forced_in=("u-A", "u-B")))
    assert result.conflicts == ("forced in: A, B",)


def test_no_budget_funds_every_fundable_proposal() -> None:
    c = candidates(TOTALS, AMOUNTS)
    result = best_portfolio(c, CallBudget(None))
    assert result.funded.all() and result.rank_order.all() and result.funding_line is None


@pytest.mark.parametrize(
    ("kind", "text", "why"),
    [
        ("min_share", "region_type=marginalized", "GROUP=VALUE:BOUND"),
        ("min_share", "region=marginalized:0.3", "is not one of region_type, country, priority_area"),
        ("max_share", "country=*:1.5", "a fraction from 0 to 1"),
        ("min_count", "country=PE:1.5", "a whole number"),
        ("min_amount", "country=PE:-3", "0 or more"),
        ("min_amount", "country=PE:lots", "is not a number"),
        ("min_amount", "country=:3", "is empty"),
        ("most", "country=PE:3", "is not a kind of rule"),
    ],
)
def test_a_rule_that_makes_no_sense_is_refused_saying_why(kind: str, text: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        GroupRule.parse(kind, text)


def test_the_call_round_trips_and_refuses_what_it_cannot_read() -> None:
    call = CallBudget(12 * M, (GroupRule.parse("min_share", "region_type=marginalized:0.3"),), ("u-A",), ("u-B",))
    assert CallBudget.loads(call.dumps()) == call
    assert CallBudget.loads(None) == CallBudget() == CallBudget.loads("")
    for bad in ("[1, 2]", "{", '{"budget": "twelve"}', '{"rules": [{"kind": "most"}]}', '{"budget": -1}'):
        with pytest.raises(ValidationError):
            CallBudget.loads(bad)
    with pytest.raises(ValidationError, match="forced both in and out"):
        CallBudget(1.0, forced_in=("u-A",), forced_out=("u-A",))


# ---- the exact programme against every subset (hypothesis, seeded by the project's profile) ----

KINDS = list(RuleKind)
VALUES = {"region_type": ["marginalized", "intermediate"], "country": ["PE", "BO", "CO"], "priority_area": ["w", "r"]}


@st.composite
def instances(draw: st.DrawFn) -> tuple[Candidates, CallBudget]:
    n = draw(st.integers(1, 15))
    totals = draw(st.lists(st.one_of(st.none(), st.integers(0, 1000).map(lambda v: v / 10)), min_size=n, max_size=n))
    # round amounts, and a budget under their sum: sets that fit exactly, shares met exactly, a budget that binds
    amounts = draw(st.lists(st.integers(0, 20).map(lambda v: v * 250_000.0), min_size=n, max_size=n))
    eligible = draw(st.lists(st.booleans().filter(lambda _: True), min_size=n, max_size=n))
    groups = {g: draw(st.lists(st.sampled_from(v), min_size=n, max_size=n)) for g, v in VALUES.items()}
    c = candidates(
        totals,
        amounts,
        eligible=eligible,
        region=groups["region_type"],
        country=groups["country"],
        area=groups["priority_area"],
    )
    rules = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(KINDS))
        group = draw(st.sampled_from(list(VALUES)))
        value = draw(st.sampled_from([*VALUES[group], "*"]))
        if kind.is_share:
            bound = draw(st.sampled_from([0.0, 0.2, 0.25, 0.3, 0.5, 0.75, 1.0]))
        elif kind.is_count:
            bound = float(draw(st.integers(0, 4)))
        else:
            bound = draw(st.integers(0, 40)) * 250_000.0
        rules.append(GroupRule(kind, group, value, bound))
    units = int(sum(amounts) // 250_000)
    budget = draw(st.one_of(st.none(), st.integers(1, max(units, 1)).map(lambda v: v * 250_000.0)))
    uuids = list(c.uuids)
    forced_in = tuple(draw(st.lists(st.sampled_from(uuids), max_size=2, unique=True)))
    forced_out = tuple(u for u in draw(st.lists(st.sampled_from(uuids), max_size=2, unique=True)) if u not in forced_in)
    return c, CallBudget(budget, tuple(rules), forced_in, forced_out)


def meets(c: Candidates, call: CallBudget, subsets: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Which of `subsets` (rows of choices of the candidates at `at`) meet the budget and every rule, checked here
    and not by the solver: to within 1e-7 of the largest amount."""
    scale = float(c.amounts[at].max(initial=0.0)) or 1.0
    amounts = c.amounts[at] / scale
    ok = np.ones(len(subsets), dtype=bool)
    tolerance = 1e-7
    if call.budget is not None:
        ok &= subsets @ amounts <= call.budget / scale + tolerance
    for rule in c.rules_for(call):
        member = c.groups[rule.group][at] == rule.value
        if rule.kind.is_share:
            value, bound = subsets @ ((member - rule.bound) * amounts), 0.0
        elif rule.kind.is_count:
            value, bound = subsets @ member.astype(float), rule.bound
        else:
            value, bound = subsets @ (member * amounts), rule.bound / scale
        ok &= value >= bound - tolerance if rule.kind.is_minimum else value <= bound + tolerance
    return ok


def brute_force(c: Candidates, call: CallBudget, some: bool | None = None) -> float | None:
    """The best objective over every subset of the fundable proposals that meets the call (`some`: a subset of one
    proposal or more; None: so when the budget alone would fund a proposal); None if none does."""
    fundable = c.fundable(call)
    forced = c.forced(call)
    if (forced & ~fundable).any():
        return None
    at = np.flatnonzero(fundable)
    subsets = np.array(list(itertools.product([False, True], repeat=len(at))), dtype=bool).reshape(
        2 ** len(at), len(at)
    )
    subsets = subsets[(subsets | ~forced[at]).all(axis=1)]  # every forced proposal in
    if fits_one(c, call) if some is None else some:  # funding nothing: no answer when a proposal could be funded
        subsets = subsets[subsets.any(axis=1)]
    ok = meets(c, call, subsets, at)
    if not ok.any():
        return None
    return float((subsets[ok] @ np.nan_to_num(c.totals[at])).max())


@settings(max_examples=300, deadline=None)
@given(instances())
def test_the_best_portfolio_is_the_best_of_every_subset(instance: tuple[Candidates, CallBudget]) -> None:
    c, call = instance
    result = best_portfolio(c, call)
    expected = brute_force(c, call)
    if expected is None:
        assert not result.feasible and result.conflicts
        return
    assert result.feasible
    assert result.objective == pytest.approx(expected, abs=1e-6)
    assert not (result.funded & ~c.fundable(call)).any()
    at = np.flatnonzero(c.fundable(call))
    assert meets(c, call, result.funded[at][None, :], at).all()  # the set itself meets every rule
    assert result.funded[c.forced(call)].all()
    if call.budget is not None:
        assert result.funded_amount <= call.budget + 1e-6 * max(1.0, call.budget)


@settings(max_examples=300, deadline=None)
@given(instances(), st.lists(st.integers(-300, 300).map(lambda v: v / 10), min_size=15, max_size=15))
def test_a_start_settles_proposals_without_changing_the_optimum(
    instance: tuple[Candidates, CallBudget], moves: list[float]
) -> None:
    """The Monte Carlo solves each sample from the last one's set: the optimum is every subset's best all the same."""
    from red_desktop.core.portfolio import Programme

    c, call = instance
    programme = Programme.of(c, call, c.rules_for(call))
    start = programme.best(c.totals)
    if start is None:
        return
    moved = c.totals + np.array(moves[: len(c)])  # another sample's totals: the start is no longer their best
    expected = brute_force(Candidates(c.uuids, c.codes, moved, c.amounts, c.eligible, c.groups), call, some=False)
    found = programme.best(moved, start=start)
    assert found is not None and expected is not None
    at = np.flatnonzero(c.fundable(call))
    assert meets(c, call, found[at][None, :], at).all() and not (found & ~c.fundable(call)).any()
    assert float(np.nan_to_num(moved)[found].sum()) == pytest.approx(expected, abs=1e-6)


@settings(max_examples=100, deadline=None)
@given(instances())
def test_the_rank_order_set_is_a_prefix_of_the_ranking_within_the_budget(
    instance: tuple[Candidates, CallBudget],
) -> None:
    c, call = instance
    funded, cumulative, line = rank_order_set(c, call)
    fundable = np.flatnonzero(c.fundable(call))
    chosen = np.flatnonzero(funded)
    assert list(chosen) == list(fundable[: len(chosen)])
    if call.budget is not None:
        assert c.amounts[funded].sum() <= call.budget + 1e-6
        assert line is None or cumulative[line] > call.budget


def test_what_the_solver_writes_to_standard_output_goes_nowhere(capfd: pytest.CaptureFixture[str]) -> None:
    """scipy's HiGHS prints a line of its own to file descriptor 1 now and then: `portfolio --json` must stay JSON."""
    from red_desktop.core.portfolio import quiet_stdout

    print("before", flush=True)
    with quiet_stdout():
        os.write(1, b"HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();\n")
    print("after", flush=True)
    assert capfd.readouterr().out == "before\nafter\n"


def test_each_proposal_says_why_it_is_in_or_out_and_what_the_other_choice_would_cost() -> None:
    from red_desktop.core.portfolio import Reason, Why, reasons

    c = candidates(TOTALS, AMOUNTS, region=REGIONS)
    result = best_portfolio(c, CallBudget(8 * M))
    assert reasons(result) == [
        Reason(Why.OUT_BETTER_SET),
        Reason(Why.IN_RANK_ORDER),
        Reason(Why.IN_BETTER_USE),
        Reason(Why.IN_BETTER_USE),
    ]
    # A forced in: A + B (170); C or D left out: A + B again (170). The best set scores 210.
    assert [r.cost for r in reasons(result, costs=True)] == [40.0, None, 40.0, 40.0]
    other = candidates([90.0, None, 70.0, 60.0, 50.0], [*AMOUNTS, 9 * M], eligible=[False, True, True, True, True])
    said = reasons(best_portfolio(other, CallBudget(8 * M, forced_in=("u-D",), forced_out=("u-C",))), costs=True)
    assert [r.why for r in said] == [Why.INELIGIBLE, Why.NOT_SCORED, Why.FORCED_OUT, Why.FORCED_IN, Why.BELOW_LINE]
    impossible = best_portfolio(c, CallBudget(8 * M, (GroupRule(RuleKind.MIN_COUNT, "country", "BO", 1),)))
    assert {r.why for r in reasons(impossible)} == {Why.CALL_NOT_MET}


def test_the_robust_set_is_reproducible_by_seed_and_flags_the_margin() -> None:
    """Two criteria, one weight profile (50/50): A is best on both and always funded; B (strong on the first) and C
    (strong on the second) tie at the base weights and trade places as the weights move, so each is funded in part of
    the samples; D never fits beside A."""
    from red_desktop.core.portfolio_robust import robust_portfolio
    from red_desktop.core.sensitivity import SensitivityArrays

    scores = np.array([[4.0, 4.0], [4.0, 2.0], [2.0, 4.0], [1.0, 1.0]])
    totals = scores.mean(axis=1) / 4 * 100  # 100, 75, 75, 25
    c = candidates(list(totals), [4 * M, 3 * M, 3 * M, 5 * M])
    arrays = SensitivityArrays(scores, np.zeros(4, dtype=np.int64), np.array([[50.0, 50.0]]), 4.0)
    call = CallBudget(7 * M)  # A and one of B, C
    first = robust_portfolio(c, call, arrays, np.arange(4), samples=200, seed=3)
    again = robust_portfolio(c, call, arrays, np.arange(4), samples=200, seed=3)
    other = robust_portfolio(c, call, arrays, np.arange(4), samples=200, seed=4)
    assert list(first.p_funded) == list(again.p_funded) and list(first.p_funded) != list(other.p_funded)
    assert first.p_funded[0] == 1.0 and first.p_funded[3] == 0.0
    assert first.p_funded[1] + first.p_funded[2] == pytest.approx(1.0)
    assert 0.2 < first.p_funded[1] < 0.8
    assert list(first.at_margin) == [False, True, True, False]
    impossible = robust_portfolio(c, CallBudget(7 * M, forced_in=("u-D", "u-A")), arrays, np.arange(4), samples=20)
    assert impossible.infeasible == 20 and not impossible.p_funded.any()


def test_the_committee_table_gives_the_same_candidates_as_its_ranking(store: object, rubric: object) -> None:
    """The window reads the candidates from the committee's columns; the command from the ranking's proposals."""
    from red_desktop.core.demo import build_demo
    from red_desktop.core.ranking import build_ranking
    from red_desktop.core.ranking_columns import ranking_table

    build_demo(store, rubric, proposals=30, evaluators=3, seed=4)  # type: ignore[arg-type]
    ranking = build_ranking(store, rubric)  # type: ignore[arg-type]
    made, read = Candidates.of_ranking(ranking), Candidates.of_table(ranking_table(ranking, rubric))  # type: ignore[arg-type]
    assert read.uuids == made.uuids and read.codes == made.codes
    np.testing.assert_array_equal(read.totals, made.totals)
    np.testing.assert_array_equal(read.amounts, made.amounts)
    np.testing.assert_array_equal(read.eligible, made.eligible)
    for key in made.groups:
        assert read.groups[key].tolist() == made.groups[key].tolist()
    assert len(set(made.groups["region_type"])) > 1 and made.amounts.min() < made.amounts.max()


def test_standard_output_comes_back_when_threads_solve_at_once(capfd: pytest.CaptureFixture[str]) -> None:
    """The window's best set and its robust set solve in two threads: each one keeping and restoring file descriptor
    1 in turn left it sent nowhere for good (the second kept the first's /dev/null)."""
    import threading

    from red_desktop.core.portfolio import quiet_stdout

    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with quiet_stdout():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second() -> None:
        first_in.wait(5)
        with quiet_stdout():
            second_in.set()
            first_out.wait(5)
            os.write(1, b"solver noise\n")

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print("after", flush=True)
    assert capfd.readouterr().out == "after\n"


def test_the_robust_figures_are_the_same_in_processes_apart_and_a_cancel_stops_them() -> None:
    """Blocks of samples solved by two processes apart give the figures one process gives, whatever order they end
    in; a cancel asked while they run stops the Monte Carlo."""
    from red_desktop.core.portfolio_robust import robust_portfolio
    from red_desktop.core.progress import Cancelled
    from red_desktop.core.sensitivity import SensitivityArrays

    scores = np.array([[4.0, 4.0], [4.0, 2.0], [2.0, 4.0], [1.0, 1.0], [3.0, 2.5]])
    c = candidates(list(scores.mean(axis=1) / 4 * 100), [4 * M, 3 * M, 3 * M, 5 * M, 2 * M])
    arrays = SensitivityArrays(scores, np.zeros(5, dtype=np.int64), np.array([[50.0, 50.0]]), 4.0)
    call = CallBudget(9 * M)
    alone = robust_portfolio(c, call, arrays, np.arange(5), samples=120, seed=5, workers=1)
    apart = robust_portfolio(c, call, arrays, np.arange(5), samples=120, seed=5, workers=2)
    assert list(apart.p_funded) == list(alone.p_funded) and alone.at_margin.any()

    class CancelledAfterFirst:
        def __init__(self) -> None:
            self.updates: list[int] = []

        def update(self, done: int, total: int) -> None:
            self.updates.append(done)

        def status(self, text: str) -> None:
            return None

        def cancelled(self) -> bool:
            return bool(self.updates)

    progress = CancelledAfterFirst()
    with pytest.raises(Cancelled):
        robust_portfolio(c, call, arrays, np.arange(5), samples=120, seed=5, workers=2, progress=progress)
    assert progress.updates and progress.updates[-1] < 120
