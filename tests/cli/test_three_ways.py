"""The same command gives the same exit code and output however the program is started (issue 17, item 1):
`red-desktop`, `python -m red_desktop` and `python -m red_desktop.cli` (which once loaded cli.py twice, so the
commands' UsageError was not the one caught: exit 1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

EXECUTABLE = Path(sys.executable).with_name("red-desktop")
WAYS = {
    "red-desktop": [str(EXECUTABLE)],
    "python -m red_desktop": [sys.executable, "-m", "red_desktop"],
    "python -m red_desktop.cli": [sys.executable, "-m", "red_desktop.cli"],
}


def started(way: str, *args: str) -> subprocess.CompletedProcess[str]:
    if way == "red-desktop" and not EXECUTABLE.exists():
        pytest.skip("the red-desktop script is not installed beside this Python")
    return subprocess.run([*WAYS[way], *args], capture_output=True, text=True, cwd=REPO, timeout=120)


@pytest.mark.parametrize("way", list(WAYS))
def test_a_usage_error_is_exit_2_with_one_line_however_started(way: str, tmp_path: Path) -> None:
    done = started(way, "rank", "--db", str(tmp_path / "s.sqlite"), "--sensitivity", "--method", "median")
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        "red-desktop: --sensitivity models the mean of the final evaluations; use it with --method mean (try: --help)"
    ]


@pytest.mark.parametrize("way", list(WAYS))
def test_a_refusal_is_exit_1_with_one_line_however_started(way: str, tmp_path: Path) -> None:
    done = started(way, "check", "--db", str(tmp_path / "missing.sqlite"))
    assert done.returncode == 1, done.stderr
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("red-desktop: error: ") and "missing.sqlite" in line
    assert done.stdout == ""


@pytest.mark.parametrize("way", list(WAYS))
def test_help_is_exit_0_and_the_same_however_started(way: str) -> None:
    done = started(way, "check", "--help")
    reference = started("python -m red_desktop", "check", "--help")
    assert (done.returncode, done.stdout, done.stderr) == (0, reference.stdout, "")
    assert done.stdout.startswith("usage: red-desktop check ")
