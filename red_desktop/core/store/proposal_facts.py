"""What a committee ranking reads of each proposal: its list columns, its funding and the facts its gates look at.

Not the narratives nor the actors themselves: at 100,000 proposals, `proposals.all()` reads a gigabyte of text
and half a million actors (11 s); these rows come from the list's covering index and one grouped actor lookup
(under a second).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import lru_cache

from red_desktop.core.domain import ActorType, Evidence, commits
from red_desktop.core.eligibility import GateFacts
from red_desktop.core.store.base import Manager

# Proposals merged into another leave the ranking; NOT IN over the partial index keeps the scan on proposals_list.
_SQL = """
    SELECT p.uuid, p.code, p.title, p.country, p.region_type, p.priority_area, p.status,
           p.requested_amount, p.counterpart_public + p.counterpart_private,
           (SELECT group_concat(a.actor_type || ' ' || a.evidence, ',') FROM actors a WHERE a.proposal_uuid = p.uuid)
    FROM proposals p
    WHERE p.uuid NOT IN (SELECT uuid FROM proposals WHERE merged_into IS NOT NULL)
    ORDER BY p.code, p.uuid"""


@dataclass(frozen=True, slots=True)
class ProposalFacts:
    uuid: str
    code: str
    title: str
    country: str
    region_type: str | None
    priority_area: str | None
    status: str
    requested_amount: float
    counterpart_total: float
    gates: GateFacts


class ProposalFactsReader(Manager):
    def all(self) -> list[ProposalFacts]:
        """Every proposal not merged into another, in code order (as proposals.all())."""
        rows = self.db.execute(_SQL)
        return [
            ProposalFacts(
                uuid,
                code,
                title,
                sys.intern(country),  # a few distinct values over 100,000 rows: one string each
                _shared(region_type),
                _shared(area),
                sys.intern(status),
                float(requested),
                float(counterpart),
                GateFacts(_shared(region_type), float(requested), _committed_types(actors or "")),
            )
            for uuid, code, title, country, region_type, area, status, requested, counterpart, actors in rows
        ]


def _shared(value: str | None) -> str | None:
    return None if value is None else sys.intern(value)


@lru_cache(maxsize=65536)
def _committed_types(actors: str) -> frozenset[str]:
    """'business signed_agreement,university none' → the types with a commitment ({business}), as Actor.committed
    says; proposals share a few combinations, each worked out once."""
    pairs = (pair.split(" ") for pair in actors.split(",") if pair)
    return frozenset(ActorType(kind) for kind, evidence in pairs if commits(Evidence(evidence)))
