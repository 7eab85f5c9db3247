"""A minimally tagged PDF: the dossier's headings as marked content and a structure tree, so a screen reader can
move from heading to heading.

ReportLab's open-source version writes no structure tree. A tagged flowable (`Tagged`, or one made so by `tag`)
wraps its drawing in `/H1 <</MCID n>> BDC … EMC`, n counted from 0 on each page, and the canvas keeps the marks
(`drawn`). Once the parts are joined, `tag_document` adds the catalog's /MarkInfo, /Lang and /StructTreeRoot:
a /Document element holding one /H1 or /H2 element a heading, in reading order, each naming its page and marked
content, and the /ParentTree that maps each page's /StructParents to its elements. (Reading the marks back from
the content streams would cost more: reportlab's streams are ASCII85, which pypdf decodes in Python.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    TextStringObject,
)
from reportlab.platypus import Flowable

ROLES = ("H1", "H2")  # by contents level: a section, a proposal
_MARKS = "_red_marks"  # on the canvas: the marks drawn
_COUNTER = "_red_mcid"  # on the canvas: (page number, the next MCID on it)


@dataclass(frozen=True)
class Mark:
    """A heading's marked content: the page (0-based, in the joined document), its MCID there, its role."""

    page: int
    mcid: int
    role: str


def role(level: int) -> str:
    return ROLES[min(level, len(ROLES) - 1)]


def begin(canvas: Any, tag_role: str) -> None:
    """Open marked content `tag_role` on the canvas's current page, with the page's next MCID."""
    page = canvas.getPageNumber()
    counted_page, mcid = getattr(canvas, _COUNTER, (page, 0))
    mcid = mcid if counted_page == page else 0
    setattr(canvas, _COUNTER, (page, mcid + 1))
    canvas.addLiteral(f"/{tag_role} <</MCID {mcid}>> BDC")
    canvas.__dict__.setdefault(_MARKS, []).append(Mark(page - 1, mcid, tag_role))


def drawn(canvas: Any, first_page: int = 0) -> list[Mark]:
    """The marks drawn on the canvas, in order, their pages counted from `first_page` (where this part starts)."""
    return [replace(m, page=first_page + m.page) for m in getattr(canvas, _MARKS, [])]


def end(canvas: Any) -> None:
    canvas.addLiteral("EMC")


class Tagged(Flowable):
    """A flowable drawn inside marked content of its `tag_role` (none: drawn as it is)."""

    tag_role: str | None = None

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 (reportlab's names)
        if self.tag_role is None:
            super().drawOn(canvas, x, y, _sW)
            return
        begin(canvas, self.tag_role)
        super().drawOn(canvas, x, y, _sW)
        end(canvas)


_classes: dict[type, type] = {}


def tag(flowable: Any, tag_role: str) -> Any:
    """Make `flowable` (of a class not written for it, such as a sheet's paragraph) a Tagged one of its class."""
    kind = type(flowable)
    if not isinstance(flowable, Tagged):
        if kind not in _classes:
            _classes[kind] = type(f"Tagged{kind.__name__}", (Tagged, kind), {"__module__": __name__})
        flowable.__class__ = _classes[kind]
    flowable.tag_role = tag_role
    return flowable


def tag_after(story: Sequence[Any], anchor: type, tag_role: str, style: str) -> None:
    """Tag, after each `anchor` flowable, the first paragraph in the style named `style` (a proposal's visible
    title after the invisible mark where its section starts), before the next anchor."""
    waiting = False
    for flowable in story:
        if isinstance(flowable, anchor):
            waiting = True
        elif waiting and getattr(getattr(flowable, "style", None), "name", None) == style:
            tag(flowable, tag_role)
            waiting = False


def tag_document(writer: PdfWriter, marks: Sequence[Mark], titles: Sequence[str], language: str) -> None:
    """Mark the joined document tagged: /MarkInfo, /Lang, /DisplayDocTitle when it has a title, and the structure
    tree of the headings drawn (`marks`, their pages in the joined document). Each heading element takes its title
    from `titles` (in the same order) as /T, when there is one for each mark."""
    named = list(titles) if len(titles) == len(marks) else [""] * len(marks)
    catalog = writer._root_object
    catalog[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    catalog[NameObject("/Lang")] = TextStringObject(language)
    if writer.metadata and writer.metadata.get("/Title"):
        catalog[NameObject("/ViewerPreferences")] = DictionaryObject(
            {NameObject("/DisplayDocTitle"): BooleanObject(True)}
        )
    root = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    root_ref = writer._add_object(root)
    document = DictionaryObject(
        {NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Document"),
         NameObject("/P"): root_ref}
    )  # fmt: skip
    document_ref = writer._add_object(document)
    kids = ArrayObject()
    by_page: dict[int, dict[int, IndirectObject]] = {}
    for mark, title in zip(marks, named):
        page = writer.pages[mark.page]
        element = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/StructElem"),
                NameObject("/S"): NameObject(f"/{mark.role}"),
                NameObject("/P"): document_ref,
                NameObject("/Pg"): page.indirect_reference,
                NameObject("/K"): NumberObject(mark.mcid),
            }
        )
        if title:
            element[NameObject("/T")] = TextStringObject(title)
        reference = writer._add_object(element)
        kids.append(reference)
        by_page.setdefault(mark.page, {})[mark.mcid] = reference
    numbers = ArrayObject()
    for key, (index, elements) in enumerate(sorted(by_page.items())):
        writer.pages[index][NameObject("/StructParents")] = NumberObject(key)
        by_mcid = [elements.get(mcid, NullObject()) for mcid in range(max(elements) + 1)]
        numbers += [NumberObject(key), ArrayObject(by_mcid)]
    document[NameObject("/K")] = kids
    root[NameObject("/K")] = document_ref
    root[NameObject("/ParentTree")] = writer._add_object(DictionaryObject({NameObject("/Nums"): numbers}))
    root[NameObject("/ParentTreeNextKey")] = NumberObject(len(by_page))
    catalog[NameObject("/StructTreeRoot")] = root_ref
