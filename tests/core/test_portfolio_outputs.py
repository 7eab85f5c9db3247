"""The call's portfolio in the dossier and the exports (issue 20): a Portfolio section and a portfolio table only when
the call has a budget, with the best set, the funding line and the robust set that `portfolio --json` gives."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from red_desktop.cli.main import main
from red_desktop.core import portfolio_robust
from red_desktop.core.committee import build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.exports import ExportOptions, export_store
from red_desktop.core.exports.tables import build_tables
from red_desktop.core.portfolio import Candidates, best_portfolio
from red_desktop.core.portfolio_robust import BLOCK, robust_portfolio
from red_desktop.core.portfolio_rules import CallBudget, GroupRule
from red_desktop.core.progress import Cancelled, NoProgress
from red_desktop.core.ranking import build_ranking
from red_desktop.core.reports.dossier import write_dossier
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import sensitivity_inputs
from red_desktop.core.store import Store
from tests.core.test_dossier_pages import FOOTER, Read, contents, heading_page, read
from tests.progress_recorder import RecordingProgress

SAMPLES = 20  # the robust set's samples here: a few, the figures still compared exactly
CALL = CallBudget(12_000_000, (GroupRule.parse("min_share", "region_type=marginalized:0.3"),))
CODE = re.compile(r"^(RED-[A-Z]{2}-\d{4}-\d{3})$", re.M)


@dataclass(frozen=True)
class Expected:
    """What the core says for the demo's call: the best set's codes and each proposal's p_funded (seed 0)."""

    codes: list[str]  # in rank order
    funded: list[str]
    rank_order: list[str]
    last_above_line: str  # the last fundable proposal the money reaches in rank order
    p_funded: dict[str, float]
    at_margin: list[str]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Path:
    path = tmp_path_factory.mktemp("portfolio_outputs") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=30, evaluators=3, seed=4)
        store.call.set_budget(CALL, "the call's budget")
    return path


@pytest.fixture(scope="module")
def expected(demo: Path, rubric: Rubric) -> Expected:
    with Store.open(demo, readonly=True) as store:
        ranking = build_ranking(store, rubric)
        call = store.call.budget()
    candidates = Candidates.of_ranking(ranking)
    portfolio = best_portfolio(candidates, call)
    funded, line = portfolio.funded, portfolio.funding_line
    assert line is not None
    inputs = sensitivity_inputs(ranking, rubric)
    robust = robust_portfolio(candidates, call, inputs.arrays, inputs.scored_at, samples=SAMPLES, seed=0)
    codes = candidates.codes
    return Expected(
        list(codes),
        [codes[i] for i in range(len(codes)) if funded[i]],
        [codes[i] for i in range(len(codes)) if portfolio.rank_order[i]],
        [codes[i] for i in range(line) if portfolio.rank_order[i]][-1],
        {codes[i]: float(robust.p_funded[i]) for i in range(len(codes))},
        [codes[i] for i in range(len(codes)) if robust.at_margin[i]],
    )


def dossier(store_path: Path, rubric: Rubric, target: Path, language: str = "en", **options: object) -> Read:
    with Store.open(store_path, readonly=True) as store:
        committee = build_committee(store, rubric)
        written = write_dossier(
            store, rubric, committee, target, language=language, portfolio_samples=SAMPLES, **options
        )  # type: ignore[arg-type]
    return read(written)


@pytest.fixture(scope="module")
def dossiers(demo: Path, rubric: Rubric, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Read]:
    folder = tmp_path_factory.mktemp("portfolio_dossiers")
    return {language: dossier(demo, rubric, folder / f"{language}.pdf", language) for language in ("en", "es")}


def portfolio_text(written: Read, language: str) -> str:
    """The pages from the Portfolio heading to the Proposals heading, as one text."""
    titles = {"en": ("7. Portfolio", "8. Proposals"), "es": ("7. Cartera", "8. Propuestas")}[language]
    start, end = (next(page for level, title, page in written.outline if title == t) for t in titles)
    text = "\n".join(written.pages[start - 1 : end - 1])
    return text.split(titles[0] + "\n", 1)[1]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_portfolio_section_is_in_the_outline_and_contents_at_its_page(
    dossiers: dict[str, Read], language: str
) -> None:
    written = dossiers[language]
    sections = [title for level, title, _page in written.outline if level == 0]
    portfolio, proposals = {"en": ("7. Portfolio", "8. Proposals"), "es": ("7. Cartera", "8. Propuestas")}[language]
    assert sections[-2:] == [portfolio, proposals]
    for level, title, page in written.outline:
        assert page == heading_page(written, level, title), title
    assert contents(written) == [page for _level, _title, page in written.outline]
    total = len(written.pages)
    assert [FOOTER.findall(page) for page in written.pages] == [[(str(n), str(total))] for n in range(1, total + 1)]


