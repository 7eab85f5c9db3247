"""Ranking robustness under weight changes: a seeded Monte Carlo over the weight profiles, and swap distances.

Perturbation model. Each sample draws, for every weight profile independently, weights
w' = 100 · Dirichlet(κ · w / 100), where w is the profile scaled to sum to 100 and κ the concentration.
w' is positive and sums to 100, its mean is w, and each weight's standard deviation is
100 · sqrt(p (1 - p) / (κ + 1)) with p = w / 100 (`weight_sd`): about 3.0-3.5 points for the RED profiles
at the default κ = 200. A zero weight stays zero. Every proposal of a region type uses its profile's draw
of that sample; totals are Σ_c w'_c · criterion_c / scale, ranks are competition ranks (1, 2, 2, 4) by
total descending, with totals compared after rounding to 1e-9 points so that floating-point noise never
splits a tie. Per proposal: p_top, the fraction of samples ranking it top_n or better, and rank_lo / rank_hi,
the 5th and 95th percentiles of its rank by the inverted-CDF definition (the smallest rank r with at least
5 % [95 %] of samples ranking it r or better): always sample values, and at least 90 % of samples lie in
[rank_lo, rank_hi].

Swap distance of two proposals a above b: the smallest Euclidean norm of one change δ (Σδ = 0) added to both
proposals' profiles that makes total_a ≤ total_b. With Δ = (criteria_a - criteria_b) / scale and
d = total_a - total_b ≥ 0, it is d / ||PΔ|| (PΔ: Δ minus its mean), reached at δ = -d · PΔ / ||PΔ||²; when
PΔ = 0 no common change moves the gap. Then, as the Monte Carlo perturbs each profile on its own, two
proposals in different profiles may still be reordered by changing one profile against the other (identical
criterion scores, different region types): the distance is then that of separate changes δ_a, δ_b to the two
profiles, d / sqrt(||P x_a||² + ||P x_b||²) · scale ("profiles"). Only when neither works is it infinite:
identical scores in one profile tie in every sample ("tied"), and scores that differ by the same amount on
every criterion (or flat scores in any profiles) keep their order in every sample ("fixed"); p_top agrees with
each case. Whether w + δ stays non-negative is reported, not enforced: when it does not, the true minimum among
valid weights is larger. See docs/sensitivity.md.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt

from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.made_when_asked import MadeWhenAsked
from red_desktop.core.progress import NoProgress, Progress, check_cancelled
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.ranking_columns import RankingColumns
from red_desktop.core.rubric import WEIGHT_TOTAL, Rubric
from red_desktop.core.uuid_positions import UuidPositions

DEFAULT_CONCENTRATION = 200.0
DEFAULT_SAMPLES = 1_000
DEFAULT_TOP_N = 10
DEFAULT_SEED = 0
LOW_PERCENT, HIGH_PERCENT = 5, 95
TIE_DECIMALS = 9  # totals are 0-100; float noise is ~1e-14, real differences far above 1e-9
CHUNK_CELLS = 1 << 20  # samples x proposals per chunk: a few arrays of 8 MB at most
MAX_PROPOSALS = 1 << 24  # a total's tie key takes 37 bits, the proposal's column the rest of an int64
NO_PROJECTION = 1e-12  # ||PΔ|| below this: the two proposals' gap does not move with the weights

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True, eq=False)
class RankSensitivity:
    """Monte Carlo figures per proposal, in input order (N entries each)."""

    base_total: FloatArray
    base_rank: IntArray
    p_top: FloatArray
    rank_lo: IntArray
    rank_hi: IntArray


@dataclass(frozen=True, eq=False)
class SwapDistances:
    """Adjacent pairs of the base ranking: row i is proposal upper[i] ranked just above lower[i] (indices)."""

    upper: IntArray
    lower: IntArray
    gap: FloatArray  # total_upper - total_lower, ≥ 0
    distance: FloatArray  # ||δ|| in weight points; inf when no reweighting swaps them
    delta: FloatArray  # (pairs x C) the minimal δ (for the upper proposal's profile); NaN rows where distance is inf
    within_bounds: BoolArray  # w + δ ≥ 0 for both profiles; False where distance is inf
    delta_lower: FloatArray  # (pairs x C) the change to the lower proposal's profile: delta itself unless "profiles"
    kind: npt.NDArray[np.str_]  # per pair: "common", "profiles", "tied" or "fixed" (see SWAP_KINDS)


@dataclass(frozen=True)
class ProposalSensitivity:
    base_rank: int | None
    p_top: float | None
    rank_lo: int | None
    rank_hi: int | None

    def to_json(self) -> dict[str, Any]:
        return {"p_top": self.p_top, "rank_lo": self.rank_lo, "rank_hi": self.rank_hi}


# How a pair's swap distance was found, or why there is none; each agrees with the pair's Monte Carlo figures.
SWAP_KINDS = {
    "common": "one change of the weights, the same in both profiles, lets the lower proposal catch up",
    "profiles": "no common change reorders them (identical criterion scores up to a constant), but changing the "
    "weights of one region type against the other's does: the distance is for those separate changes",
    "tied": "identical criterion scores under the same weights: they tie at every weighting, so they share "
    "every rank and p(top N)",
    "fixed": "their totals move together under every weighting: their order never changes in any sample",
}


@dataclass(frozen=True)
class PairSwap:
    """The smallest weight change (in weight points) that lets `lower` catch up with `upper`, and its kind."""

    upper: str
    lower: str
    gap: float
    distance: float | None  # None: no reweighting changes their order (kind "tied" or "fixed")
    delta: dict[str, float] | None  # by criterion id; for "profiles", the change to the upper proposal's profile
    within_bounds: bool | None  # False: that δ would make a weight negative, the real minimum is larger
    kind: str = "common"  # a key of SWAP_KINDS
    delta_lower: dict[str, float] | None = None  # "profiles" only: the change to the lower proposal's profile

    @property
    def explanation(self) -> str:
        """The kind in plain English (the window words it in its own language from `kind`)."""
        return SWAP_KINDS[self.kind]

    def to_json(self) -> dict[str, Any]:
        return {
            "upper": self.upper,
            "lower": self.lower,
            "gap": self.gap,
            "distance": self.distance,
            "delta": self.delta,
            "within_bounds": self.within_bounds,
            "kind": self.kind,
            "delta_lower": self.delta_lower,
        }


NO_FIGURES = ProposalSensitivity(None, None, None, None)  # a proposal without every criterion score


class ProposalFigures(Mapping[str, ProposalSensitivity]):
    """Each proposal's figures by uuid, made when asked from the Monte Carlo's arrays. At 100,000 proposals a dict
    of 100,000 objects cost the window 50 ms more at each of Python's full collections (which walk every object
    kept), and 25 MB; the arrays cost neither. A uuid is found by its position in the ranking (UuidPositions: a
    dict by uuid held 7 MB more)."""

    def __init__(self, positions: UuidPositions, scored_at: IntArray, figures: RankSensitivity):
        """`positions`: every proposal of the ranking; `scored_at`: the ranking's position of each row of
        `figures`."""
        self.positions, self.scored_at, self._figures = positions, scored_at, figures
        self._rows = _rows_at(len(positions.uuids), scored_at)  # each proposal's row of `figures`, in the ranking

    def __getitem__(self, uuid: str) -> ProposalSensitivity:
        at = self.positions.get(uuid)
        if at is None:
            raise KeyError(uuid)
        row = int(self._rows[at])
        if row < 0:
            return NO_FIGURES
        f = self._figures
        return ProposalSensitivity(int(f.base_rank[row]), float(f.p_top[row]), int(f.rank_lo[row]), int(f.rank_hi[row]))

    def __iter__(self) -> Iterator[str]:
        return iter(self.positions.uuids.tolist())

    def __len__(self) -> int:
        return len(self.positions.uuids)

    def p_tops(self) -> FloatArray:
        """p(top N) of every proposal, in this mapping's order (NaN: no figures), without making their objects or
        looking each up: the window reads them on its thread (100,000 lookups took it 50-85 ms)."""
        return _taken(self._rows, np.asarray(self._figures.p_top, dtype=float))

    def column(self, uuids: Sequence[str], name: str) -> FloatArray:
        """The figure `name` (a field of ProposalSensitivity) of each of `uuids` as floats; NaN: none."""
        return _taken(_rows_of(self.positions, self._rows, uuids), np.asarray(getattr(self._figures, name), float))


class PairSwaps(MadeWhenAsked[PairSwap]):
    """The adjacent pairs' swaps, each made when asked from swap_distances' arrays (see ProposalFigures)."""

    def __init__(self, swaps: SwapDistances, scored: Sequence[str], criteria: Sequence[str]):
        self._swaps, self._scored, self._criteria = swaps, scored, criteria
        super().__init__(len(swaps.gap))

    def _make(self, i: int) -> PairSwap:
        return _pair(self._swaps, i, self._scored, self._criteria)

    @property
    def distance(self) -> FloatArray:
        return self._swaps.distance

    def kinds(self) -> list[str]:
        """Each pair's kind (SWAP_KINDS), without making the pairs."""
        return [str(kind) for kind in self._swaps.kind.tolist()]

    def kind_counts(self) -> Counter[str]:
        kinds, counts = np.unique(self._swaps.kind, return_counts=True)
        return Counter(dict(zip(map(str, kinds.tolist()), counts.tolist(), strict=True)))

    def by_upper(self, positions: UuidPositions, scored_at: IntArray) -> Mapping[str, PairSwap]:
        """The pairs by their upper proposal; `positions` and `scored_at` as ProposalFigures takes them."""
        upper_at = scored_at[np.asarray(self._swaps.upper, dtype=np.intp)]
        return _PairsByUpper(self, positions, _rows_at(len(positions.uuids), upper_at))


