"""Benchmark: writing 10,000 imported proposals into an empty store, then re-importing them (all unchanged).

Run: .venv/bin/python bench/bench_import.py [--records N] [--repeat R]
Prints medians; each repeat starts from a fresh store on disk.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from red_desktop.core.domain import ActorType, RegionType  # noqa: E402
from red_desktop.core.importing.records import ImportRecord  # noqa: E402
from red_desktop.core.store import Store  # noqa: E402
from tests.factories import actor, proposal  # noqa: E402


def generated(count: int, edition: str = "") -> list[ImportRecord]:
    """`count` records of three actors each; `edition` changes every title (an update of them all)."""
    base = proposal()
    types = [*RegionType]
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
                actors=tuple(
                    actor(kind) for kind in (ActorType.LOCAL_GOVERNMENT, ActorType.BUSINESS, ActorType.UNIVERSITY)
                ),
            ),
        )
        for i in range(count)
    ]


def median(samples: list[float]) -> str:
    return f"{statistics.median(samples):6.2f} s (min {min(samples):.2f}, max {max(samples):.2f})"


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    records, changed = generated(args.records), generated(args.records, " (rev.)")
    first, again, updates = [], [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "bench.sqlite", user="bench") as store:
            first.append(timed(lambda: store.imports.apply(records, "bench.xlsx")))
            again.append(timed(lambda: store.imports.apply(records, "bench.xlsx")))
            if args.repeat and len(updates) < 1:  # updating every record is one proposal at a time: once is enough
                updates.append(timed(lambda: store.imports.apply(changed, "bench.xlsx")))
            assert store.proposals.count() == args.records
    print(f"{args.records:,} records, {args.repeat} repeats")
    print(f"  import into an empty store  {median(first)}")
    print(f"  re-import, all unchanged    {median(again)}")
    print(f"  re-import, all changed      {median(updates)}")


if __name__ == "__main__":
    main()
