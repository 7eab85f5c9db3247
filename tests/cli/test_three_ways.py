"""The same usage error gives the same exit code and message however the program is started (issue 17, item 1):
`python -m red_desktop.cli` loaded cli.py twice, so the commands' UsageError was not the one caught (exit 1)."""

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


@pytest.mark.parametrize("way", list(WAYS))
def test_a_usage_error_is_exit_2_with_one_line_however_started(way: str, tmp_path: Path) -> None:
    if way == "red-desktop" and not EXECUTABLE.exists():
        pytest.skip("the red-desktop script is not installed beside this Python")
    command = [*WAYS[way], "rank", "--db", str(tmp_path / "s.sqlite"), "--sensitivity", "--method", "median"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        "red-desktop: --sensitivity models the mean of the final evaluations; use it with --method mean (try: --help)"
    ]
