"""Issue 15: re-imports keep what the mapping leaves out, updates say what they change, problems lead with a
summary and are grouped, fixed values, and sectors split only on the form's own separator."""

from __future__ import annotations

from pathlib import Path

from red_desktop.core.importing.apply import import_records
from red_desktop.core.importing.convert import to_records
from red_desktop.core.importing.mapping import ColumnMapping
from red_desktop.core.importing.readers import read_table
from red_desktop.core.importing.records import ERROR, WARNING, ImportReport
from red_desktop.core.store import Store
from tests.factories import csv_export

HEADER = ["_uuid", "codigo", "titulo", "pais", "monto", "sectores", "actor", "tipo_actor"]
FULL = ColumnMapping(
    "full",
    columns={
        "codigo": "proposal.code",
        "titulo": "proposal.title",
        "pais": "proposal.country",
        "monto": "proposal.requested_amount",
        "sectores": "proposal.sectors",
        "actor": "actor[1].name",
        "tipo_actor": "actor[1].actor_type",
    },
)


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    return csv_export(path, header, rows)


def row(n: int, title: str = "Clúster", amount: str = "600000", actor: str = "Cámara") -> list[str]:
    return [f"uuid-{n}", f"RED-PE-2026-{n:03d}", f"{title} {n}", "PE", amount, "Agro; Water supply", actor, "business"]


def run(store: Store, path: Path, mapping: ColumnMapping, *, dry_run: bool = False) -> ImportReport:
    records, problems = to_records(read_table(path), mapping)
    return import_records(store, records, problems, path.name, valid_only=False, dry_run=dry_run)


def without(mapping: ColumnMapping, *columns: str) -> ColumnMapping:
    kept = {c: t for c, t in mapping.columns.items() if c not in columns}
    return ColumnMapping("partial", columns=kept, values=mapping.values)


def test_a_reimport_never_blanks_a_field_whose_column_this_mapping_leaves_out(store: Store, tmp_path: Path) -> None:
    first = write(tmp_path / "a.csv", [row(n) for n in range(1, 43)])
    assert run(store, first, FULL).added == 42
    again = write(tmp_path / "b.csv", [row(n, title="Nuevo") for n in range(1, 43)])
    report = run(store, again, without(FULL, "monto", "actor", "tipo_actor"))
    assert (report.added, report.updated, report.errors) == (0, 42, 0)
    stored = store.proposals.by_code("RED-PE-2026-007")
    assert stored.title == "Nuevo 7" and stored.requested_amount == 600_000  # not 0
    assert [a.name for a in stored.actors] == ["Cámara"]  # no actor columns: the actors are kept
    assert {c.field for u in report.updates for c in u.changes} == {"title"}
    # the same partial file again changes nothing
    assert run(store, again, without(FULL, "monto", "actor", "tipo_actor")).unchanged == 42


def test_a_mapped_but_empty_cell_still_empties_its_field(store: Store, tmp_path: Path) -> None:
    run(store, write(tmp_path / "a.csv", [row(1)]), FULL)
    report = run(store, write(tmp_path / "b.csv", [row(1, amount="")]), FULL)
    assert report.updated == 1 and store.proposals.by_code("RED-PE-2026-001").requested_amount == 0


def test_updates_list_the_fields_they_change_and_a_dry_run_reports_exactly_what_the_import_does(
    store: Store, tmp_path: Path
) -> None:
    run(store, write(tmp_path / "a.csv", [row(1), row(2)]), FULL)
    changed = write(tmp_path / "b.csv", [row(1, amount="600000000"), row(2), row(3)])
    preview = run(store, changed, FULL, dry_run=True)
    assert store.proposals.by_code("RED-PE-2026-001").requested_amount == 600_000  # nothing written yet
    real = run(store, changed, FULL)
    assert preview.to_json() == real.to_json()
    assert (real.added, real.updated, real.unchanged) == (1, 1, 1)
    (update,) = real.updates
    assert update.line() == "RED-PE-2026-001: requested amount 600,000 → 600,000,000"
    assert (update.row, update.submission_id, update.proposal_uuid) == (
        2,
        "uuid-1",
        store.proposals.by_code("RED-PE-2026-001").uuid,
    )
    assert real.to_json()["updates"] == [
        {
            "row": 2,
            "submission_id": "uuid-1",
            "proposal_uuid": update.proposal_uuid,
            "code": "RED-PE-2026-001",
            "changes": [{"field": "requested_amount", "old": "600,000", "new": "600,000,000"}],
        }
    ]


def test_a_changed_actor_is_one_change_naming_the_actors(store: Store, tmp_path: Path) -> None:
    run(store, write(tmp_path / "a.csv", [row(1)]), FULL)
    report = run(store, write(tmp_path / "b.csv", [row(1, actor="Gobernación")]), FULL)
    ((change,),) = [u.changes for u in report.updates]
    assert (change.field, change.old, change.new) == ("actors", "Cámara (business, 0)", "Gobernación (business, 0)")


def test_a_file_without_title_and_country_leads_with_one_summary(tmp_path: Path) -> None:
    header = ["_uuid", "S6_wash.q6_6_latrine_type", "S1.hh_size", "S2.village"]
    survey = write(tmp_path / "survey.csv", [[f"u{n}", "pit", "5", "Kabul"] for n in range(300)], header)
    mapping = ColumnMapping("guess", columns={"S2.village": "proposal.region_name"})
    records, problems = to_records(read_table(survey), mapping)
    assert records == []
    assert [(p.row, p.severity, p.reason) for p in problems] == [
        (None, ERROR, "title and country are not mapped: this does not look like a proposal form")
    ]
    only_country = ColumnMapping("guess", columns={"S2.village": "proposal.title"})
    _, problems = to_records(read_table(survey), only_country)
    assert [p.reason for p in problems] == ["country is not mapped: this does not look like a proposal form"]


