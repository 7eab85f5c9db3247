"""The cycle collector paused over large batches (issue 19: a full collection in a worker held the window's
thread), put back once the last of the batches running at the same time ends, whatever happens."""

from __future__ import annotations

import gc
import threading
import weakref

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


class _Node:
    pass


def test_what_a_batch_made_is_not_left_young_for_one_long_collection() -> None:
    """Issue 19: the first collection after a batch walked all it made at once (0.2 s at 100,000 proposals, the
    window's thread waiting); it goes to the oldest generation unwalked."""
    young_walked: list[int] = []

    def on_collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] < 2:
            young_walked.append(gc.get_count()[0])  # objects made since the last collection, about to be walked

    gc.enable()
    gc.collect()
    gc.callbacks.append(on_collection)
    try:
        with cycles_uncollected():
            kept = [[n] for n in range(200_000)]
        after = [[n] for n in range(10_000)]  # enough to start a few young collections
    finally:
        gc.callbacks.remove(on_collection)
    assert young_walked and max(young_walked) < 5_000  # before: one of 200,000
    assert gc.get_freeze_count() == 0  # still in the collector's sight
    assert len(kept) == 200_000 and len(after) == 10_000


def test_a_cycle_left_by_a_batch_is_still_collected() -> None:
    gc.enable()
    with cycles_uncollected():
        node = _Node()
        node.me = node  # type: ignore[attr-defined]
        gone = weakref.ref(node)
        del node
    assert gone() is not None  # a cycle: reference counting alone never frees it
    gc.collect()
    assert gone() is None


def test_objects_frozen_by_someone_else_stay_frozen() -> None:
    gc.enable()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with cycles_uncollected():
            [[n] for n in range(1_000)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
