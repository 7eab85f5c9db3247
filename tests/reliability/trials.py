"""The reliability trials (issue 16): each runs a number of attempts at losing or damaging a store and counts what
held. `scripts/reliability.py` runs them at full size and prints the table (docs/reliability.md); the test suite
runs a few of each (tests/reliability/test_smoke.py).

- kill: a child process writes (editor saves with read-only workers beside, decisions, 200-row imports, signed
  packages) and is killed with SIGKILL at a random moment; the store must pass its integrity check, hold every
  write the child confirmed, and hold each import or package whole or not at all.
- readers: while a child saves, other programs (Python's sqlite3, the sqlite3 shell) open, read and close the
  store; every confirmed save must be there at the end.
- links: a store reached through a symbolic link or a hard link while it is open for writing: the second writer
  refused, the store sound.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from red_desktop.core.errors import StoreError, StoreLockedError
from red_desktop.core.store import Store
from tests.factories import proposal

REPO = Path(__file__).resolve().parents[2]
KINDS = ("saves", "decisions", "imports", "packages")
PACKAGE_ROUNDS, PACKAGE_SIZE = 8, 10


@dataclass
class Outcome:
    name: str
    tried: int = 0
    failures: list[str] = field(default_factory=list)
    detail: str = ""

    @property
    def held(self) -> int:
        return self.tried - len(self.failures)

    def fail(self, trial: int, why: str) -> None:
        self.failures.append(f"trial {trial}: {why}")


# ---- the stores the trials start from ----


def base_store(kind: str, root: Path) -> tuple[Path, Path | None]:
    """A closed store a trial copies (and, for packages, the folder of packages to import)."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / f"base-{kind}.sqlite"
    if kind == "packages":
        return _packages_world(root)
    with Store.open(path, user="Prueba") as store:
        if kind == "saves":
            for n in range(5):
                store.proposals.add(proposal(f"RED-PE-2026-{n + 1:03d}", title="Título 0"))
    return path, None


def _packages_world(root: Path) -> tuple[Path, Path]:
    from red_desktop import paths
    from red_desktop.core.rubric import load_rubric
    from tests.exchange_world import World

    world = World(root / "world", load_rubric(paths.default_rubric_path()))
    folder = root / "packages"
    folder.mkdir(exist_ok=True)
    try:
        for round_ in range(PACKAGE_ROUNDS):
            world.add_proposals("ana", PACKAGE_SIZE, prefix=f"RED-PE-{2030 + round_}")
            shutil.move(world.export("ana"), folder / f"p{round_:02d}.redpkg")
        base = root / "base-packages.sqlite"
        shutil.copy(world["committee"].store.path, base)  # closed below, before the copy is used
    finally:
        world.close()
    shutil.copy(root / "world" / "committee.sqlite", base)
    return base, folder


# ---- kill -9 ----


def kill_trials(kind: str, count: int, root: Path, seed: int) -> Outcome:
    base, packages = base_store(kind, root / kind)
    outcome = Outcome(f"kill -9 during {kind}")
    rng = random.Random(seed)
    for trial in range(count):
        path = root / kind / f"trial-{trial}.sqlite"
        shutil.copy(base, path)
        confirmed = _run_and_kill(kind, path, packages, rng)
        outcome.tried += 1
        problem = _check(kind, path, confirmed)
        if problem:
            outcome.fail(trial, problem)
        _remove(path)
    return outcome


def _run_and_kill(kind: str, path: Path, packages: Path | None, rng: random.Random) -> list[str]:
    command = [sys.executable, "-m", "tests.reliability.child", kind, str(path)] + ([str(packages)] if packages else [])
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    confirmed: list[str] = []
    wanted = rng.randint(0, 12)  # confirmations to wait for: 0 kills it while it opens the store
    while len(confirmed) < wanted:
        line = child.stdout.readline()
        if not line:
            break
        confirmed.append(line.split(" ", 1)[1].strip())
    _pause(rng)
    child.send_signal(signal.SIGKILL)
    rest = child.stdout.read()  # what it confirmed before dying: flushed lines only
    child.wait()
    confirmed += [line.split(" ", 1)[1].strip() for line in rest.splitlines() if line.startswith("ok ")]
    return [c for c in confirmed if c != "done"]


