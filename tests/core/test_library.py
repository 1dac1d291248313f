from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from sdm_aid import paths
from sdm_aid.core import library as library_module
from sdm_aid.core.library import AidLibrary, index_file
from support import EXAMPLE


def _library(*folders: Path, cache: Path | None = None) -> AidLibrary:
    return AidLibrary([(f, "folder") for f in folders], cache)


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_index_from_front_matter_only(example_text: str) -> None:
    entry = index_file(EXAMPLE, "folder")
    assert (entry.id, entry.language, entry.status, entry.version) == (
        "example-aid",
        "en-GB",
        "draft",
        "1.2.0",
    )
    assert entry.approved and not entry.broken
    assert entry.next_review == dt.date(2099, 1, 15)
    assert not entry.is_out_of_date(dt.date(2026, 11, 23))


def test_broken_files_are_listed_with_their_errors_not_hidden(
    tmp_path: Path, example_text: str
) -> None:
    _write(tmp_path, "good.md", example_text)
    _write(tmp_path, "bad.md", "---\nid: [oops\n---\n")
    _write(tmp_path, "README.md", "# Not an aid")
    (tmp_path / "binary.md").write_bytes(b"---\nid: x\xff\n---\n")
    library = _library(tmp_path)
    entries = library.scan()
    assert sorted(e.path.name for e in entries) == ["bad.md", "binary.md", "good.md"]
    broken = {e.path.name: e for e in library.broken}
    assert set(broken) == {"bad.md", "binary.md"}
    assert broken["bad.md"].findings[0].rule == "SDM104"
    assert broken["binary.md"].findings[0].rule == "SDM102"
    assert list(library.groups()) == ["example-aid"]


def test_duplicate_ids_are_reported_and_language_variants_grouped(
    tmp_path: Path, example_text: str
) -> None:
    _write(tmp_path / "a", "aid.md", example_text)
    _write(tmp_path / "b", "copy.md", example_text)
    _write(tmp_path / "b", "welsh.md", example_text.replace("language: en-GB", "language: cy"))
    library = _library(tmp_path / "a", tmp_path / "b")
    library.scan()
    [duplicate] = library.broken
    assert duplicate.path.name == "copy.md"
    assert duplicate.findings[-1].rule == "SDM210"
    assert str(tmp_path / "a" / "aid.md") in duplicate.findings[-1].message
    assert set(library.groups()["example-aid"]) == {"en-GB", "cy"}
    assert library.find("example-aid", "cy").path.name == "welsh.md"
    assert library.find("example-aid", "en-US").language == "en-GB"


def test_search_matches_every_word(tmp_path: Path, example_text: str) -> None:
    _write(tmp_path, "aid.md", example_text)
    library = _library(tmp_path)
    library.scan()
    assert len(library.search("tennis ELBOW")) == 1
    assert library.search("tennis knee") == []


def test_bodies_are_parsed_on_demand_and_cached(tmp_path: Path, example_text: str) -> None:
    path = _write(tmp_path, "aid.md", example_text)
    library = _library(tmp_path)
    [entry] = library.scan()
    first = library.load(entry)
    assert first.ok and library.load(entry) is first
    path.write_text(
        example_text.replace("Steroid injection {#injection}", "Injection {#jab}"), encoding="utf-8"
    )
    os.utime(path, ns=(1, 10**18))
    changed = library.load(entry)
    assert changed is not first and not changed.ok


def test_cache_reuses_unchanged_files_and_rereads_changed(
    tmp_path: Path, example_text: str
) -> None:
    folder = tmp_path / "aids"
    path = _write(folder, "aid.md", example_text)
    cache = tmp_path / "cache"
    _library(folder, cache=cache).scan()
    assert [p.name for p in cache.iterdir()] == [
        _library(folder, cache=cache).cache_file(folder).name
    ]  # type: ignore[union-attr]
    fresh = _library(folder, cache=cache)
    [entry] = fresh.scan()
    assert entry.title == "Example aid: choosing how to treat a sore elbow"
    path.write_text(example_text.replace("version: 1.2.0", "version: 1.3.0"), encoding="utf-8")
    os.utime(path, ns=(1, 10**18))
    [entry] = fresh.scan()
    assert entry.version == "1.3.0"


def test_damaged_cache_is_rebuilt(tmp_path: Path, example_text: str) -> None:
    _write(tmp_path / "aids", "aid.md", example_text)
    library = _library(tmp_path / "aids", cache=tmp_path / "cache")
    damaged = library.cache_file(tmp_path / "aids")
    assert damaged is not None
    damaged.parent.mkdir()
    damaged.write_text("{not json", encoding="utf-8")
    [entry] = library.scan()
    assert entry.id == "example-aid"


def test_each_folder_keeps_its_own_cache(
    tmp_path: Path, example_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Running with and without --aids DIR must not throw away DIR's index."""
    one, two = tmp_path / "one", tmp_path / "two"
    _write(one, "a.md", example_text)
    _write(two, "b.md", example_text.replace("id: example-aid", "id: example-two"))
    cache = tmp_path / "cache"
    _library(one, two, cache=cache).scan()
    _library(one, cache=cache).scan()  # without the second folder
    indexed: list[Path] = []
    real = library_module.index_file

    def counting(path: Path, *args: object) -> object:
        indexed.append(path)
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(library_module, "index_file", counting)
    entries = _library(one, two, cache=cache).scan()
    assert sorted(e.id for e in entries) == ["example-aid", "example-two"]
    assert indexed == []  # both folders came from their caches
    (two / "b.md").unlink()
    assert [e.id for e in _library(one, two, cache=cache).scan()] == ["example-aid"]


def test_default_library_has_bundled_user_and_extra_folders(
    tmp_path: Path, example_text: str
) -> None:
    _write(paths.user_aids_dir(), "mine.md", example_text)
    library = AidLibrary.default(extra=[tmp_path])
    origins = [origin for _, origin in library.folders]
    assert origins == ["bundled", "user", "folder"]
    entries = library.scan()
    assert any(e.origin == "user" and e.id == "example-aid" for e in entries)
    assert str(library.cache_dir).startswith(str(paths.user_cache_dir()))


def test_bundled_aids_are_found() -> None:
    folder = paths.bundled_aids_dir()
    assert (folder / "validation-allowlist.yaml").exists()
    assert (paths.resources_dir() / "wordlists" / "medical-terms.txt").exists()


def test_missing_folder_is_skipped(tmp_path: Path) -> None:
    assert _library(tmp_path / "nowhere").scan() == []


def test_nested_folders_scanned_hidden_skipped(tmp_path: Path, example_text: str) -> None:
    _write(tmp_path / "knee", "aid.md", example_text)
    _write(tmp_path / ".git", "x.md", example_text)
    shutil.copy(EXAMPLE, tmp_path / ".hidden.md")
    assert [e.path.parent.name for e in _library(tmp_path).scan()] == ["knee"]
