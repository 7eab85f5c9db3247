"""Headless commands: each takes parsed arguments, prints its result, returns an exit code."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from red_desktop.cli import EXIT_ERROR, UsageError, emit, rubric_from, store_path
from red_desktop.core.aggregation import Method
from red_desktop.core.demo import DEFAULT_SIZE, build_demo, check_demo_size
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.ranking import RankedProposal, build_ranking
from red_desktop.core.sensitivity import RankingSensitivity, ranking_sensitivity
from red_desktop.core.store import Store


def init(args: argparse.Namespace) -> int:
    """A new store where there is none (no file, or an empty one); refused, changing nothing, where one is."""
    path = store_path(args)
    if Store.identify(path):
        raise RedDesktopError(f"{path} is already a RED Desktop store; nothing was changed")
    Store.open(path, user=args.user).close()
    emit(args, {"path": str(path), "created": True}, f"New store created at {path}")
    return 0


def demo(args: argparse.Namespace) -> int:
    size = {name: DEFAULT_SIZE[name] if getattr(args, name) is None else getattr(args, name) for name in DEFAULT_SIZE}
    check_demo_size(size["proposals"], size["evaluators"])  # before the store file is created
    path = store_path(args, demo_command=True)
    rubric = rubric_from(args)
    with Store.open(path, user=args.user or "demo") as store:
        summary = build_demo(store, rubric, size["proposals"], size["evaluators"], size["seed"])
    text = (
        f"Demo portfolio written to {path}: {summary.proposals} proposals, {summary.evaluators} evaluators, "
        f"{summary.evaluations} evaluations ({summary.final} final, {summary.drafts} drafts)"
    )
    emit(args, {"path": str(path), **asdict(summary)}, text)
    return 0


def rank(args: argparse.Namespace) -> int:
    if args.sensitivity and args.method != Method.MEAN.value:
        raise UsageError(
            "--sensitivity models the mean of the final evaluations; use it with --method mean (try: --help)"
        )
    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        ranking = build_ranking(
            store, rubric, Method(args.method), args.threshold, ineligible_last=args.ineligible_last
        )
    objects = [r.to_json() for r in ranking]
    text = _ranking_table(ranking, rubric.criterion_ids)
    if args.sensitivity:
        result = ranking_sensitivity(ranking, rubric, top_n=args.top, samples=args.samples, seed=args.seed)
        swaps = {pair.upper: pair.distance for pair in result.pairs}
        objects = [
            {**o, **result.proposals[r.uuid].to_json(), "swap_distance": swaps.get(r.uuid)}
            for o, r in zip(objects, ranking, strict=True)
        ]
        text = _sensitivity_table(ranking, result)
    emit(args, objects, text)
    return 0


def _sensitivity_table(ranking: list[RankedProposal], result: RankingSensitivity) -> str:
    lines = [
        f"Ranking sensitivity: {result.samples:,} samples of the weights (seed {result.seed}, concentration "
        f"{result.concentration:g}); p(top {result.top_n}) and the 5-95 % rank interval",
        f"{'rank':>4}  {'code':<18} {'total':>6}  {'p_top':>6}  {'interval':>9}  swap with next (weight points)",
    ]
    swaps = {pair.upper: pair.distance for pair in result.pairs}
    for r in ranking:
        figures = result.proposals[r.uuid]
        if r.total is None or figures.p_top is None:
            continue
        interval = f"{figures.rank_lo}-{figures.rank_hi}"
        swap = swaps.get(r.uuid)
        shown = "" if r.uuid not in swaps else ("none can" if swap is None else f"{swap:.1f}")
        lines.append(f"{r.rank or '-':>4}  {r.code:<18} {r.total:6.1f}  {figures.p_top:6.3f}  {interval:>9}  {shown}")
    return "\n".join(lines)


def _ranking_table(ranking: list[RankedProposal], criteria: tuple[str, ...]) -> str:
    header = (
        f"{'rank':>4}  {'code':<18} {'total':>6}  " + " ".join(f"{c:>4}" for c in criteria) + "  evals spread  flags"
    )
    lines = [header]
    for r in ranking:
        scores = " ".join(f"{r.criteria[c]:4.2f}" if r.criteria[c] is not None else "   -" for c in criteria)
        flags = ", ".join(
            f
            for f in (
                "contested" if r.contested else "",
                "" if r.eligible else "INELIGIBLE",
                "gate override" if r.override_rationale else "",
            )
            if f
        )
        total = f"{r.total:6.1f}" if r.total is not None else "     -"
        spread = f"{r.spread:6.1f}" if r.spread is not None else "     -"
        lines.append(f"{r.rank or '-':>4}  {r.code:<18} {total}  {scores}  {r.evaluations:>5} {spread}  {flags}")
    return "\n".join(lines)


def check(args: argparse.Namespace) -> int:
    path = store_path(args)
    with Store.open(path, user=args.user, readonly=True) as store:
        verdicts = store.integrity_check()
        report = {
            "path": str(path),
            "schema_version": store.schema_version,
            "integrity": verdicts,
            "ok": verdicts == ["ok"],
            "counts": store.counts(),
        }
    counts = "\n".join(f"  {table:<19} {n:>8,}" for table, n in report["counts"].items())
    text = (
        f"Store {path}\nSchema version {report['schema_version']}\n"
        f"Integrity: {'ok' if report['ok'] else '; '.join(verdicts)}\nRecords:\n{counts}"
    )
    emit(args, report, text)
    return 0 if report["ok"] else EXIT_ERROR
