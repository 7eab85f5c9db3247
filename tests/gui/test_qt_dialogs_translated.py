"""Qt's own dialogs speak the interface language: install_translators loads Qt's qtbase catalogue beside ours, so a
file dialog says "Ver en:" in Spanish (qtbase_es's "Look in:"), and a message box's buttons are translated too.

The window opens file dialogs with QFileDialog's static functions and default options: the platform's native
dialog where there is one (translated by the system), Qt's own dialog otherwise (as here, offscreen)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from red_desktop.gui.i18n import install_translators

LOOK_IN = {"en": "&Look in:", "es": "Ver en:", "pt": "Procurar em:"}  # Qt's own catalogues' words
FILES_OF_TYPE = {"en": "Files of &type:", "es": "Ficheros de tipo:", "pt": "Arquivos do tipo:"}
CANCEL = {"en": "Cancel", "es": "Cancelar", "pt": "Cancelar"}


@pytest.fixture(params=["en", "es", "pt"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    qt_app = qapp
    translators = install_translators(qt_app, request.param)
    try:
        yield request.param
    finally:
        for translator in translators:
            qt_app.removeTranslator(translator)


def test_qts_catalogue_is_loaded_for_each_language(language: str, qapp: QApplication) -> None:
    qt_app = qapp
    translators = install_translators(qt_app, language)
    try:
        files = sorted(t.filePath().replace("\\", "/").rsplit("/", 1)[-1] for t in translators if t.filePath())
        expected = {
            "en": [],
            "es": ["qtbase_es.qm", "red_desktop_es.qm"],
            "pt": ["qtbase_pt_BR.qm", "red_desktop_pt.qm"],
        }
        assert files == expected[language]
    finally:
        for translator in translators:
            qt_app.removeTranslator(translator)


def test_the_file_dialog_speaks_the_interface_language(qtbot: QtBot, language: str) -> None:
    dialog = QFileDialog(None, "RED Desktop")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what the window gets wherever no native dialog exists
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert LOOK_IN[language] in labels and FILES_OF_TYPE[language] in labels, labels
    if language != "en":
        assert not {"&Look in:", "Files of &type:"} & labels
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == CANCEL[language]


def test_a_message_boxs_buttons_speak_the_interface_language(qtbot: QtBot, language: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "RED Desktop", "?", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == CANCEL[language]
