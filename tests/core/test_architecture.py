"""The core stays free of Qt, and shipped files are found from a checkout and from an installed wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from red_desktop import paths
from tests.conftest import REPO

IMPORT_ALL_CORE = """
import importlib, pkgutil, sys
import red_desktop.core as core
names = [m.name for m in pkgutil.walk_packages(core.__path__, "red_desktop.core.")]
for name in names:
    importlib.import_module(name)
import red_desktop.cli  # the headless commands too, every module of the package
for command in pkgutil.walk_packages(red_desktop.cli.__path__, "red_desktop.cli."):
    if command.name != "red_desktop.cli.__main__":  # running it is the program
        importlib.import_module(command.name)
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"))
print(len(names), loaded)
"""


def test_importing_the_core_and_the_commands_loads_no_qt() -> None:
    out = subprocess.run([sys.executable, "-c", IMPORT_ALL_CORE], capture_output=True, text=True, cwd=REPO, check=True)
    count, loaded = out.stdout.strip().split(" ", 1)
    assert int(count) >= 15
    assert loaded == "[]", f"the core imported Qt: {loaded}"


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
