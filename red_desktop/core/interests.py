"""Which proposals a declared conflict of interest reaches (issue 21): the proposal it names, or every proposal whose
executing agency or one of whose actors bears the name declared, compared folded (accents, case and spacing aside)
and as whole words, so "Gobierno de Mendoza" reaches "Gobierno de Mendoza — Ministerio de Economía" but "Mendoza"
alone does not reach "Mendozas". A declaration reaches too much rather than too little: the committee can withdraw
it, but a missed conflict goes unseen."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from red_desktop.core.domain import Interest, InterestKind
from red_desktop.core.text import fold

_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class Named:
    """What a declaration by name is compared with: a proposal's executing agency and its actors' names."""

    uuid: str
    agency: str
    actors: Sequence[str] = ()


def words(text: str) -> str:
    """The folded words of a name, one space apart: what is compared."""
    return " ".join(_WORDS.findall(fold(text)))


def bears(name: str, declared: str) -> bool:
    """Whether `name` contains the declared name as whole words."""
    wanted = words(declared)
    return bool(wanted) and f" {wanted} " in f" {words(name)} "


def reaches(interest: Interest, proposal: Named) -> bool:
    if not interest.active:
        return False
    if interest.kind is InterestKind.PROPOSAL:
        return interest.proposal_uuid == proposal.uuid
    if interest.kind is InterestKind.AGENCY:
        return bears(proposal.agency, interest.subject)
    return any(bears(actor, interest.subject) for actor in proposal.actors)


def conflicted_pairs(interests: Iterable[Interest], proposals: Iterable[Named]) -> set[tuple[str, str]]:
    """(evaluator uuid, proposal uuid) for every active declaration and every proposal it reaches."""
    active = [i for i in interests if i.active]
    pairs = {(i.evaluator_uuid, str(i.proposal_uuid)) for i in active if i.kind is InterestKind.PROPOSAL}
    by_name = [i for i in active if i.kind is not InterestKind.PROPOSAL]
    if by_name:
        for proposal in proposals:
            pairs.update((i.evaluator_uuid, proposal.uuid) for i in by_name if reaches(i, proposal))
    return pairs
