"""Issue 18, item 3: every command speaks the user's language (--lang, else LC_ALL / LC_MESSAGES / LANG), argparse's
own texts too (usage, help, usage errors); --json and CSV stay English for machines."""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from red_desktop.cli import common
from red_desktop.cli.common import argparse_texts, counted, speaking_argparse
from red_desktop.cli.main import main
from red_desktop.core import messages
from tests.cli.conftest import Run
from tests.cli.test_committee_cli import _codes_by_eligibility
from tests.cli.test_light_parser import EVERY_HELP, HEAVY
from tests.conftest import REPO

SPANISH = {"LANG": "es_ES.UTF-8"}
PORTUGUESE = {"LANG": "pt_BR.UTF-8"}
# argparse's texts for whoever builds a parser wrongly, never met by a user of ours: they stay English.
FOR_PROGRAMMERS = {
    ".__call__() not defined",
    "conflicting subparser: %s",
    "conflicting subparser alias: %s",
    'argument "-" with mode %r',
    "can't open '%(filename)s': %(error)s",
    "cannot merge actions - two groups are named %r",
    "'required' is an invalid argument for positionals",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "conflicting option string: %s",
    "mutually exclusive arguments must be optional",
    "cannot have multiple subparser arguments",
    "%r is not callable",
    "%(prog)s: error: %(message)s\n",  # our Parser.error says the usage error itself
}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("language") / "demo.sqlite"
    made = subprocess.run(
        [sys.executable, "-m", "red_desktop", "demo", "--db", str(db), "--proposals", "30", "--evaluators", "3"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**_environ(), "LANG": "C.UTF-8"},
        timeout=300,
    )
    assert made.returncode == 0, made.stderr
    return db


@pytest.fixture
def store(demo_db: Path, tmp_path: Path) -> str:
    """A copy of the demo store, for a test that writes."""
    copy = tmp_path / "copy.sqlite"
    shutil.copyfile(demo_db, copy)
    return str(copy)


def _environ() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "RED_DESKTOP_DB")}


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


# ---- argparse's own texts and our options' help ----


def test_a_command_s_help_is_spanish_with_lang_es_before_it(run: Run) -> None:
    shown = _ok(run("--lang", "es", "rank", "--help"))
    assert shown.startswith("uso: red-desktop rank")
    assert "opciones:" in shown and "mostrar este mensaje de ayuda y salir" in shown
    assert "ordenar las propuestas elegibles entre sí" in shown  # our own help of --ineligible-last
    assert "usage:" not in shown and "options:" not in shown


def test_the_program_s_help_follows_the_locale_and_lang_after_the_command(run: Run) -> None:
    program = _ok(run("--help", extra_env=PORTUGUESE))
    assert program.startswith("uso: red-desktop") and "opções:" in program
    assert "Avalie propostas de Desenvolvimento Econômico Regional" in program
    assert "argumentos posicionais" in _ok(run("history", "--lang", "pt", "--help"))
    english = _ok(run("rank", "--help"))
    assert english.startswith("usage: red-desktop rank") and "show this help message and exit" in english


def test_a_document_s_lang_is_not_the_messages_language(run: Run) -> None:
    """dossier, sheet and export keep --lang for their document: after them it does not change the help."""
    assert _ok(run("dossier", "--lang", "pt", "--help")).startswith("usage: red-desktop dossier")
    assert _ok(run("--lang", "pt", "dossier", "--help")).startswith("uso: red-desktop dossier")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["--lang", "pt", "decide"],
            "os seguintes argumentos são obrigatórios: code (tente: red-desktop decide --help)",
        ),
        (["--lang", "pt", "rank", "--method", "moda"], "argumento --method: opção inválida: 'moda'"),
        (["--lang", "pt", "rank", "--bogus"], "argumentos não reconhecidos: --bogus (tente: red-desktop --help)"),
        (["rank", "--lang", "pt", "--top", "0"], "argumento --top: deve estar entre 1 e 1.000.000, não 0"),
        (["--lang=pt", "sheet"], "os seguintes argumentos são obrigatórios: code, -o/--output"),
        (["--la", "pt", "history"], "um dos argumentos code --all é obrigatório"),
    ],
)
def test_a_usage_error_in_portuguese(run: Run, args: list[str], said: str) -> None:
    refused = run(*args)
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.startswith("red-desktop: ") and said in refused.stderr, refused.stderr


def test_a_usage_error_follows_the_locale_and_english_stays_english(run: Run) -> None:
    spanish = run("decide", extra_env=SPANISH)
    assert "se requieren los siguientes argumentos: code (pruebe: red-desktop decide --help)" in spanish.stderr
    english = run("decide")
    assert "the following arguments are required: code (try: red-desktop decide --help)" in english.stderr


