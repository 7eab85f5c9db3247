"""The proposal's scalar fields on the form: load them, read them, and report each user edit once."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from red_desktop.core.domain import Proposal
from red_desktop.gui.editor.field_adapters import FieldAdapter


class FormFields(QObject):
    """Changes made by code (loading, undo) are quiet; every other change is the user's and is reported."""

    edited = Signal(str, object, object, bool)  # field, old raw, new raw, may merge into the previous edit

    def __init__(self, adapters: Mapping[str, FieldAdapter], parent: QObject | None = None):
        super().__init__(parent)
        self._adapters = dict(adapters)
        self._raw = {name: adapter.raw() for name, adapter in self._adapters.items()}
        self._quiet = 0
        self._typing_in: str | None = None  # the field whose consecutive edits merge into one undo step
        for name, adapter in self._adapters.items():
            adapter.changed.connect(lambda *_, name=name: self._on_changed(name))
            if adapter.finished is not None:
                adapter.finished.connect(lambda name=name: self._on_finished(name))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(self._adapters)

    def widget(self, name: str) -> QWidget:
        return self._adapters[name].widget

    def widgets(self) -> dict[str, QWidget]:
        return {name: adapter.widget for name, adapter in self._adapters.items()}

    @contextmanager
    def quietly(self) -> Iterator[None]:
        self._quiet += 1
        try:
            yield
        finally:
            self._quiet -= 1

    def load(self, proposal: Proposal) -> None:
        with self.quietly():
            for name, adapter in self._adapters.items():
                adapter.load(getattr(proposal, name))
        self._raw = {name: adapter.raw() for name, adapter in self._adapters.items()}
        self._typing_in = None

    def load_value(self, name: str, value: Any) -> None:
        """Show one field's stored value, as load does: not an edit."""
        with self.quietly():
            self._adapters[name].load(value)
        self._raw[name] = self._adapters[name].raw()
        if self._typing_in == name:
            self._typing_in = None

    def values(self) -> dict[str, Any]:
        """Each field's value for the Proposal; text that is no number stays text, for validation to report."""
        return {name: adapter.value() for name, adapter in self._adapters.items()}

    def apply_raw(self, name: str, raw: Any) -> None:
        """Show exactly `raw` in the field without reporting it as an edit (undo and redo)."""
        with self.quietly():
            self._adapters[name].set_raw(raw)
        self._raw[name] = self._adapters[name].raw()
        self._typing_in = None

    def end_typing(self) -> None:
        self._typing_in = None

    def _on_changed(self, name: str) -> None:
        if self._quiet:
            return
        new = self._adapters[name].raw()
        old = self._raw[name]
        if new == old:
            return
        self._raw[name] = new
        merge = self._typing_in == name
        self._typing_in = name if self._adapters[name].mergeable else None
        self.edited.emit(name, old, new, merge)

    def _on_finished(self, name: str) -> None:
        if self._typing_in == name:
            self._typing_in = None
