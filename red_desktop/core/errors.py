"""Errors the core raises for a person to read: each message names what is wrong.

Their texts are messages.Message values (msg("code", "English {name}", name=...)), said in the user's language
when they are shown: str(error), str(problem), problem.message. A plain str still works and stays as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from red_desktop.core.messages import SOURCE_LANGUAGE, Meant, Message, Words, code_of, msg, t, words


class RedDesktopError(Exception):
    """Base of every error whose message is meant for the user: raise it with a Message (or a plain text)."""

    @property
    def message_code(self) -> str:
        """A stable machine code for what went wrong ("not_a_store"), whatever the language."""
        return code_of(self.args[0] if self.args else None, "error")


@dataclass(frozen=True)
class Problem(Meant):
    """One thing wrong with an input: where (a field's or a place's name, not translated), what value, why."""

    location: str  # a field's name, or a place in a file in English ("row 3, column 'title'"): stable, for lookups
    meaning: Message | str  # what is wrong, kept until it is shown
    value: object = None
    place: Message | None = None  # the location in words ("row 3"), said in the language of the moment it is shown

    @classmethod
    def at(cls, place: Message, meaning: Message | str, value: object = None) -> Problem:
        """A problem at a place said in words: msg("row", "row {number}", number=3), not a field's name."""
        return cls(place.english(), meaning, value, place)

    @property
    def where(self) -> str:
        """The location as a person reads it, in the current language."""
        return self.location if self.place is None else str(self.place)

    @property
    def message(self) -> str:
        """What is wrong, in the current language: the reason, by the name Problem has always given it."""
        return self.reason

    def __str__(self) -> str:
        if self.value is None:
            return f"{self.where}: {self.message}"
        return t(
            "{location}: {message} (got {value})",
            location=self.where,
            message=self.message,
            value=_short(self.value),
        )


# Places in a file said in words, for Problem.at: the words follow the language, Problem.location stays English.
FILE = msg("file", "file")
HEADER = msg("header", "header")


def in_row(number: int) -> Message:
    return msg("row", "row {number}", number=number)


def in_column(number: int) -> Message:
    return msg("column", "column {number}", number=number)


def in_line(number: int) -> Message:
    return msg("line", "line {number}", number=number)


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
            msg(
                "ineligible",
                "{code} cannot be approved: it fails {gates} and has no gate override; record an override with its "
                "rationale first, or defer or reject it",
                code=code,
                gates=_Gates("gates", "", (("names", tuple(gate_names)),)),
            )
        )


@dataclass(frozen=True)
class _Gates(Message):
    """Failed eligibility gates by name, said with the plural form their number takes in the language."""

    def __str__(self) -> str:
        return self._said(words())

    def english(self) -> str:
        return self._said(words(SOURCE_LANGUAGE))

    def _said(self, language: Words) -> str:
        names: tuple[str, ...] = dict(self.values)["names"]  # type: ignore[assignment]
        return language.tn(
            "the eligibility gate {names}", "the eligibility gates {names}", len(names), names="; ".join(names)
        )


class StaleImportError(ConflictError):
    """The store changed between an import's preview and its writing: nothing was written; check again."""
