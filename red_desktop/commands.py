"""Headless commands: each takes parsed arguments, prints its result, returns an exit code."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from red_desktop.cli import EXIT_ERROR, emit, rubric_from, store_path
from red_desktop.core.aggregation import Method
from red_desktop.core.demo import build_demo, check_demo_size
from red_desktop.core.ranking import RankedProposal, build_ranking
from red_desktop.core.store import Store


def demo(args: argparse.Namespace) -> int:
    check_demo_size(args.proposals, args.evaluators)  # before the store file is created
    path = store_path(args, demo_command=True)
    rubric = rubric_from(args)
    with Store.open(path, user=args.user or "demo") as store:
        summary = build_demo(store, rubric, args.proposals, args.evaluators, args.seed)
    text = (
        f"Demo portfolio written to {path}: {summary.proposals} proposals, {summary.evaluators} evaluators, "
        f"{summary.evaluations} evaluations ({summary.final} final, {summary.drafts} drafts)"
    )
    emit(args, {"path": str(path), **asdict(summary)}, text)
    return 0


def rank(args: argparse.Namespace) -> int:
    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        ranking = build_ranking(store, rubric, Method(args.method), args.threshold)
    emit(args, [r.to_json() for r in ranking], _ranking_table(ranking, rubric.criterion_ids))
    return 0


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
    counts = "\n".join(f"  {table:<15} {n:>8,}" for table, n in report["counts"].items())
    text = (
        f"Store {path}\nSchema version {report['schema_version']}\n"
        f"Integrity: {'ok' if report['ok'] else '; '.join(verdicts)}\nRecords:\n{counts}"
    )
    emit(args, report, text)
    return 0 if report["ok"] else EXIT_ERROR
