"""The Exchange view over real stores and real key files, driven through its widgets: the roster, exporting a
package, previewing and applying it in another store, a tampered file refused, a conflict resolved field by field."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QFontDatabase
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from red_desktop import paths
from red_desktop.core import identity, messages
from red_desktop.core.demo import build_demo
from red_desktop.core.exchange import service as exchange
from red_desktop.core.exchange.model import Outcome
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.exchange import import_tab
from red_desktop.gui.exchange.create_key_dialog import CreateKeyDialog
from red_desktop.gui.exchange.keyring import KeyRing
from red_desktop.gui.exchange.roster_tab import RosterWidget
from red_desktop.gui.i18n import install_translators
from red_desktop.gui.main_window import EXCHANGE
from red_desktop.gui.pages.exchange_page import CONFLICTS, EXPORT, IMPORT, ROSTER, ExchangePage
from red_desktop.gui.reason_dialog import RevokeDialog
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor
from tests.factories import proposal
from tests.gui.conftest import opened

WAIT_MS = 15_000
FIELD = ("Jorge Luis Mamani", "field_evaluator")  # an evaluator of the small demo store: their evaluations travel
COMMITTEE = ("Carla Mendoza", "committee_member")


@pytest.fixture(scope="module")
def field_file(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Path:
    path = tmp_path_factory.mktemp("field") / "field.sqlite"
    with Store.open(path, user=FIELD[0]) as store:
        build_demo(store, rubric, proposals=3, evaluators=2, seed=5)
    return path


@pytest.fixture
def field_keys(tmp_path: Path) -> Path:
    identity.create_keys(tmp_path / "keys-field", *FIELD)
    return tmp_path / "keys-field"


@pytest.fixture
def committee_keys(tmp_path: Path) -> Path:
    identity.create_keys(tmp_path / "keys-committee", *COMMITTEE, passphrase=b"correct horse")
    return tmp_path / "keys-committee"


@pytest.fixture
def field_store(field_file: Path, tmp_path: Path, committee_keys: Path) -> Path:
    """The field laptop's store: three demo proposals, one evaluator's work, the committee's key on its roster."""
    path = tmp_path / "field.sqlite"
    path.write_bytes(field_file.read_bytes())
    with Store.open(path, user=FIELD[0]) as store:
        store.roster.add(public_key(committee_keys))
    return path


@pytest.fixture
def committee_store(tmp_path: Path, field_keys: Path) -> Path:
    """The committee's store: empty, the field evaluator's key on its roster."""
    path = tmp_path / "committee.sqlite"
    with Store.open(path, user=COMMITTEE[0]) as store:
        store.roster.add(public_key(field_keys))
    return path


def public_key(keys: Path) -> identity.PublicIdentity:
    return identity.read_public_key(keys / identity.PUBLIC_KEY_FILENAME)