def test_the_dossier_funds_what_best_portfolio_funds_with_the_robust_sets_figures(
    dossiers: dict[str, Read], expected: Expected
) -> None:
    """The funding line's table read back cell by cell (pypdf gives a cell a line): after each code, a ✓ for the
    best set and one for the rank order, p(funded) (⚠ at the margin) and the reason, "in: ..." when funded."""
    text = portfolio_text(dossiers["en"], "en")
    assert "The call's budget: $12,000,000." in text
    assert "At least 30 % of the funded amount to region type “Marginalized”" in " ".join(text.split())
    starts = list(CODE.finditer(text))
    cells = {
        m[1]: text[m.end() : n.start() if n else len(text)].splitlines() for m, n in zip(starts, [*starts[1:], None])
    }
    assert list(cells) == expected.codes  # every proposal once, in rank order
    for code, lines in cells.items():
        marks = lines.count("✓")
        assert marks == (code in expected.funded) + (code in expected.rank_order), (code, lines)
        p_funded = next(
            re.fullmatch(r"(⚠ )?(\d\.\d\d)", line) for line in lines if re.fullmatch(r"(⚠ )?\d\.\d\d", line)
        )
        assert float(p_funded[2]) == pytest.approx(expected.p_funded[code], abs=0.005)
        assert bool(p_funded[1]) == (code in expected.at_margin)
        reason = next(line for line in lines if line.startswith(("in: ", "out: ")))
        assert reason.startswith("in: ") == (code in expected.funded), (code, reason)
    assert text.count("The budget of $12,000,000 runs out here in rank order") == 1
    line = text.index("The budget of $12,000,000 runs out here")
    above = [m[1] for m in starts if m.start() < line]
    assert above[-1] == expected.last_above_line
    assert "Shares of the funded amount" in text and "The robust set" in text
    assert "Share of the funded amount by region type (%)" in text and "Call's minimum" in text  # the chart
    assert f"{SAMPLES} samples of the criterion weights (seed 0)" in " ".join(text.split())


