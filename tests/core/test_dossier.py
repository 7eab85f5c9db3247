"""The committee dossier read back with pypdf: cover, contents with page numbers, outline, selection, language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.domain import Decision, DecisionKind
from red_desktop.core.errors import StoreError, ValidationError
from red_desktop.core.formatting import integer, number
from red_desktop.core.messages import words
from red_desktop.core.plain_words import read_agreement
from red_desktop.core.progress import Cancelled
from red_desktop.core.reports.dossier import write_dossier
from red_desktop.core.reports.dossier_plain import _band
from red_desktop.core.reports.dossier_tables import dossier_table
from red_desktop.core.reports.selection import Selection
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import ranking_sensitivity
from red_desktop.core.store import Store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Iterator[tuple[Store, CommitteeData]]:
    with Store.open(tmp_path_factory.mktemp("dossier") / "demo.sqlite", user="demo") as store:
        build_demo(store, rubric, proposals=16, evaluators=4, seed=6)
        yield store, build_committee(store, rubric)


def read(path: Path) -> tuple[PdfReader, str]:
    reader = PdfReader(path)
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_the_dossier_has_every_section_in_its_contents_and_outline(
    demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path: Path
) -> None:
    store, committee = demo
    sensitivity = ranking_sensitivity(committee.ranking, rubric, top_n=5, samples=200)
    written = write_dossier(store, rubric, committee, tmp_path / "d.pdf", sensitivity=sensitivity)
    reader, content = read(written.path)
    assert written.pages == len(reader.pages) and written.proposals == 16
    assert "Committee dossier" in content and f"Rubric: {rubric.name.get_text('en')}" in content
    assert f"Page 1 of {written.pages}" in content and f"Page {written.pages} of {written.pages}" in content
    outline = reader.outline
    titles = [item.title for item in outline if not isinstance(item, list)]
    assert titles == [
        "1. Ranking", "2. Charts", "3. Agreement between evaluators", "4. Evaluator calibration",
        "5. Ranking sensitivity", "6. Decisions", "7. Proposals",
    ]  # fmt: skip
    children = next(item for item in outline if isinstance(item, list))
    assert [c.title.split(" · ")[0] for c in children] == [r.code for r in committee.ranking]
    contents = reader.pages[1].extract_text()
    for child in children:  # the contents give the page the outline points to
        page = reader.get_destination_page_number(child) + 1
        assert re.search(rf"{re.escape(child.title.split(' · ')[0])}.*?\n?.*?\b{page}\b", contents, re.S)
    fonts = {str(f) for page in reader.pages[:3] for f in page["/Resources"]["/Font"].values()}
    assert fonts and all("DejaVu" in str(f.get_object()["/BaseFont"]) for page in reader.pages[:3]
                          for f in page["/Resources"]["/Font"].values())  # fmt: skip
    assert not any(page.images for page in reader.pages)  # the charts are vector drawings, not pictures


def test_the_selection_chooses_the_proposals(demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path: Path) -> None:
    store, committee = demo
    top = write_dossier(store, rubric, committee, tmp_path / "top.pdf", selection=Selection("top", top=3))
    _, content = read(top.path)
    ranked = [r for r in committee.ranking if r.rank is not None and r.rank <= 3]
    assert top.proposals == len(ranked) >= 3
    assert all(r.code in content for r in ranked)
    country = committee.ranking[0].country
    by_country = write_dossier(store, rubric, committee, tmp_path / "c.pdf", selection=Selection("country", country))
    assert by_country.proposals == sum(1 for r in committee.ranking if r.country == country)
    with pytest.raises(ValidationError, match="country"):
        write_dossier(store, rubric, committee, tmp_path / "x.pdf", selection=Selection("country", "XX"))
    assert not (tmp_path / "x.pdf").exists()


def test_one_proposal_is_a_selection_named_by_its_code(
    demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path: Path
) -> None:
    store, committee = demo
    chosen = committee.ranking[5]
    one = Selection("proposal", chosen.uuid)
    written = write_dossier(store, rubric, committee, tmp_path / "one.pdf", selection=one)
    reader, _ = read(written.path)
    assert written.proposals == 1 and f"Covers the proposal {chosen.code}:" in reader.pages[0].extract_text()
    with pytest.raises(ValidationError, match="proposal"):
        write_dossier(store, rubric, committee, tmp_path / "none.pdf", selection=Selection("proposal", ""))


@pytest.mark.parametrize(
    ("language", "one"),
    [("en", "1 proposal,"), ("es", "1 propuesta,"), ("pt", "1 proposta,")],
)
def test_a_one_proposal_dossier_counts_one_proposal_in_the_singular(
    demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path: Path, language: str, one: str
) -> None:
    store, committee = demo
    chosen = next(r for r in committee.ranking if r.rank is not None)
    selection = Selection("proposal", chosen.uuid)
    written = write_dossier(store, rubric, committee, tmp_path / "one.pdf", selection=selection, language=language)
    cover = " ".join(PdfReader(written.path).pages[0].extract_text().split())
    assert one in cover and one.replace(",", "s,") not in cover


@pytest.mark.parametrize(
    ("language", "finals", "covers"),
    [
        ("es", 1, "1 propuesta, 1 evaluación final de 1 evaluador"),
        ("es", 2, "1 propuesta, 2 evaluaciones finales de 2 evaluadores"),
        ("pt", 1, "1 proposta, 1 avaliação final de 1 avaliador"),
        ("pt", 2, "1 proposta, 2 avaliações finais de 2 avaliadores"),
    ],
)
def test_the_cover_counts_finals_and_evaluators_in_the_languages_plural_forms(
    demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path: Path, language: str, finals: int, covers: str
) -> None:
    """The catalogue's plural forms (tcn), not an English-shaped 'one or more' choice of two keys."""
    store, committee = demo
    chosen = next(r for r in committee.ranking if r.evaluations == finals)
    selection = Selection("proposal", chosen.uuid)
    written = write_dossier(store, rubric, committee, tmp_path / "one.pdf", selection=selection, language=language)
    cover = " ".join(PdfReader(written.path).pages[0].extract_text().split())
    assert covers in cover, cover


