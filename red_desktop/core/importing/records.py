"""What reading a source file hands to the store: proposals ready to write, and every problem found.

The contract between the readers (which turn rows into proposals under a mapping) and the store's
import (which writes them all or nothing, keyed by the submission identity).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from red_desktop.core.domain import Proposal
from red_desktop.core.messages import Meant, Message, t

ERROR = "error"
WARNING = "warning"
ACTORS = "actors"  # in ImportRecord.provided: the file gives the proposal's actors
_FIXED = " (fixed value)"  # after a target: the problem is the mapping's fixed value, not a column's


def fixed_column(target: str) -> str:
    """The column a problem of a mapping's fixed value names: "proposal.country (fixed value)", in English (--json)."""
    return target + _FIXED


def said_column(column: str) -> str:
    """A problem's column as a person reads it: a fixed value's words in the language of the moment."""
    if column.endswith(_FIXED):
        return t("{target} (fixed value)", target=column.removesuffix(_FIXED))
    return column


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One source row that became a valid proposal (its actors included)."""

    row: int  # the row number a spreadsheet program shows: the header is row 1, the first data row 2
    submission_id: str  # _uuid / meta/instanceID / KEY...; the proposal code when the file has no identity
    submitted_at: str | None  # ISO 8601, from _submission_time / SubmissionDate, when the file has it
    proposal: Proposal
    # The Proposal fields the file gives (a mapped column or a fixed value), "actors" when it gives the actors;
    # an update changes only these, keeping the stored value of every other field. None: every field.
    provided: frozenset[str] | None = None
    # True when validation.proposal_problems(proposal) was run on this very proposal and found nothing (to_records
    # does, for every record it returns): the store need not run it again. False: not checked yet.
    validated: bool = False

    def provides(self, name: str) -> bool:
        return self.provided is None or name in self.provided


@dataclass(frozen=True)
class ImportProblem(Meant):
    row: int | None  # None: about the file or a column, not one row
    column: str
    value: str
    meaning: Message | str  # what is wrong, said in the language of the moment it is shown
    severity: str = ERROR  # ERROR or WARNING

    def to_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "column": self.column,
            "value": self.value,
            "reason": self.reason,
            "severity": self.severity,
            "code": self.code,
        }


@dataclass(frozen=True)
class FieldChange:
    """One field an update changes, its values written as the report shows them."""

    field: str  # the Proposal field ("requested_amount"), or "actors"
    old: str
    new: str

    @property
    def label(self) -> str:
        return self.field.replace("_", " ")

    def to_json(self) -> dict[str, object]:
        return {"field": self.field, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class ProposalUpdate:
    """What an import changes in one stored proposal."""

    row: int
    submission_id: str
    proposal_uuid: str
    code: str  # the code after the update
    changes: tuple[FieldChange, ...]

    def line(self) -> str:
        """E.g. 'RED-PE-2026-0F389E: requested amount 600,000 → 600,000,000; title Old → New'."""
        empty = t("(empty)")
        return f"{self.code}: " + "; ".join(f"{c.label} {c.old or empty} → {c.new or empty}" for c in self.changes)

    def to_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "submission_id": self.submission_id,
            "proposal_uuid": self.proposal_uuid,
            "code": self.code,
            "changes": [c.to_json() for c in self.changes],
        }


@dataclass(frozen=True)
class ProblemGroup(Meant):
    """Problems with the same severity, reason and column: one line however many rows have them. File-level
    problems (row None) with the same reason are one group across columns ("is not mapped ... — 50 columns")."""

    severity: str
    columns: tuple[str, ...]  # one, except for a file-level group
    meaning: Message | str
    rows: tuple[int | None, ...]  # in file order; None for a file-level problem
    values: tuple[str, ...]  # the distinct values, first ones first (at most 10)

    @property
    def column(self) -> str:
        return self.columns[0] if self.columns else ""

    @property
    def count(self) -> int:
        return len(self.rows)

    def line(self) -> str:
        """E.g. 'title: is required — 2,407 rows (rows 2, 3, 4, 5, 6, …)'."""
        if len(self.columns) > 1:
            shown = ", ".join(map(said_column, self.columns[:5])) + (", …" if len(self.columns) > 5 else "")
            return t(
                "{reason} — {count:,} columns: {columns}", reason=self.reason, count=len(self.columns), columns=shown
            )
        where = f"{said_column(self.column)}: " if self.column else ""
        numbered = [r for r in self.rows if r is not None]
        if len(numbered) <= 1:
            return f"{where}{self.reason}"
        shown = ", ".join(str(r) for r in numbered[:5]) + (", …" if len(numbered) > 5 else "")
        return where + t("{reason} — {count:,} rows (rows {rows})", reason=self.reason, count=len(numbered), rows=shown)

    def to_json(self) -> dict[str, object]:
        return {
            "severity": self.severity,
            "columns": list(self.columns),
            "reason": self.reason,
            "code": self.code,
            "count": self.count,
            "rows": list(self.rows[:20]),
            "values": list(self.values),
            "text": self.line(),
        }


def group_problems(problems: Sequence[ImportProblem]) -> list[ProblemGroup]:
    """The problems grouped: errors first, file-level ones first among them, then the largest groups."""
    groups: dict[tuple[str, Message | str, str], tuple[dict[str, None], list[int | None], dict[str, None]]] = {}
    for p in problems:
        key = (p.severity, p.meaning, p.column if p.row is not None else "")
        columns, rows, values = groups.setdefault(key, ({}, [], {}))
        columns[p.column] = None
        rows.append(p.row)
        if p.value and len(values) < 10:
            values[p.value] = None
    grouped = [
        ProblemGroup(severity, tuple(c for c in columns if c) or ("",), reason, tuple(rows), tuple(values))
        for (severity, reason, _), (columns, rows, values) in groups.items()
    ]
    return sorted(grouped, key=lambda g: (g.severity != ERROR, None not in g.rows, -g.count))


@dataclass(frozen=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0  # rows with at least one error
    problems: tuple[ImportProblem, ...] = ()
    added_uuids: tuple[str, ...] = field(default=())
    updated_uuids: tuple[str, ...] = field(default=())
    updates: tuple[ProposalUpdate, ...] = ()  # per updated proposal, the fields it changes (old → new)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == ERROR)

    def outcome(self) -> tuple[object, ...]:
        """What writing does: the counts and every field change (what a preview promises the import)."""
        return (self.added, self.updated, self.unchanged, self.updates)

    @property
    def refused(self) -> bool:
        """Nothing was (or would be) written: the file or one of its rows has an error."""
        return self.added + self.updated + self.unchanged == 0 and self.errors > 0

    def grouped(self) -> list[ProblemGroup]:
        return group_problems(self.problems)

    def to_json(self) -> dict[str, object]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "updates": [u.to_json() for u in self.updates],
            "problem_groups": [g.to_json() for g in self.grouped()],
            "problems": [p.to_json() for p in self.problems],
        }
