"""Every Designer form in ui/ loads, holds every widget its code looks up, and names its inputs for screen readers."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

import red_desktop.gui
from red_desktop import paths
from red_desktop.gui import ui_loader
from red_desktop.gui.ui_loader import FormError, find, load_form


def form_modules() -> list[ModuleType]:
    """Modules of red_desktop.gui that declare FORM and CHILDREN (read first, so unrelated modules are not imported)."""
    found = []
    for info in pkgutil.walk_packages(red_desktop.gui.__path__, "red_desktop.gui."):
        spec = importlib.util.find_spec(info.name)
        origin = Path(spec.origin) if spec and spec.origin else None
        if origin is None or origin.suffix != ".py":
            continue
        source = origin.read_text(encoding="utf-8")
        if "\nFORM = " in source and "\nCHILDREN" in source:
            found.append(importlib.import_module(info.name))
    return found


FORM_MODULES = form_modules()
UI_FILES = sorted(p.name for p in paths.ui_dir().glob("*.ui"))
INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)


def test_the_editor_forms_are_found() -> None:
    names = {module.FORM for module in FORM_MODULES}
    assert {"proposal_editor.ui", "actor_dialog.ui"} <= names
    assert names <= set(UI_FILES), "a module names a form that is not in ui/"


@pytest.mark.parametrize("name", UI_FILES)
def test_every_form_in_ui_loads(qtbot: QtBot, name: str) -> None:
    form = load_form(name)
    qtbot.addWidget(form)
    assert form.findChildren(QWidget)


@pytest.mark.parametrize("module", FORM_MODULES, ids=lambda m: m.__name__)
def test_every_child_the_code_looks_up_exists(qtbot: QtBot, module: ModuleType) -> None:
    form = load_form(module.FORM)
    qtbot.addWidget(form)
    for cls, object_name in module.CHILDREN:
        assert isinstance(find(form, cls, object_name), cls)


@pytest.mark.parametrize("name", UI_FILES)
def test_every_input_of_a_form_has_an_accessible_name(qtbot: QtBot, name: str) -> None:
    form = load_form(name)
    qtbot.addWidget(form)
    unnamed = [
        widget.objectName()
        for widget in form.findChildren(QWidget)
        if widget.objectName() and not widget.objectName().startswith("qt_") and not _named(widget)
    ]
    assert unnamed == [], f"{name}: give these an accessibleName"


def _named(widget: QWidget) -> bool:
    if isinstance(widget, QAbstractButton):
        return bool(widget.accessibleName() or widget.text())
    if isinstance(widget, INPUTS):
        return bool(widget.accessibleName())
    return True


@pytest.fixture
def ui_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(paths, "ui_dir", lambda: tmp_path)
    return tmp_path


def test_a_missing_form_is_reported_by_name(ui_folder: Path) -> None:
    with pytest.raises(FormError, match=r"The form nowhere\.ui is missing from .*reinstall"):
        load_form("nowhere.ui")


def test_a_malformed_form_is_reported_by_name(ui_folder: Path) -> None:
    (ui_folder / "broken.ui").write_text("<ui version='4.0'><widget class='QWidget'", encoding="utf-8")
    with pytest.raises(FormError, match=r"broken\.ui is not valid XML"):
        load_form("broken.ui")


def test_a_form_naming_an_unregistered_custom_widget_is_refused(ui_folder: Path) -> None:
    (ui_folder / "custom.ui").write_text(
        "<ui version='4.0'><widget class='QWidget' name='Root'><widget class='Gauge' name='gauge'/></widget>"
        "<customwidgets><customwidget><class>Gauge</class><extends>QWidget</extends></customwidget>"
        "</customwidgets></ui>",
        encoding="utf-8",
    )
    with pytest.raises(FormError, match="custom.ui uses custom widgets that are not registered: Gauge"):
        load_form("custom.ui")


def test_a_missing_child_is_reported_with_form_and_name(qtbot: QtBot) -> None:
    form = load_form("actor_dialog.ui")
    qtbot.addWidget(form)
    with pytest.raises(FormError, match="The form ActorForm has no QLineEdit named 'nicknameEdit'"):
        find(form, QLineEdit, "nicknameEdit")


def test_custom_widgets_are_registered_once() -> None:
    from red_desktop.gui.editor.number_edit import NumberEdit

    before = list(ui_loader.CUSTOM_WIDGETS)
    assert ui_loader.register_custom_widget(NumberEdit) is NumberEdit
    assert ui_loader.CUSTOM_WIDGETS == before and NumberEdit in before
