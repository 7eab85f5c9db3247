"""Catch the window's stalls from outside: what bench_window.py's child and its threads did whenever its heartbeat
was late.

Run: .venv/bin/python bench/stall_watch.py [--late-ms 80] [--out stalls.txt] [--native | --threads] \
         -- <bench_window.py arguments>

bench_window.py --why samples the GUI thread's Python stack from a thread of its own, which sees nothing while a
C call in any thread holds the interpreter (a pickle.loads, a bytes.join, a numpy call on objects): the sampler
waits for the lock like the window. This watcher is another process: the child writes each heartbeat's time to a
file (RED_BENCH_BEAT_FILE) and its threads' names beside it. Two ways to look:
- by default, when no beat has come for --late-ms, every thread's stack is dumped with py-spy (on the PATH: `pip
  install py-spy`; not one of the project's dependencies), the one holding the interpreter marked `active+gil`.
  One dump a stall.
- --threads: every 2 ms, each thread's processor time and run-queue wait (/proc/<pid>/task/<tid>/schedstat) in
  the child and the processes it started, and the time the machine's host took (/proc/stat's steal); for each
  late beat, what every thread did in the gap. The GUI thread asleep while another thread of its process ran or
  waited for a core: that one held the interpreter (issue 19: a background thread at a lower priority, waiting
  behind the processes apart); nothing running and the host's steal as long as the gap: the host took the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
Threads = dict[tuple[int, int], tuple[int, int, str]]  # (pid, tid): run ns, run-queue wait ns, state


def child_pid() -> int | None:
    found = subprocess.run(["pgrep", "-f", "bench_window.py --child app"], capture_output=True, text=True)
    pids = found.stdout.split()
    return int(pids[0]) if pids else None


def late_beats(
    beat_file: Path, late: float, done: threading.Event, every: float
) -> Iterator[tuple[float, float] | None]:
    """(the beat before, the late beat) each time the heartbeat came `late` seconds or more after the one before;
    None between them, every `every` seconds."""
    last = 0.0
    while not done.wait(every):
        (beat,) = struct.unpack("d", beat_file.read_bytes()[:8])
        if beat != last and last and beat - last >= late:
            yield last, beat
        else:
            yield None
        last = beat


def dump_stacks(beat_file: Path, out: Path, late: float, done: threading.Event, native: bool) -> int:
    spy = shutil.which("py-spy")
    if spy is None:
        sys.exit("py-spy is not on the PATH: pip install py-spy")
    dumped_for, dumps = 0.0, 0
    with out.open("w") as report:
        while not done.wait(0.01):
            (last,) = struct.unpack("d", beat_file.read_bytes()[:8])
            late_by = time.time() - last
            if last == 0 or late_by < late or last == dumped_for:
                continue
            dumped_for = last
            pid = child_pid()
            if pid is None:
                continue
            how = ["--native"] if native else ["--nonblocking"]  # native frames need the process paused
            dump = subprocess.run([spy, "dump", *how, "--pid", str(pid)], capture_output=True, text=True)
            report.write(f"==== no beat for {late_by * 1000:.0f} ms ({time.strftime('%H:%M:%S')})\n")
            report.write(dump.stdout + dump.stderr + "\n")
            report.flush()
            dumps += 1
    return dumps


def process_tree(root: int) -> list[int]:
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        for tid in _listdir(f"/proc/{pid}/task"):
            todo += [int(c) for c in _read(f"/proc/{pid}/task/{tid}/children").split()]
    return pids


def threads_of(root: int) -> Threads:
    found: Threads = {}
    for pid in process_tree(root):
        for tid in _listdir(f"/proc/{pid}/task"):
            sched = _read(f"/proc/{pid}/task/{tid}/schedstat").split()
            stat = _read(f"/proc/{pid}/task/{tid}/stat").rsplit(")", 1)[-1].split()
            if len(sched) >= 2 and stat:
                found[(pid, int(tid))] = (int(sched[0]), int(sched[1]), stat[0])
    return found


def host_stolen_ms() -> float:
    fields = _read("/proc/stat").split("\n", 1)[0].split()
    return int(fields[8]) * 1000 / os.sysconf("SC_CLK_TCK") if len(fields) > 8 else 0.0


def watch_threads(beat_file: Path, out: Path, late: float, done: threading.Event) -> int:
    samples: list[tuple[float, float, Threads]] = []  # time, host's steal, threads; the last 10 s
    root, gaps = None, 0
    with out.open("w") as report:
        for gap in late_beats(beat_file, late, done, 0.002):
            root = root or child_pid()
            if root is None:
                continue
            samples.append((time.time(), host_stolen_ms(), threads_of(root)))
            samples = samples[-5000:]
            if gap is not None:
                report.write(_gap_report(gap, samples, root, _names(beat_file)) + "\n")
                report.flush()
                gaps += 1
    return gaps


def _gap_report(gap: tuple[float, float], samples: list, root: int, names: dict[str, str]) -> str:
    start, end = gap
    before = min(samples, key=lambda s: abs(s[0] - start))
    after = samples[-1]
    lines = [
        f"==== no beat for {(end - start) * 1000:.0f} ms at {time.strftime('%H:%M:%S', time.localtime(end))}: "
        f"host's steal {after[1] - before[1]:.0f} ms (sampled over {(after[0] - before[0]) * 1000:.0f} ms)"
    ]
    for (pid, tid), (run, wait, state) in after[2].items():
        run0, wait0, _ = before[2].get((pid, tid), (run, wait, ""))
        ran, waited = (run - run0) / 1e6, (wait - wait0) / 1e6
        if ran > 3 or waited > 3 or tid == root:
            who = names.get(str(tid), "") if pid == root else "(process apart)"
            lines.append(
                f"  {pid:>7} {tid:>7} {who:<24} ran {ran:6.1f} ms  waited for a core {waited:6.1f} ms  {state}"
            )
    return "\n".join(lines)


def _names(beat_file: Path) -> dict[str, str]:
    try:
        return json.loads(Path(f"{beat_file}.names").read_text())
    except (OSError, ValueError):
        return {}


def _listdir(path: str) -> list[str]:
    try:
        return os.listdir(path)
    except OSError:
        return []


def _read(path: str) -> str:
    try:
        with open(path) as file:
            return file.read()
    except OSError:
        return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--late-ms", type=float, default=80)
    parser.add_argument("--out", type=Path, default=Path("stalls.txt"))
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--native", action="store_true", help="C and C++ frames too (pauses the window to dump)")
    how.add_argument("--threads", action="store_true", help="each thread's processor time and wait in each stall")
    parser.add_argument("bench", nargs=argparse.REMAINDER, help="-- then bench_window.py's arguments")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="stall-watch-") as folder:
        beat_file = Path(folder) / "beat"
        beat_file.write_bytes(struct.pack("d", 0))
        done = threading.Event()
        found: list[int] = []
        late = args.late_ms / 1000
        if args.threads:
            work = lambda: found.append(watch_threads(beat_file, args.out, late, done))  # noqa: E731
        else:
            work = lambda: found.append(dump_stacks(beat_file, args.out, late, done, args.native))  # noqa: E731
        watcher = threading.Thread(target=work)
        watcher.start()
        bench = [a for a in args.bench if a != "--"]
        env = {**os.environ, "RED_BENCH_BEAT_FILE": str(beat_file)}
        try:
            subprocess.run([sys.executable, str(HERE / "bench_window.py"), *bench], env=env, check=False)
        finally:
            done.set()
            watcher.join()
    print(f"{sum(found)} stalls written to {args.out}")


if __name__ == "__main__":
    main()
