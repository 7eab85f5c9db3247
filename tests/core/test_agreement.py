"""Inter-rater agreement: published worked examples, hand-computed cases, the ratings CSV reader, the store."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from red_desktop.core.agreement import (
    FIGURES,
    ICC_FORMS,
    METRICS,
    Metric,
    agreement,
    intraclass_correlations,
    krippendorff_alpha,
    mean_squares,
    panel_agreement,
    store_agreement,
)
from red_desktop.core.demo import build_demo
from red_desktop.core.errors import NotFoundError, RedDesktopError, ValidationError
from red_desktop.core.plain_words import (
    ALPHA_BANDS,
    ICC_BANDS,
    NOMINAL_ON_TOTALS,
    alpha_band,
    icc_band,
    read_agreement,
    two_way_reason,
)
from red_desktop.core.ratings_csv import read_ratings_csv
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store

N = np.nan

# Shrout, P. E. & Fleiss, J. L. (1979) Intraclass correlations: uses in assessing rater reliability.
# Psychological Bulletin 86(2), 420-428, Table 2: 6 targets (rows) rated by 4 judges (columns).
SHROUT_FLEISS = np.array(
    [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]], dtype=float
)
# Published to two decimals: .17, .29, .71, .44, .62, .91; the same mean squares (BMS 11.24, WMS 6.26,
# JMS 32.49, EMS 1.02) give these to three.
SHROUT_FLEISS_ICC = {"icc1": 0.166, "icc2": 0.290, "icc3": 0.715, "icc1k": 0.443, "icc2k": 0.620, "icc3k": 0.909}

# Krippendorff, K. (2011) Computing Krippendorff's Alpha-Reliability, section C: 4 observers x 12 units with
# missing values (the same matrix as R irr's kripp.alpha example `nmm` and the tests of the `krippendorff`
# Python package), transposed here to units (items) x observers (raters).
KRIPPENDORFF = np.array(
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
        [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
    ]
).T
KRIPPENDORFF_ALPHA = {"nominal": 0.743, "ordinal": 0.815, "interval": 0.849, "ratio": 0.797}


def test_shrout_fleiss_table_2_gives_the_published_iccs() -> None:
    result = agreement(SHROUT_FLEISS)
    for form, published in SHROUT_FLEISS_ICC.items():
        assert getattr(result, form) == pytest.approx(published, abs=5e-4), form
    assert (result.items, result.raters, result.complete_items, result.dropped_items) == (6, 4, 6, 0)


@pytest.mark.parametrize("metric", METRICS)
def test_krippendorff_2011_section_c_gives_the_published_alphas(metric: Metric) -> None:
    assert krippendorff_alpha(KRIPPENDORFF, metric).value == pytest.approx(KRIPPENDORFF_ALPHA[metric], abs=5e-4)


def test_krippendorff_2011_counts_only_pairable_values() -> None:
    result = agreement(KRIPPENDORFF)
    assert result.pairable_values == 40  # 41 values; unit 12's single value cannot be paired
    assert result.complete_items == 8 and result.dropped_items == 4


def test_to_json_has_exactly_the_ten_figures() -> None:
    figures = agreement(KRIPPENDORFF).to_json()
    assert list(figures) == list(FIGURES) and len(figures) == 10
    assert all(isinstance(v, float) for v in figures.values())


# ---- hand-computed cases ----


def test_perfect_agreement_gives_one_everywhere() -> None:
    result = agreement([[1, 1, 1], [2, 2, 2], [4, 4, 4], [0, 0, 0]])
    assert all(v == pytest.approx(1.0) for v in result.to_json().values())
    assert result.reasons == {}


def test_a_rater_missing_on_some_items() -> None:
    """Units (1,1), (1,2), (2,-), (2,2): ICC on the 3 complete items; for alpha the 6 pairable values give
    o11 = o22 = 2, o12 = o21 = 1, n1 = n2 = 3, so alpha = 1 - (n-1) * 2 / (2 * 9) = 4/9 whatever the metric
    (with two values every difference function is one constant)."""
    ratings = [[1, 1], [1, 2], [2, N], [2, 2]]
    result = agreement(ratings)
    # complete items [[1,1],[1,2],[2,2]]: BMS = 1/2, WMS = JMS = EMS = 1/6
    expected = {"icc1": 0.5, "icc2": 0.5, "icc3": 0.5, "icc1k": 2 / 3, "icc2k": 2 / 3, "icc3k": 2 / 3}
    assert {f: getattr(result, f) for f in ICC_FORMS} == pytest.approx(expected)
    assert (result.complete_items, result.dropped_items, result.pairable_values) == (3, 1, 6)
    for metric in METRICS:
        assert getattr(result, f"alpha_{metric}") == pytest.approx(4 / 9), metric


def test_two_raters_one_always_a_point_higher() -> None:
    """Perfect consistency, imperfect absolute agreement. BMS = 10/3, JMS = 2, WMS = 1/2, EMS = 0;
    interval alpha: D_o = 1, D_e = 2 * 8 * 12 / (8 * 7), alpha = 1 - 56/192 = 17/24."""
    result = agreement([[1, 2], [2, 3], [3, 4], [4, 5]])
    expected = {"icc1": 17 / 23, "icc2": 10 / 13, "icc3": 1.0, "icc1k": 17 / 20, "icc2k": 20 / 23, "icc3k": 1.0}
    assert {f: getattr(result, f) for f in ICC_FORMS} == pytest.approx(expected)
    assert result.alpha_interval == pytest.approx(17 / 24)


def test_a_constant_item_among_disagreement() -> None:
    """Item means all 2 (BMS = 0): the single-rater forms are -1 or below, the average forms undefined.
    Nominal alpha: D_o = 4/6, D_e = 24/30 -> 1/6; interval: D_o = 16/6, D_e = 48/30 -> -2/3."""
    result = agreement([[2, 2], [1, 3], [3, 1]])
    assert (result.icc1, result.icc2, result.icc3) == pytest.approx((-1.0, -3.0, -1.0))
    assert result.icc1k is None and result.icc2k is None and result.icc3k is None
    assert "between-items mean square 0" in result.reasons["icc1k"]
    assert result.alpha_nominal == pytest.approx(1 / 6)
    assert result.alpha_interval == pytest.approx(-2 / 3)


def test_constant_everything_is_undefined_with_reasons() -> None:
    result = agreement([[3, 3, 3], [3, 3, N], [3, 3, 3]])
    assert all(v is None for v in result.to_json().values())
    assert set(result.reasons) == set(FIGURES)
    assert "every rating is the same" in result.reasons["icc1"]
    assert "expected disagreement 0" in result.reasons["alpha_interval"]


@pytest.mark.parametrize(
    "ratings, reason",
    [
        ([[1], [2], [3]], "at least 2 raters (got 1)"),
        (np.empty((0, 3)), "at least 2 items"),
    ],
)
def test_icc_undefined_without_two_raters_or_two_complete_items(ratings: object, reason: str) -> None:
    figures, _ = intraclass_correlations(ratings)
    assert all(f.value is None and reason in f.reason for f in figures.values())


def test_one_complete_item_leaves_every_icc_undefined_each_with_its_reason() -> None:
    figures, _ = intraclass_correlations([[1, 2], [2, N], [N, 3]])
    assert all(f.value is None for f in figures.values())
    assert "at least 2 items rated by all 2 raters (got 1 of 3 items)" in figures["icc3"].reason
    assert "at least 2 items with 2 or more ratings (got 1)" in figures["icc1"].reason


def test_icc1_of_a_panel_design_uses_the_unbalanced_one_way_anova() -> None:
    """Hand computation (Searle 1971, unbalanced one-way): items (1, 2), (3, 4, 5), (6, 8); N = 7, n = 3.

    Grand mean 29/7; MSB = [2(1.5-29/7)^2 + 3(4-29/7)^2 + 2(7-29/7)^2] / 2 = 15.178571;
    MSW = (0.5 + 2 + 2) / (7 - 3) = 1.125; k0 = (7 - 17/7) / 2 = 2.285714;
    ICC(1,1) = (MSB - MSW) / (MSB + (k0 - 1) MSW) = 0.845328; ICC(1,k) = (MSB - MSW) / MSB = 0.925882.
    """
    figures, complete = intraclass_correlations([[1, 2, N], [3, 4, 5], [6, N, 8]])
    assert figures["icc1"].value == pytest.approx(0.845328, abs=5e-7)
    assert figures["icc1k"].value == pytest.approx(0.925882, abs=5e-7)
    assert complete == 1 and figures["icc2"].value is None  # the crossed forms need complete items


def test_with_complete_data_the_one_way_forms_are_shrout_and_fleiss_own() -> None:
    rng = np.random.default_rng(3)
    complete = rng.integers(0, 5, size=(12, 4)).astype(float)
    figures, _ = intraclass_correlations(complete)
    ms = mean_squares(complete)
    b, w, k = ms.between_items, ms.within_items, 4
    assert figures["icc1"].value == pytest.approx((b - w) / (b + (k - 1) * w))
    assert figures["icc1k"].value == pytest.approx((b - w) / b)


def test_alpha_undefined_without_pairable_items() -> None:
    figure = krippendorff_alpha([[1, N], [N, 2], [3, N]], "interval")
    assert figure.value is None and "no item has 2 or more ratings" in figure.reason


def test_ratio_alpha_needs_non_negative_ratings_and_pairs_zeros() -> None:
    assert krippendorff_alpha([[-1, 1], [2, 2]], "ratio").value is None
    assert krippendorff_alpha([[0, 0], [1, 1], [2, 2]], "ratio").value == pytest.approx(1.0)


def _coincidence_alpha(ratings: np.ndarray, metric: Metric) -> float:
    """Krippendorff (2011) step by step: the coincidence matrix, its marginals, then D_o and D_e."""
    values = np.unique(ratings[~np.isnan(ratings)])
    index = {v: i for i, v in enumerate(values)}
    o = np.zeros((len(values), len(values)))
    for unit in ratings:
        present = unit[~np.isnan(unit)]
        for a, b in permutations(range(len(present)), 2):
            o[index[present[a]], index[present[b]]] += 1 / (len(present) - 1)
    n_c = o.sum(axis=1)
    n = n_c.sum()
    delta = np.zeros_like(o)
    for i, c in enumerate(values):
        for j, k in enumerate(values):
            if metric == "nominal":
                delta[i, j] = c != k
            elif metric == "ordinal":
                lo, hi = min(i, j), max(i, j)
                delta[i, j] = (n_c[lo : hi + 1].sum() - (n_c[i] + n_c[j]) / 2) ** 2
            elif metric == "interval":
                delta[i, j] = (c - k) ** 2
            else:
                delta[i, j] = ((c - k) / (c + k)) ** 2 if c + k else 0.0
    return float(1 - (n - 1) * (o * delta).sum() / (np.outer(n_c, n_c) * delta).sum())


@pytest.mark.parametrize("metric", METRICS)
def test_vectorised_alpha_matches_the_coincidence_matrix_method(metric: Metric) -> None:
    rng = np.random.default_rng(3)
    truth = rng.integers(0, 5, size=(80, 1))
    ratings = np.clip(truth + rng.integers(-1, 2, size=(80, 6)), 0, 4).astype(float)
    ratings[rng.random(ratings.shape) < 0.35] = np.nan
    assert krippendorff_alpha(ratings, metric).value == pytest.approx(_coincidence_alpha(ratings, metric))


def test_many_items_and_fine_grained_values_stay_quick() -> None:
    rng = np.random.default_rng(0)
    ratings = np.round(rng.normal(60, 15, (2000, 1)) + rng.normal(0, 5, (2000, 8)), 1)
    ratings[rng.random(ratings.shape) < 0.3] = np.nan
    result = agreement(ratings)
    assert result.items == 2000 and result.alpha_interval is not None and 0.8 < result.alpha_interval < 1


# ---- the ratings CSV reader ----


def _write(tmp_path: Path, content: str | bytes, name: str = "ratings.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_reads_a_comma_file_with_empty_cells_as_missing(tmp_path: Path) -> None:
    frame = read_ratings_csv(_write(tmp_path, "item,Ana,Ben,Caro\nP1,3,4,\nP2,2,,1\n\nP3,4,4,4\n"))
    assert list(frame.columns) == ["Ana", "Ben", "Caro"] and list(frame.index) == ["P1", "P2", "P3"]
    assert frame.loc["P2"].tolist() == pytest.approx([2.0, N, 1.0], nan_ok=True)


def test_reads_semicolons_with_decimal_commas_a_bom_and_a_trailing_separator(tmp_path: Path) -> None:
    frame = read_ratings_csv(_write(tmp_path, b"\xef\xbb\xbfitem;A;B;\nP1;3,5;4;\nP2;-0,25;2;\n"))
    assert list(frame.columns) == ["A", "B"]
    assert frame.to_numpy().tolist() == [[3.5, 4.0], [-0.25, 2.0]]


def test_reads_windows_1252(tmp_path: Path) -> None:
    frame = read_ratings_csv(_write(tmp_path, "id;José;Zoë\n1;2;3\n2;1;2\n".encode("cp1252")))
    assert list(frame.columns) == ["José", "Zoë"]


def test_reads_excels_unicode_text_and_names_lines_as_the_file_has_them(tmp_path: Path) -> None:
    """The same reader as the importer's (issue 17): UTF-16 with its byte order mark, tab-separated, and a
    problem names the line it is on, blank lines counted."""
    frame = read_ratings_csv(_write(tmp_path, "item\tAna\tBen\nP1\t3,5\t4\n".encode("utf-16")))
    assert frame.loc["P1"].tolist() == [3.5, 4.0]
    with pytest.raises(ValidationError, match=r"line 4 \(item 'P2'\), column 'A': is not a number"):
        read_ratings_csv(_write(tmp_path, "item,A,B\nP1,3,4\n\nP2,x,5\n"))


def test_the_shrout_fleiss_table_read_from_a_file(tmp_path: Path) -> None:
    rows = "\n".join(f"T{i + 1}," + ",".join(str(int(v)) for v in row) for i, row in enumerate(SHROUT_FLEISS))
    frame = read_ratings_csv(_write(tmp_path, "target,J1,J2,J3,J4\n" + rows + "\n"))
    assert agreement(frame.to_numpy()).icc3 == pytest.approx(0.715, abs=5e-4)


@pytest.mark.parametrize(
    "content, expected",
    [
        ("", "file: is empty"),
        (b"PK\x03\x04\x00\x00\x14\x00", "is a ZIP archive (an XLSX workbook?"),
        ("a single column\nP1\nP2\n", "at least 2 rater columns; found 0"),
        ("item,A\nP1,3\n", "at least 2 rater columns; found 1"),
        ("item,A,B\n", "has no item rows"),
        ("item,A,B\nP1,3,4\nP2,2,abc\n", "line 3 (item 'P2'), column 'B': is not a number (got 'abc')"),
        ("item;A;B\nP1;3;4\nP2;2;3.5.1\n", "line 3 (item 'P2'), column 'B': is not a number (got '3.5.1')"),
        ("item,A,B\nP1,3,inf\n", "line 2 (item 'P1'), column 'B': is not a number (got 'inf')"),
        ('item,A,B\nP1,"3,5",4\n', "column 'A': is not a number (got '3,5')"),  # decimal commas only with ;
        ("item,A,B\nP1,3,4\nP1,2,2\n", "line 3: repeats the item id of line 2 (got 'P1')"),
        ("item,A,B\n,3,4\n", "line 2: has no item id"),
        ("item,A,A\nP1,3,4\n", "header, column 3: repeats a rater name (got 'A')"),
        ("item,A,,B\nP1,3,4,5\n", "header, column 3: has no rater name"),
        ("item,A,B\nP1,3,4,5\n", "row 2: has 4 cells but the header has 3 columns"),
        ("item,A,B\nP1,3,4\nP2,3\n", "row 3: has 2 of 3 columns: the file may be cut off"),
        ('item,A,B\nP1,3,"4\n', "ends inside a quoted cell: the file may be cut off"),
        (b"%PDF-1.7\n", "is a PDF document, not a CSV file"),
        (b"item,A,B\nP1,\x00\x01,4\n", "holds binary data"),
        ("item;José;Zoë\n1;2;3\n".encode() + "2;1;Müller\n".encode("cp1252"), "mixes UTF-8 and Windows-1252"),
    ],
)
def test_bad_files_are_refused_naming_what_is_wrong(tmp_path: Path, content: str | bytes, expected: str) -> None:
    with pytest.raises(ValidationError) as raised:
        read_ratings_csv(_write(tmp_path, content))
    assert expected in str(raised.value) and "\n" not in str(raised.value)


def test_many_bad_cells_are_listed_up_to_a_limit(tmp_path: Path) -> None:
    body = "".join(f"P{i},x,y\n" for i in range(20))
    with pytest.raises(ValidationError) as raised:
        read_ratings_csv(_write(tmp_path, "item,A,B\n" + body))
    assert len(raised.value.problems) == 11 and "30 more problems" in str(raised.value)


def test_a_missing_or_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="No ratings file at"):
        read_ratings_csv(tmp_path / "absent.csv")
    with pytest.raises(RedDesktopError, match="cannot be read"):
        read_ratings_csv(tmp_path)


# ---- the store's final evaluations ----


def _frames(rows: list[tuple[str, str, str, str, float, int]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(evaluation, proposal, evaluator, state, total, level of sub-criterion S1) -> scored, levels."""
    index = pd.Index([r[0] for r in rows], name="evaluation_uuid")
    scored = pd.DataFrame(
        {
            "proposal_uuid": [r[1] for r in rows],
            "evaluator_uuid": [r[2] for r in rows],
            "evaluator": [r[2].upper() for r in rows],
            "state": [r[3] for r in rows],
            "total": [r[4] for r in rows],
        },
        index=index,
    )
    return scored, pd.DataFrame({"S1": [float(r[5]) for r in rows]}, index=index)


