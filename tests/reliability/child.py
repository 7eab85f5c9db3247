"""A process that writes to a store until it is killed, saying on stdout each write the store confirmed.

Run: python -m tests.reliability.child KIND STORE [PACKAGES_FOLDER]
KIND: saves (a proposal's title retyped, as the editor's autosave writes it), decisions, imports (batches of
200 rows), packages (the signed packages in PACKAGES_FOLDER, in name order). A line "ok TOKEN" is printed and
flushed only after the store's call returned: a confirmed write, which must survive a kill -9 at any moment.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from red_desktop import paths
from red_desktop.core.domain import Decision, DecisionKind
from red_desktop.core.importing.records import ImportRecord
from red_desktop.core.rubric import load_rubric
from red_desktop.core.store import Store
from tests.factories import proposal

BATCH = 200


def confirmed(token: str) -> None:
    sys.stdout.write(f"ok {token}\n")
    sys.stdout.flush()


def saves(store: Store) -> None:
    """As the window does: its writer saves, and its workers open the store read-only beside it now and then."""
    uuids = [p.uuid for p in store.proposals.all()][:5]
    for n in range(1, 1_000_000):
        uuid = uuids[n % len(uuids)]
        store.proposals.update(replace(store.proposals.get(uuid), title=f"Título {n}"))
        confirmed(f"{uuid} {n}")
        if n % 5 == 0:
            with Store.open(store.path, readonly=True) as worker:
                worker.proposals.count()


def decisions(store: Store) -> None:
    rubric = load_rubric(paths.default_rubric_path())
    for n in range(1, 1_000_000):
        added = store.proposals.add(proposal(f"RED-PE-2027-{n:05d}", title=f"Decidida {n}"))
        store.decisions.record(Decision(added.uuid, DecisionKind.DEFER, "Falta información", "2026-12-06"), rubric)
        confirmed(added.uuid)


def imports(store: Store) -> None:
    for batch in range(1, 1_000_000):
        records = [
            ImportRecord(
                row=i + 2,
                submission_id=f"b{batch:05d}-{i:04d}",
                submitted_at=None,
                proposal=proposal(f"RED-PE-2026-{batch:05d}{i:04d}", title=f"Importada {batch}-{i}", uuid=""),
            )
            for i in range(BATCH)
        ]
        store.imports.apply(records, f"lote-{batch}.csv")
        confirmed(f"b{batch:05d}")


def packages(store: Store, folder: Path) -> None:
    from red_desktop.core.exchange import service as exchange

    rubric = load_rubric(paths.default_rubric_path())
    for package in sorted(folder.glob("*.redpkg")):
        plan = exchange.import_package(store, package, rubric)
        if plan.ok:
            confirmed(package.name)
    confirmed("done")


def main() -> None:
    kind, path = sys.argv[1], Path(sys.argv[2])
    with Store.open(path, user="Prueba") as store:
        if kind == "packages":
            packages(store, Path(sys.argv[3]))
        else:
            {"saves": saves, "decisions": decisions, "imports": imports}[kind](store)


if __name__ == "__main__":
    main()
