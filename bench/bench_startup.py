"""Benchmark: how long the command line takes to answer (issue 17): `red-desktop --help`, every command's --help,
and `red-desktop check` on a small store, against `python -c pass`. Medians of --repeat runs, each a fresh
process, and the largest peak RSS among them.

Run: .venv/bin/python bench/bench_startup.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SCRIPT = Path(sys.executable).with_name("red-desktop")


def run_once(command: list[str]) -> tuple[float, float]:
    """Seconds and peak RSS (MB) of one fresh process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}")
    return seconds, usage.ru_maxrss / 1024  # kilobytes on Linux


def timed(command: list[str], repeat: int) -> tuple[float, float]:
    runs = [run_once(command) for _ in range(repeat)]
    return statistics.median(s for s, _ in runs), max(rss for _, rss in runs)


def command_names() -> list[str]:
    from red_desktop.cli.main import build_parser

    commands = next(a for a in build_parser()._actions if a.dest == "command")
    return list(commands.choices)  # type: ignore[arg-type]


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
            median, rss = timed(command, args.repeat)
            print(f"{name:<40} {median:6.3f} s median of {args.repeat}, {rss:5.1f} MB peak RSS")
        helps = {name: timed([str(SCRIPT), name, "--help"], args.repeat) for name in command_names()}
        slowest = max(helps, key=lambda name: helps[name][0])
        median, rss = helps[slowest]
        print(f"{'red-desktop <command> --help, slowest':<40} {median:6.3f} s median of {args.repeat} ({slowest}), "
              f"{rss:5.1f} MB peak RSS")  # fmt: skip
        fastest = min(seconds for seconds, _ in helps.values())
        print(f"{'red-desktop <command> --help, fastest':<40} {fastest:6.3f} s median of {args.repeat}")


if __name__ == "__main__":
    main()
