"""The GUI's one-writer store service: operations in order off the GUI thread, results and changes back in it."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from red_desktop.core.store import Store
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from tests.factories import proposal


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