def test_argparse_is_given_back_its_own_gettext() -> None:
    spoken = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    with pytest.raises(SystemExit):
        main(["--lang", "es", "check", "--help"])
    assert (argparse._, argparse.ngettext) == spoken  # type: ignore[attr-defined]
    assert messages.language() == "en"
    with speaking_argparse():
        messages.set_language("pt")
        try:
            assert argparse._("options") == "opções"  # type: ignore[attr-defined]
            plural = argparse.ngettext("expected %s argument", "expected %s arguments", 2)  # type: ignore[attr-defined]
            assert plural == "esperavam-se %s argumentos"
            for_programmers = "dest= is required for options like %r"
            assert argparse._(for_programmers) == for_programmers  # type: ignore[attr-defined]
        finally:
            messages.set_language("en")


def test_every_argparse_text_a_user_meets_is_in_the_catalogue() -> None:
    """The texts this Python's argparse looks up (its `_` and `ngettext` calls) are ours to translate, but for those
    only a programmer building a parser wrongly would see."""
    tree = ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))
    looked_up = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_", "ngettext")
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }
    ours = set(argparse_texts())  # English here; a count's text is its plural ("expected %s arguments")
    assert looked_up - FOR_PROGRAMMERS == ours - {"expected %s arguments"} | {"expected %s argument"}
    messages.set_language("es")
    try:
        assert all(translated not in ours for translated in argparse_texts())  # every one is translated
    finally:
        messages.set_language("en")


# ---- each command's own sentences ----


def test_init_and_check_in_spanish(run: Run, tmp_path: Path, demo_db: Path) -> None:
    path = tmp_path / "new.sqlite"
    assert f"Se creó una base de datos nueva en {path}" in _ok(run("init", "--db", str(path), extra_env=SPANISH))
    again = run("--lang", "es", "init", "--db", str(path))
    assert again.returncode == 1 and "ya es una base de datos de RED Desktop; no se cambió nada" in again.stderr
    checked = _ok(run("check", "--db", str(demo_db), extra_env=SPANISH))
    assert "Versión del esquema" in checked and "Integridad: correcta" in checked and "Registros:" in checked


def test_demo_in_portuguese_with_real_plurals(run: Run, tmp_path: Path) -> None:
    made = _ok(
        run("--lang", "pt", "demo", "--db", str(tmp_path / "d.sqlite"), "--proposals", "12", "--evaluators", "2")
    )
    assert "Carteira de demonstração gravada em" in made and "12 propostas, 2 avaliadores" in made


def test_rank_in_portuguese_and_its_json_in_english(run: Run, demo_db: Path) -> None:
    table = _ok(run("rank", "--db", str(demo_db), "--lang", "pt"))
    assert table.splitlines()[0].split()[:3] == ["pos.", "código", "total"]
    first = table.splitlines()[1].split()  # figures as Portuguese writes them: "93,2", "3,67"
    assert re.fullmatch(r"\d+,\d", first[2]) and re.fullmatch(r"\d,\d\d", first[3]), first
    sensitivity = _ok(run("rank", "--db", str(demo_db), "--sensitivity", "--samples", "50", extra_env=PORTUGUESE))
    assert sensitivity.startswith("Sensibilidade da classificação: 50 amostras dos pesos")
    data = json.loads(_ok(run("rank", "--db", str(demo_db), "--json", "--lang", "pt")))
    assert {"code", "total", "rank"} <= set(data[0])
    refused = run("rank", "--db", str(demo_db), "--sensitivity", "--method", "median", extra_env=SPANISH)
    assert "--sensitivity modela la media de las evaluaciones finales" in refused.stderr


def test_decide_and_history_in_spanish(run: Run, ranked: tuple[Path, list[dict]], tmp_path: Path) -> None:
    store = str(shutil.copyfile(ranked[0], tmp_path / "ranked.sqlite"))  # 200 proposals: some fail a gate
    eligible, failing = _codes_by_eligibility(Path(store))
    refused = run("decide", failing, "--db", store, "--decision", "approve", "--rationale", "x", extra_env=SPANISH)
    assert refused.returncode == 1
    assert f"{failing} no se puede aprobar: no pasa " in refused.stderr and " de elegibilidad " in refused.stderr
    decided = _ok(run("--lang", "es", "decide", eligible, "--db", store, "--decision", "defer", "--rationale", "y"))
    assert decided.startswith(f"Se registró la decisión sobre {eligible}: Aplazar (")
    history = _ok(run("history", eligible, "--db", store, extra_env=SPANISH)).splitlines()
    assert history[1] == "Decisión actual: Aplazar"
    withdraw = run("decide", failing, "--db", store, "--withdraw", "--reason", "z", extra_env=SPANISH)
    assert f"{failing} no tiene una decisión que retirar" in withdraw.stderr


def test_agreement_in_portuguese(run: Run, demo_db: Path) -> None:
    shown = _ok(run("agreement", "--db", str(demo_db), "--lang", "pt")).splitlines()
    total = next(line.split() for line in shown if line.startswith("total"))
    assert all(re.fullmatch(r"-?\d,\d{3}|-", cell) for cell in total[1:]), total  # "0,926", as Portuguese writes
    assert shown[0] == "Concordância das avaliações finais: 30 propostas, 3 avaliadores"
    both = run("--lang", "pt", "agreement", str(REPO / "README.md"), "--db", str(demo_db))
    assert "agreement recebe um arquivo de pontuações FILE.csv ou uma base de dados" in both.stderr


