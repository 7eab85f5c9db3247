"""Scoring against hand-computed cases: each weight profile, incomplete evaluations, sub-criterion weights."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from red_desktop import paths
from red_desktop.core.errors import ValidationError
from red_desktop.core.rubric import Rubric, load_rubric, parse_rubric
from red_desktop.core.scoring import score_levels

DEFAULT = load_rubric(paths.default_rubric_path())
SUBS = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4"]


def levels(*values: int | None) -> dict[str, int]:
    return {s: v for s, v in zip(SUBS, values) if v is not None}


# A all 4, B all 2, C all 0: criterion scores 4 / 2 / 0.
EXTREMES = levels(4, 4, 4, 4, 4, 2, 2, 2, 2, 0, 0, 0, 0)


@pytest.mark.parametrize(
    "region_type, total",
    [
        ("marginalized", (45 * 4 + 25 * 2 + 30 * 0) / 4),  # 57.5
        ("emerging", (30 * 4 + 35 * 2 + 35 * 0) / 4),  # 47.5
        ("declining", (30 * 4 + 45 * 2 + 25 * 0) / 4),  # 52.5
        (None, (35 * 4 + 35 * 2 + 30 * 0) / 4),  # 52.5, the profile for an unset region type
    ],
)
def test_each_region_type_uses_its_weight_profile(rubric: Rubric, region_type: str | None, total: float) -> None:
    result = score_levels(EXTREMES, rubric, region_type)
    assert result.criteria == {"A": 4.0, "B": 2.0, "C": 0.0}
    assert result.total == pytest.approx(total)
    assert result.complete


def test_mixed_levels_by_hand(rubric: Rubric) -> None:
    # A: (3+2+4+1+0)/5 = 2.0; B: (4+3+3+2)/4 = 3.0; C: (1+2+3+4)/4 = 2.5
    result = score_levels(levels(3, 2, 4, 1, 0, 4, 3, 3, 2, 1, 2, 3, 4), rubric, "marginalized")
    assert result.criteria == pytest.approx({"A": 2.0, "B": 3.0, "C": 2.5})
    assert result.total == pytest.approx((45 * 2.0 + 25 * 3.0 + 30 * 2.5) / 4)  # 60.0


def test_all_fours_is_100_and_all_zeros_is_0(rubric: Rubric) -> None:
    assert score_levels({s: 4 for s in SUBS}, rubric, "emerging").total == pytest.approx(100.0)
    assert score_levels({s: 0 for s in SUBS}, rubric, "emerging").total == 0.0


def test_an_incomplete_evaluation_gives_a_partial_total(rubric: Rubric) -> None:
    partial = levels(3, 2, 4, 1, None, 4, 3, 3, 2, 1, 2, 3, None)
    result = score_levels(partial, rubric, "marginalized")
    assert not result.complete
    assert result.missing == ("A5", "C4")
    # A: (3+2+4+1+0)/5 = 2.0; C: (1+2+3+0)/4 = 1.5 — a missing score counts as 0
    assert result.criteria == pytest.approx({"A": 2.0, "B": 3.0, "C": 1.5})
    assert result.total == pytest.approx((45 * 2.0 + 25 * 3.0 + 30 * 1.5) / 4)


def test_an_empty_evaluation_is_zero_and_incomplete(rubric: Rubric) -> None:
    result = score_levels({}, rubric, None)
    assert result.total == 0.0 and len(result.missing) == 13


def test_sub_criterion_weights_make_a_weighted_mean() -> None:
    data = json.loads(paths.default_rubric_path().read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    data["criteria"][0]["subcriteria"][0]["weight"] = 3  # A1 counts three times
    weighted = parse_rubric(data)
    result = score_levels(levels(4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), weighted, "emerging")
    assert result.criteria["A"] == pytest.approx(4 * 3 / 7)


@pytest.mark.parametrize("bad", [5, -1, "3", 2.5, True, None])
def test_a_level_outside_the_scale_is_refused(rubric: Rubric, bad: object) -> None:
    with pytest.raises(ValidationError, match="A1: level must be a whole number from 0 to 4"):
        score_levels({"A1": bad}, rubric, None)  # type: ignore[dict-item]


def test_an_unknown_sub_criterion_is_refused(rubric: Rubric) -> None:
    with pytest.raises(ValidationError, match="Z9: is not a sub-criterion"):
        score_levels({"Z9": 2}, rubric, None)


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(st.sampled_from(SUBS), st.integers(0, 4)),
    st.sampled_from(["marginalized", "emerging", "declining", None]),
)
def test_vectorised_total_matches_the_formula_written_out(levels_: dict[str, int], region_type: str | None) -> None:
    rubric = DEFAULT  # hypothesis runs many examples per test call, so no function-scoped fixture
    result = score_levels(levels_, rubric, region_type)
    weights = rubric.weights_for(region_type)
    expected = 0.0
    for criterion in rubric.criteria:
        subs = criterion.subcriteria
        score = sum(levels_.get(s.id, 0) for s in subs) / len(subs)
        expected += weights[criterion.id] * score / 4
    assert result.total == pytest.approx(expected)
    assert 0.0 <= result.total <= 100.0
