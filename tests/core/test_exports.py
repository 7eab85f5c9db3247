"""CSV and XLSX export: read back with pandas they equal the tables built from the store; targets, cancel, limits."""

from __future__ import annotations

import dataclasses
import os
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from red_desktop.core.agreement import panel_agreement
from red_desktop.core.calibration import calibrate, calibrated_totals
from red_desktop.core.demo import build_demo
from red_desktop.core.domain import Decision, DecisionKind, Evaluation, Evaluator, Proposal, Score
from red_desktop.core.enum_labels import value_label
from red_desktop.core.errors import ValidationError
from red_desktop.core.exports import ExportError, ExportKind, ExportOptions, Table, build_tables, export_store
from red_desktop.core.exports.cells import EXCEL_CELL_LIMIT, fit_for_excel
from red_desktop.core.exports.columns import (
    BEGIN_MARK,
    END_MARK,
    ID_SUFFIX,
    ON_BUDGET,
    TABLES,
    Kind,
    columns,
    columns_markdown,
)
from red_desktop.core.exports.headers import header, header_keys
from red_desktop.core.exports.tables import DTYPES, table
from red_desktop.core.exports.writers import write_xlsx
from red_desktop.core.messages import languages, set_language
from red_desktop.core.progress import Cancelled, NoProgress
from red_desktop.core.ranking import build_ranking, evaluation_scores
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import ranking_sensitivity
from red_desktop.core.store import Store
from tests.conftest import REPO
from tests.factories import proposal
from tests.progress_recorder import RecordingProgress

TRICKY_CODE = "RED-BR-2026-900"
JUSTIFICATION = "Línea uno, con coma; y “comillas”\nLínea dos: São João"
FORMULA = '=HYPERLINK("http://example.com","clic")'
WITHOUT_BUDGET = [name for name in TABLES if name not in ON_BUDGET]  # the call has no budget: no portfolio table


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
    assert pd.read_csv(path, encoding="utf-8-sig", nrows=0).columns.tolist() == list(built.headers)
    return pd.read_csv(
        path,
        encoding="utf-8-sig",
        header=0,
        names=[c.name for c in built.columns],  # the headers are labels; the frame's columns their names
        keep_default_na=False,
        na_values={c.name: [""] for c in built.columns if c.name not in text},
        dtype={c.name: DTYPES[c.kind] for c in built.columns},
    )


def read_sheet(path: Path, built: Table) -> pd.DataFrame:
    frame = pd.read_excel(
        path,
        sheet_name=built.name,
        header=0,
        names=[c.name for c in built.columns],
        dtype={c.name: DTYPES[c.kind] for c in built.columns},
    )
    for c in built.columns:
        if c.kind in (Kind.DATE, Kind.TIMESTAMP):  # typed cells: back to the store's ISO text
            frame[c.name] = frame[c.name].map(lambda v, kind=c.kind: iso(v, kind))
    for c in built.columns:
        if DTYPES[c.kind] == "object":
            frame[c.name] = frame[c.name].fillna("").astype(object)
    return frame


def iso(value: object, kind: Kind) -> str:
    """A date cell read back, as the store writes it: 2026-05-14, 2026-04-01T00:59:00.000Z."""
    if value is None or pd.isna(value):
        return ""
    stamp = pd.Timestamp(value)
    return (
        stamp.strftime("%Y-%m-%d")
        if kind is Kind.DATE
        else stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"
    )


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
    assert list(tables) == WITHOUT_BUDGET
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
    assert decision["decision_id"] == "approve_with_conditions" and decision["decision"] == "Approve with conditions"
    assert decision["members_present"] == "Ana Lucía Quispe; João Ribeiro"


def test_an_evaluation_row_carries_its_scores_and_total(tables: dict[str, Table]) -> None:
    evaluations = tables["evaluations"].frame
    tricky = evaluations[evaluations["proposal_code"] == TRICKY_CODE].iloc[0]
    assert tricky["evaluator"] == "João Ribeiro" and tricky["state_id"] == "draft" and tricky["state"] == "Draft"
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
    assert [p.name for p in result.paths] == [f"{name}.csv" for name in WITHOUT_BUDGET]
    assert result.rows == {name: len(t.frame) for name, t in tables.items()}
    for name, built in tables.items():
        read = read_csv(tmp_path / "export" / f"{name}.csv", built)
        pd.testing.assert_frame_equal(read, csv_escaped(built.frame, built), check_exact=True)
    assert sorted(os.listdir(tmp_path / "export")) == sorted(f"{name}.csv" for name in WITHOUT_BUDGET)  # no leftovers


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
    assert JUSTIFICATION in set(read["Justification"])
    assert pd.read_csv(tmp_path / "proposals.csv", encoding="utf-8-sig")["Latitude"].min() < 0  # numbers unescaped


