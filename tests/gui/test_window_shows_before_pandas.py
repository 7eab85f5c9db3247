"""The window shows its store's first lines before pandas is loaded (issue 19: pandas takes 0.4–0.6 s to load, more
than a bare window takes to show; the committee's computation and the list's index load it in the background after).
A fresh process, as the program starts: neither the modules on the window's path nor the window's own thread
load it before the window shows."""

from __future__ import annotations

from pathlib import Path

from tests.gui.fresh_window import APPLICATION, START, run_fresh

WATCH = """
import sys, threading

class PandasWatch:
    thread = None  # the thread that first imported pandas
    def find_spec(self, name, path=None, target=None):
        if name == "pandas" and self.thread is None:
            self.thread = threading.current_thread().name
        return None

watch = PandasWatch()
sys.meta_path.insert(0, watch)
"""
FIRST_EXPOSE = """
class FirstExpose(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and app.window is not None:
            rows = app.window.proposals.list_view.model.rowCount()
            print(json.dumps({"pandas_by_window": watch.thread == "MainThread", "rows": rows}), flush=True)
            os._exit(0)
        return False

shown = FirstExpose()
qt_app.installEventFilter(shown)
"""


def test_the_window_shows_its_first_lines_without_pandas(demo_path: Path, tmp_path: Path) -> None:
    shown = run_fresh(WATCH + APPLICATION + FIRST_EXPOSE + START, demo_path, tmp_path)
    assert shown == {"pandas_by_window": False, "rows": 24}  # the workers may load it meanwhile: a small store's
    # list index lands at once, and the committee's modules are imported after it
