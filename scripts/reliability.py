"""The reliability suite at full size (issue 16): kill -9 during writes, other programs reading, links, full disks
and read-only media, and fuzzed inputs. Prints what was tried and what held; exits 1 if anything failed.

Run: make reliability   (or .venv/bin/python scripts/reliability.py [--kills N] [--fuzz N] [--seed S])
The figures go to docs/reliability.md by hand, with the date. The test suite runs a few of each
(tests/reliability/test_smoke.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.reliability import fuzz, trials  # noqa: E402 (after the path)
from tests.reliability.trials import Outcome  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kills", type=int, default=60, help="kill -9 trials per kind of write (4 kinds)")
    parser.add_argument("--reads", type=int, default=500, help="reads by other programs during saves")
    parser.add_argument("--links", type=int, default=50, help="link trials (two attempts each)")
    parser.add_argument("--disks", type=int, default=10, help="full-disk and read-only trials (root only)")
    parser.add_argument("--fuzz", type=int, default=2000, help="fuzzed inputs per kind (5 kinds)")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    outcomes: list[tuple[Outcome, float]] = []
    with tempfile.TemporaryDirectory(prefix="red-reliability-") as folder:
        root = Path(folder)
        runs = [(lambda k=kind: trials.kill_trials(k, args.kills, root, args.seed)) for kind in trials.KINDS]
        runs += [lambda: trials.reader_trials(args.reads, root), lambda: trials.link_trials(args.links, root)]
        if trials.can_mount():
            runs.append(lambda: trials.storage_trials(args.disks, root))
        else:
            print("full disk and read-only media: skipped (needs root on Linux to mount a tmpfs)", file=sys.stderr)
        runs += [(lambda k=kind: fuzz.run_fuzz(k, args.fuzz, args.seed, root)) for kind in fuzz.TARGETS]
        for run in runs:
            start = time.perf_counter()
            outcome = run()
            outcomes.append((outcome, time.perf_counter() - start))
            print(_line(outcome, outcomes[-1][1]), flush=True)
    failed = sum(len(o.failures) for o, _ in outcomes)
    tried = sum(o.tried for o, _ in outcomes)
    print(f"\n{tried:,} tried, {tried - failed:,} held, {failed} failed")
    for outcome, _ in outcomes:
        for failure in outcome.failures[:5]:
            print(f"  {outcome.name}: {failure}")
    return 1 if failed else 0


def _line(outcome: Outcome, seconds: float) -> str:
    detail = f"  ({outcome.detail})" if outcome.detail else ""
    counts = f"{outcome.tried:>6,} tried {outcome.held:>6,} held {len(outcome.failures):>3} failed"
    return f"{outcome.name:<50} {counts}  {seconds:6.1f} s{detail}"


if __name__ == "__main__":
    sys.exit(main())