def test_spanish_and_portuguese_labels(demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path: Path) -> None:
    store, committee = demo
    expected = {
        "es": ("Expediente del comité", "Índice", "Clasificación", "Página 1 de"),
        "pt": ("Dossiê do comitê", "Sumário", "Concordância entre avaliadores", "Página 1 de"),
    }
    for language, said in expected.items():
        written = write_dossier(
            store, rubric, committee, tmp_path / f"{language}.pdf", selection=Selection("top", top=2), language=language
        )
        _, content = read(written.path)
        assert all(word in content for word in said), language


def test_the_verification_code_is_stable_and_follows_a_decision(tmp_path: Path, store: Store, rubric: Rubric) -> None:
    build_demo(store, rubric, proposals=6, evaluators=3, seed=2)
    first = write_dossier(store, rubric, build_committee(store, rubric), tmp_path / "a.pdf")
    again = write_dossier(store, rubric, build_committee(store, rubric), tmp_path / "b.pdf")
    assert first.content_hash == again.content_hash
    target = build_committee(store, rubric).ranking[0]
    store.decisions.record(
        Decision(target.uuid, DecisionKind.APPROVE, "Sólida", date.today().isoformat(), members_present=("Ana",)),
        rubric,
    )
    decided = write_dossier(store, rubric, build_committee(store, rubric), tmp_path / "c.pdf")
    assert decided.content_hash != first.content_hash
    _, content = read(decided.path)
    assert "Approve on" in content and "Sólida" in content


def test_cancelling_leaves_no_file_and_a_bad_target_is_refused(
    demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path: Path
) -> None:
    store, committee = demo

    class StopSoon:
        calls = 0

        def update(self, done: int, total: int) -> None:
            return None

        def status(self, text: str) -> None:
            return None

        def cancelled(self) -> bool:
            StopSoon.calls += 1
            return StopSoon.calls > 5

    with pytest.raises(Cancelled):
        write_dossier(store, rubric, committee, tmp_path / "d.pdf", progress=StopSoon())
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(StoreError, match="dossier"):
        write_dossier(store, rubric, committee, tmp_path / "missing" / "d.pdf")


