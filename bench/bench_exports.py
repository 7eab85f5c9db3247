"""Benchmark: the CSV export of a store against a plain pandas script exporting the same tables, in the same run.

Run: .venv/bin/python bench/bench_exports.py [--proposals N] [--store PATH] [--repeat R] [--xlsx] [--profile]
     [--rebuild]

By default the 2,000-proposal demo store (build_demo(proposals=2000, evaluators=8, seed=1), ~15 s, 6,009
evaluations, ~78,000 scores) is built once and cached in the temp folder, keyed by the size and the migrations;
--store exports another store instead (e.g. a copy of bench/bench_list.py's 20,000 or 100,000-proposal stores).
Every store is opened read-only, as the export command does.

Each export runs in a fresh Python process, as `red-desktop export` does, alternated with the baseline (issue 19:
the export within 3x of it): pandas.read_sql of the store's proposals, actors, evaluations, scores, decisions and
audit_log tables (every column, the rows in a stable order) and DataFrame.to_csv of each, UTF-8 with BOM. The real
export writes the same rows with labels, the codes and evaluator names beside the ids, the criterion totals of each
evaluation, and computes the aggregates (ranking, calibration, sensitivity) and agreement tables the plain script
does not: its phases are printed so that what bounds the ratio is visible. Times start after the modules are
imported. --xlsx also times the XLSX workbook against its own baseline, alternated the same way: the same
read_sql of each table, control characters removed (openpyxl refuses them), written as one sheet each by
DataFrame.to_excel through pandas' ExcelWriter (openpyxl, the
engine the program writes with).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import json
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PLAIN_TABLES = {  # the store's tables the baseline exports, each in a stable order
    "proposals": "SELECT * FROM proposals ORDER BY code",
    "actors": "SELECT * FROM actors ORDER BY proposal_uuid, position",
    "evaluations": "SELECT * FROM evaluations ORDER BY proposal_uuid, evaluator_uuid",
    "scores": "SELECT * FROM scores ORDER BY evaluation_uuid, subcriterion_id",
    "decisions": "SELECT * FROM decisions ORDER BY proposal_uuid",
    "audit": "SELECT * FROM audit_log ORDER BY at, id",
}


def cached_store(proposals: int, rebuild: bool) -> Path:
    from red_desktop import paths
    from red_desktop.core.demo import build_demo
    from red_desktop.core.rubric import load_rubric
    from red_desktop.core.store import Store, migrations

    schema = hashlib.sha256(Path(migrations.__file__).read_bytes()).hexdigest()[:10]
    folder = Path(tempfile.gettempdir()) / "red-desktop-bench"
    path = folder / f"exports-{schema}-{proposals}.sqlite"
    if rebuild or not path.exists():
        folder.mkdir(exist_ok=True)
        building = path.with_name(path.name + ".building")
        building.unlink(missing_ok=True)
        start = time.perf_counter()
        with Store.open(building, user="bench") as store:
            build_demo(store, load_rubric(paths.default_rubric_path()), proposals=proposals, evaluators=8, seed=1)
            store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        building.rename(path)
        building.with_name(building.name + ".lock").unlink(missing_ok=True)
        print(f"built the {proposals:,}-proposal demo store in {time.perf_counter() - start:.1f} s: {path}")
    return path


def real_once(store_path: Path, out: Path, kind: str, profile: bool) -> dict[str, float]:
    """One export as the command line does it (Store.open read-only, build_tables, write_csv), in this process."""
    from red_desktop import paths
    from red_desktop.core.exports import build_tables, export_store
    from red_desktop.core.exports.writers import write_csv
    from red_desktop.core.progress import NoProgress
    from red_desktop.core.rubric import load_rubric
    from red_desktop.core.store import Store

    profiler = cProfile.Profile() if profile else None
    times: dict[str, float] = {}
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    rubric = load_rubric(paths.default_rubric_path())
    with Store.open(store_path, user="bench", readonly=True) as store:
        times["open"] = time.perf_counter() - start
        if kind == "xlsx":
            export_store(store, rubric, "xlsx", out / "export.xlsx")
            times["write"] = time.perf_counter() - start - sum(times.values())
        else:
            tables = build_tables(store, rubric, NoProgress())
            times["read"] = time.perf_counter() - start - sum(times.values())
            write_csv(out / "csv", tables)
            times["write"] = time.perf_counter() - start - sum(times.values())
    if profiler:
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(30)
        stats.sort_stats("tottime").print_stats(15)
    times["total"] = time.perf_counter() - start
    times["bytes"] = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    times["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times


def plain_once(store_path: Path, out: Path, kind: str = "csv") -> dict[str, float]:
    """What a short pandas script exporting the store does: read_sql of each table, then to_csv of each, or
    to_excel of each into one workbook's sheets."""
    import sqlite3

    import pandas as pd
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    times = {"read": 0.0, "write": 0.0}
    start = time.perf_counter()
    conn = sqlite3.connect(f"file:{store_path}?mode=ro", uri=True)
    folder = out / "plain"
    folder.mkdir()
    with contextlib.ExitStack() as stack:
        workbook = None
        if kind == "xlsx":
            workbook = stack.enter_context(pd.ExcelWriter(folder / "export.xlsx", engine="openpyxl"))
        for name, sql in PLAIN_TABLES.items():
            began = time.perf_counter()
            frame = pd.read_sql(sql, conn)
            read = time.perf_counter()
            if workbook is None:
                frame.to_csv(folder / f"{name}.csv", index=False, encoding="utf-8-sig", lineterminator="\r\n")
            else:  # openpyxl refuses control characters (the store's search column holds separators)
                text = [c for c in frame.columns if pd.api.types.is_string_dtype(frame[c])]
                frame[text] = frame[text].replace(ILLEGAL_CHARACTERS_RE, "", regex=True)
                frame.to_excel(workbook, sheet_name=name, index=False)
            times["read"] += read - began
            times["write"] += time.perf_counter() - read
            del frame
        closing = time.perf_counter()
    times["write"] += time.perf_counter() - closing  # the workbook is saved as the writer closes
    conn.close()
    times["total"] = time.perf_counter() - start
    times["bytes"] = sum(p.stat().st_size for p in folder.iterdir())
    times["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times


def child(mode: str, store_path: Path, profile: bool = False) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as out:
        command = [sys.executable, __file__, "--child", mode, str(store_path), out] + (["--profile"] * profile)
        start = time.perf_counter()
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        wall = time.perf_counter() - start
    if profile:
        print(done.stderr, file=sys.stderr)
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "wall": wall}


