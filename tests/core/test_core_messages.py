"""The core's texts follow the interface language: every text the code gives the catalogue (extracted as the
Makefile extracts it) is in the Spanish and Portuguese catalogues with the same placeholders and all its plural
forms, the compiled catalogues are the PO files compiled, a refusal reads in Spanish, and English is the fallback."""

from __future__ import annotations

import ast
import io
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from red_desktop.core import messages
from red_desktop.core.messages import catalogue_path, compiled_path, set_language, t, tc, tcn, tn, words
from red_desktop.core.rubric import Rubric
from tests.exchange_world import World

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "red_desktop" / "core"
EXCHANGE = CORE / "exchange"
CLI = CORE.parent / "cli"  # the command line's own sentences share the core's catalogue (the Makefile extracts both)
LANGUAGES = messages.languages()[1:]  # every catalogue found: a language added is held to the same rules
# Raised for a person to read: in the exchange, their message comes from t(), never from a bare text.
ERRORS = {"PackageError", "ConflictError", "NotFoundError", "ValidationError", "KeyFileError"}
# Which argument of each catalogue function is its text (the others of tc/tcn are a context, a plural, a count).
TEXT_ARGUMENT = {"t": 0, "msg": 1, "tc": 1, "tn": 0, "tcn": 1}
Key = tuple[str | None, str]  # (context, English singular)


def babel_keywords() -> dict[str, tuple[object, ...]]:
    """messages.KEYWORDS in babel's own form, as `pybabel extract --keyword` reads them."""
    from babel.messages.frontend import parse_keywords

    return parse_keywords(list(messages.KEYWORDS))


@pytest.fixture(scope="module")
def extracted() -> dict[Key, tuple[tuple[str, ...], str]]:
    """(context, English) -> (its texts: singular and plural if any, where it is first used), as `make
    translations` extracts them from red_desktop/core and red_desktop/cli."""
    found: dict[Key, tuple[tuple[str, ...], str]] = {}
    for folder in (CORE, CLI):
        for filename, line, message, _comments, context in extract_from_dir(folder, keywords=babel_keywords()):
            texts = (message,) if isinstance(message, str) else tuple(message)
            found.setdefault((context, texts[0]), (texts, f"{folder.name}/{filename}:{line}"))
    return found


def entries(language: str) -> dict[Key, tuple[tuple[str, ...], bool]]:
    """(context, English) -> (translations, one per plural form; fuzzy) for every message of the catalogue."""
    with catalogue_path(language).open("rb") as handle:
        read = read_po(handle)
    found = {}
    for m in read:
        if not m.id:
            continue
        english = m.id if isinstance(m.id, str) else m.id[0]
        strings = (m.string,) if isinstance(m.string, str) else tuple(m.string)
        found[(m.context, str(english))] = (tuple(str(s or "") for s in strings), m.fuzzy)
    return found


def translated_modules() -> list[Path]:
    """Every core or command-line module that calls a catalogue function."""
    paths = sorted(CORE.rglob("*.py")) + sorted(CLI.rglob("*.py"))
    return [path for path in paths if path.name != "messages.py" and any(True for _ in catalogue_calls(path))]


