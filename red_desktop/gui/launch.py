"""Starts the window, or explains why it cannot (no display) without importing Qt first."""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}


def display_problem(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform, argv: Sequence[str] = sys.argv
) -> str | None:
    """Why a window cannot be shown here (with the command to run instead), or None when it can."""
    if not platform.startswith("linux"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    if environ.get("QT_QPA_PLATFORM", "").split(":")[0] in HEADLESS_PLATFORMS:
        return None
    program = argv[0] if Path(argv[0]).name == "red-desktop" else "red-desktop"
    command = shlex.join([program, *argv[1:]])
    return (
        "No display was found, so the RED Desktop window cannot open.\n"
        f"Run it on a virtual screen:  xvfb-run -a {command}\n"
        f"(Debian: apt-get install xvfb). The headless commands work without a display: {program} --help"
    )


def launch(path: Path, demo: bool, user: str | None, create: bool = True) -> int:
    """The window on `path`; `create`: make the store if there is none (the default and demo stores, not --db)."""
    problem = display_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 2
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from red_desktop.gui.start import run_app

    return run_app(path, demo, user, create=create)
