"""Benchmark: importing a 100,000-row CSV export end to end, then importing it again (every row unchanged).

Run: .venv/bin/python bench/bench_import.py [--rows N] [--repeat R] [--profile]
     .venv/bin/python bench/bench_import.py --store-only [--records N] [--repeat R]   (the store side alone)

Each import runs in a fresh Python process, as `red-desktop import` does, timing its parts (read_table,
suggest_mapping, to_records, store.imports.apply) and reporting the process's peak RSS; each repeat starts from a
fresh store on disk. Prints medians. --profile prints cProfile's top entries of one import and one re-import.
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


def child(csv_path: Path, store_path: Path, profile: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", str(csv_path), str(store_path)] + (["--profile"] if profile else [])
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    if profile:
        print(done.stderr, file=sys.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def summary(runs: list[dict[str, float]]) -> str:
    def med(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    totals = [r["total"] for r in runs]
    return (
        f"{med('total'):6.2f} s (min {min(totals):.2f}, max {max(totals):.2f}); read {med('read'):.2f}, "
        f"suggest {med('suggest'):.2f}, to_records {med('to_records'):.2f}, apply {med('apply'):.2f}; "
        f"peak RSS {med('peak_mb'):.0f} MB"
    )


def csv_bench(rows: int, repeat: int, profile: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "propuestas.csv"
        write_csv(csv_path, rows)
        size = csv_path.stat().st_size / 1e6
        first, again = [], []
        for n in range(repeat):
            store_path = Path(folder) / f"bench-{n}.sqlite"
            first.append(child(csv_path, store_path, profile and n == 0))
            again.append(child(csv_path, store_path, profile and n == 0))
            assert first[-1]["proposals"] == again[-1]["proposals"] == rows
    print(f"{rows:,}-row CSV ({size:.0f} MB), {repeat} repeats, one process each")
    print(f"  import into an empty store  {summary(first)}")
    print(f"  re-import, all unchanged    {summary(again)}")


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
    first, again, updates = [], [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bench.sqlite", user="bench") as store:
            first.append(timed(lambda: store.imports.apply(records, "bench.xlsx")))
            again.append(timed(lambda: store.imports.apply(records, "bench.xlsx")))
            if len(updates) < 1:  # updating every record is one proposal at a time: once is enough
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
    args = parser.parse_args()
    if args.child:
        print(json.dumps(import_once(Path(args.child[0]), Path(args.child[1]), args.profile)))
    elif args.store_only:
        store_bench(args.records, args.repeat)
    else:
        csv_bench(args.rows, args.repeat, args.profile)


if __name__ == "__main__":
    main()