class _PairsByUpper(Mapping[str, PairSwap]):
    """The pairs by their upper proposal's uuid (RankingSensitivity.swaps), each made when asked."""

    def __init__(self, pairs: PairSwaps, positions: UuidPositions, rows: IntArray):
        """`rows`: each proposal's pair (its row of `pairs`), in the ranking's order; -1 for none."""
        self._pairs, self._positions, self._rows = pairs, positions, rows

    def distances(self, uuids: Sequence[str]) -> FloatArray:
        """Each proposal's swap distance to the one below it: inf when no reweighting swaps them, NaN: no pair."""
        return _taken(_rows_of(self._positions, self._rows, uuids), self._pairs.distance)

    def __getitem__(self, uuid: str) -> PairSwap:
        at = self._positions.get(uuid)
        row = -1 if at is None else int(self._rows[at])
        if row < 0:
            raise KeyError(uuid)
        return self._pairs[row]

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions.uuids[self._rows >= 0].tolist())

    def __len__(self) -> int:
        return int((self._rows >= 0).sum())


def _rows_at(count: int, at: IntArray) -> IntArray:
    """An array of `count` -1s with row i at position at[i]."""
    rows = np.full(count, -1, dtype=np.int64)
    rows[at] = np.arange(len(at))
    return rows


