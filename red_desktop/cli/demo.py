"""red-desktop demo: fill an empty store with a demo portfolio."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING

from red_desktop.cli.common import emit, rubric_from, store_and_json, store_path
from red_desktop.core.messages import t, tn

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands


def register(commands: Subcommands) -> None:
    demo = commands.add_parser("demo", parents=store_and_json(), help=t("fill an empty store with a demo portfolio"))
    # core.demo.DEFAULT_SIZE's figures, read when it runs
    demo.add_argument("--proposals", type=int, help=t("how many proposals (default 60)"))
    demo.add_argument("--evaluators", type=int, help=t("how many evaluators (default 5)"))
    demo.add_argument("--seed", type=int, help=t("random seed: the same seed gives the same portfolio (default 1)"))
    demo.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from red_desktop.core.demo import DEFAULT_SIZE, build_demo, check_demo_size
    from red_desktop.core.store import Store

    size = {name: DEFAULT_SIZE[name] if getattr(args, name) is None else getattr(args, name) for name in DEFAULT_SIZE}
    check_demo_size(size["proposals"], size["evaluators"])  # before the store file is created
    path = store_path(args, demo_command=True)
    rubric = rubric_from(args)
    with Store.open(path, user=args.user or "demo") as store:
        summary = build_demo(store, rubric, size["proposals"], size["evaluators"], size["seed"])
    text = t(
        "Demo portfolio written to {path}: {proposals}, {evaluators}, {evaluations} ({final}, {drafts})",
        path=path,
        proposals=tn("{n:,} proposal", "{n:,} proposals", summary.proposals),
        evaluators=tn("{n:,} evaluator", "{n:,} evaluators", summary.evaluators),
        evaluations=tn("{n:,} evaluation", "{n:,} evaluations", summary.evaluations),
        final=tn("{n:,} final", "{n:,} final", summary.final),
        drafts=tn("{n:,} draft", "{n:,} drafts", summary.drafts),
    )
    emit(args, {"path": str(path), **asdict(summary)}, text)
    return 0