# ---- XLSX ----


def test_xlsx_reads_back_equal_to_the_tables(
    portfolio: Store, rubric: Rubric, tables: dict[str, Table], tmp_path: Path
) -> None:
    target = tmp_path / "export.xlsx"
    result = export_store(portfolio, rubric, "xlsx", target)
    assert result.paths == (target,) and result.notes == ()
    assert pd.ExcelFile(target).sheet_names == WITHOUT_BUDGET
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
    narrative = proposals.cell(2, header.index("Regional diagnosis") + 1)
    assert proposals.column_dimensions[narrative.column_letter].width == 60 and narrative.alignment.wrap_text
    assert proposals.column_dimensions["C"].width < 20  # country: a two-letter code
    amount = proposals.cell(2, header.index("Requested amount (US$)") + 1)
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
    assert openpyxl.load_workbook(tmp_path / "book.xlsx")["decisions"]["D2"].value == cell


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


# ---- for analysts: typed dates, labels, the committee's figures, Excel's CSV ----


def test_xlsx_dates_and_times_are_date_cells_with_a_date_format(
    portfolio: Store, rubric: Rubric, tables: dict[str, Table], tmp_path: Path
) -> None:
    target = tmp_path / "export.xlsx"
    export_store(portfolio, rubric, "xlsx", target)
    workbook = openpyxl.load_workbook(target)
    decided = workbook["decisions"].cell(2, [c.name for c in TABLES["decisions"]].index("decided_on") + 1)
    assert isinstance(decided.value, datetime) and decided.number_format == "yyyy-mm-dd"
    assert decided.value.date() == date.today()
    names = list(tables["proposals"].frame.columns)
    created = workbook["proposals"].cell(2, names.index("created_at") + 1)
    assert isinstance(created.value, datetime) and created.number_format == "yyyy-mm-dd hh:mm:ss"
    stored = tables["proposals"].frame.loc[0, "created_at"]
    assert created.value == datetime.fromisoformat(stored.replace("Z", "+00:00")).replace(tzinfo=None)


def test_spanish_headers_and_labels_keep_the_ids_beside(portfolio: Store, rubric: Rubric, tmp_path: Path) -> None:
    spanish = ExportOptions(language="es")
    built = {t.name: t for t in build_tables(portfolio, rubric, NoProgress(), spanish)}
    proposals = built["proposals"]
    assert proposals.headers[:7] == (
        "Código",
        "Título",
        "País",
        "Región",
        "Tipo de territorio",
        "region_kind_id",
        "Tipo de región",
    )
    for column in ("region_type", "priority_area", "status"):
        frame = proposals.frame
        assert (frame[column] == [value_label(column, v, "es") if v else "" for v in frame[f"{column}_id"]]).all()
    assert "large_investments" not in set(proposals.frame["priority_area"])
    actors = built["actors"].frame
    assert "Gobierno local" in set(actors["actor_type"]) and "local_government" in set(actors["actor_type_id"])
    decision = built["decisions"].frame.iloc[0]
    assert decision["decision"] == "Aprobar con condiciones" and decision["decision_id"] == "approve_with_conditions"
    export_store(portfolio, rubric, "xlsx", tmp_path / "es.xlsx", options=spanish)
    sheet = openpyxl.load_workbook(tmp_path / "es.xlsx")["aggregates"]
    assert [c.value for c in sheet[1]][:2] == ["Posición en el ranking", "Código de la propuesta"]
    assert "p(primeras 10)" in [c.value for c in sheet[1]]


