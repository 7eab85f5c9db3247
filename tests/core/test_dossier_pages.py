"""A 200-proposal dossier read back with pypdf: every bookmark, contents line and footer gives the page it is on.

The contents once ran over eight pages but were measured as ten, so every number pointed two pages late; a
dossier of a few proposals (one contents page) never showed it. The headings are found in the page text, not
taken from the outline, so a bookmark and a contents line are each checked against the page itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from red_desktop.core.committee import build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.messages import words
from red_desktop.core.plain_words import SURE
from red_desktop.core.reports import dossier
from red_desktop.core.reports.dossier import DossierFile, write_dossier
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import ranking_sensitivity
from red_desktop.core.store import Store

LANGUAGES = ("en", "es")
# The contested reasons' dossier in English only: its length and exactness do not depend on the language, and each
# 200-proposal dossier costs ~25 s to write and read back.
DOSSIERS = (("en", "", "all"), ("es", "", "all"), ("en", "-contested", "contested"))
FOOTER = re.compile(r"(?:Page|Página) (\d+) (?:of|de) (\d+)")


@dataclass(frozen=True)
class Read:
    written: DossierFile
    pages: list[str]  # each page's text; page n is pages[n - 1]
    outline: list[tuple[int, str, int]]  # (level, title, page) for every bookmark, in order
    uncertain: frozenset[str] = frozenset()  # codes whose p(top N) is strictly between 0.05 and 0.95


def read(written: DossierFile, uncertain: frozenset[str] = frozenset()) -> Read:
    reader = PdfReader(written.path)

    def walk(items: list[Any], level: int) -> Iterator[tuple[int, str, int]]:
        for item in items:
            if isinstance(item, list):
                yield from walk(item, level + 1)
            else:
                page = reader.get_destination_page_number(item)
                assert page is not None, item.title
                yield level, item.title, page + 1

    pages = [page.extract_text() for page in reader.pages]
    return Read(written, pages, list(walk(reader.outline, 0)), uncertain)


def heading_page(dossier: Read, level: int, title: str) -> int:
    """The one page that shows the heading: a section's title on a line of its own not followed by a contents
    line's page number; a proposal's sheet title, 'CODE — title' (the contents and decisions write 'CODE · ')."""
    if level == 0:
        pattern = re.compile(rf"^{re.escape(title)}\n(?!\s*\d+\s*$)", re.M)
    else:
        pattern = re.compile(rf"^{re.escape(title.split(' · ')[0])} — ", re.M)
    found = [n for n, page in enumerate(dossier.pages, start=1) if pattern.search(page)]
    assert len(found) == 1, (title, found)
    return found[0]


def contents(dossier: Read) -> list[int]:
    """The page number of each contents line, read in the outline's order from the pages before the body."""
    body = heading_page(dossier, *dossier.outline[0][:2])
    text = " ".join(" ".join(dossier.pages[1 : body - 1]).split())
    numbers, position = [], 0
    for _level, title, _page in dossier.outline:
        line = re.compile(rf"{re.escape(' '.join(title.split()))} (\d+)\b").search(text, position)
        assert line is not None, title
        numbers.append(int(line[1]))
        position = line.end()
    return numbers


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> dict[str, Read]:
    """The full dossier, charts included, as `red-desktop dossier` writes it, in two languages; and the dossier
    of the contested justifications only (`--reasons contested`)."""
    folder = tmp_path_factory.mktemp("dossier_pages")
    with Store.open(folder / "demo.sqlite", user="demo") as store:
        build_demo(store, rubric, proposals=200, evaluators=5, seed=1)
        committee = build_committee(store, rubric)
        sensitivity = ranking_sensitivity(committee.ranking, rubric, top_n=10, samples=200)
        uncertain = frozenset(
            r.code
            for r in committee.ranking
            if (p := sensitivity.proposals[r.uuid].p_top) is not None and 1 - SURE < p < SURE
        )
        return {
            f"{language}{suffix}": read(
                write_dossier(
                    store,
                    rubric,
                    committee,
                    folder / f"{language}{suffix}.pdf",
                    language=language,
                    sensitivity=sensitivity,
                    reasons=reasons,
                ),
                uncertain,
            )
            for language, suffix, reasons in DOSSIERS
        }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_bookmark_lands_on_its_heading(dossiers: dict[str, Read], language: str) -> None:
    dossier = dossiers[language]
    assert [level for level, _title, _page in dossier.outline].count(0) == 7
    assert len(dossier.outline) == 7 + 200
    assert heading_page(dossier, *dossier.outline[0][:2]) > 4  # the contents run over several pages
    for level, title, page in dossier.outline:
        assert page == heading_page(dossier, level, title), title


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_contents_line_gives_its_headings_page(dossiers: dict[str, Read], language: str) -> None:
    dossier = dossiers[language]
    expected = [heading_page(dossier, level, title) for level, title, _page in dossier.outline]
    assert contents(dossier) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_footer_gives_its_physical_page_of_the_real_count(dossiers: dict[str, Read], language: str) -> None:
    dossier = dossiers[language]
    total = len(dossier.pages)
    assert dossier.written.pages == total
    footers = [FOOTER.findall(page) for page in dossier.pages]
    assert footers == [[(str(n), str(total))] for n in range(1, total + 1)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_proposal_takes_more_than_two_pages(dossiers: dict[str, Read], language: str) -> None:
    """Each proposal's section ends, signature lines included, on the page it starts on or the next."""
    lengths = [end - start + 1 for start, end in spans(dossiers[language], language)]
    assert len(lengths) == 200 and min(lengths) >= 1 and max(lengths) <= 2


def spans(dossier: Read, language: str) -> list[tuple[int, int]]:
    """Each proposal's first and last page, from its title to its signature lines, the k-th signature block
    being the k-th proposal's: sections may share a page, one ending where the next begins."""
    starts = [page for level, _title, page in dossier.outline if level == 1]
    word = ("Signatures" if language == "en" else "Firmas").upper()
    signed = [n for n, page in enumerate(dossier.pages, start=1) for _ in range(page.upper().count(word))]
    return list(zip(starts, signed, strict=True))


CODE = re.compile(r"^RED-[A-Z]{2}-\d{4}-\d{3}$", re.M)


def section_pages(dossier: Read, index: int) -> list[str]:
    """The pages from the index-th section's heading to the next section's (which it may share)."""
    sections = [page for level, _title, page in dossier.outline if level == 0]
    return dossier.pages[sections[index] - 1 : sections[index + 1]]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ranking_is_dense_and_its_headers_whole(dossiers: dict[str, Read], language: str) -> None:
    """One line a proposal: at least 35 rows on every full A4 page (12 once), the header on each, unbroken."""
    charts = words(language).tc("dossier", "2. Charts")  # the next section, on a page of its own, names codes too
    pages = [page for page in section_pages(dossiers[language], 0) if CODE.search(page) and charts not in page]
    rows = [len(CODE.findall(page)) for page in pages]
    assert sum(rows) == 200 and len(pages) <= 5
    assert min(rows[:-1]) >= 35, rows
    spread = "Spread" if language == "en" else "Dispersión"
    assert all(re.search(rf"^\s*{spread}\s*$", page, re.M) for page in pages)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sensitivity_lists_only_the_uncertain_proposals(dossiers: dict[str, Read], language: str) -> None:
    dossier = dossiers[language]
    sensitivity = "".join(section_pages(dossier, 3))
    listed = set(CODE.findall(sensitivity.split("6. ")[0].split("5. ", 1)[1]))
    assert dossier.uncertain and listed == dossier.uncertain
    counts = {"en": "only the {n} whose place", "es": "solo se listan las {n} cuyo"}[language]
    assert counts.format(n=len(dossier.uncertain)) in " ".join(sensitivity.split())


def test_the_spanish_tables_write_decimal_commas(dossiers: dict[str, Read]) -> None:
    dossier = dossiers["es"]
    tables = [*section_pages(dossier, 0), *section_pages(dossier, 2), *section_pages(dossier, 3)]
    cells = [line.strip() for page in tables for line in page.splitlines()]
    assert not [c for c in cells if re.fullmatch(r"[-+]?\d+\.\d{1,2}", c)]
    assert len([c for c in cells if re.fullmatch(r"[-+]?\d+,\d{1,3}", c)]) > 1000
    assert "200 muestras" in "".join(section_pages(dossier, 3))


def test_a_front_matter_longer_than_measured_has_the_body_laid_out_again(
    store: Store, rubric: Rubric, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The measure is exact today; should a contents row ever change height with its number, the body (a chart
    included: its image is drawn twice) is numbered again rather than shipped off by the difference."""
    build_demo(store, rubric, proposals=8, evaluators=3, seed=3)
    measured, laid_out = dossier._pages, dossier._body
    calls: list[str] = []

    def miscounted(pdf: bytes) -> int:
        calls.append("measure")
        return measured(pdf) + (1 if calls.count("measure") == 1 else 0)

    def counted(*args: Any, **kwargs: Any) -> tuple[bytes, int]:
        calls.append("body")
        return laid_out(*args, **kwargs)

    monkeypatch.setattr(dossier, "_pages", miscounted)
    monkeypatch.setattr(dossier, "_body", counted)
    committee = build_committee(store, rubric)
    written = read(write_dossier(store, rubric, committee, tmp_path / "d.pdf"))
    assert calls.count("body") == 2
    charts = next(page for _level, title, page in written.outline if title == "2. Charts")
    assert "Committee totals of the first ranked proposals" in written.pages[charts - 1]
    assert [page for _level, _title, page in written.outline] == [
        heading_page(written, level, title) for level, title, _page in written.outline
    ]
    assert contents(written) == [page for _level, _title, page in written.outline]
    assert all(FOOTER.findall(text) == [(str(n), str(len(written.pages)))] for n, text in enumerate(written.pages, 1))


@pytest.mark.parametrize("language", ["en"])
def test_the_contested_reasons_dossier_is_well_under_the_full_ones_length_and_as_exact(
    dossiers: dict[str, Read], language: str
) -> None:
    """Every level of every evaluator, the justifications of contested sub-criteria only (the default): the issue
    found 526 pages in English and 633 in Spanish for these 200 proposals; well under half of that (250 and 258
    when written), and under two thirds of the full reasons' 417; bookmarks, contents and footers as exact."""
    full, dossier = dossiers[language], dossiers[f"{language}-contested"]
    assert len(dossier.pages) < 0.45 * {"en": 526, "es": 633}[language] + 30
    assert len(dossier.pages) < 0.65 * len(full.pages)
    for level, title, page in dossier.outline:
        assert page == heading_page(dossier, level, title), title
    assert contents(dossier) == [page for _level, _title, page in dossier.outline]
    total = len(dossier.pages)
    assert [FOOTER.findall(page) for page in dossier.pages] == [[(str(n), str(total))] for n in range(1, total + 1)]
    lengths = [end - start + 1 for start, end in spans(dossier, language)]
    assert len(lengths) == 200 and min(lengths) >= 1 and max(lengths) <= 2
    w = words(language)
    text = " ".join(" ".join(dossier.pages).split())
    contested = w.tc(
        "dossier",
        "Each evaluator's level for every sub-criterion; then, side by side, the justifications of the contested "
        "sub-criteria (levels two or more apart), tinted. The proposal's sheet gives every justification.",
    )
    none_contested = w.tc(
        "dossier",
        "No sub-criterion is contested (no levels two or more apart): each evaluator's level below; the "
        "proposal's sheet gives every justification.",
    )
    notes = [" ".join(note.split()[:6]) for note in (contested, none_contested)]
    assert sum(text.count(note) for note in notes) == 200
