"""CSV and XLSX export: read back with pandas they equal the tables built from the store; targets, cancel, limits."""

from __future__ import annotations

import dataclasses
import os
from datetime import date
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from red_desktop.core.demo import build_demo
from red_desktop.core.domain import Decision, DecisionKind, Evaluation, Evaluator, Proposal, Score
from red_desktop.core.errors import ValidationError
from red_desktop.core.exports import ExportError, ExportKind, Table, build_tables, export_store
from red_desktop.core.exports.cells import EXCEL_CELL_LIMIT, fit_for_excel
from red_desktop.core.exports.columns import BEGIN_MARK, END_MARK, TABLES, columns, columns_markdown
from red_desktop.core.exports.tables import DTYPES, table
from red_desktop.core.exports.writers import write_xlsx
from red_desktop.core.progress import Cancelled, NoProgress
from red_desktop.core.ranking import build_ranking
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.conftest import REPO
from tests.factories import proposal
from tests.progress_recorder import RecordingProgress

TRICKY_CODE = "RED-BR-2026-900"
JUSTIFICATION = "Línea uno, con coma; y “comillas”\nLínea dos: São João"
FORMULA = '=HYPERLINK("http://example.com","clic")'


@pytest.fixture
def portfolio(store: Store, rubric: Rubric) -> Store:
    """The 30-proposal demo, a decision, and one proposal with accents, a formula, a multi-line justification."""
    build_demo(store, rubric, proposals=30, evaluators=4, seed=2)
    first = next(store.proposals.all())
    store.decisions.record(
        Decision(
            first.uuid,
            DecisionKind.APPROVE_WITH_CONDITIONS,
            "Sólida articulación público-privada.\nRiesgo en la escala, ver acta.",
            date.today().isoformat(),
            conditions="Presentar carta de compromiso del gobierno regional.",
            members_present=("Ana Lucía Quispe", "João Ribeiro"),
        ),
        rubric,
    )
    tricky = store.proposals.add(
        proposal(TRICKY_CODE, title=FORMULA, country="BR", region_name="Región de São João", sectors=("café", "-açaí"))
    )
    evaluator = store.evaluators.add(Evaluator("João Ribeiro"))
    scores = (Score("A1", 2, JUSTIFICATION), Score("A2", 3, "=1+1"), Score("A3", 1, "@menção -3 #N/A"))
    store.evaluations.record(Evaluation(tricky.uuid, evaluator.uuid, rubric.id, rubric.version, scores=scores), rubric)
    return store


@pytest.fixture
def tables(portfolio: Store, rubric: Rubric) -> dict[str, Table]:
    return {t.name: t for t in build_tables(portfolio, rubric, NoProgress())}


def read_csv(path: Path, built: Table) -> pd.DataFrame:
    """As a consumer following docs/exports.md would: empty text stays empty, an empty number is missing."""
    text = [c.name for c in built.columns if DTYPES[c.kind] == "object"]
    return pd.read_csv(
        path,
        encoding="utf-8-sig",
        keep_default_na=False,
        na_values={c.name: [""] for c in built.columns if c.name not in text},
        dtype={c.name: DTYPES[c.kind] for c in built.columns},
    )


def read_sheet(path: Path, built: Table) -> pd.DataFrame:
    frame = pd.read_excel(path, sheet_name=built.name, dtype={c.name: DTYPES[c.kind] for c in built.columns})
    for c in built.columns:
        if DTYPES[c.kind] == "object":
            frame[c.name] = frame[c.name].fillna("").astype(object)
    return frame


