"""Benchmark: importing a 100,000-row CSV export end to end, then importing it again (every row unchanged), against
a plain pandas script importing the same file in the same run.

Run: .venv/bin/python bench/bench_import.py [--rows N] [--repeat R] [--profile]
     .venv/bin/python bench/bench_import.py --store-only [--records N] [--repeat R]   (the store side alone)

Each import runs in a fresh Python process, as `red-desktop import` does, timing its parts (read_table,
suggest_mapping, to_records, store.imports.apply) and reporting the process's peak RSS; each repeat starts from a
fresh store on disk. Prints medians. --profile prints cProfile's top entries of one import and one re-import.

The baseline (issue 19: the import within 3x of it), alternated with the real import, also one fresh process each:
pandas.read_csv of the same file, the columns mapped the obvious way (country names and region types by dict,
decimal commas replaced, sectors split), then sqlite3 executemany of the same rows, in one transaction, into
tables created with the store's own DDL for proposals and actors (their columns, checks and indexes, read from a
fresh store). Both times start after the modules are imported; the process wall times (start-up included) are
printed too. The ratio printed is the median of real / plain.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import json
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

HEADER = [
    "SubmissionDate", "datos-codigo", "datos-titulo_proyecto", "datos-pais", "datos-entidad_ejecutora",
    "territorio-region", "territorio-tipo_region", "datos-sectores", "financiamiento-monto_solicitado",
    "financiamiento-contrapartida_publica", "financiamiento-contrapartida_privada",
    "financiamiento-mipymes_beneficiarias", "financiamiento-duracion_meses", "diagnostico-diagnostico_regional",
    "ator1_nombre", "ator1_tipo", "ator1_evidencia", "ator2_nombre", "ator2_tipo", "ator2_evidencia",
    "meta-instanceID", "KEY",
]  # fmt: skip
COUNTRIES = ("Perú", "México", "Colombia", "Brasil", "Chile")
REGIONS = ("marginada", "emergente", "en declive")


def write_csv(path: Path, rows: int) -> None:
    """An ODK Central-like export: 22 columns, two flat actors a row, a quoted multi-line cell in every tenth."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER)
        for i in range(rows):
            uuid = f"uuid:00000000-0000-4000-8000-{i:012d}"
            diagnosis = f"Región {i} con brechas de empleo." + ("\nSegunda línea." if i % 10 == 0 else "")
            out.writerow(
                [
                    "2026-03-06T15:20:11.532Z", f"RED-PE-2026-{i:06d}", f"Proyecto de desarrollo regional {i}",
                    COUNTRIES[i % 5], "Gobierno Regional", f"Región {i % 300}", REGIONS[i % 3],
                    "agroindustria turismo", f"{1_000_000 + i},50", "250000", "300000", str(50 + i % 100), "24",
                    diagnosis, f"Municipalidad {i % 900}", "gobierno_local", "convenio_firmado",
                    f"Empresa {i % 700}", "empresa", "carta_de_intencion", uuid, uuid,
                ]
            )  # fmt: skip


def import_once(csv_path: Path, store_path: Path, profile: bool) -> dict[str, float]:
    """One import as the command line does it, in this process: the seconds of each part and the peak RSS."""
    from red_desktop.core.importing.convert import to_records
    from red_desktop.core.importing.mapping import suggest_mapping
    from red_desktop.core.importing.readers import read_table
    from red_desktop.core.importing.records import ERROR
    from red_desktop.core.store import Store

    profiler = cProfile.Profile() if profile else None
    times: dict[str, float] = {}
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    table = read_table(csv_path)
    times["read"] = time.perf_counter() - start
    mapping = suggest_mapping(table)
    times["suggest"] = time.perf_counter() - start - sum(times.values())
    records, problems = to_records(table, mapping)
    times["to_records"] = time.perf_counter() - start - sum(times.values())
    errors = [p for p in problems if p.severity == ERROR]
    assert not errors and len(records) == len(table.frame), errors[:5]
    del table  # as red_desktop.cli.importing.read_records lets it go before the store is opened
    with Store.open(store_path, user="bench") as store:
        store.imports.apply(records, csv_path.name)
        times["apply"] = time.perf_counter() - start - sum(times.values())
        times["proposals"] = store.proposals.count()
    if profiler:
        profiler.disable()
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(25)
        stats.sort_stats("tottime").print_stats(15)
    times["total"] = time.perf_counter() - start
    times["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times


def child(csv_path: Path, store_path: Path, profile: bool, plain: bool = False) -> dict[str, float]:
    flag = "--plain-child" if plain else "--child"
    command = [sys.executable, __file__, flag, str(csv_path), str(store_path)] + (["--profile"] if profile else [])
    start = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if profile:
        print(done.stderr, file=sys.stderr)
    return {**json.loads(done.stdout.strip().splitlines()[-1]), "wall": wall}


# --- the baseline: plain pandas + sqlite3 ---------------------------------------------------------------------

PLAIN_COUNTRIES = {"Perú": "PE", "México": "MX", "Colombia": "CO", "Brasil": "BR", "Chile": "CL"}
PLAIN_REGIONS = {"marginada": "marginalized", "emergente": "emerging", "en declive": "declining"}
PLAIN_ACTORS = {"gobierno_local": "local_government", "empresa": "business", "universidad": "university"}
PLAIN_EVIDENCE = {"convenio_firmado": "signed_agreement", "carta_de_intencion": "letter_of_intent", "": "none"}


def store_ddl() -> list[str]:
    """The store's own CREATE statements of the proposals and actors tables and their indexes (a fresh store's)."""
    from red_desktop.core.store import Store

    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "ddl.sqlite", user="bench") as store:
        sql = "SELECT sql FROM sqlite_master WHERE tbl_name IN ('proposals', 'actors') AND type IN ('table', 'index')"
        rows = store.db.conn.execute(sql + " AND sql IS NOT NULL ORDER BY type DESC, tbl_name DESC").fetchall()
    return [row[0] for row in rows]  # tables first (proposals before actors), then the indexes