def _rows_of(positions: UuidPositions, rows: IntArray, uuids: Sequence[str]) -> IntArray:
    """rows at each of `uuids`' positions (-1 for a uuid not held): straight when `uuids` are the positions' own in
    their order (the committee's table asking), else by a binary search each."""
    asked = np.asarray(uuids, dtype=object)
    held = positions.uuids
    if len(asked) == len(held) and (asked is held or bool((asked == held).all())):
        return rows
    at = positions.of(asked)
    return np.where(at >= 0, rows[np.maximum(at, 0)], -1) if len(rows) else np.full(len(asked), -1)


def _taken(rows: npt.NDArray[np.int64], values: FloatArray) -> FloatArray:
    """values[r] for each of `rows`; NaN where r is -1."""
    if not len(values):
        return np.full(len(rows), np.nan)
    return np.where(rows >= 0, values[np.maximum(rows, 0)], np.nan)


@dataclass(frozen=True)
class RankingSensitivity:
    proposals: Mapping[str, ProposalSensitivity]  # by proposal uuid; every proposal of the ranking
    pairs: Sequence[PairSwap]
    top_n: int
    samples: int
    seed: int
    concentration: float

    @cached_property
    def swaps(self) -> Mapping[str, PairSwap]:
        """Each adjacent pair by its upper proposal (100,000 of them at 100,000 proposals: found once, on the
        thread that computed them — see warm)."""
        if isinstance(self.pairs, PairSwaps) and isinstance(self.proposals, ProposalFigures):
            return self.pairs.by_upper(self.proposals.positions, self.proposals.scored_at)
        return {pair.upper: pair for pair in self.pairs}

    def p_tops(self) -> FloatArray:
        """Every proposal's p(top N) (NaN: no figures), in the order of `proposals`."""
        if isinstance(self.proposals, ProposalFigures):
            return self.proposals.p_tops()
        return np.array([s.p_top for s in self.proposals.values()], dtype=float)  # None: NaN

    def pair_kinds(self) -> list[str]:
        return self.pairs.kinds() if isinstance(self.pairs, PairSwaps) else [p.kind for p in self.pairs]

    def pair_kind_counts(self) -> Counter[str]:
        """How many adjacent pairs are of each kind, counted with numpy (the window reads them on its thread)."""
        return self.pairs.kind_counts() if isinstance(self.pairs, PairSwaps) else Counter(self.pair_kinds())

    def warm(self) -> RankingSensitivity:
        _ = self.swaps
        return self

    def to_json(self) -> dict[str, Any]:
        return {
            "top_n": self.top_n,
            "samples": self.samples,
            "seed": self.seed,
            "concentration": self.concentration,
            "proposals": {u: s.to_json() for u, s in self.proposals.items()},
            "pairs": [p.to_json() for p in self.pairs],
        }