def test_panel_agreement_uses_final_evaluations_with_proposals_as_items_and_evaluators_as_raters() -> None:
    scored, levels = _frames(
        [
            ("e1", "p1", "ana", "final", 60.0, 3),
            ("e2", "p1", "ben", "final", 70.0, 3),
            ("e3", "p2", "ana", "final", 40.0, 1),
            ("e4", "p2", "ben", "final", 50.0, 2),
            ("e5", "p3", "ana", "final", 80.0, 4),
            ("e6", "p3", "ben", "draft", 10.0, 0),  # a draft: left out
            ("e7", "p4", "caro", "draft", 10.0, 0),  # only drafts: neither item nor rater
        ]
    )
    panel = panel_agreement(scored, levels)
    assert (panel.items, panel.raters) == (3, 2)
    assert panel.total.complete_items == 2 and panel.total.pairable_values == 4
    # totals (60, 70), (40, 50): ben always 10 higher, so consistency is perfect
    assert panel.total.icc3 == pytest.approx(1.0)
    assert list(panel.subcriteria) == ["S1"]
    assert panel.to_json()["subcriteria"]["S1"].keys() == set(FIGURES)


def test_panel_agreement_averages_two_final_evaluations_by_one_evaluator() -> None:
    scored, levels = _frames(
        [
            ("e1", "p1", "ana", "final", 60.0, 2),
            ("e2", "p1", "ana", "final", 80.0, 4),
            ("e3", "p1", "ben", "final", 70.0, 3),
            ("e4", "p2", "ana", "final", 40.0, 1),
            ("e5", "p2", "ben", "final", 40.0, 1),
        ]
    )
    panel = panel_agreement(scored, levels)
    assert panel.total.icc1 == pytest.approx(1.0) and panel.subcriteria["S1"].alpha_interval == pytest.approx(1.0)


