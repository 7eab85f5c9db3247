"""The GUI's one-writer store service: operations in order off the GUI thread, results and changes back in it."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from red_desktop.core.store import Store
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from tests.factories import bulk_store, damage_a_data_page, proposal


def test_operations_run_in_order_on_the_writer_thread(qtbot: QtBot, tmp_path: Path) -> None:
    service = StoreService(tmp_path / "s.sqlite", "Ana")
    assert service.open() == ""
    gui_thread = threading.get_ident()
    seen: list[object] = []

    def add(code: str):  # type: ignore[no-untyped-def]
        def operation(store: Store) -> tuple[str, bool]:
            store.proposals.add(proposal(code))
            return code, threading.get_ident() != gui_thread

        return operation

    with qtbot.waitSignal(service.changed, timeout=10_000) as changed:
        service.submit(add("RED-PE-2026-001"), seen.append)
        service.submit(add("RED-PE-2026-002"), seen.append, change=Change(ChangeKind.PROPOSAL))
    assert seen == [("RED-PE-2026-001", True), ("RED-PE-2026-002", True)]
    assert changed.args == [Change(ChangeKind.PROPOSAL)]
    assert service.reader is not None and service.reader.proposals.count() == 2
    assert service.reader.proposals.by_code("RED-PE-2026-001").stamp.updated_by == "Ana"
    service.close()


def test_a_failing_operation_reports_its_message_and_broadcasts_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    service = StoreService(tmp_path / "s.sqlite", "Ana")
    service.open()
    errors: list[str] = []
    changes: list[object] = []
    service.changed.connect(changes.append)
    service.submit(
        lambda store: store.proposals.add(proposal(requested_amount=-1.0)),
        None,
        errors.append,
        Change(ChangeKind.PROPOSAL),
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "requested_amount" in errors[0] and changes == []
    service.close()


def test_a_second_service_on_the_same_store_is_refused(tmp_path: Path) -> None:
    first = StoreService(tmp_path / "s.sqlite", "Ana")
    assert first.open() == ""
    second = StoreService(tmp_path / "s.sqlite", "Luis")
    assert "already open for writing" in second.open()
    first.close()
    second.close()


def test_the_user_can_change_and_is_stamped(qtbot: QtBot, tmp_path: Path) -> None:
    service = StoreService(tmp_path / "s.sqlite", "Ana")
    service.open()
    service.set_user("Rosa Quispe")
    done: list[object] = []
    service.submit(lambda store: store.proposals.add(proposal()), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert service.reader is not None
    assert service.reader.proposals.by_code("RED-PE-2026-001").stamp.updated_by == "Rosa Quispe"
    service.close()


def test_a_store_damaged_inside_opens_then_is_found_damaged_and_refuses_every_write(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue 19: no integrity check on the GUI thread at open; the quick check runs first on the writer's thread,
    so the window opens at once, and no write reaches the damaged file."""
    path = tmp_path / "s.sqlite"
    with Store.open(path, user="t") as store:
        bulk_store(store, 200)
    damaged = damage_a_data_page(path)
    service = StoreService(path, "Ana")
    errors: list[str] = []
    with qtbot.waitSignal(service.damaged, timeout=10_000) as found:
        assert service.open() == ""  # the window opens: it was refused here when the check ran at open
        service.submit(lambda store: store.proposals.add(proposal("RED-PE-2026-900")), None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "failed its integrity check" in found.args[0] and "restore it from a backup" in found.args[0]
    assert errors == [found.args[0]]
    service.close()
    assert path.read_bytes() == damaged


def test_a_sound_store_is_not_said_damaged(qtbot: QtBot, tmp_path: Path) -> None:
    service = StoreService(tmp_path / "s.sqlite", "Ana")
    said: list[str] = []
    service.damaged.connect(said.append)
    assert service.open() == ""
    done: list[int] = []
    service.submit(lambda store: store.proposals.count(), done.append)  # queued after the check
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert said == []
    service.close()
