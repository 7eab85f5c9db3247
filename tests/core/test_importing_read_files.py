"""Issue 15, the reading layer: cut-off files, other encodings, Kobo's "." groups, select-multiples, no warnings.

Fixtures from tests/fixtures/imports/make_read_fixtures.py.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from red_desktop.core.errors import ValidationError
from red_desktop.core.importing.conventions import field_key, field_name, identity_column, is_meta, split_choices, tidy
from red_desktop.core.importing.readers import read_table

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def _problems(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [f"{p.location} {p.message}" for p in error.value.problems]


def test_a_file_cut_off_mid_row_is_refused_naming_the_row() -> None:
    with pytest.raises(ValidationError) as error:
        read_table(FIXTURES / "cut_off_22.csv")
    assert _problems(error) == ["row 3 has 14 of 22 columns: the file may be cut off"]


def test_a_missing_final_newline_alone_is_not_an_error() -> None:
    table = read_table(FIXTURES / "no_final_newline_22.csv")
    assert len(table.frame) == 2 and table.frame["monto_solicitado"].tolist() == ["600000000", "600000000"]
    assert table.frame["observaciones"].iloc[-1] == "ninguna"


def test_a_short_row_anywhere_and_a_long_row_are_refused_naming_each(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as error:
        read_table(FIXTURES / "extra_cells_22.csv")
    assert _problems(error) == ["row 3 has 23 cells but the header has 22 columns"]
    short = tmp_path / "short.csv"
    short.write_text("a,b,c\n1,2,3\n4,5\n6,7,8\n", encoding="utf-8")
    with pytest.raises(ValidationError) as error:
        read_table(short)
    assert _problems(error) == ["row 3 has 2 of 3 columns"]


def test_a_file_cut_off_inside_a_quoted_cell_is_refused(tmp_path: Path) -> None:
    cut = tmp_path / "cut.csv"
    cut.write_text('a,b,c\n1,2,3\n4,5,"six\nand', encoding="utf-8")
    with pytest.raises(ValidationError, match="ends inside a quoted cell: the file may be cut off"):
        read_table(cut)


def test_blank_rows_and_trailing_separators_only_rows_are_not_short_rows(tmp_path: Path) -> None:
    path = tmp_path / "blank.csv"
    path.write_text("a;b;c\n1;2;3\n\n;\n4;5;6\n", encoding="utf-8")
    assert read_table(path).frame["c"].tolist() == ["3", "6"]


def test_excel_unicode_text_is_read_as_utf16() -> None:
    table = read_table(FIXTURES / "excel_unicode_text.txt")
    assert (table.encoding, table.delimiter, len(table.columns), len(table.frame)) == ("utf-16", "\t", 22, 3)
    first = table.frame.iloc[0]
    assert (first["titulo"], first["pais"], first["diagnostico"]) == (
        "Proyecto 1, fase uno",
        "Perú",
        "Región con brechas, rural.",
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-8"])
def test_byte_order_marks_choose_the_encoding(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufefftítulo,país\nAçaí,Perú\n".encode(encoding))
    table = read_table(path)
    assert table.columns == ["título", "país"] and table.frame.iloc[0].tolist() == ["Açaí", "Perú"]


def test_a_utf16_file_cut_at_an_odd_byte_is_refused(tmp_path: Path) -> None:
    data = (FIXTURES / "excel_unicode_text.txt").read_bytes()
    path = tmp_path / "cut.txt"
    path.write_bytes(data[:-3])
    with pytest.raises(ValidationError, match="UTF-16"):
        read_table(path)


def test_kobo_xlsx_with_many_choice_groups_raises_no_pandas_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        read_table(FIXTURES / "kobo_dot_groups.xlsx")
        read_table(FIXTURES / "kobo_propuestas_es.xlsx")


def test_kobo_dot_group_separator() -> None:
    assert is_meta("meta.instanceID") and is_meta("meta.rootUuid") and is_meta("meta/rootUuid")
    assert field_name("grupo.pregunta") == "pregunta" and field_key("datos.titulo_proyecto") == "titulo proyecto"
    assert field_name("No. of firms") == "No. of firms" and field_name("2.5 km") == "2.5 km"
    assert not is_meta("datos.codigo")
    table = read_table(FIXTURES / "kobo_dot_groups.xlsx")
    assert {"meta.instanceID", "meta.rootUuid", "_uuid", "_id"} <= set(table.meta)
    assert identity_column(table.columns) == "_uuid"
    assert identity_column(["meta.instanceID", "datos.titulo"]) == "meta.instanceID"


def test_only_real_select_multiples_are_folded() -> None:
    table = read_table(FIXTURES / "kobo_dot_groups.xlsx")
    assert table.select_multiple == {
        "datos.sectores": ["datos.sectores.agua_potable", "datos.sectores.turismo", "datos.sectores.logistica"]
    }
    assert {"servicios.agua", "servicios.luz", "g0.q0", "g39.q2"} <= set(table.columns)  # independent yes/no
    assert "servicios" not in table.columns and "g0" not in table.columns
    assert table.frame["servicios.luz"].tolist() == ["0", "1", "0"]


def test_choice_columns_that_disagree_with_their_parent_are_not_folded() -> None:
    frame = pd.DataFrame({"q": ["a b", "c"], "q/a": ["1", "0"], "q/b": ["1", "0"], "q/c": ["0", "0"]}, dtype=object)
    assert tidy(frame).select_multiple == {} and list(tidy(frame).frame.columns) == ["q", "q/a", "q/b", "q/c"]
    frame.loc[1, "q/c"] = "1"
    assert tidy(frame).select_multiple == {"q": ["q/a", "q/b", "q/c"]} and list(tidy(frame).frame.columns) == ["q"]


def test_select_multiples_split_on_spaces_written_lists_never() -> None:
    table = read_table(FIXTURES / "kobo_dot_groups.xlsx")
    assert table.multiple == {"datos.sectores"}
    first, second, _ = table.frame.to_dict("records")
    assert split_choices(first["datos.sectores"], "datos.sectores" in table.multiple) == ("agua_potable", "turismo")
    assert split_choices(first["sectores_texto"], "sectores_texto" in table.multiple) == ("Water supply",)
    assert split_choices(second["sectores_texto"], False) == (second["sectores_texto"].strip(),)  # as written
    assert split_choices("Water, sanitation and hygiene", False) == ("Water, sanitation and hygiene",)


def test_an_odk_export_without_choice_columns_still_names_its_select_multiples(tmp_path: Path) -> None:
    path = tmp_path / "odk.csv"
    path.write_text(
        "KEY,datos-sectores,datos-titulo,datos-tipo\n"
        "uuid:1,agroindustria cadenas_de_valor,Water supply,emergente\n"
        "uuid:2,turismo,agua potable y saneamiento,marginada\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.multiple == {"datos-sectores"}  # a title with capitals or a lone word is not a list of choices
    plain = tmp_path / "plain.csv"
    plain.write_text("titulo,sectores\nuno,agua potable\n", encoding="utf-8")
    assert read_table(plain).multiple == set()  # not a form tool's export: no identity column


def test_equal_cells_of_a_repetitive_column_share_one_string(tmp_path: Path) -> None:
    """Memory (issue 15 item 7): a 100,000-row export's cells are mostly repeats (a country, a choice), and each str
    costs 50 bytes or more; sharing them as they are read took the reading peak from 317 to 203 MB."""
    path = tmp_path / "many.csv"
    rows = [f"{n},Proyecto {n},PE,marginada\n" for n in range(5000)]
    path.write_text("codigo,titulo,pais,tipo_region\n" + "".join(rows), encoding="utf-8")
    frame = read_table(path).frame
    assert frame["pais"].iloc[0] is frame["pais"].iloc[4999] and frame["tipo_region"].nunique() == 1
    assert list(frame["titulo"][:2]) == ["Proyecto 0", "Proyecto 1"] and frame["titulo"].nunique() == 5000
