"""Dates in words from the cached locale words match Babel's own, cold and warm."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import babel
import pytest
from babel import Locale, localedata
from babel.dates import format_date

from sdm_aid.core import long_dates
from sdm_aid.paths import resources_dir

LANGUAGES = ["en-GB", "en-US", "nl", "de", "fr-FR", "ja", "zh", "ko", "ru", "pl", "ar", "th"]
DAYS = [dt.date(2024, 1, 1) + dt.timedelta(days=n) for n in range(0, 366, 7)] + [
    dt.date(2024, 2, 29),
    dt.date(999, 12, 31),
    dt.date(2026, 3, 2),
]


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The user's cache only: as with a Babel the shipped table was not made from."""
    monkeypatch.setattr(long_dates, "user_cache_dir", lambda: tmp_path)
    monkeypatch.setattr(long_dates, "_memory", {})
    monkeypatch.setattr(long_dates, "_shipped", {})
    return tmp_path / long_dates.CACHE_NAME


def _shipped_locales() -> list[str]:
    """The locale names in the shipped table (skipped if it was made from another Babel)."""
    lines = (resources_dir() / "locale" / "long-dates.txt").read_text("utf-8").splitlines()
    made = next(line.split()[1] for line in lines if line.startswith("babel "))
    if made != babel.__version__:
        pytest.skip(f"the table is from Babel {made}; run make_long_dates.py")
    return [line.split()[0] for line in lines if line[:1] not in ("#", "@") and " " in line][1:]


def test_the_shipped_table_gives_babels_words_for_every_locale(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    locales = _shipped_locales()
    assert set(locales) == set(localedata.locale_identifiers())
    monkeypatch.setattr(long_dates, "user_cache_dir", lambda: tmp_path)
    monkeypatch.setattr(long_dates, "_memory", {})
    days = [dt.date(2024, month, 1 + 2 * month) for month in range(1, 13)] + [dt.date(987, 2, 3)]
    for name in locales:
        assert long_dates._from_table(name) is not False, name
        for day in days:
            assert long_dates.date_in_words(day, name) == _babel(day, name), name
    assert not (tmp_path / long_dates.CACHE_NAME).exists()  # nothing learnt: all shipped


def test_a_shipped_language_loads_no_babel(tmp_path: Path) -> None:
    _shipped_locales()
    code = (
        "import datetime as dt, sys\n"
        "from sdm_aid.core.long_dates import date_in_words\n"
        "print(date_in_words(dt.date(2026, 3, 2), 'en-GB'), 'babel' in sys.modules)\n"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split("\n")[0] == "2 March 2026 False"


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
