"""profile create / export-key and roster add / list / revoke, run as a user would."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from tests.cli.conftest import Run, new_store


def test_profile_export_and_roster(run: Run, tmp_path: Path) -> None:
    db = new_store(tmp_path / "x.sqlite")
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


def test_a_profile_carries_an_encryption_key_to_the_roster(run: Run, tmp_path: Path) -> None:
    db = new_store(tmp_path / "x.sqlite")
    created = run("profile", "create", "--name", "Ana Quispe", "--role", "field_evaluator", "--json")
    assert created.returncode == 0, created.stderr
    made = json.loads(created.stdout)
    box_path = Path(made["encryption_key_path"])
    assert box_path.name == "evaluator.box.key" and stat.S_IMODE(box_path.stat().st_mode) == 0o600
    assert made["encryption_key"] and made["encryption_key_signature"]

    pub = tmp_path / "ana.pub.json"
    exported = run("profile", "export-key", "-o", str(pub))
    assert exported.returncode == 0 and "encryption key" in exported.stdout
    data = json.loads(pub.read_text(encoding="utf-8"))
    assert data["encryption_key"] == made["encryption_key"] and data["encryption_key_signature"]

    assert run("roster", "add", str(pub), "--db", db).returncode == 0
    listed = run("roster", "list", "--db", db)
    assert listed.returncode == 0 and "encrypted packages: yes" in listed.stdout
    (entry,) = json.loads(run("roster", "list", "--db", db, "--json").stdout)
    assert entry["encryption_key"] == data["encryption_key"] and entry["can_receive_encrypted"] is True


def test_an_altered_encryption_key_in_a_key_file_is_refused(run: Run, tmp_path: Path) -> None:
    created = run("profile", "create", "--name", "Ana", "--role", "field_evaluator")
    assert created.returncode == 0 and "also carries an encryption key" in created.stdout
    pub = tmp_path / "ana.pub.json"
    assert run("profile", "export-key", "-o", str(pub)).returncode == 0
    mallory = tmp_path / "mallory"
    assert (
        run("profile", "create", "--name", "Mallory", "--role", "field_evaluator", extra_env=_home(mallory)).returncode
        == 0
    )
    theirs = tmp_path / "mallory.pub.json"
    assert run("profile", "export-key", "-o", str(theirs), extra_env=_home(mallory)).returncode == 0
    data = json.loads(pub.read_text(encoding="utf-8"))
    data["encryption_key"] = json.loads(theirs.read_text(encoding="utf-8"))["encryption_key"]
    pub.write_text(json.dumps(data), encoding="utf-8")
    refused = run("roster", "add", str(pub), "--db", str(tmp_path / "x.sqlite"))
    assert refused.returncode == 1 and "is not signed by this key: it was altered" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_an_old_profile_gains_an_encryption_key_on_export(run: Run, tmp_path: Path) -> None:
    db = new_store(tmp_path / "x.sqlite")
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse\n", encoding="utf-8")
    made = run(
        "profile", "create", "--name", "Ana", "--role", "field_evaluator", "--passphrase-file", str(secret), "--json"
    )
    keys = Path(json.loads(made.stdout)["private_key_path"]).parent
    _make_old(keys)
    old_pub = tmp_path / "old.pub.json"  # what an older RED Desktop exported: no encryption key
    old_pub.write_bytes((keys / "evaluator.pub.json").read_bytes())
    assert run("roster", "add", str(old_pub), "--db", db).returncode == 0
    assert "encrypted packages: no" in run("roster", "list", "--db", db).stdout

    pub = tmp_path / "ana.pub.json"
    needs = run("profile", "export-key", "-o", str(pub))
    assert needs.returncode == 1 and "protected by a passphrase" in needs.stderr
    assert not (keys / "evaluator.box.key").exists() and not pub.exists()
    exported = run("profile", "export-key", "-o", str(pub), "--passphrase-file", str(secret))
    assert exported.returncode == 0, exported.stderr
    assert (keys / "evaluator.box.key").exists() and json.loads(pub.read_text(encoding="utf-8"))["encryption_key"]

    filled = run("roster", "add", str(pub), "--db", db, "--json")
    assert filled.returncode == 0, filled.stderr
    result = json.loads(filled.stdout)
    assert result["added"] is False and result["updated"] is True and result["can_receive_encrypted"] is True
    assert "encrypted packages: yes" in run("roster", "list", "--db", db).stdout
    again = run("roster", "add", str(pub), "--db", db)
    assert again.returncode == 0 and "unchanged" in again.stdout


def _home(root: Path) -> dict[str, str]:
    """Another person's laptop: their own home and key folder."""
    env = {"HOME": str(root)}
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[var] = str(root / var.lower())
    return env


def _make_old(keys: Path) -> None:
    """Turn a profile into one made before encryption existed: no encryption key, and none in the public file."""
    (keys / "evaluator.box.key").unlink()
    path = keys / "evaluator.pub.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["encryption_key"], data["encryption_key_signature"]
    path.write_text(json.dumps(data), encoding="utf-8")
