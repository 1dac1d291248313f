"""Hyphenation points for words not in the syllable table: the same as Pyphen's, from
patterns parsed once per machine."""

from __future__ import annotations

import random
import re
import string
from pathlib import Path

import pyphen
import pytest

from sdm_aid.core import hyphenation
from sdm_aid.core.hyphenation import Hyphenator, hyphenator
from sdm_aid.core.parser import load_aid
from sdm_aid.paths import bundled_aids_dir, resources_dir


def _words() -> list[str]:
    words: set[str] = set()
    for path in bundled_aids_dir().glob("*.md"):
        aid = load_aid(path).aid
        assert aid is not None
        text = " ".join([*(s.text for s in aid.sections.values()), *(o.text for o in aid.options)])
        words |= set(re.findall(r"[\w'-]+", text.lower()))
    medical = (resources_dir() / "wordlists" / "medical-terms.txt").read_text(encoding="utf-8")
    words |= set(re.findall(r"[a-z]+", medical.lower()))
    rng = random.Random(16)
    words |= {
        "".join(rng.choices(string.ascii_lowercase, k=rng.randint(1, 14))) for _ in range(3000)
    }
    return sorted(words)


@pytest.mark.parametrize("cached", [False, True], ids=["parsed", "from-the-cache"])
def test_points_are_pyphen_s_own(tmp_path: Path, cached: bool) -> None:
    ours = hyphenator("en_US", tmp_path)
    if cached:  # patterns read back from the cache, as every later process does
        ours = hyphenator("en_US", tmp_path)
        assert all(isinstance(p, str) for p in ours.patterns.values())  # read on first use
    assert isinstance(ours, Hyphenator)
    theirs = pyphen.Pyphen(lang="en_US")
    words = _words()
    assert len(words) > 3000
    assert [ours.positions(w) for w in words] == [list(theirs.positions(w)) for w in words]
    assert [ours.positions(w.upper()) for w in words[:300]] == [
        list(theirs.positions(w.upper())) for w in words[:300]
    ]


def test_patterns_come_from_the_cache_once_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = hyphenator("en_US", tmp_path)
    [cache] = tmp_path.glob("hyphenation-*.txt")

    def no_parsing(path: Path) -> None:
        raise AssertionError("the patterns were parsed again")

    monkeypatch.setattr(hyphenation, "_parse", no_parsing)
    again = hyphenator("en_US", tmp_path)
    assert again.patterns.keys() == first.patterns.keys()
    words = _words()
    assert [again.positions(w) for w in words] == [first.positions(w) for w in words]
    assert {k: again.patterns[k] for k in first.patterns if not isinstance(again.patterns[k], str)}
    # A damaged cache is parsed again, never trusted.
    for damaged in ("ab 1 x1\n", "ab 1\n", "ab 1 01\ncd\n", "", "a b 1 01\n", "ab 1 0\u0663\n"):
        cache.write_text(damaged, encoding="utf-8")
        monkeypatch.undo()
        assert hyphenator("en_US", tmp_path).patterns == first.patterns, damaged
