"""How robust a call's best portfolio is (issue 20): the weights varied as the ranking's sensitivity varies them
(core.sensitivity, the same draws for the same seed), the portfolio solved again for each sample, and each proposal's
probability of being funded counted. Proposals funded in some samples but fewer than MARGIN of them are "at the
margin": the committee's choice there rests on the weights more than on the proposals."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from functools import partial

import numpy as np
import numpy.typing as npt

from red_desktop.core.apart import begin_apart
from red_desktop.core.portfolio import (
    BoolArray,
    Candidates,
    FloatArray,
    Portfolio,
    Programme,
    Reason,
    best_portfolio,
    reasons,
)
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
    workers: int | None = None,
) -> Robustness:
    """`arrays`: the sensitivity's inputs of the same ranking (sensitivity_inputs), whose scored proposals are the
    candidates at `scored_at`; the others keep their committee total in every sample.

    The samples are solved in blocks of BLOCK, each from the committee's best set on, so that the figures are the same
    whatever the number of `workers`: with more than one, blocks are solved in processes apart, below the caller's
    priority (core.apart). None: one per processor when the work is worth starting them (APART_FROM)."""
    progress = progress or NoProgress()
    programme = Programme.of(candidates, call, candidates.rules_for(call))
    counts = np.zeros(len(candidates))
    best = programme.best(candidates.totals)
    if best is None:  # the rules do not depend on the totals: no sample can meet them
        return Robustness(counts, samples, seed, concentration, samples)
    drawn = sample_totals(arrays, samples=samples, seed=seed, concentration=concentration)
    rows = np.vstack(list(drawn)) if samples else np.zeros((0, len(scored_at)))
    blocks = [rows[start : start + BLOCK] for start in range(0, samples, BLOCK)]
    solve = partial(_solve_block, programme, candidates.totals, scored_at, best)
    if workers is None:
        worth = samples * len(programme.at) >= APART_FROM
        workers = (os.cpu_count() or 1) if worth else 1
    done = 0
    for block, funded in _blocks_solved(solve, blocks, workers, progress):
        counts += funded
        done += len(block)
        progress.update(done, samples)
    return Robustness(counts / samples, samples, seed, concentration, 0)


BLOCK = 10  # samples solved in a row, each from the last one's best set: what a worker takes at a time
# Samples x fundable proposals from which processes apart are worth their start (~1.5 s each, scipy loaded): 200
# samples of 250 fundable proposals take ~10 s in one process
APART_FROM = 50_000


def _solve_block(
    programme: Programme, totals: FloatArray, scored_at: npt.NDArray[np.intp], start: BoolArray, block: FloatArray
) -> FloatArray:
    """How many of the block's samples fund each candidate, each sample solved from the last one's set."""
    counts = np.zeros(len(totals))
    totals = totals.copy()
    for row in block:
        totals[scored_at] = row
        funded = programme.best(totals, start=start)  # the last sample's set: near, and known to meet the call
        if funded is not None:
            counts += funded
            start = funded
    return counts


def _blocks_solved(
    solve: Callable[[FloatArray], FloatArray], blocks: list[FloatArray], workers: int, progress: Progress
) -> Iterator[tuple[FloatArray, FloatArray]]:
    """Each block with its counts, as they are solved (in order in this process; as they end in processes apart)."""
    workers = min(workers, len(blocks))
    if workers <= 1:
        for block in blocks:
            check_cancelled(progress)
            yield block, solve(block)
        return
    context = multiprocessing.get_context("spawn")  # never fork a process with threads (the window's)
    with ProcessPoolExecutor(workers, mp_context=context, initializer=begin_apart) as pool:
        running = {pool.submit(solve, block): block for block in blocks}
        try:
            for future in as_completed(running):
                check_cancelled(progress)
                yield running[future], future.result()
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


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