def catalogue_calls(path: Path) -> Iterator[tuple[int, str, list[ast.expr]]]:
    """(line, function, arguments) of every call of t, msg, tc, tn or tcn, plain or as a method (words(...).tc)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name in TEXT_ARGUMENT:
            yield node.lineno, name, node.args


@pytest.fixture
def spanish() -> Iterator[None]:
    """The core speaks Spanish for one test; English is always back afterwards, whatever happens."""
    set_language("es")
    try:
        yield
    finally:
        set_language("en")


def fields(text: str) -> set[tuple[str, str, str]]:
    """The {placeholders} as str.format reads them: name, format spec, conversion."""
    return {
        (name, spec or "", conversion or "") for _, name, spec, conversion in string.Formatter().parse(text) if name
    }


def test_the_makefile_extracts_with_the_same_keywords() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.findall(r"--keyword (\S+)", makefile) == list(messages.KEYWORDS)


def test_every_text_is_a_literal_and_there_are_texts(extracted: dict) -> None:
    """A text that is not a literal cannot be extracted, so it would never be translated."""
    wrong = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in translated_modules()
        for line, name, args in catalogue_calls(path)
        if len(args) > TEXT_ARGUMENT[name]
        and not (
            isinstance(args[TEXT_ARGUMENT[name]], ast.Constant) and isinstance(args[TEXT_ARGUMENT[name]].value, str)
        )
    ]
    assert wrong == [], f"catalogue functions take a literal (implicit concatenation is fine): {wrong}"
    assert len(extracted) > 300
    assert any(context for context, _ in extracted)
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
        f"{path.relative_to(ROOT)}:{line}"
        for path in translated_modules()
        for line, name, args in catalogue_calls(path)
        if name == "msg"
        and (
            not args
            or not (
                isinstance(args[0], ast.Constant) and isinstance(args[0].value, str) and args[0].value.isidentifier()
            )
            or args[0].value != args[0].value.lower()
        )
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_the_same_placeholders(language: str, extracted: dict) -> None:
    catalogued = entries(language)
    missing = [f"{where}: {key}" for key, (_texts, where) in extracted.items() if key not in catalogued]
    untranslated = [
        key for key in extracted if key in catalogued and (not all(catalogued[key][0]) or catalogued[key][1])
    ]
    placeholders = [
        (key, translation)
        for key, (texts, _where) in extracted.items()
        if key in catalogued
        for translation in catalogued[key][0]
        if translation
        and fields(translation) - {("n", "", ""), ("n", ",", "")} != fields(texts[-1]) - {("n", "", ""), ("n", ",", "")}
    ]
    assert missing == []
    assert untranslated == []
    assert placeholders == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_catalogue_entry_is_stale(language: str, extracted: dict) -> None:
    assert sorted(set(entries(language)) - set(extracted), key=str) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translation_formats(language: str) -> None:
    """Filled with a value per placeholder, as the code fills them (a number where a spec asks for one)."""
    for (_context, _english), (translations, _fuzzy) in entries(language).items():
        for translation in translations:
            values = {name: 1234 if spec else "x" for name, spec, _conversion in fields(translation)}
            assert translation.format(**values)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_po_file_compiled(language: str) -> None:
    """core.mo is what the program reads: a PO edited without `make translations` would not be seen."""
    with catalogue_path(language).open("rb") as handle:
        read = read_po(handle, locale=language, domain=messages.DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, read)
    assert compiled_path(language).read_bytes() == compiled.getvalue(), "run make translations"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_header_names_the_language_and_utf8(language: str) -> None:
    with catalogue_path(language).open("rb") as handle:
        read = read_po(handle)
    headers = dict(read.mime_headers)
    assert headers["Language"].startswith(language)
    assert "charset=utf-8" in headers["Content-Type"].lower()
    assert headers["Plural-Forms"].startswith("nplurals=2;")


def test_the_languages_are_the_catalogues_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A language is a catalogue: a compiled one for French makes French a choice, with no code changed."""
    assert messages.languages() == ("en", "es", "pt")
    for code in ("es", "fr"):
        (tmp_path / "locale" / code / "LC_MESSAGES").mkdir(parents=True)
        write_mo((tmp_path / "locale" / code / "LC_MESSAGES" / "core.mo").open("wb"), read_po(io.StringIO("")))
    (tmp_path / "locale" / "nl").mkdir()  # a folder without a compiled catalogue is no language
    monkeypatch.setattr(messages, "locale_dir", lambda: tmp_path / "locale")
    messages.languages.cache_clear()
    try:
        assert messages.languages() == ("en", "es", "fr")
    finally:
        messages.languages.cache_clear()


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
    assert tc("nowhere", "Not a catalogued text") == "Not a catalogued text"
    assert [tn("{n} uncatalogued thing", "{n:,} uncatalogued things", n) for n in (1, 5000)] == [
        "1 uncatalogued thing",
        "5.000 uncatalogued things",
    ]


def test_a_context_picks_the_translation_and_a_count_its_plural_form() -> None:
    """The same English word, two enums: a proposal's "Draft" is "Borrador" and so is an evaluation's, but the
    context keeps them apart for a language that would say them differently; plural forms are the language's."""
    spanish, portuguese = words("es"), words("pt")
    assert (spanish.tc("status", "Under review"), portuguese.tc("status", "Under review")) == (
        "En revisión",
        "Em análise",
    )
    assert spanish.tc("tendency", "in line") == "alineado" and spanish.t("in line") == "in line"
    assert words("en").tc("status", "Under review") == "Under review"
    assert tcn("nowhere", "{n} thing", "{n} things", 1) == "1 thing"


def test_catalogues_are_read_once_per_language() -> None:
    assert messages.translations("es") is messages.translations("es")
    assert words("es") is words("es") and words("fr") is words("en")


def test_fuzzy_and_empty_translations_are_left_out_when_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `make translations` compiles: a fuzzy or empty entry is as good as missing (English is shown)."""
    po = read_po(
        io.StringIO(
            'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'
            'msgid "is missing"\nmsgstr "falta"\n\n'
            '#, fuzzy\nmsgid "must be text"\nmsgstr "debe ser un número"\n\n'
            'msgid "must be a list"\nmsgstr ""\n'
        ),
        locale="es",
    )
    mo = tmp_path / "core.mo"
    with mo.open("wb") as handle:
        write_mo(handle, po)
    monkeypatch.setattr(messages, "compiled_path", lambda language: mo)
    messages.translations.cache_clear()
    messages._words.cache_clear()
    try:
        spanish = words("es")
        assert (spanish.t("is missing"), spanish.t("must be text"), spanish.t("must be a list")) == (
            "falta",
            "must be text",
            "must be a list",
        )
    finally:
        messages.translations.cache_clear()  # the real catalogue is read again next time
        messages._words.cache_clear()


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