def test_the_dossier_and_the_command_agree(
    demo: Path, dossiers: dict[str, Read], expected: Expected, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["portfolio", "--json", "--samples", str(SAMPLES), "--db", str(demo)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert sorted(p["code"] for p in out["proposals"] if p["funded"]) == sorted(expected.funded)
    assert {p["code"]: p["p_funded"] for p in out["proposals"]} == expected.p_funded


def test_the_spanish_section_speaks_spanish(dossiers: dict[str, Read]) -> None:
    text = " ".join(portfolio_text(dossiers["es"], "es").split())
    assert "Presupuesto de la convocatoria: 12.000.000 US$." in text or "Presupuesto de la convocatoria: US$" in text
    assert "Al menos el 30 % del monto financiado para el tipo de región «Marginada»" in text
    assert "La línea de financiación" in text and "Aquí se acaba el presupuesto de" in text
    assert "El conjunto robusto" in text and "fuera: bajo la línea de financiación" in text
    assert "The funding line" not in text and "out: below" not in text


def test_without_a_budget_there_is_no_portfolio_section(
    store: Store, store_path: Path, rubric: Rubric, tmp_path: Path
) -> None:
    build_demo(store, rubric, proposals=8, evaluators=3, seed=3)
    written = dossier(store_path, rubric, tmp_path / "d.pdf", charts=False)
    sections = [title for level, title, _page in written.outline if level == 0]
    assert sections[-2:] == ["6. Decisions", "7. Proposals"] and "7. Portfolio" not in sections
    assert "The funding line" not in " ".join(written.pages)


def test_rules_that_cannot_all_be_met_are_named_in_the_dossier(
    store: Store, store_path: Path, rubric: Rubric, tmp_path: Path
) -> None:
    build_demo(store, rubric, proposals=12, evaluators=3, seed=3)
    rules = (
        GroupRule.parse("min_share", "region_type=marginalized:0.6"),
        GroupRule.parse("max_share", "region_type=marginalized:0.4"),
        GroupRule.parse("min_count", "region_type=marginalized:1"),  # funding nothing would meet the shares
    )
    store.call.set_budget(CallBudget(5_000_000, rules), "impossible on purpose")
    text = " ".join(" ".join(dossier(store_path, rubric, tmp_path / "d.pdf", charts=False).pages).split())
    assert "The call's rules cannot all be met, so no set can be funded. In conflict:" in text
    assert "At most 40 % of the funded amount to region type “Marginalized”" in text
    assert "None: no set meets the call's rules, whatever the weights." in text


def test_the_robust_set_reports_progress_and_a_cancel_stops_the_dossier(
    demo: Path, rubric: Rubric, tmp_path: Path
) -> None:
    recording = RecordingProgress()
    dossier(demo, rubric, tmp_path / "d.pdf", charts=False, progress=recording)
    assert "The portfolio's robust set" in recording.statuses
    robust = [done for done, total in recording.updates if total == SAMPLES]
    steps = np.diff([0, *robust])
    assert robust[-1] == SAMPLES and (steps > 0).all() and (steps <= BLOCK).all()  # each block of samples counted
    with pytest.raises(Cancelled):
        dossier(demo, rubric, tmp_path / "stopped.pdf", charts=False, progress=RecordingProgress(cancel_after=5))
    assert not (tmp_path / "stopped.pdf").exists()


def test_beyond_robust_most_the_robust_set_is_left_out_and_said_so(
    demo: Path, rubric: Rubric, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(portfolio_robust, "ROBUST_MOST", 5)
    text = " ".join(" ".join(dossier(demo, rubric, tmp_path / "d.pdf", charts=False).pages).split())
    assert "Not worked out for this dossier: the call has" in text
    with Store.open(demo, readonly=True) as store:
        tables = {t.name: t for t in build_tables(store, rubric, NoProgress(), ExportOptions(portfolio_samples=2))}
    frame = tables["portfolio"].frame
    assert frame["p_funded"].isna().all() and frame["at_margin"].isna().all() and frame["funded"].any()


# ---- the exports ----


def test_the_xlsx_portfolio_sheet_holds_the_best_set_and_the_robust_set(
    demo: Path, rubric: Rubric, expected: Expected, tmp_path: Path
) -> None:
    target = tmp_path / "export.xlsx"
    with Store.open(demo, readonly=True) as store:
        export_store(store, rubric, "xlsx", target, options=ExportOptions(portfolio_samples=SAMPLES))
    assert pd.ExcelFile(target).sheet_names.index("portfolio") == 5  # after the aggregates
    sheet = pd.read_excel(target, sheet_name="portfolio")
    assert list(sheet.columns[:3]) == ["Rank", "Proposal code", "Title"]
    codes = sheet["Proposal code"].tolist()
    assert sorted(c for c, f in zip(codes, sheet["Funded in the best set"]) if f) == sorted(expected.funded)
    assert dict(zip(codes, sheet["Probability of being funded"])) == pytest.approx(expected.p_funded)
    assert sorted(c for c, m in zip(codes, sheet["At the margin"]) if m) == sorted(expected.at_margin)
    cumulative = sheet["Cumulative amount (US$)"].dropna().tolist()
    assert cumulative == sorted(cumulative) and set(sheet["reason_id"]) <= {
        "ineligible", "not_scored", "forced_out", "forced_in", "call_not_met", "in_rank_order", "in_better_use",
        "out_better_set", "below_line",
    }  # fmt: skip


def test_the_csv_export_has_the_portfolio_table_in_spanish(demo: Path, rubric: Rubric, tmp_path: Path) -> None:
    with Store.open(demo, readonly=True) as store:
        options = ExportOptions(language="es", portfolio_samples=2)
        result = export_store(store, rubric, "csv", tmp_path / "out", options=options)
    assert "portfolio.csv" in [p.name for p in result.paths]
    read_back = pd.read_csv(tmp_path / "out" / "portfolio.csv", encoding="utf-8-sig")
    assert "Financiada en el mejor conjunto" in read_back.columns and "Monto acumulado (US$)" in read_back.columns
    reasons = set(read_back["Motivo"])
    assert reasons and all(r.startswith(("dentro: ", "fuera: ")) for r in reasons)


def test_without_a_budget_no_portfolio_table(store: Store, rubric: Rubric) -> None:
    build_demo(store, rubric, proposals=8, evaluators=3, seed=3)
    assert "portfolio" not in [t.name for t in build_tables(store, rubric, NoProgress())]
    store.call.set_budget(CallBudget(3_000_000), "a budget")
    tables = {t.name: t for t in build_tables(store, rubric, NoProgress(), ExportOptions(portfolio_samples=2))}
    assert len(tables["portfolio"].frame) == len(tables["aggregates"].frame)
