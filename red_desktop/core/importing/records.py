"""What reading a source file hands to the store: proposals ready to write, and every problem found.

The contract between the readers (which turn rows into proposals under a mapping) and the store's
import (which writes them all or nothing, keyed by the submission identity).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from red_desktop.core.domain import Proposal

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class ImportRecord:
    """One source row that became a valid proposal (its actors included)."""

    row: int  # the row number a spreadsheet program shows: the header is row 1, the first data row 2
    submission_id: str  # _uuid / meta/instanceID / KEY...; the proposal code when the file has no identity
    submitted_at: str | None  # ISO 8601, from _submission_time / SubmissionDate, when the file has it
    proposal: Proposal


@dataclass(frozen=True)
class ImportProblem:
    row: int | None  # None: about the file or a column, not one row
    column: str
    value: str
    reason: str
    severity: str = ERROR  # ERROR or WARNING

    def to_json(self) -> dict[str, object]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0  # rows with at least one error
    problems: tuple[ImportProblem, ...] = ()
    added_uuids: tuple[str, ...] = field(default=())
    updated_uuids: tuple[str, ...] = field(default=())

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == ERROR)

    def to_json(self) -> dict[str, object]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "problems": [p.to_json() for p in self.problems],
        }
