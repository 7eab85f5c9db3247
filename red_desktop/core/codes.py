"""Proposal codes: the short labels people read aloud and print, while a proposal's identity is its uuid.

The committee holds the numbering: RED-<COUNTRY>-<YEAR>-<NNN>. A code made on a field laptop is provisional and
carries the laptop's mark, RED-<COUNTRY>-<YEAR>-<MARK>-<NNN>, three letters or digits drawn from the store's device
id, so two laptops numbering offline do not collide in practice. When two proposals do arrive with one code (two
marks alike, or codes typed by hand), both are kept: the code is a label, not an identity.

A code an import derives from a KoboToolbox or ODK submission id (RED-PE-2026-0F389E) is provisional too.

The committee settles codes: every provisional or shared code gets the next free final number, as an ordinary
audited edit of the proposal that travels back to the laptops like any other. A replaced code stays findable
(store.proposals.by_code and the list's search), and no new code ever takes one a proposal once held.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from red_desktop.core.domain import Proposal
from red_desktop.core.settings import COMMITTEE_ROLES
from red_desktop.core.store import Store
from red_desktop.core.validation import is_country_code

MAX_NUMBER = 999
MARK_LENGTH = 3
PROVISIONAL = re.compile(r"^RED-[A-Z]{2}-\d{4}-[A-Z2-7]{3}-\d{3,}$")
# A code an import derived from a form submission's id (importing/convert.py): no number, so provisional too.
DERIVED = re.compile(r"^RED-[A-Z]{2}-\d{4}-[0-9A-F]{6}$")
_YEAR = re.compile(r"^RED-[A-Z]{2}-(\d{4})-")


def device_mark(device_id: str) -> str:
    """Three base-32 characters (A-Z, 2-7: no 0/O or 1/I to misread) of the device id's SHA-256."""
    digest = hashlib.sha256(device_id.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii")[:MARK_LENGTH]


def store_mark(store: Store, role: str) -> str:
    """The mark this store's new codes carry in this role: none for the committee, which gives final codes."""
    if role in COMMITTEE_ROLES:
        return ""
    return device_mark(store.meta.get("device_id") or store.path.name)


def is_provisional(code: str) -> bool:
    """A laptop's marked code, or one derived from a form submission; a final code has a number of 3 digits."""
    return bool(PROVISIONAL.match(code) or DERIVED.match(code))


def prefix(country: str, year: int, mark: str = "") -> str:
    return f"RED-{country.upper()}-{year}-" + (f"{mark}-" if mark else "")


def first_free(prefix_: str, taken: Callable[[str], bool]) -> str:
    """The first RED-…-NNN of this prefix that `taken` does not refuse."""
    for number in range(1, MAX_NUMBER + 1):
        code = f"{prefix_}{number:03d}"
        if not taken(code):
            return code
    number = MAX_NUMBER + 1
    while taken(f"{prefix_}{number}"):
        number += 1
    return f"{prefix_}{number}"


def code_is_free(store: Store, code: str, own_uuid: str) -> bool:
    """No other proposal holds this code now (its own proposal may)."""
    return all(uuid == own_uuid for uuid in store.proposals.holders(code))


def suggest_code(store: Store, country: str, year: int, own_uuid: str, mark: str = "") -> str:
    """A new proposal's code: the first number no proposal holds or held. No code ("") for a country that is no
    ISO 3166-1 country, such as the "Na" on the way to typing "Narnia"."""
    if not is_country_code(country):
        return ""
    start = prefix(country, year, mark)
    used = store.proposals.codes_in_use(start)
    return first_free(start, lambda code: code in used and not _own(store, code, own_uuid))


def _own(store: Store, code: str, own_uuid: str) -> bool:
    return store.proposals.holders(code) == [own_uuid]


@dataclass(frozen=True)
class Recode:
    """One code the committee settles: which proposal, from what, to what, and why."""

    uuid: str
    title: str
    old: str
    new: str
    shared: bool  # True: another proposal holds the old code too; False: the old code is provisional


def settlement(store: Store) -> list[Recode]:
    """The final codes the committee would give: provisional codes, and every holder of a shared code but the
    first made (created first, then by uuid), each the next free number of its country and year. Depends only on
    what the store holds, in that order."""
    shared = store.proposals.shared_codes()
    keeps = {uuids[0] for uuids in shared.values()}
    wanted: list[tuple[Proposal, bool]] = []
    for proposal in store.proposals.all():
        is_shared = proposal.code in shared and proposal.uuid not in keeps
        if is_shared or is_provisional(proposal.code):
            wanted.append((proposal, is_shared))
    wanted.sort(key=lambda item: (item[0].stamp.created_at, item[0].uuid))
    claimed: set[str] = set()
    out = []
    for proposal, is_shared in wanted:
        start = prefix(proposal.country, _year(proposal), "")
        used = store.proposals.codes_in_use(start) | claimed
        new = first_free(start, used.__contains__)
        claimed.add(new)
        out.append(Recode(proposal.uuid, proposal.title, proposal.code, new, is_shared))
    return out


def _year(proposal: Proposal) -> int:
    found = _YEAR.match(proposal.code)
    if found:
        return int(found.group(1))
    return int((proposal.stamp.created_at or "2026")[:4])


def settle(store: Store, recodes: Sequence[Recode], reason: str) -> int:
    """Give each proposal its final code, in one transaction; returns how many changed."""
    with store.transaction():
        for recode in recodes:
            store.proposals.recode(recode.uuid, recode.new, reason)
    return len(recodes)
