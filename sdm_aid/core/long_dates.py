"""Dates in words ("2 March 2026") from Babel's locale data, without loading it in every run.

Loading a locale's data (and the root data it inherits) costs Babel about 20 ms and 6 MB, a
tenth of a PDF export. What a long date needs from it is small: the pattern (``d MMMM y``)
and the month names. Those come from, in turn:

* ``resources/locale/long-dates.txt``, made from Babel's data for every locale it knows by
  ``make_long_dates.py`` (CLDR data, Unicode licence beside it), used when the installed
  Babel is the version it was made from and the language is one of its locale names;
* the user's cache folder, where what Babel gives for any other language (or Babel
  version) is kept (no dates, no names: only the locale's words), checked against the
  installed Babel and SDM Aid versions;
* Babel itself, the first time.

A pattern with a field other than day, month and year (an era, a weekday) is left to Babel
each time. The words are Babel's own in every case (tested against Babel for every locale).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import json
import os
from typing import Any, Literal

from sdm_aid import __version__
from sdm_aid.core import safe_read
from sdm_aid.core.atomic import atomic_write_text
from sdm_aid.paths import resources_dir, user_cache_dir

CACHE_NAME = "long-dates.json"
CACHE_LIMIT = 1_000_000  # bytes: a few hundred a language
_FIELDS = {"d", "M", "y"}
_MONTH_WIDTHS: dict[int, Literal["abbreviated", "wide"]] = {3: "abbreviated", 4: "wide"}
_memory: dict[str, Any] = {}
_shipped: bool | None = None  # whether the shipped table is used (None: not checked yet)
TABLE_LIMIT = 5_000_000  # bytes: the shipped table is about 150 KB


def date_in_words(day: dt.date, language: str) -> str:
    """The date written in words in ``language`` (a BCP 47 tag such as en-GB), with Babel's
    locale data (no network): "2 March 2026"; ISO 8601 for a language Babel does not know."""
    parts = _parts(language)
    if parts is None:
        return day.isoformat()
    if isinstance(parts, str):  # "babel": a pattern with other fields
        return _babel_format(day, language) or day.isoformat()
    return _format(day, parts)


def _babel_format(day: dt.date, language: str) -> str | None:
    from babel import Locale, UnknownLocaleError
    from babel.dates import format_date

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    return str(format_date(day, format="long", locale=locale))


def _format(day: dt.date, parts: dict[str, Any]) -> str:
    out = []
    for kind, value in parts["tokens"]:
        if kind == "chars":
            out.append(value)
            continue
        char, count = value
        if char == "d":
            out.append(f"{day.day:0{count}d}")
        elif char == "y":
            out.append(f"{day.year % 100:02d}" if count == 2 else f"{day.year:0{count}d}")
        elif count <= 2:
            out.append(f"{day.month:0{count}d}")
        else:
            out.append(parts["months"][_MONTH_WIDTHS[count]][day.month - 1])
    return "".join(out)


def learn(language: str) -> dict[str, Any] | str | None:
    """What a long date in ``language`` needs, from Babel: its tokens and month names;
    ``"babel"`` when the pattern has other fields; None for an unknown language."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names, tokenize_pattern

    try:
        locale = Locale.parse(language.replace("-", "_"))
        pattern = locale.date_formats["long"].pattern
    except (UnknownLocaleError, ValueError, TypeError, KeyError):
        return None
    tokens = tokenize_pattern(pattern)
    for kind, value in tokens:
        if kind == "field" and (
            value[0] not in _FIELDS or (value[0] == "M" and value[1] not in (1, 2, 3, 4))
        ):
            return "babel"
    months = {
        width: [get_month_names(width, "format", locale)[m] for m in range(1, 13)]
        for width in _MONTH_WIDTHS.values()
    }
    return {"tokens": [list(t) for t in tokens], "months": months}


def _stamp() -> str:
    """The versions the cached words come from: SDM Aid's, and the installed Babel's files."""
    try:
        spec = importlib.util.find_spec("babel")
        origin = spec.origin if spec is not None else None
        info = os.stat(origin) if origin else None
    except (ImportError, ValueError, OSError):
        info = None
    babel = f"{info.st_size}:{info.st_mtime_ns}" if info else "?"
    return f"{__version__}/{babel}"


