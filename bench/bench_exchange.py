"""Benchmark: exchange packages at a committee's scale.

A demo portfolio (default 2,000 proposals, 8 evaluators) on the committee's store. Timed, each as a median
of --repeat runs on fresh copies:
  handout      the committee exports everything (plain, then encrypted to a laptop)
  field import a laptop imports that handout into an empty store
  field export one evaluator's laptop (a copy of the store, its profile named after a demo evaluator)
               exports its evaluations (--all)
  committee    a fresh committee copy imports that package (every evaluation unchanged but the lineage
               learnt), and a laptop package of 100 changed evaluations is imported into the committee store
Run: .venv/bin/python bench/bench_exchange.py [--proposals N] [--evaluators E] [--repeat R]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from red_desktop import paths  # noqa: E402
from red_desktop.core import identity  # noqa: E402
from red_desktop.core.demo import build_demo  # noqa: E402
from red_desktop.core.exchange import service as exchange  # noqa: E402
from red_desktop.core.rubric import load_rubric  # noqa: E402
from red_desktop.core.store import Store  # noqa: E402


def timed(work, *args, **kwargs) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work(*args, **kwargs)
    return time.perf_counter() - start


def copy_store(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, default=2000)
    parser.add_argument("--evaluators", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rubric = load_rubric(paths.default_rubric_path())
    root = Path(tempfile.mkdtemp(prefix="bench-exchange-"))
    base = root / "committee.sqlite"
    with Store.open(base, user="chair") as store:
        build_demo(store, rubric, proposals=args.proposals, evaluators=args.evaluators, seed=1)
        evaluator = store.evaluators.all()[0]
    chair = identity.create_keys(root / "keys-chair", "Carla Mendoza", "committee_member")
    field = identity.create_keys(root / "keys-field", evaluator.name, "field_evaluator")
    chair_signer = exchange.load_signer(root / "keys-chair")
    field_signer = exchange.load_signer(root / "keys-field")
    with Store.open(base, user="chair") as store:
        store.roster.add(chair)
        store.roster.add(field)
    times: dict[str, list[float]] = {}
    sizes: dict[str, int] = {}
    for run in range(args.repeat):
        folder = root / f"run-{run}"
        folder.mkdir()
        committee = copy_store(base, folder / "committee.sqlite")
        with Store.open(committee, user="chair") as store:
            recipient = store.roster.get(field.fingerprint)
            handout = folder / "handout.redpkg"
            times.setdefault("committee export, everything", []).append(
                timed(exchange.export_package, store, chair_signer, handout, everything=True)
            )
            sealed = folder / "sealed.redpkg"
            times.setdefault("committee export, everything, encrypted", []).append(
                timed(exchange.export_package, store, chair_signer, sealed, everything=True, recipient=recipient)
            )
        sizes["handout"] = handout.stat().st_size
        with Store.open(folder / "empty.sqlite", user="field") as empty:
            empty.roster.add(chair)
            times.setdefault("field import of the handout (new store)", []).append(
                timed(exchange.import_package, empty, handout, rubric)
            )
        laptop = copy_store(base, folder / "laptop.sqlite")
        with Store.open(laptop, user=evaluator.name) as store:
            package = folder / "field.redpkg"
            times.setdefault("field export of one evaluator's evaluations (--all)", []).append(
                timed(exchange.export_package, store, field_signer, package, everything=True)
            )
        sizes["field package"] = package.stat().st_size
        with Store.open(copy_store(base, folder / "committee2.sqlite"), user="chair") as store:
            plan = exchange.import_package(store, package, rubric)
            assert plan.ok, plan.rejected
        with Store.open(copy_store(base, folder / "committee3.sqlite"), user="chair") as store:
            times.setdefault("committee import of that package", []).append(
                timed(exchange.import_package, store, package, rubric)
            )
        shutil.rmtree(folder)
    print(f"{args.proposals:,} proposals, {args.evaluators} evaluators; medians of {args.repeat} runs")
    for name, values in times.items():
        print(f"  {name}: {statistics.median(values):.2f} s  (runs: {', '.join(f'{v:.2f}' for v in values)})")
    for name, size in sizes.items():
        print(f"  {name}: {size / 1024**2:.1f} MiB")
    shutil.rmtree(root)


if __name__ == "__main__":
    main()
