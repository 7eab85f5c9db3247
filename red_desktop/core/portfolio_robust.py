"""How robust a call's best portfolio is (issue 20): the weights varied as the ranking's sensitivity varies them
(core.sensitivity, the same draws for the same seed), the portfolio solved again for each sample, and each proposal's
probability of being funded counted. Proposals funded in some samples but fewer than MARGIN of them are "at the
margin": the committee's choice there rests on the weights more than on the proposals."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from red_desktop.core.portfolio import Candidates, FloatArray, Portfolio, Programme, Reason, best_portfolio, reasons
from red_desktop.core.portfolio_rules import ROBUST_SAMPLES, ROBUST_SEED, CallBudget
from red_desktop.core.progress import NoProgress, Progress, check_cancelled
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import (
    DEFAULT_CONCENTRATION,
    DEFAULT_SAMPLES,
    DEFAULT_SEED,
    SensitivityArrays,
    sample_totals,
    sensitivity_inputs,
)

MARGIN = 0.9  # funded in fewer than 90 % of the samples (and in some): at the margin
# Fundable proposals above which the dossier and the export leave the robust set out: 200 samples took 96 s at 476
# fundable, 42 s at 953 and ~200 s at 1,879 (1 s a sample) on the 2-core machine, growing faster than the proposals.
ROBUST_MOST = 2_000


@dataclass(frozen=True, eq=False)
class Robustness:
    p_funded: FloatArray  # each candidate's share of the samples that fund it (0 for one never fundable)
    samples: int
    seed: int
    concentration: float
    infeasible: int  # samples in which no set met the call (all of them or none: the rules do not move)

    @property
    def at_margin(self) -> npt.NDArray[np.bool_]:
        return (self.p_funded > 0) & (self.p_funded < MARGIN)


def robust_portfolio(  # noqa: PLR0913 (the Monte Carlo's settings, as the ranking's)
    candidates: Candidates,
    call: CallBudget,
    arrays: SensitivityArrays,
    scored_at: npt.NDArray[np.intp],
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    concentration: float = DEFAULT_CONCENTRATION,
    progress: Progress | None = None,
) -> Robustness:
    """`arrays`: the sensitivity's inputs of the same ranking (sensitivity_inputs), whose scored proposals are the
    candidates at `scored_at`; the others keep their committee total in every sample."""
    progress = progress or NoProgress()
    programme = Programme.of(candidates, call, candidates.rules_for(call))
    counts = np.zeros(len(candidates))
    best = programme.best(candidates.totals)
    if best is None:  # the rules do not depend on the totals: no sample can meet them
        return Robustness(counts, samples, seed, concentration, samples)
    totals = candidates.totals.copy()
    done = 0
    for chunk in sample_totals(arrays, samples=samples, seed=seed, concentration=concentration):
        for row in chunk:
            check_cancelled(progress)
            totals[scored_at] = row
            funded = programme.best(totals, start=best)  # the last sample's set: near, and known to meet the call
            if funded is not None:
                counts += funded
                best = funded
            done += 1
            progress.update(done, samples)  # a solve is 25-500 ms: each one counted
    return Robustness(counts / samples, samples, seed, concentration, 0)


@dataclass(frozen=True, eq=False)
class CallPortfolio:
    """A call's portfolio on the committee's ranking as the command, the dossier and the export give it."""

    portfolio: Portfolio
    robust: Robustness | None  # None: left out, the call having more than `most` fundable proposals
    reasons: list[Reason]

    @property
    def fundable(self) -> int:
        return int(self.portfolio.candidates.fundable(self.portfolio.call).sum())


def call_portfolio(  # noqa: PLR0913 (the robust set's settings)
    candidates: Candidates,
    ranking: Sequence[RankedProposal],
    rubric: Rubric,
    call: CallBudget,
    *,
    samples: int = ROBUST_SAMPLES,
    seed: int = ROBUST_SEED,
    costs: bool = False,
    most: int | None = ROBUST_MOST,
    progress: Progress | None = None,
) -> CallPortfolio:
    """The best set, each proposal's reason (with `costs`, what the other choice costs) and the robust set;
    `candidates` are the committee's `ranking` (Candidates.of_ranking or of_table), in its order. With more than
    `most` fundable proposals (None: no limit) the robust set is left out."""
    portfolio = best_portfolio(candidates, call)
    robust = None
    if most is None or candidates.fundable(call).sum() <= most:
        inputs = sensitivity_inputs(ranking, rubric)
        robust = robust_portfolio(
            candidates, call, inputs.arrays, inputs.scored_at, samples=samples, seed=seed, progress=progress
        )
    return CallPortfolio(portfolio, robust, reasons(portfolio, costs=costs))
