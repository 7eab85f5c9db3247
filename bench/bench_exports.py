"""Benchmark: CSV and XLSX export of the 2,000-proposal demo store (6,009 evaluations, ~78,000 scores).

Run: .venv/bin/python bench/bench_exports.py [--proposals N] [--repeat R] [--rebuild]
Prints medians of each phase: reading the store into tables, writing the CSV files, writing the workbook.
The store (build_demo(proposals=2000, evaluators=8, seed=1), ~15 s) is cached in the temp folder, keyed by
the size and the migrations, and opened read-only as the export command does.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from red_desktop import paths  # noqa: E402
from red_desktop.core.demo import build_demo  # noqa: E402
from red_desktop.core.exports import build_tables, export_store  # noqa: E402
from red_desktop.core.exports.cells import fit_for_excel  # noqa: E402
from red_desktop.core.exports.writers import write_csv, write_xlsx  # noqa: E402
from red_desktop.core.progress import NoProgress  # noqa: E402
from red_desktop.core.rubric import Rubric, load_rubric  # noqa: E402
from red_desktop.core.store import Store, migrations  # noqa: E402


def cached_store(proposals: int, rubric: Rubric, rebuild: bool) -> Path:
    schema = hashlib.sha256(Path(migrations.__file__).read_bytes()).hexdigest()[:10]
    folder = Path(tempfile.gettempdir()) / "red-desktop-bench"
    path = folder / f"exports-{schema}-{proposals}.sqlite"
    if rebuild or not path.exists():
        folder.mkdir(exist_ok=True)
        building = path.with_name(path.name + ".building")
        building.unlink(missing_ok=True)
        start = time.perf_counter()
        with Store.open(building, user="bench") as store:
            build_demo(store, rubric, proposals=proposals, evaluators=8, seed=1)
            store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        building.rename(path)
        building.with_name(building.name + ".lock").unlink(missing_ok=True)
        print(f"built the {proposals:,}-proposal demo store in {time.perf_counter() - start:.1f} s: {path}")
    return path


def timed(label: str, run: Callable[[], Any], repeat: int) -> Any:
    times, answer = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        answer = run()
        times.append(time.perf_counter() - start)
    spread = f"(runs {', '.join(f'{t:.2f}' for t in times)})"
    print(f"  {label:<44} median {statistics.median(times):6.2f} s  {spread}")
    return answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true", help="build the demo store again")
    args = parser.parse_args()
    rubric = load_rubric(paths.default_rubric_path())
    db = cached_store(args.proposals, rubric, args.rebuild)
    with Store.open(db, user="bench", readonly=True) as store, tempfile.TemporaryDirectory() as out:
        folder = Path(out)
        tables = timed("read the store into six tables", lambda: build_tables(store, rubric, NoProgress()), args.repeat)
        rows = {t.name: len(t.frame) for t in tables}
        print(f"  rows: {', '.join(f'{name} {n:,}' for name, n in rows.items())}")
        timed("write the CSV files", lambda: write_csv(folder / "csv", tables), args.repeat)
        fitted = [fit_for_excel(t)[0] for t in tables]
        timed("write the XLSX workbook", lambda: write_xlsx(folder / "book.xlsx", fitted), args.repeat)
        timed("export_store csv (read + write)", lambda: export_store(store, rubric, "csv", folder / "e"), args.repeat)
        timed("export_store xlsx (read + write)", lambda: export_store(store, rubric, "xlsx", folder / "e.xlsx"), 1)
        sizes = {p.name: p.stat().st_size for p in [*(folder / "csv").iterdir(), folder / "book.xlsx"]}
        print(f"  sizes: {', '.join(f'{name} {size / 1e6:.1f} MB' for name, size in sorted(sizes.items()))}")


if __name__ == "__main__":
    main()
