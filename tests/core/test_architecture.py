"""Shipped files are found from a checkout and from an installed wheel.

That the core imports no Qt (and the window no SQL, the command line no window) is import-linter's job: the
contracts in pyproject.toml, run by tests/test_static_checks.py."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from red_desktop import paths
from tests.conftest import REPO


def test_resources_and_ui_are_found_in_a_checkout() -> None:
    assert paths.default_rubric_path().is_file()
    assert paths.ui_dir().is_dir()


def test_a_built_wheel_carries_resources_and_ui_where_paths_looks(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("red_desktop-*.whl")
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    assert (target / "red_desktop/_data/resources/rubrics/red-default.json").is_file()
    assert (target / "red_desktop/_data/ui").is_dir()
    for name in ("regions.json", "evaluators.json", "texts.json"):  # the demo's content, read by core.demo_data
        assert (target / "red_desktop/_data/resources/demo" / name).is_file(), name
    probe = (
        "from red_desktop import paths; from red_desktop.core.demo_data import demo_content; "
        "assert demo_content().regions; print(paths.default_rubric_path())"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    )
    assert (
        Path(out.stdout.strip()).resolve()
        == (target / "red_desktop/_data/resources/rubrics/red-default.json").resolve()
    )
