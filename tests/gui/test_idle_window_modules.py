"""An idle window holds no PDF or workbook writer (issue 19: reportlab, openpyxl and pypdf are 22 MiB of a window
that must settle under 400 MB): they are loaded by the first export or print. A fresh process, as the program
starts, until the Committee page is built and filled (the modules the window loads later are loaded by then)."""

from __future__ import annotations

from pathlib import Path

from tests.gui.fresh_window import APPLICATION, START, run_fresh

SETTLED = """
def check():
    window = app.window
    if window is None or window._committee is None or window.committee.model.rowCount() == 0 or app.runner.pending:
        return
    writers = [name for name in ("reportlab", "openpyxl", "pypdf") if name in sys.modules]
    later = all(name in sys.modules for name in ("red_desktop.gui.report_actions", "red_desktop.gui.import_actions"))
    print(json.dumps({"writers": writers, "later": later}), flush=True)
    os._exit(0)

timer = QTimer()
timer.timeout.connect(check)
timer.start(50)
"""


def test_an_idle_window_has_loaded_no_pdf_or_workbook_writer(demo_path: Path, tmp_path: Path) -> None:
    assert run_fresh(APPLICATION + SETTLED + START, demo_path, tmp_path) == {"writers": [], "later": True}
