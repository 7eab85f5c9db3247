"""Damaged XLSX workbooks (issue 16, item 6): each is read or refused with a ValidationError naming the file, never
an internal error (zlib.error, an XML ParseError, a TypeError or IndexError from openpyxl, ...).

Seeded mutations of the XLSX fixtures and of a workbook made with openpyxl: bytes of the archive flipped, zeroed or
cut off at random offsets; a member's XML cut short, given garbage, a broken tag, a wrong cell reference or type, a
shared-string index that points nowhere; a member removed or emptied. Every failing case is listed (kind, base,
seed, what was done, the exception), so a fix can be checked against the exact example.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook  # type: ignore[import-untyped]

from red_desktop.core.errors import ValidationError
from red_desktop.core.importing.readers import SourceTable, read_table

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
BASES = ("kobo_propuestas_es.xlsx", "kobo_dot_groups.xlsx", "kobo_formulario_red_es.xlsx")
CASES_PER_KIND = 50  # per kind, spread over the bases: 9 kinds, 450 cases


def _made_workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "propuestas"
    sheet.append(["titulo", "pais", "monto", "fecha", "sector"])
    for number in range(1, 21):
        sheet.append([f"Propuesta {number}", "Perú", number * 1000.5, f"2026-03-{number:02d}", "agua"])
    actors = book.create_sheet("actores")
    actors.append(["_parent_index", "nombre", "tipo"])
    for number in range(1, 21):
        actors.append([number, f"Actor {number}", "ong"])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _bases() -> dict[str, bytes]:
    bases = {name: (FIXTURES / name).read_bytes() for name in BASES}
    bases["openpyxl"] = _made_workbook()
    return bases


# --- byte-level damage of the archive ----------------------------------------------------------------------------


def _flip(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    damaged = bytearray(data)
    offsets = sorted(rng.randrange(len(data)) for _ in range(rng.randint(1, 8)))
    for offset in offsets:
        damaged[offset] ^= 1 << rng.randrange(8)
    return bytes(damaged), f"bits flipped at {offsets}"


def _truncate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    cut = rng.randrange(8, len(data))
    return data[:cut], f"cut at byte {cut} of {len(data)}"


def _zero(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    start = rng.randrange(len(data))
    length = rng.randint(1, 64)
    damaged = bytearray(data)
    damaged[start : start + length] = bytes(len(damaged[start : start + length]))
    return bytes(damaged), f"{length} bytes zeroed at {start}"


# --- damage inside a member, re-zipped ---------------------------------------------------------------------------


def _members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def _xml_member(members: dict[str, bytes], rng: random.Random) -> str:
    sheets = sorted(n for n in members if n.startswith("xl/worksheets/") and n.endswith(".xml"))
    others = sorted(n for n in members if n.endswith(".xml") or n.endswith(".rels"))
    return rng.choice(sheets) if rng.random() < 0.7 and sheets else rng.choice(others)


def _xml_cut(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    members = _members(data)
    name = _xml_member(members, rng)
    cut = rng.randrange(len(members[name]))
    members[name] = members[name][:cut]
    return _zipped(members), f"{name} cut at byte {cut}"


def _xml_garbage(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    members = _members(data)
    name = _xml_member(members, rng)
    body = members[name]
    at = rng.randrange(len(body))
    junk = rng.choice([b"<", b">", b"&", b"\x00", b"</x>", b"<c r=", b'"', b"\xff\xfe", bytes(rng.randbytes(6))])
    members[name] = body[:at] + junk + body[at:]
    return _zipped(members), f"{junk!r} inserted into {name} at {at}"


_EDITS: tuple[tuple[str, bytes, Callable[[random.Random], bytes]], ...] = (
    (
        "cell reference",
        rb'<c r="[A-Z]+[0-9]+"',
        lambda r: r.choice([b'<c r="ZZZZZZ0"', b'<c r="A"', b'<c r="1"', b'<c r="-"', b'<c r="XFE1048577"']),
    ),
    (
        "cell type",
        rb'<c r="([A-Z]+[0-9]+)"( s="[0-9]+")?( t="[a-z]+")?',
        lambda r: b'<c r="A2" t="' + r.choice([b"s", b"b", b"e", b"d", b"n", b"str", b"x"]) + b'"',
    ),
    (
        "value",
        rb"<v>[^<]*</v>",
        lambda r: r.choice(
            [
                b"<v>999999</v>",
                b"<v>-1</v>",
                b"<v>abc</v>",
                b"<v></v>",
                b"<v>1e999</v>",
                b"<v>NaN</v>",
                b"<v>2026-13-45</v>",
            ]
        ),
    ),
    ("style", rb's="[0-9]+"', lambda r: r.choice([b's="999"', b's="-1"', b's="x"'])),
    (
        "dimension",
        rb'<dimension ref="[^"]*"',
        lambda r: r.choice([b'<dimension ref="A1:"', b'<dimension ref="ZZ"', b'<dimension ref=""']),
    ),
    (
        "tag",
        rb"</?(row|sheetData|c|v|si|t|sheet|sheets|Relationship)[ >]",
        lambda r: r.choice([b"<", b"</"]) + r.choice([b"rw", b"cc", b"sheetDat", b"x"]) + b" ",
    ),
    (
        "attribute",
        rb'(r:id|Target|sheetId|name|count|uniqueCount)="[^"]*"',
        lambda r: r.choice([b'r:id="rId99"', b'Target="nowhere.xml"', b'sheetId="x"', b'name=""', b'count="-5"']),
    ),
)


def _xml_edit(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    members = _members(data)
    for _ in range(10):
        name = _xml_member(members, rng)
        what, pattern, replacement = rng.choice(_EDITS)
        found = list(re.finditer(pattern, members[name]))
        if found:
            match = rng.choice(found)
            new = replacement(rng)
            body = members[name]
            members[name] = body[: match.start()] + new + body[match.end() :]
            return _zipped(members), f"{what} in {name}: {match.group(0)!r} -> {new!r}"
    return _xml_cut(data, rng)


def _remove_member(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    members = _members(data)
    name = rng.choice(sorted(members))
    del members[name]
    return _zipped(members), f"{name} removed"


def _empty_member(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    members = _members(data)
    name = rng.choice(sorted(members))
    members[name] = rng.choice([b"", b"<?xml version='1.0'?>", b"not xml", b"<a/>"])
    return _zipped(members), f"{name} replaced by {members[name]!r}"


KINDS: dict[str, Callable[[bytes, random.Random], tuple[bytes, str]]] = {
    "flip": _flip,
    "truncate": _truncate,
    "zero": _zero,
    "xml_cut": _xml_cut,
    "xml_garbage": _xml_garbage,
    "xml_edit": _xml_edit,
    "xml_edit_again": _xml_edit,  # the edits are the likeliest to reach openpyxl's parsing: twice the cases
    "remove_member": _remove_member,
    "empty_member": _empty_member,
}


def _outcome(path: Path) -> str | None:
    """None when the workbook was read or refused as it should be; else what went wrong."""
    try:
        table = read_table(path)
    except ValidationError as error:
        if path.name not in str(error):
            return f"the refusal does not name the file: {error}"
        return None
    except Exception as error:  # noqa: BLE001 - what this test is looking for
        return f"{type(error).__module__}.{type(error).__qualname__}: {str(error)[:200]}"
    return None if isinstance(table, SourceTable) else f"read_table returned {type(table).__name__}"


@pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl says which parts it did without
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_damaged_workbooks_are_read_or_refused(kind: str, tmp_path: Path) -> None:
    bases = _bases()
    names = sorted(bases)
    failures: list[str] = []
    for seed in range(CASES_PER_KIND):
        rng = random.Random(f"{kind}-{seed}")
        base = names[seed % len(names)]
        damaged, what = KINDS[kind](bases[base], rng)
        path = tmp_path / f"damaged_{seed}.xlsx"
        path.write_bytes(damaged)
        problem = _outcome(path)
        if problem is not None:
            failures.append(f"{kind} {base} seed {seed} ({what}): {problem}")
    assert not failures, f"{len(failures)} of {CASES_PER_KIND} cases:\n" + "\n".join(failures)


def test_the_bases_are_read(tmp_path: Path) -> None:
    """The undamaged bases are read, so the mutations above start from a workbook that works."""
    for name, data in _bases().items():
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(data)
        assert read_table(path).columns, name


def test_a_damaged_workbook_is_refused_by_name_with_the_reason(tmp_path: Path) -> None:
    members = _members((FIXTURES / "kobo_propuestas_es.xlsx").read_bytes())
    members["xl/worksheets/sheet1.xml"] = members["xl/worksheets/sheet1.xml"][:200]
    path = tmp_path / "cortado.xlsx"
    path.write_bytes(_zipped(members))
    with pytest.raises(ValidationError) as caught:
        read_table(path)
    assert "'cortado.xlsx'" in str(caught.value)
    assert "is not a readable XLSX workbook" in str(caught.value)
