"""The one guarded way SDM Aid reads a file it did not just write (Qt-free).

Every file is hostile: an aid from a shared folder, a session a patient brings, a review
sent by post. So every reader goes through here:

- only a regular file is read: a folder, device (``/dev/zero``) or pipe is refused
  without blocking (opened with ``O_NONBLOCK`` and checked with ``fstat``);
- a symbolic link is followed only when its real target is a regular file inside the
  folder being read (``root``, else the folder the path names);
- the size is checked before reading, and reading stops at the limit;
- JSON is parsed with a depth limit, and ``NaN``, ``Infinity`` and numbers out of range
  (``1e400``, integers beyond 2**53) are refused;
- YAML anchors and aliases are refused (no "billion laughs"), and an impossible date such
  as ``2026-02-30`` is a YAML error with its line, not a crash;
- a lone surrogate (``"\\ud800"`` in JSON) is replaced by U+FFFD and counted, so the caller
  can tell the person. Nothing else is changed, so content hashes stay as they are.
"""

from __future__ import annotations

import math
import os
import re
import stat
from pathlib import Path
from typing import Any

# Size limits, in bytes, per kind of file (documented in docs/authoring.md and the README).
AID_LIMIT = 1_000_000  # the largest bundled aid is about 40 KB
SESSION_LIMIT = 10_000_000  # room for a long note; a typical session is 5 KB
REVIEW_LIMIT = 5_000_000  # a review of the largest aid is about 40 KB
RESPONSES_LIMIT = 20_000_000
ALLOWLIST_LIMIT = 1_000_000
INDEX_LIMIT = 50_000_000  # the library's index cache
MAX_JSON_DEPTH = 20  # a session nests 3 deep, a review 4, the index cache 6
MAX_JSON_INT = 2**53  # the largest whole number every JSON reader agrees on

_O_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_BINARY", 0)
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")  # how JSON writes one


class ReadError(OSError):
    """A file that was not read, and why in plain words.

    ``kind`` is "unreadable", "not-regular", "outside", "too-large" or "not-text". It is an
    :class:`OSError`, so a reader that already reports unreadable files reports these too.
    """

    def __init__(self, kind: str, reason: str, line: int | None = None):
        super().__init__(reason)
        self.kind = kind
        self.reason = reason
        self.line = line

    def __str__(self) -> str:
        return self.reason


def _inside(real: Path, base: Path) -> bool:
    return real == base or base in real.parents


def read_bytes(path: Path, limit: int, root: Path | None = None) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    ``root`` is the folder being read (a library folder); by default the folder that holds
    ``path``. Raises :class:`ReadError`.
    """
    try:
        real = Path(os.path.realpath(path))
        base = Path(
            os.path.realpath(root if root is not None else Path(os.path.abspath(path)).parent)
        )
    except (OSError, ValueError) as exc:
        raise ReadError("unreadable", f"cannot resolve the path: {exc}") from exc
    if not _inside(real, base):
        raise ReadError(
            "outside",
            f"it is a link to {real}, outside {base}; copy the file into the folder instead",
        )
    try:
        fd = os.open(real, _O_FLAGS)
    except OSError as exc:
        raise ReadError("unreadable", f"cannot open it: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(
                "not-regular", "it is not a regular file (it is a folder, a device or a pipe)"
            )
        if info.st_size > limit:
            raise ReadError(
                "too-large", f"it is {info.st_size:,} bytes; at most {limit:,} are read"
            )
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise ReadError("too-large", f"it is over {limit:,} bytes, the most that is read")
        return b"".join(chunks)
    except ReadError:
        raise
    except OSError as exc:
        raise ReadError("unreadable", f"cannot read it: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)


def read_text(path: Path, limit: int, root: Path | None = None) -> str:
    """The file as UTF-8 text (strict: other encodings are refused with the line)."""
    raw = read_bytes(path, limit, root)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ReadError(
            "not-text", f"it is not UTF-8 text (line {line}); save it as UTF-8", line
        ) from exc


# -- JSON ------------------------------------------------------------------------------------


def _no_repeated_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose key comes twice is refused: which value counts would be a guess."""
    data = dict(pairs)
    if len(data) != len(pairs):
        keys = [k for k, _ in pairs]
        twice = next(k for k in keys if keys.count(k) > 1)
        raise ValueError(f"the key {twice!r} is given twice")
    return data


