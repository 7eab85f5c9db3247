"""The protocol long core operations report through; the GUI throttles it into a dialog, tests record it."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def update(self, done: int, total: int) -> None: ...

    def status(self, text: str) -> None: ...

    def cancelled(self) -> bool: ...


class Cancelled(Exception):
    """Raised inside a long operation when its progress says cancelled; the operation's transaction rolls back."""


class NoProgress:
    """For callers that do not watch: never cancelled."""

    def update(self, done: int, total: int) -> None:
        return None

    def status(self, text: str) -> None:
        return None

    def cancelled(self) -> bool:
        return False


def check_cancelled(progress: Progress) -> None:
    if progress.cancelled():
        raise Cancelled("cancelled by the user")
