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
import re
from pathlib import Path
from typing import Any, cast

Pattern = tuple[int, tuple[int, ...]]
PatternTable = dict[str, Pattern]
CACHE_LIMIT = 4_000_000  # bytes: the English patterns take about 150 KB
_CACHE_LINES = re.compile(r"(?:\S+ [0-9]+ [0-9]+\n)*\S+ [0-9]+ [0-9]+\n?")


class Hyphenator:
    """Hyphenation points of a word, as ``pyphen.Pyphen(lang=…).positions`` gives them."""

    def __init__(self, patterns: dict[str, Pattern | str], left: int = 2, right: int = 2):
        self.patterns = patterns  # a pattern still in the cache's words is read on first use
        self.maxlen = max(map(len, patterns), default=1)
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
                if isinstance(pattern, str):
                    start, digits = pattern.split(" ")
                    pattern = (int(start), tuple(map(int, digits)))
                    self.patterns[pointed[i:j]] = pattern
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
    cached = _read_cache(cache) if cache else None
    if cached is not None:
        return Hyphenator(cached)
    patterns = _parse(path)
    if patterns is None:  # nonstandard hyphenation: leave it all to Pyphen
        return pyphen.Pyphen(lang=lang)
    if cache is not None:
        _write_cache(cache, patterns)
    return Hyphenator(dict(patterns))


def _parse(path: Path) -> PatternTable | None:
    import pyphen

    table: PatternTable = {}
    for tags, (start, values) in pyphen.HyphDict(path).patterns.items():
        if not all(type(v) is int for v in values):
            return None
        table[tags] = (int(start), tuple(int(v) for v in values))
    return table


def _read_cache(path: Path) -> dict[str, Pattern | str] | None:
    """Patterns from the cache: a line each, "letters start values" ("ab 1 0201"). The
    lines are checked here and each kept as text, made into numbers when first used: a
    word or two needs few of the 11,000 patterns."""
    from sdm_aid.core import safe_read

    try:
        text = safe_read.read_text(path, CACHE_LIMIT)
    except OSError:
        return None  # missing or unreadable: parse the patterns again
    if _CACHE_LINES.fullmatch(text) is None:
        return None  # damaged: parse the patterns again
    lines = (line.split(" ", 1) for line in text.splitlines())
    return cast(dict[str, Pattern | str], dict(lines))


def _write_cache(path: Path, patterns: PatternTable) -> None:
    from sdm_aid.core.fileio import atomic_write_text

    if any(" " in k or "\n" in k or any(v > 9 for v in vs) for k, (_, vs) in patterns.items()):
        return  # not expressible in the cache's simple lines: parse every time instead
    lines = (f"{k} {s} {''.join(map(str, vs))}" for k, (s, vs) in patterns.items())
    with contextlib.suppress(OSError):  # the cache only saves time
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, "\n".join(lines))
