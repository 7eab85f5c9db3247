"""An import killed midway (the process killed with SIGKILL while it writes) leaves the store as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from red_desktop.core.domain import new_uuid
from red_desktop.core.exchange import service as exchange
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.conftest import REPO
from tests.exchange_world import World, dump
from tests.factories import proposal

# Imports the package with every record write slowed and announced, so the parent can kill it mid-transaction.
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from red_desktop import paths
    from red_desktop.core.exchange import service
    from red_desktop.core.rubric import load_rubric
    from red_desktop.core.store import Store
    from red_desktop.core.store.exchange import Exchange

    original = Exchange.write
    count = 0

    def slow_write(self, *args, **kwargs):
        global count
        original(self, *args, **kwargs)
        count += 1
        if count == 40:
            print("writing", flush=True)
        time.sleep(0.02)

    Exchange.write = slow_write
    with Store.open(Path(sys.argv[1]), user="field") as store:
        service.import_package(store, Path(sys.argv[2]), load_rubric(paths.default_rubric_path()))
    print("finished", flush=True)
""")


def test_an_import_killed_midway_leaves_the_store_as_it_was(tmp_path: Path, rubric: Rubric) -> None:
    world = World(tmp_path, rubric)
    committee = world["committee"].store
    committee.proposals.add_many([proposal(f"RED-BR-2026-{i:03d}", uuid=new_uuid(), country="BR") for i in range(300)])
    package = world.export("committee", everything=True)
    laptop = world["ana"].store
    world.add_proposals("ana", 2, prefix="RED-PE-2027")  # the laptop's own work, which must survive
    before = dump(laptop)
    laptop_path = laptop.path
    world.close()

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(laptop_path), str(package)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with Store.open(laptop_path, user="field") as store:
        assert store.integrity_check() == ["ok"]
        assert dump(store) == before
        assert store.exchange.packages() == []
        plan = exchange.import_package(store, package, rubric)  # and the package still imports whole
        assert plan.ok and plan.counts()["added"] == 300
        assert store.proposals.count() == 302
