"""Atomic file writes (a reader sees the old file or the new one, never half of either:
see :mod:`atomic`), and reading aids and versioned JSON through the guarded path of
:mod:`safe_read`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