def weight_sd(profiles: npt.ArrayLike, concentration: float = DEFAULT_CONCENTRATION) -> FloatArray:
    """P x C standard deviations (weight points) of the perturbed weights: 100 · sqrt(p (1 - p) / (κ + 1))."""
    shares = _shares(np.asarray(profiles, dtype=float))
    return WEIGHT_TOTAL * np.sqrt(shares * (1 - shares) / (concentration + 1))


def perturbed_profiles(
    profiles: npt.ArrayLike,
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    concentration: float = DEFAULT_CONCENTRATION,
) -> FloatArray:
    """S x P x C perturbed weight profiles: the very draws `sample_ranks` makes with the same seed."""
    table = np.asarray(profiles, dtype=float)
    columns = table.shape[1] if table.ndim == 2 else 0
    empty = _validated(np.zeros((0, columns)), [], table, 1.0, samples=samples, concentration=concentration)
    return _dirichlet(np.random.default_rng(seed), empty.shares, concentration, samples)


def sample_ranks(
    scores: npt.ArrayLike,
    profile_index: npt.ArrayLike,
    profiles: npt.ArrayLike,
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    concentration: float = DEFAULT_CONCENTRATION,
    scale: float = 4.0,
    progress: Progress | None = None,
) -> npt.NDArray[np.unsignedinteger[Any]]:
    """N x S competition rank of each proposal in each sample (uint16, or uint32 from 65,536 proposals)."""
    portfolio = _validated(scores, profile_index, profiles, scale, samples=samples, concentration=concentration)
    return _sample_ranks(portfolio, samples, seed, concentration, progress or NoProgress())


def simulate_ranks(
    scores: npt.ArrayLike,
    profile_index: npt.ArrayLike,
    profiles: npt.ArrayLike,
    *,
    top_n: int = DEFAULT_TOP_N,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    concentration: float = DEFAULT_CONCENTRATION,
    scale: float = 4.0,
    progress: Progress | None = None,
) -> RankSensitivity:
    """Rank N proposals (criterion scores N x C, profile index N, profile table P x C) under perturbed weights."""
    portfolio = _validated(scores, profile_index, profiles, scale, top_n, samples, concentration)
    ranks = _sample_ranks(portfolio, samples, seed, concentration, progress or NoProgress())
    base_rank = np.empty((len(portfolio.x), 1), dtype=np.int64)
    _rank_into(base_rank, portfolio.totals(portfolio.shares[None] * WEIGHT_TOTAL), portfolio.order, 0)
    k_lo, k_hi = _order_statistic(LOW_PERCENT, samples), _order_statistic(HIGH_PERCENT, samples)
    bounds = np.partition(ranks, [k_lo, k_hi], axis=1)
    return RankSensitivity(
        base_total=portfolio.base_totals(),
        base_rank=base_rank[:, 0],
        p_top=(ranks <= top_n).mean(axis=1),
        rank_lo=bounds[:, k_lo].astype(np.int64),
        rank_hi=bounds[:, k_hi].astype(np.int64),
    )


