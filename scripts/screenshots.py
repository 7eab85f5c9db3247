"""Render the main views of a demo store to PNG under docs/screenshots/ (offscreen, 1366×768), and the main views
again in Spanish on a 1024×768 laptop screen (es-1024-*.png), where the longer texts must still fit.

Run: make screenshots   (or: .venv/bin/python scripts/screenshots.py [--out DIR])
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

SIZE = (1366, 768)
SMALL = (1024, 768)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    args = parser.parse_args()
    sandbox = Path(tempfile.mkdtemp(prefix="red-shots-"))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(sandbox / var.lower())
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from red_desktop import paths
    from red_desktop.core.demo import DEFAULT_SIZE, build_demo
    from red_desktop.core.rubric import load_rubric
    from red_desktop.core.settings import Settings
    from red_desktop.core.store import Store
    from red_desktop.gui.app import Application
    from red_desktop.gui.main_window import COMMITTEE, EXCHANGE, PROPOSALS, SCORING

    qt_app = QApplication([])
    rubric = load_rubric(paths.default_rubric_path())
    store_path = sandbox / "demo.sqlite"
    with Store.open(store_path, user="demo") as store:
        build_demo(store, rubric, **DEFAULT_SIZE)
    spanish_store = sandbox / "demo-es.sqlite"
    shutil.copy(store_path, spanish_store)  # the Spanish views start from the same store, before any import
    packages = exchange_season(sandbox, store_path, rubric)
    spanish_exchange_store = sandbox / "demo-es-exchange.sqlite"
    shutil.copy(store_path, spanish_exchange_store)  # after the season: shared codes and a likely duplicate
    app = Application(
        qt_app,
        rubric,
        Settings.load(sandbox / "settings.json"),
        QSettings(str(sandbox / "w.ini"), QSettings.Format.IniFormat),
    )
    assert app.start(store_path, demo=True)
    window = app.window
    assert window is not None
    window.resize(*SIZE)
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(rounds: int = 30) -> None:
        for _ in range(rounds):
            qt_app.processEvents()
        app.runner.wait()
        for _ in range(rounds):
            qt_app.processEvents()

    def shoot(name: str) -> None:
        settle()
        path = args.out / f"{name}.png"
        window.grab().save(str(path))
        print(path)

    settle()
    window.show_page(PROPOSALS)
    window.proposals.list_view.select_row(0)
    shoot("1-proposals")
    window.proposals.list_view.filters.search.setText("valle")
    window.proposals.list_view.select_row(0)
    shoot("2-search-valle")
    window.show_page(SCORING)
    window.scoring.list_view.select_row(2)
    shoot("3-scoring")
    window.show_page(COMMITTEE)
    committee = window.committee
    contested = next((r for r in committee.data.ranking if r.contested), committee.data.ranking[0])
    committee.select_proposal(contested.uuid)
    shoot("4-committee")
    for index, name in enumerate(("ranking", "by-group", "leverage", "agreement", "calibration", "sensitivity"), 1):
        committee.tabs.setCurrentIndex(index)
        shoot(f"{4 + index}-committee-{name}")
    window.show_page(EXCHANGE)
    page = window.exchange
    page.show_section("import")
    page.import_files(packages)
    shoot("11-exchange-import")
    page.show_section("conflicts")
    settle()
    shoot("12-exchange-conflicts")
    page.show_section("roster")
    shoot("13-exchange-roster")
    page.show_section("export")
    shoot("14-exchange-export")
    page.show_section("codes")
    settle()
    shoot("15-exchange-codes")
    app.close()
    spanish_views(qt_app, rubric, sandbox, spanish_store, args.out)
    spanish_exchange(qt_app, rubric, sandbox, spanish_exchange_store, packages, args.out)
    return 0


def spanish_views(qt_app: object, rubric: object, sandbox: Path, store_path: Path, out: Path) -> None:
    """The main views in Spanish at 1024×768: proposals with the editor, scoring, the committee and exchange."""

    from red_desktop.core import messages
    from red_desktop.core.settings import Settings
    from red_desktop.gui.i18n import install_translators
    from red_desktop.gui.main_window import COMMITTEE, EXCHANGE, PROPOSALS, SCORING

    install_translators(qt_app, "es")  # type: ignore[arg-type]
    messages.set_language("es")
    settings = Settings.load(sandbox / "settings-es.json")
    settings.set("interface.language", "es")
    app, shoot = small_window(qt_app, rubric, settings, sandbox / "w-es.ini", store_path, out)
    window = app.window
    window.show_page(PROPOSALS)
    window.proposals.list_view.select_row(3)
    shoot("1-proposals")
    editor = window.proposals.editor
    for number, (index, name) in enumerate(((1, "region"), (3, "funding"), (4, "narrative")), 2):
        editor.tabs.setCurrentIndex(index)
        shoot(f"{number}-proposal-{name}")
    window.show_page(SCORING)
    window.scoring.list_view.select_row(2)
    shoot("5-scoring")
    window.show_page(COMMITTEE)
    shoot("6-committee")
    window.committee.tabs.setCurrentIndex(1)
    shoot("7-committee-ranking")
    window.show_page(EXCHANGE)
    window.exchange.show_section("export")
    shoot("8-exchange-export")
    app.close()


def spanish_exchange(
    qt_app: object, rubric: object, sandbox: Path, store_path: Path, packages: list[Path], out: Path
) -> None:
    """Exchange in Spanish at 1024×768 after a season: a package's preview with its codes and likely duplicates,
    and the codes to settle and the duplicates to merge (translators stay installed from spanish_views)."""
    from red_desktop.core.settings import Settings
    from red_desktop.gui.main_window import EXCHANGE

    settings = Settings.load(sandbox / "settings-es.json")
    app, shoot = small_window(qt_app, rubric, settings, sandbox / "w-es2.ini", store_path, out)
    window = app.window
    window.show_page(EXCHANGE)
    window.exchange.import_files(packages[-1:])
    shoot("9-exchange-import-codes")
    window.exchange.show_section("codes")
    shoot("10-exchange-codes")
    app.close()


def small_window(qt_app: Any, rubric: Any, settings: Any, ini: Path, store_path: Path, out: Path) -> tuple[Any, Any]:
    """The window at 1024×768 on this store, and a function that saves it as es-1024-<name>.png once every
    background job has settled."""
    from PySide6.QtCore import QSettings

    from red_desktop.gui.app import Application

    app = Application(qt_app, rubric, settings, QSettings(str(ini), QSettings.Format.IniFormat))
    assert app.start(store_path, demo=True)
    assert app.window is not None
    app.window.resize(*SMALL)

    def shoot(name: str) -> None:
        for _ in range(2):
            for _ in range(30):
                qt_app.processEvents()
            app.runner.wait()
        path = out / f"es-1024-{name}.png"
        app.window.grab().save(str(path))
        print(path)

    return app, shoot


def exchange_season(sandbox: Path, committee_path: Path, rubric: object) -> list[Path]:
    """The committee's key in this profile, a field laptop (a copy of the store) with its own key, a proposal
    changed on both sides and merged (a conflict), and two packages still to import (one damaged). A second
    laptop captured new proposals: one numbered like one of the committee's, one a project the committee holds
    already (imported: a shared code and a likely duplicate), and another like it still to import."""
    import shutil
    from dataclasses import replace

    from red_desktop import paths
    from red_desktop.core import identity
    from red_desktop.core.exchange import service
    from red_desktop.core.store import Store

    chair = identity.create_keys(paths.keys_dir(), "Carla Mendoza", "committee_member")
    laptop_path = sandbox / "laptop.sqlite"
    shutil.copy(committee_path, laptop_path)
    with Store.open(laptop_path, user="Ana Lucía Quispe") as laptop, Store.open(committee_path, user="demo") as hub:
        ana = identity.create_keys(sandbox / "keys-ana", laptop.evaluators.all()[0].name, "field_evaluator")
        field = service.load_signer(sandbox / "keys-ana")
        hub.roster.add(ana)
        laptop.roster.add(chair)
        first, second = list(laptop.proposals.all())[:2]
        laptop.proposals.update(replace(first, title=first.title + " — fase 2", requested_amount=2_190_000.0))
        committee_copy = hub.proposals.get(first.uuid)
        hub.proposals.update(replace(committee_copy, title=committee_copy.title + " (revisado por el comité)"))
        merged = sandbox / "ana-week-1.redpkg"
        service.export_package(laptop, field, merged)
        service.import_package(hub, merged, rubric)  # type: ignore[arg-type]
        laptop.proposals.update(replace(second, beneficiary_msmes=second.beneficiary_msmes + 40))
        waiting = sandbox / "ana-week-2.redpkg"
        service.export_package(laptop, field, waiting)
    damaged = sandbox / "ana-week-2-copy.redpkg"
    data = bytearray(waiting.read_bytes())
    data[len(data) // 2] ^= 0x20
    damaged.write_bytes(bytes(data))
    return [waiting, damaged, second_laptop(sandbox, committee_path, rubric)]


def second_laptop(sandbox: Path, committee_path: Path, rubric: object) -> Path:
    """Bruno's laptop: new proposals, one with a code the committee uses, one the committee's own project again."""
    from dataclasses import replace

    from red_desktop.core import codes, identity
    from red_desktop.core.domain import new_uuid
    from red_desktop.core.exchange import service
    from red_desktop.core.store import Store

    laptop_path = sandbox / "bruno.sqlite"
    identity.create_keys(sandbox / "keys-bruno", "Bruno Salles", "field_evaluator")
    bruno = service.load_signer(sandbox / "keys-bruno")
    with Store.open(laptop_path, user="Bruno Salles") as laptop, Store.open(committee_path, user="demo") as hub:
        hub.roster.add(bruno.identity)
        held = [p for p in hub.proposals.all() if p.latitude is not None]
        mark = codes.store_mark(laptop, "field_evaluator")

        def again(original, code: str, title: str):  # noqa: ANN001, ANN202 - a Proposal
            actors = tuple(replace(a, uuid=new_uuid()) for a in original.actors)
            moved = replace(original, uuid=new_uuid(), code=code, title=title, actors=actors)
            return laptop.proposals.add(replace(moved, latitude=original.latitude + 0.02))

        again(held[5], held[0].code, held[5].title + " (segunda fase)")
        again(held[1], f"RED-{held[1].country}-2026-{mark}-001", held[1].title.replace(" de ", " ", 1))
        first = sandbox / "bruno-week-1.redpkg"
        service.export_package(laptop, bruno, first)
        service.import_package(hub, first, rubric)  # type: ignore[arg-type]
        again(held[2], f"RED-{held[2].country}-2026-{mark}-002", held[2].title + " (fase 1)")
        waiting = sandbox / "bruno-week-2.redpkg"
        service.export_package(laptop, bruno, waiting)
    return waiting


if __name__ == "__main__":
    sys.exit(main())
