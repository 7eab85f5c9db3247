"""Benchmark: the window at scale (issue 19) — how soon it shows, lists and searches, how long the GUI thread
stalls at launch, after a save and on a committee refresh, and how much memory it holds, at 2,000 / 20,000 /
100,000 proposals, against a bare PySide6 QMainWindow.

Run: .venv/bin/python bench/bench_window.py [--proposals 2000 20000 100000] [--repeat N] [--timeout S]
Prints one table (medians over the repeats); the figures quoted in docs/benchmarks.md come from this script.

Every measurement is a fresh process (offscreen, HOME and XDG folders in a temporary folder with a profile set,
the daily backup off) on a copy of bench_list.py's bulk-built store (cached in the temp folder; the cache is
never written). Times are from the moment the process was spawned (time.time() passed in argv):
- visible: the window's first Expose event (its frame, shown before its modules load and its store opens, as
  gui/start.py's run_app does it); the bare window's likewise;
- views: the first heartbeat at which the window shows its views (list, menus) in the frame;
- rows: the first heartbeat at which the proposal list has rows;
- search: "valle" typed into the list's search (QTest.keyClicks) as soon as rows show, until the list shows its
  answer and the filtered count (from the store before the list's index lands, from the index after);
- index: when the list's index landed (the search answered from it; every sort and filter);
- committee: the first heartbeat at which the committee ranking has rows;
- settled: committee filled, the list's index in, no background work or write pending for QUIET seconds.
A QTimer heartbeat (every 10 ms) starts just before the frame is shown; a stall is the
gap between two beats: (a) launch until settled, (b) a save — two characters typed into the title in the editor,
until the autosave has landed and the views' refresh after its `changed` broadcast has settled — and (c)
views.refresh() until settled. RSS from /proc/self/status: VmRSS when settled after launch, VmHWM at the end.
A modal dialog, or a child that outlives --timeout, ends the run with a message; partial figures are kept.

--why says what the stalls are made of (one process each, printed after the table): a thread samples the GUI
thread's Python stack every 5 ms while no beat has come for STALL_MS, and gc.callbacks times every collection (of
any thread: one holds the GIL from the rest); the stacks seen most often and the longest collections are printed.
A stall the sampler cannot see (a C call holding the interpreter: the sampler waits for it too) is caught from
outside by bench/stall_watch.py, which reads the beats' times from RED_BENCH_BEAT_FILE.

--events times every event the GUI thread delivers (the application's notify, outermost calls only): those over
STALL_MS are printed with their wall and the thread's own processor time (wall far above it: the thread waited for
the interpreter lock or a core), and the slow timers and queued calls (a background result delivered) profiled,
written to bench-window-events.txt in the temporary folder.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import cProfile
import gc
import io
import json
import os
import pstats
import shutil
import sqlite3
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
HEARTBEAT_MS = 10
STALL_MS = 40  # --why: a gap this long is a stall worth sampling
BEAT_FILE = "RED_BENCH_BEAT_FILE"
IDLE = ("threading:", "thread:", "queues:", "selectors:", "connection:")  # a worker waiting for work or an answer
QUIET = 1.5  # seconds without background work or pending writes: settled
SEARCH = "valle"
TYPED_IN_TITLE = " b"


# ---------------------------------------------------------------- the children (one measurement each)


def _mib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _say(**figures: Any) -> None:
    """One line of figures for the parent, at once: a child killed later keeps what it said."""
    sys.stdout.write(json.dumps(figures) + "\n")
    sys.stdout.flush()


exposed: list[float] = []  # when the first window was exposed


def _expose_filter(t0: float, on_first: Callable[[], None]) -> Any:
    from PySide6.QtCore import QEvent, QObject

    class FirstExpose(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Expose:
                _say(visible=time.time() - t0)
                exposed.append(time.time() - t0)
                on_first()
            return False

    return FirstExpose()


def bare_child(t0: float) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    qt_app = QApplication(sys.argv[:1])
    expose = _expose_filter(t0, lambda: os._exit(0))
    qt_app.installEventFilter(expose)
    window = QMainWindow()
    window.resize(1280, 760)
    window.show()
    qt_app.exec()


class StallWhy:
    """--why: where the GUI thread is while it does not beat, and how long the collector ran."""

    def __init__(self, beats: list[float]):
        self._own = 0
        self.beats = beats
        self.stacks: collections.Counter[str] = collections.Counter()
        self.collections: list[tuple[float, int, float]] = []  # start, generation, ms
        self._gc_started = 0.0
        self._main = threading.main_thread().ident
        gc.callbacks.append(self._on_gc)
        threading.Thread(target=self._sample, daemon=True).start()

    def _on_gc(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            ms = (time.perf_counter() - self._gc_started) * 1000
            self.collections.append((self._gc_started, info["generation"], ms))

    def _sample(self) -> None:
        self._own = threading.get_ident()
        while True:
            time.sleep(0.005)
            if not self.beats or (time.perf_counter() - self.beats[-1]) * 1000 < STALL_MS:
                continue
            frames = sys._current_frames()  # noqa: SLF001 (a profiler's way in)
            where = self._stack(frames.get(self._main))
            if not where:  # in Qt's C++, or waiting for the interpreter another thread holds: which is busy
                others = [self._stack(f) for ident, f in frames.items() if ident not in (self._main, self._own)]
                busy = [o for o in others if o and not o.startswith(IDLE)]
                where = "(outside Python)" + "".join(f"\n            other thread: {o}" for o in busy)
            self.stacks[where] += 5

    @staticmethod
    def _stack(frame: Any) -> str:
        where = []
        while frame is not None and len(where) < 6:
            code = frame.f_code
            if "bench_window" not in code.co_filename:
                where.append(f"{Path(code.co_filename).stem}:{frame.f_lineno} {code.co_name}")
            frame = frame.f_back
        return " < ".join(where)

    def report(self) -> dict[str, Any]:
        longest = sorted(self.collections, key=lambda c: -c[2])[:8]
        return {
            "why_stacks": self.stacks.most_common(12),
            "why_gc": [(round(ms, 1), generation) for _, generation, ms in longest],
            "why_gc_total_ms": round(sum(ms for *_, ms in self.collections)),
        }


class LockProbe:
    """--events: a thread that sleeps a millisecond at a time; waking late by STALL_MS or more, the interpreter lock
    (or a core) was held from it that long: every thread's stack then says who had it (the one that just let go is
    at, or right after, the line that held it)."""

    def __init__(self) -> None:
        self.waits: collections.Counter[str] = collections.Counter()
        self.longest: list[tuple[float, str]] = []
        threading.Thread(target=self._probe, daemon=True, name="lock-probe").start()

    def _probe(self) -> None:
        own = threading.get_ident()
        names = {}
        while True:
            start = time.perf_counter()
            time.sleep(0.001)
            ms = (time.perf_counter() - start) * 1000
            if ms < STALL_MS:
                continue
            names = {t.ident: t.name for t in threading.enumerate()}
            stacks = [
                f"[{names.get(ident, ident)}] {StallWhy._stack(frame)}"
                for ident, frame in sys._current_frames().items()  # noqa: SLF001 (a profiler's way in)
                if ident != own and not StallWhy._stack(frame).startswith(IDLE)
            ]
            where = "\n      ".join(stacks)
            self.waits[where] += round(ms)
            self.longest.append((ms, where))

    def report(self) -> dict[str, Any]:
        longest = sorted(self.longest, key=lambda w: -w[0])[:8]
        return {"lock_waits": self.waits.most_common(10), "lock_longest": [(round(ms), w) for ms, w in longest]}


def timed_application(argv: list[str], beats: list[float]) -> Any:
    """--events: a QApplication that times each outermost event it delivers on the GUI thread, wall and the thread's
    own processor time (wall far above it: the thread waited, for the interpreter lock or for a core)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    PROFILED = (QEvent.Type.MetaCall, QEvent.Type.Timer)  # noqa: N806 (a constant of the function)

    class TimedApplication(QApplication):
        def __init__(self, args: list[str]):
            super().__init__(args)
            self.depth = 0
            self.slow: list[tuple[float, float, float, str]] = []  # start, wall ms, cpu ms, what
            self.profiles: list[str] = []

        def notify(self, receiver: Any, event: Any) -> bool:
            if self.depth:
                return super().notify(receiver, event)
            self.depth += 1
            wall, cpu = time.perf_counter(), time.thread_time()
            kind = event.type()
            profile = cProfile.Profile() if kind in PROFILED else None
            try:
                if profile is None:
                    return super().notify(receiver, event)
                return profile.runcall(super().notify, receiver, event)
            finally:
                self.depth -= 1
                ms = (time.perf_counter() - wall) * 1000
                if ms >= STALL_MS and profile is not None:
                    out = io.StringIO()
                    stats = pstats.Stats(profile, stream=out)
                    stats.sort_stats("cumulative").print_stats(40)
                    stats.sort_stats("tottime").print_stats(15)
                    at = wall - (beats[0] if beats else 0)
                    self.profiles.append(f"==== {ms:.0f} ms at {at:.2f} s\n{out.getvalue()}")
                if ms >= STALL_MS:
                    name = type(receiver).__name__ + (f"#{receiver.objectName()}" if receiver.objectName() else "")
                    with contextlib.suppress(Exception):
                        parent = receiver.parent()
                        name += f" in {type(parent).__name__}" if parent is not None else ""
                    what = QEvent.Type(kind).name if hasattr(QEvent.Type(kind), "name") else str(kind)
                    self.slow.append((wall, ms, (time.thread_time() - cpu) * 1000, f"{what} to {name}"))

        def report(self) -> dict[str, Any]:
            after = beats[0] if beats else 0.0
            slow = sorted((s for s in self.slow if s[0] >= after), key=lambda s: -s[1])[:20]
            Path(tempfile.gettempdir(), "bench-window-events.txt").write_text("\n".join(self.profiles))
            return {"events": [(round(s[0] - after, 2), round(s[1]), round(s[2]), s[3]) for s in slow]}

    return TimedApplication(argv)


