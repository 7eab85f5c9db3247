"""red-desktop backup and restore, run as a user would: a backup now, the list, and restoring yesterday's copy."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

from red_desktop import paths
from red_desktop.core.backups import backups_folder, daily_backup
from red_desktop.core.store import Store
from tests.cli.conftest import Run, new_store
from tests.factories import proposal


def _root(tmp_path: Path) -> Path:
    """The backups folder of the `run` fixture's sandboxed user data folder."""
    relative = paths.user_data_dir().relative_to(os.environ["XDG_DATA_HOME"])
    return tmp_path / "home" / "xdg_data_home" / relative / "backups"


def _store(tmp_path: Path, proposals: int) -> Path:
    path = Path(new_store(tmp_path / "store.sqlite"))
    with Store.open(path) as store:
        for i in range(proposals):
            store.proposals.add(proposal(f"RED-PE-2026-{i:03d}"))
    return path


def test_backup_now_into_the_stores_folder_and_to_a_file(run: Run, tmp_path: Path) -> None:
    path = _store(tmp_path, 2)
    made = run("backup", "--db", str(path), "--json")
    assert made.returncode == 0, made.stderr
    info = json.loads(made.stdout)
    written = Path(info["path"])
    assert written.parent == backups_folder(path, _root(tmp_path)) and info["kind"] == "manual"
    assert info["counts"] == {"proposals": 2, "evaluations": 0, "decisions": 0}
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    chosen = tmp_path / "copies" / "mine.sqlite"
    to_file = run("backup", "--db", str(path), "-o", str(chosen))
    assert to_file.returncode == 0, to_file.stderr
    assert f"to {chosen}" in to_file.stdout and "2 proposals" in to_file.stdout
    with Store.open(chosen, readonly=True) as copy:
        assert copy.proposals.count() == 2
    listed = run("backup", "--list", "--db", str(path), "--json")
    assert [b["kind"] for b in json.loads(listed.stdout)] == ["manual"]


def test_backup_of_no_store_is_refused(run: Run, tmp_path: Path) -> None:
    missing = run("backup", "--db", str(tmp_path / "typo.sqlite"))
    assert missing.returncode == 1 and "no RED Desktop store" in missing.stderr
    assert not (tmp_path / "typo.sqlite").exists()


def test_restore_brings_back_yesterdays_automatic_backup(run: Run, tmp_path: Path) -> None:
    path = _store(tmp_path, 3)
    yesterday = datetime.now() - timedelta(days=1)
    copy = daily_backup(path, root=_root(tmp_path), now=yesterday)
    assert copy is not None
    with Store.open(path) as store:
        store.proposals.add(proposal("RED-PE-2026-777"))
    listed = run("backup", "--list", "--db", str(path))
    assert f"{yesterday:%Y-%m-%d}" in listed.stdout and "3 proposals" in listed.stdout
    restored = run("restore", str(copy), "--db", str(path), "--json")
    assert restored.returncode == 0, restored.stderr
    report = json.loads(restored.stdout)
    assert report["counts"]["proposals"] == 3
    assert report["restored"]["taken"].startswith(f"{yesterday:%Y-%m-%d}")
    with Store.open(path, readonly=True) as store:
        assert store.proposals.count() == 3
    with Store.open(report["kept"], readonly=True) as kept:
        assert kept.proposals.count() == 4
    text = run("restore", str(copy), "--db", str(path))
    assert text.returncode == 0 and "taken" in text.stdout and "3 proposals" in text.stdout


def test_restore_refuses_a_file_that_is_no_store_and_a_store_in_use(run: Run, tmp_path: Path) -> None:
    path = _store(tmp_path, 1)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"junk" * 1000)
    before = path.read_bytes()
    refused = run("restore", str(junk), "--db", str(path))
    assert refused.returncode == 1 and "Nothing was restored" in refused.stderr
    assert path.read_bytes() == before
    copy = tmp_path / "copy.sqlite"
    assert run("backup", "--db", str(path), "-o", str(copy)).returncode == 0
    with Store.open(path):  # a window writing to it
        busy = run("restore", str(copy), "--db", str(path))
    assert busy.returncode == 1 and "already open for writing" in busy.stderr
    assert not _root(tmp_path).exists() or not any(_root(tmp_path).rglob("*before-restore*"))
