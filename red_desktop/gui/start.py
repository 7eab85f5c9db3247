"""The program's start: the window's frame shown first, then the window's modules loaded, its store opened and its
views built in it (issue 19: a window built whole before it showed took 1.1-1.6 s at 20 proposals, against 0.2 s for
a bare PySide6 window). Light on purpose: what this module imports is loaded before anything shows."""

from __future__ import annotations

import importlib
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from red_desktop import paths
from red_desktop.core import messages
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.settings import Settings
from red_desktop.gui.i18n import install_translators
from red_desktop.gui.main_window import VIEW_MODULES, MainWindow

BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
FIRST_PAINT_WAIT = 0.5  # seconds the frame is given to be drawn, at most, before the window's modules load
# Loaded while the frame shows: the application's, the store's and the views' (0.4-0.7 s at 20 proposals)
START_MODULES = ("red_desktop.core.formatting", "red_desktop.core.rubric", "red_desktop.gui.app", *VIEW_MODULES)


def one_blas_thread() -> None:
    """numpy's BLAS to run on one thread, in the window's process and the processes apart it starts (which inherit
    the environment), unless the user chose otherwise. Before numpy loads. OpenBLAS starts a thread a core, which
    runs on after each product: in the committee's computation at 100,000 proposals it took 5.9 s of the other core
    for no gain (34.7 s alone, 36.0 s with it), and with both cores busy this machine's host took the window's
    core away ~100 ms at a time (issue 19)."""
    for name in BLAS_THREADS:
        os.environ.setdefault(name, "1")


def interface_language(settings: Settings) -> str:
    return messages.pick_language(str(settings.get("interface.language")), QLocale.system().name())


def show_frame(path: Path, window_settings: QSettings) -> MainWindow:
    """The main window's frame for the store at `path`, where it was last time, shown and drawn."""
    frame = MainWindow(path)
    frame.restore_geometry(window_settings)
    frame.show()
    deadline = time.monotonic() + FIRST_PAINT_WAIT
    while time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        handle = frame.windowHandle()
        if handle is not None and handle.isExposed():
            QApplication.processEvents()  # its first paint, asked for by the exposure
            break
    return frame


def load_beside(frame: MainWindow, modules: Sequence[str], then: Callable[[], object] | None = None) -> bool:
    """`modules` imported in a thread of their own while the window's thread keeps the frame drawn (moved, resized,
    uncovered), and `then` run there after them; False if the user closed the frame meanwhile. An import that fails
    raises here, as it would have."""
    failed: list[BaseException] = []
    loader = threading.Thread(target=_import_all, args=(modules, then, failed), name="red-window-modules", daemon=True)
    loader.start()
    while loader.is_alive():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        loader.join(0.01)
    if failed:
        raise failed[0]
    return frame.isVisible()


def keep_drawn() -> None:
    """Between pieces of the window built in its frame: what is due is done (the frame drawn, timers run, results
    of background work delivered); what the user types or clicks waits until the window is whole."""
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def warm_formats(language: str) -> None:
    """The language's number formats read (babel's data for a locale: ~40 ms the first time, paid by the lists'
    counts as the views are built otherwise)."""
    from red_desktop.core import formatting  # noqa: PLC0415 (one of START_MODULES)

    formatting.integer(0, language)
    formatting.amount(0, language)


def _import_all(modules: Sequence[str], then: Callable[[], object] | None, failed: list[BaseException]) -> None:
    try:
        for module in modules:
            importlib.import_module(module)
        if then is not None:
            then()
    except BaseException as error:  # noqa: BLE001 - raised again on the window's thread (load_beside)
        failed.append(error)


def run_app(path: Path, demo: bool, user: str | None, argv: list[str] | None = None, create: bool = True) -> int:
    one_blas_thread()
    qt_app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    qt_app.setApplicationName(paths.APP_NAME)
    qt_app.setOrganizationName(paths.APP_AUTHOR)
    settings = Settings.load()
    if user:
        settings.set("profile.name", user)
    language = interface_language(settings)
    install_translators(qt_app, language)
    messages.set_language(language)  # the core's own texts (a package's refusal, ...) follow the window
    window_settings = QSettings()
    frame = show_frame(path, window_settings)
    if not load_beside(frame, START_MODULES, then=lambda: warm_formats(language)):
        return 0
    from red_desktop.core import formatting  # noqa: PLC0415 (loaded beside the frame)
    from red_desktop.core.rubric import load_rubric  # noqa: PLC0415
    from red_desktop.gui.app import Application  # noqa: PLC0415

    QLocale.setDefault(QLocale(formatting.locale_of(language)))  # Qt's own inputs: spin boxes, date fields
    try:
        rubric = load_rubric(paths.default_rubric_path())
    except RedDesktopError as exc:
        QMessageBox.critical(frame, "RED Desktop", str(exc))
        return 1
    app = Application(qt_app, rubric, settings, window_settings, frame)
    if not app.start(path, demo, create=create):
        return 0 if not frame.isVisible() else 1  # the user closed the frame, or was told why it could not start
    app.looping = True
    try:
        return qt_app.exec()
    finally:
        app.looping = False
        app.close()
