"""The core's remaining English said in the user's language (issue 18): a decision's problems, the public key file,
the merge, a save over a newer revision, why an agreement figure is undefined, the history, an export's progress
and notes, the dossier's cover and sensitivity ties, and `check`'s counts. Each in Spanish or Portuguese, each
keeping its English (and its machine code) for whoever reads it in English."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from red_desktop.cli.main import main
from red_desktop.core import identity, merging
from red_desktop.core.agreement import agreement, intraclass_correlations
from red_desktop.core.decision_rules import decision_problems, reason_problems
from red_desktop.core.domain import AuditEntry, Decision, DecisionKind
from red_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from red_desktop.core.exports.cells import excel_problems, fit_for_excel
from red_desktop.core.exports.columns import Column, Kind
from red_desktop.core.exports.tables import ExportOptions, Table, agreement_table
from red_desktop.core.exports.writers import check_xlsx_path
from red_desktop.core.history import describe, event_json, history_events, line
from red_desktop.core.messages import set_language, words
from red_desktop.core.plain_words import SensitivityReading
from red_desktop.core.reports.dossier import _selection
from red_desktop.core.reports.dossier_plain import sensitivity_ties
from red_desktop.core.reports.selection import Selection, check_selection
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.factories import proposal


@pytest.fixture
def speaking() -> Iterator[object]:
    """set_language for one test; English is always back afterwards."""
    yield set_language
    set_language("en")


def test_a_decision_missing_its_rationale_says_so_in_spanish(speaking: object) -> None:
    decision = Decision("p", DecisionKind.APPROVE, "  ", "1999-01-01", members_present=("Ana", "ana"))
    problems = decision_problems(decision, date(2026, 3, 1))
    assert [p.code for p in problems] == ["required", "date_out_of_range", "listed_twice"]
    assert [str(p).split(" (")[0] for p in problems] == [
        "rationale: is required",
        "decided_on: must lie between 2000-01-01 and today",
        "members_present[2]: is listed twice",
    ]
    set_language("es")
    assert [p.reason for p in problems] == [
        "es obligatorio",
        "debe estar entre 2000-01-01 y hoy (2026-03-01)",
        "figura dos veces",
    ]
    assert reason_problems("x" * 5001)[0].reason == "tiene 5.001 caracteres; el límite es 5.000"


def test_a_public_key_file_refused_in_portuguese(speaking: object, tmp_path: Path) -> None:
    bad = tmp_path / "chave.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        identity.read_public_key(bad)
    assert str(refused.value) == f"The public key file {bad} is not valid: file: is not JSON"
    set_language("pt")
    assert str(refused.value) == f"O arquivo de chave pública {bad} não passa na validação: file: não é JSON"
    bad.write_bytes(b" " * (identity.MAX_PUBLIC_KEY_FILE + 1))
    with pytest.raises(ValidationError, match="é grande demais para ser uma chave"):
        identity.read_public_key(bad)
    with pytest.raises(ValidationError, match="não está assinada|não é uma chave pública do RED Desktop"):
        identity.parse_public_key([])


def test_a_merge_without_a_reason_and_a_stale_save_are_refused_in_spanish(
    speaking: object, store: Store, rubric: Rubric
) -> None:
    first = store.proposals.add(proposal("RED-PE-2026-001"))
    second = store.proposals.add(proposal("RED-PE-2026-002"))
    set_language("es")
    with pytest.raises(ValidationError) as refused:
        merging.merge(store, second.uuid, first.uuid, " ", rubric)
    assert str(refused.value) == (
        "La fusión no pasa la validación: reason: es obligatorio: el registro de auditoría guarda el porqué"
    )
    store.proposals.update(replace(first, title="Otra"))
    with pytest.raises(ConflictError) as stale:
        store.proposals.update(replace(first, title="Vieja"))
    assert stale.value.message_code == "changed_elsewhere"
    assert str(stale.value) == (
        "La propuesta RED-PE-2026-001 se modificó en otro lugar (revisión 2, la suya es 1); vuelva a cargarla antes "
        "de guardar"
    )
    with pytest.raises(NotFoundError, match="No hay ninguna propuesta con el código RED-XX"):
        store.proposals.by_code("RED-XX")


def test_a_stale_decision_revision_is_refused_in_portuguese(speaking: object, store: Store, rubric: Rubric) -> None:
    kept = store.proposals.add(proposal("RED-PE-2026-001"))
    today = date.today().isoformat()
    first = store.decisions.record(
        Decision(kept.uuid, DecisionKind.DEFER, "Falta a carta", today, members_present=("Ana",)), rubric
    )
    store.decisions.revise(replace(first, rationale="Outra"), "erro de digitação", rubric)
    set_language("pt")
    with pytest.raises(ConflictError) as stale:
        store.decisions.revise(replace(first, rationale="Velha"), "outro erro", rubric)
    assert stale.value.message_code == "changed_elsewhere"
    assert str(stale.value).startswith("A decisão foi alterada em outro lugar (revisão 2, a sua é 1)")


def test_why_a_figure_is_undefined_follows_the_language_and_an_export_says_it_in_its_own(speaking: object) -> None:
    figures, _ = intraclass_correlations([[1, 2], [2, None], [None, 3]])
    english = "needs at least 2 items rated by all 2 raters (got 1 of 3 items)"
    assert figures["icc3"].reason == english
    result = agreement([[3, 3, 3], [3, 3, None], [3, 3, 3]])
    set_language("es")
    assert figures["icc3"].reason == "necesita al menos 2 ítems calificados por los 2 evaluadores (hay 1 de 3 ítems)"
    assert result.reasons["icc1"] == "todas las calificaciones son iguales, así que no hay varianza que repartir"
    flat = agreement([[2, 2], [1, 3], [3, 1]])
    assert "(cuadrado medio entre ítems 0,000)" in flat.reasons["icc1k"]
    exported = agreement_table(result, {}, ExportOptions(language="pt")).frame["undefined"][0]
    assert "icc1: todas as avaliações são iguais, então não há variância a repartir" in exported
    assert "todas las" not in exported


def entry(action: str, entity: str = "proposal", uuid: str = "p", **values: str | None) -> AuditEntry:
    return AuditEntry("2026-02-02T09:00:00.000Z", "Ana", action, entity, uuid, **values)  # type: ignore[arg-type]


def test_the_history_lines_speak_portuguese_and_its_json_stays_english(speaking: object) -> None:
    entries = [
        entry(
            "decision", field="decision", old_value="approve_with_conditions", new_value="reject", reason="Sem carta"
        ),
        entry("decision_withdrawn", field="decision", old_value="reject", new_value=None, reason="Erro"),
        entry("update", field="status", old_value="decided", new_value="draft"),
        entry("exchange_added", "evaluation", "e1", field="version", new_value="v1", reason="pacote Y"),
        entry("conflict_resolved", "gate_override", field="version", new_value="c3", reason="como mostrado"),
    ]
    events = history_events(entries, "p", {"e1": "Jorge Luis Mamani"})
    english = [describe(e) for e in events]
    assert english[0] == "Decision revised: approve with conditions → reject."
    assert english[1:3] == ["Decision withdrawn (was reject).", "Status: decided → draft."]
    set_language("pt")
    assert [describe(e) for e in events] == [
        "Decisão revisada: aprovar com condições → rejeitar.",
        "Decisão retirada (era rejeitar).",
        "Status: decidida → rascunho.",
        "Avaliação de Jorge Luis Mamani recebida em um pacote.",
        "Conflito sobre a exceção de elegibilidade resolvido.",
    ]
    assert line(events[0]).endswith("Motivo: Sem carta")
    assert event_json(events[0])["text"] == english[0]  # --json keeps English for machines


def test_an_export_says_its_progress_and_notes_in_spanish(speaking: object, tmp_path: Path) -> None:
    table = Table("decisions", (Column("rationale", Kind.TEXT, ""),), pd.DataFrame({"rationale": ["a\x0bb", "ok"]}))
    set_language("es")
    _, notes = fit_for_excel(table)
    assert notes == ["decisions.rationale: se quitaron caracteres de control de 1 celda (fila 2 de la hoja)"]
    problems = excel_problems(replace(table, frame=pd.DataFrame({"rationale": ["\x01", "\x02"]})))
    assert str(problems[0]).endswith(
        "2 celdas (filas 2, 3 de la hoja) con caracteres de control que un archivo XLSX no admite"
    )
    with pytest.raises(ValidationError, match="El destino de la exportación no pasa .*debe terminar en .xlsx"):
        check_xlsx_path(tmp_path / "libro.csv")
    said: list[str] = []

    class Seen:
        def status(self, text: str) -> None:
            said.append(text)

        def update(self, done: int, total: int) -> None:
            pass

        def cancelled(self) -> bool:
            return False

    from red_desktop.core.exports.writers import write_xlsx

    write_xlsx(tmp_path / "libro.xlsx", [fit_for_excel(table)[0]], Seen())  # type: ignore[arg-type]
    assert said == ["Escribiendo la hoja decisions", "Guardando el libro"]


def test_the_dossier_cover_counts_and_names_the_status_in_the_language() -> None:
    w = words("es")
    assert _selection(w, Selection("top", top=1), "") == "la primera propuesta clasificada"
    assert _selection(w, Selection("top", top=5000), "") == "las primeras 5.000 propuestas clasificadas"
    assert _selection(words("en"), Selection("top", top=1), "") == "the first ranked proposal"
    assert _selection(words("pt"), Selection("status", "under_review"), "") == "as propostas com status “Em análise”"


def test_sensitivity_ties_take_the_plural_form_of_their_number() -> None:
    reading = SensitivityReading(top_n=10, sure_in=0, uncertain=0, sure_out=0, tied_pairs=1, profile_pairs=3)
    assert sensitivity_ties(reading, "en") == [
        "1 neighbouring pair ties at every weighting (identical scores, same weights); 3 pairs with identical "
        "scores in different region types swap only when one type's weights move against the other's."
    ]
    assert sensitivity_ties(reading, "pt")[0].startswith("1 par vizinho empata com qualquer ponderação")


def test_a_wrong_selection_is_refused_in_portuguese(speaking: object) -> None:
    set_language("pt")
    with pytest.raises(
        ValidationError,
        match="A seleção de propostas não passa na validação: top: deve ser um número inteiro de 1 a 1.000",
    ):
        check_selection(Selection("top", top=0))


def test_check_groups_its_counts_the_language_s_way(
    store_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    Store.open(store_path, user="tester").close()
    monkeypatch.setattr(Store, "counts", lambda self: {"proposals": 12_345})
    assert main(["--lang", "es", "check", "--db", str(store_path)]) == 0
    assert "  proposals             12.345" in capsys.readouterr().out
    assert main(["check", "--db", str(store_path)]) == 0
    assert "  proposals             12,345" in capsys.readouterr().out
    assert main(["check", "--db", str(store_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"] == {"proposals": 12_345}
