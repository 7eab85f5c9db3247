"""Benchmark: how long the command line takes to answer (issue 17): `red-desktop --help` and `red-desktop check` on
a small store, against `python -c pass`. Medians of --repeat runs, each a fresh process; peak RSS of the last.

Run: .venv/bin/python bench/bench_startup.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("red-desktop")


def timed(command: list[str], repeat: int) -> float:
    seconds = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = Path(folder) / "s.sqlite"
        subprocess.run([str(SCRIPT), "demo", "--db", str(store), "--proposals", "20", "--evaluators", "2"], check=True,
                       capture_output=True)  # fmt: skip
        cases = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "red-desktop --help": [str(SCRIPT), "--help"],
            "red-desktop check (20 proposals)": [str(SCRIPT), "check", "--db", str(store)],
        }
        for name, command in cases.items():
            median = timed(command, args.repeat)
            print(f"{name:<36} {median:6.3f} s median of {args.repeat}")


if __name__ == "__main__":
    main()