def swap_distances(
    scores: npt.ArrayLike, profile_index: npt.ArrayLike, profiles: npt.ArrayLike, *, scale: float = 4.0
) -> SwapDistances:
    """The minimal weight change swapping each adjacent pair of the base ranking (ties: input order).

    A common change to both profiles where one exists; else, for two profiles, separate changes to each;
    else none (inf), with the kind saying why (SWAP_KINDS).
    """
    portfolio = _validated(scores, profile_index, profiles, scale)
    x, index, weights = portfolio.x, portfolio.index, portfolio.shares * WEIGHT_TOTAL
    base = portfolio.base_totals()
    order = np.argsort(_tie_keys(base), kind="stable")
    upper, lower = order[:-1], order[1:]
    gap = np.maximum(base[upper] - base[lower], 0.0)
    projected = _centred((x[upper] - x[lower]) / scale)
    norm = np.linalg.norm(projected, axis=1)
    common = norm > NO_PROJECTION
    # Separate changes δ_a, δ_b (each summing to 0): d + δ_a·x_a - δ_b·x_b = 0 at least norm, by Cauchy-Schwarz
    # on the stacked vector (P x_a, -P x_b).
    own_a, own_b = _centred(x[upper] / scale), _centred(x[lower] / scale)
    joint = np.sqrt((own_a**2).sum(axis=1) + (own_b**2).sum(axis=1))
    separate = ~common & (index[upper] != index[lower]) & (joint > NO_PROJECTION)
    movable = common | separate
    divisor = np.where(common, norm, np.where(separate, joint, 1.0))
    delta = np.where(common[:, None], -(gap / divisor**2)[:, None] * projected, np.nan)
    delta = np.where(separate[:, None], -(gap / divisor**2)[:, None] * own_a, delta)
    delta_lower = np.where(separate[:, None], (gap / divisor**2)[:, None] * own_b, delta)
    tied = ~movable & (index[upper] == index[lower]) & np.all(x[upper] == x[lower], axis=1)
    kind = np.select([common, separate, tied], ["common", "profiles", "tied"], "fixed")
    fits = np.all(weights[index[upper]] + np.nan_to_num(delta) >= -1e-9, axis=1)
    fits &= np.all(weights[index[lower]] + np.nan_to_num(delta_lower) >= -1e-9, axis=1)
    return SwapDistances(
        upper=upper.astype(np.int64),
        lower=lower.astype(np.int64),
        gap=gap,
        distance=np.where(movable, gap / divisor, np.inf),
        delta=delta,
        within_bounds=movable & fits,
        delta_lower=delta_lower,
        kind=kind,
    )


def _centred(rows: FloatArray) -> FloatArray:
    """Each row minus its mean: its projection onto the changes of weights that keep a profile's sum."""
    return np.asarray(rows - rows.mean(axis=1, keepdims=True), dtype=np.float64)


def ranking_sensitivity(
    ranking: Sequence[RankedProposal],
    rubric: Rubric,
    *,
    top_n: int = DEFAULT_TOP_N,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    concentration: float = DEFAULT_CONCENTRATION,
    progress: Progress | None = None,
) -> RankingSensitivity:
    """Sensitivity of a committee ranking (build_ranking's list) under the rubric's perturbed weight profiles.

    Proposals without a total get None figures. The model ranks by Σ w · criterion / scale of the aggregated
    criterion scores: the committee's total under the mean; under the median the committee total is the
    median of evaluation totals, so base_rank may then differ from the ranking's own rank.
    """
    inputs = sensitivity_inputs(ranking, rubric)
    figures = sensitivity_figures(
        inputs.arrays, top_n=top_n, samples=samples, seed=seed, concentration=concentration, progress=progress
    )
    return inputs.result(*figures, top_n=top_n, samples=samples, seed=seed, concentration=concentration)


@dataclass(frozen=True, eq=False)
class SensitivityArrays:
    """The numbers the Monte Carlo reads, and nothing else: cheap to hand to a process of its own."""

    x: FloatArray  # criterion scores of the proposals scored on every criterion, in the ranking's order
    index: IntArray  # each one's weight profile (a row of `table`)
    table: FloatArray  # P x C weight profiles, by sorted profile name
    scale: float


@dataclass(frozen=True, eq=False)
class SensitivityInputs:
    """A ranking as the Monte Carlo reads it, with what names its figures again (uuids, criteria)."""

    uuids: list[str]  # every proposal of the ranking
    scored: list[str]  # the proposals of `arrays.x`, row by row
    criteria: tuple[str, ...]
    arrays: SensitivityArrays
    positions: UuidPositions  # of `uuids`
    scored_at: IntArray  # each of `scored`'s position in `uuids`

    def result(
        self,
        figures: RankSensitivity,
        swaps: SwapDistances,
        *,
        top_n: int,
        samples: int,
        seed: int,
        concentration: float,
    ) -> RankingSensitivity:
        """The figures by proposal and the swaps by pair, each made when asked (ProposalFigures, PairSwaps)."""
        by_uuid = ProposalFigures(self.positions, self.scored_at, figures)
        pairs = PairSwaps(swaps, self.scored, self.criteria)
        return RankingSensitivity(by_uuid, pairs, top_n, samples, seed, concentration)


def figure_column(figures: Mapping[str, ProposalSensitivity], uuids: Sequence[str], name: str) -> FloatArray:
    """The figure `name` (p_top, rank_hi, ...) of each of `uuids` as floats, NaN for none: what a table sorts by,
    from the arrays when the figures are kept as such (ProposalFigures), no object made per proposal."""
    if isinstance(figures, ProposalFigures):
        return figures.column(uuids, name)
    return np.array([getattr(figures.get(u, NO_FIGURES), name) for u in uuids], dtype=float)


