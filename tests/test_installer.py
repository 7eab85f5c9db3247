"""The PyInstaller bundle builds from build_installer.spec, carries its data files and runs headless.

Slow (a full PyInstaller build, one to a few minutes): deselect with `-m "not slow"`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "build_installer.spec"
BUNDLE_NAME = "red-desktop"
BUILD_TIMEOUT = 900  # seconds; a PySide6 app takes a few minutes on a small machine
RUN_TIMEOUT = 120
GUI_GRACE = 10  # seconds the window must survive on the offscreen platform


def _tail(text: str, limit: int = 3000) -> str:
    return text if len(text) <= limit else "…" + text[-limit:]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once for the module; the bundle folder (dist/red-desktop)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("PyInstaller is not installed (it comes with the [test] extra)")
    work = tmp_path_factory.mktemp("installer")
    dist = work / "dist"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--distpath",
        str(dist),
        "--workpath",
        str(work / "build"),
        str(SPEC.name),
    ]
    started = time.monotonic()
    try:
        result = subprocess.run(
            command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=BUILD_TIMEOUT
        )
    except subprocess.TimeoutExpired as exc:
        output = exc.stdout.decode(errors="replace") if isinstance(exc.stdout, bytes) else (exc.stdout or "")
        pytest.fail(f"PyInstaller did not finish within {BUILD_TIMEOUT} s:\n{_tail(output)}")
    print(f"PyInstaller build took {time.monotonic() - started:.0f} s")
    assert result.returncode == 0, f"PyInstaller failed (exit {result.returncode}):\n{_tail(result.stdout)}"
    folder = dist / BUNDLE_NAME
    assert folder.is_dir(), f"no one-folder bundle at {folder}:\n{_tail(result.stdout)}"
    return folder


@pytest.fixture(scope="module")
def executable(bundle: Path) -> Path:
    exe = bundle / (BUNDLE_NAME + (".exe" if sys.platform == "win32" else ""))
    assert exe.is_file(), f"the bundle has no executable {exe.name}: {sorted(p.name for p in bundle.iterdir())}"
    assert os.access(exe, os.X_OK)
    return exe


@pytest.fixture
def bundle_env(tmp_path: Path) -> dict[str, str]:
    """The user's environment with no display and every per-user folder inside tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH", "PYTHONHOME", "RED_DESKTOP_DB"}
        and not k.startswith("XDG_")
    }
    env["HOME"] = str(home)
    env["USERPROFILE"] = str(home)  # Windows' platformdirs root
    return env


def _run(executable: Path, env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT
    )


def _shipped_root(bundle: Path) -> Path:
    """The folder holding resources/ and ui/ (sys._MEIPASS: _internal/ in PyInstaller 6, the bundle itself before)."""
    rubrics = sorted(bundle.rglob("resources/rubrics/red-default.json"))
    assert rubrics, f"resources/rubrics/red-default.json is not in the bundle {bundle}"
    return rubrics[0].parents[2]


