"""Section readability kept in the user's cache folder, by what it is worked out from.

Collating reviews grades every section of the aid: textstat, the syllable table and the
hyphenation patterns, about a third of the command's time. The figures depend only on
the aid's sections, its glossary, the word lists and the code and libraries that measure
them, so they are kept under a name made from all of those (a SHA-256), and a second
collation of the same aid version reads them back instead. A file that does not fit the
aid exactly is not trusted: the figures are worked out again and the file replaced.

The files hold figures, notes and offsets into the aid's own text, never anything a
reviewer wrote or any name.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
from pathlib import Path
from typing import Any

from sdm_aid import __version__
from sdm_aid.core import safe_read
from sdm_aid.core.model import Aid
from sdm_aid.core.review import ReviewSection, review_sections
from sdm_aid.core.section_readability import (
    ABBREVIATION,
    MEDICAL_WORD,
    LongSentence,
    SectionReadability,
    UnexplainedWord,
    readability_by_section,
)
from sdm_aid.core.validation import _glossary_keys
from sdm_aid.paths import resources_dir

FORMAT = 1
FOLDER = "readability"
LIMIT = 2_000_000  # bytes; the figures of the largest bundled aid take about 3 KB
_SOURCES = ("readability.py", "section_readability.py", "validation.py", "hyphenation.py")


def cached_readability_by_section(
    aid: Aid, sections: tuple[ReviewSection, ...] | None, cache_dir: Path | None
) -> dict[str, SectionReadability]:
    """:func:`readability_by_section`, read from ``cache_dir`` when worked out before
    (and kept there when not). Without a cache folder, simply worked out."""
    sections = sections if sections is not None else review_sections(aid)
    if cache_dir is None:
        return readability_by_section(aid, sections)
    path = cache_dir / FOLDER / f"{_key(aid, sections)}.json"
    figures = _read(path, sections)
    if figures is None:
        figures = readability_by_section(aid, sections)
        _write(path, figures)
    return figures


def _key(aid: Aid, sections: tuple[ReviewSection, ...]) -> str:
    parts = [
        FORMAT,
        _fingerprint(),
        sorted(_glossary_keys(aid)),
        [(s.id, s.text, s.graded_text, s.check_words, s.unchecked) for s in sections],
    ]
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()


@functools.cache
def _fingerprint() -> str:
    """The code and data that measure: our modules and word lists by content, textstat
    and Pyphen by where they are and when they were installed."""
    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in _SOURCES:
        try:
            digest.update((here / name).read_bytes())
        except OSError:  # a bundle ships compiled modules only: the version fixes its code
            digest.update(f"{name}|{__version__}".encode())
    words = resources_dir() / "wordlists"
    digest.update((words / "medical-terms.txt").read_bytes())
    syllables = (words / "syllables.txt").stat()
    digest.update(f"{syllables.st_size}|{syllables.st_mtime_ns}".encode())
    for package in ("textstat", "pyphen"):
        spec = importlib.util.find_spec(package)
        origin = spec.origin if spec is not None else None
        if origin:
            info = os.stat(origin)
            digest.update(f"{origin}|{info.st_size}|{info.st_mtime_ns}".encode())
    return digest.hexdigest()


def _as_row(figures: SectionReadability) -> list[Any]:
    return [
        figures.section_id,
        figures.words,
        figures.sentences,
        figures.reading_ease,
        figures.grade,
        figures.note,
        [[s.start, s.end, s.words] for s in figures.long_sentences],
        [[w.start, w.end, w.kind] for w in figures.unexplained],
    ]


def _write(path: Path, figures: dict[str, SectionReadability]) -> None:
    from sdm_aid.core.fileio import atomic_write_text

    text = json.dumps({"format": FORMAT, "sections": [_as_row(f) for f in figures.values()]})
    with contextlib.suppress(OSError):  # the cache only saves time
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write_text(path, text)


def _read(path: Path, sections: tuple[ReviewSection, ...]) -> dict[str, SectionReadability] | None:
    """The figures in ``path`` if they fit ``sections`` in every detail, else None."""
    try:
        data, _ = safe_read.loads_json(safe_read.read_text(path, LIMIT))
        rows = data["sections"]
        if data["format"] != FORMAT or len(rows) != len(sections):
            return None
        return {s.id: _from_row(row, s) for row, s in zip(rows, sections, strict=True)}
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return None  # missing or not ours: worked out again


def _number(value: object, kind: type) -> Any:
    if type(value) is not kind and not (kind is float and type(value) is int):
        raise ValueError("not a number of the kind expected")
    return value


def _span(start: object, end: object, text: str) -> tuple[int, int]:
    low, high = _number(start, int), _number(end, int)
    if not 0 <= low < high <= len(text):
        raise ValueError("a span outside the text")
    return low, high


def _from_row(row: list[Any], section: ReviewSection) -> SectionReadability:
    section_id, words, sentences, ease, grade, note, long_rows, word_rows = row
    if section_id != section.id or not isinstance(note, str):
        raise ValueError("another section")
    text = section.text
    long_sentences = []
    for start, end, count in long_rows:
        low, high = _span(start, end, text)
        long_sentences.append(LongSentence(low, high, _number(count, int), text[low:high]))
    unexplained = []
    for start, end, kind in word_rows:
        low, high = _span(start, end, text)
        if kind not in (MEDICAL_WORD, ABBREVIATION):
            raise ValueError("an unknown kind of word")
        unexplained.append(UnexplainedWord(low, high, text[low:high], kind))
    return SectionReadability(
        section_id,
        _number(words, int),
        _number(sentences, int),
        None if ease is None else float(_number(ease, float)),
        None if grade is None else float(_number(grade, float)),
        note,
        tuple(long_sentences),
        tuple(unexplained),
    )
