"""Fuzzing the inputs a user hands the program (issue 16): CSV and XLSX exports, mapping files, agreement CSVs and
exchange packages, generated and mutated by hypothesis from a seed. Each input must end in a result or a refusal
(RedDesktopError: a message naming what is wrong), never another exception (an internal error); a refused input
must change nothing in the store (its connection's change count stays where it was); the slowest input is timed.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import seed as seed_of
from hypothesis import strategies as st

from red_desktop.core.errors import RedDesktopError
from red_desktop.core.store import Store
from tests.reliability.trials import Outcome

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
CELLS = st.one_of(
    st.text(alphabet=list('ab,;\t"\n\r 01.-é€\x00ñ/_'), max_size=40),
    st.sampled_from(["RED-PE-2026-001", "PE", "Perú", "uuid:1", "1.234.567,89", "agroindustria turismo", ""]),
)


@dataclass
class Case:
    """What one input did: refused (a RedDesktopError), and whether the store changed."""

    refused: bool
    changed: bool


def run_fuzz(kind: str, examples: int, seed: int, root: Path) -> Outcome:
    """`examples` inputs of one kind against a fresh store; an Outcome counting internal errors, refused inputs
    that changed the store, and the slowest input's seconds (in `detail`)."""
    outcome = Outcome(f"fuzzed {kind}")
    folder = Path(tempfile.mkdtemp(dir=root))
    close, attempt = TARGETS[kind](folder)
    slowest, refused = [0.0], [0]

    @seed_of(seed)
    @settings(max_examples=examples, database=None, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=STRATEGIES[kind])
    def case(data: object) -> None:
        outcome.tried += 1
        start = time.perf_counter()
        try:
            done = attempt(data)
        except Exception as error:  # noqa: BLE001 (what the trial counts)
            outcome.fail(outcome.tried, f"internal error {type(error).__name__}: {str(error)[:120]}")
            return
        finally:
            slowest[0] = max(slowest[0], time.perf_counter() - start)
        refused[0] += done.refused
        if done.refused and done.changed:
            outcome.fail(outcome.tried, "a refused input changed the store")

    try:
        case()
    finally:
        close()
        shutil.rmtree(folder, ignore_errors=True)
    outcome.detail = f"{refused[0]} refused, slowest input {slowest[0]:.2f} s"
    return outcome


# ---- the entry points, as the command line and the window call them ----


def _store(folder: Path) -> Store:
    from tests.factories import proposal

    store = Store.open(folder / "store.sqlite", user="Fuzz")
    store.proposals.add(proposal("RED-PE-2026-001"))
    return store


def _changes(store: Store) -> int:
    return int(store.db.conn.total_changes)


def _import(store: Store, path: Path) -> Case:
    from red_desktop.core.importing.apply import import_records
    from red_desktop.core.importing.convert import to_records
    from red_desktop.core.importing.mapping import mapping_for
    from red_desktop.core.importing.readers import read_table

    before = _changes(store)
    try:
        table = read_table(path)
        records, problems = to_records(table, mapping_for(table, ()))
        report = import_records(store, records, problems, path.name, valid_only=False, dry_run=False)
    except RedDesktopError:
        return Case(True, _changes(store) != before)
    return Case(report.refused, report.refused and _changes(store) != before)


def _csv_target(folder: Path) -> tuple[Callable[[], None], Callable[[object], Case]]:
    store = _store(folder)

    def attempt(data: object) -> Case:
        header, rows, encoding, delimiter = data  # type: ignore[misc]
        text = "\n".join(delimiter.join(row) for row in [header, *rows])
        path = folder / "export.csv"
        path.write_bytes(text.encode(encoding, errors="replace"))
        return _import(store, path)

    return store.close, attempt


def _xlsx_target(folder: Path) -> tuple[Callable[[], None], Callable[[object], Case]]:
    store = _store(folder)
    originals = [p.read_bytes() for p in sorted(FIXTURES.glob("*.xlsx"))]

    def attempt(data: object) -> Case:
        choice, flips, cut = data  # type: ignore[misc]
        raw = bytearray(originals[choice % len(originals)])
        for offset, value in flips:
            raw[offset % len(raw)] = value
        path = folder / "export.xlsx"
        path.write_bytes(bytes(raw[: max(8, len(raw) - cut)]))
        return _import(store, path)

    return store.close, attempt


