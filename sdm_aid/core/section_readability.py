"""Readability of each section of an aid, for reviewers and authors alike (Qt-free).

For each section a reviewer reads (see :func:`sdm_aid.core.review.review_sections`):

* **Reading ease** (Flesch, higher is easier; 60 and above is plain English) and
  **grade** (Flesch-Kincaid; the target for aids is 6, about reading age 11), from
  textstat, offline, on the author's prose only. Tables, the glossary and the source list
  are not graded, and neither is prose of under 30 words (as in validation, rule SDM317):
  a grade from a few sentences means little.
* **Long sentences**: more than :data:`LONG_SENTENCE_WORDS` (20) words. Plain-language
  guidance for health information (the NHS content style guide, the Plain English
  Campaign) asks for sentences of about 15 to 20 words on average; a sentence longer
  than 20 words is above that, and at grade 6 most sentences should be well under it.
* **Words not in the glossary**: medical words from ``resources/wordlists/medical-terms.txt``
  that the aid's glossary does not explain, and abbreviations that are neither in the
  glossary nor written out once with the abbreviation in brackets: the same tests as
  validation rules SDM318 and SDM319, but every occurrence in every section, so that
  they can be highlighted where they are.

Positions are character offsets into the section's ``text`` so that a view can
highlight them; :func:`highlight_html` does so as escaped HTML with ``<mark>``.
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sdm_aid.core import readability
from sdm_aid.core.model import Aid
from sdm_aid.core.review import ReviewSection, review_sections
from sdm_aid.core.validation import (
    _ABBREVIATION,
    _SENTENCE,
    ALLOWED_ABBREVIATIONS,
    ValidationConfig,
    _glossary_keys,
    term_spans,
)

LONG_SENTENCE_WORDS = 20
MIN_WORDS_FOR_GRADE = ValidationConfig().min_words_for_grade  # 30
TARGET_GRADE = ValidationConfig().max_grade  # 6
MEDICAL_WORD, ABBREVIATION = "medical word", "abbreviation"

# Flesch (1948): what a reading-ease score means.
_EASE_BANDS = (
    (90.0, "very easy"),
    (80.0, "easy"),
    (70.0, "fairly easy"),
    (60.0, "plain English"),
    (50.0, "fairly hard"),
    (30.0, "hard"),
)


@dataclass(frozen=True)
class LongSentence:
    start: int  # offsets into the section's text
    end: int
    words: int
    text: str


@dataclass(frozen=True)
class UnexplainedWord:
    start: int
    end: int
    word: str  # as written
    kind: str  # MEDICAL_WORD or ABBREVIATION


@dataclass(frozen=True)
class SectionReadability:
    section_id: str
    words: int
    sentences: int
    reading_ease: float | None  # None: not graded (see ``note``)
    grade: float | None
    note: str  # why there are no figures, e.g. "a table: not graded"; "" when graded
    long_sentences: tuple[LongSentence, ...]
    unexplained: tuple[UnexplainedWord, ...]

    @property
    def graded(self) -> bool:
        return self.grade is not None

    @property
    def reading_age(self) -> float | None:
        """US grade plus 5 gives the usual UK reading age."""
        return None if self.grade is None else self.grade + 5

    @property
    def ease_words(self) -> str:
        """The reading-ease score in words ("plain English", "hard"); "" if not graded."""
        if self.reading_ease is None:
            return ""
        return next((words for low, words in _EASE_BANDS if self.reading_ease >= low), "very hard")

    @property
    def above_target(self) -> bool:
        return self.grade is not None and self.grade > TARGET_GRADE

    @property
    def words_not_in_glossary(self) -> tuple[str, ...]:
        """Each unexplained word once, in the order it first appears."""
        seen: dict[str, str] = {}
        for item in self.unexplained:
            seen.setdefault(item.word.casefold(), item.word)
        return tuple(seen.values())


class _Context:
    """What the checks need from the whole aid, worked out once."""

    def __init__(self, aid: Aid, sections: Iterable[ReviewSection]):
        self.keys = _glossary_keys(aid)
        self.whole = "\n".join(s.text for s in sections)
        self._explained: dict[str, bool] = {}

    def abbreviation_explained(self, abbr: str) -> bool:
        if abbr not in self._explained:
            self._explained[abbr] = bool(re.search(rf"\({re.escape(abbr)}s?\)", self.whole))
        return self._explained[abbr]


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence: split at line ends and after . ! or ? and a space."""
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for gap in _SENTENCE.finditer(line.group(0)):
            end = line.start() + gap.start()
            if end > start:
                yield start, end
            start = line.start() + gap.end()
        if line.end() > start:
            yield start, line.end()