def test_repeated_problems_are_grouped(tmp_path: Path) -> None:
    rows = [row(n, title="") for n in range(1, 31)]
    for r in rows:
        r[2] = ""
    records, problems = to_records(read_table(write(tmp_path / "a.csv", rows)), FULL)
    report = ImportReport(problems=tuple(problems))
    groups = [g for g in report.grouped() if g.severity == ERROR]
    assert len(groups) == 1 and groups[0].count == 30
    assert groups[0].line() == "titulo: is required — 30 rows (rows 2, 3, 4, 5, 6, …)"
    assert report.to_json()["problem_groups"][0]["count"] == 30  # type: ignore[index]


def test_file_level_problems_of_many_columns_are_one_group(tmp_path: Path) -> None:
    header = [*HEADER, *(f"extra_{n}" for n in range(20))]
    path = write(tmp_path / "a.csv", [[*row(1), *("x" * 20)]], header)
    _, problems = to_records(read_table(path), FULL)
    (group,) = ImportReport(problems=tuple(problems)).grouped()
    assert group.severity == WARNING and group.rows == (None,) * 20 and len(group.columns) == 20
    assert group.line().endswith("— 20 columns: extra_0, extra_1, extra_2, extra_3, extra_4, …")


def test_country_names_give_one_summary_line_not_one_warning_per_row(tmp_path: Path) -> None:
    rows = [row(n) for n in range(1, 13)]
    for n, r in enumerate(rows):
        r[3] = "Peru" if n % 2 else "Mexico"
    records, problems = to_records(read_table(write(tmp_path / "a.csv", rows)), FULL)
    assert len(records) == 12 and {r.proposal.country for r in records} == {"PE", "MX"}
    warnings = [p for p in problems if p.severity == WARNING]
    assert [(p.row, p.column, p.reason) for p in warnings] == [
        (None, "pais", "12 rows name their country in words: Mexico → MX, Peru → PE")
    ]


def test_a_fixed_value_fills_a_field_the_file_lacks(tmp_path: Path) -> None:
    header = ["_uuid", "codigo", "titulo"]
    path = write(tmp_path / "a.csv", [["u1", "RED-AF-2026-001", "Agua"], ["u2", "RED-AF-2026-002", "Riego"]], header)
    mapping = ColumnMapping("af", columns={"codigo": "proposal.code", "titulo": "proposal.title"})
    setattr(mapping, "fixed", {"proposal.country": "AF"})  # noqa: B010  (ColumnMapping.fixed may not exist yet)
    records, problems = to_records(read_table(path), mapping)
    assert not [p for p in problems if p.severity == ERROR]
    assert [r.proposal.country for r in records] == ["AF", "AF"]
    assert records[0].provided is not None and "country" in records[0].provided
    setattr(mapping, "fixed", {"proposal.country": "Atlántida"})  # noqa: B010
    _, problems = to_records(read_table(path), mapping)
    assert {(p.row, p.column) for p in problems if p.severity == ERROR} == {
        (2, "proposal.country (fixed value)"),
        (3, "proposal.country (fixed value)"),
    }


def test_a_column_wins_over_a_fixed_value(tmp_path: Path) -> None:
    mapping = ColumnMapping("x", columns=dict(FULL.columns))
    setattr(mapping, "fixed", {"proposal.country": "AF"})  # noqa: B010
    records, _ = to_records(read_table(write(tmp_path / "a.csv", [row(1)])), mapping)
    assert records[0].proposal.country == "PE"


def test_a_free_text_sectors_column_keeps_water_supply_whole(tmp_path: Path) -> None:
    rows = [row(1)]
    rows[0][5] = "Water supply"
    records, _ = to_records(read_table(write(tmp_path / "a.csv", rows)), FULL)
    assert records[0].proposal.sectors == ("Water supply",)
    rows[0][5] = "Water supply; Sanitation, hygiene\nRoads"
    records, _ = to_records(read_table(write(tmp_path / "b.csv", rows)), FULL)
    assert records[0].proposal.sectors == ("Water supply; Sanitation, hygiene\nRoads",)  # the issue: "none"
    rows[0][5] = "Water supply"
    table = read_table(write(tmp_path / "c.csv", rows))
    table.multiple.add("sectores")  # as the reader marks a Kobo select-multiple
    records, _ = to_records(table, FULL)
    assert records[0].proposal.sectors == ("Water", "supply")


def test_an_import_checked_before_the_store_changed_writes_nothing(store: Store, tmp_path: Path) -> None:
    """What Import does is what the preview showed: the wizard hands the import its preview, and a store written
    in between (another window, a command) refuses the import whole instead of doing something else."""
    import pytest

    from red_desktop.core.errors import StaleImportError

    run(store, write(tmp_path / "a.csv", [row(1), row(2)]), FULL)
    changed = write(tmp_path / "b.csv", [row(1, amount="600000000"), row(2), row(3)])
    records, problems = to_records(read_table(changed), FULL)
    preview = import_records(store, records, problems, changed.name, valid_only=False, dry_run=True)
    run(store, write(tmp_path / "c.csv", [row(3, title="Other")]), FULL)  # another window imports meanwhile
    before = [(p.code, p.title, p.requested_amount) for p in store.proposals.all()]
    with pytest.raises(StaleImportError, match="check the file again"):
        import_records(store, records, problems, changed.name, valid_only=False, dry_run=False, expected=preview)
    assert [(p.code, p.title, p.requested_amount) for p in store.proposals.all()] == before
    again = import_records(store, records, problems, changed.name, valid_only=False, dry_run=True)
    assert import_records(store, records, problems, changed.name, valid_only=False, dry_run=False, expected=again)
