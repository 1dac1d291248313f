"""The library of decision aids: an index built from front matter only, bodies on demand.

Folders are scanned for ``*.md`` files (``README.md`` is skipped). The index is cached on
disk, keyed on each file's path, size and modification time, one cache file per folder,
so an unchanged library re-indexes from the cache whichever folders a run is given.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sdm_aid import paths
from sdm_aid.core import safe_read
from sdm_aid.core.fileio import atomic_write_text, read_aid_text
from sdm_aid.core.findings import Finding

if TYPE_CHECKING:  # the parser (Markdown, nh3) loads only when an aid is opened
    from sdm_aid.core.parse_result import ParseResult

CACHE_VERSION = 1
# The notices the library shows beside an aid, in plain English (the app translates them).
NOTICES = {
    "draft": "draft",
    "retired": "retired",
    "out-of-date": "out of date",
    "not-approved": "not yet clinically approved",
}


@dataclass(frozen=True)
class IndexEntry:
    """What the library knows of one file without parsing its body."""

    path: Path
    origin: str  # "bundled", "user" or "folder"
    id: str | None = None
    title: str | None = None
    condition: str | None = None
    specialty: str | None = None
    language: str | None = None
    status: str | None = None
    version: str | None = None
    summary: str | None = None
    last_reviewed: dt.date | None = None
    next_review: dt.date | None = None
    approved: bool = False
    tags: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()

    @property
    def broken(self) -> bool:
        return self.id is None or any(f.is_error for f in self.findings)

    def is_out_of_date(self, today: dt.date | None = None) -> bool:
        return self.next_review is not None and self.next_review < (today or dt.date.today())

    def notices(self, today: dt.date | None = None) -> tuple[str, ...]:
        """What a reader should know before using this aid, as keys of ``NOTICES``."""
        found = []
        if self.status in ("draft", "retired"):
            found.append(self.status)
        if self.is_out_of_date(today):
            found.append("out-of-date")
        if not self.approved:
            found.append("not-approved")
        return tuple(found)

    @property
    def display_title(self) -> str:
        return self.title or self.path.name

    def matches(self, query: str) -> bool:
        """Case-insensitive match of every word of ``query`` against the listed fields."""
        haystack = " ".join(
            str(v)
            for v in (
                self.title,
                self.condition,
                self.specialty,
                self.id,
                self.language,
                self.status,
                *self.tags,
            )
            if v
        ).casefold()
        return all(word in haystack for word in query.casefold().split())


def index_file(path: Path, origin: str, root: Path | None = None) -> IndexEntry:
    """Index one file from its front matter; problems become findings, never exceptions.

    ``root`` is the library folder being read: a link may point only inside it.
    """
    try:
        return _index_file(path, origin, root)
    except Exception as exc:  # a defect met by one hostile file must not empty the library
        message = f"the file could not be indexed ({type(exc).__name__}: {exc})"
        return IndexEntry(path, origin, findings=(Finding("SDM109", path, None, message),))


def _index_file(path: Path, origin: str, root: Path | None) -> IndexEntry:
    # Loaded here: a library read from its index cache needs no front matter parsed.
    from sdm_aid.core.frontmatter import parse_meta, split

    text, problems = read_aid_text(path, root)
    if text is None:
        return IndexEntry(path, origin, findings=tuple(problems))
    parts = split(text)
    if parts is None:
        return IndexEntry(
            path,
            origin,
            findings=(
                Finding(
                    "SDM103", path, 1, "the file must start with front matter between `---` lines"
                ),
            ),
        )
    meta, findings = parse_meta(parts.front_matter, path, for_index=True)
    if meta is None:
        return IndexEntry(path, origin, findings=tuple(findings))
    return IndexEntry(
        path=path,
        origin=origin,
        id=meta.id,
        title=meta.title,
        condition=meta.condition,
        specialty=meta.specialty,
        language=meta.language,
        status=meta.status,
        version=meta.version,
        summary=meta.summary,
        last_reviewed=meta.last_reviewed,
        next_review=meta.next_review,
        approved=meta.approved_by is not None,
        tags=meta.tags,
        findings=tuple(findings),
    )


def aid_files(folder: Path) -> list[Path]:
    """The aid files under ``folder``, in a stable order; hidden folders are skipped."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(
            Path(root) / name
            for name in sorted(files)
            if name.endswith(".md") and name.lower() != "readme.md" and not name.startswith(".")
        )
    return found


