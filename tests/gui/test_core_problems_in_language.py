"""Issue 18: the editor says the core's problems in the interface language, not in the core's English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from red_desktop.core import messages
from red_desktop.core.domain import Proposal
from red_desktop.gui.editor import ProposalEditor
from red_desktop.gui.editor.actor_dialog import ActorDialog
from red_desktop.gui.store_service import StoreService
from tests.factories import proposal
from tests.gui.people import type_in
from tests.gui.test_proposal_editor import line, problem_label, retype, shown, stored


@pytest.fixture(
    params=[
        ("es", "Es obligatorio", "Tiene 301 caracteres; el límite es 300"),
        ("pt", "É obrigatório", "Tem 301 caracteres; o limite é 300"),
    ]
)
def language(request: pytest.FixtureRequest) -> Iterator[tuple[str, str, str]]:
    """The core speaks the language for one test, as the window sets it (gui/app.py); English afterwards."""
    messages.set_language(request.param[0])
    try:
        yield request.param
    finally:
        messages.set_language("en")


def test_the_editor_says_a_title_problem_in_the_interface_language(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, language: tuple[str, str, str]
) -> None:
    _, required, too_long = language
    existing: Proposal = stored(qtbot, service, proposal())
    editor.edit(existing.uuid)
    retype(qtbot, line(editor, "title"), "")
    label = problem_label(editor, "title")
    assert shown(label) and label.text() == required
    retype(qtbot, line(editor, "title"), "x" * 301)
    assert shown(label) and label.text() == too_long


def test_the_actor_dialog_says_a_missing_name_in_the_interface_language(
    qtbot: QtBot, language: tuple[str, str, str]
) -> None:
    dialog = ActorDialog(None)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.accept()
    name_problem = dialog.findChild(QLabel, "nameEditProblem")
    assert name_problem is not None and name_problem.text() == language[1]
    type_in(qtbot, dialog.name_edit, "Asociación")
    assert dialog.isVisible()
