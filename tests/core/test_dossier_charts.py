"""The dossier's charts: vector drawings of the selected proposals, in the dossier's language, no Qt, no tiny text."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing, Group, String  # type: ignore[import-untyped]
from reportlab.lib.units import cm  # type: ignore[import-untyped]

from red_desktop.core import chart_data
from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.reports.chart_frame import Entry, legend_rows, tick_text, ticks
from red_desktop.core.reports.charts import (
    calibration_chart,
    distribution_chart,
    leverage_chart,
    ranking_chart,
    sensitivity_chart,
)
from red_desktop.core.reports.dossier import write_dossier
from red_desktop.core.reports.selection import Selection
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import RankingSensitivity, ranking_sensitivity
from red_desktop.core.store import Store

WIDTH = 17 * cm


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Iterator[tuple[Path, CommitteeData]]:
    path = tmp_path_factory.mktemp("charts") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=40, evaluators=4, seed=3)
        committee = build_committee(store, rubric)
    yield path, committee


@pytest.fixture(scope="module")
def sensitivity(demo: tuple[Path, CommitteeData], rubric: Rubric) -> RankingSensitivity:
    return ranking_sensitivity(demo[1].ranking, rubric, top_n=10, samples=200)


def strings(drawing: Drawing) -> list[String]:
    def walk(node: object) -> Iterator[String]:
        if isinstance(node, String):
            yield node
        for child in getattr(node, "contents", []) if isinstance(node, (Drawing, Group)) else []:
            yield from walk(child)

    return list(walk(drawing))


def chart_pages(path: Path) -> str:
    """The text of the pages from the Charts heading to the Agreement heading."""
    pages = [page.extract_text() for page in PdfReader(path).pages]
    first = next(i for i, text in enumerate(pages) if text.split("\n")[1:2] == ["2. Charts"])
    last = next(i for i, text in enumerate(pages) if i >= first and "3. Agreement between evaluators" in text)
    return "\n".join(pages[first : last + 1])


def test_a_top_10_dossier_charts_its_ten_proposals_and_no_other(
    demo: tuple[Path, CommitteeData], sensitivity: RankingSensitivity, rubric: Rubric, tmp_path: Path
) -> None:
    path, committee = demo
    with Store.open(path, readonly=True) as store:
        written = write_dossier(
            store, rubric, committee, tmp_path / "d.pdf", selection=Selection("top", top=10), sensitivity=sensitivity
        )
    charts = chart_pages(written.path)
    codes = [r.code for r in committee.ranking]
    for code in codes[:10]:
        assert charts.count(code) == 2, code  # once in the ranking chart, once in the rank intervals
    for code in codes[10:]:
        assert code not in charts
    assert not any(page.images for page in PdfReader(written.path).pages)


def test_the_group_counts_of_a_selection_add_up_to_the_selection(demo: tuple[Path, CommitteeData]) -> None:
    _, committee = demo
    from dataclasses import replace

    view = replace(committee, ranking=committee.ranking[:10])
    assert sum(len(g.totals) for g in chart_data.distribution(view, "region_type")) == 10


def test_the_headless_dossier_command_imports_no_qt(demo: tuple[Path, CommitteeData], tmp_path: Path) -> None:
    path, _ = demo
    script = (
        "import sys\n"
        "from red_desktop.cli.main import main\n"
        f"code = main(['dossier', '--db', {str(path)!r}, '-o', {str(tmp_path / 'd.pdf')!r}, '--top', '3'])\n"
        "assert code == 0, code\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph')))\n"
        "assert not loaded, loaded\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "2. Charts" in PdfReader(tmp_path / "d.pdf").pages[1].extract_text()


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_every_chart_text_is_at_least_7_points_and_inside_its_drawing(
    demo: tuple[Path, CommitteeData], sensitivity: RankingSensitivity, language: str
) -> None:
    _, committee = demo
    drawings = [
        ranking_chart(chart_data.range_bars(committee, 40), language, WIDTH),
        distribution_chart(chart_data.distribution(committee, "country", language), "country", language, WIDTH, 7 * cm),
        leverage_chart(chart_data.leverage_points(committee), language, WIDTH, 7 * cm),
        calibration_chart(committee.calibration, language, WIDTH),
        sensitivity_chart(chart_data.rank_intervals(committee, sensitivity, 25), language, WIDTH),
    ]
    for drawing in drawings:
        assert drawing is not None
        for text in strings(drawing):
            assert text.fontSize >= 7, text.text
            left, bottom, right, top = text.getBounds()
            assert -0.5 <= left and right <= drawing.width + 0.5, text.text
            assert -0.5 <= bottom and top <= drawing.height + 0.5, text.text


def test_spanish_charts_name_groups_and_write_numbers_in_spanish(demo: tuple[Path, CommitteeData]) -> None:
    _, committee = demo
    groups = chart_data.distribution(committee, "region_type", "es")
    assert {g.label for g in groups} <= {"Emergente", "Marginada", "En declive", "Sin definir"}
    texts = [s.text for s in strings(leverage_chart(chart_data.leverage_points(committee), "es", WIDTH, 7 * cm))]
    assert any("," in t and t.replace(",", "").isdigit() for t in texts), texts  # "0,5", not "0.5"
    assert not any("." in t and t.replace(".", "").isdigit() for t in texts), texts
    areas = {g.label for g in chart_data.distribution(committee, "priority_area", "pt")}
    assert "Inovação" in areas and not any("(" in a for a in areas)  # the short name, without the examples


def test_round_ticks_and_their_decimals() -> None:
    assert ticks(0, 100) == [0, 20, 40, 60, 80, 100]
    assert ticks(0.5, 13.5, 10) == [2, 4, 6, 8, 10, 12]
    assert ticks(0, 1.3) == [0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2]
    assert ticks(0, 1.3, 6) == [0, 0.25, 0.5, 0.75, 1.0, 1.25]
    values = ticks(0, 1.3, 6)
    assert [tick_text(v, values, "es") for v in values[:3]] == ["0,00", "0,25", "0,50"]
    assert [tick_text(v, [0, 20], "en") for v in (0, 20)] == ["0", "20"]


def test_the_legend_wraps_to_the_width_it_has() -> None:
    entries = [Entry("box", None, "Committee total"), Entry("box", None, "Contested"), Entry("line", None, "Range")]
    assert len(legend_rows(entries, 1000)) == 1
    assert [len(row) for row in legend_rows(entries, 90)] == [1, 1, 1]


def test_reportlab_measures_text_with_its_c_accelerator() -> None:
    """reportlab[accel]: without its C text metrics a 500-proposal dossier takes ~9 % longer (docs/benchmarks.md)."""
    from reportlab.lib import rl_accel  # type: ignore[import-untyped]

    assert type(rl_accel.instanceStringWidthTTF).__name__ == "builtin_function_or_method"
    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
