"""Who did it: commands that write stamp the evaluator profile's name, never the login, and refuse without one."""

from __future__ import annotations

import getpass
import json
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from red_desktop.core.store import Store
from tests.cli.conftest import PROFILE, Run, new_store
from tests.conftest import REPO

KOBO = REPO / "tests" / "fixtures" / "imports" / "kobo_propuestas_es.xlsx"
KOBO_PT = KOBO.with_name("kobo_propostas_pt.csv")


def test_a_decision_carries_the_profile_name_in_the_store_and_the_dossier(
    run: Run, ranked: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    db = tmp_path / "committee.sqlite"
    shutil.copy(ranked[0], db)
    made = run("profile", "create", "--name", "Carla Mendoza", "--role", "committee_member")
    assert made.returncode == 0, made.stderr
    code = ranked[1][0]["code"]
    decided = run("decide", code, "--db", str(db), "--decision", "approve", "--rationale", "Sólida", "--json")
    assert decided.returncode == 0, decided.stderr
    assert json.loads(decided.stdout)["members_present"] == ["Carla Mendoza"]

    with Store.open(db, readonly=True) as store:
        proposal = store.proposals.by_code(code)
        decision = store.decisions.get(proposal.uuid)
        actors = {e.actor for e in store.audit.entries(proposal.uuid) if e.field == "decision"}
        evaluator = store.evaluators.by_name("Carla Mendoza")
    assert decision is not None and decision.members_present == ("Carla Mendoza",)
    assert decision.stamp.updated_by == "Carla Mendoza" and actors == {"Carla Mendoza"}
    assert evaluator.role == "committee_member"  # on the store's evaluators, as the window puts its user

    pdf = tmp_path / "dossier.pdf"
    written = run("dossier", "--db", str(db), "-o", str(pdf), "--top", "1", "--no-charts")
    assert written.returncode == 0, written.stderr
    text = " ".join(" ".join(page.extract_text() or "" for page in PdfReader(pdf).pages).split())
    assert "Members present: Carla Mendoza" in text
    assert f"Members present: {getpass.getuser()}" not in text


def test_an_import_carries_the_profile_name_and_user_overrides_it(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    first = run("import", str(KOBO_PT), "--db", new_store(db))
    assert first.returncode == 0, first.stderr
    changed = tmp_path / "kobo_propostas_pt.csv"  # the same submission, its title corrected on the form
    changed.write_text(KOBO_PT.read_text(encoding="utf-8-sig").replace("Polo de inovação", "Polo de inovação e"))
    again = run("import", str(changed), "--db", str(db), "--json")
    assert again.returncode == 0 and json.loads(again.stdout)["updated"] == 1, again.stdout + again.stderr
    with Store.open(db, readonly=True) as store:
        (proposal,) = store.proposals.all()
        actors = {e.actor for e in store.audit.entries(proposal.uuid)}
        evaluators = {e.name: e.role for e in store.evaluators.all()}
    assert proposal.stamp.revision == 2 and proposal.stamp.updated_by == PROFILE[0]
    assert actors == {PROFILE[0]}
    assert evaluators == {PROFILE[0]: PROFILE[1].value}

    other = tmp_path / "other.sqlite"
    assert run("--user", "Otra Persona", "import", str(KOBO_PT), "--db", new_store(other)).returncode == 0
    with Store.open(other, readonly=True) as store:
        assert {p.stamp.updated_by for p in store.proposals.all()} == {"Otra Persona"}


@pytest.mark.parametrize(
    "command",
    [
        ["decide", "RED-PE-2026-001", "--decision", "approve", "--rationale", "x"],
        ["import", str(KOBO)],
        ["roster", "revoke", "AAAA-BBBB-CCCC-DDDD", "--reason", "lost"],
        ["package", "resolve", "0123"],
    ],
    ids=lambda command: " ".join(command[:2]).replace(str(KOBO), "FILE"),
)
def test_a_command_that_writes_refuses_without_a_profile_and_makes_no_file(
    run_without_profile: Run, tmp_path: Path, command: list[str]
) -> None:
    folder = tmp_path / "stores"
    folder.mkdir()
    result = run_without_profile(*command, "--db", str(folder / "new.sqlite"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("red-desktop: error: No evaluator profile")
    assert 'red-desktop profile create --name "Your Name" --role' in line
    assert list(folder.iterdir()) == []


def test_without_a_profile_reading_and_dry_runs_work_and_writing_does_not(
    run_without_profile: Run, ranked: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    for command in (["rank"], ["check"], ["export", "csv", "-o", str(tmp_path / "csv")]):
        result = run_without_profile(*command, "--db", str(ranked[0]))
        assert result.returncode == 0, (command, result.stderr)
    db = tmp_path / "s.sqlite"
    dry = run_without_profile("import", str(KOBO), "--db", str(db), "--dry-run", "--json")
    assert dry.returncode == 0 and json.loads(dry.stdout)["added"] == 2, dry.stderr
    assert not db.exists()  # a dry run creates no store (issue 15)
    real = run_without_profile("import", str(KOBO), "--db", str(db))
    assert real.returncode == 1 and "red-desktop profile create" in real.stderr
    assert not db.exists() and not db.with_name(db.name + ".lock").exists()  # refused before anything is made