def test_codes_duplicates_and_merge_in_spanish(run: Run, store: str) -> None:
    settled = _ok(run("codes", "settle", "--db", store, extra_env=SPANISH))
    assert settled.strip() == "Todos los códigos son definitivos y únicos"
    assert "codes necesita un comando: settle" in run("--lang", "es", "codes").stderr
    merge = run("merge", "X", "--db", store, "--reason", "r", extra_env=SPANISH)
    assert "merge necesita --into CÓDIGO, o --undo" in merge.stderr


def test_profile_and_roster_in_portuguese(run: Run, tmp_path: Path, store: str) -> None:
    home = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    made = _ok(run("profile", "create", "--name", "Ana", "--role", "field_evaluator", extra_env={**PORTUGUESE, **home}))
    assert made.startswith("Perfil Ana (avaliador de campo) criado; impressão digital da chave ")
    assert _ok(run("roster", "list", "--db", store, "--lang", "pt")).strip() == "O registro de chaves está vazio"


def test_backup_and_restore_in_spanish(run: Run, store: str, tmp_path: Path) -> None:
    copy = tmp_path / "copia.sqlite"
    backed = _ok(run("backup", "--db", store, "-o", str(copy), extra_env=SPANISH))
    assert backed.startswith(f"Copia de seguridad de {store} guardada en {copy} (30 propuestas, ")
    restored = _ok(run("--lang", "es", "restore", str(copy), "--db", store))
    assert restored.startswith(f"Se restauró {store} desde {copy}, tomada el ")
    listed = _ok(run("backup", "--list", "--db", store, extra_env=SPANISH))
    assert listed.startswith("Copias de seguridad de") and "antes de restaurar" in listed


def test_export_in_portuguese_keeps_its_document_language_apart(run: Run, demo_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "tabelas"
    said = _ok(run("export", "csv", "-o", str(target), "--db", str(demo_db), "--lang", "en", extra_env=PORTUGUESE))
    assert said.startswith("Exportado para ") and f"arquivos em {target}: " in said
    header = (target / "proposals.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Code,Title,Country,")  # the document's language: English


def test_package_in_spanish(run: Run, store: str) -> None:
    assert (
        "package necesita un comando: export, import, conflicts o resolve" in run("package", extra_env=SPANISH).stderr
    )
    conflicts = _ok(run("--lang", "es", "package", "conflicts", "--db", store))
    assert conflicts.strip() == "No hay conflictos: todos los paquetes se integraron sin problemas."


def test_sheet_and_dossier_messages_in_spanish(run: Run, demo_db: Path, tmp_path: Path) -> None:
    data = json.loads(_ok(run("rank", "--db", str(demo_db), "--json")))
    code = data[0]["code"]
    sheet = _ok(run("--lang", "es", "sheet", code, "-o", str(tmp_path / "s.pdf"), "--db", str(demo_db), "--lang", "en"))
    assert sheet.startswith(f"Ficha escrita en {tmp_path / 's.pdf'}: el agregado del comité de {code}, ")
    dossier = run("dossier", "-o", str(tmp_path / "d.pdf"), "--db", str(demo_db), "--top", "2", extra_env=SPANISH)
    assert _ok(dossier).startswith(f"Expediente escrito en {tmp_path / 'd.pdf'}: 2 propuestas, ")
    both = run("dossier", "-o", "x.pdf", "--top", "2", "--country", "PE", "--db", str(demo_db), extra_env=SPANISH)
    assert "elija una de --status, --country y --top" in both.stderr


# ---- in words, with the language's plural forms ----


def test_counts_take_the_plural_form_of_the_language() -> None:
    messages.set_language("es")
    try:
        assert counted("proposals", 1) == "1 propuesta"
        assert counted("proposals", 5_000) == "5.000 propuestas"
        assert counted("gate_overrides", 2) == "2 excepciones de elegibilidad"
        assert counted("unknown_things", 3) == "3 unknown things"
    finally:
        messages.set_language("en")
    assert counted("decisions", 1) == "1 decision" and counted("decisions", 0) == "0 decisions"


def test_the_shared_options_are_built_once_per_language() -> None:
    assert common.store_options() is common.store_options()
    english = common.json_option()
    messages.set_language("es")
    try:
        spanish = common.json_option()
    finally:
        messages.set_language("en")
    assert spanish is not english and spanish._actions[0].help == "salida legible por máquina"


def test_every_help_in_spanish_loads_nothing_heavy() -> None:
    """Our help texts are said when the parser is built: in Spanish, that reads core.mo (stdlib gettext) and loads
    neither babel nor anything else heavy (issue 17)."""
    spanish = "from red_desktop.core import messages\nmessages.set_language('es')\n" + EVERY_HELP
    done = subprocess.run(
        [sys.executable, "-c", spanish, *HEAVY], capture_output=True, text=True, cwd=REPO, check=True, timeout=120
    )
    assert json.loads(done.stdout)["heavy"] == []
