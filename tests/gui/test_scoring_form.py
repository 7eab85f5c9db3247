"""The scoring form, driven as an evaluator would, checked against what the store holds and the core computes."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from red_desktop import paths
from red_desktop.core.domain import Evaluation, EvaluationState, Evaluator, Proposal
from red_desktop.core.rubric import Rubric, parse_rubric
from red_desktop.core.scoring import score_levels
from red_desktop.core.store import Store
from red_desktop.gui.scoring import ScoringForm, scoring_form
from red_desktop.gui.scoring.operations import EvaluationKey
from red_desktop.gui.store_service import StoreService
from tests.factories import proposal

WAIT_MS = 10_000


@dataclass
class Scene:
    path: Path
    proposal: Proposal
    other: Proposal
    evaluator: Evaluator


@pytest.fixture
def scene(tmp_path: Path) -> Scene:
    path = tmp_path / "store.sqlite"
    with Store.open(path, user="Ana Quispe") as store:
        first = store.proposals.add(proposal())
        other = store.proposals.add(proposal("RED-PE-2026-002", requested_amount=0.0, region_type=None))
        evaluator = store.evaluators.add(Evaluator("Ana Quispe"))
    return Scene(path, first, other, evaluator)


@pytest.fixture
def service(qtbot: QtBot, scene: Scene) -> Iterator[StoreService]:
    opened = StoreService(scene.path, "Ana Quispe")
    assert opened.open() == ""
    qtbot.waitUntil(lambda: opened.pending == 0)  # the quick check that follows opening: tests count their own work
    yield opened
    opened.close()


FormFactory = Callable[..., ScoringForm]


@pytest.fixture
def make_form(qtbot: QtBot, service: StoreService, scene: Scene, rubric: Rubric) -> Iterator[FormFactory]:
    forms: list[ScoringForm] = []

    def make(language: str = "en", with_rubric: Rubric | None = None, of: Proposal | None = None) -> ScoringForm:
        form = ScoringForm(service, with_rubric or rubric, language)
        qtbot.addWidget(form)
        form.resize(1366, 768)
        form.show()
        qtbot.waitExposed(form)
        form.show_evaluation((of or scene.proposal).uuid, scene.evaluator.uuid)
        forms.append(form)
        return form

    yield make
    for form in forms:  # flush and finish the saves before the service closes
        form.close()
    qtbot.waitUntil(lambda: service.pending == 0, timeout=WAIT_MS)


def saved(qtbot: QtBot, service: StoreService) -> None:
    qtbot.waitUntil(lambda: service.pending == 0, timeout=WAIT_MS)


def stored(service: StoreService, scene: Scene, rubric: Rubric, of: Proposal | None = None) -> Evaluation:
    assert service.reader is not None
    found = EvaluationKey((of or scene.proposal).uuid, scene.evaluator.uuid, rubric).find(service.reader)
    assert found is not None
    return found


def click_level(qtbot: QtBot, form: ScoringForm, sub_id: str, level: int) -> None:
    qtbot.mouseClick(form.rows[sub_id].selector.buttons[level], Qt.MouseButton.LeftButton)


def plain(rich: str) -> str:
    return re.sub(r"<[^>]+>", "", rich)


def shown_total(form: ScoringForm) -> str:
    return form.summary.total_label.text()


def test_clicked_levels_are_saved_and_the_total_is_the_cores(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, scene: Scene, rubric: Rubric
) -> None:
    form = make_form()
    assert form.summary.state_label.text() == "Draft" and form.summary.partial_label.isVisibleTo(form)
    click_level(qtbot, form, "A1", 2)
    click_level(qtbot, form, "B1", 3)  # before the first save (which creates the evaluation) has returned
    expected = score_levels({"A1": 2, "B1": 3}, rubric, scene.proposal.region_type)
    assert shown_total(form) == f"Total {expected.total:.1f} / 100"  # live, not waiting for the store
    saved(qtbot, service)
    evaluation = stored(service, scene, rubric)
    assert evaluation.levels() == {"A1": 2, "B1": 3}
    assert score_levels(evaluation.levels(), rubric, scene.proposal.region_type).total == expected.total
    assert service.reader is not None and len(service.reader.evaluations.for_proposal(scene.proposal.uuid)) == 1
    assert "partial: 11 of 13" in form.summary.partial_label.text()
    a_score = expected.criteria["A"]
    assert plain(form.groups[0].score_label.text()) == f"score {a_score:.2f} / 4 · weight 45 · partial"


def test_digits_on_a_focused_row_set_the_level_and_tab_moves_on(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, scene: Scene, rubric: Rubric
) -> None:
    form = make_form()
    form.activateWindow()
    row = form.rows["A2"]
    row.setFocus()
    qtbot.waitUntil(lambda: row.selector.hasFocus(), timeout=WAIT_MS)
    qtbot.keyClick(row, Qt.Key.Key_3)
    qtbot.keyClick(row.selector, Qt.Key.Key_9)  # not a level of the scale: ignored
    assert row.level == 3
    qtbot.keyClick(row.selector, Qt.Key.Key_Right)
    assert row.level == 4
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is row.justification_edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # the editor passes Tab on instead of typing it
    assert QApplication.focusWidget() is form.rows["A3"].selector
    assert row.justification() == ""
    saved(qtbot, service)
    assert stored(service, scene, rubric).levels() == {"A2": 4}


def test_a_justification_is_saved_after_a_pause_and_flushed_when_the_proposal_changes(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, scene: Scene, rubric: Rubric
) -> None:
    form = make_form()
    row = form.rows["A1"]
    assert not row.justification_edit.isEnabled()  # a justification justifies a level: choose it first
    click_level(qtbot, form, "A1", 0)
    assert row.required_label.isVisibleTo(form)
    assert "required for level 0 (absent)" in row.required_label.text()
    qtbot.keyClicks(row.justification_edit, "Sin datos")
    assert not row.required_label.isVisibleTo(form)
    qtbot.waitUntil(lambda: stored(service, scene, rubric).scores[0].justification == "Sin datos", timeout=WAIT_MS)
    qtbot.keyClicks(row.justification_edit, " del territorio")
    form.show_evaluation(scene.other.uuid, scene.evaluator.uuid)  # at once, well inside the typing pause
    saved(qtbot, service)
    assert stored(service, scene, rubric).scores[0].justification == "Sin datos del territorio"
    assert row.level is None and row.justification() == ""  # the other proposal has no evaluation yet


def test_hiding_the_form_saves_the_words_still_waiting(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, scene: Scene, rubric: Rubric
) -> None:
    form = make_form()
    click_level(qtbot, form, "C2", 3)
    qtbot.keyClicks(form.rows["C2"].justification_edit, "Ruta clara hacia la politica provincial")
    form.hide()
    saved(qtbot, service)
    assert stored(service, scene, rubric).scores[0].justification == "Ruta clara hacia la politica provincial"


def test_a_stored_evaluation_fills_the_form(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, scene: Scene, rubric: Rubric
) -> None:
    first = make_form()
    click_level(qtbot, first, "B2", 4)
    qtbot.keyClicks(first.rows["B2"].justification_edit, "Convenios firmados")
    first.flush()
    saved(qtbot, service)
    second = make_form()
    assert second.rows["B2"].level == 4 and second.rows["B2"].justification() == "Convenios firmados"
    assert second.rows["A1"].level is None


def test_coming_back_before_the_saves_land_shows_the_newest_values(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, scene: Scene, rubric: Rubric
) -> None:
    form = make_form()
    release = threading.Event()
    service.submit(lambda store: release.wait(WAIT_MS / 1000))  # a long operation (an import) holds the writer
    click_level(qtbot, form, "C1", 4)
    form.show_evaluation(scene.other.uuid, scene.evaluator.uuid)
    form.show_evaluation(scene.proposal.uuid, scene.evaluator.uuid)
    assert form.rows["C1"].level == 4 and "partial: 12 of 13" in form.summary.partial_label.text()
    assert form.summary.save_label.text() == "Saving…"
    release.set()
    saved(qtbot, service)
    assert form.summary.save_label.text() == "All changes saved"
    assert stored(service, scene, rubric).levels() == {"C1": 4}


def test_mark_final_with_missing_items_lists_every_one_and_writes_nothing(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, scene: Scene, rubric: Rubric
) -> None:
    form = make_form()
    click_level(qtbot, form, "A1", 0)  # level 0 without the justification it needs
    click_level(qtbot, form, "A2", 2)
    saved(qtbot, service)
    assert service.reader is not None
    audit_before = service.reader.audit.count()
    qtbot.mouseClick(form.summary.mark_final_button, Qt.MouseButton.LeftButton)
    assert service.pending == 0  # refused before anything was submitted
    message = form.banner.text()
    assert form.banner.isVisibleTo(form) and "Not final yet" in message
    assert "A1 Region definition: level 0 needs a justification" in message
    for sub in rubric.subcriteria[2:]:
        assert f"{sub.id} {sub.name.get_text('en')}: choose a level" in message
    assert "A2 Actor map" not in message
    assert form.rows["A1"].property("flagged") and not form.rows["A2"].property("flagged")
    assert stored(service, scene, rubric).state is EvaluationState.DRAFT
    assert service.reader.audit.count() == audit_before


def complete(qtbot: QtBot, form: ScoringForm, rubric: Rubric) -> None:
    for sub in rubric.subcriteria:
        click_level(qtbot, form, sub.id, 4 if sub.id == "A1" else 2)
    qtbot.keyClicks(form.rows["A1"].justification_edit, "Mapa y datos censales 2024")
    form.flush()


def test_mark_final_locks_the_form_and_reopen_needs_a_reason_that_is_audited(
    qtbot: QtBot,
    make_form: FormFactory,
    service: StoreService,
    scene: Scene,
    rubric: Rubric,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form = make_form()
    complete(qtbot, form, rubric)
    asked: list[tuple[str, str, list[str]]] = []
    monkeypatch.setattr(scoring_form, "confirm_final", lambda parent, *shown: asked.append(shown) or True)
    qtbot.mouseClick(form.summary.mark_final_button, Qt.MouseButton.LeftButton)
    saved(qtbot, service)
    evaluation = stored(service, scene, rubric)
    assert len(asked) == 1 and asked[0][0] == "RED-PE-2026-001"
    assert evaluation.state is EvaluationState.FINAL
    assert form.summary.state_label.text() == "Final · locked" and form.summary.reopen_button.isVisibleTo(form)
    assert not form.summary.mark_final_button.isVisibleTo(form)
    assert not form.summary.partial_label.isVisibleTo(form)
    total = score_levels(evaluation.levels(), rubric, scene.proposal.region_type).total
    assert shown_total(form) == f"Total {total:.1f} / 100"

    click_level(qtbot, form, "B1", 4)  # locked: nothing changes, nothing is sent
    qtbot.keyClicks(form.rows["B1"].justification_edit, "no")
    assert form.rows["B1"].level == 2 and form.rows["B1"].justification() == ""
    assert form.rows["B1"].justification_edit.isReadOnly() and service.pending == 0

    answers = iter([("   ", True), ("Nueva evidencia del municipio", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(answers))
    qtbot.mouseClick(form.summary.reopen_button, Qt.MouseButton.LeftButton)
    assert "a reason is required" in form.banner.text() and service.pending == 0
    assert stored(service, scene, rubric).state is EvaluationState.FINAL

    qtbot.mouseClick(form.summary.reopen_button, Qt.MouseButton.LeftButton)
    saved(qtbot, service)
    assert stored(service, scene, rubric).state is EvaluationState.DRAFT
    assert service.reader is not None
    last = [e for e in service.reader.audit.entries(evaluation.uuid) if e.action == "state"][-1]
    assert (last.old_value, last.new_value, last.reason) == ("final", "draft", "Nueva evidencia del municipio")
    assert last.actor == "Ana Quispe"
    assert not form.rows["B1"].justification_edit.isReadOnly() and form.summary.state_label.text() == "Draft"


def test_hovering_and_choosing_show_the_descriptor_in_spanish(
    qtbot: QtBot, make_form: FormFactory, rubric: Rubric
) -> None:
    form = make_form("es")
    row = form.rows["A1"]
    a1 = rubric.subcriterion("A1")
    assert "Delimitación de la región" in row.title_label.text()
    assert row.selector.buttons[2].toolTip() == "2 · parcial"
    button = row.selector.buttons[4]
    QApplication.sendEvent(button, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(button.mapToGlobal(QPoint(5, 5)))))
    assert a1.descriptors[4].get_text("es")[:60] in row.descriptor_label.text()
    assert "4 · excelente" in row.descriptor_label.text()
    QApplication.sendEvent(button, QEvent(QEvent.Type.Leave))
    assert "excelente" not in row.descriptor_label.text()
    click_level(qtbot, form, "A1", 2)
    assert "2 · parcial" in row.descriptor_label.text()
    assert a1.descriptors[2].get_text("es")[:60] in row.descriptor_label.text()
    total = score_levels({"A1": 2}, rubric, "marginalized").total
    assert shown_total(form) == f"Total {total:.1f} / 100".replace(".", ",")  # as the interface language writes it


def test_the_suggestion_of_b1_at_leverage_0_83_is_3_and_none_without_a_request(
    make_form: FormFactory, scene: Scene
) -> None:
    form = make_form()
    assert form.rows["B1"].suggestion_label.text() == "Co-funding leverage 0.83 → suggests 3"
    assert form.rows["A2"].suggestion_label.text() == "Actor-type coverage 0.60 → suggests 2"
    assert form.rows["B1"].selector.buttons[3].property("suggested") is True
    assert not form.rows["A1"].suggestion_label.isVisibleTo(form)
    assert "Region type: marginalized" in form.header.details_label.text()
    assert "A 45 · B 25 · C 30 (marginalized profile)" in form.header.details_label.text()
    form.show_evaluation(scene.other.uuid, scene.evaluator.uuid)
    assert form.rows["B1"].suggestion_label.text() == "no requested amount → no suggestion"
    assert "Region type: not set" in form.header.details_label.text()
    assert "A 35 · B 35 · C 30 (default profile)" in form.header.details_label.text()


def test_another_rubric_gives_another_form(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, scene: Scene
) -> None:
    data = json.loads(paths.default_rubric_path().read_text(encoding="utf-8"))
    data["version"] = "2026.2-test"
    criteria = {c["id"]: c for c in data["criteria"]}
    criteria["A"]["subcriteria"] = [s for s in criteria["A"]["subcriteria"] if s["id"] != "A5"]
    added = json.loads(json.dumps(criteria["C"]["subcriteria"][-1]))
    added["id"] = "C5"
    added["name"] = {"en": "Gender inclusion", "es": "Inclusión de género", "pt": "Inclusão de gênero"}
    criteria["C"]["subcriteria"].append(added)
    other = parse_rubric(data, "modified copy")

    form = make_form(with_rubric=other)
    assert list(form.rows) == [s.id for s in other.subcriteria]
    assert "A5" not in form.rows and "Gender inclusion" in form.rows["C5"].title_label.text()
    assert [len(g.rows) for g in form.groups] == [4, 4, 5]
    click_level(qtbot, form, "C5", 3)
    saved(qtbot, service)
    evaluation = stored(service, scene, other)
    assert (evaluation.rubric_version, evaluation.levels()) == ("2026.2-test", {"C5": 3})
    expected = score_levels({"C5": 3}, other, scene.proposal.region_type)
    assert shown_total(form) == f"Total {expected.total:.1f} / 100"


def test_a_refused_save_is_shown_as_a_message_and_the_form_shows_the_store_again(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, scene: Scene, rubric: Rubric
) -> None:
    form = make_form()
    click_level(qtbot, form, "A3", 1)
    saved(qtbot, service)
    form.rows["A3"].justification_edit.setPlainText("x" * 10_001)  # a paste beyond the store's limit
    form.flush()
    qtbot.waitUntil(lambda: form.banner.isVisibleTo(form), timeout=WAIT_MS)
    saved(qtbot, service)
    assert form.banner.severity == "error"
    assert "Not saved (RED-PE-2026-001)" in form.banner.text() and "at most 10,000 characters" in form.banner.text()
    assert "Traceback" not in form.banner.text()
    qtbot.waitUntil(lambda: form.rows["A3"].justification() == "", timeout=WAIT_MS)  # what the store holds
    assert stored(service, scene, rubric).scores[0].justification == ""


def test_an_unknown_proposal_is_reported_in_the_form(make_form: FormFactory, scene: Scene) -> None:
    form = make_form()
    form.show_evaluation("no-such-proposal", scene.evaluator.uuid)
    assert "not saved yet" in form.banner.text()
    assert not form.body.isEnabled()


def test_every_widget_has_an_accessible_name(make_form: FormFactory) -> None:
    form = make_form()
    interactive = [w for w in form.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    unnamed = [type(w).__name__ for w in interactive if not w.accessibleName()]
    assert unnamed == []


def button_positions(form: ScoringForm) -> dict[tuple[str, int], QPoint]:
    """Where every level button is on the screen once the layout has settled: what the next click hits."""

    def now() -> dict[tuple[str, int], QPoint]:
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        return {
            (sub_id, level): button.mapToGlobal(QPoint(0, 0))
            for sub_id, row in form.rows.items()
            for level, button in row.selector.buttons.items()
        }

    previous, current = {}, now()
    for _ in range(10):  # wrapped labels take a pass or two to find their heights
        if current == previous:
            break
        previous, current = current, now()
    return current


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("width", [640, 1024])  # 640: the form beside the list in a 1024-pixel window
def test_the_required_message_coming_and_going_moves_no_level_button(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, language: str, width: int
) -> None:
    form = make_form(language)
    form.resize(width, 700)
    qtbot.waitUntil(lambda: form.rows["A1"].descriptor_label.minimumHeight() > 0, timeout=WAIT_MS)
    before = button_positions(form)
    click_level(qtbot, form, "A1", 0)  # level 0 needs a justification: the message appears
    row = form.rows["A1"]
    qtbot.waitUntil(lambda: row.required_label.isVisibleTo(form), timeout=WAIT_MS)
    assert button_positions(form) == before
    qtbot.keyClicks(row.justification_edit, "Sin datos censales")  # the message goes
    qtbot.waitUntil(lambda: not row.required_label.isVisibleTo(form), timeout=WAIT_MS)
    assert button_positions(form) == before
    form.flush()
    saved(qtbot, service)
    assert button_positions(form) == before


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("width", [640, 1024])
def test_the_partial_label_and_the_banner_move_no_level_button(
    qtbot: QtBot,
    make_form: FormFactory,
    service: StoreService,
    rubric: Rubric,
    language: str,
    width: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scoring_form, "confirm_final", lambda *args: False)
    form = make_form(language)
    form.resize(width, 700)
    qtbot.waitUntil(lambda: form.rows["A1"].descriptor_label.minimumHeight() > 0, timeout=WAIT_MS)
    before = button_positions(form)
    qtbot.mouseClick(form.summary.mark_final_button, Qt.MouseButton.LeftButton)  # refused: a long list
    qtbot.waitUntil(lambda: form.banner.isVisibleTo(form), timeout=WAIT_MS)
    form.scroll_area.verticalScrollBar().setValue(0)  # the refusal went to the first missing row: come back
    assert button_positions(form) == before
    qtbot.mouseClick(form.banner.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.banner.isVisibleTo(form), timeout=WAIT_MS)
    assert button_positions(form) == before
    for sub in rubric.subcriteria:
        click_level(qtbot, form, sub.id, 2)
    qtbot.waitUntil(lambda: not form.summary.partial_label.isVisibleTo(form), timeout=WAIT_MS)
    saved(qtbot, service)
    form.scroll_area.verticalScrollBar().setValue(0)
    assert button_positions(form) == before


def answer_when_asked(qtbot: QtBot, answer: Callable[[QMessageBox], None]) -> list[QMessageBox]:
    """Answer the next modal question with the real dialog's own buttons, once it is up (exec blocks the test)."""
    seen: list[QMessageBox] = []
    tries = iter(range(500))  # ten seconds at most, then the test's own assertions say what went wrong

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is not None:
                QTimer.singleShot(20, attempt)
            return
        seen.append(box)
        answer(box)

    QTimer.singleShot(0, attempt)
    return seen


