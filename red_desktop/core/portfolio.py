"""The portfolio a call's budget funds (issue 20): in rank order until the money runs out, and the best set of
eligible proposals under the budget and the call's rules — the largest sum of committee totals, solved exactly as a
0-1 integer programme by scipy's `milp` (HiGHS underneath), with every gap closed (no "near enough" optimum).

Rules bound the funded proposals of a group (a region type, a country, a priority area): their share of the funded
amount, their amount, or their count. A share is linear in the choices: Σ (in_group − f) · amount · x ≥ 0 for a
minimum share f, ≤ 0 for a maximum. When the rules cannot all be met, each one (and the proposals forced in) is let go
in turn: the ones whose letting go makes the call feasible are said to conflict.

scipy's optimiser takes 0.6 s to load: it is imported where a programme is solved, so that the window, the words and
the tables that name a portfolio's parts load without it (the first solve runs in the background).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
import pandas as pd

from red_desktop.core.portfolio_rules import GROUPS, CallBudget, GroupRule
from red_desktop.core.progress import NoProgress, Progress, check_cancelled
from red_desktop.core.ranking import RankedProposal

if TYPE_CHECKING:
    from scipy.optimize import Bounds, LinearConstraint

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
# HiGHS's own tolerance on the constraints: a share met to within a millionth of a dollar is met
FEASIBILITY = 1e-6
TIME_LIMIT = 60.0  # seconds a solve may take before it is reported as unfinished
# A reduced cost must exceed the relaxation's gap by this share of the objective to settle a proposal: HiGHS solves
# the relaxation to ~1e-7, and the margin keeps its rounding from settling one that the optimum may change
SETTLED_TOLERANCE = 1e-6


@dataclass(frozen=True, eq=False)
class Candidates:
    """The proposals a portfolio is chosen from, in rank order (the committee's ranking, eligible or not)."""

    uuids: Sequence[str]
    codes: Sequence[str]
    totals: FloatArray  # committee totals, NaN: not scored (never funded)
    amounts: FloatArray  # requested, US$
    eligible: BoolArray
    groups: dict[str, npt.NDArray[np.object_]]  # each of GROUPS: every proposal's value ("" for none)

    def __len__(self) -> int:
        return len(self.uuids)

    @classmethod
    def of_ranking(cls, ranking: Sequence[RankedProposal]) -> Candidates:
        """The committee's ranking, in its order (build_ranking's)."""
        return cls(
            uuids=[r.uuid for r in ranking],
            codes=[r.code for r in ranking],
            totals=np.array([np.nan if r.total is None else r.total for r in ranking], dtype=float),
            amounts=np.array([r.requested_amount for r in ranking], dtype=float),
            eligible=np.array([r.eligible for r in ranking], dtype=bool),
            groups={
                "region_type": np.array([r.region_type or "" for r in ranking], dtype=object),
                "country": np.array([r.country or "" for r in ranking], dtype=object),
                "priority_area": np.array([r.priority_area or "" for r in ranking], dtype=object),
            },
        )

    @classmethod
    def of_table(cls, table: pd.DataFrame) -> Candidates:
        """The committee's table (CommitteeData.table), in its order: columns, not 100,000 proposals made."""
        texts = {key: table[key].fillna("").to_numpy(dtype=object) for key in ("uuid", "code", *GROUPS)}
        return cls(
            uuids=texts["uuid"].tolist(),
            codes=texts["code"].tolist(),
            totals=table["total"].to_numpy(dtype=float),
            amounts=np.nan_to_num(table["requested_amount"].to_numpy(dtype=float)),
            eligible=table["eligible"].to_numpy(dtype=bool),
            groups={key: texts[key] for key in GROUPS},
        )

    def fundable(self, call: CallBudget) -> BoolArray:
        """Eligible, scored, and not forced out."""
        out = np.isin(np.asarray(self.uuids, dtype=object), list(call.forced_out))
        return self.eligible & ~np.isnan(self.totals) & ~out

    def forced(self, call: CallBudget) -> BoolArray:
        return np.isin(np.asarray(self.uuids, dtype=object), list(call.forced_in))

    def rules_for(self, call: CallBudget) -> list[GroupRule]:
        """The call's rules, one for each value of a group where a rule names every value (*)."""
        return [each for rule in call.rules for each in rule.each(v for v in self.groups[rule.group] if v)]


@dataclass(frozen=True)
class GroupShare:
    group: str
    value: str
    amount: float  # funded, US$
    share: float  # of the funded amount, 0-1
    count: int
    rules: tuple[GroupRule, ...]  # the call's rules on this group value


@dataclass(frozen=True, eq=False)
class Portfolio:
    """The best set and the rank-order set, side by side, for one call on one ranking."""

    candidates: Candidates
    call: CallBudget
    feasible: bool
    funded: BoolArray  # the best set (all False when the call cannot be met)
    objective: float  # its sum of committee totals
    rank_order: BoolArray  # in rank order while the money lasts
    rank_order_objective: float
    cumulative: FloatArray  # each fundable proposal's cumulative amount in rank order; NaN for the others
    funding_line: int | None  # the position of the first fundable proposal the money does not reach
    conflicts: tuple[str, ...]  # the rules (or the proposals forced in) that cannot be met together, in words
    shares: tuple[GroupShare, ...]

    @property
    def funded_amount(self) -> float:
        return float(self.candidates.amounts[self.funded].sum())

    @property
    def rank_order_amount(self) -> float:
        return float(self.candidates.amounts[self.rank_order].sum())

    @property
    def beyond_line(self) -> BoolArray:
        """The fundable proposals the money does not reach in rank order: the funding line is above the first."""
        return ~np.isnan(self.cumulative) & ~self.rank_order


class Why(StrEnum):
    """Why a proposal is in or out of the best set."""

    INELIGIBLE = "ineligible"
    NOT_SCORED = "not_scored"  # no committee total: no final evaluation
    FORCED_OUT = "forced_out"
    FORCED_IN = "forced_in"
    CALL_NOT_MET = "call_not_met"  # the rules cannot all be met: nothing is funded
    IN_RANK_ORDER = "in_rank_order"  # funded, as it is in rank order
    IN_BETTER_USE = "in_better_use"  # funded, though below the funding line: its money is used best so
    OUT_BETTER_SET = "out_better_set"  # above the funding line, but a set without it scores more
    BELOW_LINE = "below_line"  # out, as in rank order


@dataclass(frozen=True)
class Reason:
    why: Why
    cost: float | None = None  # points of the best set's total the other choice would lose; None: not asked, or that
    # choice cannot meet the call (`impossible`)
    impossible: bool = False


def reasons(portfolio: Portfolio, costs: bool = False) -> list[Reason]:
    """Each candidate's reason; with `costs`, for the proposals where the best set and the rank order differ, what
    the other choice would cost, each from the programme solved again with that proposal forced the other way (one
    solve each: 0.1-0.3 s at 500 proposals)."""
    c, call = portfolio.candidates, portfolio.call
    forced = c.forced(call)
    out = set(call.forced_out)
    found = []
    for i, uuid in enumerate(c.uuids):
        if not c.eligible[i]:
            found.append(Reason(Why.INELIGIBLE))
        elif np.isnan(c.totals[i]):
            found.append(Reason(Why.NOT_SCORED))
        elif uuid in out:
            found.append(Reason(Why.FORCED_OUT))
        elif forced[i]:
            found.append(Reason(Why.FORCED_IN))
        elif not portfolio.feasible:
            found.append(Reason(Why.CALL_NOT_MET))
        elif portfolio.funded[i]:
            in_order = portfolio.rank_order[i]
            found.append(_costed(portfolio, i, Why.IN_RANK_ORDER if in_order else Why.IN_BETTER_USE, costs))
        else:
            above = portfolio.rank_order[i]
            found.append(_costed(portfolio, i, Why.OUT_BETTER_SET if above else Why.BELOW_LINE, costs))
    return found


def _costed(portfolio: Portfolio, i: int, why: Why, costs: bool) -> Reason:
    if not costs or why in (Why.IN_RANK_ORDER, Why.BELOW_LINE):
        return Reason(why)
    c, call = portfolio.candidates, portfolio.call
    uuid = c.uuids[i]
    if portfolio.funded[i]:
        other = CallBudget(call.budget, call.rules, call.forced_in, (*call.forced_out, uuid))
    else:
        other = CallBudget(call.budget, call.rules, (*call.forced_in, uuid), call.forced_out)
    funded = solve(c, other, c.rules_for(other), c.totals)
    if funded is None:
        return Reason(why, None, impossible=True)
    return Reason(why, portfolio.objective - float(np.nan_to_num(c.totals)[funded].sum()))


def rank_order_set(candidates: Candidates, call: CallBudget) -> tuple[BoolArray, FloatArray, int | None]:
    """What a committee does by hand: the fundable proposals in rank order, funded while the cumulative amount stays
    within the budget; the funding line falls at the first that it does not reach (the rules are not looked at)."""
    fundable = candidates.fundable(call)
    cumulative = np.full(len(candidates), np.nan)
    cumulative[fundable] = np.cumsum(candidates.amounts[fundable])
    budget = np.inf if call.budget is None else call.budget
    funded = fundable & (cumulative <= budget + FEASIBILITY)
    over = np.flatnonzero(fundable & (cumulative > budget + FEASIBILITY))
    return funded, cumulative, int(over[0]) if len(over) else None  # amounts are never negative: past it, none


def best_portfolio(candidates: Candidates, call: CallBudget, progress: Progress | None = None) -> Portfolio:
    """`progress`: asked between solves whether to stop (Cancelled): the conflicts' search solves once a rule."""
    rank_order, cumulative, line = rank_order_set(candidates, call)
    rules = candidates.rules_for(call)
    funded = solve(candidates, call, rules, candidates.totals)
    # Funding nothing meets every share (0 of 0): rules that leave only that, when the budget alone would fund a
    # proposal, cannot be met with any proposal funded, and are said to conflict rather than fund nothing
    some = funded is not None and not funded.any() and fits_one(candidates, call)
    if some:
        funded = solve(candidates, call, rules, candidates.totals, some=True)
    conflicts: tuple[str, ...] = ()
    if funded is None:
        conflicts = tuple(conflicting(candidates, call, rules, some=some, progress=progress))
        funded = np.zeros(len(candidates), dtype=bool)
    totals = np.nan_to_num(candidates.totals)
    return Portfolio(
        candidates,
        call,
        not conflicts,
        funded,
        float(totals[funded].sum()),
        rank_order,
        float(totals[rank_order].sum()),
        cumulative,
        line,
        conflicts,
        group_shares(candidates, funded, rules),
    )


def solve(
    candidates: Candidates, call: CallBudget, rules: Sequence[GroupRule], totals: FloatArray, *, some: bool = False
) -> BoolArray | None:
    """The fundable proposals that maximise the sum of `totals` within the budget and `rules`; None when no set
    meets them all (with `some`, no set of one proposal or more). Proposals forced in are funded whatever they cost
    (if they can be at all)."""
    return Programme.of(candidates, call, rules, some=some).best(totals)


def fits_one(candidates: Candidates, call: CallBudget) -> bool:
    """Whether the budget alone would fund a proposal: one fundable, and within it."""
    amounts = candidates.amounts[candidates.fundable(call)]
    budget = np.inf if call.budget is None else call.budget
    return bool((amounts <= budget + FEASIBILITY).any())


@dataclass(frozen=True, eq=False)
class Programme:
    """The 0-1 programme of one call on one set of candidates, solved again for other totals (the Monte Carlo)."""

    size: int  # candidates
    at: npt.NDArray[np.intp]  # the fundable ones: the programme's variables
    bounds: Bounds
    constraints: LinearConstraint | None
    impossible: bool  # a proposal forced in cannot be funded: nothing meets the call

    @classmethod
    def of(cls, candidates: Candidates, call: CallBudget, rules: Sequence[GroupRule], some: bool = False) -> Programme:
        """`some`: one proposal funded at least."""
        fundable, forced = candidates.fundable(call), candidates.forced(call)
        at = np.flatnonzero(fundable)
        rows, lower, upper = _constraints(candidates, call, rules, at)
        if some and len(at):
            rows.append(np.ones(len(at)))
            lower.append(1.0)
            upper.append(np.inf)
        impossible = bool((forced & ~fundable).any()) or (not len(at) and not _met_by_none(rules))
        from scipy.optimize import Bounds, LinearConstraint  # noqa: PLC0415 (see the module's docstring)

        constraints = LinearConstraint(np.array(rows), lower, upper) if rows and len(at) else None
        return cls(len(candidates), at, Bounds(forced[at].astype(float), np.ones(len(at))), constraints, impossible)

    def best(self, totals: FloatArray, start: BoolArray | None = None) -> BoolArray | None:
        """The best set for `totals`; None when no set meets the call. `start`: a set known to meet it (the best for
        nearby totals, as the Monte Carlo has): the proposals it proves settled are fixed first (`_settled`), and
        the programme is solved over the others only: the same optimum, ~2.3× faster at 500 proposals."""
        if self.impossible:
            return None
        funded = np.zeros(self.size, dtype=bool)
        if not len(self.at):
            return funded
        values = np.nan_to_num(totals[self.at])
        settled = self._settled(values, start[self.at]) if start is not None else None
        if settled is None:
            chosen = self._solve(values, self.bounds.lb, self.bounds.ub, self.constraints)
        else:
            chosen = self._solve_rest(values, *settled)
        if chosen is None:
            return None
        funded[self.at[chosen]] = True
        return funded

    def _settled(self, values: FloatArray, start: BoolArray) -> tuple[BoolArray, FloatArray] | None:
        """Reduced-cost fixing: with the programme's linear relaxation solved (bound z) and `start` worth s, a
        proposal whose reduced cost d exceeds z - s keeps its relaxed value in every set worth s or more (changing it
        costs the relaxation d, leaving less than s), so in the optimum. Returns which are settled and their values,
        or None when the relaxation cannot say (the full programme is solved then)."""
        if self.constraints is None:
            return None
        rows, lower, upper = self.constraints.A, self.constraints.lb, self.constraints.ub
        below, above = np.isfinite(upper), np.isfinite(lower)
        from scipy.optimize import linprog  # noqa: PLC0415 (see the module's docstring)

        relaxed = linprog(
            -values,
            A_ub=np.vstack([rows[below], -rows[above]]),
            b_ub=np.concatenate([upper[below], -lower[above]]),
            bounds=np.column_stack([self.bounds.lb, self.bounds.ub]),
            method="highs",
        )
        if relaxed.status != 0:
            return None
        margin = (-values @ start) - relaxed.fun + SETTLED_TOLERANCE * max(1.0, abs(relaxed.fun))
        at_upper = -relaxed.upper.marginals > margin
        at_lower = relaxed.lower.marginals > margin
        return at_upper | at_lower, np.where(at_upper, self.bounds.ub, self.bounds.lb)

    def _solve_rest(self, values: FloatArray, settled: BoolArray, fixed: FloatArray) -> BoolArray | None:
        free = ~settled
        chosen = fixed > 0.5
        if not free.any():
            return chosen
        assert self.constraints is not None
        rows = self.constraints.A
        used = rows[:, settled] @ fixed[settled]
        from scipy.optimize import LinearConstraint  # noqa: PLC0415 (see the module's docstring)

        rest = LinearConstraint(rows[:, free], self.constraints.lb - used, self.constraints.ub - used)
        found = self._solve(values[free], self.bounds.lb[free], self.bounds.ub[free], rest)
        if found is None:  # only through rounding at the relaxation's tolerance: the whole programme decides
            return self._solve(values, self.bounds.lb, self.bounds.ub, self.constraints)
        chosen[free] = found
        return chosen

    @staticmethod
    def _solve(
        values: FloatArray, lower: FloatArray, upper: FloatArray, constraints: LinearConstraint | None
    ) -> BoolArray | None:
        from scipy.optimize import Bounds, milp  # noqa: PLC0415 (see the module's docstring)

        with quiet_stdout():
            result = milp(
                c=-values,
                integrality=np.ones(len(values)),
                bounds=Bounds(lower, upper),
                constraints=constraints,
                options={"mip_rel_gap": 0.0, "time_limit": TIME_LIMIT},
            )
        if result.status == 2:  # infeasible
            return None
        if result.status != 0 or result.x is None:
            raise RuntimeError(f"the portfolio's solver stopped: {result.message}")
        return np.rint(result.x).astype(bool)


class _QuietStdout:
    """File descriptor 1 sent nowhere while any thread solves, given back when the last one is done: two threads
    each keeping and restoring it in turn would leave it sent nowhere for good (the second keeps the first's)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._inside = 0
        self._kept: int | None = None

    def enter(self) -> None:
        with self._lock:
            self._inside += 1
            if self._inside > 1:
                return
            sys.stdout.flush()
            try:
                kept = os.dup(1)
                with open(os.devnull, "wb") as nowhere:
                    os.dup2(nowhere.fileno(), 1)
            except OSError:  # where file descriptors cannot be swapped, nothing is
                return
            self._kept = kept

    def leave(self) -> None:
        with self._lock:
            self._inside -= 1
            if self._inside or self._kept is None:
                return
            kept, self._kept = self._kept, None
            os.dup2(kept, 1)
            os.close(kept)


_QUIET = _QuietStdout()


@contextmanager
def quiet_stdout() -> Iterator[None]:
    """The process's standard output (file descriptor 1) sent nowhere meanwhile: scipy's HiGHS 1.17 prints a line of
    its own there now and then ("HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();", seen
    twice in 30 samples at 500 proposals), which would break `portfolio --json`. Safe from several threads at once."""
    _QUIET.enter()
    try:
        yield
    finally:
        _QUIET.leave()


def _constraints(
    candidates: Candidates, call: CallBudget, rules: Sequence[GroupRule], at: npt.NDArray[np.intp]
) -> tuple[list[FloatArray], list[float], list[float]]:
    scale = float(candidates.amounts[at].max(initial=0.0)) or 1.0  # amounts in the largest one's units: near 1
    amounts = candidates.amounts[at] / scale
    rows: list[FloatArray] = []
    lower: list[float] = []
    upper: list[float] = []
    if call.budget is not None:
        rows.append(amounts)
        lower.append(-np.inf)
        upper.append(call.budget / scale)
    for rule in rules:
        member = (candidates.groups[rule.group][at] == rule.value).astype(float)
        if rule.kind.is_share:
            row = (member - rule.bound) * amounts
            bound = 0.0
        elif rule.kind.is_count:
            row, bound = member, rule.bound
        else:
            row, bound = member * amounts, rule.bound / scale
        rows.append(row)
        lower.append(bound if rule.kind.is_minimum else -np.inf)
        upper.append(np.inf if rule.kind.is_minimum else bound)
    return rows, lower, upper


def _met_by_none(rules: Sequence[GroupRule]) -> bool:
    """Whether funding nothing meets `rules`: every minimum of a count or an amount is 0."""
    return all(not (r.kind.is_minimum and not r.kind.is_share and r.bound > 0) for r in rules)


def conflicting(
    candidates: Candidates,
    call: CallBudget,
    rules: Sequence[GroupRule],
    *,
    some: bool = False,
    progress: Progress | None = None,
) -> list[str]:
    """The rules (and the proposals forced in) whose letting go alone makes the call feasible (with `some`, with a
    proposal funded), in words; when none does alone, all of them: they conflict together."""
    found = []
    unforced = CallBudget(call.budget, (), (), call.forced_out)
    if call.forced_in and solve(candidates, unforced, rules, candidates.totals, some=some) is not None:
        found.append(describe_forced(candidates, call))
    for i, rule in enumerate(rules):
        check_cancelled(progress or NoProgress())
        others = [r for j, r in enumerate(rules) if j != i]
        if solve(candidates, call, others, candidates.totals, some=some) is not None:
            found.append(describe(rule))
    if found:
        return found
    return [describe(r) for r in rules] + ([describe_forced(candidates, call)] if call.forced_in else [])


def describe(rule: GroupRule) -> str:
    """A rule in words, as the command line and the dossier say it: "min_share region_type=marginalized: 0.3"."""
    bound = f"{rule.bound:g}" if rule.kind.is_share or rule.kind.is_count else f"US$ {rule.bound:,.0f}"
    return f"{rule.kind.value} {rule.group}={rule.value}: {bound}"


def describe_forced(candidates: Candidates, call: CallBudget) -> str:
    codes = [c for c, forced in zip(candidates.codes, candidates.forced(call), strict=True) if forced]
    return "forced in: " + ", ".join(sorted(codes))


def group_shares(candidates: Candidates, funded: BoolArray, rules: Sequence[GroupRule]) -> tuple[GroupShare, ...]:
    """Each group value's funded amount, share and count, with the rules on it."""
    total = float(candidates.amounts[funded].sum())
    shares = []
    for group in GROUPS:
        values = candidates.groups[group]
        for value in sorted({v for v in values if v}):
            member = funded & (values == value)
            amount = float(candidates.amounts[member].sum())
            on = tuple(r for r in rules if r.group == group and r.value == value)
            shares.append(GroupShare(group, value, amount, amount / total if total else 0.0, int(member.sum()), on))
    return tuple(shares)
