"""The quick paths of the wording and medical-word checks find what the plain searches find.

``validation`` lowers prose letter for letter and searches it with case-bound patterns,
and skips a wording pattern in text that holds none of its hints; both rest on facts about
``str.lower`` and ``re.IGNORECASE`` that are checked here against every character, and
on findings compared with the plain searches on aids full of the phrases they look for.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
import sys

import pytest

from sdm_aid.core import validation
from sdm_aid.core.parser import parse_aid
from sdm_aid.paths import bundled_aids_dir
from support import EXAMPLE

PHRASES = [
    *("5% of people", "5 % of people", "10 per cent", "Percent", "this halves the risk"),
    *("It Doubles your chance", "twice as likely", "3 times more likely", "relative risk"),
    *("two times as common", "reduces the risk by", "cuts your chances by", "20% lower"),
    *("this is common", "Rarely", "uncommonly", "FREQUENT", "You should", "YOU MUST"),
    *("we recommend", "We advise", "we suggest", "is the best option", "the best treatment"),
    *("recommended option", "1 in 10", "3 out of 100", "6 in every 10 people", "one in ten"),
    *("\u017fome rare", "\u0130t is rare", "\u0131t is Common", "the OSTEOARTHRITIS"),
    *("\u017fciatica", "SCIAT\u0130CA", "na\u00efve", "\u212aelvin", "NSAIDs (NSAID)"),
    *("an MRI scan", "STERO\u0130DS", "hyaluronic acidS", "t\u0131mes more likely"),
    *("tw\u0130ce as likely", "halv\u0131ng", "5\u00a0% of", "per\u00a0cent", "Epidural"),
    "biopsies",
]
WORDY = re.compile(r"\w")


def _all_characters() -> str:
    return "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i < 0xE000)


def test_lowering_keeps_letters_in_place_and_matches_as_case_blind_search() -> None:
    """What the quick paths assume: ``lower`` gives one character for one (but for İ), keeps
    word characters word characters, and makes an ASCII letter only of what re.IGNORECASE
    takes for it; the letters it does not (İ, ı, ſ) send the text to the slow path."""
    everything = _all_characters()
    for char in everything:
        low = char.lower()
        if len(low) != 1:
            assert char in validation._CASE_ODD
            continue
        assert bool(WORDY.match(char)) == bool(WORDY.match(low)), hex(ord(char))
    for letter in string.ascii_lowercase:
        blind = set(re.findall(letter, everything, re.IGNORECASE))
        lowered = {c for c in everything if c.lower() == letter}
        assert lowered <= blind
        assert blind - lowered <= set(validation._CASE_ODD), letter


def _stuffed_aids(count: int) -> list[str]:
    """Aids with the phrases the wording and word checks look for added to their prose."""
    rng = random.Random(16)
    texts = [p.read_text(encoding="utf-8") for p in sorted(bundled_aids_dir().glob("*.md"))]
    texts.append(EXAMPLE.read_text(encoding="utf-8"))
    out = []
    for _ in range(count):
        lines = rng.choice(texts).split("\n")
        body = [i for i, line in enumerate(lines) if line.strip() == "---"][1] + 1
        for _ in range(20):
            i = rng.randrange(body, len(lines))
            line = lines[i].lstrip()
            if line and not line.startswith(("#", "|", "`", "-", "*", ":")) and ":" not in line:
                lines[i] += f" {rng.choice(PHRASES)}."
        out.append("\n".join(lines))
    return out


def test_quick_paths_find_what_the_plain_searches_find(monkeypatch: pytest.MonkeyPatch) -> None:
    config = validation.ValidationConfig(today=dt.date(2026, 1, 1))
    pairs = [(parse_aid(text).aid, text) for text in _stuffed_aids(40)]
    assert all(aid is not None for aid, _ in pairs)

    def findings() -> list[tuple[str, int | None, str]]:
        return [
            (f.rule, f.line, f.message)
            for aid, text in pairs
            for f in validation.validate_aid(aid, text, config)  # type: ignore[arg-type]
        ]

    quick = findings()
    monkeypatch.setattr(validation, "_may_match", lambda pattern, lowered: True)
    monkeypatch.setattr(validation, "_terms_lower_pattern", lambda: None)
    assert findings() == quick
    rules = {rule for rule, _, _ in quick}
    assert {"SDM306", "SDM307", "SDM308", "SDM309", "SDM318", "SDM319"} <= rules


def test_medical_word_spans_match_the_case_blind_pattern() -> None:
    texts = [*_stuffed_aids(10), " ".join(PHRASES), "SCIAT\u0130CA and sciatica", "\u017fteroids"]
    for text in texts:
        expected = [m.span() for m in validation._terms_pattern().finditer(text)]
        assert list(validation.term_spans(text)) == expected
    assert list(validation.term_spans("\u017fciatica, STERO\u0130DS")) == [(0, 8), (10, 18)]


def test_every_wording_match_holds_a_hint() -> None:
    """The hints are pieces of every match, so skipping text without them loses nothing."""
    texts = [*PHRASES, *_stuffed_aids(10)]
    seen = 0
    for pattern, hints in validation._HINTS.items():
        for text in texts:
            for match in pattern.finditer(text):
                if validation._lowered(match.group(0)) is not None:
                    seen += 1
                    assert any(h in match.group(0).lower() for h in hints), match.group(0)
    assert seen > 50
