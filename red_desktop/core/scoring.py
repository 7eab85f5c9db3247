"""Scoring of evaluations against a rubric, vectorised over many evaluations at once.

Criterion score = weighted mean of its sub-criterion levels (0-4). Total = sum over criteria of
weight x criterion score / 4, with the weight profile of the proposal's region type normalised to
100, so a total lies in 0-100. A missing sub-score counts as 0 and marks the evaluation
incomplete: its total is then a partial total, a lower bound of the final one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from red_desktop.core.domain import RegionType
from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.messages import msg
from red_desktop.core.rubric import Rubric

if TYPE_CHECKING:
    import pandas as pd

TOTAL = "total"
COMPLETE = "complete"
MISSING = "missing"


def subcriterion_weights(rubric: Rubric) -> np.ndarray:
    """S x C matrix: the share of each sub-criterion in its criterion's score (columns sum to 1)."""
    subs = rubric.subcriteria
    matrix = np.zeros((len(subs), len(rubric.criteria)))
    for c_index, criterion in enumerate(rubric.criteria):
        total = sum(s.weight for s in criterion.subcriteria)
        for s in criterion.subcriteria:
            matrix[subs.index(s), c_index] = s.weight / total
    return matrix


def profile_weights(rubric: Rubric, region_types: Sequence[RegionType | str | None]) -> np.ndarray:
    """E x C matrix of each evaluation's criterion weights as the rubric gives them (each profile sums to 100)."""
    names = sorted(rubric.weight_profiles)
    table = np.array([[rubric.weight_profiles[n][c] for c in rubric.criterion_ids] for n in names], dtype=float)
    index = {n: i for i, n in enumerate(names)}
    rows = [index[rubric.profile_name(rt)] for rt in region_types]
    return table[np.asarray(rows, dtype=int)]


def level_matrix(scores: pd.DataFrame, rubric: Rubric, evaluation_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """Long scores (evaluation_uuid, subcriterion_id, level) to an evaluations x sub-criteria matrix, NaN where missing.

    Rows follow `evaluation_ids` (default: order of first appearance); scores of other evaluations or of
    sub-criteria the rubric does not have are left out.
    """
    import pandas as pd  # noqa: PLC0415 (the scoring form scores one evaluation before pandas is loaded)

    sub_ids = pd.Index([s.id for s in rubric.subcriteria], name="subcriterion_id")
    ids = list(pd.unique(scores["evaluation_uuid"]) if evaluation_ids is None else evaluation_ids)
    index = pd.Index(ids, name="evaluation_uuid")
    rows = index.get_indexer(pd.Index(scores["evaluation_uuid"]))
    cols = sub_ids.get_indexer(pd.Index(scores["subcriterion_id"]))
    ok = (rows >= 0) & (cols >= 0)
    matrix = np.full((len(index), len(sub_ids)), np.nan)
    matrix[rows[ok], cols[ok]] = scores["level"].to_numpy(dtype=float)[ok]
    return pd.DataFrame(matrix, index=index, columns=sub_ids)


def score_matrix(levels: pd.DataFrame, region_types: Sequence[RegionType | str | None], rubric: Rubric) -> pd.DataFrame:
    """Per evaluation: each criterion's score (0-4), the total (0-100), completeness and the missing count."""
    import pandas as pd  # noqa: PLC0415 (as in level_matrix)

    criteria, total, missing = _scores(levels.to_numpy(dtype=float), region_types, rubric)
    result = pd.DataFrame(criteria, index=levels.index, columns=list(rubric.criterion_ids))
    result[TOTAL] = total
    result[MISSING] = missing.sum(axis=1)
    result[COMPLETE] = result[MISSING] == 0
    return result


def _scores(
    values: np.ndarray, region_types: Sequence[RegionType | str | None], rubric: Rubric
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """E x S levels (NaN: missing) to E x C criterion scores, E totals and the E x S missing mask."""
    missing = np.isnan(values)
    criteria = np.where(missing, 0.0, values) @ subcriterion_weights(rubric)
    weights = profile_weights(rubric, region_types)
    # Σ w·s first, one division last: exact for whole-number weights and levels (75.0, not 75.00000000000001)
    total = 100.0 * (criteria * weights).sum(axis=1) / (rubric.scale_max * weights.sum(axis=1))
    return criteria, total, missing


@dataclass(frozen=True)
class EvaluationScore:
    criteria: dict[str, float]
    total: float
    missing: tuple[str, ...]
    weights: dict[str, float]

    @property
    def complete(self) -> bool:
        return not self.missing


def score_levels(levels: Mapping[str, int], rubric: Rubric, region_type: RegionType | str | None) -> EvaluationScore:
    """Score one evaluation (the live total of a scoring form) with the same arithmetic as the batch."""
    check_levels(levels, rubric)
    values = np.array([[levels.get(s.id, np.nan) for s in rubric.subcriteria]], dtype=float)
    criteria, total, _ = _scores(values, [region_type], rubric)  # no DataFrame: a form rescores on every keystroke
    return EvaluationScore(
        criteria={c: float(v) for c, v in zip(rubric.criterion_ids, criteria[0], strict=True)},
        total=float(total[0]),
        missing=tuple(s.id for s in rubric.subcriteria if s.id not in levels),
        weights=rubric.weights_for(region_type),
    )


def level_problems(sub_id: str, level: object, rubric: Rubric) -> list[Problem]:
    known = {s.id for s in rubric.subcriteria}
    if sub_id not in known:
        said = msg(
            "unknown_subcriterion",
            "is not a sub-criterion of rubric {rubric} {version}",
            rubric=rubric.id,
            version=rubric.version,
        )
        return [Problem(sub_id, said)]
    if not isinstance(level, int) or isinstance(level, bool) or level not in rubric.levels:
        said = msg(
            "not_a_level",
            "level must be a whole number from {low} to {high}",
            low=rubric.scale_min,
            high=rubric.scale_max,
        )
        return [Problem(sub_id, said, level)]
    return []


def check_levels(levels: Mapping[str, object], rubric: Rubric) -> None:
    problems = [p for sub_id, level in levels.items() for p in level_problems(sub_id, level, rubric)]
    if problems:
        raise ValidationError(msg("scores", "Scores"), problems)
