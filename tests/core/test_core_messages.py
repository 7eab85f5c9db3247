"""The core's texts follow the interface language: every t() and msg() literal of the core is in the Spanish and
Portuguese catalogues with the same placeholders, a refusal reads in Spanish, and English is the fallback."""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from red_desktop.core import messages
from red_desktop.core.messages import catalogue_path, set_language, t
from red_desktop.core.rubric import Rubric
from tests.exchange_world import World

CORE = Path(__file__).resolve().parents[2] / "red_desktop" / "core"
EXCHANGE = CORE / "exchange"
CLI = CORE.parent / "cli"  # the command line's own sentences share the core's catalogue (the Makefile extracts both)
LANGUAGES = ("es", "pt")
# Raised for a person to read: in the exchange, their message comes from t(), never from a bare text.
ERRORS = {"PackageError", "ConflictError", "NotFoundError", "ValidationError", "KeyFileError"}


# The functions whose literal is a catalogue's key, and which argument it is (as the Makefile's pybabel --keyword).
KEYWORDS = {"t": 0, "msg": 1}


def imports_t(tree: ast.Module) -> bool:
    return any(
        isinstance(node, ast.ImportFrom)
        and node.module == "red_desktop.core.messages"
        and any(alias.name in KEYWORDS for alias in node.names)
        for node in ast.walk(tree)
    )


def translated_modules() -> list[Path]:
    """Every core or command-line module that imports t or msg: the exchange's, validation's, the importer's..."""
    paths = sorted(CORE.rglob("*.py")) + sorted(CLI.rglob("*.py"))
    return [path for path in paths if imports_t(ast.parse(path.read_text(encoding="utf-8")))]


@pytest.fixture
def spanish() -> Iterator[None]:
    """The core speaks Spanish for one test; English is always back afterwards, whatever happens."""
    set_language("es")
    try:
        yield
    finally:
        set_language("en")


def t_calls(path: Path) -> Iterator[tuple[int, ast.expr | None]]:
    """(line, the text argument) of every call of t or msg in the module."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in KEYWORDS:
            index = KEYWORDS[node.func.id]
            yield node.lineno, node.args[index] if len(node.args) > index else None


def msg_codes(path: Path) -> Iterator[tuple[int, ast.expr | None]]:
    """(line, the code argument) of every call of msg in the module."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg":
            yield node.lineno, node.args[0] if node.args else None


def source_texts() -> dict[str, str]:
    """English text -> where it is first used; fails on any t() whose text is not a literal."""
    texts: dict[str, str] = {}
    wrong = []
    for path in translated_modules():
        for line, first in t_calls(path):
            where = f"{path.relative_to(CORE.parent)}:{line}"
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                texts.setdefault(first.value, where)
            else:
                wrong.append(where)
    assert wrong == [], f"t() takes a literal (implicit concatenation is fine), so catalogues can hold it: {wrong}"
    return texts


def fields(text: str) -> set[tuple[str, str, str]]:
    """The {placeholders} as str.format reads them: name, format spec, conversion."""
    return {
        (name, spec or "", conversion or "") for _, name, spec, conversion in string.Formatter().parse(text) if name
    }


def entries(language: str) -> dict[str, tuple[str, bool]]:
    """English text -> (translation, fuzzy) for every message of the language's catalogue."""
    with catalogue_path(language).open("rb") as handle:
        read = read_po(handle)
    return {str(m.id): (str(m.string or ""), m.fuzzy) for m in read if m.id}


def test_every_text_is_a_literal_and_there_are_texts() -> None:
    assert len(source_texts()) > 50
    adopted = {path.name for path in translated_modules() if path.parent == EXCHANGE}
    assert {"envelope.py", "receive.py", "package.py", "canonical.py", "resolving.py", "service.py"} <= adopted


