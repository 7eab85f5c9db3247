"""package export / import / conflicts / resolve, run by a committee and a field evaluator on their own laptops."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run, new_store


def laptop(tmp_path: Path, who: str) -> dict[str, str]:
    """Each person's own home folder: their keys and settings stay on their laptop."""
    home = tmp_path / f"home-{who}"
    env = {"HOME": str(home)}
    env.update({var: str(home / var.lower()) for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")})
    return env


def committee_and_laptop(run: Run, tmp_path: Path) -> tuple[dict[str, str], dict[str, str], str, str]:
    """A committee member and a field evaluator, each with a profile, each trusting the other's key."""
    chair, field = laptop(tmp_path, "chair"), laptop(tmp_path, "ana")
    committee_db, field_db = new_store(tmp_path / "committee.sqlite"), new_store(tmp_path / "ana.sqlite")
    for env, name, role, pub in (
        (chair, "Carla Mendoza", "committee_member", "chair.pub.json"),
        (field, "Ana Quispe", "field_evaluator", "ana.pub.json"),
    ):
        assert run("profile", "create", "--name", name, "--role", role, extra_env=env).returncode == 0
        assert run("profile", "export-key", "-o", str(tmp_path / pub), extra_env=env).returncode == 0
    assert run("roster", "add", str(tmp_path / "ana.pub.json"), "--db", committee_db, extra_env=chair).returncode == 0
    assert run("roster", "add", str(tmp_path / "chair.pub.json"), "--db", field_db, extra_env=field).returncode == 0
    return chair, field, committee_db, field_db


def test_a_season_of_packages_from_the_command_line(run: Run, tmp_path: Path) -> None:
    chair, field, committee_db, field_db = committee_and_laptop(run, tmp_path)
    made = run("demo", "--db", committee_db, "--proposals", "4", "--evaluators", "1", extra_env=chair)
    assert made.returncode == 0, made.stderr

    handout = tmp_path / "handout.redpkg"
    exported = run("package", "export", "-o", str(handout), "--all", "--db", committee_db, "--json", extra_env=chair)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["counts"]["proposals"] == 4

    dry = run("package", "import", str(handout), "--dry-run", "--db", field_db, "--json", extra_env=field)
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)[0]["counts"]["added"] == 4
    imported = run("package", "import", str(handout), "--db", field_db, extra_env=field)
    assert imported.returncode == 0, imported.stderr
    assert "merged 4 records: 4 added" in imported.stdout
    again = run("package", "import", str(handout), "--db", field_db, extra_env=field)
    assert again.returncode == 0 and "skipped, nothing changed" in again.stdout and "already imported" in again.stdout

    code = json.loads(run("rank", "--db", committee_db, "--json", extra_env=chair).stdout)[0]["code"]
    decided = run(
        "--user",
        "Carla Mendoza",
        "decide",
        code,
        "--db",
        committee_db,
        "--decision",
        "approve",
        "--rationale",
        "Sólida",
        extra_env=chair,
    )
    assert decided.returncode == 0, decided.stderr
    fingerprint = json.loads(run("roster", "list", "--db", field_db, "--json", extra_env=field).stdout)[0][
        "fingerprint"
    ]
    assert fingerprint
    back = tmp_path / "decisions.redpkg"
    sent = run("package", "export", "-o", str(back), "--db", committee_db, extra_env=chair)
    assert sent.returncode == 0 and "1 decision" in sent.stdout, sent.stdout + sent.stderr
    received = run("package", "import", str(back), "--db", field_db, "--json", extra_env=field)
    assert received.returncode == 0, received.stderr
    outcomes = {item["entity"]: item["outcome"] for item in json.loads(received.stdout)[0]["items"]}
    assert outcomes == {"proposal": "updated", "decision": "added"}

    tampered = tmp_path / "tampered.redpkg"
    data = bytearray(back.read_bytes())
    data[len(data) // 3] ^= 0xFF
    tampered.write_bytes(bytes(data))
    refused = run("package", "import", str(tampered), "--db", committee_db, extra_env=chair)
    assert refused.returncode == 1 and "refused, nothing changed" in refused.stderr and refused.stdout == ""
    assert "Traceback" not in refused.stdout + refused.stderr

    conflicts = run("package", "conflicts", "--db", committee_db, extra_env=chair)
    assert conflicts.returncode == 0 and "No conflicts" in conflicts.stdout


def test_an_encrypted_package_and_a_conflict_resolved_from_the_command_line(run: Run, tmp_path: Path) -> None:
    chair, field, committee_db, field_db = committee_and_laptop(run, tmp_path)
    chair_fp = json.loads((tmp_path / "chair.pub.json").read_text(encoding="utf-8"))["fingerprint"]

    assert run("demo", "--db", field_db, "--proposals", "2", "--evaluators", "1", extra_env=field).returncode == 0
    sealed = tmp_path / "sealed.redpkg"
    sent = run("package", "export", "-o", str(sealed), "--encrypt-to", chair_fp, "--db", field_db, extra_env=field)
    assert sent.returncode == 0 and "encrypted to Carla Mendoza" in sent.stdout, sent.stderr
    assert b"Ana Quispe" not in sealed.read_bytes()
    opened = run("package", "import", str(sealed), "--db", committee_db, extra_env=chair)
    assert opened.returncode == 0 and "2 added" in opened.stdout, opened.stdout + opened.stderr
    stranger = run("package", "import", str(sealed), "--db", new_store(tmp_path / "x.sqlite"), extra_env=field)
    assert stranger.returncode == 1 and "encrypted to" in stranger.stderr  # refusals on stderr (issue 16, item 8)

    unknown = run(
        "package",
        "export",
        "-o",
        str(tmp_path / "x.redpkg"),
        "--encrypt-to",
        "AAAA-BBBB-CCCC-DDDD",
        "--db",
        field_db,
        extra_env=field,
    )
    assert unknown.returncode == 1 and "roster" in unknown.stderr
    assert not (tmp_path / "x.redpkg").exists()