def count_words(text: str) -> int:
    """Words in ``text``: runs of non-space holding a letter or digit (not a lone dash)."""
    return sum(1 for token in text.split() if any(c.isalnum() for c in token))


def _skipped(section: ReviewSection, start: int) -> bool:
    return any(low <= start < high for low, high in section.unchecked)


def _unexplained(section: ReviewSection, ctx: _Context) -> list[UnexplainedWord]:
    if not section.check_words:
        return []
    found = []
    for start, end in term_spans(section.text):
        word = section.text[start:end].casefold()
        if {word, word.removesuffix("s"), word.removesuffix("es")} & ctx.keys:
            continue
        if _skipped(section, start):
            continue
        found.append(UnexplainedWord(start, end, section.text[start:end], MEDICAL_WORD))
    for match in _ABBREVIATION.finditer(section.text):
        abbr = match.group(0)
        if (
            abbr in ALLOWED_ABBREVIATIONS
            or abbr.casefold() in ctx.keys
            or ctx.abbreviation_explained(abbr)
            or _skipped(section, match.start())
        ):
            continue
        found.append(UnexplainedWord(match.start(), match.end(), abbr, ABBREVIATION))
    found.sort(key=lambda w: w.start)
    return found


def _measure(section: ReviewSection, ctx: _Context) -> SectionReadability:
    text = section.text
    spans = list(sentence_spans(text))
    long_sentences = []
    for start, end in spans:
        words = count_words(text[start:end])
        if words > LONG_SENTENCE_WORDS and not _skipped(section, start):
            long_sentences.append(LongSentence(start, end, words, text[start:end]))
    graded = section.graded_text
    ease: float | None = None
    grade: float | None = None
    if graded is None:
        note = "a table or a list of terms or sources: not graded"
        words, sentences = count_words(text), len(spans)
    else:
        words = count_words(graded)
        sentences = sum(1 for _ in sentence_spans(graded))
        if words < MIN_WORDS_FOR_GRADE:
            note = f"too short to grade ({words} words; at least {MIN_WORDS_FOR_GRADE} needed)"
        else:
            words, sentences, ease, grade = readability.ease_and_grade(graded)
            note = ""
    return SectionReadability(
        section.id,
        words,
        sentences,
        ease,
        grade,
        note,
        tuple(long_sentences),
        tuple(_unexplained(section, ctx)),
    )


def readability_by_section(
    aid: Aid, sections: tuple[ReviewSection, ...] | None = None
) -> dict[str, SectionReadability]:
    """Readability of every section of ``aid``, keyed by section id, in reading order.

    Pass ``sections`` when :func:`review_sections` has already been called for ``aid``.
    The first call in a process loads textstat's syllable dictionary (about 0.7 s).
    """
    sections = sections if sections is not None else review_sections(aid)
    ctx = _Context(aid, sections)
    return {s.id: _measure(s, ctx) for s in sections}


def section_readability(aid: Aid, section: ReviewSection) -> SectionReadability:
    """Readability of one section (see :func:`readability_by_section` for all of them)."""
    return _measure(section, _Context(aid, review_sections(aid)))


def highlight_html(text: str, figures: SectionReadability) -> str:
    """``text`` as escaped HTML, one ``<p>`` a line, with long sentences in
    ``<mark class="long">`` and words not in the glossary in ``<mark class="word">`` (both
    classes where they overlap; each mark has a title saying why)."""
    n = len(text)
    flags = [0] * n
    for sentence in figures.long_sentences:
        for i in range(sentence.start, min(sentence.end, n)):
            flags[i] |= 1
    for word in figures.unexplained:
        for i in range(word.start, min(word.end, n)):
            flags[i] |= 2
    out: list[str] = []
    for line in re.finditer(r"[^\n]+", text):
        pieces = []
        i = line.start()
        while i < line.end():
            j = i
            while j < line.end() and flags[j] == flags[i]:
                j += 1
            chunk = html_lib.escape(text[i:j], quote=False)
            flag = flags[i]
            if flag:
                classes = " ".join(c for bit, c in ((1, "long"), (2, "word")) if flag & bit)
                why = "; ".join(
                    w
                    for bit, w in (
                        (1, f"sentence of over {LONG_SENTENCE_WORDS} words"),
                        (2, "not in the glossary"),
                    )
                    if flag & bit
                )
                chunk = f'<mark class="{classes}" title="{why}">{chunk}</mark>'
            pieces.append(chunk)
            i = j
        out.append(f"<p>{''.join(pieces)}</p>")
    return "\n".join(out)
