"""Render the main views of a demo store to PNG under docs/screenshots/ (offscreen, 1366×768).

Run: make screenshots   (or: .venv/bin/python scripts/screenshots.py [--out DIR])
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

SIZE = (1366, 768)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    args = parser.parse_args()
    sandbox = Path(tempfile.mkdtemp(prefix="red-shots-"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(sandbox / var.lower())
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from red_desktop import paths
    from red_desktop.core.demo import DEFAULT_SIZE, build_demo
    from red_desktop.core.rubric import load_rubric
    from red_desktop.core.settings import Settings
    from red_desktop.core.store import Store
    from red_desktop.gui.app import Application
    from red_desktop.gui.main_window import COMMITTEE, EXCHANGE, PROPOSALS, SCORING

    qt_app = QApplication([])
    rubric = load_rubric(paths.default_rubric_path())
    store_path = sandbox / "demo.sqlite"
    with Store.open(store_path, user="demo") as store:
        build_demo(store, rubric, **DEFAULT_SIZE)
    app = Application(
        qt_app,
        rubric,
        Settings.load(sandbox / "settings.json"),
        QSettings(str(sandbox / "w.ini"), QSettings.Format.IniFormat),
    )
    assert app.start(store_path, demo=True)
    window = app.window
    assert window is not None
    window.resize(*SIZE)
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            qt_app.processEvents()
        app.runner.wait()
        for _ in range(rounds):
            qt_app.processEvents()

    def shoot(name: str) -> None:
        settle()
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    settle()
    window.show_page(PROPOSALS)
    window.proposals.list_view.select_row(0)
    shoot("1-proposals")
    window.proposals.list_view.filters.search.setText("valle")
    window.proposals.list_view.select_row(0)
    shoot("2-search-valle")
    window.show_page(SCORING)
    window.scoring.list_view.select_row(2)
    shoot("3-scoring")
    window.show_page(COMMITTEE)
    committee = window.committee
    contested = next((r for r in committee.data.ranking if r.contested), committee.data.ranking[0])
    committee.select_proposal(contested.uuid)
    shoot("4-committee")
    for index, name in enumerate(("ranking", "by-group", "leverage", "agreement", "calibration", "sensitivity"), 1):
        committee.tabs.setCurrentIndex(index)
        shoot(f"{4 + index}-committee-{name}")
    window.show_page(EXCHANGE)
    shoot("11-exchange")
    app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
