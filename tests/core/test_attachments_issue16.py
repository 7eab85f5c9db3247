"""Issue 16, item 7: an attachment of an executable type arriving in a package is kept, with its name and declared
type, not refused (the package carries evaluations that matter); the window never opens it (tests/gui)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from red_desktop.core.rubric import Rubric
from red_desktop.gui.editor.attachments_section import viewable
from tests.exchange_world import World


@pytest.fixture
def world(tmp_path: Path, rubric: Rubric) -> Iterator[World]:
    made = World(tmp_path, rubric)
    yield made
    made.close()


def test_an_executable_attachment_in_a_package_is_kept_but_not_viewable(world: World, tmp_path: Path) -> None:
    uuid = world.add_proposals("ana", 1)[0]
    for name, data in {"setup.exe": b"MZ\x90\x00", "run.sh": b"#!/bin/sh\n", "carta.pdf": b"%PDF-1.4"}.items():
        (tmp_path / name).write_bytes(data)
        world["ana"].store.attachments.add(uuid, tmp_path / name)
    plan = world.import_("committee", world.export("ana"))
    assert plan.ok, plan.rejected
    kept = {a.filename: a for a in world["committee"].store.attachments.list(uuid)}
    assert set(kept) == {"setup.exe", "run.sh", "carta.pdf"}
    assert {n: viewable(n, a.media_type) for n, a in kept.items()} == {
        "setup.exe": False,
        "run.sh": False,
        "carta.pdf": True,
    }