def test_mark_final_asks_once_showing_the_total_and_every_level_and_enter_cancels(
    qtbot: QtBot, make_form: FormFactory, service: StoreService, scene: Scene, rubric: Rubric
) -> None:
    form = make_form()
    complete(qtbot, form, rubric)
    saved(qtbot, service)
    seen = answer_when_asked(qtbot, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    qtbot.mouseClick(form.summary.mark_final_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1  # exec has returned: the dialog was up and was answered
    question = seen[0]
    total = score_levels(stored(service, scene, rubric).levels(), rubric, scene.proposal.region_type).total
    assert f"RED-PE-2026-001 final? Total {total:.1f} / 100" in question.text()
    assert question.defaultButton().text() == "Cancel"
    assert "A1 Region definition: 4 · excellent" in question.informativeText()
    for sub in rubric.subcriteria:
        assert f"{sub.id} {sub.name.get_text('en')}: " in question.informativeText()
    assert service.pending == 0 and stored(service, scene, rubric).state is EvaluationState.DRAFT  # Enter: Cancel
    assert form.summary.state_label.text() == "Draft"

    seen = answer_when_asked(qtbot, lambda box: qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton))
    qtbot.mouseClick(form.summary.mark_final_button, Qt.MouseButton.LeftButton)
    assert [b.text() for b in seen[0].buttons()][0] == "&Mark final"
    saved(qtbot, service)
    assert stored(service, scene, rubric).state is EvaluationState.FINAL
    assert form.summary.state_label.text() == "Final · locked"


def test_a_save_landing_after_the_form_is_gone_is_stored_and_dropped_quietly(
    qtbot: QtBot, service: StoreService, scene: Scene, rubric: Rubric
) -> None:
    """The window closed while a level's save was on its way: the save completes, and its answer, which has no
    form left to show it, raises nothing in the event loop."""
    form = ScoringForm(service, rubric, "en")
    form.show()
    form.show_evaluation(scene.proposal.uuid, scene.evaluator.uuid)
    click_level(qtbot, form, "A1", 2)
    assert service.pending == 1
    shiboken6.delete(form)
    saved(qtbot, service)
    assert stored(service, scene, rubric).levels()["A1"] == 2
