"""The demo command's sizes default when it runs (the parser loads nothing heavy: issue 17); its help names the
defaults core.demo uses, so the two cannot drift apart unnoticed."""

from __future__ import annotations

from red_desktop.cli.main import build_parser
from red_desktop.core.demo import DEFAULT_SIZE


def test_the_demo_help_names_the_default_sizes() -> None:
    commands = next(a for a in build_parser()._actions if a.dest == "command")
    demo = commands.choices["demo"]  # type: ignore[index]
    helps = {a.dest: a.help for a in demo._actions}
    assert all(f"(default {n})" in str(helps[name]) for name, n in DEFAULT_SIZE.items()), helps
    assert all(a.default is None for a in demo._actions if a.dest in DEFAULT_SIZE)
