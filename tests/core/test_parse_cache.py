"""Parsed aids kept between runs: the same result as parsing, and nothing else trusted."""

from __future__ import annotations

import io
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sdm_aid.core import parse_cache
from sdm_aid.core.library import AidLibrary
from sdm_aid.core.parser import parse_aid
from sdm_aid.paths import bundled_aids_dir, user_cache_dir

AIDS = sorted(bundled_aids_dir().glob("*.md"))


@pytest.fixture(autouse=True)
def _nothing_recent(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no results remembered by this process."""
    monkeypatch.setattr(parse_cache, "_recent", {})


def test_a_result_read_once_is_not_read_again() -> None:
    text = AIDS[0].read_text(encoding="utf-8")
    parse_cache.store(text, AIDS[0], parse_aid(text, AIDS[0]))
    first = parse_cache.load(text, AIDS[0])
    assert first is not None and parse_cache.load(text, AIDS[0]) is first
    (user_cache_dir() / parse_cache.FOLDER / parse_cache._key(text, AIDS[0])).unlink()
    assert parse_cache.load(text, AIDS[0]) is first  # remembered, not read


@pytest.mark.parametrize("path", AIDS, ids=lambda p: p.stem)
def test_a_kept_parse_equals_a_fresh_one(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fresh = parse_aid(text, path)
    assert parse_cache.load(text, path) is None  # nothing kept yet
    parse_cache.store(text, path, fresh)
    kept = parse_cache.load(text, path)
    assert kept is not None and kept is not fresh
    assert kept == fresh and kept.aid == fresh.aid and kept.findings == fresh.findings


def test_another_text_or_path_is_a_miss(tmp_path: Path) -> None:
    text = AIDS[0].read_text(encoding="utf-8")
    parse_cache.store(text, AIDS[0], parse_aid(text, AIDS[0]))
    assert parse_cache.load(text + "\n", AIDS[0]) is None
    assert parse_cache.load(text, tmp_path / AIDS[0].name) is None
    entries = list((user_cache_dir() / parse_cache.FOLDER).iterdir())
    assert len(entries) == 1 and entries[0].stat().st_mode & 0o777 == 0o600


def _entry(text: str, path: Path) -> Path:
    return user_cache_dir() / parse_cache.FOLDER / parse_cache._key(text, path)


def test_a_damaged_entry_is_a_miss() -> None:
    text = AIDS[0].read_text(encoding="utf-8")
    parse_cache.store(text, AIDS[0], parse_aid(text, AIDS[0]))
    entry = _entry(text, AIDS[0])
    entry.write_bytes(entry.read_bytes()[:200])
    assert parse_cache.load(text, AIDS[0]) is None


class _Planted:
    def __reduce__(self) -> tuple[object, ...]:
        return (shutil.rmtree, ("/nonexistent-sdm-aid-test",))


def test_a_planted_entry_runs_nothing(tmp_path: Path) -> None:
    """An entry that would call a function (here shutil.rmtree) is refused unread."""
    text = AIDS[0].read_text(encoding="utf-8")
    entry = _entry(text, AIDS[0])
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_bytes(pickle.dumps((_Planted(), [])))
    with pytest.raises(pickle.UnpicklingError):
        parse_cache._Unpickler(io.BytesIO(entry.read_bytes())).load()
    assert parse_cache.load(text, AIDS[0]) is None
    # A function from SDM Aid's own core is refused too: only classes are made.
    entry.write_bytes(pickle.dumps((parse_cache.store, [])))
    assert parse_cache.load(text, AIDS[0]) is None


@pytest.mark.parametrize(
    "name",
    [
        "parse_cache _Unpickler",  # a core class that is not a data class
        "session SessionStore",  # a core class that would work on a folder
        "parse_cache Path",  # a standard class merely imported into a core module
    ],
)
def test_only_the_cores_own_data_classes_are_made(name: str) -> None:
    module, cls = name.split()
    planted = f"csdm_aid.core.{module}\n{cls}\n)R.".encode()  # GLOBAL, empty tuple, REDUCE
    with pytest.raises(pickle.UnpicklingError):
        parse_cache._Unpickler(io.BytesIO(planted)).load()


def test_old_entries_are_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_cache, "KEEP", 2)
    text = AIDS[0].read_text(encoding="utf-8")
    result = parse_aid(text, AIDS[0])
    for n in range(4):
        parse_cache.store(text + "\n" * n, AIDS[0], result)
    assert len(list((user_cache_dir() / parse_cache.FOLDER).iterdir())) == 2


def test_the_library_uses_the_kept_parse_without_loading_the_parser(tmp_path: Path) -> None:
    """A second process gets the aid from the cache: no Markdown, nh3 or YAML loaded."""
    code = (
        "import sys\n"
        "from sdm_aid.core.library import AidLibrary\n"
        "library = AidLibrary.default(extra=[])\n"
        "library.scan()\n"
        "result = library.load(library.find('knee-osteoarthritis'))\n"
        "assert result.usable_aid is not None\n"
        "print(sorted({'markdown', 'nh3', 'yaml', 'sdm_aid.core.parser'} & set(sys.modules)))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    ]
    assert runs[0] != "[]"  # the first run parses
    assert runs[1] == "[]"  # the second has it kept


def test_the_library_gives_the_same_aid_either_way() -> None:
    first = AidLibrary.default(extra=[])
    first.scan()
    entry = first.find("knee-osteoarthritis")
    assert entry is not None
    parsed = first.load(entry)  # parses and keeps
    second = AidLibrary.default(extra=[])
    second.scan()
    kept = second.load(second.find("knee-osteoarthritis"))  # type: ignore[arg-type]
    assert kept == parsed and kept is not parsed
