"""profile create / export-key and roster add / list / revoke, run as a user would."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from tests.cli.conftest import Run


def test_profile_export_and_roster(run: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "x.sqlite")
    created = run("profile", "create", "--name", "Ana Quispe", "--role", "field_evaluator", "--json")
    assert created.returncode == 0, created.stderr
    made = json.loads(created.stdout)
    assert stat.S_IMODE(Path(made["private_key_path"]).stat().st_mode) == 0o600

    again = run("profile", "create", "--name", "Ana Quispe", "--role", "field_evaluator")
    assert again.returncode == 1 and "already exists" in again.stderr

    pub = tmp_path / "ana.pub.json"
    exported = run("profile", "export-key", "-o", str(pub))
    assert exported.returncode == 0, exported.stderr
    assert made["fingerprint"] in exported.stdout
    assert json.loads(pub.read_text(encoding="utf-8"))["name"] == "Ana Quispe"

    added = run("--user", "chair", "roster", "add", str(pub), "--db", db)
    assert added.returncode == 0, added.stderr
    assert made["fingerprint"] in added.stdout
    twice = run("roster", "add", str(pub), "--db", db)
    assert twice.returncode == 0 and "unchanged" in twice.stdout

    listed = run("roster", "list", "--db", db, "--json")
    assert listed.returncode == 0, listed.stderr
    (entry,) = json.loads(listed.stdout)
    assert entry["fingerprint"] == made["fingerprint"] and entry["added_by"] == "chair"
    assert entry["revoked_at"] is None

    no_reason = run("roster", "revoke", made["fingerprint"], "--db", db)
    assert no_reason.returncode == 1 and "reason" in no_reason.stderr
    revoked = run("roster", "revoke", made["fingerprint"], "--db", db, "--reason", "laptop lost")
    assert revoked.returncode == 0, revoked.stderr
    (entry,) = json.loads(run("roster", "list", "--db", db, "--json").stdout)
    assert entry["revoke_reason"] == "laptop lost"


def test_a_passphrase_protected_profile_and_a_tampered_key_file(run: Run, tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse\n", encoding="utf-8")
    created = run("profile", "create", "--name", "Ana", "--role", "committee_member", "--passphrase-file", str(secret))
    assert created.returncode == 0, created.stderr
    pub = tmp_path / "ana.pub.json"
    assert run("profile", "export-key", "-o", str(pub)).returncode == 0
    data = json.loads(pub.read_text(encoding="utf-8"))
    data["name"], data["fingerprint"] = "Mallory", "AAAA-BBBB-CCCC-DDDD"
    pub.write_text(json.dumps(data), encoding="utf-8")
    refused = run("roster", "add", str(pub), "--db", str(tmp_path / "x.sqlite"))
    assert refused.returncode == 1 and "does not match the key" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_a_bad_role_is_a_usage_error(run: Run) -> None:
    result = run("profile", "create", "--name", "Ana", "--role", "king")
    assert result.returncode == 2 and "invalid choice" in result.stderr