def test_aggregates_carry_decision_calibrated_total_and_the_sensitivity(
    portfolio: Store, rubric: Rubric, tables: dict[str, Table]
) -> None:
    ranking = build_ranking(portfolio, rubric)
    sensitivity = ranking_sensitivity(ranking, rubric, top_n=10, samples=1_000, seed=0)
    scored, _ = evaluation_scores(portfolio, rubric)
    calibrated = calibrated_totals(scored)
    aggregates = tables["aggregates"].frame
    for r, (_, row) in zip(ranking, aggregates.iterrows(), strict=True):
        figures = sensitivity.proposals[r.uuid]
        assert row["proposal_code"] == r.code
        assert (None if pd.isna(row["p_top"]) else row["p_top"]) == figures.p_top
        assert (None if pd.isna(row["rank_lo"]) else row["rank_lo"]) == figures.rank_lo
        assert (None if pd.isna(row["rank_hi"]) else row["rank_hi"]) == figures.rank_hi
        expected = calibrated.get(r.uuid)
        if expected is None:
            assert pd.isna(row["calibrated_total"]) and r.total is None
        else:
            assert row["calibrated_total"] == pytest.approx(expected)
    decided = aggregates[aggregates["decision_id"] != ""]
    assert list(decided["decision"]) == ["Approve with conditions"]
    present = aggregates["p_top"].dropna()
    assert len(present) == aggregates["total"].notna().sum() and present.between(0, 1).all()
    assert 0 < (present == 1).sum() < 10 < (present < 1).sum()  # some sure of the top 10, others not


def test_the_agreement_and_calibration_sheets_hold_the_core_figures(
    portfolio: Store, rubric: Rubric, tables: dict[str, Table], tmp_path: Path
) -> None:
    scored, levels = evaluation_scores(portfolio, rubric)
    panel = panel_agreement(scored, levels)
    target = tmp_path / "export.xlsx"
    export_store(portfolio, rubric, "xlsx", target)
    agreement = read_sheet(target, tables["agreement"]).set_index("measure_id")
    assert list(agreement.index) == ["total", *panel.subcriteria]
    for measure, expected in [("total", panel.total), *panel.subcriteria.items()]:
        row = agreement.loc[measure]
        assert row["items"] == expected.items and row["complete_items"] == expected.complete_items
        for name, value in expected.to_json().items():
            assert pd.isna(row[name]) if value is None else row[name] == pytest.approx(value, rel=1e-13)
    assert "icc2" in agreement.loc["total", "undefined"] or panel.total.icc2 is not None
    calibration = read_sheet(target, tables["calibration"])
    lines = calibrate(scored)
    assert list(calibration["evaluator_uuid"]) == [c.evaluator_uuid for c in lines]
    for c, (_, row) in zip(lines, calibration.iterrows(), strict=True):
        assert row["tendency_id"] == c.tendency and row["proposals"] == c.proposals
        for name in ("mean_deviation", "sd", "standard_error"):
            value = getattr(c, name)
            assert pd.isna(row[name]) if value is None else row[name] == pytest.approx(value, rel=1e-13)


def test_the_semicolon_csv_round_trips_with_decimal_commas(portfolio: Store, rubric: Rubric, tmp_path: Path) -> None:
    options = ExportOptions(language="pt")
    built = {t.name: t for t in build_tables(portfolio, rubric, NoProgress(), options)}
    export_store(portfolio, rubric, "csv", tmp_path / "pt", options=options, csv_dialect="excel-semicolon")
    raw = (tmp_path / "pt" / "aggregates.csv").read_text(encoding="utf-8-sig")
    assert raw.splitlines()[0].startswith("Posição no ranking;Código da proposta;")
    for name in ("proposals", "aggregates", "calibration", "agreement"):
        table_ = built[name]
        text = [c.name for c in table_.columns if DTYPES[c.kind] == "object"]
        read = pd.read_csv(
            tmp_path / "pt" / f"{name}.csv",
            sep=";",
            decimal=",",
            encoding="utf-8-sig",
            header=0,
            names=[c.name for c in table_.columns],
            keep_default_na=False,
            na_values={c.name: [""] for c in table_.columns if c.name not in text},
            dtype={c.name: DTYPES[c.kind] for c in table_.columns},
        )
        pd.testing.assert_frame_equal(read, csv_escaped(table_.frame, table_), check_exact=True)
    assert ";0," in raw or ";1," in raw  # a decimal comma, not a point


def test_every_language_has_every_header() -> None:
    """Every column but an `_id` one has a header, and every catalogue translates it (the catalogue tests check
    that no text is left empty; here: each header is looked up, with its criterion or N filled in)."""
    names = {c.key for cols in TABLES.values() for c in cols if not c.name.endswith(ID_SUFFIX)}
    assert names <= header_keys()
    concrete = [c for cols in TABLES.values() for column in cols for c in column.expanded(["B"])]
    for language in languages():
        headers = [header(language, c, 5) for c in concrete if not c.name.endswith(ID_SUFFIX)]
        assert all("{" not in h and h not in names for h in headers)
    assert header("es", columns("aggregates", ["B"])[13], 5) == "Criterio B (0–4)"
    assert header("pt", columns("aggregates", ["B"])[14], 5) == "Peso B"
    assert header("pt", columns("aggregates", ["B"])[10], 5) == "p(primeiras 5)"


