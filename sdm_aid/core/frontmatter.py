"""Split an aid file into YAML front matter and Markdown body, and check the front matter."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sdm_aid.core import safe_read
from sdm_aid.core.findings import Finding
from sdm_aid.core.model import (
    OUTCOME_ORDERS,
    STATUSES,
    AidMeta,
    Approval,
    Development,
    Person,
    Source,
)

REQUIRED_FIELDS = (
    "id",
    "title",
    "condition",
    "version",
    "status",
    "language",
    "last_reviewed",
    "next_review",
    "authors",
    "sources",
)
OPTIONAL_FIELDS = (
    "specialty",
    "audience",
    "summary",
    "funding",
    "conflicts_of_interest",
    "approved_by",
    "development",
    "tags",
    "outcome_order",
)
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$"
)
# BCP 47 in the shape authors use: language, optional script, optional region, variants.
BCP47 = re.compile(
    r"^[a-zA-Z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-[0-9a-zA-Z]{5,8})*$"
)
_FENCE = re.compile(r"^---[ \t]*$")


def load_yaml(text: str) -> Any:
    """YAML through the guarded loader: no aliases, impossible dates are YAML errors."""
    return safe_read.load_yaml(text)


@dataclass(frozen=True)
class SplitFile:
    front_matter: str
    body: str
    body_line: int  # 1-based line number of the body's first line


def split(text: str) -> SplitFile | None:
    """Return front matter and body, or None when the file has no closed front matter."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r\n" in text:  # saved with Windows line endings
        text = text.replace("\r\n", "\n")
    lines = text.split("\n", 1)
    if not lines or not _FENCE.match(lines[0]):
        return None
    rest = lines[1] if len(lines) > 1 else ""
    match = re.search(r"^---[ \t]*\r?$", rest, re.MULTILINE)
    if match is None:
        return None
    front = rest[: match.start()]
    body = rest[match.end() :].removeprefix("\n")
    body_line = front.count("\n") + 3
    return SplitFile(front, body, body_line)


_NESTED_KEY = re.compile(r"^(\s+)([^\s:#][^:]*?)\s*:")
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
# Fields the library index does not need; skipping them halves the cost of indexing.
INDEX_SKIPS = ("sources", "development")


def key_lines(front_matter: str) -> dict[str, int]:
    """Line numbers (in the file) of top-level keys, to point findings at the right line."""
    lines: dict[str, int] = {}
    for number, line in enumerate(front_matter.split("\n"), start=2):
        match = _TOP_KEY.match(line) if line[:1].isalpha() or line[:1] == "_" else None
        if match:
            lines.setdefault(match.group(1), number)
    return lines


def without_blocks(front_matter: str, keys: tuple[str, ...]) -> str:
    """The front matter with the named top-level blocks blanked (line numbers kept)."""
    out = []
    skipping = False
    for line in front_matter.split("\n"):
        if line[:1].strip():  # a line that starts a top-level entry
            match = _TOP_KEY.match(line)
            skipping = bool(match and match.group(1) in keys)
        out.append("" if skipping else line)
    return "\n".join(out)


def nested_key_lines(front_matter: str, parent: str) -> dict[str, int]:
    """Line numbers of the keys one level under the top-level key ``parent``."""
    lines: dict[str, int] = {}
    inside = False
    indent: str | None = None
    for number, line in enumerate(front_matter.split("\n"), start=2):
        if not inside:
            inside = line.startswith(parent) and line[len(parent) :].lstrip().startswith(":")
            continue
        if line and not line[0].isspace():
            break
        match = _NESTED_KEY.match(line) if line[:1].isspace() else None
        if match and (indent is None or match.group(1) == indent):
            indent = match.group(1)
            lines.setdefault(match.group(2).strip("'\""), number)
    return lines