def test_no_exchange_error_is_raised_with_an_untranslated_text() -> None:
    """A new `raise PackageError(f"...")` would stay English in a Spanish window."""
    wrong = [
        f"{path.name}:{node.lineno}"
        for path in sorted(EXCHANGE.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ERRORS
        and node.args
        and isinstance(node.args[0], ast.Constant | ast.JoinedStr)
    ]
    assert wrong == []


def test_every_message_code_is_a_literal_identifier() -> None:
    """--json prints these codes for machines: a literal snake_case word, never a text that may change."""
    wrong = [
        f"{path.relative_to(CORE.parent)}:{line}"
        for path in translated_modules()
        for line, code in msg_codes(path)
        if not (isinstance(code, ast.Constant) and isinstance(code.value, str) and code.value.isidentifier())
        or code.value != code.value.lower()
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_the_same_placeholders(language: str) -> None:
    catalogued = entries(language)
    texts = source_texts()
    missing = [f"{where}: {text}" for text, where in texts.items() if text not in catalogued]
    untranslated = [text for text in texts if text in catalogued and (not catalogued[text][0] or catalogued[text][1])]
    placeholders = [
        (text, catalogued[text][0])
        for text in texts
        if text in catalogued and catalogued[text][0] and fields(text) != fields(catalogued[text][0])
    ]
    assert missing == []
    assert untranslated == []
    assert placeholders == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_catalogue_entry_is_stale(language: str) -> None:
    assert sorted(set(entries(language)) - set(source_texts())) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_formats(language: str) -> None:
    """Filled with a value per placeholder, as the code fills them (a number where a spec asks for one)."""
    for text, (translation, _fuzzy) in entries(language).items():
        values = {name: 1234 if spec else "x" for name, spec, _conversion in fields(text)}
        assert translation.format(**values)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_names_the_language_and_utf8(language: str) -> None:
    with catalogue_path(language).open("rb") as handle:
        read = read_po(handle)
    headers = dict(read.mime_headers)
    assert headers["Language"].startswith(language)
    assert "charset=utf-8" in headers["Content-Type"].lower()
    assert headers["Plural-Forms"].startswith("nplurals=2;")


def test_a_truncated_package_is_refused_in_spanish_naming_the_file(
    spanish: None, tmp_path: Path, rubric: Rubric
) -> None:
    world = World(tmp_path, rubric)
    try:
        world.add_proposals("committee", 1)
        good = world.export("committee", everything=True)
        cut = tmp_path / "cortado.redpkg"
        cut.write_bytes(good.read_bytes()[:100])
        plan = world.import_("ana", cut)
    finally:
        world.close()
    assert not plan.ok
    assert plan.rejected == "cortado.redpkg está truncado o dañado, o no es un paquete de RED Desktop"


def test_english_is_back_after_spanish(tmp_path: Path) -> None:
    text = "{name} is truncated or damaged, or is not a RED Desktop package"
    set_language("es")
    try:
        assert messages.language() == "es"
        assert t(text, name="a.redpkg").startswith("a.redpkg está truncado")
    finally:
        set_language("en")
    assert messages.language() == "en"
    assert t(text, name="a.redpkg") == "a.redpkg is truncated or damaged, or is not a RED Desktop package"


@pytest.mark.parametrize("language", ["fr", "", "ES", "es_419", "xx"])
def test_an_unknown_language_falls_back_to_english(language: str) -> None:
    try:
        set_language(language)
        assert messages.language() == "en"
        assert t("{name}: {member} is not UTF-8 text", name="a", member="b") == "a: b is not UTF-8 text"
    finally:
        set_language("en")


def test_a_text_without_a_translation_stays_english(spanish: None) -> None:
    assert t("Not a catalogued text about {thing}", thing="x") == "Not a catalogued text about x"


def test_catalogues_are_read_once_per_language(spanish: None) -> None:
    assert messages.catalogue("es") is messages.catalogue("es")
    assert messages.catalogue("en") == {}


def test_fuzzy_and_empty_translations_count_as_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    po = tmp_path / "core.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgid "is missing"\nmsgstr "falta"\n\n'
        '#, fuzzy\nmsgid "must be text"\nmsgstr "debe ser un número"\n\n'
        'msgid "must be a list"\nmsgstr ""\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(messages, "catalogue_path", lambda language: po)
    messages.catalogue.cache_clear()
    try:
        set_language("es")
        assert (t("is missing"), t("must be text"), t("must be a list")) == ("falta", "must be text", "must be a list")
    finally:
        set_language("en")
        messages.catalogue.cache_clear()  # the real catalogue is read again next time


def test_a_problem_keeps_its_code_and_says_itself_in_the_language_of_the_moment() -> None:
    from red_desktop.core.errors import ValidationError
    from red_desktop.core.validation import validate_proposal
    from tests.factories import proposal

    with pytest.raises(ValidationError) as refused:
        validate_proposal(proposal(title="", latitude=100.0, longitude=10.0))
    english = str(refused.value)
    assert english == (
        "Proposal 'RED-PE-2026-001' is not valid: title: is required; latitude: must be between -90 and 90 (got 100.0)"
    )
    set_language("es")
    try:
        assert str(refused.value) == (
            "La propuesta 'RED-PE-2026-001' no pasa la validación: title: es obligatorio; "
            "latitude: debe estar entre -90 y 90 (se recibió 100.0)"
        )
    finally:
        set_language("en")
    assert str(refused.value) == english
    assert [p.code for p in refused.value.problems] == ["required", "out_of_range"]
    assert refused.value.message_code == "not_valid"


def test_a_file_that_is_no_store_is_refused_in_spanish(spanish: None, tmp_path: Path) -> None:
    from red_desktop.core.errors import StoreError
    from red_desktop.core.store import Store

    text = tmp_path / "notas.txt"
    text.write_text("not a database " * 100, encoding="utf-8")
    with pytest.raises(StoreError) as refused:
        Store.open(text)
    assert str(refused.value) == (
        f"{text} no es una base de datos de RED Desktop (no es una base de datos SQLite); no se modificó"
    )
    assert refused.value.message_code == "not_a_store"


def test_a_store_open_elsewhere_is_refused_in_portuguese(tmp_path: Path) -> None:
    from red_desktop.core.errors import StoreLockedError
    from red_desktop.core.store import Store

    with Store.open(tmp_path / "store.sqlite"):
        set_language("pt")
        try:
            with pytest.raises(StoreLockedError) as refused:
                Store.open(tmp_path / "store.sqlite")
            assert str(refused.value).startswith(f"A base de dados {tmp_path / 'store.sqlite'} já está aberta")
        finally:
            set_language("en")
    assert refused.value.message_code == "store_locked"


@pytest.mark.parametrize(
    ("language", "said", "between"),
    [
        ("en", "is 5,000 characters long; the limit is 300", "must be between 0 and 1,000,000"),
        ("es", "tiene 5.000 caracteres; el límite es 300", "debe estar entre 0 y 1.000.000"),
        ("pt", "tem 5.000 caracteres; o limite é 300", "deve estar entre 0 e 1.000.000"),
    ],
)
def test_grouped_numbers_are_written_as_the_language_writes_them_when_said(
    language: str, said: str, between: str
) -> None:
    too_long = messages.msg("too_long", "is {length:,} characters long; the limit is {limit:,}", length=5000, limit=300)
    out_of_range = messages.msg("out_of_range", "must be between {low:,.0f} and {high:,.0f}", low=0.0, high=1e6)
    set_language(language)
    try:
        assert (str(too_long), str(out_of_range)) == (said, between)
        assert too_long.english() == "is 5,000 characters long; the limit is 300"
    finally:
        set_language("en")


def test_a_place_in_a_file_is_said_in_words_and_kept_in_english() -> None:
    from red_desktop.core.errors import Problem, ValidationError, in_row

    problem = Problem.at(in_row(3), messages.msg("no_header", "has no header"))
    refused = ValidationError(messages.msg("file_subject", "File {name!r}", name="a.csv"), [problem])
    set_language("pt")
    try:
        assert str(refused) == "O arquivo 'a.csv' não passa na validação: linha 3: não tem cabeçalho"
        assert problem.location == "row 3" and problem.where == "linha 3"
    finally:
        set_language("en")
    assert str(refused) == "File 'a.csv' is not valid: row 3: has no header"


def test_a_fixed_value_is_named_in_the_language_and_kept_in_english_for_machines(spanish: None) -> None:
    from red_desktop.core.importing.records import ImportProblem, fixed_column, group_problems

    problem = ImportProblem(2, fixed_column("proposal.country"), "XX", messages.msg("required", "is required"))
    assert group_problems([problem])[0].line() == "proposal.country (valor fijo): es obligatorio"
    assert problem.to_json()["column"] == "proposal.country (fixed value)"
