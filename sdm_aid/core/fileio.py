"""Atomic file writes (a reader sees the old file or the new one, never half of either:
see :mod:`atomic`), reading aids and versioned JSON through the guarded path of
:mod:`safe_read`, and what the session, review and responses files share: their
versioned header, moving a damaged file aside, and listing a folder of them."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sdm_aid.core import safe_read
from sdm_aid.core.atomic import atomic_write_bytes as atomic_write_bytes
from sdm_aid.core.atomic import atomic_write_text as atomic_write_text
from sdm_aid.core.atomic import clean_stale_temp as clean_stale_temp
from sdm_aid.core.findings import Finding

MAX_BYTES = safe_read.AID_LIMIT


PRIVATE_MODE = 0o600  # patient data and reviewers' names: readable by the owner only


def read_aid_text(path: Path, root: Path | None = None) -> tuple[str | None, list[Finding]]:
    """Read an aid file as text through the guarded path, or say why it cannot be read.

    ``root`` is the library folder being read (a link may point only inside it). Windows
    line endings (CRLF) become LF; nothing else is changed.
    """
    try:
        text = safe_read.read_text(path, MAX_BYTES, root)
    except safe_read.ReadError as exc:
        if exc.kind == "too-large":
            message = (
                f"{exc.reason}: an aid may be at most {MAX_BYTES:,} bytes. "
                "Split it or move images out"
            )
            return None, [Finding("SDM101", path, None, message)]
        if exc.kind == "not-text":
            return None, [
                Finding(
                    "SDM102",
                    path,
                    exc.line,
                    "the file is not UTF-8 text; save it as UTF-8 in your editor",
                )
            ]
        return None, [Finding("SDM109", path, None, f"cannot read the file: {exc.reason}")]
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    return text, []


def read_versioned_json(
    text: str, schema: str, what: str, notes: list[str] | None = None
) -> tuple[dict[str, Any], int]:
    """The object in an SDM Aid JSON file of ``schema`` and its format version.

    Parsed strictly (:func:`safe_read.loads_json`: depth limit, no NaN or Infinity). Raises
    ValueError saying what is wrong (``what`` names the kind of file, as in "it is not an
    SDM Aid review file"). A version newer than the caller knows is for the caller to
    refuse: such a file is not damaged. Lone surrogates are replaced; ``notes`` (if given)
    gets a line saying so.
    """
    data, replaced = safe_read.loads_json(text)
    if not isinstance(data, dict) or data.get("schema") != schema:
        raise ValueError(f"it is not an SDM Aid {what} file")
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValueError("it has no valid schema version")
    if replaced and notes is not None:
        notes.append(safe_read.surrogate_note(replaced))
    return data, version


def versioned_json(schema: str, version: int, data: dict[str, Any]) -> str:
    """An SDM Aid JSON file: ``schema`` and ``schema_version`` first, then ``data``
    (read back with :func:`read_versioned_json`)."""
    return json.dumps(
        {"schema": schema, "schema_version": version, **data}, indent=2, ensure_ascii=False
    )


def move_aside(path: Path) -> Path:
    """Rename a damaged file to ``….corrupt`` (numbered if taken); never delete it."""
    target = path.with_name(path.name + ".corrupt")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{n}.corrupt")
        n += 1
    os.replace(path, target)
    return target


def set_aside(path: Path) -> tuple[Path | None, str]:
    """Move a damaged file aside if it can be (:func:`move_aside`): where it went (None if
    it could not be moved) and a sentence saying so for the message ("" if not moved)."""
    moved = None
    with contextlib.suppress(OSError):
        moved = move_aside(path)
    return moved, f" It was kept as {moved.name}." if moved else ""


class _Dated(Protocol):
    @property
    def updated(self) -> str: ...


_File = TypeVar("_File")
_Summary = TypeVar("_Summary", bound=_Dated)
_Problem = TypeVar("_Problem", bound=Exception)


def summarise_folder(
    folder: Path,
    suffix: str,
    load: Callable[[Path], _File],
    problem: type[_Problem],
    summary: Callable[[Path, _File], _Summary],
) -> tuple[list[_Summary], list[_Problem]]:
    """A summary of every file in ``folder`` ending in ``suffix`` that ``load`` can read,
    newest first, and the ``problem`` raised for each of the others. Temporary files left
    by a save that was killed are cleaned up first."""
    found, problems = [], []
    if not folder.is_dir():
        return [], []
    clean_stale_temp(folder)
    for path in sorted(folder.glob(f"*{suffix}")):
        try:
            loaded = load(path)
        except problem as exc:
            problems.append(exc)
            continue
        found.append(summary(path, loaded))
    found.sort(key=lambda s: s.updated, reverse=True)
    return found, problems