class _Checker:
    """Reads typed fields out of the front matter mapping, collecting findings as it goes."""

    def __init__(self, data: Mapping[str, Any], lines: dict[str, int], path: Path | None):
        self.data = data
        self.lines = lines
        self.path = path
        self.findings: list[Finding] = []

    def add(self, rule: str, key: str, message: str, line: int | None = None) -> None:
        self.findings.append(Finding(rule, self.path, line or self.lines.get(key, 1), message))

    def text(self, key: str, required: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.add("SDM105", key, f"the front matter has no {key!r}; add `{key}: …`")
            return None
        if isinstance(value, (dt.date, int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str) or not value.strip():
            self.add("SDM106", key, f"{key!r} must be a line of text, not {_kind(value)}")
            return None
        return value.strip()

    def checked(self, key: str, pattern: re.Pattern[str], hint: str) -> str | None:
        value = self.text(key, required=True)
        if value is not None and not pattern.match(value):
            self.add("SDM106", key, f"{key!r} is {value!r}: {hint}")
            return None
        return value

    def date(self, key: str, required: bool = True) -> dt.date | None:
        value = self.data.get(key)
        if value is None:
            if required:
                self.add("SDM105", key, f"the front matter has no {key!r}; add `{key}: YYYY-MM-DD`")
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.add("SDM106", key, f"{key!r} must be a date written YYYY-MM-DD, not {value!r}")
        return None


def _kind(value: object) -> str:
    return {dict: "a mapping", list: "a list", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def _people(check: _Checker, key: str, value: Any) -> tuple[Person, ...]:
    if not isinstance(value, list) or not value:
        check.add("SDM106", key, f"{key!r} must be a list of people, each with `name` and `role`")
        return ()
    people = []
    for item in value:
        if isinstance(item, dict) and isinstance(item.get("name"), str) and item.get("role"):
            people.append(Person(item["name"].strip(), str(item["role"]).strip()))
        else:
            check.add("SDM106", key, f"each entry of {key!r} needs a `name` and a `role`: {item!r}")
    return tuple(people)


def _sources(check: _Checker, front_matter: str, value: Any) -> tuple[Source, ...]:
    if not isinstance(value, dict) or not value:
        check.add(
            "SDM106",
            "sources",
            "'sources' must map a key to a source: `nice-ng226: {title: …, publisher: …, "
            "year: …, url: …}`",
        )
        return ()
    sources = []
    key_line = nested_key_lines(front_matter, "sources")
    for key, entry in value.items():
        line = key_line.get(str(key))
        if not isinstance(entry, dict):
            check.add("SDM108", "sources", f"source {key!r} must be a mapping", line)
            continue
        missing = [f for f in ("title", "publisher", "year") if not entry.get(f)]
        if entry.get("journal") and "publisher" in missing:
            missing.remove("publisher")
        missing = ["publisher (or journal)" if f == "publisher" else f for f in missing]
        if missing:
            check.add("SDM108", "sources", f"source {key!r} has no {', '.join(missing)}", line)
        url, doi, pmid = entry.get("url"), entry.get("doi"), _scalar(entry.get("pmid"))
        if not url and not doi and not pmid:
            check.add(
                "SDM108",
                "sources",
                f"source {key!r} needs a `url`, a `doi` or a `pmid` a reader can follow",
                line,
            )
        if url and not re.match(r"^https?://", str(url)):
            check.add("SDM108", "sources", f"source {key!r} has a url that is not http(s)", line)
        if pmid and not pmid.isdigit():
            check.add("SDM108", "sources", f"source {key!r}: `pmid` is digits only", line)
            pmid = None
        authors = entry.get("authors")
        if authors is not None and not isinstance(authors, str):
            check.add(
                "SDM108",
                "sources",
                f'source {key!r}: write `authors` as one line, like "Smith J, Jones A"',
                line,
            )
            authors = None
        year = entry.get("year")
        journal = _scalar(entry.get("journal"))
        sources.append(
            Source(
                key=str(key),
                title=str(entry.get("title") or key),
                publisher=str(entry.get("publisher") or journal or ""),
                year=year if isinstance(year, int) else None,
                url=str(url) if url else None,
                doi=str(doi) if doi else None,
                line=line,
                journal=journal,
                authors=_scalar(authors),
                volume=_scalar(entry.get("volume")),
                pages=_scalar(entry.get("pages")),
                pmid=pmid,
            )
        )
    return tuple(sources)


def _scalar(value: Any) -> str | None:
    """A short text field that YAML may have read as a number (volume 12, pmid 123)."""
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    return str(value).strip() or None


def _approval(check: _Checker, value: Any) -> Approval | None:
    if value is None:
        return None
    if isinstance(value, dict) and value.get("name") and value.get("role"):
        date = value.get("date")
        return Approval(
            str(value["name"]), str(value["role"]), date if isinstance(date, dt.date) else None
        )
    check.add("SDM106", "approved_by", "'approved_by' needs `name`, `role` and `date`")
    return None


def _development(check: _Checker, value: Any) -> Development | None:
    if value is None:
        return None
    fields = ("needs_assessment", "patient_review", "field_testing")
    if not isinstance(value, dict) or set(value) - set(fields):
        check.add("SDM106", "development", f"'development' takes only {', '.join(fields)}")
        return None

    def as_text(item: Any) -> str | None:
        if item is None:
            return None
        if isinstance(item, list):
            return "\n".join(str(i) for i in item)
        return str(item)

    return Development(*(as_text(value.get(f)) for f in fields))


def parse_meta(
    front_matter: str, path: Path | None, for_index: bool = False
) -> tuple[AidMeta | None, list[Finding]]:
    """Parse and check front matter; return the meta (None if unusable) and the findings.

    ``for_index`` skips the sources and development records, which a library listing
    does not show; they are read and checked when the aid is opened.
    """
    lines = key_lines(front_matter)
    if for_index:
        front_matter = without_blocks(front_matter, INDEX_SKIPS)
    import yaml  # loaded here: a library listed from its index cache reads no YAML

    try:
        data = load_yaml(front_matter)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 2 if mark else 1
        problem = exc.problem or "syntax error"
        hint = (
            ""  # a value the guarded loader refuses (an impossible date, an alias): says why
            if isinstance(exc, yaml.constructor.ConstructorError)
            else "; check indentation, and quote text that contains a colon"
        )
        return None, [
            Finding("SDM104", path, line, f"the front matter is not valid YAML ({problem}){hint}")
        ]
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())
        return None, [Finding("SDM104", path, 1, f"the front matter is not valid YAML: {problem}")]
    if not isinstance(data, dict):
        return None, [Finding("SDM104", path, 2, "the front matter must be `key: value` lines")]
    check = _Checker(data, lines, path)
    for key in data:
        if key not in REQUIRED_FIELDS and key not in OPTIONAL_FIELDS:
            close = _closest(str(key), REQUIRED_FIELDS + OPTIONAL_FIELDS)
            hint = f"; did you mean {close!r}?" if close else ""
            check.add("SDM107", str(key), f"unknown front matter field {key!r}{hint}")

    aid_id = check.checked("id", SLUG, "use lower-case letters, digits and hyphens")
    title = check.text("title", required=True)
    condition = check.text("condition", required=True)
    version = check.checked("version", SEMVER, "use a version like 1.0.0")
    status = check.text("status", required=True)
    if status is not None and status not in STATUSES:
        check.add("SDM106", "status", f"'status' is {status!r}: use one of {', '.join(STATUSES)}")
        status = None
    language = check.checked("language", BCP47, "use a language tag like en-GB or cy")
    last_reviewed = check.date("last_reviewed")
    next_review = check.date("next_review")
    if "authors" in data:
        authors = _people(check, "authors", data["authors"])
    else:
        check.add(
            "SDM105", "authors", "the front matter has no 'authors'; list each with name and role"
        )
        authors = ()
    if "sources" in data:
        sources = _sources(check, front_matter, data["sources"])
    elif for_index and "sources" in lines:
        sources = ()
    else:
        check.add("SDM105", "sources", "the front matter has no 'sources'; every figure needs one")
        sources = ()
    tags = data.get("tags") or []
    if not isinstance(tags, list):
        check.add("SDM106", "tags", "'tags' must be a list, like [knee, osteoarthritis]")
        tags = []
    optional = {key: check.text(key) for key in OPTIONAL_FIELDS[:5]}
    outcome_order = data.get("outcome_order", OUTCOME_ORDERS[0])
    if outcome_order not in OUTCOME_ORDERS:
        check.add(
            "SDM106",
            "outcome_order",
            f"'outcome_order' is {outcome_order!r}: use {' or '.join(OUTCOME_ORDERS)}",
        )
        outcome_order = OUTCOME_ORDERS[0]
    approved_by = _approval(check, data.get("approved_by"))
    development = _development(check, data.get("development"))
    if for_index and "development" in lines:
        development = Development()

    required: tuple[Any, ...] = (
        aid_id,
        title,
        condition,
        version,
        status,
        language,
        last_reviewed,
        next_review,
    )
    if any(value is None for value in required) or not authors:
        return None, check.findings
    assert aid_id and title and condition and version and status and language
    assert last_reviewed and next_review
    meta = AidMeta(
        id=aid_id,
        title=title,
        condition=condition,
        version=version,
        status=status,
        language=language,
        last_reviewed=last_reviewed,
        next_review=next_review,
        authors=authors,
        sources=sources,
        approved_by=approved_by,
        development=development,
        tags=tuple(str(t) for t in tags),
        specialty=optional["specialty"],
        audience=optional["audience"],
        summary=optional["summary"],
        funding=optional["funding"],
        conflicts_of_interest=optional["conflicts_of_interest"],
        outcome_order=outcome_order,
    )
    return meta, check.findings


def _closest(word: str, choices: tuple[str, ...]) -> str | None:
    import difflib

    found = difflib.get_close_matches(word, choices, n=1, cutoff=0.75)
    return found[0] if found else None
