"""Which proposals a dossier or a batch of sheets covers: all, one status, one country, the first N ranked, or one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from red_desktop.core.domain import ProposalStatus
from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.messages import msg
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.validation import is_country_code

KINDS = ("all", "status", "country", "top", "proposal")


@dataclass(frozen=True)
class Selection:
    kind: str = "all"
    value: str = ""  # the status, the country code, or the proposal's uuid
    top: int = 0  # for "top": how many of the first ranked

    def describe(self) -> str:
        return {
            "all": "all proposals",
            "status": f"status {self.value}",
            "country": f"country {self.value}",
            "proposal": f"proposal {self.value}",
        }.get(self.kind, f"the first {self.top} ranked")


def check_selection(selection: Selection) -> None:
    problems = []
    if selection.kind not in KINDS:
        problems.append(
            Problem(
                "selection", msg("not_one_of", "must be one of: {allowed}", allowed=", ".join(KINDS)), selection.kind
            )
        )
    elif selection.kind == "status" and selection.value not in {s.value for s in ProposalStatus}:
        choices = ", ".join(s.value for s in ProposalStatus)
        problems.append(
            Problem("status", msg("not_one_of", "must be one of: {allowed}", allowed=choices), selection.value)
        )
    elif selection.kind == "country" and not is_country_code(selection.value):
        problems.append(
            Problem(
                "country", msg("not_iso_country", "must be an ISO 3166-1 alpha-2 code (e.g. PE, BR)"), selection.value
            )
        )
    elif selection.kind == "proposal" and not selection.value:
        problems.append(Problem("proposal", msg("no_proposal", "must name a proposal"), selection.value))
    elif selection.kind == "top" and not (isinstance(selection.top, int) and 1 <= selection.top <= 1_000_000):
        problems.append(
            Problem(
                "top", msg("out_of_range", "must be a whole number from 1 to {most:,}", most=1_000_000), selection.top
            )
        )
    if problems:
        raise ValidationError(msg("selection", "The selection of proposals"), problems)


def select(ranking: Sequence[RankedProposal], selection: Selection) -> list[RankedProposal]:
    """The chosen proposals in ranking order (the first N: those with a rank, best first)."""
    check_selection(selection)
    if selection.kind == "status":
        return [r for r in ranking if r.status == selection.value]
    if selection.kind == "country":
        return [r for r in ranking if r.country == selection.value.upper()]
    if selection.kind == "proposal":
        return [r for r in ranking if r.uuid == selection.value]
    if selection.kind == "top":
        return [r for r in ranking if r.rank is not None and r.rank <= selection.top]
    return list(ranking)
