"""Pyphen's hyphenation points, for the syllables of words not in the syllable table.

textstat counts a word missing from the CMU dictionary as Pyphen's hyphenation points
plus one. Pyphen parses its pattern file every time a process first asks (about 60 ms),
although the patterns never change, so the parsed patterns are kept in the user's cache
folder as plain text (read back through the guarded path, rebuilt when the pattern file
changes or the cache is damaged), and the points are worked out here exactly as Pyphen
does; a test compares both on every word of the bundled aids.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path
from typing import Any

PatternTable = dict[str, tuple[int, tuple[int, ...]]]
CACHE_LIMIT = 4_000_000  # bytes: the English patterns take about 150 KB


class Hyphenator:
    """Hyphenation points of a word, as ``pyphen.Pyphen(lang=…).positions`` gives them."""

    def __init__(self, patterns: PatternTable, left: int = 2, right: int = 2):
        self.patterns = patterns
        self.maxlen = max((len(k) for k in patterns), default=1)
        self.left, self.right = left, right
        self._cache: dict[str, list[int]] = {}

    def positions(self, word: str) -> list[int]:
        points = self._cache.get(word)
        if points is None:
            points = self._cache[word] = self._positions(word)
        return points

    def _positions(self, word: str) -> list[int]:
        pointed = f".{word.lower()}."
        references = [0] * (len(pointed) + 1)
        for i in range(len(pointed) - 1):
            for j in range(i + 1, min(i + self.maxlen, len(pointed)) + 1):
                pattern = self.patterns.get(pointed[i:j])
                if pattern is None:
                    continue
                offset, values = pattern
                for k, value in enumerate(values, start=i + offset):
                    references[k] = max(references[k], value)
        last = len(word) - self.right
        return [
            i - 1
            for i, reference in enumerate(references)
            if reference % 2 and self.left <= i - 1 <= last
        ]


def hyphenator(lang: str, cache_dir: Path | None) -> Any:
    """A hyphenator for ``lang``: ours from cached patterns where it can be, else Pyphen's."""
    import pyphen

    path = Path(pyphen.LANGUAGES[pyphen.language_fallback(lang)])
    stat = path.stat()
    key = hashlib.sha256(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()
    cache = cache_dir / f"hyphenation-{key[:24]}.txt" if cache_dir else None
    patterns = _read_cache(cache) if cache else None
    if patterns is None:
        patterns = _parse(path)
        if patterns is None:  # nonstandard hyphenation: leave it all to Pyphen
            return pyphen.Pyphen(lang=lang)
        if cache is not None:
            _write_cache(cache, patterns)
    return Hyphenator(patterns)


def _parse(path: Path) -> PatternTable | None:
    import pyphen

    table: PatternTable = {}
    for tags, (start, values) in pyphen.HyphDict(path).patterns.items():
        if not all(type(v) is int for v in values):
            return None
        table[tags] = (int(start), tuple(int(v) for v in values))
    return table


def _read_cache(path: Path) -> PatternTable | None:
    """Patterns from the cache: a line each, "letters start values" ("ab 1 0201")."""
    from sdm_aid.core import safe_read

    try:
        table: PatternTable = {}
        for line in safe_read.read_text(path, CACHE_LIMIT).splitlines():
            tags, start, values = line.split(" ")
            if not values.isdigit() or not start.isdigit():
                return None
            table[tags] = (int(start), tuple(map(int, values)))
        return table or None
    except (OSError, ValueError):
        return None  # missing or damaged: parse the patterns again


def _write_cache(path: Path, patterns: PatternTable) -> None:
    from sdm_aid.core.fileio import atomic_write_text

    if any(" " in k or "\n" in k or any(v > 9 for v in vs) for k, (_, vs) in patterns.items()):
        return  # not expressible in the cache's simple lines: parse every time instead
    lines = (f"{k} {s} {''.join(map(str, vs))}" for k, (s, vs) in patterns.items())
    with contextlib.suppress(OSError):  # the cache only saves time
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, "\n".join(lines))