def test_an_empty_store_has_no_items_and_every_figure_undefined(store: Store, rubric: Rubric) -> None:
    panel = store_agreement(store, rubric)
    assert (panel.items, panel.raters) == (0, 0)
    assert all(v is None for v in panel.total.to_json().values())


def test_store_agreement_on_a_demo_portfolio(store: Store, rubric: Rubric) -> None:
    build_demo(store, rubric, proposals=30, evaluators=3, seed=2)
    panel = store_agreement(store, rubric)
    data = panel.to_json()
    assert set(data) == {"total", "subcriteria", "items", "raters"}
    assert list(data["subcriteria"]) == [s.id for s in rubric.subcriteria]
    assert data["items"] == 30 and data["raters"] == 3
    for figures in [data["total"], *data["subcriteria"].values()]:
        assert list(figures) == list(FIGURES)
        assert all(v is None or -1.0 <= v <= 1.0 for v in figures.values())
    assert panel.total.alpha_interval is not None and panel.total.alpha_interval > 0


# ---- plain words: interpretation bands and why a figure is blank (issue 14, item 6) ----


@pytest.mark.parametrize(
    ("value", "band"),
    [(0.0, "poor"), (0.4999, "poor"), (0.5, "moderate"), (0.7499, "moderate"), (0.75, "good"), (0.9, "good")]
    + [(0.9001, "excellent"), (1.0, "excellent"), (-0.3, "poor")],
)
def test_icc_bands_of_koo_and_li_2016_at_their_boundaries(value: float, band: str) -> None:
    """Koo & Li (2016), J Chiropr Med 15(2): < 0.5 poor, 0.5-0.75 moderate, 0.75-0.9 good, > 0.9 excellent."""
    assert icc_band(value) == band