def _entry_to_json(entry: IndexEntry) -> dict[str, Any]:
    data = asdict(entry)
    data["path"] = str(entry.path)
    for key in ("last_reviewed", "next_review"):
        data[key] = data[key].isoformat() if data[key] else None
    data["tags"] = list(entry.tags)
    data["findings"] = [
        {"rule": f.rule, "line": f.line, "message": f.message} for f in entry.findings
    ]
    return data


def _entry_from_json(data: dict[str, Any]) -> IndexEntry:
    path = Path(data["path"])
    for key in ("last_reviewed", "next_review"):
        data[key] = dt.date.fromisoformat(data[key]) if data[key] else None
    data["findings"] = tuple(
        Finding(f["rule"], path, f["line"], f["message"]) for f in data["findings"]
    )
    data["tags"] = tuple(data["tags"])
    data["path"] = path
    return IndexEntry(**data)


@dataclass
class AidLibrary:
    """Aids found in a list of folders: ``(folder, origin)`` pairs, scanned in order."""

    folders: Sequence[tuple[Path, str]]
    cache_dir: Path | None = None  # one index file per library folder, kept side by side
    entries: list[IndexEntry] = field(default_factory=list)
    _stamps: dict[str, tuple[int, int, IndexEntry]] = field(default_factory=dict, repr=False)
    _loaded: set[Path] = field(default_factory=set, repr=False)
    _parsed: dict[Path, tuple[int, ParseResult]] = field(default_factory=dict, repr=False)

    @classmethod
    def default(
        cls, extra: Iterable[Path] = (), include_user: bool = True, cache: bool = True
    ) -> AidLibrary:
        """The bundled aids, the user's own folder, and any folders given with ``--aids``."""
        folders = [(paths.bundled_aids_dir(), "bundled")]
        if include_user:
            folders.append((paths.user_aids_dir(), "user"))
        folders += [(Path(p), "folder") for p in extra]
        cache_dir = paths.user_cache_dir() / "library-index" if cache else None
        return cls(folders, cache_dir)

    def cache_file(self, folder: Path) -> Path | None:
        """The index cache of one folder: switching between sets of folders keeps each."""
        if self.cache_dir is None:
            return None
        name = hashlib.sha256(str(folder.absolute()).encode("utf-8")).hexdigest()[:24]
        return self.cache_dir / f"{name}.json"

    def scan(self) -> list[IndexEntry]:
        """(Re)build the index; unchanged files come from the cache."""
        stamps: dict[str, tuple[int, int, IndexEntry]] = {}
        entries = []
        for folder, origin in self.folders:
            if not folder.is_dir():
                continue
            if folder not in self._loaded:
                self._load_cache(folder)
            before = len(stamps)
            for path in aid_files(folder):
                try:
                    stat = path.stat()
                except OSError:  # a link to nowhere or to itself: listed as broken
                    entries.append(index_file(path, origin, folder))
                    continue
                key = str(path)
                cached = self._stamps.get(key)
                if (
                    cached
                    and cached[:2] == (stat.st_size, stat.st_mtime_ns)
                    and cached[2].origin == origin
                ):
                    entry = cached[2]
                else:
                    entry = index_file(path, origin, folder)
                stamps[key] = (stat.st_size, stat.st_mtime_ns, entry)
                entries.append(entry)
            mine = dict(list(stamps.items())[before:])
            if self._changed(folder, mine):
                self._save_cache(folder, mine)
        # Other folders' entries stay in memory too, for a later scan with them again.
        self._stamps.update(stamps)
        self.entries = _mark_duplicates(entries)
        return self.entries

    def _changed(self, folder: Path, mine: dict[str, tuple[int, int, IndexEntry]]) -> bool:
        old = {k: v for k, v in self._stamps.items() if _inside(k, folder)}
        for key in old.keys() - mine.keys():
            del self._stamps[key]  # a file that has gone
        return old.keys() != mine.keys() or any(mine[k][:2] != old[k][:2] for k in mine)

    # -- queries ---------------------------------------------------------------------------
    @property
    def broken(self) -> list[IndexEntry]:
        return [e for e in self.entries if e.broken]

    def groups(self) -> dict[str, dict[str, IndexEntry]]:
        """Usable aids by id, then by language: the language variants of one aid."""
        grouped: dict[str, dict[str, IndexEntry]] = {}
        for entry in self.entries:
            if not entry.broken and entry.id and entry.language:
                grouped.setdefault(entry.id, {})[entry.language] = entry
        return grouped

    def find(self, aid_id: str, language: str | None = None) -> IndexEntry | None:
        variants = self.groups().get(aid_id, {})
        if language and language in variants:
            return variants[language]
        if language:
            base = language.split("-")[0]
            for tag, entry in variants.items():
                if tag.split("-")[0] == base:
                    return entry
        return next(iter(variants.values()), None)

    def search(self, query: str) -> list[IndexEntry]:
        return [e for e in self.entries if e.matches(query)]

    def load(self, entry: IndexEntry) -> ParseResult:
        """Parse an aid's body (cached while the file is unchanged)."""
        try:
            mtime = entry.path.stat().st_mtime_ns
        except OSError:
            mtime = -1
        cached = self._parsed.get(entry.path)
        if cached and cached[0] == mtime:
            return cached[1]
        from sdm_aid.core import parse_cache
        from sdm_aid.core.parse_result import ParseResult

        text, problems = read_aid_text(entry.path, self._root_of(entry.path))
        if text is None:
            result = ParseResult(None, problems)
        elif (kept := parse_cache.load(text, entry.path)) is not None:
            result = kept
        else:
            from sdm_aid.core.parser import parse_aid

            result = parse_aid(text, entry.path)
            parse_cache.store(text, entry.path, result)
        self._parsed[entry.path] = (mtime, result)
        return result

    def _root_of(self, path: Path) -> Path | None:
        """The library folder that holds ``path`` (links may point only inside it)."""
        for folder, _origin in self.folders:
            if folder == path or folder in path.parents:
                return folder
        return None

    # -- cache -----------------------------------------------------------------------------
    def _load_cache(self, folder: Path) -> None:
        self._loaded.add(folder)
        path = self.cache_file(folder)
        if path is None:
            return
        try:
            text = safe_read.read_text(path, safe_read.INDEX_LIMIT)
            data, _replaced = safe_read.loads_json(text, bounded_ints=False)
            if data.get("version") != CACHE_VERSION:
                return
            self._stamps.update(
                {
                    key: (item["size"], item["mtime_ns"], _entry_from_json(item["entry"]))
                    for key, item in data["files"].items()
                    if _inside(key, folder)
                }
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # a missing or damaged cache is rebuilt

    def _save_cache(self, folder: Path, stamps: dict[str, tuple[int, int, IndexEntry]]) -> None:
        path = self.cache_file(folder)
        if path is None:
            return
        files = {
            key: {"size": size, "mtime_ns": mtime, "entry": _entry_to_json(entry)}
            for key, (size, mtime, entry) in stamps.items()
        }
        # The cache only saves time; the library works without it.
        with contextlib.suppress(OSError):
            atomic_write_text(path, json.dumps({"version": CACHE_VERSION, "files": files}))


def _inside(key: str, folder: Path) -> bool:
    return Path(key).is_relative_to(folder)


def duplicate_id(path: Path, aid_id: str, language: str, first: Path) -> Finding:
    """The finding for a second aid file with the same id and language as ``first``."""
    return Finding(
        "SDM210",
        path,
        1,
        f"the id {aid_id!r} ({language}) is already used by {first}; give each aid its own id",
    )


def _mark_duplicates(entries: list[IndexEntry]) -> list[IndexEntry]:
    """A second file with the same id and language is listed as broken, naming the first."""
    first: dict[tuple[str, str], IndexEntry] = {}
    marked = []
    for entry in entries:
        if entry.broken or entry.id is None or entry.language is None:
            marked.append(entry)
            continue
        key = (entry.id, entry.language)
        if key in first:
            finding = duplicate_id(entry.path, entry.id, entry.language, first[key].path)
            entry = replace(entry, findings=(*entry.findings, finding))
        else:
            first[key] = entry
        marked.append(entry)
    return marked
