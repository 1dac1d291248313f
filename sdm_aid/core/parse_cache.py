"""Parsed aids kept between runs, so a command that uses one aid does not parse it again.

Parsing an aid (YAML, Markdown, sanitising) costs about 30 ms and loads Markdown, nh3 and
YAML, a large part of a one-aid command such as ``sdm-aid export`` or ``screenshot``. The
parse is a pure function of the file's text and path, so its result is kept in the user's
cache folder (a private folder, as jinja2's compiled templates are), under a key made of
the path, the text, and a stamp of the code that parses: SDM Aid's version and the size
and time of each of its core modules, and of Markdown, nh3 and PyYAML. Any change to one
of them is a miss, and the aid is parsed as before.

The cache is read with a restricted unpickler: it makes only SDM Aid's own data classes,
a few standard types and read-only mappings, so a file planted in the cache can at worst
give a wrong aid for that key, never run code. A damaged or unreadable entry is a miss.
Only what the aid file itself says goes in (a published document): nothing from a session
or a review.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import hashlib
import importlib.util
import io
import os
import pickle
import threading
from pathlib import Path
from types import MappingProxyType
from typing import Any

from sdm_aid import __version__
from sdm_aid.core import safe_read
from sdm_aid.core.atomic import atomic_write_bytes
from sdm_aid.core.parse_result import ParseResult

FOLDER = "parsed-aids"
ENTRY_LIMIT = 20_000_000  # bytes: a parsed aid is some hundreds of kB
KEEP = 64  # entries: older ones are removed when a new one is written
_CORE = Path(__file__).resolve().parent
_stamp: str | None = None
_recent: dict[str, ParseResult] = {}  # this process's hits: the same result, not read again
_recent_lock = threading.Lock()  # the app loads aids in worker threads
RECENT = 16


def _mapping(items: dict[Any, Any]) -> MappingProxyType[Any, Any]:
    return MappingProxyType(items)


# The standard types an aid is made of (beyond numbers, strings, lists, dicts and tuples).
_ALLOWED = {
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("datetime", "date"),
    ("datetime", "datetime"),
    ("pathlib", "Path"),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("pathlib", "PurePosixPath"),
    ("pathlib", "PureWindowsPath"),
    ("xml.etree.ElementTree", "Element"),
    ("_elementtree", "Element"),
    (__name__, "_mapping"),
}


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _ALLOWED:
            return super().find_class(module, name)
        if module.startswith("sdm_aid.core.") and "." not in name:
            found = super().find_class(module, name)
            # Only the core's own data classes: their constructors only store fields. A
            # class merely imported into a core module, or one that does work (a store,
            # a lock, this unpickler), is refused.
            if (
                isinstance(found, type)
                and found.__module__ == module
                and dataclasses.is_dataclass(found)
            ):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a parsed aid")


def _reduce_mapping(proxy: MappingProxyType[Any, Any]) -> tuple[Any, ...]:
    return _mapping, (dict(proxy),)


class _Pickler(pickle.Pickler):
    """Pickles read-only mappings (which pickle cannot) as :func:`_mapping` of a dict."""

    def __init__(self, file: io.BytesIO) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.dispatch_table = {**copyreg.dispatch_table, MappingProxyType: _reduce_mapping}


def code_stamp() -> str:
    """What the parse depends on besides the text: the versions and files of the code."""
    global _stamp
    if _stamp is None:
        parts = [__version__]
        files = sorted(_CORE.glob("*.py"))
        for name in ("markdown", "nh3", "yaml"):
            with contextlib.suppress(ImportError, ValueError):
                spec = importlib.util.find_spec(name)
                if spec is not None and spec.origin:
                    files.append(Path(spec.origin))
        for path in files:
            try:
                info = path.stat()
                parts.append(f"{path.name}:{info.st_size}:{info.st_mtime_ns}")
            except OSError:
                parts.append(f"{path.name}:?")
        _stamp = "\n".join(parts)
    return _stamp


def _key(text: str, path: Path | None) -> str:
    digest = hashlib.sha256()
    for part in (code_stamp(), str(path), text):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()


def _folder() -> Path:
    from sdm_aid.paths import user_cache_dir

    return user_cache_dir() / FOLDER


def load(text: str, path: Path | None) -> ParseResult | None:
    """The kept parse of ``text`` at ``path``, or None (not kept, changed or damaged)."""
    try:
        key = _key(text, path)
        with _recent_lock:
            if key in _recent:
                return _recent[key]  # an aid is immutable: two libraries may share it
        data = safe_read.read_bytes(_folder() / key, ENTRY_LIMIT)
        aid, findings = _Unpickler(io.BytesIO(data)).load()
    except Exception:  # any damage is a miss: the aid is parsed again
        return None
    if not isinstance(findings, list):
        return None
    result = ParseResult(aid, findings)
    with _recent_lock:
        if len(_recent) >= RECENT:
            _recent.pop(next(iter(_recent)))
        _recent[key] = result
    return result


def store(text: str, path: Path | None, result: ParseResult) -> None:
    """Keep ``result`` for the next run; any failure only means it is not kept."""
    with contextlib.suppress(Exception):
        buffer = io.BytesIO()
        _Pickler(buffer).dump((result.aid, result.findings))
        folder = _folder()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write_bytes(folder / _key(text, path), buffer.getvalue(), mode=0o600)
        _trim(folder)


def _trim(folder: Path) -> None:
    entries = [(e.stat().st_mtime_ns, e.path) for e in os.scandir(folder) if len(e.name) == 64]
    for _, path in sorted(entries, reverse=True)[KEEP:]:  # the newest KEEP stay
        with contextlib.suppress(OSError):
            os.unlink(path)
