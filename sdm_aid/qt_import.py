"""PySide6's check of every later import, made cheap (for the UI and the PDF writer).

PySide6 checks every module imported after it for the word "PySide6" with
``inspect.getsource`` (PYSIDE-2029, for its ``__feature__`` switches). That goes through
``linecache`` and ``tokenize``: about a millisecond a module, and ``linecache`` then keeps
every line of every module (about 7 MB in the app). The same question is asked here by
reading the file's bytes once, so nothing is kept.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any


def lean_pyside_import_hook() -> bool:
    """Replace PySide6's source check once; True when its hook was found."""
    import PySide6.QtCore  # noqa: F401  (installs shibokensupport.feature)

    feature: Any = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_sdm_aid", False):
        return original is not None

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    mod_uses_pyside._sdm_aid = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside
    _forget_lines()
    return True


def _forget_lines() -> None:
    """Let go of the lines PySide6's own check read before it was replaced: those of
    ``enum``, ``shiboken6`` and ``PySide6`` themselves, about 0.2 MB kept for the whole run.
    ``linecache`` reads a file again if a traceback needs it; lines of code that has no
    file (made with ``exec``) cannot be read again, so they stay."""
    import linecache

    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:  # (size, mtime, lines, path): a file
            linecache.cache.pop(name, None)
