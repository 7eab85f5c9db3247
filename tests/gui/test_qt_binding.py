"""The Qt binding in use must not corrupt reference counts (PySide6 6.12.0 did: see pyproject.toml)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_none_leave_nones_reference_count_alone(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(500):
        label.setText(f"level {i}")
        label.setEnabled(i % 2 == 0)
    # other threads may take or drop a few references meanwhile; a leak would show as about -1000
    assert abs(sys.getrefcount(None) - before) < 100