def _name_threads(out: Path) -> None:
    """For a watcher outside (its /proc view has thread ids, not names): each second, every thread's id and name."""

    def write() -> None:
        while True:
            out.write_text(json.dumps({t.native_id: t.name for t in threading.enumerate()}))
            time.sleep(1)

    threading.Thread(target=write, daemon=True, name="thread-names").start()


def host_stolen_ms() -> float:
    """The processor time the machine's host took from this (virtual) machine so far, all cores together
    (/proc/stat's steal; 0 where there is none, or no /proc). On the test machine the host took every core for
    ~100 ms at a time, often: no thread of the window ran then, nor any other process here."""
    try:
        with open("/proc/stat") as stat:
            fields = stat.readline().split()
    except OSError:
        return 0.0
    return int(fields[8]) * 1000 / os.sysconf("SC_CLK_TCK") if len(fields) > 8 else 0.0


def _gaps(beats: list[float], start: float, end: float, stolen: list[float]) -> dict[str, float]:
    """The longest gap and p99, as measured and with the host's stolen time in each gap taken out of it."""
    inside = [i for i, b in enumerate(beats) if start <= b <= end]
    gaps = [(beats[b] - beats[a]) * 1000 for a, b in zip(inside, inside[1:], strict=False)]
    ours = [max(0.0, gap - (stolen[b] - stolen[a])) for gap, a, b in zip(gaps, inside, inside[1:], strict=False)]
    if len(gaps) < 2:
        return {"max": max(gaps, default=float("nan")), "p99": float("nan"), "max_ours": max(ours, default=0.0)}
    return {"max": max(gaps), "p99": statistics.quantiles(gaps, n=100)[98], "max_ours": max(ours)}