def swap_column(swaps: Mapping[str, PairSwap], uuids: Sequence[str]) -> FloatArray:
    """Each of `uuids`' swap distance to the proposal below it (inf: none swaps them; NaN: no pair below)."""
    if isinstance(swaps, _PairsByUpper):
        return swaps.distances(uuids)
    pairs = (swaps.get(u) for u in uuids)
    return np.array([math.nan if p is None else math.inf if p.distance is None else p.distance for p in pairs])


def sensitivity_inputs(ranking: Sequence[RankedProposal], rubric: Rubric) -> SensitivityInputs:
    ids = rubric.criterion_ids
    if isinstance(ranking, RankingColumns):  # read from its table: no proposal made (100,000 in the window)
        table = ranking.table
        uuids, regions = table["uuid"].tolist(), table["region_type"].tolist()
        totals, scores = table["total"].to_numpy(dtype=float), table[list(ids)].to_numpy(dtype=float)
        positions = ranking.positions
    else:
        uuids, regions = [p.uuid for p in ranking], [p.region_type for p in ranking]
        totals = np.array([p.total for p in ranking], dtype=float)  # None: NaN
        scores = np.array([[p.criteria[c] for c in ids] for p in ranking], dtype=float).reshape(len(ranking), len(ids))
        positions = UuidPositions(np.array(uuids, dtype=object))
    kept = ~np.isnan(totals) & ~np.isnan(scores).any(axis=1)  # a total and every criterion score
    names = sorted(rubric.weight_profiles)
    table_of_profiles = np.array([[rubric.weight_profiles[n][c] for c in ids] for n in names], dtype=float)
    rows = np.flatnonzero(kept).tolist()
    profile_of = {r: names.index(rubric.profile_name(r)) for r in set(regions)}
    index = np.array([profile_of[regions[i]] for i in rows], dtype=np.int64)
    arrays = SensitivityArrays(scores[kept], index, table_of_profiles, float(rubric.scale_max))
    scored_at = np.array(rows, dtype=np.intp)
    return SensitivityInputs(uuids, [uuids[i] for i in rows], ids, arrays, positions, scored_at)


def sensitivity_figures(
    arrays: SensitivityArrays,
    *,
    top_n: int = DEFAULT_TOP_N,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    concentration: float = DEFAULT_CONCENTRATION,
    progress: Progress | None = None,
) -> tuple[RankSensitivity, SwapDistances]:
    """The Monte Carlo's figures and the adjacent pairs' swap distances: numpy arrays only (see SensitivityArrays)."""
    figures = simulate_ranks(
        arrays.x,
        arrays.index,
        arrays.table,
        top_n=top_n,
        samples=samples,
        seed=seed,
        concentration=concentration,
        scale=arrays.scale,
        progress=progress,
    )
    return figures, swap_distances(arrays.x, arrays.index, arrays.table, scale=arrays.scale)


def _pair(swaps: SwapDistances, i: int, scored: Sequence[str], criteria: Sequence[str]) -> PairSwap:
    movable = bool(np.isfinite(swaps.distance[i]))
    kind = str(swaps.kind[i])
    return PairSwap(
        upper=scored[int(swaps.upper[i])],
        lower=scored[int(swaps.lower[i])],
        gap=float(swaps.gap[i]),
        distance=float(swaps.distance[i]) if movable else None,
        delta=dict(zip(criteria, swaps.delta[i].tolist())) if movable else None,
        within_bounds=bool(swaps.within_bounds[i]) if movable else None,
        kind=kind,
        delta_lower=dict(zip(criteria, swaps.delta_lower[i].tolist())) if kind == "profiles" else None,
    )


