"""Inter-rater agreement over an items x raters matrix: Shrout & Fleiss ICCs and Krippendorff's alpha.

Every function takes ratings as a 2-D float array, one row per item (proposal, target, unit), one column
per rater (evaluator, judge, observer), NaN where a rater did not rate an item. Sources:
Shrout, P. E. & Fleiss, J. L. (1979) Intraclass correlations: uses in assessing rater reliability,
Psychological Bulletin 86(2), 420-428; Krippendorff, K. (2011) Computing Krippendorff's Alpha-Reliability,
Annenberg School for Communication, University of Pennsylvania. See docs/agreement.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast

import numpy as np
import pandas as pd

from red_desktop.core.domain import EvaluationState
from red_desktop.core.formatting import rounded
from red_desktop.core.messages import SOURCE_LANGUAGE, Message, words
from red_desktop.core.ranking import evaluation_scores
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import TOTAL
from red_desktop.core.store import Store

Metric = Literal["nominal", "ordinal", "interval", "ratio"]
ICC_FORMS = ("icc1", "icc2", "icc3", "icc1k", "icc2k", "icc3k")
ONE_WAY_FORMS = ("icc1", "icc1k")
TWO_WAY_FORMS = ("icc2", "icc3", "icc2k", "icc3k")
METRICS: tuple[Metric, ...] = ("nominal", "ordinal", "interval", "ratio")
FIGURES = ICC_FORMS + tuple(f"alpha_{m}" for m in METRICS)
LABELS = {
    "icc1": "ICC(1,1)",
    "icc2": "ICC(2,1)",
    "icc3": "ICC(3,1)",
    "icc1k": "ICC(1,k)",
    "icc2k": "ICC(2,k)",
    "icc3k": "ICC(3,k)",
    **{f"alpha_{m}": f"alpha {m}" for m in METRICS},
}
_BLOCK = 1 << 20  # elements per temporary array when pairing values: bounds memory on large, fine-grained data


@dataclass(frozen=True)
class Undefined(Message):
    """Why a figure is undefined, kept as its meaning: str() says it in the language of the moment (the window,
    the command line), said(language) in a document's (an export's "undefined" column)."""

    def __str__(self) -> str:
        return self.said(None)

    def english(self) -> str:
        return self.said(SOURCE_LANGUAGE)

    def said(self, language: str | None) -> str:
        w, v = words(language), dict(self.values)
        if self.code == "too_few_raters":
            return w.t("needs at least 2 raters (got {raters})", **v)
        if self.code == "too_few_complete_items":
            return w.tn(
                "needs at least 2 items rated by all {raters} raters (got {complete} of {n} item)",
                "needs at least 2 items rated by all {raters} raters (got {complete} of {n} items)",
                cast(int, v.pop("items")),
                **v,
            )
        if self.code == "too_few_rated_items":
            return w.t("needs at least 2 items with 2 or more ratings (got {items})", **v)
        if self.code == "constant":
            return w.t("every rating is the same, so there is no variance to share out")
        if self.code == "no_spread":
            return w.t(
                "the items' mean ratings hardly differ (between-items mean square {square:,.3f}), leaving a "
                "denominator of 0 or less",
                **v,
            )
        if self.code == "no_pairs":
            return w.t("no item has 2 or more ratings, so there are no pairs of values to compare")
        if self.code == "negative_ratio":
            return w.t("the ratio metric needs ratings of 0 or more")
        return w.t("the ratings do not vary (expected disagreement 0)")


def _undefined(code: str, **values: object) -> Undefined:
    return Undefined(code, code, tuple(values.items()))


@dataclass(frozen=True)
class Figure:
    """One statistic, or None with why it is undefined."""

    value: float | None
    why: Undefined | None = None

    @property
    def reason(self) -> str:
        """Why it is undefined, in the language of the moment; "" when it is not."""
        return "" if self.why is None else str(self.why)


class Reasons(Mapping[str, str]):
    """Figure name -> why it is None, said in the language of the moment it is read; said() in another."""

    def __init__(self, meanings: Mapping[str, Undefined] | None = None):
        self.meanings = dict(meanings or {})

    def __getitem__(self, name: str) -> str:
        return str(self.meanings[name])

    def __iter__(self) -> Iterator[str]:
        return iter(self.meanings)

    def __len__(self) -> int:
        return len(self.meanings)

    def __repr__(self) -> str:
        return f"Reasons({self.meanings!r})"

    def said(self, name: str, language: str | None) -> str:
        return self.meanings[name].said(language)


def reason_said(agreement: Agreement, name: str, language: str | None) -> str:
    """Why `name` is undefined in `language` (an export's or a document's)."""
    reasons = agreement.reasons
    return reasons.said(name, language) if isinstance(reasons, Reasons) else reasons[name]


@dataclass(frozen=True)
class Agreement:
    """The six ICC forms and four alphas of one ratings matrix, with the counts behind them.

    ICC(2) and ICC(3) use only the complete items (rated by every rater); ICC(1) and alpha use every item with
    2 or more ratings.
    """

    icc1: float | None
    icc2: float | None
    icc3: float | None
    icc1k: float | None
    icc2k: float | None
    icc3k: float | None
    alpha_nominal: float | None
    alpha_ordinal: float | None
    alpha_interval: float | None
    alpha_ratio: float | None
    items: int
    raters: int
    complete_items: int
    pairable_values: int
    reasons: Mapping[str, str] = field(default_factory=Reasons)  # figure name -> why it is None (see Reasons)

    @property
    def dropped_items(self) -> int:
        """Items left out of the ICC for a missing rating."""
        return self.items - self.complete_items

    def to_json(self) -> dict[str, float | None]:
        """Exactly the ten figures (None where undefined): the reasons and counts stay attributes."""
        return {name: getattr(self, name) for name in FIGURES}


# ---- intraclass correlation ----


@dataclass(frozen=True)
class MeanSquares:
    """The ANOVA mean squares of Shrout & Fleiss (1979) Table 1 over n complete items and k raters."""

    between_items: float  # BMS
    within_items: float  # WMS, one-way model
    between_raters: float  # JMS
    residual: float  # EMS, two-way model


def mean_squares(complete: np.ndarray) -> MeanSquares:
    n, k = complete.shape
    grand = complete.mean()
    total = float(((complete - grand) ** 2).sum())
    rows = float(k * ((complete.mean(axis=1) - grand) ** 2).sum())
    cols = float(n * ((complete.mean(axis=0) - grand) ** 2).sum())
    return MeanSquares(
        between_items=rows / (n - 1),
        within_items=(total - rows) / (n * (k - 1)),
        between_raters=cols / (k - 1),
        residual=(total - rows - cols) / ((n - 1) * (k - 1)),
    )


def intraclass_correlations(ratings: Any) -> tuple[dict[str, Figure], int]:
    """The six Shrout & Fleiss ICCs and how many complete items ICC(2) and ICC(3) used.

    ICC(2) and ICC(3) model raters crossed with items, so they need a complete design: only the items
    rated by every rater are used (listwise deletion). ICC(1) is the one-way model, which does not need
    the same raters on every item: it uses every item with 2 or more ratings, through the unbalanced
    one-way ANOVA (k replaced by k0 = (N - sum n_i^2 / N) / (n - 1); Searle 1971), which equals Shrout &
    Fleiss's formula when the data are complete. So a committee whose evaluators each score part of the
    portfolio still gets ICC(1). Undefined with fewer than 2 raters or 2 usable items, or when a
    denominator is 0 (no variation between items).
    """
    matrix = as_matrix(ratings)
    complete = matrix[~np.isnan(matrix).any(axis=1)]
    n, k = complete.shape
    if k < 2:
        return _all_undefined(_undefined("too_few_raters", raters=k)), n
    figures = _one_way(matrix)
    if n < 2:
        reason = _undefined("too_few_complete_items", raters=k, complete=n, items=len(matrix))
        return _in_order({**{f: Figure(None, reason) for f in TWO_WAY_FORMS}, **figures}), n
    ms = mean_squares(complete)
    b, e, j = ms.between_items, ms.residual, ms.between_raters
    fractions = {
        "icc2": (b - e, b + (k - 1) * e + k * (j - e) / n),
        "icc3": (b - e, b + (k - 1) * e),
        "icc2k": (b - e, b + (j - e) / n),
        "icc3k": (b - e, b),
    }
    # A denominator is 0 (up to rounding) when the item means are equal; ICC(2,k)'s can even fall below 0 when
    # the raters' differences outweigh the items'. Neither gives a meaningful ratio.
    tiny = _tiny(complete)
    reason = _no_spread_reason(complete, b, tiny)
    two_way = {f: Figure(num / den) if den > tiny else Figure(None, reason) for f, (num, den) in fractions.items()}
    return _in_order({**two_way, **figures}), n


def _in_order(figures: dict[str, Figure]) -> dict[str, Figure]:
    return {form: figures[form] for form in ICC_FORMS}


def _one_way(matrix: np.ndarray) -> dict[str, Figure]:
    """ICC(1,1) and ICC(1,k) from every item with 2 or more ratings; k is k0, the effective raters per item."""
    counts = (~np.isnan(matrix)).sum(axis=1)
    rows = matrix[counts >= 2]
    sizes = counts[counts >= 2].astype(float)
    n, total = len(rows), float(sizes.sum())
    if n < 2:
        reason = _undefined("too_few_rated_items", items=n)
        return {f: Figure(None, reason) for f in ONE_WAY_FORMS}
    means = np.nanmean(rows, axis=1)
    grand = float(np.nansum(rows)) / total
    between = float((sizes * (means - grand) ** 2).sum()) / (n - 1)
    within = float(np.nansum((rows - means[:, None]) ** 2)) / (total - n)
    k0 = (total - float((sizes**2).sum()) / total) / (n - 1)
    values = rows[~np.isnan(rows)]
    tiny = _tiny(values)
    reason = _no_spread_reason(values, between, tiny)
    fractions = {"icc1": (between - within, between + (k0 - 1) * within), "icc1k": (between - within, between)}
    return {f: Figure(num / den) if den > tiny else Figure(None, reason) for f, (num, den) in fractions.items()}


def _tiny(values: np.ndarray) -> float:
    return 1e-12 * max(1.0, float(np.mean(values**2)))


def _no_spread_reason(complete: np.ndarray, between_items: float, tiny: float) -> Undefined:
    if float(np.ptp(complete)) <= tiny:
        return _undefined("constant")
    return _undefined("no_spread", square=float(rounded(between_items, 3)))


def _all_undefined(reason: Undefined) -> dict[str, Figure]:
    return {f: Figure(None, reason) for f in ICC_FORMS}


# ---- Krippendorff's alpha ----

Delta = Callable[[np.ndarray, np.ndarray], np.ndarray]


def _nominal(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a != b).astype(float)


def _interval(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a - b) ** 2


def _ratio(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a, b = np.broadcast_arrays(a, b)
    total = a + b
    quotient = np.divide(a - b, total, out=np.zeros(total.shape), where=total != 0)  # 0 and 0: no difference
    return quotient**2


# Ordinal differences are interval differences of the values' mid-ranks (see _mid_ranks), so they share _interval.
_DELTAS: dict[Metric, Delta] = {"nominal": _nominal, "ordinal": _interval, "interval": _interval, "ratio": _ratio}


def krippendorff_alpha(ratings: Any, metric: Metric) -> Figure:
    """Krippendorff's alpha = 1 - D_o / D_e, by the coincidence-matrix method of Krippendorff (2011).

    Missing ratings are allowed: an item with fewer than 2 ratings is not pairable and is left out; an item
    with m ratings adds each of its m(m-1) ordered pairs with weight 1/(m-1). The coincidence matrix is never
    built: summing the difference function over the pairs gives the same D_o and D_e.
    """
    units = pairable_units(as_matrix(ratings))
    values = units[~np.isnan(units)]
    if values.size < 2:
        return Figure(None, _undefined("no_pairs"))
    if metric == "ratio" and bool((values < 0).any()):
        return Figure(None, _undefined("negative_ratio"))
    if metric == "ordinal":
        units, values = _mid_ranks(units, values)
    delta = _DELTAS[metric]
    expected = _all_pairs_sum(values, delta)
    if expected <= 0.0:
        return Figure(None, _undefined("no_variance"))
    observed = _within_unit_sum(units, delta)
    return Figure(1.0 - (values.size - 1) * observed / expected)


def pairable_units(matrix: np.ndarray) -> np.ndarray:
    """The items with 2 or more ratings: the only ones alpha can pair."""
    return matrix[(~np.isnan(matrix)).sum(axis=1) >= 2]


def _mid_ranks(units: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each value c as its mid-rank n_<c + n_c/2 among the pairable values.

    Krippendorff's ordinal difference, (sum of n_g for g from c to k, minus (n_c + n_k)/2) squared, is then
    the squared difference of mid-ranks: the interval difference function applies unchanged.
    """
    unique, counts = np.unique(values, return_counts=True)
    mid = np.cumsum(counts) - counts / 2.0
    present = ~np.isnan(units)
    ranked = np.full(units.shape, np.nan)
    ranked[present] = mid[np.searchsorted(unique, units[present])]
    return ranked, mid[np.searchsorted(unique, values)]