@pytest.fixture
def make_page(qtbot: QtBot, rubric: Rubric) -> Iterator[Callable[..., ExchangePage]]:
    """An Exchange page over its own store service, task runner and key ring, as the window builds it."""
    made: list[tuple[StoreService, Executor]] = []

    def make(store: Path, keys: Path, person: tuple[str, str]) -> ExchangePage:
        service = StoreService(store, person[0])
        assert service.open() == ""
        runner = Executor()
        made.append((service, runner))
        ring = KeyRing(keys, runner, lambda: person)
        page = ExchangePage(service, runner, rubric, ring)
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        qtbot.waitUntil(lambda: ring.read, timeout=WAIT_MS)
        return page

    yield make
    for service, runner in made:
        runner.wait()
        service.close()


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A message box would wait for a click nobody makes; its text is kept instead."""
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def passphrases(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """The passphrase question answered from `answers` in turn; the labels it showed are returned."""
    asked: list[str] = []

    def answer(parent: object, title: str, label: str, echo: object) -> tuple[str, bool]:
        asked.append(label)
        return (answers.pop(0), True) if answers else ("", False)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    return asked


def export_from(page: ExchangePage, target: Path, qtbot: QtBot) -> None:
    page.export.export_to(target)
    qtbot.waitUntil(lambda: page.export.banner.severity != "", timeout=WAIT_MS)
    assert page.export.banner.severity == "info", page.export.banner.text()


def wait_checked(page: ExchangePage, qtbot: QtBot) -> None:
    qtbot.waitUntil(
        lambda: page.importer.files and all(f.state != import_tab.CHECKING for f in page.importer.files),
        timeout=WAIT_MS,
    )


# ---- the roster ----


def test_an_added_key_shows_with_its_fingerprint_after_the_user_compared_it(
    qtbot: QtBot, make_page, tmp_path: Path, field_keys: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "empty.sqlite"
    page = make_page(store, tmp_path / "no-keys", COMMITTEE)
    page.show_section("roster")
    roster = page.roster
    assert page.tabs.currentIndex() == ROSTER and roster.table.rowCount() == 0
    compared: list[str] = []
    answers = [False, True]
    monkeypatch.setattr(
        RosterWidget, "confirm_fingerprint", lambda self, key: compared.append(key.fingerprint) or answers.pop(0)
    )
    roster.choose_key_file = lambda: field_keys / identity.PUBLIC_KEY_FILENAME
    qtbot.mouseClick(roster.add_button, Qt.MouseButton.LeftButton)  # the fingerprints differ: nothing is added
    assert roster.table.rowCount() == 0 and page.roster.service.reader.roster.count() == 0  # type: ignore[union-attr]
    qtbot.mouseClick(roster.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: roster.table.rowCount() == 1, timeout=WAIT_MS)
    fingerprint = public_key(field_keys).fingerprint
    assert compared == [fingerprint, fingerprint]
    cells = [roster.table.item(0, c).text() for c in range(roster.table.columnCount())]
    assert cells[:3] == [FIELD[0], "Field evaluator", fingerprint]
    assert (
        roster.table.item(0, 2).font().family() == QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    )
    assert cells[3].endswith(f"by {COMMITTEE[0]}") and cells[4] == "yes" and cells[5] == "Trusted"
    assert "added to the roster" in roster.banner.text()
    with Store.open(store, readonly=True) as check:
        assert check.roster.is_trusted(fingerprint)


def test_a_damaged_key_file_is_refused_with_its_reason(qtbot: QtBot, make_page, tmp_path: Path) -> None:
    bad = tmp_path / "bad.pub.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    page = make_page(tmp_path / "empty.sqlite", tmp_path / "no-keys", COMMITTEE)
    page.roster.add_key_from(bad)
    assert page.roster.banner.severity == "error" and "format" in page.roster.banner.text()
    assert page.roster.table.rowCount() == 0


def test_revoking_a_key_needs_a_reason_and_greys_it_out(
    qtbot: QtBot, make_page, committee_store: Path, tmp_path: Path, field_keys: Path, monkeypatch
) -> None:
    dialog = RevokeDialog(FIELD[0], "ABCD-EFGH")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.text, "   ")
    assert not dialog.ok.isEnabled()  # blanks are no reason
    qtbot.keyClicks(dialog.text, "laptop stolen")
    assert dialog.ok.isEnabled()

    page = make_page(committee_store, tmp_path / "no-keys", COMMITTEE)
    roster = page.roster
    assert not roster.revoke_button.isEnabled()
    roster.table.selectRow(0)
    assert roster.revoke_button.isEnabled()
    reasons = ["", "Laptop stolen in Potosí"]
    monkeypatch.setattr(RosterWidget, "ask_reason", lambda self, key: reasons.pop(0))
    qtbot.mouseClick(roster.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: roster.banner.severity == "error", timeout=WAIT_MS)
    assert "reason" in roster.banner.text() and "required" in roster.banner.text()
    assert not roster.keys[0].revoked
    qtbot.mouseClick(roster.revoke_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: roster.keys[0].revoked, timeout=WAIT_MS)
    status = roster.table.item(0, 5)
    assert "Laptop stolen in Potosí" in status.text() and status.text().startswith("Revoked")
    assert status.foreground().color().name() == "#8a8a8a" and roster.table.item(0, 0).font().italic()
    assert roster.table.item(0, 4).text() == "no"  # a revoked key receives nothing
    assert not roster.revoke_button.isEnabled()
    with Store.open(committee_store, readonly=True) as check:
        assert check.roster.get(public_key(field_keys).fingerprint).revoke_reason == "Laptop stolen in Potosí"  # type: ignore[union-attr]


# ---- your key ----


def test_without_a_key_the_page_says_how_to_create_one_and_creates_it(
    qtbot: QtBot, make_page, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = tmp_path / "new-keys"
    page = make_page(tmp_path / "s.sqlite", keys, FIELD)
    banner = page.key_banner
    assert "no key yet" in banner.text.text() and "red-desktop profile create" in banner.text.text()
    assert banner.create_button.isVisibleTo(page) and not banner.export_button.isVisibleTo(page)
    assert not page.export.export_button.isEnabled() and "create it above" in page.export.status.text()
    monkeypatch.setattr(CreateKeyDialog, "ask", lambda self: (True, None))
    qtbot.mouseClick(banner.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.keys.signer is not None, timeout=WAIT_MS)
    fingerprint = public_key(keys).fingerprint
    assert (keys / identity.PRIVATE_KEY_FILENAME).exists()
    assert fingerprint in banner.text.text() and FIELD[0] in banner.text.text()
    assert not banner.create_button.isVisibleTo(page) and banner.export_button.isVisibleTo(page)
    assert page.export.export_button.isEnabled()
    target = tmp_path / "handout" / "jorge.pub.json"
    banner.choose_public_key_path = lambda start: target
    qtbot.mouseClick(banner.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    assert identity.read_public_key(target).fingerprint == fingerprint


def test_the_create_key_dialog_wants_the_passphrase_twice_alike(qtbot: QtBot) -> None:
    dialog = CreateKeyDialog(*FIELD)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    qtbot.keyClicks(dialog.passphrase, "rio-grande")
    assert not ok.isEnabled() and "differ" in dialog.problem.text()
    qtbot.keyClicks(dialog.repeat, "rio-grande")
    assert ok.isEnabled() and dialog.chosen_passphrase() == b"rio-grande"


# ---- export, import ----


def test_the_export_counts_what_would_go_and_exporting_writes_the_package(
    qtbot: QtBot, make_page, field_store: Path, field_keys: Path, tmp_path: Path
) -> None:
    page = make_page(field_store, field_keys, FIELD)
    export = page.export
    assert page.tabs.currentIndex() == EXPORT
    qtbot.waitUntil(lambda: export.counts is not None, timeout=WAIT_MS)
    with Store.open(field_store, readonly=True) as store:
        expected = exchange.export_preview(store, exchange.load_signer(field_keys))
    assert expected["proposals"] == 3 and expected["evaluations"] > 0
    shown = {export.table.item(r, 0).text(): export.table.item(r, 1).text() for r in range(export.table.rowCount())}
    assert shown["Proposals"] == "3" and shown["Local actors"] == str(expected["actors"])
    assert shown["Evaluations"] == str(expected["evaluations"]) and shown["Scores"] == str(expected["scores"])
    assert shown["Decisions"] == "0" and shown["Eligibility overrides"] == "0"
    assert export.recipient.currentText().startswith(COMMITTEE[0])  # the committee's key, by default
    export.recipient.setCurrentIndex(0)  # not encrypted
    target = tmp_path / "out" / "first"
    (tmp_path / "out").mkdir()
    export.choose_package_path = lambda start: target if start.name.startswith("red-package-") else None
    qtbot.mouseClick(export.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: export.banner.severity != "", timeout=WAIT_MS)
    written = tmp_path / "out" / "first.redpkg"
    assert written.is_file() and str(written) in export.banner.text() and "Proposals: 3" in export.banner.text()
    qtbot.waitUntil(lambda: export.counts is not None and export.counts["proposals"] == 0, timeout=WAIT_MS)
    assert "Nothing here changed since it last travelled in a package" in export.status.text()
    export.everything.setChecked(True)
    qtbot.waitUntil(lambda: export.counts is not None and export.counts["proposals"] == 3, timeout=WAIT_MS)


def test_a_package_is_previewed_then_applied_in_another_store(
    qtbot: QtBot, make_page, field_store: Path, field_keys: Path, committee_store: Path, committee_keys: Path, tmp_path
) -> None:
    package = tmp_path / "field.redpkg"
    field = make_page(field_store, field_keys, FIELD)
    field.export.recipient.setCurrentIndex(0)
    export_from(field, package, qtbot)
    committee = make_page(committee_store, committee_keys, COMMITTEE)
    assert committee.keys.signer is None and committee.keys.locked  # a passphrase; not needed to import this
    committee.import_files([package])
    assert committee.tabs.currentIndex() == IMPORT
    wait_checked(committee, qtbot)
    importer, view = committee.importer, committee.importer.plan
    plan = importer.current_plan()
    assert plan is not None and plan.ok, plan
    assert view.author.text() == f"{FIELD[0]} (field evaluator)"
    assert view.fingerprint.text() == public_key(field_keys).fingerprint
    evaluations = plan.count(Outcome.ADDED) - 3
    assert evaluations > 0
    assert view.counts.text() == f"added: {3 + evaluations} · updated: 0 · unchanged: 0 · conflicts: 0"
    assert view.table.rowCount() == len(plan.items) and view.table.isSortingEnabled()
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert view.table.item(0, 0).text() == "Proposal" and view.table.item(0, 2).text() == "added"
    assert "1 of 1 ready" in importer.summary.text() and importer.apply_button.isEnabled()
    assert committee.importer.service.reader.proposals.count() == 0  # type: ignore[union-attr]  # nothing yet
    with qtbot.waitSignal(committee.proposals_imported, timeout=WAIT_MS) as imported:
        qtbot.mouseClick(importer.apply_button, Qt.MouseButton.LeftButton)
    assert len(imported.args[0]) == 3
    with Store.open(committee_store, readonly=True) as store:
        assert store.proposals.count() == 3 and store.evaluations.count() == evaluations
    assert importer.files[0].state == import_tab.IMPORTED and not importer.apply_button.isEnabled()
    assert f"Packages imported: 1 — added: {3 + evaluations}, updated: 0" in importer.banner.text()
    assert "Imported." in view.state.text()
    importer.remove_selected()
    committee.import_files([package])  # a second time: it says so and offers nothing to apply
    wait_checked(committee, qtbot)
    assert importer.files[0].state == import_tab.DONE and "already imported" in view.state.text()
    assert not importer.apply_button.isEnabled()


def test_a_tampered_package_shows_why_it_is_refused_and_changes_nothing(
    qtbot: QtBot, make_page, field_store: Path, field_keys: Path, committee_store: Path, committee_keys: Path, tmp_path
) -> None:
    package = tmp_path / "field.redpkg"
    with Store.open(field_store, user=FIELD[0]) as store:
        exchange.export_package(store, exchange.load_signer(field_keys), package)
    data = bytearray(package.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered = tmp_path / "tampered.redpkg"
    tampered.write_bytes(bytes(data))
    page = make_page(committee_store, committee_keys, COMMITTEE)
    page.import_files([tampered])
    wait_checked(page, qtbot)
    plan = page.importer.current_plan()
    assert plan is not None and plan.rejected
    state = page.importer.plan.state.text()
    assert (
        "Refused:" in state and "#b00020" in state and plan.rejected.split(";")[0][:40] in state.replace("&#x27;", "'")
    )
    assert page.importer.files[0].state == import_tab.REJECTED and not page.importer.apply_button.isEnabled()
    page.importer.apply()  # even asked directly, a refused package is not applied
    with Store.open(committee_store, readonly=True) as store:
        assert store.proposals.count() == 0 and store.exchange.packages() == []


@pytest.fixture
def spanish_interface(qapp: QApplication) -> Iterator[None]:
    """The window in Spanish, as run_app sets it: Qt's catalogues and the core's texts; English back afterwards."""
    installed = install_translators(qapp, "es")
    messages.set_language("es")
    try:
        yield
    finally:
        messages.set_language("en")
        for translator in installed:
            qapp.removeTranslator(translator)


def test_with_the_spanish_interface_a_refusal_reads_in_spanish(
    spanish_interface: None, qtbot: QtBot, make_page, committee_store: Path, committee_keys: Path, tmp_path
) -> None:
    cut = tmp_path / "cortado.redpkg"
    cut.write_bytes(b"PK\x03\x04 not a whole package")
    page = make_page(committee_store, committee_keys, COMMITTEE)
    page.import_files([cut])
    wait_checked(page, qtbot)
    plan = page.importer.current_plan()
    assert plan is not None
    assert plan.rejected == "cortado.redpkg está truncado o dañado, o no es un paquete de RED Desktop"
    state = page.importer.plan.state.text()
    assert "Rechazado:" in state and plan.rejected in state
    assert "rechazado" in page.importer.list.item(0).text()


def test_an_encrypted_package_opens_once_the_recipient_unlocks_their_key(
    qtbot: QtBot, make_page, field_store: Path, field_keys: Path, committee_store: Path, committee_keys: Path, tmp_path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    package = tmp_path / "sealed.redpkg"
    field = make_page(field_store, field_keys, FIELD)
    assert field.export.recipient_key() is not None  # the committee's key by default
    export_from(field, package, qtbot)
    assert "encrypted to " + COMMITTEE[0] in field.export.banner.text()
    committee = make_page(committee_store, committee_keys, COMMITTEE)
    assert "locked" in committee.key_banner.text.text() and committee.key_banner.unlock_button.isVisibleTo(committee)
    committee.import_files([package])
    wait_checked(committee, qtbot)
    assert "encrypted" in committee.importer.files[0].plan.rejected  # type: ignore[union-attr]
    asked = passphrases(monkeypatch, ["wrong", "correct horse"])
    qtbot.mouseClick(committee.key_banner.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: committee.keys.signer is not None, timeout=WAIT_MS)
    assert len(asked) == 2 and "does not open" in asked[1]
    qtbot.waitUntil(lambda: committee.importer.files[0].state == import_tab.READY, timeout=WAIT_MS)
    assert not committee.key_banner.unlock_button.isVisibleTo(committee)


def test_a_locked_key_is_unlocked_when_the_core_speaks_spanish(
    qtbot: QtBot, make_page, committee_store: Path, committee_keys: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: the key ring knew a refusal asked for a passphrase by its English words; now that the refusals
    are said in the user's language it goes by their codes, and still asks again after a wrong one."""
    from red_desktop.core import messages

    committee = make_page(committee_store, committee_keys, COMMITTEE)
    messages.set_language("es")
    try:
        asked = passphrases(monkeypatch, ["wrong", "correct horse"])
        qtbot.mouseClick(committee.key_banner.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: committee.keys.signer is not None, timeout=WAIT_MS)
    finally:
        messages.set_language("en")
    assert len(asked) == 2


