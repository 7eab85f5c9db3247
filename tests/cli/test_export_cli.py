"""The export command's handler, called with the arguments its parser gives (until `red-desktop export` is wired)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd
import pytest

from red_desktop.cli.export import run as export
from red_desktop.cli.main import main
from red_desktop.core.demo import build_demo
from red_desktop.core.errors import ValidationError
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


@pytest.fixture
def db(tmp_path: Path, rubric: Rubric) -> Path:
    path = tmp_path / "store.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=12, evaluators=3, seed=4)
    return path


def arguments(db: Path, kind: str, output: Path, as_json: bool = False, **options: object) -> argparse.Namespace:
    defaults = {"lang": "en", "csv_dialect": "standard", "top": 10}
    return argparse.Namespace(
        db=db, demo=False, user="tester", json=as_json, kind=kind, output=output, rubric=None, **(defaults | options)
    )


def test_export_xlsx_prints_where_and_how_many_rows(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "tables.xlsx"
    assert export(arguments(db, "xlsx", target)) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Exported to {target}: proposals 12, actors ") and "decisions 0" in out
    assert len(pd.read_excel(target, sheet_name="proposals")) == 12


def test_export_csv_json_names_every_file(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert export(arguments(db, "csv", tmp_path / "out", as_json=True)) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["kind"] == "csv" and result["notes"] == [] and result["rows"]["proposals"] == 12
    tables = "proposals actors evaluations scores aggregates decisions agreement calibration audit".split()
    assert [Path(p).name for p in result["paths"]] == [f"{t}.csv" for t in tables]
    assert all(Path(p).is_file() for p in result["paths"])


def test_export_refuses_a_folder_as_xlsx_target(db: Path, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="is a folder; an XLSX export is one file"):
        export(arguments(db, "xlsx", tmp_path))


def test_export_aggregates_repeat_rank_sensitivity(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "rank", "--sensitivity", "--json"]) == 0
    ranked = json.loads(capsys.readouterr().out)
    target = tmp_path / "tables.xlsx"
    assert main(["--db", str(db), "export", "xlsx", "-o", str(target), "--lang", "es"]) == 0
    sheet = pd.read_excel(target, sheet_name="aggregates")
    assert list(sheet["Código de la propuesta"]) == [r["code"] for r in ranked]
    for column, key in (("p(primeras 10)", "p_top"), ("Intervalo de posición, mejor", "rank_lo")):
        assert [None if pd.isna(v) else v for v in sheet[column]] == [r[key] for r in ranked]
    assert set(sheet["region_type_id"].dropna()) <= {"marginalized", "emerging", "declining"}
    assert not set(sheet["Tipo de región"].dropna()) & {"marginalized", "emerging", "declining"}


def test_export_semicolon_csv_for_a_spanish_excel(db: Path, tmp_path: Path) -> None:
    assert export(arguments(db, "csv", tmp_path / "out", lang="es", csv_dialect="excel-semicolon")) == 0
    read = pd.read_csv(tmp_path / "out" / "aggregates.csv", sep=";", decimal=",", encoding="utf-8-sig")
    assert read["Total (0–100)"].dtype == float and read["Total (0–100)"].max() <= 100
    assert (tmp_path / "out" / "aggregates.csv").read_bytes().startswith(b"\xef\xbb\xbf")
