"""Section readability kept in the cache folder: the same figures, and never trusted when
they might not fit the aid."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sdm_aid.core import readability_cache
from sdm_aid.core.parser import load_aid_or_raise, parse_aid
from sdm_aid.core.readability_cache import cached_readability_by_section
from sdm_aid.core.review import review_sections
from sdm_aid.core.section_readability import readability_by_section
from sdm_aid.paths import bundled_aids_dir

HIP = bundled_aids_dir() / "hip-osteoarthritis.md"


def _no_working_out(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("the figures were worked out again")

    monkeypatch.setattr(readability_cache, "readability_by_section", refuse)


@pytest.mark.parametrize("path", sorted(bundled_aids_dir().glob("*.md")), ids=lambda p: p.stem)
def test_figures_read_back_are_the_figures_worked_out(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = load_aid_or_raise(path)
    sections = review_sections(aid)
    fresh = readability_by_section(aid, sections)
    assert cached_readability_by_section(aid, sections, tmp_path) == fresh
    assert len(list((tmp_path / "readability").glob("*.json"))) == 1
    _no_working_out(monkeypatch)
    again = cached_readability_by_section(aid, sections, tmp_path)
    assert again == fresh and list(again) == list(fresh)
    assert any(f.long_sentences for f in again.values())  # offsets and texts came back


def test_a_changed_aid_or_glossary_is_worked_out_again(tmp_path: Path) -> None:
    text = HIP.read_text(encoding="utf-8")
    aid = load_aid_or_raise(HIP)
    cached_readability_by_section(aid, None, tmp_path)
    changed = parse_aid(text.replace("It is a big operation.", "It is a big, big operation."))
    assert changed.aid is not None
    figures = cached_readability_by_section(changed.aid, None, tmp_path)
    assert figures == readability_by_section(changed.aid)
    # A word dropped from the glossary: the same sections, other figures.
    assert "\nAnaesthetic\n:" in text
    fewer_words = parse_aid(text.replace("\nAnaesthetic\n:", "\nAnaesthetix\n:", 1))
    assert fewer_words.aid is not None
    unexplained = cached_readability_by_section(fewer_words.aid, None, tmp_path)
    assert unexplained == readability_by_section(fewer_words.aid)
    assert unexplained != cached_readability_by_section(aid, None, tmp_path)
    assert len(list((tmp_path / "readability").glob("*.json"))) == 3


@pytest.mark.parametrize(
    "damage",
    [
        lambda rows: rows.pop(),
        lambda rows: rows[0].__setitem__(0, "other"),
        lambda rows: rows[1][6].append([0, 10**6, 30]),
        lambda rows: rows[1][6].append([5, 2, 30]),
        lambda rows: rows[1][7].append([0, 3, "a word I made up"]),
        lambda rows: rows[1].__setitem__(4, "grade six"),
        lambda rows: rows[1].__setitem__(1, True),
        lambda rows: rows[1].pop(),
    ],
)
def test_a_damaged_file_is_not_trusted(tmp_path: Path, damage: object) -> None:
    aid = load_aid_or_raise(HIP)
    fresh = cached_readability_by_section(aid, None, tmp_path)
    [path] = (tmp_path / "readability").glob("*.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    damage(data["sections"])  # type: ignore[operator]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert cached_readability_by_section(aid, None, tmp_path) == fresh
    assert json.loads(path.read_text(encoding="utf-8"))["sections"] != data["sections"]
    path.write_text("{not json", encoding="utf-8")
    assert cached_readability_by_section(aid, None, tmp_path) == fresh


def test_without_a_cache_folder_the_figures_are_worked_out(tmp_path: Path) -> None:
    aid = load_aid_or_raise(HIP)
    assert cached_readability_by_section(aid, None, None) == readability_by_section(aid)


def test_a_second_collation_needs_no_textstat(tmp_path: Path) -> None:
    """The point of the cache: the second run of ``review collate`` for the same aid
    version loads neither textstat nor the syllable table, and writes the same report.
    The cache holds no reviewer's name or words."""
    from sdm_aid.core.review import new_review, save_review

    aid = load_aid_or_raise(HIP)
    sections = review_sections(aid)
    review = new_review(aid, "Zebedee Quill", "patient", sections)
    review.add_comment(sections[0].id, "Frightening words here.")
    save_review(review, tmp_path / "one.review.json")
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    env["HOME"] = str(tmp_path / "home")
    code = (
        "import sys\nfrom sdm_aid.cli import main\nmain(sys.argv[1:])\n"
        "print('textstat' in sys.modules)\n"
    )
    reports = []
    for out in ("a.html", "b.html"):
        args = ["review", "collate", str(HIP), str(tmp_path / "one.review.json")]
        done = subprocess.run(
            [sys.executable, "-c", code, *args, "-o", str(tmp_path / out)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=True,
        )
        reports.append(done.stdout.splitlines()[-1])
    assert reports == ["True", "False"]
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    [cached] = (tmp_path / "cache").rglob("readability/*.json")
    assert "Zebedee" not in cached.read_text() and "Frightening" not in cached.read_text()


def test_a_bundle_without_source_files_still_collates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The standalone bundle ships compiled modules only (no .py files to read): the
    figures are still kept and read back, keyed by the version instead."""
    monkeypatch.setattr(readability_cache, "_SOURCES", ("no-such-module.py",))
    readability_cache._fingerprint.cache_clear()
    try:
        aid = load_aid_or_raise(HIP)
        first = cached_readability_by_section(aid, None, tmp_path)
        _no_working_out(monkeypatch)
        assert cached_readability_by_section(aid, None, tmp_path) == first
    finally:
        readability_cache._fingerprint.cache_clear()
