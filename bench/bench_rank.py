"""Benchmark: `red-desktop rank --json` against a plain sqlite3 + pandas script computing the same figures.

Run: .venv/bin/python bench/bench_rank.py [--proposals N ...] [--repeat R]

Each run is a fresh process on bench_list.py's cached bulk-built store (opened read-only, as `rank` does), the
command and the plain script alternating; prints the medians of wall time and peak RSS and their ratio (issue 19:
the command within 1.5x the script). The plain script reads the evaluations, the scores (long, pivoted by
pandas), the proposals, actors and overrides, and works out each proposal's committee total (mean of its final
evaluations), its order, contested flag (spread over 15 points, two levels 2 apart, a single evaluation) and
eligibility; the bench checks that it agrees with the command's JSON on every proposal before timing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAIN = """
import json, sqlite3, sys
import numpy as np, pandas as pd
from red_desktop import paths
from red_desktop.core.rubric import load_rubric

rubric = load_rubric(paths.default_rubric_path())
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
evaluations = pd.read_sql_query(
    "SELECT e.uuid, coalesce(m.merged_into, e.proposal_uuid) AS proposal, e.state, p.region_type"
    " FROM evaluations e JOIN proposals m ON m.uuid = e.proposal_uuid"
    " JOIN proposals p ON p.uuid = coalesce(m.merged_into, e.proposal_uuid)"
    " WHERE e.rubric_id = ? AND e.rubric_version = ?", db, params=[rubric.id, rubric.version]).set_index("uuid")
scores = pd.read_sql_query("SELECT evaluation_uuid, subcriterion_id, level FROM scores", db)
subs = [s.id for s in rubric.subcriteria]
levels = scores.pivot(index="evaluation_uuid", columns="subcriterion_id", values="level").reindex(
    index=evaluations.index, columns=subs).astype(float)
filled = levels.fillna(0.0).to_numpy()
share = np.zeros((len(subs), len(rubric.criteria)))
for c, criterion in enumerate(rubric.criteria):
    for s in criterion.subcriteria:
        share[subs.index(s.id), c] = s.weight / sum(x.weight for x in criterion.subcriteria)
criteria = filled @ share
weights = np.array([[rubric.weight_profiles[rubric.profile_name(rt)][c] for c in rubric.criterion_ids]
                    for rt in evaluations["region_type"].tolist()])
evaluations["total"] = 100 * (criteria * weights).sum(axis=1) / (rubric.scale_max * weights.sum(axis=1))
final = evaluations["state"] == "final"
finals = evaluations[final]
grouped = finals.groupby("proposal")["total"]
totals, counts, spread = grouped.mean(), grouped.size(), grouped.max() - grouped.min()
by_proposal = levels[final.to_numpy()].groupby(finals["proposal"])
gap = (by_proposal.max() - by_proposal.min()).max(axis=1)
contested = (spread > 15 + 1e-9) | (counts == 1) | (gap >= 2)
proposals = pd.read_sql_query(
    "SELECT uuid, code, region_type, requested_amount FROM proposals WHERE merged_into IS NULL", db).set_index("uuid")
actors = pd.read_sql_query("SELECT proposal_uuid, actor_type FROM actors WHERE evidence != 'none'", db)
public = set(actors.loc[actors["actor_type"].isin(["local_government", "national_government"]), "proposal_uuid"])
private = set(actors.loc[actors["actor_type"].isin(["business", "large_company"]), "proposal_uuid"])
overridden = set(pd.read_sql_query("SELECT proposal_uuid FROM gate_overrides", db)["proposal_uuid"])
index = proposals.index
gates = index.isin(list(public & private)) & proposals["region_type"].notna() & (proposals["requested_amount"] > 0)
proposals["eligible"] = gates | index.isin(list(overridden))
proposals["total"] = totals.reindex(index)
proposals["contested"] = contested.reindex(index).fillna(False).astype(bool)
proposals["has"] = proposals["total"].notna()
ordered = proposals.sort_values(["has", "total", "code"], ascending=[False, False, True])
out = [{"uuid": u, "total": None if np.isnan(r.total) else float(r.total), "contested": bool(r.contested),
        "eligible": bool(r.eligible)} for u, r in zip(ordered.index, ordered.itertuples())]
json.dump(out, sys.stdout)
"""


def run(command: list[str], output: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of a fresh process writing its standard output to `output`."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with output.open("w") as sink:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=sink, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{command[:3]} failed with status {status}")
    return elapsed, usage.ru_maxrss / 1024


def agree(command: Path, plain: Path) -> None:
    ours = [{k: r[k] for k in ("uuid", "total", "contested", "eligible")} for r in json.loads(command.read_text())]
    theirs = json.loads(plain.read_text())
    assert len(ours) == len(theirs), (len(ours), len(theirs))
    for a, b in zip(ours, theirs, strict=True):
        same_total = (a["total"] is None and b["total"] is None) or abs(a["total"] - b["total"]) < 1e-6
        assert a["uuid"] == b["uuid"] and same_total and a == {**b, "total": a["total"]}, (a, b)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, nargs="+", default=[2_000, 20_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_list import cached_store

    from red_desktop import paths
    from red_desktop.core.rubric import load_rubric

    rubric = load_rubric(paths.default_rubric_path())
    print("| proposals | `rank --json` | plain script | ratio | peak RSS (rank / plain) |")
    print("| --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.proposals:
            with contextlib.redirect_stdout(sys.stderr):
                db = cached_store(size, rubric, False)
            ours, theirs = Path(folder) / "rank.json", Path(folder) / "plain.json"
            command = [sys.executable, "-m", "red_desktop", "rank", "--json", "--db", str(db)]
            plain = [sys.executable, "-c", PLAIN, str(db)]
            times: dict[str, list[float]] = {"rank": [], "plain": []}
            memory: dict[str, list[float]] = {"rank": [], "plain": []}
            for _ in range(args.repeat):
                for name, argv, out in (("rank", command, ours), ("plain", plain, theirs)):
                    seconds, mib = run(argv, out)
                    times[name].append(seconds)
                    memory[name].append(mib)
                agree(ours, theirs)
            rank, script = statistics.median(times["rank"]), statistics.median(times["plain"])
            print(
                f"| {size:,} | {rank:.2f} s | {script:.2f} s | {rank / script:.2f}x | "
                f"{statistics.median(memory['rank']):,.0f} / {statistics.median(memory['plain']):,.0f} MiB |",
                flush=True,
            )


if __name__ == "__main__":
    main()