@pytest.mark.parametrize(
    ("value", "band"),
    [(0.8, "reliable"), (0.95, "reliable"), (0.7999, "tentative"), (0.667, "tentative")]
    + [(0.6669, "unreliable"), (-0.2, "unreliable")],
)
def test_alpha_bands_of_krippendorff_2004_at_their_boundaries(value: float, band: str) -> None:
    """Krippendorff (2004), Content Analysis 2nd ed.: >= .800 reliable, .667-.800 tentative, below unreliable."""
    assert alpha_band(value) == band


def test_the_reason_icc2_and_icc3_are_blank_names_proposals_scored_by_every_evaluator() -> None:
    # A committee design: 4 evaluators, each proposal scored by 2 of them, none by all 4.
    ratings = [[60, 70, N, N], [N, 50, 55, N], [N, N, 80, 85], [40, N, N, 45], [65, N, 70, N]]
    figures = agreement(ratings)
    assert figures.icc2 is None and figures.icc3 is None and figures.icc1 is not None
    reason = two_way_reason(figures)
    assert reason == (
        "ICC(2) and ICC(3) need at least 2 proposals scored by every one of the 4 evaluators; 0 of 5 proposals are"
    )
    assert two_way_reason(agreement([[1, 2], [3, 3], [4, 5]])) is None


def test_the_reading_of_a_panel_takes_icc1k_when_the_design_is_incomplete(rubric: Rubric, store: Store) -> None:
    build_demo(store, rubric, proposals=30, evaluators=5, seed=2)
    reading = read_agreement(store_agreement(store, rubric))
    assert reading.icc_form == "icc1k" and reading.icc is not None and reading.icc_band in ICC_BANDS
    assert reading.alpha is not None and reading.alpha_band in ALPHA_BANDS
    assert reading.two_way_reason and "every one of the 5 evaluators" in reading.two_way_reason
    assert "interval alpha" in NOMINAL_ON_TOTALS
