"""Exchange › Codes and duplicates, and the import preview's notes (issue 13), driven through their widgets over a
committee store that received two laptops' packages: codes they both used, and one project captured twice."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from red_desktop.core.exchange import service as exchange
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.exchange import codes_tab
from red_desktop.gui.exchange.keyring import KeyRing
from red_desktop.gui.exchange.merge_dialog import MergeDialog
from red_desktop.gui.exchange.plan_view import PlanView
from red_desktop.gui.pages.exchange_page import CODES, ExchangePage
from red_desktop.gui.reason_dialog import ReasonDialog
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor
from tests.exchange_world import World
from tests.factories import proposal

WAIT_MS = 15_000
CACAO = {"executing_agency": "Gobierno Regional de San Martín", "region_name": "San Martín", "country": "PE"}


@pytest.fixture
def season(tmp_path: Path, rubric: Rubric) -> Iterator[tuple[World, Path]]:
    """Ana and Bruno both numbered from 001; both captured the San Martín cacao project; Bruno's last package is
    still to import."""
    world = World(tmp_path, rubric)
    ana, bruno = world["ana"].store, world["bruno"].store
    ana.proposals.add(proposal("RED-PE-2026-001", title="Cadena de valor del cacao en San Martín", **CACAO))
    ana.proposals.add(proposal("RED-PE-2026-002", title="Turismo vivencial en Lamas", country="PE"))
    bruno.proposals.add(proposal("RED-PE-2026-001", title="Cadena valor cacao San Martin", **CACAO))
    for who in ("ana", "bruno"):
        assert world.import_("committee", world.export(who)).ok
    bruno.proposals.add(proposal("RED-PE-2026-002", title="Cadena de valor del cacao en San Martín (fase 1)", **CACAO))
    waiting = world.export("bruno")
    yield world, waiting
    world.close()


@pytest.fixture
def make_page(qtbot: QtBot, rubric: Rubric) -> Iterator[Callable[[Path, str], ExchangePage]]:
    made: list[tuple[StoreService, Executor]] = []

    def make(store: Path, role: str) -> ExchangePage:
        service = StoreService(store, "Carla Mendoza")
        assert service.open() == ""
        runner = Executor()
        made.append((service, runner))
        page = ExchangePage(service, runner, rubric, KeyRing(store.parent / "no-keys", runner, lambda: ("Carla", role)))
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        page.tabs.setCurrentIndex(CODES)
        return page

    yield make
    for service, runner in made:
        runner.wait()
        service.close()


def committee_path(world: World) -> Path:
    store = world["committee"].store
    path = store.path
    store.close()
    return path


def answer(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, dialog: type[QDialog], field: str, reason: str) -> None:
    """The dialog is answered as a person would: the reason typed in its `field`, then OK."""

    def exec_(self: QDialog) -> int:
        qtbot.keyClicks(getattr(self, field), reason)
        assert self.ok.isEnabled()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(dialog, "exec", exec_)


def test_the_committee_gives_final_codes_merges_a_duplicate_and_undoes_it(
    qtbot: QtBot, make_page: Callable, season: tuple[World, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    world, _ = season
    path = committee_path(world)
    page = make_page(path, "committee_member")
    codes = page.codes
    qtbot.waitUntil(lambda: codes.state is not None, timeout=WAIT_MS)
    assert codes.settle_table.rowCount() == 1  # RED-PE-2026-001: the holder made second gets a final code
    assert not codes.settle_table.isColumnHidden(2) and codes.settle_button.isEnabled()
    assert codes.duplicates_table.rowCount() == 1 and not codes.merge_button.isEnabled()

    monkeypatch.setattr(codes_tab, "confirm", lambda parent, title, question: False)  # Cancel: nothing happens
    qtbot.mouseClick(codes.settle_button, Qt.MouseButton.LeftButton)
    with Store.open(path, readonly=True) as store:
        assert len(store.proposals.shared_codes()) == 1
    asked: list[str] = []
    monkeypatch.setattr(codes_tab, "confirm", lambda parent, title, question: asked.append(question) is None)
    qtbot.mouseClick(codes.settle_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Proposals to receive a final code: 1.")
    qtbot.waitUntil(lambda: codes.state is not None and not codes.state.settlement, timeout=WAIT_MS)
    with Store.open(path, readonly=True) as store:
        assert store.proposals.shared_codes() == {}

    codes.duplicates_table.selectRow(0)
    assert codes.merge_button.isEnabled()
    answer(monkeypatch, qtbot, MergeDialog, "reason", "Mismo proyecto de cacao")
    qtbot.mouseClick(codes.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: codes.merged_table.rowCount() == 1, timeout=WAIT_MS)
    assert codes.duplicates_table.rowCount() == 0
    with Store.open(path, readonly=True) as store:
        merged = [p for p in store.proposals.all(merged=True) if p.merged_into]
        assert len(merged) == 1 and any(e.action == "merge" for e in store.audit.entries(merged[0].uuid))

    codes.merged_table.selectRow(0)
    answer(monkeypatch, qtbot, ReasonDialog, "text", "Eran dos fases")
    qtbot.mouseClick(codes.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: codes.merged_table.rowCount() == 0, timeout=WAIT_MS)
    assert codes.duplicates_table.rowCount() == 1


def test_a_field_evaluator_sees_the_codes_but_neither_settles_nor_merges(
    qtbot: QtBot, make_page: Callable, season: tuple[World, Path]
) -> None:
    world, _ = season
    page = make_page(committee_path(world), "field_evaluator")
    codes = page.codes
    qtbot.waitUntil(lambda: codes.state is not None, timeout=WAIT_MS)
    codes.duplicates_table.selectRow(0)
    assert codes.settle_table.rowCount() == 1 and codes.settle_table.isColumnHidden(2)
    assert not codes.settle_button.isEnabled() and not codes.merge_button.isEnabled()
    assert "Only the committee" in codes.settle_note.text()


def test_the_preview_lists_shared_codes_and_likely_duplicates(
    qtbot: QtBot, season: tuple[World, Path], rubric: Rubric
) -> None:
    world, waiting = season
    plan = exchange.preview_import(world["committee"].store, waiting, rubric=rubric)
    view = PlanView()
    qtbot.addWidget(view)
    view.show()
    view.show_plan(plan)
    notes = view.notes
    assert notes.isVisible() and notes.heading.text() == "Codes reconciled: 1 · likely duplicates: 2"  # both cacao ones
    rows = {notes.table.item(r, 2).text() for r in range(notes.table.rowCount())}
    assert "Same code: both kept until the committee gives final codes" in rows
    assert any(text.startswith("Perhaps the same project: similar title") for text in rows)
