"""A few of each reliability trial in every test run (the full counts: `make reliability`, docs/reliability.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import fuzz, trials


@pytest.mark.parametrize("kind", trials.KINDS)
def test_kill_9_while_writing_loses_no_confirmed_write(tmp_path: Path, kind: str) -> None:
    outcome = trials.kill_trials(kind, 2, tmp_path, seed=16)
    assert outcome.tried == 2 and outcome.failures == []


def test_other_programs_reading_during_saves_lose_nothing(tmp_path: Path) -> None:
    outcome = trials.reader_trials(20, tmp_path)
    assert outcome.tried == 20 and outcome.failures == []


def test_links_let_no_second_writer_in(tmp_path: Path) -> None:
    outcome = trials.link_trials(2, tmp_path)
    assert outcome.tried == 4 and outcome.failures == []


@pytest.mark.skipif(not trials.can_mount(), reason="a small tmpfs and a read-only remount need root on Linux")
def test_a_full_disk_and_read_only_media_are_named_and_lose_nothing(tmp_path: Path) -> None:
    outcome = trials.storage_trials(1, tmp_path)
    assert outcome.tried == 2 and outcome.failures == []


@pytest.mark.parametrize("kind", list(fuzz.TARGETS))
def test_fuzzed_inputs_are_results_or_refusals_that_change_nothing(tmp_path: Path, kind: str) -> None:
    outcome = fuzz.run_fuzz(kind, 30, seed=16, root=tmp_path)
    assert outcome.tried == 30 and outcome.failures == []