def test_counts_and_signs_follow_the_language(
    demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path: Path
) -> None:
    """'1,000 samples' read as one in Spanish; a signed deviation ('-8.6') kept its point beside '1,1'."""
    store, committee = demo
    sensitivity = ranking_sensitivity(committee.ranking, rubric, top_n=5, samples=1000)
    for language, samples in {"en": "1,000 samples", "es": "1.000 muestras", "pt": "1.000 amostras"}.items():
        written = write_dossier(
            store, rubric, committee, tmp_path / f"{language}.pdf", language=language, sensitivity=sensitivity
        )
        _, content = read(written.path)
        assert samples in content and integer(1000, language) in samples
        signed_cells = re.findall(r"^[-+]\d+[.,]\d$", content, re.M)
        assert signed_cells and all(("," in c) == (language != "en") for c in signed_cells)


def test_a_table_leaves_no_row_alone_on_a_page() -> None:
    """Split where one row would go over alone, the table moves rows along (or starts on the next page)."""
    rows = [["head"], *([f"row {n}"] for n in range(10))]
    table = dossier_table(rows, [100], 1)
    _, height = table.wrap(100, 1000)
    row = table._rowHeights[1]
    first, rest = table.split(100, height - row + 1)  # room for all but the last row
    assert len(first._cellvalues) == 1 + 7 and len(rest._cellvalues) == 1 + 3  # the header repeated
    assert table.split(100, table._rowHeights[0] + 2 * row + 1) == []  # two rows at a page's foot: next page


@pytest.mark.parametrize(
    ("language", "koo", "rule", "nominal"),
    [
        ("en", "by Koo and Li (2016", "at least 5 points and its ±2 SE interval excludes zero", "Nominal alpha"),
        ("es", "según Koo y Li (2016", "al menos 5 puntos y su intervalo", "El alfa nominal"),
        ("pt", "segundo Koo e Li (2016", "pelo menos 5 pontos e o seu intervalo", "O alfa nominal"),
    ],
)
def test_the_figures_sections_say_in_plain_words_what_they_mean(
    demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path: Path, language: str, koo: str, rule: str, nominal: str
) -> None:
    """Agreement with its bands (Koo & Li 2016 for ICC, Krippendorff 2004 for alpha), calibration with its one rule,
    sensitivity with how many places the weights decide; a percentage never parted from its number."""
    store, committee = demo
    sensitivity = ranking_sensitivity(committee.ranking, rubric, top_n=5, samples=200)
    path = tmp_path / f"{language}.pdf"
    write_dossier(store, rubric, committee, path, language=language, sensitivity=sensitivity, charts=False)
    content = " ".join(read(path)[1].split())  # lines joined: a sentence may wrap anywhere
    for said in (koo, "Krippendorff (2004", rule, nominal):
        assert said in content, said
    reading = read_agreement(committee.agreement)
    assert reading.icc is not None and reading.icc_band is not None
    icc = f"{reading.icc:.2f}".replace(".", "," if language != "en" else ".")
    band = _band(words(language), reading.icc_band)
    assert f"{icc}, {band}" in content
    assert not re.search(r"\d\n%", read(path)[1])


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_the_scores_headers_beside_the_eligibility_keep_their_words_whole(
    demo: tuple[Store, CommitteeData], rubric: Rubric, tmp_path: Path, language: str
) -> None:
    """Seen in English: the scores table beside the eligibility broke its header 'Weig/ht' and wrapped '87.8 / 100'."""
    store, committee = demo
    path = tmp_path / f"{language}.pdf"
    write_dossier(store, rubric, committee, path, language=language, selection=Selection("top", top=3), charts=False)
    lines = {line.strip() for line in read(path)[1].splitlines()}
    w = words(language)
    for head in (w.tc("sheet", "Weight"), w.tc("sheet", "Points")):
        assert head in lines, head
    totals = [r.total for r in committee.ranking[:3]]
    for total in totals:
        assert w.tc("sheet", "{total} / 100", total=number(total, language, 1)) in read(path)[1]
