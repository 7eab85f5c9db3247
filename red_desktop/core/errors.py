"""Errors the core raises for a person to read: each message names what is wrong."""

from __future__ import annotations

from dataclasses import dataclass


class RedDesktopError(Exception):
    """Base of every error whose message is meant for the user."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where, what value, why."""

    location: str
    message: str
    value: object = None

    def __str__(self) -> str:
        shown = "" if self.value is None else f" (got {_short(self.value)})"
        return f"{self.location}: {self.message}{shown}"


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class ValidationError(RedDesktopError):
    def __init__(self, subject: str, problems: list[Problem]):
        self.subject = subject
        self.problems = list(problems)
        listed = "; ".join(str(p) for p in self.problems)
        super().__init__(f"{subject} is not valid: {listed}")


class RubricError(ValidationError):
    pass


class StoreError(RedDesktopError):
    pass


class StoreLockedError(StoreError):
    pass


class NotFoundError(RedDesktopError):
    pass


class AmbiguousCodeError(NotFoundError):
    """More than one proposal answers to a code (two laptops numbered alike before the committee settled it)."""


class ConflictError(RedDesktopError):
    """The action contradicts the record's state (e.g. editing a final evaluation)."""


class IneligibleError(ConflictError):
    """An approval of a proposal that fails eligibility gates, with no gate override recorded."""

    def __init__(self, code: str, failed_gates: tuple[str, ...], gate_names: tuple[str, ...]):
        self.code = code
        self.failed_gates = failed_gates
        super().__init__(
            f"{code} cannot be approved: it fails the eligibility "
            f"{'gate' if len(gate_names) == 1 else 'gates'} {'; '.join(gate_names)} and has no gate override; "
            "record an override with its rationale first, or defer or reject it"
        )


class StaleImportError(ConflictError):
    """The store changed between an import's preview and its writing: nothing was written; check again."""
