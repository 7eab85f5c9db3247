"""The store loads sqlite-utils without pandas (issue 19: the window's store opens before its first lines show, and
pandas takes 0.4–0.6 s to load); another thread may load pandas meanwhile."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from red_desktop.core.store.sqlite_utils_loaded import _NoPandasForThisThread
from tests.cli.conftest import new_store
from tests.conftest import REPO


def test_a_store_written_to_leaves_pandas_unloaded_and_loadable_later(tmp_path: Path) -> None:
    store = new_store(tmp_path / "s.sqlite")
    script = (
        "import sys\nfrom red_desktop.core.store import Store\n"
        f"with Store.open({store!r}) as store:\n"
        "    store.meta.set('probe', '1')\n"
        "    assert store.db['meta'].count >= 1\n"
        "print('pandas' in sys.modules)\n"
        "import pandas\nprint(pandas.DataFrame({'a': [1]}).shape)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "(1,"] + ["1)"]


def test_only_the_loading_thread_is_told_pandas_is_missing() -> None:
    finder = _NoPandasForThisThread()
    seen: list[object] = []
    other = threading.Thread(target=lambda: seen.append(finder.find_spec("pandas", None)))
    other.start()
    other.join()
    assert seen == [None]  # another thread: the next finder finds it
    assert finder.find_spec("numpy", None) is None
    with pytest.raises(ModuleNotFoundError) as told:
        finder.find_spec("pandas", None)
    assert told.value.name == "pandas"
