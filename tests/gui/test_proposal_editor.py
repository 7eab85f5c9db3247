"""The proposal editor over a real store: typed values saved on their own, invalid ones never, with undo."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from red_desktop.core import messages
from red_desktop.core.domain import Actor, ActorType, Evidence, Proposal, RegionType
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.editor import ProposalEditor
from red_desktop.gui.editor.actor_dialog import ActorDialog
from red_desktop.gui.editor.attachment_list import AttachmentListWidget, local_files
from red_desktop.gui.editor.autosave import SAVE_DELAY_MS
from red_desktop.gui.editor.country_combo import CountryComboBox
from red_desktop.gui.editor.number_edit import NumberEdit
from red_desktop.gui.store_service import StoreService
from tests.factories import actor, proposal
from tests.gui.conftest import WAIT_MS
from tests.gui.people import type_in


def reader(service: StoreService) -> Store:
    assert service.reader is not None
    return service.reader


def stored(qtbot: QtBot, service: StoreService, original: Proposal) -> Proposal:
    """Add a proposal through the service's writer, as the application would."""
    done: list[Proposal] = []
    service.submit(lambda store: store.proposals.add(original), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    return done[0]


def settled(qtbot: QtBot, editor: ProposalEditor, service: StoreService) -> None:
    """Wait, without flushing, until the debounced save has run and nothing is left to write."""
    qtbot.waitUntil(lambda: service.pending == 0 and editor.status.text() != "Saving…", timeout=WAIT_MS)


def field(editor: ProposalEditor, name: str) -> QWidget:
    return editor.fields.widget(name)


def line(editor: ProposalEditor, name: str) -> QLineEdit:
    widget = field(editor, name)
    assert isinstance(widget, QLineEdit)
    return widget


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_in(qtbot, edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def shown(widget: QWidget) -> bool:
    """Shown by the editor, even if its tab is not the current one."""
    return not widget.isHidden()


def problem_label(editor: ProposalEditor, name: str) -> QLabel:
    return editor.marker.label(name)


def test_a_new_proposal_typed_in_is_saved_with_its_accents(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService
) -> None:
    editor.set_role("committee_member")  # final codes, RED-PE-<year>-001
    editor.new_proposal()
    assert editor.status.text().startswith("Not saved: 3 problems")
    assert not shown(problem_label(editor, "title"))  # untouched fields stay calm
    country = field(editor, "country")
    assert isinstance(country, CountryComboBox)
    type_in(qtbot, country.lineEdit(), "Perú")
    code = f"RED-PE-{date.today().year}-001"
    assert line(editor, "code").text() == code
    type_in(qtbot, line(editor, "title"), "Cadena de valor de la quinua — Región Junín")
    type_in(qtbot, line(editor, "region_name"), "Valle del Mantaro, Junín")
    region_type = field(editor, "region_type")
    assert isinstance(region_type, QComboBox)
    region_type.setCurrentIndex(region_type.findData(RegionType.MARGINALIZED.value))
    qtbot.keyClicks(line(editor, "requested_amount"), "1000000")
    qtbot.keyClicks(line(editor, "beneficiary_msmes"), "420")
    type_in(qtbot, line(editor, "sectors"), "quinua, lácteos")
    diagnosis = field(editor, "regional_diagnosis")
    assert isinstance(diagnosis, QPlainTextEdit)
    type_in(qtbot, diagnosis, "Diagnóstico: articulación productiva débil")
    with qtbot.waitSignal(editor.saved, timeout=WAIT_MS) as saved:
        settled(qtbot, editor, service)
    settled(qtbot, editor, service)
    assert saved.args == [editor.proposal_uuid]
    got = reader(service).proposals.by_code(code)
    assert got.title == "Cadena de valor de la quinua — Región Junín"
    assert (got.country, got.region_name, got.region_type) == (
        "PE",
        "Valle del Mantaro, Junín",
        RegionType.MARGINALIZED,
    )
    assert (got.requested_amount, got.beneficiary_msmes, got.sectors) == (1_000_000.0, 420, ("quinua", "lácteos"))
    assert got.regional_diagnosis == "Diagnóstico: articulación productiva débil"
    assert got.author == "Ana Lucía Quispe"
    assert editor.status.text() == "All changes saved"


@pytest.fixture
def existing(qtbot: QtBot, service: StoreService) -> Proposal:
    return stored(qtbot, service, proposal())


def test_editing_an_existing_proposal_autosaves_and_bumps_its_revision(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal
) -> None:
    editor.edit(existing.uuid)
    assert line(editor, "title").text() == existing.title
    assert line(editor, "requested_amount").text() == "1,000,000"
    assert editor.revision == 1 and editor.status.text() == "All changes saved"
    qtbot.keyClick(line(editor, "title"), Qt.Key.Key_End)  # a loaded text shows its beginning
    type_in(qtbot, line(editor, "title"), " (fase 2)")
    qtbot.wait(SAVE_DELAY_MS // 2)
    assert reader(service).proposals.get(existing.uuid).stamp.revision == 1  # debounced: not yet
    settled(qtbot, editor, service)
    got = reader(service).proposals.get(existing.uuid)
    assert (got.title, got.stamp.revision, editor.revision) == (existing.title + " (fase 2)", 2, 2)
    retype(qtbot, line(editor, "executing_agency"), "Gobierno Regional de Junín")
    settled(qtbot, editor, service)  # the second save carries revision 2, so the store accepts it
    got = reader(service).proposals.get(existing.uuid)
    assert (got.executing_agency, got.stamp.revision) == ("Gobierno Regional de Junín", 3)
    assert [a.name for a in got.actors] == [a.name for a in existing.actors]


@pytest.mark.parametrize(
    "typed, reason",
    [
        ("-5", "Must be between 0 and 1,000,000,000,000"),
        ("doce", "Is not a number: type digits only, e.g. 1,234,567.50"),
        ("12 mil", "Is not a number"),
        ("2e12", "Must be between 0 and 1,000,000,000,000"),
    ],
)
def test_an_invalid_amount_is_shown_beside_the_field_and_nothing_is_written(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal, typed: str, reason: str
) -> None:
    editor.edit(existing.uuid)
    with qtbot.waitSignal(editor.problems_changed) as changed:
        retype(qtbot, line(editor, "requested_amount"), typed)
    assert [p.location for p in changed.args[0]] == ["requested_amount"]
    label = problem_label(editor, "requested_amount")
    assert shown(label) and label.text().startswith(reason)
    assert line(editor, "requested_amount").text() == typed.replace("2e12", "2,000,000,000,000")  # kept as typed
    assert line(editor, "requested_amount").property("invalid") is True
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.tabs.widget(3))) == "Funding (1)"
    qtbot.wait(SAVE_DELAY_MS + 300)
    editor.flush()
    assert service.pending == 0
    assert reader(service).proposals.get(existing.uuid) == existing
    assert editor.status.text() == "Not saved: 1 problem (Requested amount)"
    assert "–" in editor.form.child(QLabel, "leverageValue").text()
    retype(qtbot, line(editor, "requested_amount"), "2000000")
    assert not shown(label) and line(editor, "requested_amount").property("invalid") is False
    settled(qtbot, editor, service)
    assert reader(service).proposals.get(existing.uuid).requested_amount == 2_000_000.0


def test_an_emptied_title_is_reported_and_a_new_proposal_is_not_written(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService
) -> None:
    editor.new_proposal()
    type_in(qtbot, field(editor, "country").lineEdit(), "Bolivia")  # type: ignore[attr-defined]
    type_in(qtbot, line(editor, "title"), "Turismo")
    retype(qtbot, line(editor, "title"), "")
    assert shown(problem_label(editor, "title")) and problem_label(editor, "title").text() == "Is required"
    qtbot.wait(SAVE_DELAY_MS + 300)
    editor.flush()
    assert reader(service).proposals.count() == 0
    assert editor.status.text() == "Not saved: 1 problem (Title)"
    assert not editor.attachments.files.isEnabled()


def test_show_marks_untouched_fields_and_goes_to_the_first_problem(qtbot: QtBot, editor: ProposalEditor) -> None:
    editor.new_proposal()
    editor.tabs.setCurrentIndex(5)
    editor.reveal_problems()
    assert all(shown(problem_label(editor, name)) for name in ("code", "title", "country"))
    assert editor.tabs.currentIndex() == 0


def test_a_code_taken_by_another_proposal_is_reported(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal
) -> None:
    other = stored(qtbot, service, proposal("RED-PE-2026-002"))
    editor.edit(other.uuid)
    retype(qtbot, line(editor, "code"), existing.code)
    assert problem_label(editor, "code").text() == "Is already used by another proposal"
    editor.flush()
    assert reader(service).proposals.get(other.uuid).code == "RED-PE-2026-002"


def test_the_suggested_code_skips_numbers_in_use(qtbot: QtBot, editor: ProposalEditor, service: StoreService) -> None:
    year = date.today().year
    stored(qtbot, service, proposal(f"RED-CO-{year}-001", country="CO"))
    editor.set_role("committee_member")
    editor.new_proposal()
    type_in(qtbot, field(editor, "country").lineEdit(), "co")  # type: ignore[attr-defined]
    assert line(editor, "code").text() == f"RED-CO-{year}-002"
    retype(qtbot, line(editor, "code"), "MI-CODIGO")
    field(editor, "country").set_text("Peru (PE)")  # type: ignore[attr-defined]
    assert line(editor, "code").text() == "MI-CODIGO"  # a code the user typed is never replaced


def test_undo_and_redo_restore_the_widget_and_then_the_store(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal
) -> None:
    editor.edit(existing.uuid)
    title = line(editor, "title")
    retype(qtbot, title, "Título nuevo")
    settled(qtbot, editor, service)
    assert reader(service).proposals.get(existing.uuid).title == "Título nuevo"
    assert editor.undo_stack.count() == 1  # one step for the whole field edit, not one per key
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == existing.title
    settled(qtbot, editor, service)
    got = reader(service).proposals.get(existing.uuid)
    assert (got.title, got.stamp.revision) == (existing.title, 3)
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert title.text() == "Título nuevo"
    settled(qtbot, editor, service)
    assert reader(service).proposals.get(existing.uuid).title == "Título nuevo"


def test_undo_goes_back_across_fields_and_tabs(qtbot: QtBot, editor: ProposalEditor, existing: Proposal) -> None:
    editor.edit(existing.uuid)
    retype(qtbot, line(editor, "title"), "Uno")
    retype(qtbot, line(editor, "counterpart_public"), "5")
    editor.tabs.setCurrentIndex(0)
    editor.undo_stack.undo()
    assert line(editor, "counterpart_public").text() == "300,000"
    assert editor.tabs.currentIndex() == 3  # the undone field is shown
    editor.undo_stack.undo()
    assert line(editor, "title").text() == existing.title
    assert not editor.undo_stack.canUndo()


def test_switching_proposal_saves_the_pending_edit_first(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal
) -> None:
    other = stored(qtbot, service, proposal("RED-PE-2026-002", title="Otra propuesta"))
    editor.edit(existing.uuid)
    retype(qtbot, line(editor, "title"), "Editado antes de cambiar")
    editor.edit(other.uuid)
    assert line(editor, "title").text() == "Otra propuesta"
    assert not editor.undo_stack.canUndo()
    qtbot.waitUntil(lambda: service.pending == 0, timeout=WAIT_MS)
    assert reader(service).proposals.get(existing.uuid).title == "Editado antes de cambiar"


def test_hiding_the_editor_saves_at_once(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal
) -> None:
    editor.edit(existing.uuid)
    retype(qtbot, line(editor, "region_name"), "Huancayo")
    editor.hide()
    qtbot.waitUntil(lambda: service.pending == 0, timeout=WAIT_MS)
    assert reader(service).proposals.get(existing.uuid).region_name == "Huancayo"


def test_actors_added_edited_and_removed_reach_the_store(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal
) -> None:
    editor.edit(existing.uuid)
    answers: list[Actor | None] = [
        actor(ActorType.TECHNOLOGY_CENTRE, name="Centro de Innovación Tecnológica Agroindustrial")
    ]
    editor.actors.ask_actor = lambda parent, current: answers.pop(0)
    qtbot.mouseClick(editor.form.child(QWidget, "addActorButton"), Qt.MouseButton.LeftButton)
    settled(qtbot, editor, service)
    names = [a.name for a in reader(service).proposals.get(existing.uuid).actors]
    assert names[-1] == "Centro de Innovación Tecnológica Agroindustrial" and len(names) == 4
    editor.actors.select(0)
    first = editor.actors.actors()[0]
    answers.append(replace(first, name="Municipalidad Provincial de Huancayo", evidence=Evidence.LETTER_OF_INTENT))
    qtbot.mouseClick(editor.form.child(QWidget, "editActorButton"), Qt.MouseButton.LeftButton)
    settled(qtbot, editor, service)
    got = reader(service).proposals.get(existing.uuid).actors
    assert (got[0].uuid, got[0].name, got[0].evidence) == (
        first.uuid,
        "Municipalidad Provincial de Huancayo",
        Evidence.LETTER_OF_INTENT,
    )
    editor.actors.select(1)
    qtbot.mouseClick(editor.form.child(QWidget, "removeActorButton"), Qt.MouseButton.LeftButton)
    settled(qtbot, editor, service)
    assert len(reader(service).proposals.get(existing.uuid).actors) == 3
    editor.undo_stack.undo()  # the removed actor comes back, with its identity
    settled(qtbot, editor, service)
    assert [a.uuid for a in reader(service).proposals.get(existing.uuid).actors][1] == existing.actors[1].uuid


def test_the_actor_dialog_accepts_only_a_valid_actor(qtbot: QtBot) -> None:
    dialog = ActorDialog(None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    name_problem = dialog.findChild(QLabel, "nameEditProblem")
    assert name_problem is not None and name_problem.text() == "Is required" and shown(name_problem)
    type_in(qtbot, dialog.name_edit, "Asociación de Productores de Quinua")
    type_in(qtbot, dialog.contribution_edit, "doce")
    dialog.accept()
    contribution_problem = dialog.findChild(QLabel, "contributionEditProblem")
    assert contribution_problem is not None and contribution_problem.text().startswith("Is not a number")
    assert not shown(name_problem)
    retype(qtbot, dialog.contribution_edit, "25000")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(ActorType.BUSINESS.value))
    dialog.evidence_combo.setCurrentIndex(dialog.evidence_combo.findData(Evidence.SIGNED_AGREEMENT.value))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    got = dialog.actor()
    assert (got.name, got.actor_type, got.contribution, got.evidence) == (
        "Asociación de Productores de Quinua",
        ActorType.BUSINESS,
        25_000.0,
        Evidence.SIGNED_AGREEMENT,
    )


def test_leverage_and_coverage_follow_the_typing(qtbot: QtBot, editor: ProposalEditor, existing: Proposal) -> None:
    editor.edit(existing.uuid)
    leverage = editor.form.child(QLabel, "leverageValue")
    coverage = editor.form.child(QLabel, "coverageValue")
    assert leverage.text() == "0.83 per dollar requested · suggests B1 level 3 (good)"
    assert coverage.text() == "3 of 5 actor types · suggests A2 level 2 (partial)"
    retype(qtbot, line(editor, "counterpart_private"), "700000")
    assert leverage.text().startswith("1.00 per dollar requested · suggests B1 level 4")
    assert editor.form.child(QLabel, "counterpartTotalValue").text() == "1,000,000"
    retype(qtbot, line(editor, "requested_amount"), "")
    assert leverage.text() == "– (enter the requested amount)"
    editor.actors.add(actor(ActorType.CIVIL_SOCIETY))
    assert coverage.text().startswith("4 of 5 actor types · suggests A2 level 3")


@pytest.mark.parametrize(
    "language, typed, shown",
    [
        ("en", "1234567.5", "1,234,567.50"),
        ("es", "1234567,5", "1.234.567,50"),
        ("pt", "2.500.000", "2.500.000"),
    ],
)
def test_amounts_use_the_interface_languages_thousands_separators(
    qtbot: QtBot, editor: ProposalEditor, existing: Proposal, language: str, typed: str, shown: str
) -> None:
    messages.set_language(language)
    try:
        editor.edit(existing.uuid)
        edit = line(editor, "requested_amount")
        assert isinstance(edit, NumberEdit)
        retype(qtbot, edit, typed)
        assert edit.text() == shown
        assert editor.current_proposal().requested_amount == float(shown.replace(",", "").replace(".", "")) / (  # type: ignore[union-attr]
            100 if language != "pt" else 1
        )
    finally:
        messages.set_language("en")


def test_files_are_attached_refused_when_too_big_opened_and_removed(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal, tmp_path: Path
) -> None:
    editor.edit(existing.uuid)
    section = editor.attachments
    letter = tmp_path / "carta de intención.pdf"
    letter.write_bytes(b"%PDF-1.4 carta" * 100)
    section.files.files_dropped.emit([letter])  # what a drop onto the list sends; Add... calls add_files too
    qtbot.waitUntil(lambda: section.files.count() == 1, timeout=WAIT_MS)
    (info,) = reader(service).attachments.list(existing.uuid)
    assert info.sha256 == hashlib.sha256(letter.read_bytes()).hexdigest()
    assert section.files.item(0).text().startswith("carta de intención.pdf  ·  1.4 KB")
    section.max_bytes = 1000
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * 5000)
    section.add_files([big])
    qtbot.waitUntil(lambda: "limited to" in section.message.text(), timeout=WAIT_MS)
    assert shown(section.message) and "video.mp4" in section.message.text()
    assert len(reader(service).attachments.list(existing.uuid)) == 1
    opened: list[QUrl] = []
    section.open_url = lambda url: opened.append(url) or True
    section.files.setCurrentRow(0)
    section.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    assert Path(opened[0].toLocalFile()).read_bytes() == letter.read_bytes()
    section.confirm = lambda name: name == "carta de intención.pdf"
    section.remove_selected()
    qtbot.waitUntil(lambda: section.files.count() == 0, timeout=WAIT_MS)
    assert reader(service).attachments.list(existing.uuid) == []


