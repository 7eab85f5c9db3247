"""Done when (issue 16): `red-desktop decide` through a symbolic link to a store open elsewhere is refused, and the
store is unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from red_desktop.core.store import Store
from tests.cli.conftest import Run
from tests.factories import proposal


def test_decide_through_a_symlink_to_an_open_store_is_refused(run: Run, tmp_path: Path) -> None:
    real = tmp_path / "store.sqlite"
    link = tmp_path / "atajo.sqlite"
    try:
        link.symlink_to(real)
    except OSError as error:
        pytest.skip(f"cannot make a symbolic link here: {error}")
    with Store.open(real, user="ana") as store:  # the window, say
        code = store.proposals.add(proposal("RED-PE-2026-001")).code
        done = run("decide", code, "--db", str(link), "--decision", "reject", "--rationale", "Sin contrapartida")
        assert done.returncode != 0 and "already open for writing" in done.stderr and "Traceback" not in done.stderr
        assert store.decisions.get(store.proposals.by_code(code).uuid) is None
