"""The headless commands end to end on temporary stores: output, exit codes, refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from red_desktop import paths
from red_desktop.core.rubric import load_rubric
from red_desktop.core.store.migrations import LATEST_VERSION
from tests.cli.conftest import Run

RUBRIC = load_rubric(paths.default_rubric_path())


def test_rank_json_lists_every_proposal_sorted_by_total(ranked: tuple[Path, list[dict]]) -> None:
    _, rows = ranked
    assert len(rows) == 200
    assert len({r["code"] for r in rows}) == 200
    totals = [r["total"] for r in rows]
    assert totals == sorted(totals, reverse=True)
    required = {
        "code",
        "title",
        "region_type",
        "criteria",
        "weights",
        "total",
        "eligible",
        "evaluations",
        "spread",
        "contested",
    }
    assert all(required <= set(r) for r in rows)
    assert all(isinstance(r["eligible"], bool) and isinstance(r["contested"], bool) for r in rows)
    assert all(r["evaluations"] >= 1 for r in rows)


def test_rank_totals_follow_the_spec_formula_with_each_region_types_weights(ranked: tuple[Path, list[dict]]) -> None:
    _, rows = ranked
    expected_weights = {
        "marginalized": {"A": 45, "B": 25, "C": 30},
        "emerging": {"A": 30, "B": 35, "C": 35},
        "declining": {"A": 30, "B": 45, "C": 25},
        None: {"A": 35, "B": 35, "C": 30},
    }
    seen = set()
    for r in rows:
        weights = expected_weights[r["region_type"]]
        assert r["weights"] == weights
        assert all(0 <= v <= 4 for v in r["criteria"].values())
        assert r["total"] == pytest.approx(sum(weights[c] * r["criteria"][c] for c in weights) / 4, abs=1e-9)
        seen.add(r["region_type"])
    assert {"marginalized", "emerging", "declining"} <= seen


def test_rank_ranks_ties_equally_and_flags_contested_with_reasons(ranked: tuple[Path, list[dict]]) -> None:
    _, rows = ranked
    assert rows[0]["rank"] == 1
    for before, after in zip(rows, rows[1:]):
        assert (after["rank"] == before["rank"]) == (after["total"] == before["total"])
    contested = [r for r in rows if r["contested"]]
    assert contested and all(r["contested_reasons"] for r in contested)
    assert all(not r["contested_reasons"] for r in rows if not r["contested"])


def test_rank_as_a_table_and_with_the_median(run: Run, ranked: tuple[Path, list[dict]]) -> None:
    db, _ = ranked
    table = run("rank", "--db", str(db))
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert lines[0].split()[:3] == ["rank", "code", "total"] and len(lines) == 201
    median = run("rank", "--db", str(db), "--method", "median", "--json")
    assert len(json.loads(median.stdout)) == 200


def test_check_reports_integrity_version_and_counts(run: Run, ranked: tuple[Path, list[dict]]) -> None:
    db, _ = ranked
    result = run("check", "--db", str(db), "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and report["integrity"] == ["ok"] and report["schema_version"] == LATEST_VERSION
    assert report["counts"]["proposals"] == 200 and report["counts"]["evaluators"] == 5
    text = run("check", "--db", str(db))
    assert "Integrity: ok" in text.stdout and f"Schema version {LATEST_VERSION}" in text.stdout


def test_the_environment_variable_chooses_the_store(run: Run, ranked: tuple[Path, list[dict]]) -> None:
    db, _ = ranked
    result = run("check", "--json", extra_env={paths.DB_ENV_VAR: str(db)})
    assert json.loads(result.stdout)["counts"]["proposals"] == 200


def test_demo_without_db_fills_the_demo_store_not_the_real_one(run: Run, tmp_path: Path) -> None:
    result = run("demo", "--proposals", "3", "--evaluators", "2", "--json")
    assert result.returncode == 0, result.stderr
    written = Path(json.loads(result.stdout)["path"])
    assert written.name == paths.DEMO_STORE_FILENAME and str(tmp_path) in str(written)
    assert run("check", "--demo", "--json").returncode == 0
    real = run("check", "--json")
    assert real.returncode == 1 and "no RED Desktop store" in real.stderr


def assert_one_line_error(result, text: str, code: int = 1) -> None:  # type: ignore[no-untyped-def]
    assert result.returncode == code
    assert text in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_a_non_sqlite_store_is_refused_and_left_byte_for_byte(run: Run, tmp_path: Path) -> None:
    fake = tmp_path / "proposals.xlsx"
    content = b"%PDF-1.4 this is a renamed PDF" + bytes(range(256))
    fake.write_bytes(content)
    for args in (["check", "--db", str(fake)], ["rank", "--db", str(fake)], ["demo", "--db", str(fake)]):
        assert_one_line_error(run(*args), "not a RED Desktop store")
    assert fake.read_bytes() == content


def test_demo_into_a_store_with_proposals_is_refused(run: Run, ranked: tuple[Path, list[dict]], tmp_path: Path) -> None:
    db, _ = ranked
    copy = tmp_path / "copy.db"
    copy.write_bytes(db.read_bytes())
    assert_one_line_error(run("demo", "--db", str(copy), "--proposals", "5"), "already holds proposals")


@pytest.mark.parametrize(
    "args, text",
    [
        (["demo", "--proposals", "abc"], "invalid int value: 'abc'"),
        (["demo", "--proposals", "0"], "must be from 1 to 100,000"),
        (["rank", "--method", "mode"], "invalid choice: 'mode'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_arguments_get_a_clear_message(run: Run, tmp_path: Path, args: list[str], text: str) -> None:
    result = run(*args, "--db", str(tmp_path / "s.sqlite"))
    assert result.returncode in (1, 2)
    assert text in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "s.sqlite").exists()


def test_a_bad_rubric_file_is_refused_with_its_problems(
    run: Run, ranked: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    db, _ = ranked
    bad = tmp_path / "rubric.json"
    bad.write_text('{"format_version": 1, "id": "x"}', encoding="utf-8")
    result = run("rank", "--db", str(db), "--rubric", str(bad))
    assert_one_line_error(result, "criteria: must be a non-empty list")


def test_the_window_without_a_display_explains_how_to_run_it(run: Run, tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "s.sqlite"), extra_env={"QT_QPA_PLATFORM": ""})
    assert result.returncode == 2
    assert "No display was found" in result.stderr
    assert f"xvfb-run -a red-desktop --db {tmp_path / 's.sqlite'}" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "s.sqlite").exists()


def test_version_and_help(run: Run) -> None:
    assert run("--version").stdout.startswith("red-desktop ")
    helped = run("--help")
    assert helped.returncode == 0 and all(c in helped.stdout for c in ("demo", "rank", "check"))
