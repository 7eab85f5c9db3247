"""Committee aggregate: mean or median of final evaluations, spread, contested reasons, ranking with ties."""

from __future__ import annotations

import pandas as pd
import pytest

from red_desktop.core.aggregation import Method, aggregate, competition_rank, ranking_order
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import level_matrix, score_matrix

SUBS = ["A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4"]


def uniform(level: int, **exceptions: int) -> dict[str, int]:
    return {s: exceptions.get(s, level) for s in SUBS}


def scored(rubric: Rubric, rows: list[tuple[str, str, str, str, dict[str, int]]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """rows: (evaluation id, proposal, evaluator, state, levels); all proposals emerging."""
    meta = pd.DataFrame(
        [
            {"evaluation_uuid": e, "proposal_uuid": p, "evaluator": who, "state": state, "region_type": "emerging"}
            for e, p, who, state, _ in rows
        ]
    ).set_index("evaluation_uuid")
    long = pd.DataFrame(
        [{"evaluation_uuid": e, "subcriterion_id": s, "level": v} for e, _, _, _, lv in rows for s, v in lv.items()]
    )
    levels = level_matrix(long, rubric, list(meta.index))
    return meta.join(score_matrix(levels, meta["region_type"].tolist(), rubric)), levels


def test_mean_median_and_spread(rubric: Rubric) -> None:
    # uniform levels 2, 3, 4 give totals 50, 75, 100 whatever the profile
    evaluations, levels = scored(
        rubric,
        [
            ("e1", "P", "Ana", "final", uniform(2)),
            ("e2", "P", "Luis", "final", uniform(3)),
            ("e3", "P", "Rosa", "final", uniform(3)),
        ],
    )
    mean = aggregate(evaluations, levels, rubric, Method.MEAN).loc["P"]
    assert mean["total"] == pytest.approx((50 + 75 + 75) / 3)
    assert mean["A"] == pytest.approx(8 / 3)
    assert mean["spread"] == pytest.approx(25)
    assert mean["evaluations"] == 3
    median = aggregate(evaluations, levels, rubric, Method.MEDIAN).loc["P"]
    assert median["total"] == pytest.approx(75)
    assert median["B"] == pytest.approx(3)


def test_drafts_are_left_out(rubric: Rubric) -> None:
    evaluations, levels = scored(
        rubric,
        [
            ("e1", "P", "Ana", "final", uniform(3)),
            ("e2", "P", "Luis", "draft", uniform(0)),
            ("e3", "Q", "Luis", "draft", uniform(4)),
        ],
    )
    result = aggregate(evaluations, levels, rubric)
    assert list(result.index) == ["P"]
    assert result.loc["P", "total"] == pytest.approx(75)
    assert result.loc["P", "evaluations"] == 1
    assert [r.kind for r in result.loc["P", "reasons"]] == ["single"]  # see the single-evaluation test


def test_a_single_evaluation_is_flagged_and_has_no_spread(rubric: Rubric) -> None:
    """One evaluator's score is not an agreed one: no spread (not 0.0) and a "single" reason, whatever the total."""
    evaluations, levels = scored(
        rubric,
        [
            ("e1", "P", "Ana", "final", uniform(3)),
            ("e2", "Q", "Ana", "final", uniform(3)),
            ("e3", "Q", "Luis", "final", uniform(3)),
        ],
    )
    result = aggregate(evaluations, levels, rubric)
    assert pd.isna(result.loc["P", "spread"]) and result.loc["Q", "spread"] == 0.0
    assert result.loc["P", "contested"] and not result.loc["Q", "contested"]
    (reason,) = result.loc["P", "reasons"]
    assert reason.kind == "single" and "single final evaluation" in reason.message


def test_a_spread_over_the_threshold_is_contested_with_its_reason(rubric: Rubric) -> None:
    evaluations, levels = scored(
        rubric,
        [
            ("e1", "P", "Ana", "final", uniform(2, A1=3)),  # A = 2.2: total 50 + 30 × 0.2 / 4 = 51.5
            ("e2", "P", "Luis", "final", uniform(3)),
        ],
    )
    result = aggregate(evaluations, levels, rubric, spread_threshold=15).loc["P"]
    assert result["spread"] > 15
    assert result["contested"]
    assert [r.kind for r in result["reasons"]] == ["spread"]
    assert "over the threshold of 15" in result["reasons"][0].message


def test_a_spread_equal_to_the_threshold_is_not_contested(rubric: Rubric) -> None:
    evaluations, levels = scored(
        rubric, [("e1", "P", "Ana", "final", uniform(2)), ("e2", "P", "Luis", "final", uniform(3))]
    )
    assert not aggregate(evaluations, levels, rubric, spread_threshold=25).loc["P", "contested"]
    assert aggregate(evaluations, levels, rubric, spread_threshold=24.9).loc["P", "contested"]


def test_two_levels_apart_on_a_sub_criterion_is_contested_naming_who(rubric: Rubric) -> None:
    evaluations, levels = scored(
        rubric,
        [
            ("e1", "P", "Ana", "final", uniform(2, B2=1)),
            ("e2", "P", "Luis", "final", uniform(2, B2=3)),
            ("e3", "P", "Rosa", "final", uniform(2)),
        ],
    )
    result = aggregate(evaluations, levels, rubric).loc["P"]
    assert result["contested"]
    (reason,) = result["reasons"]
    assert (reason.kind, reason.subcriterion_id, reason.evaluators, reason.levels) == (
        "subcriterion",
        "B2",
        ("Ana", "Luis"),
        (1, 3),
    )
    assert reason.message.startswith("B2 ")


def test_a_sub_criterion_missing_from_every_evaluation_is_skipped(rubric: Rubric) -> None:
    without_c4 = {s: v for s, v in uniform(2, B2=0).items() if s != "C4"}
    evaluations, levels = scored(
        rubric,
        [
            ("e1", "P", "Ana", "final", without_c4),
            ("e2", "P", "Luis", "final", {s: v for s, v in uniform(2).items() if s != "C4"}),
        ],
    )
    (reason,) = aggregate(evaluations, levels, rubric).loc["P", "reasons"]
    assert reason.subcriterion_id == "B2"


def test_one_level_apart_everywhere_is_not_contested(rubric: Rubric) -> None:
    evaluations, levels = scored(
        rubric,
        [
            ("e1", "P", "Ana", "final", uniform(2, A1=1, C4=3)),
            ("e2", "P", "Luis", "final", uniform(2, A1=2, C4=2)),
        ],
    )
    assert not aggregate(evaluations, levels, rubric).loc["P", "contested"]


def test_competition_ranking_with_ties_and_missing_totals() -> None:
    totals = pd.Series({"a": 70.0, "b": 90.0, "c": 80.0, "d": 80.0, "e": float("nan")})
    ranks = competition_rank(totals)
    assert ranks.drop("e").to_dict() == {"a": 4, "b": 1, "c": 2, "d": 2}
    assert pd.isna(ranks["e"])
    codes = pd.Series({"a": "RED-A", "b": "RED-B", "c": "RED-D", "d": "RED-C", "e": "RED-E"})
    assert list(ranking_order(totals, codes)) == ["b", "d", "c", "a", "e"]