def test_the_headers_and_labels_are_the_exports_language_not_the_windows() -> None:
    rows = [dict.fromkeys((c.name for c in columns("decisions", ())), "")]
    rows[0].update(decision="defer", revision=1)
    set_language("pt")
    try:
        spanish = table("decisions", rows, (), ExportOptions(language="es"))
    finally:
        set_language("en")
    assert spanish.headers[:3] == ("Código de la propuesta", "Decisión", "decision_id")
    assert list(spanish.frame.loc[0, ["decision", "decision_id"]]) == ["Aplazar", "defer"]


# ---- the audit log ----


@pytest.fixture
def withdrawn(portfolio: Store, rubric: Rubric) -> str:
    """The portfolio's decision revised, then withdrawn; its proposal's code."""
    first = next(portfolio.proposals.all())
    decision = portfolio.decisions.get(first.uuid)
    assert decision is not None
    revised = dataclasses.replace(decision, kind=DecisionKind.DEFER, rationale="Falta el acta firmada.")
    portfolio.decisions.revise(revised, "Llegó una objeción del gobierno regional", rubric)
    portfolio.decisions.withdraw(first.uuid, "Error en el acta: se votó otra propuesta")
    return first.code


def test_the_audit_table_holds_every_entry_of_the_log_oldest_first(
    portfolio: Store, rubric: Rubric, withdrawn: str
) -> None:
    audit = {t.name: t for t in build_tables(portfolio, rubric, NoProgress())}["audit"]
    frame = audit.frame
    assert len(frame) == portfolio.audit.count()
    assert list(frame["at"]) == sorted(frame["at"])
    decided = frame[(frame["proposal_code"] == withdrawn) & frame["action"].str.startswith("decision")]
    kinds = decided[decided["field"] == "decision"]
    assert list(kinds["action"]) == ["decision", "decision", "decision_withdrawn"]
    assert list(kinds["old_value"]) == ["", "approve_with_conditions", "defer"]
    assert list(kinds["new_value"]) == ["approve_with_conditions", "defer", ""]
    assert list(kinds["reason"]) == [
        "",
        "Llegó una objeción del gobierno regional",
        "Error en el acta: se votó otra propuesta",
    ]
    rationale = decided[decided["field"] == "rationale"].iloc[-1]
    assert rationale["new_value"] == "Falta el acta firmada." and rationale["actor"] == portfolio.user
    scored = frame[(frame["proposal_code"] == TRICKY_CODE) & (frame["action"] == "score")].set_index("field")
    assert set(scored["evaluator"]) == {"João Ribeiro"} and scored.loc["A2", "new_value"] == "3"
    assert audit.headers[:4] == ("When (UTC)", "Proposal code", "Who", "Action")
    spanish = table("audit", [], (), ExportOptions(language="es"))
    assert spanish.headers == (
        "Fecha y hora (UTC)", "Código de la propuesta", "Quién", "Acción", "Registro", "Evaluador", "Campo", "Antes",
        "Después", "Motivo", "UUID del registro",
    )  # fmt: skip


def test_the_audit_sheet_has_date_time_cells_and_spanish_headers(
    portfolio: Store, rubric: Rubric, withdrawn: str, tmp_path: Path
) -> None:
    target = tmp_path / "export.xlsx"
    export_store(portfolio, rubric, "xlsx", target, options=ExportOptions(language="es"))
    sheet = openpyxl.load_workbook(target)["audit"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Fecha y hora (UTC)", "Código de la propuesta", "Quién", "Acción")
    assert len(rows) - 1 == portfolio.audit.count()
    assert all(isinstance(row[0], datetime) for row in rows[1:])
    assert sheet["A2"].number_format == "yyyy-mm-dd hh:mm:ss"
    last = rows[-1]
    assert last[1:4] == (withdrawn, portfolio.user, "decision_withdrawn")
    assert last[9] == "Error en el acta: se votó otra propuesta"
    stored = portfolio.audit.entries()[-1].at
    assert last[0] == datetime.fromisoformat(stored).replace(tzinfo=None)