@dataclass(frozen=True, eq=False)
class _Portfolio:
    """Validated proposals, also held sorted by profile so that each profile's proposals are one block of columns."""

    x: FloatArray  # N x C, input order
    index: IntArray  # profile of each proposal, input order
    shares: FloatArray  # P x C, each profile's weights as shares of 1
    scale: float
    order: IntArray  # sorted position j holds input proposal order[j]
    sorted_x: FloatArray  # x[order]
    bounds: IntArray  # profile p's proposals are sorted positions bounds[p]:bounds[p + 1]

    @classmethod
    def of(cls, x: FloatArray, index: IntArray, table: FloatArray, scale: float) -> _Portfolio:
        order = np.argsort(index, kind="stable")
        bounds = np.searchsorted(index[order], np.arange(len(table) + 1))
        return cls(x, index, _shares(table), scale, order, x[order], bounds.astype(np.int64))

    def totals(self, weights: FloatArray) -> FloatArray:
        """S x N totals, in sorted order, for S x P x C weights.

        Element by element, criterion after criterion (no BLAS, whose kernels may round columns differently):
        identical scores in one profile give bit-identical totals, so such proposals tie in every sample.
        """
        totals = np.empty((len(weights), len(self.order)))
        for p, (lo, hi) in enumerate(zip(self.bounds[:-1].tolist(), self.bounds[1:].tolist())):
            block, x = totals[:, lo:hi], self.sorted_x[lo:hi]
            np.multiply(weights[:, p, :1], x[:, 0], out=block)
            for c in range(1, x.shape[1]):
                block += weights[:, p, c : c + 1] * x[:, c]
        totals /= self.scale
        return totals

    def base_totals(self) -> FloatArray:
        """Totals at the unperturbed weights, in input order."""
        totals = np.empty(len(self.order))
        totals[self.order] = self.totals(self.shares[None] * WEIGHT_TOTAL)[0]
        return totals


