"""The dossier as a tagged PDF (issue 14): its headings are marked content (/H1, /H2 with an MCID a page) and the
catalog's structure tree lists them in reading order, on the pages the outline gives, for a screen reader."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.reports.dossier import write_dossier
from red_desktop.core.reports.selection import Selection
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Iterator[tuple[Store, CommitteeData]]:
    with Store.open(tmp_path_factory.mktemp("tags") / "demo.sqlite", user="demo") as store:
        build_demo(store, rubric, proposals=16, evaluators=4, seed=6)
        yield store, build_committee(store, rubric)


@pytest.fixture(scope="module")
def dossier(demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path_factory: pytest.TempPathFactory) -> Path:
    store, committee = demo
    return write_dossier(store, rubric, committee, tmp_path_factory.mktemp("tagged") / "d.pdf").path


def elements(reader: PdfReader) -> list[DictionaryObject]:
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    document = root["/K"].get_object()
    assert document["/S"] == "/Document" and document.raw_get("/P").idnum == root.indirect_reference.idnum
    return [kid.get_object() for kid in document["/K"]]


def page_of(reader: PdfReader, element: DictionaryObject) -> int:
    """The element's /Pg as a 1-based page number."""
    numbers = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages, start=1)}
    return numbers[element.raw_get("/Pg").idnum]


def outline(reader: PdfReader) -> list[tuple[str, str, int]]:
    """(role, title, page) of each bookmark, in order: sections H1, proposals under them H2."""
    out = []
    for item in reader.outline:
        for child in item if isinstance(item, list) else [item]:
            role = "/H2" if isinstance(item, list) else "/H1"
            out.append((role, child.title, reader.get_destination_page_number(child) + 1))
    return out


def marked_text(page: Any) -> dict[int, tuple[str, str]]:
    """The page's marked content by MCID: its tag and the text drawn inside it."""
    found: dict[int, tuple[str, str]] = {}
    open_: list[int | None] = []

    def operator(op: bytes, args: list[Any], *_: Any) -> None:
        if op == b"BDC":
            mcid = args[1].get("/MCID") if isinstance(args[1], dict) else None
            open_.append(mcid)
            if mcid is not None:
                found[mcid] = (str(args[0]), "")
        elif op == b"EMC":
            open_.pop()

    def drawn(text: str, *_: Any) -> None:
        if open_ and open_[-1] is not None:
            tag, before = found[open_[-1]]
            found[open_[-1]] = (tag, before + text)

    page.extract_text(visitor_operand_before=operator, visitor_text=drawn)
    return {mcid: (tag, " ".join(text.split())) for mcid, (tag, text) in found.items()}


def test_the_catalog_says_the_dossier_is_tagged_and_in_its_language(
    demo: tuple[Store, CommitteeData], rubric: Rubric, dossier: Path, tmp_path: Path
) -> None:
    catalog = PdfReader(dossier).trailer["/Root"]
    assert bool(catalog["/MarkInfo"]["/Marked"]) and catalog["/Lang"] == "en"
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])  # the title, not the file name, in the window
    assert catalog["/StructTreeRoot"]["/Type"] == "/StructTreeRoot"
    store, committee = demo
    spanish = write_dossier(
        store, rubric, committee, tmp_path / "es.pdf", selection=Selection("top", top=2), language="es"
    )  # fmt: skip
    reader = PdfReader(spanish.path)
    assert reader.trailer["/Root"]["/Lang"] == "es"
    assert [e.get("/T") for e in elements(reader)][:2] == ["Índice", "1. Clasificación"]


def test_the_structure_tree_lists_the_outlines_headings_on_the_same_pages(dossier: Path) -> None:
    reader = PdfReader(dossier)
    tree = [(str(e["/S"]), e.get("/T"), page_of(reader, e)) for e in elements(reader)]
    assert tree[0] == ("/H1", "Contents", 2)  # the front matter's one heading; the cover has none
    assert tree[1:] == outline(reader)
    assert [role for role, _, _ in tree].count("/H2") == 16


def test_each_element_marks_its_headings_text_on_its_page(dossier: Path) -> None:
    reader = PdfReader(dossier)
    texts: dict[int, dict[int, tuple[str, str]]] = {}
    for element in elements(reader):
        number, mcid, role = page_of(reader, element), element["/K"], str(element["/S"])
        page = reader.pages[number - 1]
        stream = page.get_contents()
        assert stream is not None and f"{role} <</MCID {mcid}>> BDC".encode() in stream.get_data()
        if number not in texts:
            texts[number] = marked_text(page)
        tag, drawn = texts[number][mcid]
        title = str(element["/T"])
        assert tag == role
        # a proposal's heading is its sheet's title line, "code — title" where the outline says "code · title"
        assert drawn == " ".join(title.split()) or drawn == " ".join(title.replace(" · ", " — ", 1).split())
    for number, marks in texts.items():  # MCIDs counted from 0 on each page
        assert sorted(marks) == list(range(len(marks))), number


def test_the_parent_tree_maps_each_pages_struct_parents_to_its_elements(dossier: Path) -> None:
    reader = PdfReader(dossier)
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    numbers = root["/ParentTree"]["/Nums"]
    parents = {int(numbers[i]): [ref.idnum for ref in numbers[i + 1]] for i in range(0, len(numbers), 2)}
    assert list(parents) == list(range(len(parents))) and root["/ParentTreeNextKey"] == len(parents)
    expected: dict[int, dict[int, int]] = {}
    for ref in root["/K"].get_object()["/K"]:
        assert isinstance(ref, IndirectObject)
        element = ref.get_object()
        expected.setdefault(page_of(reader, element), {})[int(element["/K"])] = ref.idnum
    keyed = {}
    for number, page in enumerate(reader.pages, start=1):
        if "/StructParents" in page:
            keyed[number] = parents[int(page["/StructParents"])]
    assert keyed == {number: [by[m] for m in sorted(by)] for number, by in expected.items()}
    assert len(keyed) == len(parents)


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed")
def test_poppler_reads_the_dossier_as_tagged(dossier: Path) -> None:
    info = subprocess.run(["pdfinfo", str(dossier)], capture_output=True, text=True, check=True).stdout
    assert "Tagged:          yes" in info
    tree = subprocess.run(["pdfinfo", "-struct", str(dossier)], capture_output=True, check=True).stdout
    assert tree.startswith(b'Document\n  H1 "Contents"')