def test_a_package_still_being_checked_when_the_key_is_unlocked_is_checked_again_with_it(
    qtbot: QtBot, make_page, field_store: Path, field_keys: Path, committee_store: Path, committee_keys: Path, tmp_path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    package = tmp_path / "sealed.redpkg"
    export_from(make_page(field_store, field_keys, FIELD), package, qtbot)
    committee = make_page(committee_store, committee_keys, COMMITTEE)
    keys_seen: list[object] = []
    first_ends = threading.Event()
    preview_file = import_tab.jobs.preview_file

    def held(path: Path, package: Path, rubric: Rubric, box: object) -> object:
        keys_seen.append(box)
        if len(keys_seen) == 1:
            first_ends.wait(WAIT_MS / 1000)
        return preview_file(path, package, rubric, box)  # type: ignore[arg-type]

    monkeypatch.setattr(import_tab.jobs, "preview_file", held)
    committee.import_files([package])
    qtbot.waitUntil(lambda: len(keys_seen) == 1, timeout=WAIT_MS)  # checked with the key still locked
    passphrases(monkeypatch, ["correct horse"])
    try:
        qtbot.mouseClick(committee.key_banner.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: committee.keys.signer is not None, timeout=WAIT_MS)
    finally:
        first_ends.set()
    qtbot.waitUntil(lambda: committee.importer.files[0].state == import_tab.READY, timeout=WAIT_MS)
    assert len(keys_seen) == 2 and keys_seen[1] is not None  # once more, with the key


# ---- conflicts ----


def test_a_conflict_between_two_stores_is_resolved_field_by_field(
    qtbot: QtBot, make_page, field_store: Path, field_keys: Path, committee_store: Path, committee_keys: Path, tmp_path,
    rubric: Rubric,
) -> None:  # fmt: skip
    first, second = tmp_path / "first.redpkg", tmp_path / "second.redpkg"
    signer = exchange.load_signer(field_keys)
    with Store.open(field_store, user=FIELD[0]) as field:
        exchange.export_package(field, signer, first)
    with Store.open(committee_store, user=COMMITTEE[0]) as committee:
        assert exchange.import_package(committee, first, rubric).ok
        target = committee.proposals.by_code(min(p.code for p in committee.proposals.all()))
        committee.proposals.update(replace(target, title="Título del comité", beneficiary_msmes=111))
    with Store.open(field_store, user=FIELD[0]) as field:
        mine = field.proposals.get(target.uuid)
        field.proposals.update(replace(mine, title="Título de campo", duration_months=40))
        exchange.export_package(field, signer, second)

    page = make_page(committee_store, committee_keys, COMMITTEE)
    page.show_section("conflicts")
    conflicts = page.conflicts
    qtbot.waitUntil(lambda: conflicts.loaded, timeout=WAIT_MS)
    assert conflicts.empty.isVisible() and conflicts.empty.text() == "No conflicts: every package merged cleanly."
    page.import_files([second])
    wait_checked(page, qtbot)
    assert page.importer.current_plan().count(Outcome.CONFLICT) == 1  # type: ignore[union-attr]
    page.importer.apply()
    qtbot.waitUntil(lambda: len(conflicts.conflicts) == 1, timeout=WAIT_MS)
    assert page.tabs.tabText(CONFLICTS) == "Conflicts (1)"
    page.show_section("conflicts")
    assert conflicts.table.item(0, 0).text() == "Proposal" and conflicts.table.item(0, 2).text() == "2"
    resolver = conflicts.resolver
    conflict = resolver.conflict
    assert conflict is not None and set(conflict.fields) == {"title", "beneficiary_msmes", "duration_months"}
    table = resolver.table
    assert table.rowCount() == 3 and table.columnCount() == 2
    current = next(i for i, side in enumerate(conflict.sides) if side.current)
    assert "shown now" in table.horizontalHeaderItem(current).text()
    assert all(resolver.chosen_column(row) == current for row in range(3))  # the version shown now, at first
    values = {conflict.fields[row]: [table.item(row, c).text() for c in range(2)] for row in range(3)}
    assert sorted(values["title"]) == ["Título de campo", "Título del comité"]
    assert "111" in values["beneficiary_msmes"]
    row_of = {name: row for row, name in enumerate(conflict.fields)}
    committee_side = next(c for c in range(2) if conflict.sides[c].record["title"] == "Título del comité")
    field_side = 1 - committee_side
    # The committee's title, the field's duration, the committee's count of MSMEs: one cell clicked per choice.
    for name, column in (
        ("title", committee_side),
        ("duration_months", field_side),
        ("beneficiary_msmes", committee_side),
    ):
        rect = table.visualRect(table.model().index(row_of[name], column))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert resolver.chosen_column(row_of["title"]) == committee_side
    assert table.item(row_of["title"], field_side).checkState() == Qt.CheckState.Unchecked
    choices = resolver.choices()
    assert choices["duration_months"] == conflict.sides[field_side].version
    qtbot.mouseClick(resolver.resolve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: conflicts.loaded and not conflicts.conflicts and conflicts.empty.isVisible(), timeout=WAIT_MS
    )
    assert "Resolved" in conflicts.banner.text() and page.tabs.tabText(CONFLICTS) == "Conflicts"
    with Store.open(committee_store, readonly=True) as store:
        resolved = store.proposals.get(target.uuid)
        assert exchange.list_conflicts(store) == []
    assert (resolved.title, resolved.duration_months, resolved.beneficiary_msmes) == ("Título del comité", 40, 111)


def test_choosing_a_version_heading_takes_all_its_values(qtbot: QtBot) -> None:
    from red_desktop.core.exchange.model import Conflict, ConflictSide, Entity
    from red_desktop.gui.exchange.resolver import ConflictResolverWidget

    actors = [{"name": "Alcaldía de Huancayo", "actor_type": "local_government", "contribution": 0}]
    sides = (
        ConflictSide("a" * 64, {"title": "A", "sectors": ["quinua"], "actors": actors}, "Ana", True),
        ConflictSide("b" * 64, {"title": "B", "sectors": ["quinua", "lácteos"], "actors": []}, "Bruno", False),
    )
    resolver = ConflictResolverWidget()
    qtbot.addWidget(resolver)
    resolver.set_conflict(Conflict(Entity.PROPOSAL, "k", "RED-1 — A", sides, ("title", "sectors", "actors")))
    assert resolver.table.item(1, 1).text() == "quinua\nlácteos"
    assert resolver.table.item(2, 0).text() == "Alcaldía de Huancayo (Local government)"
    assert resolver.table.item(2, 1).text() == "—"
    resolver.choose_side(1)
    assert resolver.choices() == dict.fromkeys(("title", "sectors", "actors"), "b" * 64)
    resolver.table.item(0, 1).setCheckState(Qt.CheckState.Unchecked)  # a row is never left without a choice
    assert resolver.chosen_column(0) == 1


# ---- the window ----


def test_the_exchange_menu_and_a_package_dropped_on_the_window(
    qtbot: QtBot, make_app, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rubric: Rubric
) -> None:
    keys = tmp_path / "keys-field"
    identity.create_keys(keys, *FIELD)
    with Store.open(tmp_path / "laptop.sqlite", user=FIELD[0]) as laptop:
        laptop.proposals.add(proposal("RED-PE-2099-001"))
        exchange.export_package(laptop, exchange.load_signer(keys), tmp_path / "laptop.redpkg")
    with Store.open(demo_path, user="admin") as store:
        store.roster.add(public_key(keys))
    monkeypatch.setattr(paths, "keys_dir", lambda: tmp_path / "my-keys")
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    assert app.keys.keys_dir == tmp_path / "my-keys"
    window.menus.exchange_roster.trigger()
    assert window.stack.currentIndex() == EXCHANGE and window.exchange.tabs.currentIndex() == ROSTER
    window.menus.exchange_conflicts.trigger()
    assert window.exchange.tabs.currentIndex() == CONFLICTS
    chosen: list[Path] = []
    window.exchange.importer.choose_package_paths = lambda start: chosen.append(start) or []
    window.menus.exchange_import.trigger()
    assert chosen and window.exchange.tabs.currentIndex() == IMPORT
    window.menus.exchange_export.trigger()
    assert window.exchange.tabs.currentIndex() == EXPORT

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "laptop.redpkg"))])
    window.show_page(0)
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)
    assert window.stack.currentIndex() == EXCHANGE and window.exchange.tabs.currentIndex() == IMPORT
    page = window.exchange
    qtbot.waitUntil(lambda: page.importer.files[0].state == import_tab.READY, timeout=WAIT_MS)
    page.importer.apply()
    qtbot.waitUntil(lambda: window.proposals.list_view.model.rowCount() == 25, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.status.counts.text().startswith("25 proposals"), timeout=WAIT_MS)