def test_bundle_carries_resources_and_ui(bundle: Path) -> None:
    root = _shipped_root(bundle)
    assert (root / "resources").is_dir() and (root / "ui").is_dir()
    shipped = {
        p.relative_to(REPO)
        for folder in ("resources", "ui")
        for p in (REPO / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and not p.name.startswith(".")
    }
    bundled = {p.relative_to(root) for folder in ("resources", "ui") for p in (root / folder).rglob("*") if p.is_file()}
    assert shipped <= bundled, f"files missing from the bundle: {sorted(map(str, shipped - bundled))}"
    assert (root / "pycountry" / "databases").is_dir(), "pycountry's ISO databases were not collected"


def test_bundle_carries_qts_own_translations(bundle: Path) -> None:
    """Qt's dialogs (file dialog, message box buttons) speak Spanish and Portuguese in the bundle too: PySide6's hook
    collects qtbase_*.qm and the spec keeps the region's languages."""
    shipped = {p.name for p in bundle.rglob("translations/qtbase_*.qm")}
    assert {"qtbase_es.qm", "qtbase_pt_BR.qm"} <= shipped, sorted(shipped)
    assert "qtbase_de.qm" not in shipped  # the spec's language filter still applies


def test_bundle_holds_every_red_desktop_module(executable: Path) -> None:
    """Commands and the GUI are imported lazily; all of them must be frozen into the bundle."""
    from PyInstaller.archive.readers import CArchiveReader
    from PyInstaller.utils.hooks import collect_submodules

    frozen = set(CArchiveReader(str(executable)).open_embedded_archive("PYZ.pyz").toc)
    expected = set(collect_submodules("red_desktop"))
    assert {"red_desktop.cli.check", "red_desktop.gui.app", "red_desktop.gui.main_window"} <= expected
    assert expected <= frozen, f"modules missing from the bundle: {sorted(expected - frozen)}"


def test_bundle_runs_demo_then_check(executable: Path, bundle_env: dict[str, str], tmp_path: Path) -> None:
    store = tmp_path / "fresh.sqlite"
    demo = _run(
        executable,
        bundle_env,
        tmp_path,
        "demo",
        "--db",
        str(store),
        "--proposals",
        "5",
        "--evaluators",
        "2",
        "--seed",
        "1",
    )
    assert demo.returncode == 0, f"demo failed (exit {demo.returncode}):\n{demo.stdout}\n{_tail(demo.stderr)}"
    assert store.is_file()

    started = time.monotonic()
    check = _run(executable, bundle_env, tmp_path, "check", "--db", str(store), "--json")
    print(f"bundled check took {time.monotonic() - started:.2f} s")
    assert check.returncode == 0, f"check failed (exit {check.returncode}):\n{check.stdout}\n{_tail(check.stderr)}"
    report = json.loads(check.stdout)
    assert report["ok"] is True
    assert report["integrity"] == ["ok"]
    assert report["counts"]["proposals"] == 5
    assert report["counts"]["evaluators"] == 2
    # Nothing was written outside tmp_path: no log of an internal error, no default store.
    home = Path(bundle_env["HOME"])
    assert not any(p.is_file() for p in home.rglob("*")), sorted(map(str, home.rglob("*")))


def test_bundle_explains_missing_display(executable: Path, bundle_env: dict[str, str], tmp_path: Path) -> None:
    result = _run(executable, bundle_env, tmp_path, "--db", str(tmp_path / "x.sqlite"))
    if sys.platform.startswith("linux"):
        assert result.returncode == 2, result.stderr
        assert "No display was found" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the offscreen Qt platform check is Linux-only")
def test_bundle_window_starts_offscreen(executable: Path, bundle_env: dict[str, str], tmp_path: Path) -> None:
    """Qt, its platform plugins and the GUI modules load from the bundle: the window survives its first seconds."""
    env = {**bundle_env, "QT_QPA_PLATFORM": "offscreen"}
    store = tmp_path / "gui.sqlite"
    made = _run(executable, bundle_env, tmp_path, "init", "--db", str(store))  # --db makes no store (issue 16)
    assert made.returncode == 0, made.stderr
    process = subprocess.Popen(
        [str(executable), "--user", "Ana Lucía Quispe", "--db", str(store)],  # a profile: no first-start dialog
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = process.communicate(timeout=GUI_GRACE)
    except subprocess.TimeoutExpired:
        # Still running. An error dialog would keep it running too, but the store is opened for writing (its
        # -wal file made) only after the rubric loaded, right before the main window is built.
        opened = store.with_name(store.name + "-wal").is_file()
        process.terminate()
        try:
            process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
        assert opened, "the application kept running but never opened its store"
        return
    pytest.fail(f"the window exited within {GUI_GRACE} s (exit {process.returncode}):\n{out}\n{_tail(err)}")
