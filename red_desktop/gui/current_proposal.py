"""The one proposal the user is working on, shared by every view: selecting it anywhere selects it everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

LeaveGuard = Callable[[str], bool]  # asked before the current proposal changes to the uuid given; False keeps it


class CurrentProposal(QObject):
    """Views announce a choice with request(); they follow `changed`. Editors with unsaved work register a
    guard that may refuse to leave it (after asking the user), so the views go back to the one being edited."""

    changed = Signal(str)  # the uuid now current ("" for none)
    kept = Signal(str)  # a request was refused by a guard: the uuid that stays current

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._uuid = ""
        self._guards: list[LeaveGuard] = []

    @property
    def uuid(self) -> str:
        return self._uuid

    def add_guard(self, guard: LeaveGuard) -> None:
        self._guards.append(guard)

    def request(self, uuid: str) -> bool:
        """The user chose `uuid` in some view: it becomes current unless a guard keeps the current one."""
        if uuid == self._uuid:
            return True
        if not all(guard(uuid) for guard in self._guards):
            self.kept.emit(self._uuid)
            return False
        self.set(uuid)
        return True

    def set(self, uuid: str) -> None:
        """Make `uuid` current without asking (the editor started a new proposal, an import selected one)."""
        if uuid == self._uuid:
            return
        self._uuid = uuid
        self.changed.emit(uuid)
