"""`red-desktop history CODE`: a decision recorded, revised and withdrawn reads back with who, when and why."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from red_desktop.core.store import Store
from tests.cli.conftest import PROFILE, Run


@pytest.fixture
def decided(run: Run, ranked: tuple[Path, list[dict]], tmp_path: Path) -> tuple[tuple[str, str], str]:
    """A copy of the demo store where one proposal's decision was recorded, revised and withdrawn; (--db, code)."""
    copy = tmp_path / "copy.sqlite"
    shutil.copy(ranked[0], copy)
    with Store.open(copy, readonly=True) as store:
        code = next(p.code for p in store.proposals.all() if store.decisions.get(p.uuid) is None)
    db = ("--db", str(copy))
    steps = (
        ("--decision", "defer", "--rationale", "Falta el informe de la región", "--member", "Ana Lucía Quispe"),
        ("--decision", "reject", "--rationale", "El informe no sustenta la escala", "--reason", "Llegó el informe"),
        ("--withdraw", "--reason", "Error en el acta: se votó otra propuesta"),
    )
    for step in steps:
        done = run("decide", code, *db, *step)
        assert done.returncode == 0, done.stderr
    return db, code


def test_history_reads_each_decision_with_who_and_why_newest_last(
    run: Run, decided: tuple[tuple[str, str], str]
) -> None:
    db, code = decided
    shown = run("history", code, *db)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert lines[0].startswith(f"{code} · ") and lines[1] == "Decision now: none"
    last = lines[-3:]
    assert all(f"  {PROFILE[0]}  " in line for line in last)
    assert "Decision recorded: defer (rationale: Falta el informe de la región;" in last[0]
    assert "Decision revised: defer → reject; rationale Falta el informe de la región → El informe" in last[1]
    assert last[1].endswith("Reason: Llegó el informe")
    assert "Decision withdrawn (was reject)." in last[2]
    assert last[2].endswith("Reason: Error en el acta: se votó otra propuesta")
    assert any("Evaluation by " in line for line in lines[2:-3])  # the demo's evaluations come first


def test_history_json_and_the_decision_alone(run: Run, decided: tuple[tuple[str, str], str]) -> None:
    db, code = decided
    shown = run("history", code, *db, "--decision", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["code"] == code and data["decision"] is None
    events = data["events"]
    assert [e["event"] for e in events] == ["decision_recorded", "decision_revised", "decision_withdrawn"]
    assert [e["reason"] for e in events] == ["", "Llegó el informe", "Error en el acta: se votó otra propuesta"]
    assert {e["actor"] for e in events} == {PROFILE[0]}
    assert {"field": "decision", "old": "defer", "new": "reject"} in events[1]["changes"]
    assert events[0]["at"] <= events[1]["at"] <= events[2]["at"]


def test_an_unknown_code_is_one_line_and_exit_code_1(run: Run, ranked: tuple[Path, list[dict]]) -> None:
    shown = run("history", "RED-XX-2026-999", "--db", str(ranked[0]))
    assert shown.returncode == 1
    assert shown.stderr.strip().splitlines() == ["red-desktop: error: No proposal with code RED-XX-2026-999"]
    assert shown.stdout == ""


def test_history_all_reads_the_whole_log_newest_last_with_each_proposals_code(
    run: Run, decided: tuple[tuple[str, str], str]
) -> None:
    db, code = decided
    shown = run("history", "--all", *db)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert [line[:16] for line in lines] == sorted(line[:16] for line in lines)  # local time to the minute
    last = lines[-3:]
    assert all(f"  {code}  {PROFILE[0]}  " in line for line in last)
    assert "Decision recorded: defer (rationale: Falta el informe de la región;" in last[0]
    assert "Decision revised: defer → reject;" in last[1] and last[1].endswith("Reason: Llegó el informe")
    assert "Decision withdrawn (was reject). Status: decided → " in last[2]
    assert last[2].endswith("Reason: Error en el acta: se votó otra propuesta")
    others = {line.split("  ")[1] for line in lines[:-3] if "Evaluation by " in line}
    assert len(others) > 1  # every proposal's evaluations, each under its own code


def test_history_all_json_gives_every_event_with_its_proposal(run: Run, decided: tuple[tuple[str, str], str]) -> None:
    db, code = decided
    shown = run("history", "--all", "--json", *db)
    assert shown.returncode == 0, shown.stderr
    events = json.loads(shown.stdout)["events"]
    assert [e["at"] for e in events] == sorted(e["at"] for e in events)
    last = events[-3:]
    assert [e["event"] for e in last] == ["decision_recorded", "decision_revised", "decision_withdrawn"]
    assert {e["code"] for e in last} == {code} and {e["actor"] for e in last} == {PROFILE[0]}
    assert last[2]["reason"] == "Error en el acta: se votó otra propuesta"
    assert {"field": "decision", "old": "reject", "new": None} in last[2]["changes"]
    single = json.loads(run("history", code, "--json", *db).stdout)["events"]
    own = [{k: v for k, v in e.items() if k not in ("code", "proposal_uuid")} for e in events if e["code"] == code]
    assert own == single  # the proposal's own history, as `history CODE` tells it


def test_history_needs_a_code_or_all(run: Run, ranked: tuple[Path, list[dict]]) -> None:
    shown = run("history", "--db", str(ranked[0]))
    assert shown.returncode == 2 and "one of the arguments code --all is required" in shown.stderr
