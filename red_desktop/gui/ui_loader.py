"""Loads the Qt Designer forms in ui/ at run time, with the project's custom widgets registered."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from red_desktop import paths
from red_desktop.core.errors import RedDesktopError

W = TypeVar("W", bound=QWidget)

# Every custom widget class a form may name; QUiLoader builds them by class name.
CUSTOM_WIDGETS: list[type[QWidget]] = []


class FormError(RedDesktopError):
    """A form file that is missing, malformed or lacks a widget the code needs: a broken installation."""


def register_custom_widget(cls: type[W]) -> type[W]:
    """Let forms use `cls` by its class name; usable as a class decorator."""
    if cls not in CUSTOM_WIDGETS:
        CUSTOM_WIDGETS.append(cls)
    return cls


def form_path(name: str) -> Path:
    return paths.ui_dir() / name


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Build the widget tree of ui/<name>; a missing or invalid file raises FormError naming it."""
    path = form_path(name)
    if not path.is_file():
        raise FormError(f"The form {name} is missing from {path.parent}; reinstall RED Desktop")
    _check_custom_widgets(path)
    loader = QUiLoader()
    for cls in CUSTOM_WIDGETS:
        loader.registerCustomWidget(cls)
    device = QFile(str(path))
    if not device.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"The form {path} cannot be read: {device.errorString()}")
    try:
        widget = loader.load(device, parent)
    except RuntimeError:
        widget = None
    finally:
        device.close()
    if widget is None:
        raise FormError(f"The form {path} is not valid: {loader.errorString() or 'it could not be built'}")
    return widget


def _check_custom_widgets(path: Path) -> None:
    try:
        tree = ElementTree.parse(path)
    except ElementTree.ParseError as exc:
        raise FormError(f"The form {path} is not valid XML ({exc})") from None
    known = {cls.__name__ for cls in CUSTOM_WIDGETS}
    used = {element.text for element in tree.iterfind("./customwidgets/customwidget/class")}
    missing = sorted(name for name in used if name and name not in known)
    if missing:
        raise FormError(f"The form {path.name} uses custom widgets that are not registered: {', '.join(missing)}")


def find(form: QWidget, cls: type[W], object_name: str) -> W:
    """The child of `form` named object_name, of class cls; FormError naming both if it is not there."""
    child = form.findChild(cls, object_name)
    if child is None:
        raise FormError(
            f"The form {form.objectName() or type(form).__name__} has no {cls.__name__} named {object_name!r}; "
            "the .ui file and the code disagree"
        )
    return child
