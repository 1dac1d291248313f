"""The kinds of file the app opens, told by their names (Qt-free; the command line and
the app both use it)."""

from __future__ import annotations

from pathlib import Path

SESSION_SUFFIX = ".sdm.json"
REVIEW_SUFFIX = ".review.json"
OPENABLE = (SESSION_SUFFIX, REVIEW_SUFFIX)


def file_kind(path: Path) -> str | None:
    """ "session", "review" or None, from the file name."""
    name = path.name.lower()
    if name.endswith(SESSION_SUFFIX):
        return "session"
    if name.endswith(REVIEW_SUFFIX):
        return "review"
    return None
