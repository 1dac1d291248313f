"""The decision aid as typed, immutable data. Built by :mod:`sdm_aid.core.parser`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

STATUSES = ("draft", "published", "retired")
CERTAINTIES = ("high", "moderate", "low", "very-low")
REQUIRED_SECTIONS = ("about", "options", "outcomes", "preferences", "questions")


@dataclass(frozen=True)
class Person:
    name: str
    role: str


@dataclass(frozen=True)
class Approval:
    name: str
    role: str
    date: dt.date | None


@dataclass(frozen=True)
class Source:
    key: str
    title: str
    publisher: str
    year: int | None
    url: str | None
    doi: str | None
    line: int | None = None

    @property
    def link(self) -> str | None:
        """A URL a reader can follow: the URL, or the DOI as a doi.org link."""
        if self.url:
            return self.url
        return f"https://doi.org/{self.doi}" if self.doi else None


@dataclass(frozen=True)
class Development:
    needs_assessment: str | None = None
    patient_review: str | None = None
    field_testing: str | None = None


@dataclass(frozen=True)
class AidMeta:
    """The front matter: everything needed to list an aid without parsing its body."""

    id: str
    title: str
    condition: str
    version: str
    status: str
    language: str
    last_reviewed: dt.date
    next_review: dt.date
    authors: tuple[Person, ...]
    sources: tuple[Source, ...]
    specialty: str | None = None
    audience: str | None = None
    summary: str | None = None
    funding: str | None = None
    conflicts_of_interest: str | None = None
    approved_by: Approval | None = None
    development: Development | None = None
    tags: tuple[str, ...] = ()

    def source(self, key: str) -> Source | None:
        return next((s for s in self.sources if s.key == key), None)

    def is_out_of_date(self, today: dt.date | None = None) -> bool:
        return self.next_review < (today or dt.date.today())


@dataclass(frozen=True)
class Section:
    """A level-1 section of the body, found by its heading id."""

    id: str
    title: str
    line: int
    html: str  # sanitised HTML of the prose (fenced data blocks removed)
    text: str  # plain text of the prose, for readability and wording checks


@dataclass(frozen=True)
class OptionPart:
    """A level-3 sub-section of an option, such as what it involves, benefits or risks."""

    kind: str  # the class: involves, benefits, risks, or an author's own
    title: str
    line: int
    html: str
    text: str


@dataclass(frozen=True)
class Option:
    id: str
    title: str
    line: int
    summary_html: str
    summary_text: str
    parts: tuple[OptionPart, ...]
    status_quo: bool = False

    def part(self, kind: str) -> OptionPart | None:
        return next((p for p in self.parts if p.kind == kind), None)

    @property
    def text(self) -> str:
        return "\n".join([self.summary_text, *(p.text for p in self.parts)])


@dataclass(frozen=True)
class CompareRow:
    question: str
    cells: tuple[str, ...]  # sanitised HTML, one per column, in column order


@dataclass(frozen=True)
class CompareTable:
    line: int
    headers: tuple[str, ...]  # column headers after the question column, as written
    option_ids: tuple[str | None, ...]  # the option each column shows; None if unmatched
    rows: tuple[CompareRow, ...]


@dataclass(frozen=True)
class OutcomeValue:
    count: int | None  # None: no reliable figure ("unknown")
    low: int | None = None
    high: int | None = None
    source: str | None = None  # overrides the outcome's source
    note: str | None = None
    certainty: str | None = None  # overrides the outcome's certainty


@dataclass(frozen=True)
class Outcome:
    id: str
    label: str
    timeframe: str
    denominator: int
    desirable: bool
    certainty: str
    source: str
    values: Mapping[str, OutcomeValue]
    line: int
    population: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Preference:
    id: str
    statement: str
    favours: tuple[str, ...]
    line: int
    detail: str | None = None


@dataclass(frozen=True)
class QuizQuestion:
    question: str
    choices: tuple[str, ...]
    answer: int
    explanation: str
    line: int


@dataclass(frozen=True)
class GlossaryEntry:
    term: str
    definition: str  # plain text
    line: int


@dataclass(frozen=True)
class Citation:
    key: str
    line: int


@dataclass(frozen=True)
class Aid:
    meta: AidMeta
    path: Path | None
    sections: Mapping[str, Section]
    options: tuple[Option, ...]
    compare: CompareTable | None
    outcomes: tuple[Outcome, ...]
    preferences: tuple[Preference, ...]
    quiz: tuple[QuizQuestion, ...]
    questions: tuple[str, ...]
    glossary: tuple[GlossaryEntry, ...]
    citations: tuple[Citation, ...] = field(default=())

    @property
    def id(self) -> str:
        return self.meta.id

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    @property
    def status_quo(self) -> Option | None:
        return next((o for o in self.options if o.status_quo), None)
