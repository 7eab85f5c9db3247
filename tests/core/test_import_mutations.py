"""Seeded mutations of a valid export (issue 15): each is refused without touching the store, or imported exactly.

The base is the generator's propuestas_validas.csv (10 proposals). Each case mutates its bytes one way -- cut at a
random byte offset, two cells swapped, another encoding, a row or column duplicated or dropped, garbage bytes
inserted -- and imports the result into a fresh store the way `red-desktop import` does (read, suggested mapping,
records, all or nothing). The outcome must be one of:

- a refusal: ValidationError/RedDesktopError, or a report that wrote nothing and says so (0 added, 0 updated), with
  the store exactly as it was; or
- an import in which every non-blank record of the file, parsed by Python's csv module in the encoding the file was
  written in, was imported; each imported record has exactly as many cells as the header (a short row is a cut-off
  file, never a proposal with blanks); and every mapped field read back from the store equals the file's cell.

A file whose bytes are not valid text in the encoding it was written in can only be refused.

Each mutation kind runs its own seeded cases and lists every failing case (kind, seed, what was done, why), so a fix
can be checked against the exact example.
"""

from __future__ import annotations

import csv
import io
import random
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from red_desktop.core.errors import RedDesktopError
from red_desktop.core.importing.apply import import_records
from red_desktop.core.importing.convert import parse_amount, to_records
from red_desktop.core.importing.mapping import suggest_mapping
from red_desktop.core.importing.readers import read_table
from red_desktop.core.store import Store

BASE = Path(__file__).parent.parent / "fixtures" / "imports" / "propuestas_validas.csv"
CASES_PER_KIND = 32  # 7 kinds: 224 cases
TEXT = ("code", "title", "region_name", "executing_agency", "regional_diagnosis")
AMOUNTS = ("requested_amount", "counterpart_public", "counterpart_private")
INTEGERS = ("beneficiary_msmes", "duration_months")
ENUMS = ("region_type", "region_kind", "priority_area")
_PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")


@dataclass
class Mutant:
    data: bytes
    encoding: str  # what the bytes were written in
    what: str
    delimiter: str = ","


def _rows(data: bytes, encoding: str = "utf-8", delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline=""), delimiter=delimiter))


def _written(rows: list[list[str]], delimiter: str = ",") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue().encode("utf-8")


def cut(rng: random.Random, data: bytes) -> Mutant:
    header_end = data.index(b"\n") + 1
    offset = rng.randrange(header_end + 1, len(data))
    return Mutant(data[:offset], "utf-8", f"cut at byte {offset} of {len(data)}: ...{data[offset - 20 : offset]!r}")


def swap_cells(rng: random.Random, data: bytes) -> Mutant:
    rows = _rows(data)
    a = (rng.randrange(1, len(rows)), rng.randrange(len(rows[0])))
    b = (rng.randrange(1, len(rows)), rng.randrange(len(rows[0])))
    (ra, ca), (rb, cb) = a, b
    rows[ra][ca], rows[rb][cb] = rows[rb][cb], rows[ra][ca]
    return Mutant(_written(rows), "utf-8", f"swapped record {ra} column {ca} with record {rb} column {cb}")


def encoding(rng: random.Random, data: bytes) -> Mutant:
    name = rng.choice(("latin-1", "cp1252", "utf-16", "utf-16-le", "utf-8-sig"))
    delimiter = rng.choice(",;\t")  # Excel in a Spanish or Portuguese locale writes ";", its "Unicode text" a tab
    text = _written(_rows(data), delimiter=delimiter).decode("utf-8")
    return Mutant(text.encode(name), name, f"re-encoded as {name}, cells separated by {delimiter!r}", delimiter)


def duplicate_row(rng: random.Random, data: bytes) -> Mutant:
    rows = _rows(data)
    index = rng.randrange(1, len(rows))
    rows.insert(rng.randrange(1, len(rows) + 1), list(rows[index]))
    return Mutant(_written(rows), "utf-8", f"record {index} duplicated")


def drop_row(rng: random.Random, data: bytes) -> Mutant:
    rows = _rows(data)
    index = rng.randrange(1, len(rows))
    del rows[index]
    return Mutant(_written(rows), "utf-8", f"record {index} dropped")


def column(rng: random.Random, data: bytes) -> Mutant:
    rows = _rows(data)
    index = rng.randrange(len(rows[0]))
    if rng.random() < 0.5:
        for row in rows:
            row.insert(index, row[index])
        return Mutant(_written(rows), "utf-8", f"column {index} ({rows[0][index]}) duplicated")
    name = rows[0][index]
    for row in rows:
        del row[index]
    return Mutant(_written(rows), "utf-8", f"column {index} ({name}) dropped")