def app_child(  # noqa: PLR0915 (one scenario)
    t0: float, db: Path, profile: str, timeout: float, why: bool, events: bool = False
) -> None:
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from red_desktop import paths
    from red_desktop.core import messages
    from red_desktop.core.settings import Role, Settings
    from red_desktop.gui.i18n import install_translators
    from red_desktop.gui.start import (
        START_MODULES,
        interface_language,
        load_beside,
        one_blas_thread,
        show_frame,
        warm_formats,
    )

    one_blas_thread()  # as run_app does it, before numpy loads

    if TYPE_CHECKING:
        from red_desktop.gui.app import Application

    beats: list[float] = []
    stolen: list[float] = []  # host_stolen_ms() at each beat
    qt_app = timed_application(sys.argv[:1], beats) if events else QApplication(sys.argv[:1])  # as run_app does it
    qt_app.setApplicationName(paths.APP_NAME)
    qt_app.setOrganizationName(paths.APP_AUTHOR)
    home = Path(os.environ["HOME"])
    settings = Settings.load(home / "settings.json")
    settings.set_profile(profile, Role.FIELD_EVALUATOR)  # no first-run profile dialog
    settings.set("backups.daily", 0)  # once a day for a user: not part of every launch measured here
    settings.set("backups.weekly", 0)
    language = interface_language(settings)
    install_translators(qt_app, language)
    messages.set_language(language)

    expose = _expose_filter(t0, lambda: qt_app.removeEventFilter(expose))
    qt_app.installEventFilter(expose)
    app: Application | None = None
    deadline = time.perf_counter() + timeout

    def now() -> float:
        return time.time() - t0

    def fail(why: str) -> None:
        _say(error=why)
        os._exit(3)

    def watch() -> None:
        modal = qt_app.activeModalWidget()
        if modal is not None:
            texts = [getattr(modal, "text", lambda: "")(), modal.windowTitle()]
            fail(f"a modal dialog blocks the window: {' / '.join(t for t in texts if t)}")
        if time.perf_counter() > deadline:
            fail("timed out inside the child")

    watchdog = QTimer()
    watchdog.timeout.connect(watch)
    watchdog.start(250)

    def busy() -> bool:
        assert app is not None and app.service is not None
        return app.runner.pending > 0 or app.service.pending > 0

    def settle() -> Iterator[None]:
        """Until no background work nor write has been pending for QUIET seconds."""
        quiet_since = None
        while True:
            if busy():
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.perf_counter()
            elif time.perf_counter() - quiet_since >= QUIET:
                return
            yield

    def scenario() -> Iterator[None]:
        assert app is not None
        while app.window is None:
            yield
        window = app.window
        views, service = app.views, app.service
        assert views is not None and service is not None
        model = window.proposals.list_view.model

        def committee_rows() -> int:
            """Rows of the committee's ranking; 0 while its page is not built (asking would build it at once)."""
            page = getattr(window, "_committee", None) if hasattr(window, "_committee") else window.committee
            return 0 if page is None else page.model.rowCount()

        while not exposed or model.rowCount() == 0:  # rows on screen: the window shown with rows in its list
            yield
        _say(rows=now())
        search = window.proposals.list_view.filters.search
        QTest.keyClicks(search, SEARCH)
        label = window.proposals.list_view.count_label
        typed_count = ""
        committee = False
        answered = lambda: model.answered if hasattr(type(model), "answered") else not model.loading  # noqa: E731 (older trees)
        while not answered() or model.query.text != SEARCH or "…" in label.text():
            if not committee and committee_rows() > 0:
                committee = True
                _say(committee=now())
            yield
        typed_count = label.text()
        _say(search=now(), search_count=typed_count)
        while model.loading:
            yield
        _say(index=now())
        while committee_rows() == 0:
            yield
        if not committee:
            _say(committee=now())
        yield from settle()
        _say(settled=now() - QUIET, rss_idle=_mib("VmRSS"), hwm_launch=_mib("VmHWM"))
        _say(rss_anon=_mib("RssAnon"), rss_file=_mib("RssFile"))  # the heap's, and files' pages mapped (libraries)
        _say(launch=_gaps(beats, beats[0], time.perf_counter(), stolen))
        after_visible = visible_at[0] if visible_at else beats[0]
        _say(launch_after_visible=_gaps(beats, after_visible, time.perf_counter(), stolen))

        search.clear()
        uuid = model.row_at(model.rowCount() // 2).uuid
        window.select_proposal(uuid)
        yield from settle()
        editor = window.proposals.editor
        title = editor.fields.widget("title")
        changes: list[float] = []
        service.changed.connect(lambda _change: changes.append(time.perf_counter()))
        start = time.perf_counter()
        QTest.keyClicks(title, TYPED_IN_TITLE)
        while not changes:
            yield
        _say(save_landed=changes[0] - start)
        yield from settle()
        _say(save=_gaps(beats, start, time.perf_counter(), stolen), save_settled=time.perf_counter() - start - QUIET)

        start = time.perf_counter()
        views.refresh()
        yield from settle()
        _say(
            refresh=_gaps(beats, start, time.perf_counter(), stolen),
            refresh_settled=time.perf_counter() - start - QUIET,
        )
        if why_sampler is not None:
            _say(**why_sampler.report())
        if events:
            _say(**qt_app.report(), **probe.report())
        _say(hwm_end=_mib("VmHWM"), done=True)
        app.close()
        os._exit(0)

    visible_at: list[float] = []
    steps = scenario()

    beat_file = os.environ.get(BEAT_FILE)  # bench/stall_watch.py's: each beat's time, for a watcher outside
    beat_out = open(beat_file, "r+b") if beat_file else None  # noqa: SIM115 (open until the process ends)
    if beat_file:
        _name_threads(Path(beat_file + ".names"))

    def beat() -> None:
        beats.append(time.perf_counter())
        stolen.append(host_stolen_ms())
        if beat_out is not None:
            beat_out.seek(0)
            beat_out.write(struct.pack("d", time.time()))
            beat_out.flush()
        if app is None:
            return  # the frame shown, the window's modules loading (as run_app does it)
        if not visible_at and app.window is not None and app.window.isVisible():
            visible_at.append(beats[-1])
            _say(views=now())
        next(steps)

    why_sampler = StallWhy(beats) if why else None
    probe = LockProbe() if events else None
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    heartbeat.start(HEARTBEAT_MS)
    beats.append(time.perf_counter())  # the first gap: the frame shown
    stolen.append(host_stolen_ms())
    window_settings = QSettings(str(home / "window.ini"), QSettings.Format.IniFormat)
    frame = show_frame(db, window_settings)  # as run_app does it: the frame, the modules beside it, then the views
    if not load_beside(frame, START_MODULES, then=lambda: warm_formats(language)):
        fail("the frame was closed")
    from red_desktop.core import formatting  # noqa: PLC0415 (as run_app)
    from red_desktop.core.rubric import load_rubric  # noqa: PLC0415
    from red_desktop.gui.app import Application  # noqa: PLC0415

    QLocale.setDefault(QLocale(formatting.locale_of(language)))
    app = Application(qt_app, load_rubric(paths.default_rubric_path()), settings, window_settings, frame)
    if not app.start(db, False, create=False):
        fail("the application did not start")
    qt_app.exec()


# ---------------------------------------------------------------- the parent


def measure(  # noqa: PLR0913 (the child's options)
    mode: str, db: Path | None, profile: str, timeout: float, why: bool = False, events: bool = False
) -> dict[str, Any]:
    """One fresh process; its figures (partial, with 'error', if it failed or timed out)."""
    with tempfile.TemporaryDirectory(prefix="bench-window-home-") as home:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": home,
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_DATA_HOME": f"{home}/data",
            "XDG_CACHE_HOME": f"{home}/cache",
            "XDG_STATE_HOME": f"{home}/state",
        }
        t0 = time.time()
        command = [sys.executable, __file__, "--child", mode, "--t0", repr(t0), "--timeout", str(timeout)]
        command += ["--db", str(db), "--profile", profile] if db is not None else []
        command += ["--why"] if why else []
        command += ["--events"] if events else []
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        try:
            out, err = process.communicate(timeout=timeout + 30)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            err = f"timeout after {timeout + 30:.0f} s"
        figures: dict[str, Any] = {}
        for line in out.splitlines():
            with contextlib.suppress(ValueError):
                figures.update(json.loads(line))
        if not figures.get("done") and mode == "app":
            Path(tempfile.gettempdir(), "bench-window-failed.txt").write_text(err)  # the whole of what it said
        if not figures.get("done") and mode == "app" and "error" not in figures:
            figures["error"] = err.strip().splitlines()[-1] if err.strip() else f"exit {process.returncode}"
        return figures


