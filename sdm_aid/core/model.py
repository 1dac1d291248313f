"""The decision aid as typed, immutable data. Built by :mod:`sdm_aid.core.parser`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

STATUSES = ("draft", "published", "retired")
OUTCOME_ORDERS = ("benefits-first", "as-written")
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
    publisher: str  # the publisher, or the journal when the source gives `journal:`
    year: int | None
    url: str | None
    doi: str | None
    line: int | None = None
    journal: str | None = None
    authors: str | None = None  # as in a Vancouver citation: "Smith J, Jones A"
    volume: str | None = None
    pages: str | None = None
    pmid: str | None = None

    @property
    def link(self) -> str | None:
        """A URL a reader can follow: the URL, the DOI as a doi.org link, or PubMed."""
        if self.url:
            return self.url
        if self.doi:
            return f"https://doi.org/{self.doi}"
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else None


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
    outcome_order: str = "benefits-first"  # or "as-written" (OUTCOME_ORDERS)

    def source(self, key: str) -> Source | None:
        return next((s for s in self.sources if s.key == key), None)

    @property
    def is_draft(self) -> bool:
        """A draft, or `published` without clinical sign-off (which counts as a draft)."""
        return self.status == "draft" or (self.status == "published" and not self.approved_by)

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
class Control:
    """A study's comparison group for one option's figure: "50 with a dummy gel"."""

    count: int
    label: str


@dataclass(frozen=True)
class OutcomeValue:
    """One option's figure for an outcome: a count, `unknown`, or `not_applicable`.

    ``count`` is None both for "no reliable figure" and for "cannot happen with this
    option"; ``not_applicable`` (the reason) tells them apart. Use :attr:`kind`.
    """

    count: int | None  # None: no reliable figure ("unknown"), or not applicable
    low: int | None = None
    high: int | None = None
    source: str | None = None  # overrides the outcome's source (old `values:` aids only)
    note: str | None = None
    certainty: str | None = None  # overrides the outcome's certainty
    control: Control | None = None  # the same study's comparison group
    not_applicable: str | None = None  # why this outcome cannot happen with this option

    @property
    def kind(self) -> str:
        """One of "figure", "unknown" or "not_applicable"."""
        if self.not_applicable is not None:
            return "not_applicable"
        return "unknown" if self.count is None else "figure"


@dataclass(frozen=True)
class StudyGroup:
    """The figures from one study that compared the options in it.

    Figures in different groups come from different people and are never drawn as one
    comparison. ``values`` holds figures only (kind "figure").
    """

    source: str
    values: Mapping[str, OutcomeValue]
    line: int
    population: str | None = None  # None: the outcome's
    timeframe: str | None = None  # None: the outcome's
    certainty: str | None = None  # None: the outcome's
    note: str | None = None


@dataclass(frozen=True)
class Outcome:
    """One outcome. Written either with ``values:`` (one study, the outcome's source) or
    with ``studies:`` (one group per study) plus ``no_figures:`` for the options without
    a figure. For ``studies:`` outcomes, ``values`` holds the ``no_figures:`` entries.
    """

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
    studies: tuple[StudyGroup, ...] = ()

    def groups(self) -> tuple[StudyGroup, ...]:
        """The study groups to draw: ``studies:`` as written, or, for ``values:``, one
        group per source (the outcome's first), figures only, in option order."""
        if self.studies:
            return self.studies
        by_source: dict[str, dict[str, OutcomeValue]] = {}
        for option_id, value in self.values.items():
            if value.kind == "figure":
                by_source.setdefault(value.source or self.source, {})[option_id] = value
        keys = sorted(by_source, key=lambda k: k != self.source)  # stable: own source first
        return tuple(
            StudyGroup(source=k, values=MappingProxyType(by_source[k]), line=self.line)
            for k in keys
        )

    def options_of_kind(self, kind: str) -> dict[str, OutcomeValue]:
        """Options with no figure in any group, by kind ("unknown" or "not_applicable")."""
        return {k: v for k, v in self.values.items() if v.kind == kind}

    def figure_options(self) -> set[str]:
        """Every option that has a figure in at least one group."""
        return {option_id for group in self.groups() for option_id in group.values}


@dataclass(frozen=True)
class Preference:
    id: str
    statement: str
    favours: tuple[str, ...]
    line: int
    detail: str | None = None
    against: tuple[str, ...] = ()  # the options this statement speaks against, by id


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
