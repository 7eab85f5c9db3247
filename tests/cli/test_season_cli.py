"""coi, assign and progress from the command line (issue 21), run as a committee member or a field evaluator would."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from red_desktop.core.domain import Evaluation, EvaluationState, Evaluator, Score
from red_desktop.core.rubric import Rubric
from red_desktop.core.settings import Role
from red_desktop.core.store import Store
from tests.cli.conftest import Run, _runner, save_profile
from tests.factories import full_levels, proposal

PEOPLE = ("Ana Quispe", "Bruno Salles", "Carmen Rojas", "Diego Paz", "Elena Souza")


@pytest.fixture
def season(tmp_path: Path, rubric: Rubric) -> Path:
    """12 proposals, five evaluators; Bruno already finalised RED-PE-2026-003."""
    path = tmp_path / "season.sqlite"
    with Store.open(path, user="setup") as store:
        uuids = [store.proposals.add(proposal(f"RED-PE-2026-{i:03d}")).uuid for i in range(1, 13)]
        people = [store.evaluators.add(Evaluator(name)) for name in PEOPLE]
        scores = tuple(Score(s, v, "justificación") for s, v in full_levels(rubric, 3).items())
        store.evaluations.record(
            Evaluation(uuids[2], people[1].uuid, rubric.id, rubric.version, EvaluationState.FINAL, scores), rubric
        )
    return path


def _ok(result) -> dict:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_season_from_the_command_line(run: Run, season: Path) -> None:
    db = ("--db", str(season))
    declared = _ok(run("coi", "declare", *db, "--evaluator", "Ana Quispe", "--proposal", "RED-PE-2026-001",
                       "--reason", "Mi hermana dirige el proyecto", "--json"))  # fmt: skip
    assert declared["proposals_reached"] == 1 and declared["evaluator"] == "Ana Quispe"
    _ok(run("coi", "declare", *db, "--evaluator", "Bruno Salles", "--proposal", "RED-PE-2026-003", "--reason", "Socio",
            "--json"))  # fmt: skip
    listed = _ok(run("coi", "list", *db, "--json"))
    assert [row["evaluator"] for row in listed] == ["Ana Quispe", "Bruno Salles"]
    ranked = {row["code"]: row for row in _ok(run("rank", *db, "--json"))}
    assert ranked["RED-PE-2026-003"]["conflicts_excluded"] == 1 and ranked["RED-PE-2026-003"]["total"] is None
    assigned = _ok(run("assign", *db, "--auto", "--due", "2026-12-20", "--json"))
    assert assigned["per_proposal"] == 2 and assigned["workload_spread"] <= 1 and len(assigned["new"]) == 24
    assert {"code": "RED-PE-2026-001", "evaluator": "Ana Quispe"} not in assigned["new"]
    assert {"code": "RED-PE-2026-003", "evaluator": "Bruno Salles"} not in assigned["new"]
    refused = run("assign", "RED-PE-2026-001", *db, "--evaluator", "Ana Quispe")
    assert refused.returncode == 1 and "Ana Quispe declared a conflict of interest" in refused.stderr
    progress = _ok(run("progress", *db, "--as-of", "2026-12-21", "--json"))
    assert sum(e["assigned"] for e in progress["evaluators"]) == 24
    assert all(e["overdue"] == e["assigned"] for e in progress["evaluators"])  # nothing final counted yet
    assert len(progress["not_ready"]) == 12
    bruno = next(e for e in progress["evaluators"] if e["evaluator"] == "Bruno Salles")
    assert bruno["excluded"] == 1
    text = run("progress", *db, "--as-of", "2026-12-21")
    assert "0 of 24 final evaluations needed (2 a proposal); 12 proposal(s) cannot be decided yet" in text.stdout
    withdrawn = _ok(run("coi", "withdraw", declared["id"][:8], *db, "--reason", "Declarada por error", "--json"))
    assert withdrawn["withdrawn_reason"] == "Declarada por error"
    _ok(run("assign", "RED-PE-2026-001", *db, "--evaluator", "Ana Quispe", "--due", "2026-12-22", "--json"))


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["coi", "declare", "--evaluator", "Ana Quispe", "--proposal", "RED-PE-2026-001"], "needs --reason"),
        (["coi", "declare", "--evaluator", "Ana Quispe", "--reason", "x"], "needs --proposal CODE"),
        (["coi", "declare", "--evaluator", "Nadie", "--agency", "X", "--reason", "x"], "No evaluator named 'Nadie'"),
        (["coi", "withdraw", "ffffffff", "--reason", "x"], "No declaration of a conflict of interest"),
        (["assign", "--auto", "--due", "20/12/2026"], "--due must be a date written YYYY-MM-DD"),
        (["assign", "--auto", "--per-proposal", "0"], "from 1 to 20"),
        (["assign", "RED-PE-2026-001"], "assign needs --auto"),
        (["assign", "--evaluator", "Ana Quispe", "--reads", "portugués"], "two-letter language codes"),
        (["progress", "--as-of", "mañana"], "--as-of must be a date"),
    ],
)
def test_bad_options_are_refused_naming_what_is_wrong_and_write_nothing(
    run: Run, season: Path, args: list[str], said: str
) -> None:
    before = season.read_bytes()
    result = run(*args, "--db", str(season))
    assert result.returncode in (1, 2) and said in result.stderr, result.stderr
    assert season.read_bytes() == before


def test_a_field_evaluator_declares_for_themselves_only_and_does_not_assign(tmp_path: Path, season: Path) -> None:
    run = _runner(tmp_path / "field-home", profile=False)
    save_profile(tmp_path / "field-home" / "xdg_config_home", "Carmen Rojas", Role.FIELD_EVALUATOR)
    db = ("--db", str(season))
    mine = run("coi", "declare", *db, "--agency", "Municipalidad", "--reason", "Trabajé allí")
    assert mine.returncode == 0, mine.stderr
    before = season.read_bytes()
    other = run("coi", "declare", *db, "--evaluator", "Ana Quispe", "--agency", "X", "--reason", "x")
    assert other.returncode == 1 and "Only a committee member or administrator" in other.stderr
    assigning = run("assign", *db, "--auto")
    assert assigning.returncode == 1 and "Only a committee member or administrator assigns" in assigning.stderr
    assert season.read_bytes() == before


def test_a_new_committee_store_assigns_the_evaluators_on_its_roster(run: Run, tmp_path: Path) -> None:
    """Before any package has arrived the store knows its evaluators by their keys only."""
    from red_desktop.core import identity

    path = tmp_path / "new.sqlite"
    with Store.open(path, user="setup") as store:
        for i in range(1, 5):
            store.proposals.add(proposal(f"RED-BO-2026-{i:03d}", country="BO"))
        for name in ("Ana Quispe", "Bruno Salles"):
            keys = tmp_path / name.replace(" ", "-")
            store.roster.add(identity.create_keys(keys, name, "field_evaluator"))
    assigned = _ok(run("assign", "--db", str(path), "--auto", "--due", "2026-12-20", "--json"))
    assert assigned["workload"] == {"Ana Quispe": 4, "Bruno Salles": 4} and len(assigned["new"]) == 8
    declared = _ok(run("coi", "declare", "--db", str(path), "--evaluator", "Ana Quispe", "--agency", "Gobierno",
                       "--reason", "Trabajé allí", "--json"))  # fmt: skip
    assert declared["proposals_reached"] == 0