def _sample_ranks(
    portfolio: _Portfolio, samples: int, seed: int, concentration: float, progress: Progress
) -> npt.NDArray[np.unsignedinteger[Any]]:
    """N x S competition ranks, drawn chunk by chunk (the random stream does not depend on the chunk size)."""
    rng = np.random.default_rng(seed)
    n = len(portfolio.x)
    ranks = np.empty((n, samples), dtype=np.uint16 if n < 2**16 else np.uint32)
    chunk = max(1, CHUNK_CELLS // max(1, n))
    for start in range(0, samples, chunk):
        check_cancelled(progress)
        count = min(chunk, samples - start)
        weights = _dirichlet(rng, portfolio.shares, concentration, count)
        _rank_into(ranks, portfolio.totals(weights), portfolio.order, start)
        progress.update(start + count, samples)
    return ranks


def sample_totals(
    arrays: SensitivityArrays,
    *,
    samples: int = DEFAULT_SAMPLES,
    seed: int = DEFAULT_SEED,
    concentration: float = DEFAULT_CONCENTRATION,
) -> Iterator[FloatArray]:
    """Each sample's totals of the scored proposals (`arrays.x`'s rows, in their order), chunk by chunk (count x N):
    the weights `sample_ranks` draws with the same seed, so a portfolio's Monte Carlo (core.portfolio_robust)
    varies the weights as the ranking's does."""
    portfolio = _validated(
        arrays.x, arrays.index, arrays.table, arrays.scale, samples=samples, concentration=concentration
    )
    rng = np.random.default_rng(seed)
    chunk = max(1, CHUNK_CELLS // max(1, len(portfolio.x)))
    for start in range(0, samples, chunk):
        weights = _dirichlet(rng, portfolio.shares, concentration, min(chunk, samples - start))
        sorted_totals = portfolio.totals(weights)
        totals = np.empty_like(sorted_totals)
        totals[:, portfolio.order] = sorted_totals
        yield totals


def _dirichlet(rng: np.random.Generator, shares: FloatArray, concentration: float, count: int) -> FloatArray:
    """count x P x C weights, each profile 100 · Dirichlet(κ · share); a profile drawn all zero keeps its base."""
    gamma = rng.standard_gamma(concentration * shares, size=(count, *shares.shape))
    sums = gamma.sum(axis=2, keepdims=True)
    drawn = np.where(sums > 0, gamma / np.where(sums > 0, sums, 1.0), shares)
    return np.asarray(drawn * WEIGHT_TOTAL, dtype=np.float64)


def _tie_keys(totals: FloatArray) -> IntArray:
    """Negated totals in units of 1e-TIE_DECIMALS: ascending keys are descending totals, equal keys are ties."""
    return np.rint(totals * -(10.0**TIE_DECIMALS)).astype(np.int64)


def _rank_into(out: npt.NDArray[Any], totals: FloatArray, rows: IntArray, start: int) -> None:
    """out[rows[j], start + s] = competition rank (1, 2, 2, 4) of column j among row s of `totals`.

    One np.sort of packed keys (tie key in the high bits, column in the low bits) instead of an argsort:
    numpy sorts int64 with SIMD but argsorts without, about four times slower. Validated totals lie in 0-100,
    so the keys need 37 bits and leave 26 for the column.
    """
    count, n = totals.shape
    bits = max(1, (n - 1).bit_length())
    packed = _tie_keys(totals) << bits
    packed |= np.arange(n)
    packed.sort(axis=1)
    columns = packed & ((1 << bits) - 1)
    keys = packed >> bits
    tied = keys[:, 1:] == keys[:, :-1]
    positions = np.broadcast_to(np.arange(n), (count, n))
    if tied.any():  # a tie keeps the position where its group began
        positions = np.where(np.pad(tied, ((0, 0), (1, 0))), 0, positions)
        positions = np.maximum.accumulate(positions, axis=1)
    np.put(out, rows[columns] * out.shape[1] + (start + np.arange(count))[:, None], positions + 1)


def _order_statistic(percent: int, samples: int) -> int:
    """0-based position of the inverted-CDF percentile: the ceil(percent · S / 100)-th smallest value."""
    return max(0, -(-percent * samples // 100) - 1)


def _shares(table: FloatArray) -> FloatArray:
    return np.asarray(table / table.sum(axis=1, keepdims=True), dtype=np.float64)


def _validated(
    scores: npt.ArrayLike,
    profile_index: npt.ArrayLike,
    profiles: npt.ArrayLike,
    scale: float,
    top_n: int = 1,
    samples: int = 1,
    concentration: float = 1.0,
) -> _Portfolio:
    """The inputs as a portfolio, or a ValidationError listing every problem."""
    x, index, table = np.asarray(scores, dtype=float), np.asarray(profile_index), np.asarray(profiles, dtype=float)
    problems = _shape_problems(x, index, table)
    if not problems:
        problems = _value_problems(x, index, table, scale)
    for name, value, lowest in (("top_n", top_n, 1), ("samples", samples, 1)):
        if isinstance(value, bool) or not isinstance(value, int | np.integer) or value < lowest:
            problems.append(Problem(name, f"must be a whole number of at least {lowest}", value))
    for name, number in (("concentration", concentration), ("scale", scale)):
        if not (np.isfinite(number) and number > 0):
            problems.append(Problem(name, "must be a positive number", number))
    if problems:
        raise ValidationError("The sensitivity input", problems)
    return _Portfolio.of(x, index.astype(np.int64), table, float(scale))


def _shape_problems(x: FloatArray, index: npt.NDArray[Any], table: FloatArray) -> list[Problem]:
    problems = []
    if x.ndim != 2:
        problems.append(Problem("scores", "must be a proposals x criteria matrix", x.shape))
    if table.ndim != 2 or table.shape[0] == 0:
        problems.append(Problem("profiles", "must be a profiles x criteria matrix with at least one profile"))
    elif x.ndim == 2 and table.shape[1] != x.shape[1]:
        problems.append(Problem("profiles", f"have {table.shape[1]} criteria but the scores have {x.shape[1]}"))
    if x.ndim == 2 and len(x) > MAX_PROPOSALS:
        problems.append(Problem("scores", f"hold more than {MAX_PROPOSALS:,} proposals", len(x)))
    if index.ndim != 1 or (x.ndim == 2 and len(index) != len(x)):
        problems.append(Problem("profile_index", "must give one profile per proposal (row of scores)", index.shape))
    elif len(index) and index.dtype.kind not in "iu":
        problems.append(Problem("profile_index", "must be whole numbers", index.dtype))
    return problems


def _value_problems(x: FloatArray, index: npt.NDArray[Any], table: FloatArray, scale: float) -> list[Problem]:
    problems = []
    bad = np.argwhere(~np.isfinite(x))
    outside_scale = np.argwhere((x < 0) | (x > scale)) if np.isfinite(scale) else bad[:0]
    if len(bad):
        row, col = bad[0]
        problems.append(Problem("scores", f"{len(bad)} not a number or infinite, first at row {row}, column {col}"))
    elif len(outside_scale):
        row, col = outside_scale[0]
        where = f"first at row {row}, column {col}"
        problems.append(Problem("scores", f"{len(outside_scale)} outside 0..{scale:g}, {where}", x[row, col]))
    if not np.all(np.isfinite(table) & (table >= 0)):
        problems.append(Problem("profiles", "weights must be finite and not negative"))
    elif np.any(table.sum(axis=1) <= 0):
        problems.append(Problem("profiles", "every profile needs a positive weight"))
    outside = index[(index < 0) | (index >= len(table))] if len(index) else index
    if len(outside):
        problems.append(Problem("profile_index", f"must lie in 0..{len(table) - 1}", outside[0]))
    return problems