def _no_constant(name: str) -> Any:
    raise ValueError(f"it holds {name}, which is not a number")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"the number {text[:20]} is out of range")
    return value


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > 16 or abs(int(text)) > MAX_JSON_INT:
        raise ValueError(f"the number {text[:20]} is out of range")
    return int(text)


def loads_json(
    text: str, max_depth: int = MAX_JSON_DEPTH, bounded_ints: bool = True
) -> tuple[Any, int]:
    """Parse JSON strictly; return the data and how many lone surrogates were replaced.

    ``bounded_ints=False`` allows whole numbers beyond 2**53 (the index cache holds
    nanosecond times). Raises ValueError saying what is wrong.
    """
    import json

    try:
        data = json.loads(
            text,
            object_pairs_hook=_no_repeated_keys,
            parse_constant=_no_constant,
            parse_float=_finite_float,
            parse_int=_bounded_int if bounded_ints else None,
        )
    except RecursionError:
        raise ValueError(f"it is nested more than {max_depth} levels deep") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"it is not valid JSON (line {exc.lineno}: {exc.msg})") from exc
    if not _may_hold_surrogates(text):
        # No string in it can hold a lone surrogate: only the depth is checked, without
        # a copy of every string (a third of the time of reading a review).
        if isinstance(data, (dict, list)):
            _check_depth(data, 0, max_depth)
        return data, 0
    counter = [0]
    return _clean(data, 0, max_depth, counter), counter[0]


def _may_hold_surrogates(text: str) -> bool:
    """Whether JSON ``text`` may decode to a string with a lone surrogate in it: it holds
    one, or writes one as an escape (or, rarely, an escaped backslash before such a
    "u")."""
    if "\\u" in text and _ESCAPED_SURROGATE.search(text) is not None:
        return True
    try:
        text.encode("utf-8")  # refuses any surrogate, and is quicker than a search
    except UnicodeEncodeError:
        return True
    return False


def _check_depth(value: dict[str, Any] | list[Any], depth: int, max_depth: int) -> None:
    """ValueError when a list or object is nested ``max_depth`` or more levels deep."""
    if depth >= max_depth:
        raise ValueError(f"it is nested more than {max_depth} levels deep")
    for item in value.values() if isinstance(value, dict) else value:
        if isinstance(item, (dict, list)):
            _check_depth(item, depth + 1, max_depth)


def _clean_str(text: str, counter: list[int]) -> str:
    if _SURROGATE.search(text) is None:
        return text
    fixed, n = _SURROGATE.subn("\ufffd", text)
    counter[0] += n
    return fixed


def _clean(value: Any, depth: int, max_depth: int, counter: list[int]) -> Any:
    """``value`` with lone surrogates replaced; ValueError when nested too deep."""
    if isinstance(value, str):
        return _clean_str(value, counter)
    if isinstance(value, (dict, list)):
        if depth >= max_depth:
            raise ValueError(f"it is nested more than {max_depth} levels deep")
        if isinstance(value, list):
            return [_clean(v, depth + 1, max_depth, counter) for v in value]
        return {
            _clean_str(k, counter): _clean(v, depth + 1, max_depth, counter)
            for k, v in value.items()
        }
    return value


def surrogate_note(count: int) -> str:
    """What to tell the person when characters were replaced."""
    return (
        f"{count} invalid character(s) (lone UTF-16 surrogates) were replaced by \ufffd; "
        "check the text around them"
    )


# -- YAML ------------------------------------------------------------------------------------


def load_yaml(text: str) -> Any:
    """Parse YAML with the strict loader (:mod:`sdm_aid.core.safe_yaml`, loaded with PyYAML
    on first use: a command that reads no YAML does not load it). Raises
    :class:`yaml.YAMLError` only."""
    from sdm_aid.core.safe_yaml import load_yaml as load

    return load(text)
