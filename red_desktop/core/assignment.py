"""Who evaluates what (issue 21): each proposal given to k evaluators, never to one with a conflict of interest with it
nor to one who does not read its language, the workload as even as it can be, and, after that, each evaluator's
proposals spread over as many countries as they can be. Solved exactly as a 0-1 programme by scipy's `milp` (HiGHS):

    x[e, p] = 1: evaluator e evaluates proposal p (only the allowed pairs are variables)
    Σ_e x[e, p] = k − (evaluators p has already)                for each proposal
    lo ≤ load[e] + Σ_p x[e, p] ≤ hi                            for each evaluator
    over[e, c] ≥ Σ_{p of country c} x[e, p] − 1, over ≥ 0      for each evaluator and country (when spreading)
    minimise  (hi − lo) · W + Σ over                             W: more than any spread could add up to

so the largest and smallest workloads are as close as the pairs allow (at most 1 apart when any assignment is that
even), and only among the most even assignments are countries spread. The workloads add up to a known total, so lo is
bounded above by its mean and hi below (rounded down and up): without those bounds the relaxation's spread is 0 and
HiGHS spent seconds proving that no assignment is perfectly even (2,000 proposals × 30 evaluators: 15.7 s).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.messages import msg

if TYPE_CHECKING:  # numpy and scipy load when solving: the store reads DEFAULT_PER_PROPOSAL from here
    import numpy as np

DEFAULT_PER_PROPOSAL = 2
MAX_PER_PROPOSAL = 20
TIME_LIMIT = 60.0  # seconds


@dataclass(frozen=True)
class AssignmentAsk:
    """What an assignment is asked to meet. Evaluators, proposals: uuids. A proposal's `language` and an evaluator's
    `reads` (languages) are optional: with neither, anyone may evaluate anything."""

    proposals: Sequence[str]
    evaluators: Sequence[str]
    per_proposal: int = DEFAULT_PER_PROPOSAL
    conflicts: frozenset[tuple[str, str]] = frozenset()  # (evaluator, proposal): never assigned
    language: Mapping[str, str] = field(default_factory=dict)  # proposal -> its language
    reads: Mapping[str, frozenset[str]] = field(default_factory=dict)  # evaluator -> the languages they read
    country: Mapping[str, str] = field(default_factory=dict)  # proposal -> its country (to spread them)
    existing: frozenset[tuple[str, str]] = frozenset()  # (evaluator, proposal) pairs assigned already: kept
    labels: Mapping[str, str] = field(default_factory=dict)  # proposal -> its code, to name it in a refusal
    spread_countries: bool = False

    def allowed(self, evaluator: str, proposal: str) -> bool:
        if (evaluator, proposal) in self.conflicts or (evaluator, proposal) in self.existing:
            return False
        language = self.language.get(proposal)
        reads = self.reads.get(evaluator)
        return language is None or reads is None or language in reads


@dataclass(frozen=True)
class AssignmentPlan:
    pairs: tuple[tuple[str, str], ...]  # (evaluator, proposal) newly assigned, in the ask's order
    loads: dict[str, int]  # each evaluator's proposals, the existing ones counted

    @property
    def spread(self) -> int:
        """The largest workload less the smallest."""
        return max(self.loads.values(), default=0) - min(self.loads.values(), default=0)


def assign(ask: AssignmentAsk) -> AssignmentPlan:
    """The assignment that meets `ask` with the most even workload (then the most spread countries). A proposal that
    cannot have its k evaluators (too few without conflicts, or reading its language) is refused by code, naming it."""
    _check(ask)
    pairs = [(e, p) for p in ask.proposals for e in ask.evaluators if ask.allowed(e, p)]
    if not pairs:
        return AssignmentPlan((), _loads(ask, []))
    chosen = _solve(ask, pairs)
    return AssignmentPlan(tuple(pair for pair, x in zip(pairs, chosen, strict=True) if x), _loads(ask, chosen, pairs))


def _needed(ask: AssignmentAsk) -> dict[str, int]:
    have: dict[str, int] = {}
    for _evaluator, proposal in ask.existing:
        have[proposal] = have.get(proposal, 0) + 1
    return {p: max(0, ask.per_proposal - have.get(p, 0)) for p in ask.proposals}


def _check(ask: AssignmentAsk) -> None:
    if ask.per_proposal < 1:
        raise _invalid(Problem("per_proposal", msg("assign_per_proposal", "must be 1 or more"), ask.per_proposal))
    if len(set(ask.evaluators)) != len(ask.evaluators) or len(set(ask.proposals)) != len(ask.proposals):
        raise _invalid(Problem("ask", msg("assign_duplicates", "names an evaluator or a proposal twice"), ""))
    short = []
    for proposal, needed in _needed(ask).items():
        candidates = sum(ask.allowed(e, proposal) for e in ask.evaluators)
        if candidates < needed:
            short.append(proposal)
    if short:
        raise _invalid(
            Problem(
                "proposals",
                msg(
                    "assign_too_few",
                    "cannot each have {k} evaluators without a conflict of interest who read their language",
                    k=ask.per_proposal,
                ),
                ", ".join(ask.labels.get(p, p) for p in short),
            )
        )


def _solve(ask: AssignmentAsk, pairs: list[tuple[str, str]]) -> np.ndarray:
    import numpy as np  # noqa: PLC0415
    from scipy.optimize import Bounds, LinearConstraint, milp  # noqa: PLC0415 (0.6 s to load: when solving only)
    from scipy.sparse import csr_array  # noqa: PLC0415

    n = len(pairs)
    evaluators = {e: i for i, e in enumerate(ask.evaluators)}
    proposals = {p: i for i, p in enumerate(ask.proposals)}
    countries = sorted({ask.country[p] for _e, p in pairs if ask.country.get(p)}) if ask.spread_countries else []
    spread_at = {(e, c): n + 2 + i for i, (e, c) in enumerate((e, c) for e in ask.evaluators for c in countries)}
    size = n + 2 + len(spread_at)  # the pairs, lo, hi, then over[e, c]
    lo, hi = n, n + 1
    entries: list[tuple[int, int, float]] = []  # (row, column, coefficient): 30,000 pairs make a sparse matrix
    needed, existing = _needed(ask), _loads(ask, [])
    lower = [float(needed[p]) for p in ask.proposals]  # a row a proposal: its evaluators
    upper = list(lower)
    first = len(proposals)  # then two rows an evaluator: load ≥ lo, load ≤ hi
    for e, i in evaluators.items():
        entries += [(first + 2 * i, lo, -1.0), (first + 2 * i + 1, hi, -1.0)]
        lower += [-float(existing[e]), -np.inf]
        upper += [np.inf, -float(existing[e])]
    spread_rows = {key: first + 2 * len(evaluators) + i for i, key in enumerate(spread_at)}
    for (e, c), k in spread_at.items():  # then a row an evaluator and country: over ≥ their proposals there − 1
        entries.append((spread_rows[e, c], k, -1.0))
        lower.append(-np.inf)
        upper.append(1.0)
    for j, (e, p) in enumerate(pairs):
        i = evaluators[e]
        entries += [(proposals[p], j, 1.0), (first + 2 * i, j, 1.0), (first + 2 * i + 1, j, 1.0)]
        if (e, ask.country.get(p, "")) in spread_rows:
            entries.append((spread_rows[e, ask.country[p]], j, 1.0))
    at = np.array(entries)
    matrix = csr_array((at[:, 2], (at[:, 0].astype(int), at[:, 1].astype(int))), shape=(len(lower), size))
    weight = float(len(ask.proposals) * ask.per_proposal + 1)  # more than the spread terms can ever add up to
    cost = np.zeros(size)
    cost[hi], cost[lo] = weight, -weight
    cost[n + 2 :] = 1.0
    integrality = np.ones(size)
    integrality[n + 2 :] = 0  # over[e, c] is integral at the optimum by itself
    low, high = np.zeros(size), np.concatenate([np.ones(n), np.full(2 + len(spread_at), np.inf)])
    if evaluators:  # the workloads add up to `total`, so the smallest is at most its mean and the largest at least
        total = sum(existing[e] for e in evaluators) + sum(needed.values())
        high[lo], low[hi] = total // len(evaluators), -(-total // len(evaluators))
    bounds = Bounds(low, high)
    from red_desktop.core.portfolio import quiet_stdout  # noqa: PLC0415 (HiGHS prints a line of its own now and then)

    with quiet_stdout():
        result = milp(
            cost,
            integrality=integrality,
            bounds=bounds,
            constraints=LinearConstraint(matrix, lower, upper),
            # presolve off: on 60,000 pairs it took 6-7 s of a 9 s solve that needs none (the bounds above make the
            # relaxation tight), 2.0 s without it
            options={"mip_rel_gap": 0.0, "time_limit": TIME_LIMIT, "presolve": False},
        )
    if result.status != 0 or result.x is None:
        raise RuntimeError(f"the assignment's solver stopped: {result.message}")
    return np.rint(result.x[:n]).astype(bool)


def _loads(
    ask: AssignmentAsk, chosen: Sequence[bool] | np.ndarray, pairs: Sequence[tuple[str, str]] = ()
) -> dict[str, int]:
    loads = dict.fromkeys(ask.evaluators, 0)
    for e, _p in ask.existing:
        if e in loads:
            loads[e] += 1
    for (e, _p), x in zip(pairs, chosen, strict=False):
        if x:
            loads[e] += 1
    return loads


def _invalid(*problems: Problem) -> ValidationError:
    return ValidationError(msg("assignment", "The assignment"), list(problems))