def store_for(proposals: int, folder: Path) -> tuple[Path, str]:
    """A copy of the cached bulk-built store (the cache stays as built) and its busiest evaluator's name."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_list import cached_store

    from red_desktop import paths
    from red_desktop.core.rubric import load_rubric

    with contextlib.redirect_stdout(sys.stderr):  # the build's progress is not part of the table
        cached = cached_store(proposals, load_rubric(paths.default_rubric_path()), False)
    copy = folder / f"window-{proposals}.sqlite"
    shutil.copyfile(cached, copy)
    connection = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        (name,) = connection.execute(
            "SELECT e.name FROM evaluations v JOIN evaluators e ON e.uuid = v.evaluator_uuid"
            " GROUP BY e.uuid ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        connection.close()
    return copy, name


def median(runs: list[dict[str, Any]], key: str, sub: str = "") -> float | None:
    values = [(run[key][sub] if sub else run[key]) for run in runs if key in run]
    return statistics.median(values) if values else None


def table(results: dict[int, list[dict[str, Any]]], bare: dict[int, list[dict[str, Any]]]) -> None:
    sizes = list(results)
    rows: list[tuple[str, Callable[[int], str]]] = []

    def fmt(value: float | None, unit: str, scale: float = 1.0, digits: int = 2) -> str:
        return "—" if value is None else f"{value * scale:,.{digits}f} {unit}"

    def ratio(n: int) -> str:
        pairs = [a["visible"] / b["visible"] for a, b in zip(results[n], bare[n], strict=False)
                 if "visible" in a and "visible" in b]  # fmt: skip
        return f"{statistics.median(pairs):.1f}×" if pairs else "—"

    def row(label: str, key: str, unit: str = "s", sub: str = "", scale: float = 1.0, digits: int = 2) -> None:
        rows.append((label, lambda n: fmt(median(results[n], key, sub), unit, scale, digits)))

    rows.append(("bare QMainWindow visible", lambda n: fmt(median(bare[n], "visible"), "s")))
    row("window visible", "visible")
    rows.append(("  ratio to the bare window (paired)", ratio))
    row("window's views shown (list, menus)", "views")
    row("list shows rows", "rows")
    row(f"search '{SEARCH}' answered", "search")
    row("list's index in", "index")
    row("committee ranking filled", "committee")
    row("launch settled", "settled")
    row("stall, launch: longest", "launch", "ms", "max", digits=0)
    row("stall, launch: longest, host's time out", "launch", "ms", "max_ours", digits=0)
    row("stall, launch: p99", "launch", "ms", "p99", digits=0)
    row("stall, launch after visible: longest", "launch_after_visible", "ms", "max", digits=0)
    row("stall, launch after visible: longest, host's time out", "launch_after_visible", "ms", "max_ours", digits=0)
    row("save: autosave landed", "save_landed")
    row("save: settled", "save_settled")
    row("stall, save: longest", "save", "ms", "max", digits=0)
    row("stall, save: longest, host's time out", "save", "ms", "max_ours", digits=0)
    row("stall, save: p99", "save", "ms", "p99", digits=0)
    row("committee refresh: settled", "refresh_settled")
    row("stall, refresh: longest", "refresh", "ms", "max", digits=0)
    row("stall, refresh: longest, host's time out", "refresh", "ms", "max_ours", digits=0)
    row("stall, refresh: p99", "refresh", "ms", "p99", digits=0)
    row("RSS idle after launch", "rss_idle", "MiB", digits=0)
    row("  of which anonymous (heap)", "rss_anon", "MiB", digits=0)
    row("  of which files mapped", "rss_file", "MiB", digits=0)
    row("peak RSS (VmHWM) at launch", "hwm_launch", "MiB", digits=0)
    row("peak RSS (VmHWM) at the end", "hwm_end", "MiB", digits=0)
    rows.append(("runs complete", lambda n: f"{sum(1 for r in results[n] if r.get('done'))}/{len(results[n])}"))
    width = max(len(label) for label, _ in rows)
    print(f"{'median of fresh processes':<{width}}" + "".join(f"{f'{n:,} proposals':>18}" for n in sizes))
    for label, cell in rows:
        print(f"{label:<{width}}" + "".join(f"{cell(n):>18}" for n in sizes))
    for n in sizes:
        for i, run in enumerate(results[n], 1):
            if "error" in run:
                print(f"{n:,} proposals, run {i}: {run['error']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, nargs="+", default=[2_000, 20_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=360, help="seconds a launch may take before it is killed")
    parser.add_argument("--child", choices=("app", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--t0", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile", help=argparse.SUPPRESS)
    parser.add_argument("--why", action="store_true", help="sample the GUI thread's stack during stalls; time GC")
    parser.add_argument("--events", action="store_true", help="time each event the GUI thread delivers; list slow ones")
    args = parser.parse_args()
    if args.child == "bare":
        bare_child(args.t0)
        return
    if args.child == "app":
        sys.path.insert(0, str(ROOT))
        app_child(args.t0, args.db, args.profile, args.timeout, args.why, args.events)
        return
    results: dict[int, list[dict[str, Any]]] = {}
    bare: dict[int, list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-window-") as folder:
        for n in args.proposals:
            db, profile = store_for(n, Path(folder))
            results[n], bare[n] = [], []
            for _ in range(args.repeat):  # paired: the bare window, then the application, on the same load
                bare[n].append(measure("bare", None, "", args.timeout))
                results[n].append(measure("app", db, profile, args.timeout, args.why, args.events))
            db.unlink()
    table(results, bare)
    if args.why or args.events:
        why(results)


def why(results: dict[int, list[dict[str, Any]]]) -> None:
    for n, runs in results.items():
        for i, run in enumerate(runs, 1):
            print(f"\n{n:,} proposals, run {i}: collections {run.get('why_gc_total_ms')} ms in all, longest (ms, gen):"
                  f" {run.get('why_gc')}")  # fmt: skip
            for stack, ms in run.get("why_stacks", []):
                print(f"  {ms:6d} ms  {stack}")
            for at, wall, cpu, what in run.get("events", []):
                print(f"  at {at:7.2f} s: {wall:5d} ms ({cpu:4d} ms processor)  {what}")
            print("  the lock probe's longest waits, and the threads' stacks as it woke:")
            for ms, where in run.get("lock_longest", []):
                print(f"  {ms:5d} ms  {where}")


if __name__ == "__main__":
    main()