def med(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def spread(runs: list[dict[str, float]]) -> str:
    totals = [r["total"] for r in runs]
    return f"{med(runs, 'total'):6.2f} s (min {min(totals):.2f}, max {max(totals):.2f})"


def ratio(real: list[dict[str, float]], plain: list[dict[str, float]], key: str) -> str:
    ratios = [r[key] / p[key] for r, p in zip(real, plain)]
    return f"{statistics.median(ratios):.2f}x (pairs {', '.join(f'{x:.2f}' for x in ratios)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--proposals", type=int, default=2_000, help="size of the cached demo store")
    parser.add_argument("--store", type=Path, help="export this store (opened read-only) instead of the demo")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--xlsx", action="store_true", help="also time the XLSX export against plain to_excel")
    parser.add_argument("--profile", action="store_true", help="cProfile of the first real CSV export")
    parser.add_argument("--rebuild", action="store_true", help="build the demo store again")
    parser.add_argument("--child", nargs=3, metavar=("MODE", "STORE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, store_path, out = args.child[0], Path(args.child[1]), Path(args.child[2])
        if mode.startswith("plain"):
            answer = plain_once(store_path, out, mode.removeprefix("plain-") if "-" in mode else "csv")
        else:
            answer = real_once(store_path, out, mode, args.profile)
        print(json.dumps(answer))
        return
    store_path = args.store or cached_store(args.proposals, args.rebuild)
    real, plain = [], []
    for n in range(args.repeat):  # alternated, one fresh process each
        real.append(child("csv", store_path, args.profile and n == 0))
        plain.append(child("plain", store_path))
    print(f"{store_path.name} ({store_path.stat().st_size / 1e6:.0f} MB), {args.repeat} repeats, one process each")
    print(
        f"  export csv                 {spread(real)}: open {med(real, 'open'):.2f}, read {med(real, 'read'):.2f}, "
        f"write {med(real, 'write'):.2f}; {med(real, 'bytes') / 1e6:.0f} MB; peak RSS {med(real, 'peak_mb'):.0f} MB"
    )
    print(
        f"  plain read_sql + to_csv    {spread(plain)}: read_sql {med(plain, 'read'):.2f}, "
        f"to_csv {med(plain, 'write'):.2f}; {med(plain, 'bytes') / 1e6:.0f} MB; peak RSS {med(plain, 'peak_mb'):.0f} MB"
    )
    print(f"  ratio export / plain       {ratio(real, plain, 'total')}")
    walls = f"export {med(real, 'wall'):.2f} s, plain {med(plain, 'wall'):.2f} s"
    print(f"  process wall times         {walls}: {ratio(real, plain, 'wall')}")
    if args.xlsx:
        xlsx, plain_xlsx = [], []
        for _ in range(args.repeat):
            xlsx.append(child("xlsx", store_path))
            plain_xlsx.append(child("plain-xlsx", store_path))
        print(
            f"  export xlsx                {spread(xlsx)}; {med(xlsx, 'bytes') / 1e6:.1f} MB; "
            f"peak RSS {med(xlsx, 'peak_mb'):.0f} MB"
        )
        print(
            f"  plain read_sql + to_excel  {spread(plain_xlsx)}: read_sql {med(plain_xlsx, 'read'):.2f}, "
            f"to_excel {med(plain_xlsx, 'write'):.2f}; {med(plain_xlsx, 'bytes') / 1e6:.1f} MB; "
            f"peak RSS {med(plain_xlsx, 'peak_mb'):.0f} MB"
        )
        print(f"  ratio xlsx / plain xlsx    {ratio(xlsx, plain_xlsx, 'total')}")


if __name__ == "__main__":
    main()