def _babel_version() -> str | None:
    """The installed Babel's version, read from its source (importing it is what is spared),
    or from its distribution's metadata where there is no source file (a bundled app)."""
    try:
        spec = importlib.util.find_spec("babel")
        if spec is not None and spec.origin:
            with open(spec.origin, encoding="utf-8") as source:
                for line in source:
                    if line.startswith("__version__"):
                        return line.split("=", 1)[1].strip().strip("'\"")
    except (ImportError, ValueError, OSError):
        pass
    try:
        from importlib import metadata

        return metadata.version("Babel")
    except (ImportError, ValueError):
        return None


def _table() -> bytes:
    """The shipped table's bytes, if it was made from the installed Babel; else b"".

    Read again for each language looked up (once a run: :func:`_parts` keeps what it
    finds) and searched as bytes: kept as text, the table would hold about 0.5 MB for the
    whole run, as Python stores its characters four bytes each (it has some beyond U+FFFF).
    """
    global _shipped
    if _shipped is not None and not _shipped:
        return b""
    try:
        data = safe_read.read_bytes(resources_dir() / "locale" / "long-dates.txt", TABLE_LIMIT)
    except (OSError, ValueError):
        return b""  # no table: what Babel gives is kept in the user's cache instead
    if _shipped is None:
        _shipped = f"\nbabel {_babel_version()}\n".encode() in data
    return data if _shipped else b""


def _line(data: bytes, key: str) -> str | None:
    """What follows ``key`` and a space on a line of ``data``, if a line starts so."""
    marker = f"\n{key} ".encode()
    start = data.find(marker)
    if start == -1:
        return None
    start += len(marker)
    end = data.find(b"\n", start)
    try:
        return data[start : end if end != -1 else len(data)].decode("utf-8")
    except UnicodeDecodeError:
        return None


def _from_table(language: str) -> dict[str, Any] | str | bool | None:
    """The table's entry for ``language`` (a locale name such as en_GB), or False."""
    data = _table()
    name = language.replace("-", "_")
    number = _line(data, name) if data and name.isidentifier() else None
    entry = _line(data, f"@{number}") if number is not None and number.isdigit() else None
    if entry is None:
        return False
    try:
        parts = json.loads(entry)
    except ValueError:
        return False
    return parts if _valid(parts) else False


def _parts(language: str) -> dict[str, Any] | str | None:
    if language in _memory:
        kept: dict[str, Any] | str | None = _memory[language]
        return kept
    shipped = _from_table(language)
    if shipped is not False:
        _memory[language] = shipped
        return _memory[language]  # type: ignore[no-any-return]
    stamp = _stamp()
    path = user_cache_dir() / CACHE_NAME
    known: dict[str, Any] = {}
    try:
        data, _ = safe_read.loads_json(safe_read.read_text(path, CACHE_LIMIT))
        if isinstance(data, dict) and data.get("stamp") == stamp:
            known = data.get("languages", {})
    except (OSError, ValueError, TypeError):
        pass  # no cache, or a damaged one: learn from Babel again
    found = known.get(language, False) if isinstance(known, dict) else False
    parts: dict[str, Any] | str | None
    if found is not False and _valid(found):
        parts = found
    else:
        parts = learn(language)
        known = dict(known) if isinstance(known, dict) else {}
        known[language] = parts
        with contextlib.suppress(OSError):  # the cache only saves time
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic_write_text(path, json.dumps({"stamp": stamp, "languages": known}))
    _memory[language] = parts
    return parts


def _valid(parts: object) -> bool:
    """A cached entry has the shape :func:`learn` gives (the file may have been edited)."""
    if parts is None or parts == "babel":
        return True
    try:
        assert isinstance(parts, dict)
        months = parts["months"]
        assert all(len(months[w]) == 12 for w in _MONTH_WIDTHS.values())
        for kind, value in parts["tokens"]:
            assert kind in ("chars", "field")
            if kind == "chars":
                assert isinstance(value, str)
            else:
                char, count = value
                assert char in _FIELDS and isinstance(count, int) and 1 <= count <= 9
                assert char != "M" or count <= 4
        return True
    except (AssertionError, KeyError, TypeError, ValueError):
        return False
