"""The last of the core's English said in the user's language (issue 18): backups and restores, demo data, the
proposal list's query, settings and profile, a rubric file, scores, evaluators and evaluations, the key roster, why
ICC(2) and ICC(3) are blank, and the marker of a cell an XLSX export cut, in the export's own language. Each in
Spanish or Portuguese, each keeping its English (and its machine code and place) for whoever reads it in English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from red_desktop.core import backups
from red_desktop.core.agreement import agreement
from red_desktop.core.demo import check_demo_size
from red_desktop.core.domain import Decision, DecisionKind, Evaluator
from red_desktop.core.errors import (
    ConflictError,
    NotFoundError,
    RedDesktopError,
    RubricError,
    StoreError,
    ValidationError,
)
from red_desktop.core.exports.cells import EXCEL_CELL_LIMIT, fit_for_excel
from red_desktop.core.exports.columns import Column, Kind
from red_desktop.core.exports.tables import Table
from red_desktop.core.listing import ListQuery, check_query
from red_desktop.core.messages import set_language
from red_desktop.core.plain_words import two_way_reason
from red_desktop.core.rubric import Rubric, load_rubric, parse_rubric
from red_desktop.core.scoring import check_levels
from red_desktop.core.settings import Role, Settings
from red_desktop.core.store import Store
from red_desktop.core.store.evaluations import finalization_problems
from tests.factories import proposal


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Each test may speak another language; English is always back afterwards."""
    yield
    set_language("en")


def test_a_restore_refused_says_why_in_spanish(store: Store, tmp_path: Path) -> None:
    missing = tmp_path / "copia.sqlite"
    with pytest.raises(StoreError) as refused:
        backups.restore(store.path, missing, root=tmp_path / "backups")
    assert refused.value.message_code == "nothing_restored"
    assert str(refused.value) == f"There is no backup at {missing}. Nothing was restored"
    set_language("es")
    assert str(refused.value) == f"No hay ninguna copia de seguridad en {missing}. No se restauró nada"
    empty = tmp_path / "vacia.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(StoreError, match="está vacío: no contiene ninguna base de datos de RED Desktop"):
        backups.examine_backup(empty)
    with pytest.raises(StoreError, match="no se puede restaurar a partir de sí misma"):
        backups.restore(store.path, store.path, root=tmp_path / "backups")


def test_the_demo_s_refusals_speak_portuguese_with_grouped_numbers(store: Store, rubric: Rubric) -> None:
    with pytest.raises(RedDesktopError, match="must be from 1 to 100,000 \\(got 0\\)"):
        check_demo_size(0, 3)
    set_language("pt")
    with pytest.raises(RedDesktopError) as refused:
        check_demo_size(0, 3)
    assert str(refused.value) == "O número de propostas de demonstração deve ser de 1 a 100.000 (recebido 0)"
    store.proposals.add(proposal())
    with pytest.raises(RedDesktopError, match="já contém propostas"):
        from red_desktop.core.demo import build_demo

        build_demo(store, rubric, proposals=1, evaluators=1)


def test_a_list_query_and_a_profile_are_refused_in_spanish(tmp_path: Path) -> None:
    set_language("es")
    with pytest.raises(ValidationError) as refused:
        check_query(ListQuery(sort="nope", min_total=float("nan")))
    assert [p.code for p in refused.value.problems] == ["not_one_of", "not_a_number"]
    said = str(refused.value)
    assert said.startswith("La consulta de la lista de propuestas no pasa la validación: sort: debe ser uno de: ")
    assert "min_total: debe ser un número o nada" in said
    with pytest.raises(ValidationError, match="min_total: es mayor que max_total \\(10\\)"):
        check_query(ListQuery(min_total=20, max_total=10))
    settings = Settings(tmp_path / "settings.json", {})
    with pytest.raises(ValidationError, match="^El perfil no pasa la validación: name: debe tener de 1 a 200"):
        settings.set_profile(" ", Role.FIELD_EVALUATOR)


def test_a_rubric_file_is_refused_in_spanish_its_places_kept_in_english(tmp_path: Path) -> None:
    bad = tmp_path / "rubrica.json"
    bad.write_text('{\n  "id": "x",\n  oops\n}', encoding="utf-8")
    with pytest.raises(RubricError) as refused:
        load_rubric(bad)
    (problem,) = refused.value.problems
    assert problem.location == "line 3 column 3" and problem.code == "not_json"
    set_language("es")
    assert problem.where == "línea 3, columna 3"
    assert str(refused.value).startswith(f"La rúbrica {bad} no pasa la validación: línea 3, columna 3: no es JSON")
    with pytest.raises(RubricError) as parsed:
        parse_rubric({"format_version": 99}, "r.json")
    problems = {p.location: p.message for p in parsed.value.problems}
    assert problems["format_version"] == "debe ser 1"
    assert problems["criteria"] == "debe ser una lista no vacía"
    assert problems["languages"] == "debe ser una lista no vacía de códigos de idioma"


