"""Errors the core raises for a person to read: each message names what is wrong.

Their texts are messages.Message values (msg("code", "English {name}", name=...)), said in the user's language
when they are shown: str(error), str(problem), problem.message. A plain str still works and stays as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from red_desktop.core.messages import Message, code_of, msg, t


class RedDesktopError(Exception):
    """Base of every error whose message is meant for the user: raise it with a Message (or a plain text)."""

    @property
    def message_code(self) -> str:
        """A stable machine code for what went wrong ("not_a_store"), whatever the language."""
        return code_of(self.args[0] if self.args else None, "error")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: where (a field's or a place's name, not translated), what value, why."""

    location: str
    meaning: Message | str  # what is wrong, kept until it is shown
    value: object = None

    @property
    def message(self) -> str:
        """What is wrong, in the current language."""
        return str(self.meaning)

    @property
    def code(self) -> str:
        return code_of(self.meaning, "invalid")

    def __str__(self) -> str:
        if self.value is None:
            return f"{self.location}: {self.message}"
        return t(
            "{location}: {message} (got {value})",
            location=self.location,
            message=self.message,
            value=_short(self.value),
        )


def _short(value: object, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class ValidationError(RedDesktopError):
    def __init__(self, subject: Message | str, problems: list[Problem]):
        self.subject = subject
        self.problems = list(problems)
        super().__init__(
            msg("not_valid", "{subject} is not valid: {problems}", subject=subject, problems=_Listed(self.problems))
        )


class _Listed(tuple[Problem, ...]):
    """Problems as one value of a message: "a: x; b: y", in the language of the moment it is shown."""

    def __str__(self) -> str:
        return "; ".join(str(p) for p in self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


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
