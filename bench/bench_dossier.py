"""Benchmark: the committee dossier of 500 proposals (and one evaluation sheet) on the 2,000-proposal demo.

Run: .venv/bin/python bench/bench_dossier.py [--proposals 500] [--repeat 3] [--reasons all|contested]
The demo store (2,000 proposals, 8 evaluators, seed 1) is built once and cached in the temp folder.
Charts are reportlab vector drawings from the core, as the command draws them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from red_desktop import paths  # noqa: E402
from red_desktop.core.committee import build_committee  # noqa: E402
from red_desktop.core.demo import build_demo  # noqa: E402
from red_desktop.core.reports.dossier import write_dossier  # noqa: E402
from red_desktop.core.reports.selection import Selection  # noqa: E402
from red_desktop.core.rubric import load_rubric  # noqa: E402
from red_desktop.core.sensitivity import ranking_sensitivity  # noqa: E402
from red_desktop.core.store import Store  # noqa: E402


def demo_store() -> Path:
    path = Path(tempfile.gettempdir()) / "red-desktop-bench" / "dossier-demo-2000.sqlite"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        building = path.with_name(path.name + ".building")
        building.unlink(missing_ok=True)
        with Store.open(building, user="bench") as store:
            build_demo(store, load_rubric(paths.default_rubric_path()), proposals=2000, evaluators=8, seed=1)
        building.rename(path)
        building.with_name(building.name + ".lock").unlink(missing_ok=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--reasons", choices=["all", "contested"], default="all", help="all: the longest dossier")
    args = parser.parse_args()
    rubric = load_rubric(paths.default_rubric_path())
    out = Path(tempfile.mkdtemp()) / "dossier.pdf"
    with Store.open(demo_store(), readonly=True) as store:
        times, parts = [], []
        for _ in range(args.repeat):
            start = time.perf_counter()
            committee = build_committee(store, rubric)
            sensitivity = ranking_sensitivity(committee.ranking, rubric)
            drawn = time.perf_counter()
            written = write_dossier(
                store, rubric, committee, out, selection=Selection("top", top=args.proposals), language="es",
                sensitivity=sensitivity, reasons=args.reasons,
            )  # fmt: skip
            end = time.perf_counter()
            times.append(end - start)
            parts.append((drawn - start, end - drawn))
        size = os.path.getsize(out) / 2**20
        data, pdf = (statistics.median(p[i] for p in parts) for i in range(2))
        print(
            f"dossier of {written.proposals} proposals ({args.reasons} reasons), {written.pages:,} pages, "
            f"{size:.1f} MiB: median "
            f"{statistics.median(times):.1f} s (committee data and sensitivity {data:.1f} s, "
            f"PDF with charts {pdf:.1f} s)"
        )


if __name__ == "__main__":
    main()
