"""Names stay private: the reviewer's name in a file of its own, readable by its owner only.

QSettings is for preferences (text size, theme, window size, folders) and is written with
the usual file mode, so it never holds a name: the reviewer's name and role are kept in
``reviewer.json`` in the user's data folder (mode 0600). A name an older version left in
the settings is moved there and removed. The settings file is made 0600 after writes too.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from pathlib import Path

from PySide6.QtCore import QSettings

from sdm_aid import paths
from sdm_aid.core.fileio import PRIVATE_MODE, atomic_write_text

OLD_NAME, OLD_ROLE = "review/name", "review/role"  # where older versions kept them
MAX_BYTES = 10_000


def reviewer_file() -> Path:
    return paths.user_data_dir() / "reviewer.json"


def protect(settings: QSettings) -> None:
    """Write the settings now and make their file readable by its owner only."""
    settings.sync()
    name = settings.fileName()
    if name and os.path.isfile(name):
        with contextlib.suppress(OSError):
            os.chmod(name, PRIVATE_MODE)


def load_reviewer(settings: QSettings) -> tuple[str, str]:
    """The remembered reviewer (name, role), or ("", "")."""
    if settings.contains(OLD_NAME) or settings.contains(OLD_ROLE):
        name = str(settings.value(OLD_NAME, "") or "")
        role = str(settings.value(OLD_ROLE, "") or "")
        settings.remove(OLD_NAME)
        settings.remove(OLD_ROLE)
        protect(settings)
        if not reviewer_file().exists() and (name or role):
            save_reviewer(name, role)
    return _read()


def save_reviewer(name: str, role: str) -> None:
    """Remember the reviewer in the private file (quietly not, if it cannot be written)."""
    text = json.dumps({"name": name, "role": role}, ensure_ascii=False)
    with contextlib.suppress(OSError, ValueError):
        path = reviewer_file()
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_text(path, text, mode=PRIVATE_MODE)


def _read() -> tuple[str, str]:
    path = reviewer_file()
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return "", ""
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    name, role = data.get("name"), data.get("role")
    return (name if isinstance(name, str) else ""), (role if isinstance(role, str) else "")