def test_a_key_already_on_the_roster_is_not_asked_about_again(
    qtbot: QtBot, make_page, committee_store: Path, tmp_path: Path, field_keys: Path, monkeypatch
) -> None:
    monkeypatch.setattr(
        RosterWidget, "confirm_fingerprint", lambda self, key: pytest.fail("no question for a known key")
    )
    page = make_page(committee_store, tmp_path / "no-keys", COMMITTEE)
    page.roster.add_key_from(field_keys / identity.PUBLIC_KEY_FILENAME)
    assert page.roster.banner.text() == f"{FIELD[0]}'s key was already on the roster."
    page.roster.revoke(public_key(field_keys).fingerprint, "left the programme")
    qtbot.waitUntil(lambda: page.roster.keys[0].revoked, timeout=WAIT_MS)
    page.roster.add_key_from(field_keys / identity.PUBLIC_KEY_FILENAME)
    assert "revoked; it stays revoked" in page.roster.banner.text()


def test_values_read_as_a_person_reads_them(qapp) -> None:
    from red_desktop.gui.exchange.values import display, field_label

    assert display("region_type", "marginalized") == "Marginalized" and display("requested_amount", 1e6) == "1,000,000"
    assert display("kind", "approve_with_conditions") == "Approve with conditions"
    assert display("members_present", ["Ana", "João"]) == "Ana\nJoão" and display("conditions", "") == "—"
    scores = [{"subcriterion_id": "1.1", "level": 3, "justification": "Cofinanciamiento firmado"}]
    assert display("scores", scores) == "1.1: 3 — Cofinanciamiento firmado"
    assert field_label("withdrawn") == "Withdrawn" and display("withdrawn", None) == "No: kept"
    assert display("withdrawn", "ab" * 32) == "Yes: removes version abababab"


