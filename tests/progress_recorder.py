"""A core Progress for tests: it records every update and status, and says cancelled after `cancel_after` updates."""

from __future__ import annotations


class RecordingProgress:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.updates: list[tuple[int, int]] = []
        self.statuses: list[str] = []
        self.cancel_after = cancel_after

    def update(self, done: int, total: int) -> None:
        self.updates.append((done, total))

    def status(self, text: str) -> None:
        self.statuses.append(text)

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.updates) >= self.cancel_after
