"""The Spanish and Portuguese catalogues: complete, faithful to the source's placeholders and mnemonics, compiled."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QStatusBar, QWidget

from red_desktop import paths
from red_desktop.core.domain import ProposalStatus
from red_desktop.core.enum_labels import enum_label
from red_desktop.core.messages import languages, set_language
from red_desktop.gui.editor.labels import field_labels
from red_desktop.gui.i18n import install_translators
from red_desktop.gui.menus import Menus
from red_desktop.gui.proposals.list_model import ProposalListModel
from red_desktop.gui.shortcuts_dialog import ShortcutsDialog
from red_desktop.gui.status_bar import StatusParts

LANGUAGES = languages()[1:]  # every language with a catalogue: it must have both, complete
# Qt's %1..%9 and %n, and the {0} / {name} fields the code fills with str.format.
PLACEHOLDER = re.compile(r"%[1-9n]|\{\w*\}")


GUI = Path(__file__).resolve().parents[2] / "red_desktop" / "gui"
# The calls lupdate reads: a method tr("text") and these functions with a literal context and text.
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def messages(language: str) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of the language's .ts file."""
    root = ET.parse(translations_dir() / f"red_desktop_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{language} {name!r}: {message.findtext('source')!r} has no <translation>"
            yield name, message.findtext("source") or "", translation


def texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a numerus message."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def mnemonics(text: str) -> int:
    """Single '&' marking an accelerator; '&&' is a literal ampersand."""
    return text.replace("&&", "").count("&")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    found = list(messages(language))
    assert found, f"no messages in the {language} catalogue"
    unfinished = [
        (context, source)
        for context, source, translation in found
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts(translation))
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    wrong = [
        (context, source, text)
        for context, source, translation in messages(language)
        for text in texts(translation)
        if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source))
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_mnemonics_are_kept(language: str) -> None:
    wrong = [
        (context, source, text)
        for context, source, translation in messages(language)
        for text in texts(translation)
        if mnemonics(text) != mnemonics(source) or text.count("&&") != source.count("&&")
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_present(language: str) -> None:
    compiled = translations_dir() / f"red_desktop_{language}.qm"
    assert compiled.is_file(), f"{compiled} is missing: run pyside6-lrelease on the .ts files"
    assert compiled.stat().st_size > 0


def test_spanish_catalogue_translates_at_run_time(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load("red_desktop_es", str(translations_dir()))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Proposals") == "Propuestas"
        assert QCoreApplication.translate("ScoreSummaryWidget", "Draft") == "Borrador"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Proposals") == "Proposals"


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[QApplication]:
    """The window's Spanish catalogue installed and the core speaking Spanish (the enums' labels are the core's) for
    one test, both undone afterwards."""
    translator = QTranslator()
    assert translator.load("red_desktop_es", str(translations_dir()))
    qapp.installTranslator(translator)
    set_language("es")
    try:
        yield qapp
    finally:
        qapp.removeTranslator(translator)
        set_language("en")


def test_menus_status_bar_and_shortcuts_are_translated(spanish: QApplication) -> None:
    window = QMainWindow()
    try:
        handlers = dict.fromkeys(
            (
                "new_proposal",
                "new_store",
                "open_store",
                "backup",
                "restore",
                "import",
                "export",
                "print_own",
                "print_committee",
                "preferences",
                "declare_interest",
                "refresh",
                "shortcuts",
                "about",
            ),
            lambda: None,
        )
        menus = Menus(window, {**handlers, "show_page": lambda: None, "exchange": lambda: None}, ["Propuestas"])
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles == ["&Archivo", "&Editar", "&Ver", "&Intercambio", "A&yuda"]
        assert menus.exchange_import.text() == "&Importar paquete…"
        assert menus.quit.text() == "&Salir"
        assert menus.import_.text() == "&Importar…" and menus.export.text() == "&Exportar…"

        status = StatusParts(QStatusBar(window), window)
        status.show_counts(1, 3)
        assert status.counts.text() == "1 propuesta · 3 evaluaciones"
        status.show_evaluator("Ana", "field_evaluator")
        assert status.evaluator.text() == "Evaluador: Ana (evaluador de campo)"
        assert status.store.accessibleName() == "Base de datos"

        dialog = ShortcutsDialog(menus.all_actions(), window)
        names = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]
        assert "Formulario de puntaje: Campo siguiente / anterior" in names
    finally:
        window.deleteLater()


def test_list_headers_and_editor_labels_are_translated(spanish: QApplication) -> None:
    model = ProposalListModel(lambda ids: [], lambda: [])
    header = model.headerData(model.column_of("code"), Qt.Orientation.Horizontal)
    assert header == "Código"
    assert model.headerData(model.column_of("requested_amount"), Qt.Orientation.Horizontal) == "Solicitado (USD)"
    assert field_labels()["requested_amount"] == "Monto solicitado"
    assert enum_label(ProposalStatus.DRAFT) == "Borrador"
    assert enum_label(None) == "Sin definir"


def test_english_is_back_once_the_catalogue_is_removed(qapp: QApplication) -> None:
    model = ProposalListModel(lambda ids: [], lambda: [])
    assert model.headerData(model.column_of("code"), Qt.Orientation.Horizontal) == "Code"
    assert field_labels()["requested_amount"] == "Requested amount"
    parent = QWidget()
    status = StatusParts(QStatusBar(parent), parent)
    status.show_counts(1, 1)
    assert status.counts.text() == "1 proposal · 1 evaluation"
    status.show_counts(10_000, 2)
    assert status.counts.text() == "10,000 proposals · 2 evaluations"


def gui_sources() -> list[Path]:
    found = sorted(GUI.rglob("*.py"))
    assert found, f"no Python files under {GUI}"
    return found


def called_name(call: ast.Call) -> str:
    function = call.func
    return function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")


def test_no_text_is_formatted_before_translation_nor_tr_aliased() -> None:
    """tr(f"...") looks up a text no catalogue holds; tr = window.tr or self._tr = parent.tr hide texts from lupdate."""
    wrong = []
    for path in gui_sources():
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(GUI)
        wrong += [f"{where}: {match.group(0)}" for match in re.finditer(r"\btr\(\s*[fF][\"']", source)]
        wrong += [f"{where}: {match.group(0)}" for match in re.finditer(r"(?<![\w.])_*tr\s*=(?!=)", source)]
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and called_name(node) in TRANSLATING:
                wrong += [f"{where}:{node.lineno}: f-string" for arg in node.args if isinstance(arg, ast.JoinedStr)]
            if isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(node.value, ast.Attribute):
                if node.value.attr == "tr":
                    wrong += [f"{where}:{node.lineno}: alias of {ast.unparse(node.value)}"]
    assert wrong == []


def runtime_keys() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, text) of every literal translatable text under red_desktop/gui, as the run-time lookup sees it:
    self.tr in class C looks in context C; translate and QT_TRANSLATE_NOOP name theirs. Other tr calls are wrong."""
    keys: set[tuple[str, str]] = set()
    wrong: list[str] = []

    def literal(node: ast.expr) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    def visit(node: ast.AST, where: str, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call) and child.args and called_name(child) in TRANSLATING:
                name, first = called_name(child), literal(child.args[0])
                if name == "tr":
                    owner = child.func.value if isinstance(child.func, ast.Attribute) else None
                    if not (isinstance(owner, ast.Name) and owner.id == "self" and cls):
                        wrong.append(f"{where}:{child.lineno}: {ast.unparse(child)}")
                    elif first is not None:
                        keys.add((cls, first))
                elif name == "QT_TR_NOOP":
                    wrong.append(f"{where}:{child.lineno}: QT_TR_NOOP needs a class context: use QT_TRANSLATE_NOOP")
                elif len(child.args) >= 2 and first is not None and literal(child.args[1]) is not None:
                    keys.add((first, literal(child.args[1]) or ""))
                elif first is None and len(child.args) >= 2 and literal(child.args[1]) is not None:
                    wrong.append(f"{where}:{child.lineno}: context is no literal: {ast.unparse(child)}")
            visit(child, where, child.name if isinstance(child, ast.ClassDef) else cls)

    for path in gui_sources():
        visit(ast.parse(path.read_text(encoding="utf-8")), str(path.relative_to(GUI)), None)
    return keys, wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_catalogued_under_its_run_time_context(language: str) -> None:
    keys, wrong = runtime_keys()
    assert wrong == []
    catalogued = {(context, source) for context, source, _translation in messages(language)}
    assert sorted(keys - catalogued) == []


@pytest.mark.parametrize(("language", "cancel"), [("es", "Cancelar"), ("pt", "Cancelar")])
def test_qts_own_buttons_speak_the_language(qapp: QApplication, language: str, cancel: str) -> None:
    """Qt ships qtbase_pt_BR, not qtbase_pt: the Portuguese window's standard buttons said "Cancel"."""
    translators = install_translators(qapp, language)
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == cancel
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
