"""The project's own static checks: ruff (lint and format) over everything, mypy, and the layers' import contracts
(lint-imports, contracts in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

CHECKS = {
    "ruff lint": [sys.executable, "-m", "ruff", "check", "red_desktop", "tests", "bench", "scripts"],
    "ruff format": [sys.executable, "-m", "ruff", "format", "--check", "red_desktop", "tests", "bench", "scripts"],
    "mypy": [sys.executable, "-m", "mypy"],  # files and strictness in pyproject.toml
    "import contracts": [str(Path(sys.executable).with_name("lint-imports"))],
}


@pytest.mark.parametrize("name", list(CHECKS))
def test_static_check_passes(name: str) -> None:
    result = subprocess.run(CHECKS[name], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{name} failed:\n{result.stdout}\n{result.stderr}"