def test_a_proposal_in_conflict_says_so_in_the_editor_and_leads_to_its_resolver(
    qtbot: QtBot, make_app, tmp_path: Path, field_keys: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch
) -> None:
    store_path = tmp_path / "committee.sqlite"
    signer = exchange.load_signer(field_keys)
    with Store.open(tmp_path / "laptop.sqlite", user=FIELD[0]) as laptop, Store.open(store_path, user="chair") as hub:
        hub.roster.add(public_key(field_keys))
        made = laptop.proposals.add(proposal("RED-PE-2099-001"))
        exchange.export_package(laptop, signer, tmp_path / "first.redpkg")
        assert exchange.import_package(hub, tmp_path / "first.redpkg", rubric).ok
        other = hub.proposals.add(proposal("RED-PE-2099-002"))
        hub.proposals.update(replace(hub.proposals.get(made.uuid), title="Título del comité"))
        laptop.proposals.update(replace(laptop.proposals.get(made.uuid), title="Título de campo"))
        exchange.export_package(laptop, signer, tmp_path / "second.redpkg")
        assert exchange.import_package(hub, tmp_path / "second.redpkg", rubric).counts()["conflict"] == 1
    monkeypatch.setattr(paths, "keys_dir", lambda: tmp_path / "my-keys")
    app = make_app()
    app.start(store_path, demo=False)
    window = opened(qtbot, app)
    editor = window.proposals.editor
    editor.edit(other.uuid)
    assert not editor.exchange_banner.isVisible()
    editor.edit(made.uuid)
    assert editor.exchange_banner.isVisible() and "both versions are kept" in editor.exchange_banner.label.text()
    editor.exchange_banner.label.linkActivated.emit("resolve")
    assert window.stack.currentIndex() == EXCHANGE and window.exchange.tabs.currentIndex() == CONFLICTS
    conflicts = window.exchange.conflicts
    qtbot.waitUntil(lambda: conflicts.loaded, timeout=WAIT_MS)
    selected = conflicts.selected()
    assert selected is not None and selected.key == made.uuid
