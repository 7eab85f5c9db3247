"""The cycle collector paused over large batches (issue 19: a full collection in a worker held the window's
thread), put back once the last of the batches running at the same time ends, whatever happens."""

from __future__ import annotations

import gc
import threading

import pytest

from red_desktop.core.cycles import cycles_uncollected


@pytest.fixture(autouse=True)
def collector_back() -> object:
    enabled = gc.isenabled()
    yield None
    if enabled:
        gc.enable()


def test_two_batches_at_once_keep_it_paused_until_the_last_ends() -> None:
    gc.enable()
    first_in, second_done = threading.Event(), threading.Event()

    def second() -> None:
        first_in.wait()
        with cycles_uncollected():
            pass
        second_done.set()

    thread = threading.Thread(target=second)
    thread.start()
    with cycles_uncollected():
        first_in.set()
        second_done.wait()
        assert not gc.isenabled()  # the second batch ended, the first has not: still paused (not so before)
    thread.join()
    assert gc.isenabled()


def test_put_back_as_it_was_even_on_error() -> None:
    gc.disable()
    with cycles_uncollected():
        pass
    assert not gc.isenabled()
    gc.enable()
    with pytest.raises(ValueError), cycles_uncollected():
        raise ValueError("a refused row")
    assert gc.isenabled()