def garbage(rng: random.Random, data: bytes) -> Mutant:
    alphabet = b'\x00\x01\x7f\x80\x81\x9d\xa0\xc3\xe9\xfe\xff",;\t\n\r xyz019.'
    junk = bytes(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
    offset = rng.randrange(data.index(b"\n"), len(data))
    return Mutant(data[:offset] + junk + data[offset:], "utf-8", f"{junk!r} inserted at byte {offset}")


KINDS: dict[str, Callable[[random.Random, bytes], Mutant]] = {
    "cut": cut,
    "swap_cells": swap_cells,
    "encoding": encoding,
    "duplicate_row": duplicate_row,
    "drop_row": drop_row,
    "column": column,
    "garbage": garbage,
}


def snapshot(store: Store) -> list[tuple[Any, ...]]:
    tables = ("proposals", "actors", "import_sources", "audit_log")
    return [tuple(row) for table in tables for row in store.db.execute(f"SELECT * FROM {table} ORDER BY 1")]


def attempt(path: Path, store: Store) -> tuple[Any, Any]:
    """The command line's sequence: read, suggest a mapping, build records, import all or nothing."""
    table = read_table(path)
    mapping = suggest_mapping(table)
    records, problems = to_records(table, mapping)
    report = import_records(store, records, problems, path.name, valid_only=False, dry_run=False)
    return mapping, report


def _expected_number(cell: str, integer: bool) -> float:
    """The file's number: plain digits as Python reads them; other writings as the documented amount formats."""
    text = cell.strip()
    if not text:
        return 0
    if _PLAIN_NUMBER.fullmatch(text):
        return int(text) if integer else float(text)
    value = parse_amount(text)  # raises ValueError for a cell that is no number: then nothing should be stored
    return int(value) if integer and value.is_integer() else value


def _stored(proposal: Any, name: str) -> Any:
    value = getattr(proposal, name)
    return value.value if hasattr(value, "value") else value


def check_case(mutant: Mutant, workdir: Path) -> str | None:
    """None when the outcome is honest, else why not."""
    path = workdir / "propuestas_mutadas.csv"
    path.write_bytes(mutant.data)
    with Store.open(workdir / "store.sqlite", user="tester") as store:
        before = snapshot(store)
        try:
            mapping, report = attempt(path, store)
        except RedDesktopError:
            report = None
        except Exception as error:  # noqa: BLE001 - an internal error is a finding, reported with its case
            return f"raised {type(error).__name__}: {error}"
        after = snapshot(store)
        stored = {p.code: p for p in store.proposals.all()}
    if after == before:
        if report is not None and (report.added or report.updated):
            return f"nothing was written but the report says {report.added} added, {report.updated} updated"
        return None
    try:
        rows = _rows(mutant.data, mutant.encoding, mutant.delimiter)
    except UnicodeDecodeError as error:
        return f"imported {len(stored)} proposals from bytes that are not {mutant.encoding} text ({error})"
    header, records = rows[0], [r for r in rows[1:] if any(cell.strip() for cell in r)]
    if report.added != len(stored):
        return f"the report says {report.added} added; the store holds {len(stored)}"
    if len(records) != len(stored):
        return f"the file has {len(records)} records but {len(stored)} were imported (all or nothing)"
    proposal_columns = {t.removeprefix("proposal."): c for c, t in mapping.columns.items() if t.startswith("proposal.")}
    code_at = header.index(proposal_columns["code"]) if "code" in proposal_columns else None
    for number, record in enumerate(records, start=2):
        if len(record) != len(header):
            return f"record {number} has {len(record)} of {len(header)} cells and was imported: {record[-2:]}"
        cells = dict(zip(header, record, strict=True))
        code = record[code_at].strip() if code_at is not None else None
        if code not in stored:
            return f"record {number} (code {code!r}) is not in the store, which holds {sorted(stored)}"
        problem = _compare(stored[code], cells, proposal_columns)
        if problem:
            return f"record {number} ({code}): {problem}"
    return None


def _compare(proposal: Any, cells: dict[str, str], columns: dict[str, str]) -> str | None:
    for name, column in columns.items():
        cell = cells[column]
        got = _stored(proposal, name)
        try:
            if name in TEXT:
                expected: Any = cell.strip()
            elif name in AMOUNTS or name in INTEGERS:
                expected = _expected_number(cell, name in INTEGERS)
            elif name == "country" or name in ENUMS:
                expected = cell.strip() or None
            elif name == "sectors":
                expected = (cell.strip(),) if cell.strip() else ()  # a free-text column is not split
            else:
                continue
        except ValueError:
            return f"{name} stored as {got!r} from {column} = {cell!r}, which is no number"
        if got != expected:
            return f"{name} stored as {got!r}; the file's {column} holds {cell!r}"
    return None


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_mutated_export_is_refused_untouched_or_imported_exactly(kind: str) -> None:
    base = BASE.read_bytes()
    failures: list[str] = []
    for case in range(CASES_PER_KIND):
        seed = sorted(KINDS).index(kind) * 1000 + case
        mutant = KINDS[kind](random.Random(seed), base)
        with tempfile.TemporaryDirectory() as folder:
            problem = check_case(mutant, Path(folder))
        if problem:
            failures.append(f"seed {seed}: {mutant.what}: {problem}")
    for line in failures:
        print(f"{kind}: {line}", file=sys.stderr)
    assert not failures, f"{len(failures)} of {CASES_PER_KIND} {kind} cases:\n" + "\n".join(failures[:8])


def test_the_base_export_imports_whole() -> None:
    """The mutations start from a file that imports: every case that fails fails because of its mutation."""
    with tempfile.TemporaryDirectory() as folder:
        assert check_case(Mutant(BASE.read_bytes(), "utf-8", "unchanged"), Path(folder)) is None
        with Store.open(Path(folder) / "store.sqlite", readonly=True) as store:
            assert len(list(store.proposals.all())) == 10
