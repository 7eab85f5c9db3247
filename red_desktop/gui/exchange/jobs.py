"""What the Exchange view runs in the background: reads on a read-only connection of their own, and the
package import that the store's writer runs. Each is a thin call of core.exchange.service."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from red_desktop.core import codes, merging
from red_desktop.core.domain import Proposal
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.exchange import service
from red_desktop.core.exchange.model import Conflict, ImportPlan
from red_desktop.core.progress import Cancelled, Progress
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


def count_export(path: Path, signer: service.Signer, everything: bool) -> dict[str, int]:
    with Store.open(path, readonly=True) as store:
        return service.export_preview(store, signer, everything=everything)


def preview_file(path: Path, package: Path, rubric: Rubric, box_key: X25519PrivateKey | None) -> ImportPlan:
    with Store.open(path, readonly=True) as store:
        return service.preview_import(store, package, rubric=rubric, box_key=box_key)


def read_conflicts(path: Path) -> list[Conflict]:
    with Store.open(path, readonly=True) as store:
        return service.list_conflicts(store)


@dataclass(frozen=True)
class CodesState:
    """What the Codes and duplicates tab shows: the codes the committee would settle, likely duplicates, merges."""

    settlement: list[codes.Recode]
    duplicates: list[merging.DuplicatePair]
    merged: list[tuple[Proposal, Proposal]]


def read_codes(path: Path) -> CodesState:
    with Store.open(path, readonly=True) as store:
        return CodesState(codes.settlement(store), merging.duplicate_pairs(store), merging.merged_pairs(store))


def import_packages(
    store: Store, packages: list[Path], rubric: Rubric, box_key: X25519PrivateKey | None, progress: Progress
) -> list[ImportPlan]:
    """Each package in its own transaction, in order. Cancel stops at the current one (rolled back); those
    already imported stay, so the result lists them. A package that cannot be read is reported, not raised."""
    plans: list[ImportPlan] = []
    for package in packages:
        try:
            plans.append(service.import_package(store, package, rubric, box_key=box_key, progress=progress))
        except Cancelled:
            if not plans:
                raise
            break
        except RedDesktopError as exc:
            plans.append(ImportPlan(package.name, None, rejected=str(exc)))
    return plans