def test_scores_and_evaluations_are_refused_in_portuguese(store: Store, rubric: Rubric) -> None:
    set_language("pt")
    with pytest.raises(ValidationError) as refused:
        check_levels({"A1": 9, "Z9": 1}, rubric)
    assert str(refused.value) == (
        "O conjunto de notas não passa na validação: A1: o nível deve ser um número inteiro de 0 a 4 (recebido 9); "
        "Z9: não é um subcritério da rubrica red-default 2026.1"
    )
    kept = store.proposals.add(proposal())
    ana = store.evaluators.add(Evaluator("Ana Lucía Quispe"))
    with pytest.raises(ValidationError, match="name: já consta da lista de avaliadores"):
        store.evaluators.add(Evaluator("Ana Lucía Quispe"))
    with pytest.raises(NotFoundError, match="Não há avaliador chamado 'Jorge'"):
        store.evaluators.by_name("Jorge")
    draft = store.evaluations.create(kept.uuid, ana.uuid, rubric)
    with pytest.raises(ConflictError, match="Este avaliador já tem uma avaliação desta proposta"):
        store.evaluations.create(kept.uuid, ana.uuid, rubric)
    with pytest.raises(ConflictError, match="Só uma avaliação final pode ser reaberta; esta é um rascunho"):
        store.evaluations.reopen(draft.uuid, "erro", rubric)
    with pytest.raises(
        ValidationError, match="^A avaliação a marcar como final não passa na validação: A1: não tem nota"
    ):
        store.evaluations.finalize(draft.uuid, rubric)
    store.evaluations.set_score(draft.uuid, "A1", 0, "", rubric)
    problems = finalization_problems(store.evaluations.get(draft.uuid), rubric)
    assert (problems[0].code, problems[0].message) == ("justification_needed", "o nível 0 precisa de uma justificativa")


def test_a_decided_proposal_locks_its_evaluations_naming_the_decision_in_spanish(store: Store, rubric: Rubric) -> None:
    kept = store.proposals.add(proposal())
    store.decisions.record(
        Decision(kept.uuid, DecisionKind.APPROVE_WITH_CONDITIONS, "Bien", date.today().isoformat(), "Carta", ("Ana",)),
        rubric,
    )
    with pytest.raises(ConflictError) as locked:
        store.evaluations.create(kept.uuid, "nobody", rubric)
    assert locked.value.message_code == "decided_locked"
    day = date.today().isoformat()
    assert str(locked.value) == (
        f"The committee has decided on this proposal (approve with conditions, {day}); its evaluations are locked"
    )
    set_language("es")
    assert str(locked.value) == (
        f"El comité ya decidió sobre esta propuesta (aprobar con condiciones, {day}); sus evaluaciones están bloqueadas"
    )


def test_the_key_roster_refuses_in_spanish(store: Store) -> None:
    set_language("es")
    with pytest.raises(NotFoundError) as refused:
        store.roster.revoke("AAAA-BBBB-CCCC-DDDD", "perdida")
    assert refused.value.message_code == "no_key"
    assert str(refused.value) == "No hay ninguna clave con la huella AAAA-BBBB-CCCC-DDDD en el registro de claves"
    with pytest.raises(ValidationError, match="^La revocación de una clave no pasa la validación"):
        store.roster.revoke("AAAA-BBBB-CCCC-DDDD", " ")


def test_why_icc2_and_icc3_are_blank_in_portuguese_with_the_plural_of_its_count() -> None:
    ratings = [[60, 70, None, None], [None, 50, 55, None], [None, None, 80, 85], [40, None, None, 45]]
    figures = agreement(ratings)
    set_language("pt")
    assert two_way_reason(figures) == (
        "ICC(2) e ICC(3) precisam de pelo menos 2 propostas avaliadas por cada um dos 4 avaliadores; 0 de 4 "
        "propostas atendem a isso"
    )


def test_a_cut_cell_is_marked_in_the_export_s_language_and_the_note_in_the_person_s(tmp_path: Path) -> None:
    table = Table("decisions", (Column("rationale", Kind.TEXT, ""),), pd.DataFrame({"rationale": ["x" * 40_000]}))
    set_language("es")
    fitted, notes = fit_for_excel(table, "pt")
    cell = fitted.frame.loc[0, "rationale"]
    assert len(cell) == EXCEL_CELL_LIMIT
    assert cell.endswith("… [cortado pela exportação: 40.000 caracteres na base de dados]")
    assert notes == [
        "decisions.rationale: 1 celda (fila 2 de la hoja) recortadas a los 32.767 caracteres de Excel, marcadas "
        "'[cortado pela exportação]'; la exportación CSV conserva el texto completo"
    ]
    set_language("en")
    english, _ = fit_for_excel(table)
    assert english.frame.loc[0, "rationale"].endswith("… [truncated by the export: 40,000 characters in the store]")


def test_an_export_to_xlsx_marks_a_cut_cell_in_its_language(
    store: Store, rubric: Rubric, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    from red_desktop.core.exports import ExportOptions, cells, export_store

    monkeypatch.setattr(cells, "EXCEL_CELL_LIMIT", 200)  # the store keeps no text as long as Excel's real limit
    store.proposals.add(proposal(regional_diagnosis="d" * 500))
    result = export_store(store, rubric, "xlsx", tmp_path / "libro.xlsx", options=ExportOptions(language="es"))
    sheet = openpyxl.load_workbook(result.paths[0], read_only=True)["proposals"]
    cut = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str) and c.startswith("ddd")]
    marker = "… [recortado por la exportación: 500 caracteres en la base de datos]"
    assert cut == ["d" * (200 - len(marker)) + marker]
    assert result.notes and "marked '[recortado por la exportación]'" in result.notes[0]
