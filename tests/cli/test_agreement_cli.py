"""`red-desktop agreement` end to end: a ratings file or a store, as a table or JSON, and its refusals."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from red_desktop.core.agreement import FIGURES
from tests.cli.conftest import Run
from tests.cli.test_commands import assert_one_line_error
from tests.conftest import REPO

# Shrout & Fleiss (1979) Table 2: 6 targets x 4 judges; published ICCs .17 .29 .71 .44 .62 .91 (to 3 decimals below).
SHROUT_FLEISS_CSV = "target,J1,J2,J3,J4\n1,9,2,5,8\n2,6,1,3,2\n3,8,4,6,8\n4,7,1,2,6\n5,10,5,6,9\n6,6,2,4,7\n"
SHROUT_FLEISS_ICC = {"icc1": 0.166, "icc2": 0.290, "icc3": 0.715, "icc1k": 0.443, "icc2k": 0.620, "icc3k": 0.909}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo store; 3 evaluators, so that many proposals are rated by all of them."""
    db = tmp_path_factory.mktemp("agreement") / "demo.db"
    args = ["demo", "--db", str(db), "--proposals", "30", "--evaluators", "3", "--seed", "2"]
    made = subprocess.run(
        [sys.executable, "-m", "red_desktop", *args], capture_output=True, text=True, cwd=REPO, timeout=300
    )
    assert made.returncode == 0, made.stderr
    return db


@pytest.fixture
def shrout_fleiss(tmp_path: Path) -> Path:
    path = tmp_path / "shrout_fleiss.csv"
    path.write_text(SHROUT_FLEISS_CSV, encoding="utf-8")
    return path


def test_the_shrout_fleiss_table_gives_the_published_figures_as_json(run: Run, shrout_fleiss: Path) -> None:
    result = run("agreement", str(shrout_fleiss), "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert list(figures) == list(FIGURES)
    assert {f: figures[f] for f in SHROUT_FLEISS_ICC} == pytest.approx(SHROUT_FLEISS_ICC, abs=5e-4)
    assert result.stderr == ""


def test_the_file_as_a_readable_table(run: Run, shrout_fleiss: Path) -> None:
    result = run("agreement", str(shrout_fleiss))
    assert result.returncode == 0, result.stderr
    assert "4 raters on 6 items" in result.stdout
    assert "ICC(3,1)" in result.stdout and "0.715" in result.stdout and "alpha interval" in result.stdout


def test_undefined_figures_are_null_with_each_reason_on_stderr(run: Run, tmp_path: Path) -> None:
    constant = tmp_path / "constant.csv"
    constant.write_text("item;A;B\nx;3;3\ny;3;3\n", encoding="utf-8")
    result = run("agreement", str(constant), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == dict.fromkeys(FIGURES)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 10 and lines[0].startswith("red-desktop: icc1 undefined: every rating is the same")
    text = run("agreement", str(constant))
    assert "undefined: every rating is the same" in text.stdout


def test_a_text_cell_fails_with_one_line_naming_the_cell(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("item,A,B\nP1,3,4\nP2,2,lots\n", encoding="utf-8")
    assert_one_line_error(run("agreement", str(bad)), "line 3 (item 'P2'), column 'B': is not a number")
    refused = run("agreement", str(bad), "--json")  # the same one line, and the error as JSON for a script
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    error = json.loads(refused.stdout)
    assert error["message_code"] == "not_valid"
    assert [(p["where"], p["message_code"], p["value"]) for p in error["problems"]] == [
        ("line 3 (item 'P2'), column 'B'", "not_a_number", "lots")
    ]


def test_a_missing_file_fails_with_one_line(run: Run, tmp_path: Path) -> None:
    assert_one_line_error(run("agreement", str(tmp_path / "absent.csv")), "No ratings file at")


def test_the_store_gives_the_total_and_every_sub_criterion(run: Run, demo_db: Path) -> None:
    result = run("agreement", "--db", str(demo_db), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"total", "subcriteria", "items", "raters"}
    assert data["items"] == 30 and data["raters"] == 3
    assert len(data["subcriteria"]) == 13 and "A1" in data["subcriteria"]
    for figures in [data["total"], *data["subcriteria"].values()]:
        assert list(figures) == list(FIGURES)
    assert data["total"]["alpha_interval"] > 0


def test_the_store_as_a_table(run: Run, demo_db: Path) -> None:
    result = run("--db", str(demo_db), "agreement")  # --db before the command works too
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "30 proposals, 3 evaluators" in lines[0]
    header = next(line for line in lines if line.split()[:1] == ["icc1"])
    assert header.split() == [
        "icc1",
        "icc2",
        "icc3",
        "icc1k",
        "icc2k",
        "icc3k",
        "nominal",
        "ordinal",
        "interval",
        "ratio",
    ]
    assert any(line.startswith("total ") for line in lines) and any(line.startswith("C4 ") for line in lines)


@pytest.mark.parametrize(
    "args, text",
    [
        (["agreement"], "needs a ratings FILE.csv or a store"),
        (["agreement", "ratings.csv", "--db", "store.db"], "not both"),
        (["agreement", "ratings.csv", "--demo"], "not both"),
    ],
)
def test_a_file_and_a_store_or_neither_is_a_usage_error(run: Run, args: list[str], text: str) -> None:
    assert_one_line_error(run(*args), text, code=2)