def test_a_new_proposal_takes_attachments_once_saved(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService
) -> None:
    editor.new_proposal()
    assert not editor.attachments.files.isEnabled()
    type_in(qtbot, field(editor, "country").lineEdit(), "Chile")  # type: ignore[attr-defined]
    type_in(qtbot, line(editor, "title"), "Clúster del salmón")
    settled(qtbot, editor, service)
    assert editor.attachments.files.isEnabled() and reader(service).proposals.count() == 1


def test_every_widget_of_the_editor_has_an_accessible_name(editor: ProposalEditor) -> None:
    unnamed = [
        w.objectName()
        for w in editor.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(editor)
        and not w.accessibleName()
        and w.objectName()
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


def test_files_dropped_from_a_file_manager_are_offered_and_other_drops_ignored(qtbot: QtBot, tmp_path: Path) -> None:
    widget = AttachmentListWidget()
    qtbot.addWidget(widget)
    path = tmp_path / "mapa de actores.png"
    path.write_bytes(b"png")
    assert local_files(mime_with(QUrl("https://example.org/informe.pdf"))) == []
    mime = mime_with(QUrl.fromLocalFile(str(path)))
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(widget.files_dropped) as dropped:
        widget.dropEvent(event)
    assert dropped.args == [[path]]


def mime_with(url: QUrl) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([url])
    return mime


def test_ctrl_s_saves_at_once(qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal) -> None:
    editor.edit(existing.uuid)
    title = line(editor, "title")
    retype(qtbot, title, "Guardado con Ctrl+S")
    qtbot.keyClick(title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: service.pending == 0, timeout=SAVE_DELAY_MS // 2)
    assert reader(service).proposals.get(existing.uuid).title == "Guardado con Ctrl+S"


def test_a_new_region_type_rescores_the_proposals_total_for_the_list(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal, rubric: Rubric
) -> None:
    """The region type picks the weight profile, so the list's total must follow it, not go blank."""
    from red_desktop.core.domain import Evaluator, RegionType
    from red_desktop.core.scoring import score_levels

    levels = {s.id: (4 if s.criterion_id == "A" else 0) for s in rubric.subcriteria}

    def final_evaluation(store: Store) -> None:
        ana = store.evaluators.add(Evaluator("Rosa Mamani"))
        evaluation = store.evaluations.create(existing.uuid, ana.uuid, rubric)
        for sub_id, level in levels.items():
            store.evaluations.set_score(evaluation.uuid, sub_id, level, "Sustentado", rubric)
        store.evaluations.finalize(evaluation.uuid, rubric)

    done: list[object] = []
    service.submit(final_evaluation, done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    assert reader(service).summaries.get(existing.uuid).total == pytest.approx(45.0)  # marginalized: A weighs 45
    editor.edit(existing.uuid)
    combo = field(editor, "region_type")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(RegionType.DECLINING))
    settled(qtbot, editor, service)
    assert reader(service).proposals.get(existing.uuid).region_type is RegionType.DECLINING
    expected = score_levels(levels, rubric, RegionType.DECLINING).total
    assert reader(service).summaries.get(existing.uuid).total == pytest.approx(expected) == pytest.approx(30.0)


def _saved_elsewhere(qtbot: QtBot, service: StoreService, uuid: str, title: str) -> Proposal:
    """Another save of the same proposal, as a package import would make while the editor has it open."""
    current = reader(service).proposals.get(uuid)
    done: list[Proposal] = []
    service.submit(lambda store: store.proposals.update(replace(current, title=title)), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    return done[0]


@pytest.mark.parametrize("choice", ["reload", "keep"])
def test_a_proposal_saved_elsewhere_meanwhile_is_neither_overwritten_nor_lost(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, existing: Proposal, choice: str
) -> None:
    editor.edit(existing.uuid)
    _saved_elsewhere(qtbot, service, existing.uuid, "Título del comité")
    retype(qtbot, line(editor, "title"), "Título de campo")
    editor.flush()
    qtbot.waitUntil(lambda: editor.conflict_bar.isVisible(), timeout=WAIT_MS)
    assert "while you were editing it" in editor.form.child(QLabel, "conflictLabel").text()
    assert reader(service).proposals.get(existing.uuid).title == "Título del comité"  # not overwritten silently
    button = "reloadButton" if choice == "reload" else "keepMineButton"
    qtbot.mouseClick(editor.form.child(QPushButton, button), Qt.MouseButton.LeftButton)
    settled(qtbot, editor, service)
    got = reader(service).proposals.get(existing.uuid)
    if choice == "reload":
        assert line(editor, "title").text() == got.title == "Título del comité"
        assert got.stamp.revision == 2
    else:
        assert line(editor, "title").text() == got.title == "Título de campo"
        assert got.stamp.revision == 3
    assert not editor.conflict_bar.isVisible() and editor.status.text() == "All changes saved"
