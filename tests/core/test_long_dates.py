"""Dates in words from the cached locale words match Babel's own, cold and warm."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import format_date

from sdm_aid.core import long_dates

LANGUAGES = ["en-GB", "en-US", "nl", "de", "fr-FR", "ja", "zh", "ko", "ru", "pl", "ar", "th"]
DAYS = [dt.date(2024, 1, 1) + dt.timedelta(days=n) for n in range(0, 366, 7)] + [
    dt.date(2024, 2, 29),
    dt.date(999, 12, 31),
    dt.date(2026, 3, 2),
]


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setattr(long_dates, "user_cache_dir", lambda: tmp_path)
    monkeypatch.setattr(long_dates, "_memory", {})
    return tmp_path / long_dates.CACHE_NAME


def _babel(day: dt.date, language: str) -> str:
    return str(format_date(day, format="long", locale=Locale.parse(language.replace("-", "_"))))


def test_the_words_are_babels_cold_and_warm(cache: Path) -> None:
    for language in LANGUAGES:
        for day in DAYS:
            assert long_dates.date_in_words(day, language) == _babel(day, language), language
    assert cache.exists()
    long_dates._memory.clear()  # a new run: the words come from the file
    for language in LANGUAGES:
        for day in DAYS:
            assert long_dates.date_in_words(day, language) == _babel(day, language), language
    assert long_dates._memory["en-GB"]["tokens"]  # from the cache, not Babel's fallback
    assert long_dates._memory["th"] == "babel"  # an era in the pattern: Babel formats it


def test_an_unknown_language_is_iso(cache: Path) -> None:
    assert long_dates.date_in_words(dt.date(2026, 3, 2), "xx-nowhere") == "2026-03-02"
    long_dates._memory.clear()
    assert long_dates.date_in_words(dt.date(2026, 3, 2), "xx-nowhere") == "2026-03-02"


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        '{"stamp": "%s", "languages": {"en-GB": {"tokens": [["field", ["G", 1]]], '
        '"months": {}}}}',
        '{"stamp": "%s", "languages": {"en-GB": {"tokens": [["chars", "x"]], "months": '
        '{"wide": ["a"], "abbreviated": []}}}}',
        '{"stamp": "%s", "languages": []}',
    ],
)
def test_a_damaged_cache_is_learnt_again(cache: Path, text: str) -> None:
    cache.write_text(text.replace("%s", long_dates._stamp()) if "%s" in text else text)
    assert long_dates.date_in_words(dt.date(2026, 3, 2), "en-GB") == "2 March 2026"


def test_another_version_is_not_trusted(cache: Path) -> None:
    cache.write_text(
        '{"stamp": "old", "languages": {"en-GB": {"tokens": [["chars", "wrong"]], '
        '"months": {"wide": ["x","x","x","x","x","x","x","x","x","x","x","x"], '
        '"abbreviated": ["x","x","x","x","x","x","x","x","x","x","x","x"]}}}}'
    )
    assert long_dates.date_in_words(dt.date(2026, 3, 2), "en-GB") == "2 March 2026"
