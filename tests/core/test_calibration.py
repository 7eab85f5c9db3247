"""Evaluator calibration against hand-computed cases: leave-one-out deviations, labels only with enough evidence."""

from __future__ import annotations

import pandas as pd
import pytest

from red_desktop.core.calibration import MIN_POINTS, calibrate, calibrated_totals, deviations, tendency
from red_desktop.core.plain_words import read_calibration
from red_desktop.core.ranking import evaluation_scores
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


def scored(rows: list[tuple[str, str, float, str]]) -> pd.DataFrame:
    """(proposal, evaluator, total, state) -> the frame evaluation_scores gives (only the columns used)."""
    frame = pd.DataFrame(rows, columns=["proposal_uuid", "evaluator", "total", "state"])
    frame["evaluator_uuid"] = "u-" + frame["evaluator"]
    frame.index = pd.Index([f"e{i}" for i in range(len(frame))], name="evaluation_uuid")
    return frame


# Three evaluators, three proposals: A always 10 under B, C always 10 over B.
STEADY = scored(
    [
        (p, e, t, "final")
        for p, base in (("P1", 60), ("P2", 50), ("P3", 70))
        for e, t in (("A", base - 10), ("B", base), ("C", base + 10))
    ]
)


def test_deviations_are_from_the_other_evaluators_mean() -> None:
    dev = deviations(STEADY).set_index(["proposal_uuid", "evaluator"])["deviation"]
    assert dev[("P1", "A")] == pytest.approx(50 - (60 + 70) / 2)  # -15, not -10: A is left out of its own consensus
    assert dev[("P1", "B")] == pytest.approx(0.0)
    assert dev[("P3", "C")] == pytest.approx(80 - (60 + 70) / 2)


def test_a_steadily_harsh_and_a_steadily_lenient_evaluator_are_named() -> None:
    lines = {c.evaluator: c for c in calibrate(STEADY)}
    assert [c.evaluator for c in calibrate(STEADY)] == ["A", "B", "C"]  # harshest first
    assert (lines["A"].proposals, lines["A"].mean_deviation, lines["A"].tendency) == (3, pytest.approx(-15.0), "harsh")
    assert (lines["B"].mean_deviation, lines["B"].tendency) == (pytest.approx(0.0), "in line")
    assert lines["C"].tendency == "lenient" and lines["C"].sd == pytest.approx(0.0)


def test_calibrated_totals_remove_each_evaluators_tendency() -> None:
    rows = [("P1", "A", 45), ("P2", "A", 35), ("P3", "A", 55), ("P4", "A", 40), ("P4", "B", 60)]
    rows += [(p, e, base) for p, base in (("P1", 60), ("P2", 50), ("P3", 70)) for e in ("B", "C")]
    calibrated = calibrated_totals(scored([(p, e, t, "final") for p, e, t in rows]))
    # Mean deviations: A (-15 -15 -15 -20) / 4 = -16.25; B (7.5 * 3 + 20) / 4 = 10.625; C 7.5.
    assert calibrated["P1"] == pytest.approx((45 + 16.25 + 60 - 10.625 + 60 - 7.5) / 3)
    assert calibrated["P4"] == pytest.approx((40 + 16.25 + 60 - 10.625) / 2)  # 52.8: the harsh A scored it
    assert calibrated["P4"] > 50


def test_noisy_or_scarce_evidence_labels_nobody() -> None:
    noisy = scored(
        [("P1", "A", 40, "final"), ("P1", "B", 60, "final"), ("P2", "A", 70, "final"), ("P2", "B", 50, "final"),
         ("P3", "A", 45, "final"), ("P3", "B", 60, "final")]
    )  # fmt: skip
    assert {c.evaluator: c.tendency for c in calibrate(noisy)} == {"A": "in line", "B": "in line"}  # mean -5, se 10
    two = scored(
        [("P1", "A", 30, "final"), ("P1", "B", 70, "final"), ("P2", "A", 30, "final"), ("P2", "B", 70, "final")]
    )
    assert {c.tendency for c in calibrate(two)} == {"too few proposals"}


def test_lone_and_draft_evaluations_are_left_out() -> None:
    frame = scored([("P1", "A", 40, "final"), ("P2", "B", 60, "final"), ("P2", "C", 80, "draft")])
    lines = {c.evaluator: c for c in calibrate(frame)}
    assert set(lines) == {"A", "B"}  # C has no final evaluation
    assert (lines["A"].proposals, lines["A"].mean_deviation, lines["A"].tendency) == (0, None, "too few proposals")
    assert deviations(frame).empty


def test_the_demo_store_has_calibration_for_every_evaluator(store: Store, rubric: Rubric) -> None:
    from red_desktop.core.demo import build_demo

    build_demo(store, rubric, proposals=60, evaluators=5, seed=3)
    frame, _ = evaluation_scores(store, rubric)
    lines = calibrate(frame)
    assert len(lines) == 5 and all(c.proposals > 0 for c in lines)
    assert sum(c.proposals for c in lines) == len(deviations(frame))


# ---- one rule for the label and the bar (issue 14, item 6) ----


def spread_out(mean: float, noise: float, n: int = 6) -> pd.DataFrame:
    """Evaluator X deviates by `mean` ± `noise` (alternating) from B and C, who agree, over n proposals."""
    rows = []
    for i in range(n):
        base = 50.0 + 3 * i
        rows += [(f"P{i}", "B", base, "final"), (f"P{i}", "C", base, "final")]
        rows.append((f"P{i}", "X", base + mean + (noise if i % 2 else -noise), "final"))
    return scored(rows)


@pytest.mark.parametrize(
    ("mean", "noise", "tendency"),
    [
        (4.2, 0.5, "in line"),  # the reported case: +4.2, interval excluding zero, below 5 points
        (6.0, 0.5, "lenient"),  # 5 points or more and the interval excludes zero
        (-6.0, 0.5, "harsh"),
        (6.0, 30.0, "in line"),  # 5 points or more, but the interval reaches over zero
    ],
)
def test_the_label_follows_the_stated_rule_on_the_interval_drawn(mean: float, noise: float, tendency: str) -> None:
    """Harsh or lenient exactly when |mean| >= 5 points AND mean ± 2 SE (the chart's error bar) excludes zero."""
    x = next(c for c in calibrate(spread_out(mean, noise)) if c.evaluator == "X")
    assert x.tendency == tendency
    assert x.interval is not None
    low, high = x.interval
    assert (low, high) == pytest.approx(
        (x.mean_deviation - 2 * x.standard_error, x.mean_deviation + 2 * x.standard_error)
    )
    labelled = x.tendency in ("harsh", "lenient")
    assert labelled == (x.excludes_zero and abs(x.mean_deviation) >= MIN_POINTS)


def test_in_line_with_an_interval_excluding_zero_is_a_small_consistent_difference() -> None:
    x = next(c for c in calibrate(spread_out(4.2, 0.5)) if c.evaluator == "X")
    assert x.excludes_zero and x.tendency == "in line"
    reading = read_calibration(calibrate(spread_out(4.2, 0.5)))  # B and C sit steadily -2.1 below X's colleagues
    assert (reading.in_line, reading.small_but_consistent, reading.harsh, reading.lenient) == (3, 3, 0, 0)


def test_the_rule_without_a_standard_error_labels_nobody() -> None:
    assert tendency(5, 8.0, None, min_points=5.0, min_proposals=1) == "in line"
    assert tendency(2, 8.0, 0.1) == "too few proposals"
