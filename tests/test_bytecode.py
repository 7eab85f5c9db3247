"""The program's compiled modules are kept between starts even where the environment says
PYTHONDONTWRITEBYTECODE (issue 19: every start compiled them again)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def test_the_programs_modules_are_compiled_once_whatever_the_environment_says(tmp_path: Path) -> None:
    cache = tmp_path / "pycache"
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": str(cache)}
    subprocess.run(
        [sys.executable, "-c", "import red_desktop.core.messages"], cwd=REPO, env=env, check=True, timeout=60
    )
    compiled = {p.name.split(".")[0] for p in cache.rglob("*.pyc")}
    assert "messages" in compiled  # imported after red_desktop/__init__: written
    assert "__init__" not in {p.name.split(".")[0] for p in cache.rglob("red_desktop/*.pyc")}  # before it: not
