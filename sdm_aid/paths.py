"""The one place that finds SDM Aid's bundled data and the user's folders.

In a wheel, ``decision_aids/`` and ``resources/`` are installed inside the package as
``sdm_aid/_data/``; in a checkout or an editable install they sit beside the package. The
standalone bundle (packaging/sdm-aid.spec) keeps the wheel's layout under its own folder,
``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "sdm-aid"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _package_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    return Path(frozen) / "sdm_aid" if frozen else _PACKAGE_DIR


def _data_dir(name: str) -> Path:
    package = _package_dir()
    for candidate in (package / "_data" / name, package.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"SDM Aid's {name!r} folder is missing: looked in {package / '_data'} "
        f"and {package.parent}. Reinstall the package."
    )


def bundled_aids_dir() -> Path:
    """Folder of the decision aids that ship with the app."""
    return _data_dir("decision_aids")


def resources_dir() -> Path:
    """Folder of templates, styles, icons, word lists and translations."""
    return _data_dir("resources")


def user_data_dir() -> Path:
    """The user's own data folder (sessions, reviews, their aids); not created here."""
    import platformdirs  # here, not at the top: the app's first window does not need it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_aids_dir() -> Path:
    """Folder where the user keeps decision aids of their own."""
    return user_data_dir() / "decision_aids"


def user_cache_dir() -> Path:
    """Folder for caches that can be rebuilt at any time (the library index)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
