"""Test configuration: Qt runs offscreen and the user's real folders are never touched."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt or resolves a user folder.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
_SANDBOX = Path(tempfile.mkdtemp(prefix="red-desktop-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
os.environ.pop("RED_DESKTOP_DB", None)

import pytest  # noqa: E402

from red_desktop import paths  # noqa: E402
from red_desktop.core.rubric import Rubric, load_rubric  # noqa: E402
from red_desktop.core.store import Store  # noqa: E402

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def rubric() -> Rubric:
    return load_rubric(paths.default_rubric_path())


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    """A fresh store on a temporary file with every migration applied."""
    with Store.open(store_path, user="tester") as opened:
        yield opened
