"""Run the real `red-desktop` program in a subprocess, as a user or a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from red_desktop import paths
from red_desktop.core.settings import Role, Settings
from tests.conftest import REPO

Run = Callable[..., subprocess.CompletedProcess[str]]
# Who `run` works as: commands that write refuse without an evaluator profile (run_without_profile has none).
PROFILE = ("Tess Tester", Role.COMMITTEE_MEMBER)


def save_profile(config_home: Path, name: str, role: Role) -> None:
    """What `profile create` or the window's first start saves, in a sandboxed config folder."""
    folder = config_home / paths.user_config_dir().relative_to(os.environ["XDG_CONFIG_HOME"])
    settings = Settings.load(folder / "settings.json")
    settings.set_profile(name, role)
    settings.save()


def new_store(path: Path | str) -> str:
    """An empty store at `path`, as `red-desktop init` makes one (writing commands make none: issue 16)."""
    from red_desktop.core.store import Store

    Store.open(Path(path)).close()
    return str(path)


@pytest.fixture
def run(tmp_path: Path) -> Run:
    return _runner(tmp_path / "home", profile=True)


@pytest.fixture
def run_without_profile(tmp_path: Path) -> Run:
    return _runner(tmp_path / "home-without-profile", profile=False)


def _runner(home: Path, profile: bool) -> Run:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "RED_DESKTOP_DB")}
    env["HOME"] = str(home)
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):  # the commands speak the system's language: English here
        env.pop(var, None)
    env["LANG"] = "C.UTF-8"
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    if profile:
        save_profile(Path(env["XDG_CONFIG_HOME"]), *PROFILE)

    def _run(
        *args: str, extra_env: dict[str, str] | None = None, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "red_desktop", *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            env={**env, **(extra_env or {})},
            timeout=timeout,
        )

    return _run


@pytest.fixture(scope="session")
def ranked(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    """The issue's acceptance run: 200 proposals, 5 evaluators, seed 1, then rank --json."""
    db = tmp_path_factory.mktemp("cli") / "x.db"
    base = [sys.executable, "-m", "red_desktop"]
    demo = subprocess.run(
        [*base, "demo", "--db", str(db), "--proposals", "200", "--evaluators", "5", "--seed", "1"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert demo.returncode == 0, demo.stderr
    assert "200 proposals, 5 evaluators" in demo.stdout
    rank = subprocess.run(
        [*base, "rank", "--db", str(db), "--json"], capture_output=True, text=True, cwd=REPO, timeout=120
    )
    assert rank.returncode == 0, rank.stderr
    return db, json.loads(rank.stdout)
