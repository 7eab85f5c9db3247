"""Benchmark: one PDF evaluation sheet, for one evaluation and for a proposal's committee aggregate.

Run: .venv/bin/python bench/bench_sheet.py [--proposals N] [--repeat R] [--committee]
Prints medians over the demo store's proposals: gathering the data from the store, drawing the PDF,
and both together (what `red-desktop sheet` does after opening the store). The target is well under
0.2 s per sheet. With --committee the ranking is computed once and passed in, as a dossier does.
"""

from __future__ import annotations

import argparse
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
from red_desktop.core.rubric import load_rubric  # noqa: E402
from red_desktop.core.store import Store  # noqa: E402


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
    args = parser.parse_args()
    rubric = load_rubric(paths.default_rubric_path())
    start = time.perf_counter()
    register_fonts()
    print(f"font registration (once per process): {(time.perf_counter() - start) * 1000:.0f} ms")
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


if __name__ == "__main__":
    main()