def _pause(rng: random.Random) -> None:
    """A random moment inside the next write: busy-wait a few milliseconds (no sleep granularity)."""
    import time

    end = time.perf_counter() + rng.uniform(0, 0.03)
    while time.perf_counter() < end:
        pass


def _check(kind: str, path: Path, confirmed: list[str]) -> str:
    try:
        with Store.open(path, user="Comprobación") as store:  # a reopen recovers the WAL, as the window's would
            verdict = store.integrity_check()
            if verdict != ["ok"]:
                return f"integrity check: {verdict[:3]}"
            return _CHECKS[kind](store, confirmed)
    except StoreError as error:
        return f"cannot be opened: {error}"


def _saves_held(store: Store, confirmed: list[str]) -> str:
    last: dict[str, int] = {}
    for token in confirmed:
        uuid, n = token.split()
        last[uuid] = int(n)
    for uuid, n in last.items():
        stored = int(store.proposals.get(uuid).title.split()[-1])
        if stored < n:
            return f"save {n} of {uuid} confirmed, the store has save {stored}"
    return ""


def _decisions_held(store: Store, confirmed: list[str]) -> str:
    missing = [uuid for uuid in confirmed if store.decisions.get(uuid) is None]
    return f"{len(missing)} confirmed decisions missing" if missing else ""


def _imports_held(store: Store, confirmed: list[str]) -> str:
    sql = "SELECT substr(submission_id, 1, 6), count(*) FROM import_sources GROUP BY 1"
    batches = dict(store.db.execute(sql).fetchall())
    partial = {b: n for b, n in batches.items() if n != 200}
    if partial:
        return f"partial imports: {partial}"
    missing = [b for b in confirmed if b not in batches]
    return f"confirmed imports missing: {missing}" if missing else ""


def _packages_held(store: Store, confirmed: list[str]) -> str:
    counts = dict(store.db.execute("SELECT substr(code, 8, 4), count(*) FROM proposals GROUP BY 1").fetchall())
    partial = {year: n for year, n in counts.items() if n != PACKAGE_SIZE}
    if partial:
        return f"partial packages: {partial}"
    for name in confirmed:
        year = str(2030 + int(name[1:3]))
        if counts.get(year) != PACKAGE_SIZE:
            return f"package {name} confirmed, its proposals missing"
    return ""


_CHECKS: dict[str, Callable[[Store, list[str]], str]] = {
    "saves": _saves_held,
    "decisions": _decisions_held,
    "imports": _imports_held,
    "packages": _packages_held,
}


# ---- other programs reading ----


def reader_trials(count: int, root: Path) -> Outcome:
    """`count` reads by other programs while a child saves; then every confirmed save must be in the store."""
    base, _ = base_store("saves", root / "readers")
    path = root / "readers" / "store.sqlite"
    shutil.copy(base, path)
    outcome = Outcome("other programs reading during saves")
    command = [sys.executable, "-m", "tests.reliability.child", "saves", str(path)]
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert child.stdout is not None
    confirmed = [_token(child.stdout.readline())]
    shell = shutil.which("sqlite3")
    for trial in range(count):
        outcome.tried += 1
        try:
            if shell and trial % 2:
                subprocess.run([shell, str(path), "SELECT count(*) FROM proposals;"], check=True, capture_output=True)
            else:
                conn = sqlite3.connect(path, timeout=5)
                conn.execute("SELECT count(*) FROM proposals").fetchone()
                conn.close()
        except (subprocess.CalledProcessError, sqlite3.Error) as error:
            outcome.fail(trial, f"the reader failed: {error}")
        saved = _token(child.stdout.readline())
        if not saved:
            outcome.fail(trial, "the window's writer stopped: a save failed after another program read the store")
            break
        confirmed.append(saved)
    child.send_signal(signal.SIGKILL)
    confirmed += [line.split(" ", 1)[1].strip() for line in child.stdout.read().splitlines() if line.startswith("ok ")]
    child.wait()
    problem = _check("saves", path, [c for c in confirmed if c])
    if problem:
        outcome.fail(count, problem)
    outcome.detail = f"{len(confirmed)} confirmed saves, sqlite3 shell {'used' if shell else 'not installed'}"
    return outcome


