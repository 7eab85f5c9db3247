"""Building the parser, and every command's --help, loads no heavy library and no Qt (issue 17, item 8): each
command module registers its options with light imports only and loads what it needs when it runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from red_desktop.cli.main import COMMANDS
from tests.cli.conftest import new_store
from tests.conftest import REPO

# Everything the commands need to run but not to describe themselves: the data, PDF, workbook, store and
# cryptography libraries, and the window's.
HEAVY = (
    "pandas", "numpy", "scipy", "reportlab", "openpyxl", "sqlite_utils", "pypdf", "cryptography", "filelock",
    "pycountry", "babel", "PySide6", "shiboken6", "pyqtgraph",
)  # fmt: skip

EVERY_HELP = """
import contextlib, io, json, sys
from red_desktop.cli.main import build_parser

def commands(parser):
    found = [a for a in parser._actions if a.dest in ("command",) or a.dest.endswith("_command")]
    return found[0].choices if found else {}

paths = []
for name, command in commands(build_parser()).items():
    paths.append([name])
    paths += [[name, sub] for sub in commands(command)]
for path in [[], *paths]:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        build_parser().parse_args([*path, "--help"])
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[1:]))
print(json.dumps({"helps": len(paths) + 1, "heavy": heavy}))
"""


def test_building_the_parser_and_every_help_loads_nothing_heavy() -> None:
    done = subprocess.run(
        [sys.executable, "-c", EVERY_HELP, *HEAVY], capture_output=True, text=True, cwd=REPO, check=True, timeout=120
    )
    result = json.loads(done.stdout)
    assert result["helps"] > len(COMMANDS)  # the program's, each command's and each subcommand's
    assert result["heavy"] == [], f"loaded to build the parser: {result['heavy']}"


def test_the_registry_names_each_command_module_once() -> None:
    assert len(set(COMMANDS)) == len(COMMANDS)
    modules = {p.stem for p in (REPO / "red_desktop" / "cli").glob("*.py")} - {"__init__", "__main__", "common", "main"}
    assert set(COMMANDS) == modules, "a command module is not in main.COMMANDS, or COMMANDS names a missing one"


def test_check_reads_a_store_without_pandas_or_sqlite_utils(tmp_path: Path) -> None:
    """check needs SQLite alone (schema version, integrity, counts): sqlite-utils, which loads pandas, is made by
    the store only when something needs it, so checking a store stays fast (docs/benchmarks.md)."""
    store = new_store(tmp_path / "s.sqlite")
    script = (
        "import sys\nfrom red_desktop.cli.main import main\n"
        f"assert main(['check', '--db', {store!r}, '--json']) == 0\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[1:])))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "pandas", "numpy", "sqlite_utils", "filelock", "reportlab", "PySide6"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
        timeout=120,
    )
    assert '"ok": true' in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"
