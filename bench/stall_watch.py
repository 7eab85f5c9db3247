"""Catch the window's stalls from outside: `py-spy dump` of bench_window.py's child whenever its heartbeat is late.

Run: .venv/bin/python bench/stall_watch.py [--late-ms 80] [--out stalls.txt] [--native] -- <bench_window.py arguments>
Needs py-spy on the PATH (`pip install py-spy`; not one of the project's dependencies).

bench_window.py --why samples the GUI thread's Python stack from a thread of its own, which sees nothing while a
C call in any thread holds the interpreter (a pickle.loads, a bytes.join, a numpy call on objects): the sampler
waits for the lock like the window. This watcher is another process: the child writes each heartbeat's time to a
file (RED_BENCH_BEAT_FILE), and when none has come for --late-ms, every thread's stack is dumped, the one holding
the interpreter marked `active+gil`. One dump a stall.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def watch(beat_file: Path, out: Path, late: float, done: threading.Event, native: bool = False) -> int:
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
            children = subprocess.run(["pgrep", "-f", "bench_window.py --child app"], capture_output=True, text=True)
            for pid in children.stdout.split():
                how = ["--native"] if native else ["--nonblocking"]  # native frames need the process paused
                dump = subprocess.run([spy, "dump", *how, "--pid", pid], capture_output=True, text=True)
                report.write(f"==== no beat for {late_by * 1000:.0f} ms ({time.strftime('%H:%M:%S')})\n")
                report.write(dump.stdout + dump.stderr + "\n")
                report.flush()
                dumps += 1
    return dumps


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--late-ms", type=float, default=80)
    parser.add_argument("--out", type=Path, default=Path("stalls.txt"))
    parser.add_argument("--native", action="store_true", help="C and C++ frames too (pauses the window to dump)")
    parser.add_argument("bench", nargs=argparse.REMAINDER, help="-- then bench_window.py's arguments")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="stall-watch-") as folder:
        beat_file = Path(folder) / "beat"
        beat_file.write_bytes(struct.pack("d", 0))
        done = threading.Event()
        dumps: list[int] = []
        watcher = threading.Thread(
            target=lambda: dumps.append(watch(beat_file, args.out, args.late_ms / 1000, done, args.native))
        )
        watcher.start()
        bench = [a for a in args.bench if a != "--"]
        env = {**os.environ, "RED_BENCH_BEAT_FILE": str(beat_file)}
        try:
            subprocess.run([sys.executable, str(HERE / "bench_window.py"), *bench], env=env, check=False)
        finally:
            done.set()
            watcher.join()
    print(f"{sum(dumps)} stalls dumped to {args.out}")


if __name__ == "__main__":
    main()
