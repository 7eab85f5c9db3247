"""Benchmark: one PDF evaluation sheet, for one evaluation and for a proposal's committee aggregate.

Run: .venv/bin/python bench/bench_sheet.py [--proposals N] [--repeat R] [--committee]
Prints medians over the demo store's proposals: gathering the data from the store, drawing the PDF,
and both together (what `red-desktop sheet` does after opening the store). The target is well under
0.2 s per sheet. With --committee the ranking is computed once and passed in, as a dossier does.

At scale (issue 19: a sheet costs what it costs on a small store): --store PATH [--baseline 200] times the
same sheets on that store (say the 100,000-proposal one bench/bench_list.py caches) and on a demo store of
--baseline proposals, alternating one sheet on each, and prints the ratio of the medians (target <= 1.5).
The store given is only read: when its schema is older or its score summaries are not current, a copy in
--workdir is upgraded and refreshed first (a minute at 100,000) and kept there for the next run.
--check also compares, for one proposal, the standing from the summaries with the aggregate of every evaluation.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from red_desktop import paths  # noqa: E402
from red_desktop.core.committee import CommitteeData, build_committee  # noqa: E402
from red_desktop.core.demo import build_demo  # noqa: E402
from red_desktop.core.domain import EvaluationState  # noqa: E402
from red_desktop.core.reports.fonts import register_fonts  # noqa: E402
from red_desktop.core.reports.sheet import write_sheet  # noqa: E402
from red_desktop.core.reports.sheet_data import SheetData, sheet_for_aggregate, sheet_for_evaluation  # noqa: E402
from red_desktop.core.reports.standing import _from_every_evaluation, standing  # noqa: E402
from red_desktop.core.rubric import Rubric, load_rubric  # noqa: E402
from red_desktop.core.store import Store  # noqa: E402
from red_desktop.core.store.migrations import LATEST_VERSION  # noqa: E402


def median_ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:6.1f} ms (min {min(samples) * 1000:.1f}, max {max(samples) * 1000:.1f})"


def measure(
    gather: Callable[[], SheetData], out: Path, repeat: int, language: str
) -> tuple[list[float], list[float], list[int]]:
    data_times, draw_times, pages = [], [], []
    for _ in range(repeat):
        start = time.perf_counter()
        data = gather()
        gathered = time.perf_counter()
        written = write_sheet(data, out)
        data_times.append(gathered - start)
        draw_times.append(time.perf_counter() - gathered)
        pages.append(written.pages)
    return data_times, draw_times, pages


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, default=60, help="demo store size (the window's --demo: 60)")
    parser.add_argument("--repeat", type=int, default=3, help="sheets per proposal and kind")
    parser.add_argument("--sample", type=int, default=15, help="proposals measured")
    parser.add_argument("--committee", action="store_true", help="pass a prebuilt committee (the dossier's path)")
    parser.add_argument("--store", type=Path, help="time sheets on this store against a --baseline demo store")
    parser.add_argument("--cached", type=int, help="--store: bench_list.py's cached store of this many proposals")
    parser.add_argument("--baseline", type=int, default=200, help="the small store's proposals (with --store)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "red-desktop-bench-sheet")
    parser.add_argument("--check", action="store_true", help="compare one standing with the every-evaluation one")
    args = parser.parse_args()
    rubric = load_rubric(paths.default_rubric_path())
    if args.cached:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from bench_list import cached_store

        args.store = cached_store(args.cached, rubric, False)
    start = time.perf_counter()
    register_fonts()
    print(f"font registration (once per process): {(time.perf_counter() - start) * 1000:.0f} ms")
    if args.store:
        at_scale(args, rubric)
        return
    with tempfile.TemporaryDirectory() as folder:
        db, out = Path(folder) / "bench.sqlite", Path(folder) / "sheet.pdf"
        with Store.open(db, user="bench") as store:
            build_demo(store, rubric, proposals=args.proposals, evaluators=5, seed=1)
        with Store.open(db, readonly=True) as store:
            committee: CommitteeData | None = build_committee(store, rubric) if args.committee else None
            proposals = list(store.proposals.all())[: args.sample]
            results: dict[str, tuple[list[float], list[float], list[int]]] = {"evaluation": ([], [], []),
                                                                              "aggregate": ([], [], [])}  # fmt: skip
            write_sheet(sheet_for_aggregate(store, rubric, proposals[0].uuid, "es", committee), out)  # warm up
            for i, p in enumerate(proposals):
                language = ("en", "es", "pt")[i % 3]
                final = next(e for e in store.evaluations.for_proposal(p.uuid) if e.state is EvaluationState.FINAL)
                runs = {
                    "evaluation": partial(sheet_for_evaluation, store, rubric, final.uuid, language, committee),
                    "aggregate": partial(sheet_for_aggregate, store, rubric, p.uuid, language, committee),
                }
                for kind, gather in runs.items():
                    for bucket, samples in zip(results[kind], measure(gather, out, args.repeat, language)):
                        bucket.extend(samples)  # type: ignore[arg-type]
    mode = "prebuilt committee" if args.committee else "ranking computed per sheet"
    print(f"demo store: {args.proposals} proposals, 5 evaluators; {len(proposals)} proposals x {args.repeat}; {mode}")
    for kind, (data_t, draw_t, pages) in results.items():
        total = [a + b for a, b in zip(data_t, draw_t)]
        print(f"{kind} sheet ({min(pages)}-{max(pages)} pages)")
        print(f"  data from the store   median {median_ms(data_t)}")
        print(f"  PDF drawn and written median {median_ms(draw_t)}")
        print(f"  one sheet, total      median {median_ms(total)}")


def readable(path: Path, rubric: Rubric, workdir: Path) -> Path:
    """The store itself when it is current, else an upgraded and refreshed copy (the store given is never written)."""
    with Store.open(path, readonly=True) as store:
        if store.summaries.is_current(rubric):
            return path
    print(f"{path.name}: older schema or summaries not current: working on a copy in {workdir}")
    return current_copy(path, rubric, workdir)


def current_copy(path: Path, rubric: Rubric, workdir: Path) -> Path:
    copy = workdir / path.name
    if not copy.exists():
        workdir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy.with_suffix(".partial"))
        copy.with_suffix(".partial").rename(copy)
    with Store.open(copy, user="bench", verify=False) as store:
        if not store.summaries.is_current(rubric):
            start = time.perf_counter()
            store.summaries.refresh(rubric)
            print(f"  summaries refreshed in {time.perf_counter() - start:.1f} s")
    return copy


def old_schema(path: Path) -> bool:
    import sqlite3

    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0]) < LATEST_VERSION
    finally:
        conn.close()


def sample(store: Store, count: int, seed: int = 7) -> list[tuple[str, str]]:
    """(proposal, one of its final evaluations) for `count` proposals picked at random."""
    (top,) = store.db.execute("SELECT max(rowid) FROM proposals").fetchone()
    rng = random.Random(seed)
    picked: list[tuple[str, str]] = []
    while len(picked) < count:
        rowids = rng.sample(range(1, top + 1), min(top, 4 * count))
        marks = ", ".join("?" * len(rowids))
        for (uuid,) in store.db.execute(f"SELECT uuid FROM proposals WHERE rowid IN ({marks})", rowids):
            finals = [e for e in store.evaluations.for_proposal(uuid) if e.state is EvaluationState.FINAL]
            if finals and len(picked) < count:
                picked.append((uuid, finals[0].uuid))
    return picked


def at_scale(args: argparse.Namespace, rubric: Rubric) -> None:
    big = args.store if not old_schema(args.store) else current_copy(args.store, rubric, args.workdir)
    big = readable(big, rubric, args.workdir)
    with tempfile.TemporaryDirectory() as folder:
        small, out = Path(folder) / "baseline.sqlite", Path(folder) / "sheet.pdf"
        with Store.open(small, user="bench") as store:
            build_demo(store, rubric, proposals=args.baseline, evaluators=5, seed=1)
        with Store.open(small, readonly=True) as s_store, Store.open(big, readonly=True) as b_store:
            stores = {"small": s_store, "big": b_store}
            sizes = {k: v.proposals.count() for k, v in stores.items()}
            picks = {k: sample(v, args.sample) for k, v in stores.items()}
            if args.check:
                uuid = picks["big"][0][0]
                start = time.perf_counter()
                slow = _from_every_evaluation(b_store, rubric, uuid)
                print(f"every evaluation aggregated: {time.perf_counter() - start:.1f} s; the same standing:", end=" ")
                print(slow == standing(b_store, rubric, uuid))
            for store in stores.values():  # warm up: page cache, imports
                write_sheet(sheet_for_aggregate(store, rubric, picks["big" if store is b_store else "small"][0][0],
                                                "es"), out)  # fmt: skip
            results = {(size, kind): ([], [], []) for size in stores for kind in ("evaluation", "aggregate")}
            for i in range(args.sample):
                language = ("en", "es", "pt")[i % 3]
                for size, store in stores.items():  # alternating: the machine's load falls on both alike
                    proposal_uuid, evaluation_uuid = picks[size][i]
                    runs = {
                        "evaluation": partial(sheet_for_evaluation, store, rubric, evaluation_uuid, language),
                        "aggregate": partial(sheet_for_aggregate, store, rubric, proposal_uuid, language),
                    }
                    for kind, gather in runs.items():
                        for bucket, samples in zip(results[size, kind], measure(gather, out, args.repeat, language)):
                            bucket.extend(samples)  # type: ignore[arg-type]
            timed = {k: timed_standing(v, rubric, [u for u, _ in picks[k]]) for k, v in stores.items()}
    print(f"{sizes['big']:,} proposals ({big.name}) against a {sizes['small']:,}-proposal demo store; "
          f"{args.sample} proposals x {args.repeat} on each, alternating")  # fmt: skip
    for kind in ("evaluation", "aggregate"):
        print(f"{kind} sheet")
        medians = {}
        for size in stores:
            data_t, draw_t, pages = results[size, kind]
            total = [a + b for a, b in zip(data_t, draw_t)]
            medians[size] = statistics.median(total)
            print(f"  {sizes[size]:>7,} proposals: data {median_ms(data_t)}; PDF {median_ms(draw_t)}")
            print(f"  {'':>7}            one sheet {median_ms(total)} ({min(pages)}-{max(pages)} pages)")
        print(f"  ratio of the medians, one sheet: {medians['big'] / medians['small']:.2f}")
    for size in stores:
        print(f"standing() alone, {sizes[size]:,} proposals: median {median_ms(timed[size])}")


def timed_standing(store: Store, rubric: Rubric, uuids: list[str]) -> list[float]:
    samples = []
    for uuid in uuids:
        start = time.perf_counter()
        standing(store, rubric, uuid)
        samples.append(time.perf_counter() - start)
    return samples


if __name__ == "__main__":
    main()