def _within_unit_sum(units: np.ndarray, delta: Delta) -> float:
    """n * D_o: over each unit's ordered pairs of values, the difference weighted by 1 / (m_u - 1)."""
    present = ~np.isnan(units)
    weights = 1.0 / (present.sum(axis=1) - 1)
    raters = units.shape[1]
    step = max(1, _BLOCK // (raters * raters))
    total = 0.0
    for start in range(0, len(units), step):
        block, mask = units[start : start + step], present[start : start + step]
        pairs = mask[:, :, None] & mask[:, None, :]
        differences = np.where(pairs, delta(block[:, :, None], block[:, None, :]), 0.0)
        total += float(differences.sum(axis=(1, 2)) @ weights[start : start + step])
    return total


def _all_pairs_sum(values: np.ndarray, delta: Delta) -> float:
    """n (n - 1) * D_e: the difference over every ordered pair of pairable values, by distinct value."""
    unique, counts = np.unique(values, return_counts=True)
    weights = counts.astype(float)
    step = max(1, _BLOCK // len(unique))
    total = 0.0
    for start in range(0, len(unique), step):
        block = delta(unique[start : start + step, None], unique[None, :])
        total += float(weights[start : start + step] @ block @ weights)
    return total


# ---- both together ----


def as_matrix(ratings: Any) -> np.ndarray:
    matrix = np.asarray(ratings, dtype=float)
    if matrix.ndim != 2:
        raise ValueError(f"ratings must be an items x raters matrix, not of shape {matrix.shape}")
    return matrix


def agreement(ratings: Any) -> Agreement:
    """Every ICC form and alpha metric of one items x raters matrix (NaN where a rating is missing)."""
    matrix = as_matrix(ratings)
    iccs, complete = intraclass_correlations(matrix)
    figures = {**iccs, **{f"alpha_{m}": krippendorff_alpha(matrix, m) for m in METRICS}}
    values: dict[str, Any] = {name: f.value for name, f in figures.items()}
    return Agreement(
        **values,
        items=matrix.shape[0],
        raters=matrix.shape[1],
        complete_items=complete,
        pairable_values=int((~np.isnan(pairable_units(matrix))).sum()),
        reasons=Reasons({name: f.why for name, f in figures.items() if f.why is not None}),
    )


# ---- the store's final evaluations ----


@dataclass(frozen=True)
class PanelAgreement:
    """Agreement of the evaluators' final evaluations on the total and on each sub-criterion's level."""

    total: Agreement
    subcriteria: dict[str, Agreement]
    items: int  # proposals with a final evaluation
    raters: int  # evaluators with a final evaluation

    def to_json(self) -> dict[str, Any]:
        return {
            "total": self.total.to_json(),
            "subcriteria": {s: a.to_json() for s, a in self.subcriteria.items()},
            "items": self.items,
            "raters": self.raters,
        }


def panel_agreement(scored: pd.DataFrame, levels: pd.DataFrame) -> PanelAgreement:
    """Agreement of FINAL evaluations: item = proposal, rater = evaluator, keyed by evaluator_uuid (the
    frame's `evaluator` column is the display name).

    `scored` and `levels` are what ranking.evaluation_scores returns. Should one evaluator have two final
    evaluations of one proposal (the store refuses a second one with the same rubric version), their mean is
    used: the evaluations frame carries no time to pick the latest by.
    """
    final = scored[scored["state"] == str(EvaluationState.FINAL)]
    item_codes, items = pd.factorize(final["proposal_uuid"], sort=True)
    rater_codes, raters = pd.factorize(final["evaluator_uuid"], sort=True)
    cells = (item_codes, rater_codes)
    shape = (len(items), len(raters))
    counts = np.zeros(shape)
    np.add.at(counts, cells, 1.0)

    def matrix(values: np.ndarray) -> np.ndarray:
        sums = np.zeros(shape)
        np.add.at(sums, cells, values)
        with np.errstate(invalid="ignore"):
            return sums / counts  # 0 / 0 = NaN: the evaluator did not rate the proposal

    sub_levels = levels.loc[final.index]
    return PanelAgreement(
        total=agreement(matrix(final[TOTAL].to_numpy(dtype=float))),
        subcriteria={str(s): agreement(matrix(sub_levels[s].to_numpy(dtype=float))) for s in levels.columns},
        items=len(items),
        raters=len(raters),
    )


def store_agreement(store: Store, rubric: Rubric) -> PanelAgreement:
    return panel_agreement(*evaluation_scores(store, rubric))
