"""What exchange packages carry and what importing one would do, as plain data the window and commands show."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

FORMAT = "red-desktop-package"
FORMAT_VERSION = 1


class Entity(StrEnum):
    """The kinds of versioned record a package carries; a decision and a gate override are keyed by their proposal."""

    PROPOSAL = "proposal"
    EVALUATION = "evaluation"
    DECISION = "decision"
    GATE_OVERRIDE = "gate_override"
    INTEREST = "interest"  # a declared conflict of interest (issue 21)
    ASSIGNMENT = "assignment"


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class Unit:
    """One versioned record as it travels: its content, the content's SHA-256 and the versions it descends from."""

    entity: Entity
    key: str
    record: dict[str, Any]
    version: str
    lineage: dict[str, tuple[str, ...]]  # version -> its parents, for this version and every ancestor known

    @property
    def revision(self) -> int:
        return int(self.record.get("revision", 0))


@dataclass(frozen=True)
class Author:
    name: str
    role: str
    fingerprint: str


@dataclass(frozen=True)
class Manifest:
    package_id: str
    device_id: str
    author: Author
    created_at: str
    scope: str  # "changes" or "all"
    counts: dict[str, int]
    members: dict[str, tuple[str, int]]  # member name -> (sha256, size)


@dataclass(frozen=True)
class Package:
    """A verified package: signature, hashes and every record checked; attachments' contents by SHA-256."""

    manifest: Manifest
    units: tuple[Unit, ...]
    evaluators: tuple[dict[str, Any], ...]
    blobs: dict[str, bytes]
    file_name: str
    encrypted: bool = False


@dataclass(frozen=True)
class PlanItem:
    entity: Entity
    key: str
    label: str  # what a person recognises: the proposal's code and title, the evaluator and proposal code
    outcome: Outcome
    detail: str = ""


@dataclass(frozen=True)
class CodeNote:
    """A code the import reconciles: an arriving proposal with a code another proposal holds here (both are kept),
    or a proposal whose code the package changes (the committee settled it); `previous` is the code it had here."""

    code: str
    proposal: str  # the arriving proposal's uuid
    title: str
    other: str = ""  # the uuid of the proposal that holds the code too
    other_title: str = ""
    previous: str = ""


@dataclass(frozen=True)
class DuplicateNote:
    """An arriving new proposal that looks like one already here (or another arriving one): the same project
    captured twice, for the committee to look at and perhaps merge."""

    proposal: str
    label: str  # code — title
    other: str
    other_label: str
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ImportPlan:
    """What importing a package would do; `rejected` (a reason) means it would do nothing at all."""

    file_name: str
    manifest: Manifest | None
    items: tuple[PlanItem, ...] = ()
    rejected: str = ""
    already_imported: str = ""  # when it was imported before, if it was
    warnings: tuple[str, ...] = ()
    codes: tuple[CodeNote, ...] = ()
    duplicates: tuple[DuplicateNote, ...] = ()

    def count(self, outcome: Outcome) -> int:
        return sum(1 for item in self.items if item.outcome is outcome)

    def counts(self) -> dict[str, int]:
        return {outcome.value: self.count(outcome) for outcome in Outcome}

    @property
    def ok(self) -> bool:
        return not self.rejected


@dataclass(frozen=True)
class ExportResult:
    path: str
    package_id: str
    counts: dict[str, int]
    encrypted_to: str = ""  # the recipient's fingerprint
    scope: str = "changes"


@dataclass(frozen=True)
class ConflictSide:
    version: str
    record: dict[str, Any]
    author: str  # who made it: the record's updated_by, and the package's signer for received versions
    current: bool  # the version the store shows meanwhile


@dataclass(frozen=True)
class Conflict:
    """A record changed on two sides since their common version: every head, the one shown meanwhile first."""

    entity: Entity
    key: str
    label: str
    sides: tuple[ConflictSide, ...]
    fields: tuple[str, ...] = field(default=())  # the fields whose values differ between the sides