def exported(folder: Path) -> list[str]:
    """What is in the folder besides the store's own files."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("store.sqlite"))


def csv_escaped(frame: pd.DataFrame, built: Table) -> pd.DataFrame:
    """The documented rule, restated: a text cell starting with = + - @ gets a leading apostrophe in the CSV."""
    out = frame.copy()
    for c in built.columns:
        if DTYPES[c.kind] == "object":
            escaped = [("'" + v) if v[:1] in ("=", "+", "-", "@") else v for v in out[c.name]]
            out[c.name] = pd.Series(escaped, index=out.index, dtype=object)
    return out


# ---- the tables ----


def test_every_table_has_the_declared_columns_in_order(tables: dict[str, Table], rubric: Rubric) -> None:
    assert list(tables) == list(TABLES)
    for name, built in tables.items():
        assert list(built.frame.columns) == [c.name for c in columns(name, rubric.criterion_ids)]
    assert {"criterion_A", "criterion_C", "weight_B"} <= set(tables["aggregates"].frame.columns)


def test_every_scalar_field_of_a_proposal_is_a_column() -> None:
    names = {c.name for c in TABLES["proposals"]}
    scalars = {f.name for f in dataclasses.fields(Proposal)} - {"actors", "stamp"}
    assert scalars <= names


def test_the_tables_hold_what_the_store_holds(portfolio: Store, rubric: Rubric, tables: dict[str, Table]) -> None:
    proposals = list(portfolio.proposals.all())
    frame = tables["proposals"].frame.set_index("code")
    assert list(frame.index) == sorted(p.code for p in proposals)
    tricky = portfolio.proposals.by_code(TRICKY_CODE)
    row = frame.loc[TRICKY_CODE]
    assert row["title"] == FORMULA and row["region_name"] == "Región de São João" and row["sectors"] == "café; -açaí"
    assert row["counterpart_total"] == tricky.counterpart_total and row["actor_count"] == len(tricky.actors)
    assert row["leverage"] == pytest.approx(tricky.counterpart_total / tricky.requested_amount)
    assert len(tables["actors"].frame) == sum(len(p.actors) for p in proposals)
    assert len(tables["evaluations"].frame) == portfolio.evaluations.count()
    assert len(tables["scores"].frame) == portfolio.counts()["scores"]
    ranking = build_ranking(portfolio, rubric)
    aggregates = tables["aggregates"].frame
    assert list(aggregates["proposal_code"]) == [r.code for r in ranking]
    expected = [float("nan") if r.total is None else r.total for r in ranking]
    assert aggregates["total"].tolist() == pytest.approx(expected, nan_ok=True)
    assert aggregates["rank"].isna().sum() == sum(r.rank is None for r in ranking) > 0  # the draft-only proposal
    decision = tables["decisions"].frame.iloc[0]
    assert decision["decision"] == "approve_with_conditions"
    assert decision["members_present"] == "Ana Lucía Quispe; João Ribeiro"


def test_an_evaluation_row_carries_its_scores_and_total(tables: dict[str, Table]) -> None:
    evaluations = tables["evaluations"].frame
    tricky = evaluations[evaluations["proposal_code"] == TRICKY_CODE].iloc[0]
    assert tricky["evaluator"] == "João Ribeiro" and tricky["state"] == "draft"
    assert not tricky["complete"] and tricky["missing"] == 10
    assert tricky["criterion_A"] == pytest.approx((2 + 3 + 1) / 5)  # equal sub-criterion weights in A
    scores = tables["scores"].frame
    own = scores[scores["proposal_code"] == TRICKY_CODE].set_index("subcriterion_id")
    assert own.loc["A1", "justification"] == JUSTIFICATION and own.loc["A2", "level"] == 3


# ---- CSV ----


def test_csv_reads_back_equal_to_the_tables(
    portfolio: Store, rubric: Rubric, tables: dict[str, Table], tmp_path: Path
) -> None:
    result = export_store(portfolio, rubric, ExportKind.CSV, tmp_path / "export")
    assert [p.name for p in result.paths] == [f"{name}.csv" for name in TABLES]
    assert result.rows == {name: len(t.frame) for name, t in tables.items()}
    for name, built in tables.items():
        read = read_csv(tmp_path / "export" / f"{name}.csv", built)
        pd.testing.assert_frame_equal(read, csv_escaped(built.frame, built), check_exact=True)
    assert sorted(os.listdir(tmp_path / "export")) == sorted(f"{name}.csv" for name in TABLES)  # no leftovers


def test_csv_has_a_bom_keeps_accents_line_breaks_and_escapes_formulas(
    portfolio: Store, rubric: Rubric, tmp_path: Path
) -> None:
    export_store(portfolio, rubric, "csv", tmp_path)
    raw = (tmp_path / "proposals.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    text = raw.decode("utf-8-sig")
    assert "Región de São João" in text and '"\'=HYPERLINK(""http://example.com"",""clic"")"' in text
    assert "café; '-açaí" not in text  # only a cell's first character counts
    scores = (tmp_path / "scores.csv").read_text(encoding="utf-8-sig")
    assert '"Línea uno, con coma; y “comillas”\nLínea dos: São João"' in scores  # one quoted field, break kept
    assert ",'=1+1" in scores and ",'@menção -3 #N/A" in scores
    read = pd.read_csv(tmp_path / "scores.csv", encoding="utf-8-sig", keep_default_na=False)
    assert JUSTIFICATION in set(read["justification"])
    assert pd.read_csv(tmp_path / "proposals.csv", encoding="utf-8-sig")["latitude"].min() < 0  # numbers unescaped


# ---- XLSX ----


def test_xlsx_reads_back_equal_to_the_tables(
    portfolio: Store, rubric: Rubric, tables: dict[str, Table], tmp_path: Path
) -> None:
    target = tmp_path / "export.xlsx"
    result = export_store(portfolio, rubric, "xlsx", target)
    assert result.paths == (target,) and result.notes == ()
    assert pd.ExcelFile(target).sheet_names == list(TABLES)
    for built in tables.values():
        read = read_sheet(target, built)
        pd.testing.assert_frame_equal(read, built.frame, check_exact=False, rtol=1e-13)  # Excel's 15 digits
    assert exported(tmp_path) == ["export.xlsx"]


def test_xlsx_header_is_bold_filled_frozen_filtered_and_columns_sized(
    portfolio: Store, rubric: Rubric, tmp_path: Path
) -> None:
    target = tmp_path / "export.xlsx"
    export_store(portfolio, rubric, "xlsx", target)
    workbook = openpyxl.load_workbook(target)
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet["A1"].font.bold and sheet["A1"].fill.fgColor.rgb.endswith("1F4E78")
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        widths = [sheet.column_dimensions[sheet.cell(1, i).column_letter].width for i in range(1, sheet.max_column + 1)]
        assert all(8 <= w <= 60 for w in widths)
    proposals = workbook["proposals"]
    header = [c.value for c in proposals[1]]
    narrative = proposals.cell(2, header.index("regional_diagnosis") + 1)
    assert proposals.column_dimensions[narrative.column_letter].width == 60 and narrative.alignment.wrap_text
    assert proposals.column_dimensions["C"].width < 20  # country: a two-letter code
    amount = proposals.cell(2, header.index("requested_amount") + 1)
    assert amount.data_type == "n" and amount.number_format == "#,##0.00"


def test_xlsx_text_that_looks_like_a_formula_stays_text(portfolio: Store, rubric: Rubric, tmp_path: Path) -> None:
    target = tmp_path / "export.xlsx"
    export_store(portfolio, rubric, "xlsx", target)
    workbook = openpyxl.load_workbook(target)
    titles = {c.value: c for c in workbook["proposals"]["B"]}
    assert titles[FORMULA].data_type == "s" and titles[FORMULA].quotePrefix
    justifications = {c.value: c for c in workbook["scores"]["F"]}
    assert justifications["=1+1"].data_type == "s" and JUSTIFICATION in justifications
    assert justifications[JUSTIFICATION].alignment.wrap_text  # a line break: wrapped even though short


# ---- progress, cancel, targets ----


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_progress_is_reported_up_to_every_row(portfolio: Store, rubric: Rubric, tmp_path: Path, kind: str) -> None:
    progress = RecordingProgress()
    result = export_store(portfolio, rubric, kind, tmp_path / ("x.xlsx" if kind == "xlsx" else "x"), progress)
    total = sum(result.rows.values())
    writing = [u for u in progress.updates if u[1] == total]
    assert writing[-1] == (total, total) and [d for d, _ in writing] == sorted(d for d, _ in writing)
    assert "Reading evaluations" in progress.statuses and any("scores" in s for s in progress.statuses)


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize("cancel_after", [1, 3, 6])  # reading the store, writing the first table, a later one
def test_a_cancelled_export_leaves_nothing(
    portfolio: Store, rubric: Rubric, tmp_path: Path, kind: str, cancel_after: int
) -> None:
    target = tmp_path / ("new.xlsx" if kind == "xlsx" else "new")
    with pytest.raises(Cancelled):
        export_store(portfolio, rubric, kind, target, RecordingProgress(cancel_after=cancel_after))
    assert exported(tmp_path) == []


def test_a_cancelled_export_keeps_the_previous_files(portfolio: Store, rubric: Rubric, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "proposals.csv").write_text("before", encoding="utf-8")
    (tmp_path / "book.xlsx").write_text("before", encoding="utf-8")
    for kind, target in (("csv", tmp_path / "out"), ("xlsx", tmp_path / "book.xlsx")):
        with pytest.raises(Cancelled):
            export_store(portfolio, rubric, kind, target, RecordingProgress(cancel_after=8))
    assert (tmp_path / "out" / "proposals.csv").read_text(encoding="utf-8") == "before"
    assert os.listdir(tmp_path / "out") == ["proposals.csv"]
    assert (tmp_path / "book.xlsx").read_text(encoding="utf-8") == "before"


@pytest.mark.parametrize(
    ("kind", "target", "message"),
    [
        ("csv", "a-file.txt", "a-file.txt: is a file; a CSV export writes one file per table into a folder"),
        ("xlsx", ".", "is a folder; an XLSX export is one file"),
        ("xlsx", "book.csv", "book.csv: must end in .xlsx"),
        ("xlsx", "missing/book.xlsx", "missing: is not an existing folder"),
        ("csv", "missing/deeper", "missing: is not an existing folder to create the export folder in"),
    ],
)
def test_a_bad_target_is_refused_before_anything_is_written(
    portfolio: Store, rubric: Rubric, tmp_path: Path, kind: str, target: str, message: str
) -> None:
    (tmp_path / "a-file.txt").write_text("keep", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    progress = RecordingProgress()
    with pytest.raises(ValidationError, match=f"The export target is not valid: .*{message}"):
        export_store(portfolio, rubric, kind, tmp_path / target, progress)
    assert progress.statuses == []  # refused before reading the store
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert (tmp_path / "a-file.txt").read_text(encoding="utf-8") == "keep"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_write_failure_is_one_clear_error_and_leaves_nothing(
    portfolio: Store, rubric: Rubric, tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(source: object, target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("red_desktop.core.exports.writers.os.replace", refuse)
    target = tmp_path / ("book.xlsx" if kind == "xlsx" else "out")
    with pytest.raises(ExportError, match="could not be written to .*Permission denied.*not open in another program"):
        export_store(portfolio, rubric, kind, target)
    assert exported(tmp_path) == []


# ---- Excel's limits ----


def decision_rows(rationale: str) -> list[dict[str, object]]:
    row = {c.name: "" for c in TABLES["decisions"]} | {"revision": 1, "proposal_code": "RED-PE-2026-001"}
    return [row | {"rationale": rationale}, row | {"rationale": "short"}]


def test_text_over_excels_cell_limit_is_cut_marked_and_reported(tmp_path: Path) -> None:
    long = table("decisions", decision_rows("x" * 40_000), ())
    with pytest.raises(ValidationError, match=r"decisions.rationale: 1 cell \(sheet row 2\) longer than Excel's"):
        write_xlsx(tmp_path / "book.xlsx", [long])
    assert not list(tmp_path.iterdir())
    fitted, notes = fit_for_excel(long)
    assert notes == [
        "decisions.rationale: 1 cell (sheet row 2) cut to Excel's 32,767 characters, marked '[truncated by the "
        "export]'; the CSV export keeps the whole text"
    ]
    cell = fitted.frame.loc[0, "rationale"]
    assert len(cell) == EXCEL_CELL_LIMIT and cell.endswith(
        "… [truncated by the export: 40,000 characters in the store]"
    )
    write_xlsx(tmp_path / "book.xlsx", [fitted])
    assert openpyxl.load_workbook(tmp_path / "book.xlsx")["decisions"]["C2"].value == cell


def test_control_characters_are_removed_for_excel_and_a_vertical_tab_becomes_a_line_break() -> None:
    fitted, notes = fit_for_excel(table("decisions", decision_rows("uno\x0bdos\x01tres"), ()))
    assert fitted.frame.loc[0, "rationale"] == "uno\ndostres"
    assert notes == ["decisions.rationale: control characters removed from 1 cell (sheet row 2)"]


# ---- docs/exports.md ----


def test_the_document_lists_every_table_and_column_as_declared() -> None:
    document = (REPO / "docs" / "exports.md").read_text(encoding="utf-8")
    generated = document.split(BEGIN_MARK)[1].split(END_MARK)[0].strip()
    assert generated == columns_markdown().strip(), "regenerate: python -m red_desktop.core.exports docs/exports.md"
    for name, declared in TABLES.items():
        section = document.split(f"### {name}\n")[1].split("###")[0]
        assert all(f"| `{c.name}` |" in section for c in declared)
