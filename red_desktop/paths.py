"""Where RED Desktop finds its shipped files and keeps its stores, in a checkout, a wheel or a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "RED Desktop"
APP_AUTHOR = "RED"
DB_ENV_VAR = "RED_DESKTOP_DB"
STORE_FILENAME = "red-desktop.sqlite"
DEMO_STORE_FILENAME = "red-desktop-demo.sqlite"


def _candidate_roots() -> list[Path]:
    package_dir = Path(__file__).resolve().parent
    roots = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder bundle
        roots.append(Path(bundle))
    roots.append(package_dir / "_data")  # installed wheel: hatch force-include puts them here
    roots.append(package_dir.parent)  # source checkout or editable install
    return roots


def data_root() -> Path:
    """The folder holding resources/ and ui/."""
    for root in _candidate_roots():
        if (root / "resources").is_dir():
            return root
    searched = ", ".join(str(r) for r in _candidate_roots())
    raise FileNotFoundError(
        f"RED Desktop's resources folder is missing (looked in {searched}); reinstall the application"
    )


def resources_dir() -> Path:
    return data_root() / "resources"


def ui_dir() -> Path:
    return data_root() / "ui"


def rubrics_dir() -> Path:
    return resources_dir() / "rubrics"


def default_rubric_path() -> Path:
    return rubrics_dir() / "red-default.json"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def mappings_dir() -> Path:
    """Where import mappings are saved by name (a form whose columns match one picks it by itself)."""
    return user_config_dir() / "mappings"


def keys_dir() -> Path:
    """This laptop's evaluator key pair: the private key (0600) and the public key file to hand out."""
    return user_data_dir() / "keys"


def user_cache_dir() -> Path:
    """What the window keeps on disk rather than in memory while it runs (core/spilled.py)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def user_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_store_path() -> Path:
    """The user's real store: RED_DESKTOP_DB if set, else the user data directory."""
    env = os.environ.get(DB_ENV_VAR, "").strip()
    return Path(env).expanduser() if env else user_data_dir() / STORE_FILENAME


def demo_store_path() -> Path:
    """Kept apart from the real store so demo data never mixes with real evaluations."""
    return user_data_dir() / DEMO_STORE_FILENAME