# ---- links ----


def link_trials(count: int, root: Path) -> Outcome:
    outcome = Outcome("second writer through a symlink or a hard link")
    folder = root / "links"
    folder.mkdir(parents=True, exist_ok=True)
    for trial in range(count):
        real, soft, hard = (folder / f"{name}-{trial}.sqlite" for name in ("real", "soft", "hard"))
        with Store.open(real, user="Prueba") as store:
            store.proposals.add(proposal("RED-PE-2026-001"))
            soft.symlink_to(real)
            outcome.tried += 1
            try:
                Store.open(soft, user="Otra").close()
                outcome.fail(trial, "a second writer through a symbolic link was let in")
            except StoreLockedError:
                pass
            store.proposals.add(proposal("RED-PE-2026-002"))
        os.link(real, hard)
        outcome.tried += 1
        try:
            Store.open(hard, user="Otra").close()
            outcome.fail(trial, "a store with a hard link was opened")
        except StoreError:
            pass
        os.unlink(hard)
        with Store.open(real, readonly=True) as store:
            if store.integrity_check() != ["ok"] or store.proposals.count() != 2:
                outcome.fail(trial, "the store changed or is damaged")
    return outcome


def _token(line: str) -> str:
    return line.split(" ", 1)[1].strip() if line.startswith("ok ") else ""


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# ---- full disks and read-only media (root only: a small tmpfs, a read-only bind mount) ----


def can_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None


def storage_trials(count: int, root: Path) -> Outcome:
    """Write until a small disk is full: the refusal names the full disk, every write confirmed before it is kept
    once space is freed; a store on read-only media reads and refuses writing by saying so."""
    outcome = Outcome("full disk and read-only media")
    for trial in range(count):
        disk = root / f"disk-{trial}"
        disk.mkdir(parents=True)
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(disk)], check=True)
        try:
            outcome.tried += 1
            problem = _fill_then_check(disk / "s.sqlite")
            if problem:
                outcome.fail(trial, problem)
            outcome.tried += 1
            problem = _read_only_check(disk)
            if problem:
                outcome.fail(trial, problem)
        finally:
            subprocess.run(["umount", "-l", str(disk)], check=True)
    return outcome


def _fill_then_check(path: Path) -> str:
    confirmed: list[str] = []
    with Store.open(path, user="Prueba") as store:
        try:
            for n in range(100_000):
                confirmed.append(
                    store.proposals.add(
                        proposal(f"RED-PE-2026-{n:05d}", title="x" * 300, regional_diagnosis="y" * 3000)
                    ).uuid
                )
        except StoreError as error:
            if "is full" not in str(error):
                return f"a full disk was told as: {error}"
        else:
            return "the disk never filled"
    with Store.open(path, user="Prueba") as store:
        if store.integrity_check() != ["ok"]:
            return "damaged after the disk filled"
        missing = [
            u for u in confirmed if not store.db.execute("SELECT 1 FROM proposals WHERE uuid = ?", [u]).fetchone()
        ]
        return f"{len(missing)} confirmed writes lost" if missing else ""


def _read_only_check(disk: Path) -> str:
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    try:
        with Store.open(disk / "s.sqlite", readonly=True) as store:
            store.proposals.count()
        Store.open(disk / "s.sqlite", user="Prueba").close()
        return "a store on read-only media was opened for writing"
    except StoreError as error:
        return "" if "read-only media" in str(error) else f"read-only media was told as: {error}"
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