def _mapping_target(folder: Path) -> tuple[Callable[[], None], Callable[[object], Case]]:
    import json

    from red_desktop.core.errors import ValidationError
    from red_desktop.core.importing.mapping import ColumnMapping, read_mapping_json

    def attempt(data: object) -> Case:
        path = folder / "mapping.json"
        path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
        try:
            value = read_mapping_json(path, "Mapping file")
            if not isinstance(value, dict):
                return Case(True, False)
            ColumnMapping.from_json(value)
        except ValidationError:
            return Case(True, False)
        return Case(False, False)

    return lambda: None, attempt


def _agreement_target(folder: Path) -> tuple[Callable[[], None], Callable[[object], Case]]:
    from red_desktop.core.agreement import agreement
    from red_desktop.core.ratings_csv import read_ratings_csv

    def attempt(data: object) -> Case:
        path = folder / "ratings.csv"
        path.write_bytes(data)  # type: ignore[arg-type]
        try:
            agreement(read_ratings_csv(path).to_numpy())
        except RedDesktopError:
            return Case(True, False)
        return Case(False, False)

    return lambda: None, attempt


def _package_target(folder: Path) -> tuple[Callable[[], None], Callable[[object], Case]]:
    from red_desktop import paths
    from red_desktop.core.exchange import service as exchange
    from red_desktop.core.rubric import load_rubric
    from tests.exchange_world import World

    rubric = load_rubric(paths.default_rubric_path())
    world = World(folder / "world", rubric)
    world.add_proposals("ana", 3)
    original = world.export("ana").read_bytes()
    store = world["committee"].store

    def attempt(data: object) -> Case:
        flips, cut = data  # type: ignore[misc]
        raw = bytearray(original)
        for offset, value in flips:
            raw[offset % len(raw)] = value
        path = folder / "fuzzed.redpkg"
        path.write_bytes(bytes(raw[: max(1, len(raw) - cut)]))
        before = _changes(store)
        try:
            plan = exchange.import_package(store, path, rubric)
        except RedDesktopError:
            return Case(True, _changes(store) != before)
        refused = not plan.ok and not plan.already_imported
        return Case(refused, refused and _changes(store) != before)

    return world.close, attempt


HEADERS = st.sampled_from(["_uuid", "codigo", "titulo", "pais", "monto", "sectores", "actor", "tipo_actor", "region"])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"])
DELIMITERS = st.sampled_from([",", ";", "\t", "|"])
TITLES = st.sampled_from(["Cadena de valor del cacao", "Turismo rural", "", "x" * 300]) | CELLS
COUNTRIES = st.sampled_from(["PE", "Perú", "Colombia", "ZZ", ""])
AMOUNTS = st.sampled_from(["1.234.567,89", "1500000", "-5", "1e400", "US$ 1 500", ""]) | CELLS


def _row(parts: tuple[int, str, str, str]) -> list[str]:
    n, title, country, amount = parts
    return [f"uuid:{n}", f"RED-PE-2026-{n:03d}", f'"{title}"' if "," in title else title, country, f'"{amount}"']


FLIPS = st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=6)
STRATEGIES = {
    "csv": st.one_of(
        st.tuples(
            st.lists(HEADERS | CELLS, min_size=1, max_size=8),
            st.lists(st.lists(CELLS, max_size=9), max_size=6),
            ENCODINGS,
            DELIMITERS,
        ),
        st.tuples(
            st.just(["_uuid", "codigo", "titulo", "pais", "monto"]),
            st.lists(st.tuples(st.integers(1, 9), TITLES, COUNTRIES, AMOUNTS).map(_row), max_size=6),
            ENCODINGS,
            st.just(","),
        ),
    ),
    "xlsx": st.tuples(st.integers(0, 10), FLIPS, st.integers(0, 4000)),
    "mapping": st.one_of(
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=20), inner, max_size=4),
            max_leaves=20,
        ),
        st.text(max_size=200),
        st.fixed_dictionaries({"columns": st.dictionaries(st.text(max_size=20), st.text(max_size=30), max_size=4)}),
    ),
    "agreement": st.binary(max_size=300)
    | st.lists(
        st.lists(st.sampled_from(["1", "2", "3", "", "x", "1e309", "-1", "nan", "0.5"]), min_size=1, max_size=5),
        max_size=8,
    ).map(lambda rows: ("id,a,b,c\n" + "\n".join(f"i{n}," + ",".join(r) for n, r in enumerate(rows))).encode()),
    "packages": st.tuples(FLIPS, st.integers(0, 2000)),
}
TARGETS: dict[str, Callable[[Path], tuple[Callable[[], None], Callable[[object], Case]]]] = {
    "csv": _csv_target,
    "xlsx": _xlsx_target,
    "mapping": _mapping_target,
    "agreement": _agreement_target,
    "packages": _package_target,
}
