"""What the window tests share: a small demo store (copied per test), applications made and closed for them, and
the proposal editor alone over a fresh store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from red_desktop.core import messages
from red_desktop.core.demo import build_demo
from red_desktop.core.rubric import Rubric
from red_desktop.core.settings import Role, Settings
from red_desktop.core.store import Store
from red_desktop.gui.app import Application
from red_desktop.gui.editor import ProposalEditor
from red_desktop.gui.i18n import install_translators
from red_desktop.gui.main_window import COMMITTEE, MainWindow
from red_desktop.gui.pages.committee_page import CommitteePage
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor

WAIT_MS = 10_000


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=24, evaluators=3, seed=5)
    return path


@pytest.fixture
def demo_path(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    return copy


@pytest.fixture
def make_app(tmp_path: Path, rubric: Rubric) -> Iterator:
    apps: list[Application] = []

    def make(profile: str = "Ana Lucía Quispe") -> Application:
        settings = Settings.load(tmp_path / "settings.json")
        if profile:
            settings.set_profile(profile, Role.FIELD_EVALUATOR)
        window_settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
        app = Application(QApplication.instance(), rubric, settings, window_settings)  # type: ignore[arg-type]
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


def opened(qtbot: QtBot, app: Application) -> MainWindow:
    qtbot.waitUntil(lambda: app.window is not None and app.window.committee.model.rowCount() > 0, timeout=20_000)
    qtbot.waitUntil(lambda: app.window is not None and not app.window.proposals.list_view.model.loading, timeout=20_000)
    assert app.window is not None
    return app.window


def committee_in_front(qtbot: QtBot, app: Application) -> CommitteePage:
    """The opened window's Committee page, brought in front as a user brings it: a page behind another draws its
    panels and charts only when it comes forward."""
    window = opened(qtbot, app)
    window.show_page(COMMITTEE)
    assert window.committee.isVisible()
    return window.committee


@pytest.fixture
def service(qtbot: QtBot, tmp_path: Path) -> Iterator[StoreService]:
    opened = StoreService(tmp_path / "store.sqlite", "Ana Lucía Quispe")
    assert opened.open() == ""
    qtbot.waitUntil(lambda: opened.pending == 0)  # the quick check that follows opening: tests count their own work
    yield opened
    opened.close()


@pytest.fixture
def editor(qtbot: QtBot, service: StoreService, rubric: Rubric) -> Iterator[ProposalEditor]:
    widget = ProposalEditor(service, rubric=rubric)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    yield widget
    widget.flush()
    qtbot.waitUntil(lambda: service.pending == 0, timeout=WAIT_MS)


@pytest.fixture(params=("en", "es", "pt"))
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The interface in this language: Qt's catalogues, the core's, and the setting the window reads."""
    chosen = request.param
    (tmp_path / "settings.json").write_text(
        json.dumps({"format_version": 1, "values": {"interface.language": chosen}}), encoding="utf-8"
    )
    translators = install_translators(qapp, chosen)
    messages.set_language(chosen)
    try:
        yield chosen
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        messages.set_language("en")


@pytest.fixture
def apart_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the functions the window's executor runs in a process apart, in order (a partial's by its
    function's)."""
    calls: list[str] = []
    original = Executor.apart

    def counted(self: Executor, fn, *args):  # type: ignore[no-untyped-def]
        calls.append(getattr(fn, "__name__", getattr(getattr(fn, "func", None), "__name__", "")))
        return original(self, fn, *args)

    monkeypatch.setattr(Executor, "apart", counted)
    return calls