def plain_once(csv_path: Path, db_path: Path) -> dict[str, float]:
    """What a short pandas script importing the file does: read_csv, map the columns, executemany, commit."""
    import sqlite3
    import uuid

    import pandas as pd

    ddl = json.loads(db_path.with_suffix(".ddl.json").read_text())
    times: dict[str, float] = {}
    start = time.perf_counter()
    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    times["read"] = time.perf_counter() - start
    n, now = len(frame), "2026-12-06T00:00:00Z"

    def amount(column: str) -> pd.Series:
        return frame[column].str.replace(",", ".", regex=False).astype(float)

    uuids = [str(uuid.uuid4()) for _ in range(n)]
    proposals = pd.DataFrame(
        {
            "uuid": uuids,
            "code": frame["datos-codigo"],
            "title": frame["datos-titulo_proyecto"],
            "country": frame["datos-pais"].map(PLAIN_COUNTRIES),
            "region_name": frame["territorio-region"],
            "region_type": frame["territorio-tipo_region"].map(PLAIN_REGIONS),
            "sectors": frame["datos-sectores"].str.split().map(json.dumps),
            "executing_agency": frame["datos-entidad_ejecutora"],
            "requested_amount": amount("financiamiento-monto_solicitado"),
            "counterpart_public": amount("financiamiento-contrapartida_publica"),
            "counterpart_private": amount("financiamiento-contrapartida_privada"),
            "beneficiary_msmes": frame["financiamiento-mipymes_beneficiarias"].astype(int),
            "duration_months": frame["financiamiento-duracion_meses"].astype(int),
            "regional_diagnosis": frame["diagnostico-diagnostico_regional"],
            "status": "submitted",
            "created_at": now,
            "updated_at": now,
            "updated_by": "bench",
            "search_text": (frame["datos-codigo"] + " " + frame["datos-titulo_proyecto"]).str.lower(),
        }
    )
    actors = pd.concat(
        [
            pd.DataFrame(
                {
                    "proposal_uuid": uuids,
                    "position": k - 1,
                    "name": frame[f"ator{k}_nombre"],
                    "actor_type": frame[f"ator{k}_tipo"].map(PLAIN_ACTORS),
                    "contribution_kind": "in_kind",
                    "evidence": frame[f"ator{k}_evidencia"].map(PLAIN_EVIDENCE),
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": "bench",
                }
            )
            for k in (1, 2)
        ]
    )
    actors.insert(0, "uuid", [str(uuid.uuid4()) for _ in range(len(actors))])
    times["map"] = time.perf_counter() - start - sum(times.values())
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        for statement in ddl:
            conn.execute(statement)
        for name, table in (("proposals", proposals), ("actors", actors)):
            columns = ", ".join(table.columns)
            marks = ", ".join("?" * len(table.columns))
            rows = table.itertuples(index=False, name=None)
            conn.executemany(f"INSERT INTO {name} ({columns}) VALUES ({marks})", rows)
    times["write"] = time.perf_counter() - start - sum(times.values())
    times["proposals"] = conn.execute("SELECT count(*) FROM proposals").fetchone()[0]
    conn.close()
    times["total"] = time.perf_counter() - start
    times["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times


def summary(runs: list[dict[str, float]]) -> str:
    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    totals = [r["total"] for r in runs]
    return (
        f"{med('total'):6.2f} s (min {min(totals):.2f}, max {max(totals):.2f}); read {med('read'):.2f}, "
        f"suggest {med('suggest'):.2f}, to_records {med('to_records'):.2f}, apply {med('apply'):.2f}; "
        f"peak RSS {med('peak_mb'):.0f} MB"
    )


def plain_summary(runs: list[dict[str, float]]) -> str:
    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    totals = [r["total"] for r in runs]
    return (
        f"{med('total'):6.2f} s (min {min(totals):.2f}, max {max(totals):.2f}); read_csv {med('read'):.2f}, "
        f"map {med('map'):.2f}, executemany {med('write'):.2f}; peak RSS {med('peak_mb'):.0f} MB"
    )


def ratio(real: list[dict[str, float]], plain: list[dict[str, float]], key: str) -> str:
    ratios = [r[key] / p[key] for r, p in zip(real, plain)]
    return f"{statistics.median(ratios):.2f}x (pairs {', '.join(f'{x:.2f}' for x in ratios)})"


def csv_bench(rows: int, repeat: int, profile: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "propuestas.csv"
        write_csv(csv_path, rows)
        size = csv_path.stat().st_size / 1e6
        ddl = store_ddl()
        first, again, plain = [], [], []
        for n in range(repeat):  # alternated: real, real again, plain
            store_path = Path(folder) / f"bench-{n}.sqlite"
            first.append(child(csv_path, store_path, profile and n == 0))
            again.append(child(csv_path, store_path, profile and n == 0))
            assert first[-1]["proposals"] == again[-1]["proposals"] == rows
            plain_path = Path(folder) / f"plain-{n}.sqlite"
            plain_path.with_suffix(".ddl.json").write_text(json.dumps(ddl))
            plain.append(child(csv_path, plain_path, False, plain=True))
            assert plain[-1]["proposals"] == rows
    print(f"{rows:,}-row CSV ({size:.0f} MB), {repeat} repeats, one process each")
    print(f"  import into an empty store  {summary(first)}")
    print(f"  re-import, all unchanged    {summary(again)}")
    print(f"  plain pandas + executemany  {plain_summary(plain)}")
    print(f"  ratio import / plain        {ratio(first, plain, 'total')}")
    print(f"  ratio re-import / plain     {ratio(again, plain, 'total')}")
    print(f"  process wall times          import {statistics.median(r['wall'] for r in first):.2f} s, "
          f"plain {statistics.median(r['wall'] for r in plain):.2f} s: {ratio(first, plain, 'wall')}")  # fmt: skip


# --- the store side alone -------------------------------------------------------------------------------------


def store_bench(count: int, repeat: int) -> None:
    from red_desktop.core.domain import ActorType, RegionType
    from red_desktop.core.importing.records import ImportRecord
    from red_desktop.core.store import Store
    from tests.factories import actor, proposal

    def generated(edition: str = "") -> list[ImportRecord]:
        base = proposal()
        types = [*RegionType]
        kinds = (ActorType.LOCAL_GOVERNMENT, ActorType.BUSINESS, ActorType.UNIVERSITY)
        return [
            ImportRecord(
                row=i + 2,
                submission_id=f"kobo-{i:06d}",
                submitted_at="2026-03-01T10:00:00Z",
                proposal=replace(
                    base,
                    code=f"RED-PE-2026-{i:06d}",
                    title=f"{base.title} {i}{edition}",
                    region_type=types[i % 3],
                    requested_amount=float(100_000 + i),
                    actors=tuple(actor(kind) for kind in kinds),
                ),  # fmt: skip
            )
            for i in range(count)
        ]

    def timed(action: Callable[[], object]) -> float:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start

    def median(samples: list[float]) -> str:
        return f"{statistics.median(samples):6.2f} s (min {min(samples):.2f}, max {max(samples):.2f})"

    records, changed = generated(), generated(" (rev.)")
    first: list[float] = []
    again: list[float] = []
    updates: list[float] = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bench.sqlite", user="bench") as store:
            first.append(timed(lambda: store.imports.apply(records, "bench.xlsx")))
            again.append(timed(lambda: store.imports.apply(records, "bench.xlsx")))
            updates.append(timed(lambda: store.imports.apply(changed, "bench.xlsx")))
            assert store.proposals.count() == count
    print(f"{count:,} records, {repeat} repeats")
    print(f"  import into an empty store  {median(first)}")
    print(f"  re-import, all unchanged    {median(again)}")
    print(f"  re-import, all changed      {median(updates)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--store-only", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("CSV", "STORE"))
    parser.add_argument("--plain-child", nargs=2, metavar=("CSV", "DB"))
    args = parser.parse_args()
    if args.plain_child:
        print(json.dumps(plain_once(Path(args.plain_child[0]), Path(args.plain_child[1]))))
    elif args.child:
        print(json.dumps(import_once(Path(args.child[0]), Path(args.child[1]), args.profile)))
    elif args.store_only:
        store_bench(args.records, args.repeat)
    else:
        csv_bench(args.rows, args.repeat, args.profile)


if __name__ == "__main__":
    main()
