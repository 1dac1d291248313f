"""Patient-panel review of a decision aid: what one reviewer rated and said (Qt-free).

A reviewer reads an aid (usually a draft) section by section, rates each section on three
criteria, comments on it (optionally quoting a passage) and answers a short questionnaire
at the end. The review is saved as a schema-versioned JSON file (``.review.json``),
atomically and readable by its owner only, which the reviewer sends back to the authors.

The file records the aid's id, version, language and a hash of its content, and a copy of
every section's plain text as the reviewer read it. A later version of the aid can then
say which sections changed since the review, and show the changed text.

See ``docs/review.md`` for the file format.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import html as html_lib
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sdm_aid import __version__
from sdm_aid.core import fileio, safe_read
from sdm_aid.core.fileio import PRIVATE_MODE, atomic_write_text, read_versioned_json
from sdm_aid.core.model import Aid, Option
from sdm_aid.core.presentation import plain
from sdm_aid.core.review_outcomes import outcome_review
from sdm_aid.core.session import SAFE_ID

SCHEMA = "sdm-aid/review"
SCHEMA_VERSION = 1
SUFFIX = ".review.json"
FILE_MODE = PRIVATE_MODE
MAX_FILE_BYTES = safe_read.REVIEW_LIMIT
MAX_TEXT = 20_000  # characters in one comment or answer
MAX_QUOTE = 2_000  # characters in a quoted passage

ROLES = ("patient", "carer", "clinician", "other")
ROLE_LABELS = {"patient": "Patient", "carer": "Carer", "clinician": "Clinician", "other": "Other"}

# The three things a reviewer rates for each section, 1 (not at all) to 5 (very), or skips.
CRITERIA = ("understand", "balanced", "enough")
CRITERION_LABELS = {
    "understand": "Easy to understand",
    "balanced": "Balanced / fair",
    "enough": "Enough information",
}
RATING_MIN, RATING_MAX = 1, 5

# The questionnaire at the end.
ANSWERS = ("yes", "partly", "no", "not-sure")
ANSWER_LABELS = {"yes": "Yes", "partly": "Partly", "no": "No", "not-sure": "Not sure"}
QUESTIONS = {
    "helps_decide": "Would this aid help you decide?",
    "options_fair": "Were the options presented fairly?",
    "missing": "Was anything missing?",
    "rating": "Overall, how would you rate this aid (1 to 5)?",
    "comments": "Is there anything else you would like to tell the authors?",
}
CHOICE_QUESTIONS = ("helps_decide", "options_fair")
TEXT_QUESTIONS = ("missing", "comments")

# Sections in the order a reviewer reads them: the app's order, then any sections of the
# author's own (in file order), then the reference sections.
READING_ORDER = (
    "about",
    "options",
    "compare",
    "outcomes",
    "preferences",
    "quiz",
    "questions",
    "safety",
)
REFERENCE_SECTIONS = ("glossary", "sources")
SOURCES = "sources"

_SPACE_BEFORE_PUNCTUATION = re.compile(r"[ \t]+(?=[.,;:!?)])")
_SPACES = re.compile(r"[ \t]+")


class ReviewError(Exception):
    """A review file that cannot be used, with a message for the person and where it went."""

    def __init__(
        self,
        message: str,
        moved_to: Path | None = None,
        kind: str = "malformed",
        reason: str = "",
    ):
        super().__init__(message)
        self.moved_to = moved_to
        self.kind = kind  # "unreadable", "malformed" or "newer-format"
        self.reason = reason or message  # what is wrong, without the file's name


# -- the sections of an aid, as a reviewer reads them ----------------------------------------


@dataclass(frozen=True)
class ReviewSection:
    """One section of an aid as a reviewer reads it.

    ``text`` is what the reader sees as plain text, one paragraph, heading or list item a
    line: it is hashed, kept in the review file and compared between versions.
    ``graded_text`` is the author's prose that readability figures are computed on (None
    for tables, the glossary and the source list, which are not graded).
    """

    id: str
    title: str
    text: str
    html: str  # sanitised HTML for display; every piece is the parser's or escaped here
    graded_text: str | None
    check_words: bool  # look for medical words not in the glossary
    hash: str
    unchecked: tuple[tuple[int, int], ...] = ()  # spans of text the wording checks skip


def _clean(text: str) -> str:
    """Plain text with the gaps left by removed citations closed, one line per paragraph."""
    lines = (
        _SPACES.sub(" ", _SPACE_BEFORE_PUNCTUATION.sub("", line)).strip()
        for line in text.split("\n")
    )
    return "\n".join(line for line in lines if line)


def _sentences(parts: list[str]) -> str:
    """Fragments (statements, choices) as sentences, the way validation grades them."""
    out = []
    for part in (p.strip() for p in parts):
        if part:
            out.append(part if part[-1] in ".!?:" else part + ".")
    return "\n".join(out)


def _esc(text: str) -> str:
    return html_lib.escape(text, quote=True)


def section_hash(title: str, text: str) -> str:
    """A hash of a section's title and plain text: equal hashes mean the same words."""
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()


class _Reference(str):
    """A line a reader sees that is not the author's prose, such as a source's title: it
    is kept in the text but the wording checks (long sentences, jargon) skip it."""


def _section(
    section_id: str,
    title: str,
    lines: list[str],
    html: str,
    graded: str | None,
    check_words: bool = True,
) -> ReviewSection:
    kept: list[str] = []
    skip: list[tuple[int, int]] = []
    offset = 0
    for line in lines:
        cleaned = _clean(line)
        if not cleaned:
            continue
        if isinstance(line, _Reference):
            skip.append((offset, offset + len(cleaned)))
        kept.append(cleaned)
        offset += len(cleaned) + 1
    text = "\n".join(kept)
    graded_text = None if graded is None else _clean(graded)
    return ReviewSection(
        section_id,
        title,
        text,
        html,
        graded_text,
        check_words,
        section_hash(title, text),
        tuple(skip),
    )


def _option_lines(option: Option) -> tuple[list[str], list[str], str]:
    lines = [option.title, option.summary_text]
    prose = [option.summary_text]
    html = f"<h3>{_esc(option.title)}</h3>{option.summary_html}"
    for part in option.parts:
        lines += [part.title, part.text]
        prose.append(part.text)
        html += f"<h4>{_esc(part.title)}</h4>{part.html}"
    return lines, prose, html


def review_sections(aid: Aid) -> tuple[ReviewSection, ...]:
    """Every section of ``aid`` a reviewer can read and rate, in reading order.

    The app's sections (about, options, compare, outcomes, preferences, quiz, questions,
    safety) come first, then sections of the author's own in file order, then the glossary
    and the list of sources (id ``sources``; appended to the author's own ``sources`` section if
    the aid has one).
    """
    known = (*READING_ORDER, *REFERENCE_SECTIONS)
    order = [s for s in READING_ORDER if s in aid.sections]
    order += [s for s in aid.sections if s not in known]
    order += [s for s in REFERENCE_SECTIONS if s in aid.sections or s == SOURCES]
    out = []
    for section_id in order:
        built = _build(aid, section_id)
        if built is not None:
            out.append(built)
    return tuple(out)


def _build(aid: Aid, section_id: str) -> ReviewSection | None:
    section = aid.sections.get(section_id)
    title = section.title if section else ""
    text = section.text if section else ""
    html = section.html if section else ""
    if section_id == "options":
        lines, prose = [text], [text]
        for option in aid.options:
            o_lines, o_prose, o_html = _option_lines(option)
            lines += o_lines
            prose += o_prose
            html += o_html
        return _section(section_id, title, lines, html, "\n".join(prose))
    if section_id == "compare":
        if aid.compare is None:
            return _section(section_id, title, [text], html, None)
        lines = [text]
        for row in aid.compare.rows:
            lines.append(row.question)
            lines += [
                f"{header}: {plain(cell)}"
                for header, cell in zip(aid.compare.headers, row.cells, strict=False)
            ]
        return _section(section_id, title, lines, html, None)
    if section_id == "outcomes":  # as patients see it: sdm_aid.core.review_outcomes
        read, graded, outcomes_html = outcome_review(aid)
        lines = [text, *(_Reference(t) if ref else t for t, ref in read)]
        return _section(section_id, title, lines, html + outcomes_html, "\n".join([text, *graded]))
    if section_id == "preferences":
        lines, parts = [text], []
        items = []
        for pref in aid.preferences:
            lines += [pref.statement, pref.detail or ""]
            parts += [pref.statement, pref.detail or ""]
            detail = f" {_esc(pref.detail)}" if pref.detail else ""
            items.append(f"<li><b>{_esc(pref.statement)}</b>{detail}</li>")
        html += f"<ul>{''.join(items)}</ul>" if items else ""
        return _section(section_id, title, lines, html, "\n".join([text, _sentences(parts)]))
    if section_id == "quiz":
        lines, parts = [text], []
        items = []
        for q in aid.quiz:
            right = q.choices[q.answer] if 0 <= q.answer < len(q.choices) else ""
            lines += [q.question, *(f"- {c}" for c in q.choices)]
            lines.append(f"Answer: {right}. {q.explanation}")
            parts += [q.question, *q.choices, q.explanation]
            choices = "".join(f"<li>{_esc(c)}</li>" for c in q.choices)
            items.append(
                f"<li><p>{_esc(q.question)}</p><ul>{choices}</ul>"
                f"<p><small>Answer: {_esc(right)}. {_esc(q.explanation)}</small></p></li>"
            )
        html += f"<ol>{''.join(items)}</ol>" if items else ""
        return _section(section_id, title, lines, html, "\n".join([text, _sentences(parts)]))
    if section_id == "glossary":
        lines = [f"{e.term}: {e.definition}" for e in aid.glossary] or [text]
        return _section(section_id, title, lines, html, None, check_words=False)
    if section_id == SOURCES:
        cited = list(dict.fromkeys(c.key for c in aid.citations))
        ordered = [s for k in cited if (s := aid.meta.source(k))]
        ordered += [s for s in aid.meta.sources if s.key not in cited]
        if not ordered and section is None:
            return None
        lines, items = [text], []
        for source in ordered:
            year = f", {source.year}" if source.year else ""
            entry = f"{source.title}. {source.publisher}{year}."
            lines.append(_Reference(f"{entry} {source.link or ''}"))
            link = f' <a href="{_esc(source.link)}">{_esc(source.link)}</a>' if source.link else ""
            items.append(f'<li id="source-{_esc(source.key)}">{_esc(entry)}{link}</li>')
        html += f"<ol>{''.join(items)}</ol>" if items else ""
        return _section(section_id, title or "Sources", lines, html, None, check_words=False)
    if section is None:
        return None
    # about, questions and the author's own sections: the section's prose as written
    return _section(section_id, title, [text], html, text)


def content_hash(sections: tuple[ReviewSection, ...] | list[ReviewSection]) -> str:
    """A hash of everything a reviewer reads: every section's id, title and text."""
    digest = hashlib.sha256()
    for section in sections:
        digest.update(f"{section.id}\0{section.hash}\n".encode())
    return digest.hexdigest()


# -- the review ------------------------------------------------------------------------------


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _new_id() -> str:
    return uuid.uuid4().hex


def reviewer_key(name: str) -> str:
    """The one rule for telling whether two reviewer names are the same person: case and
    runs of spaces do not matter, so "ann  SMITH" is "Ann Smith"; "AnnSmith" is someone
    else. Collating (duplicates) and the review window (resuming a review) both use it."""
    return " ".join(name.casefold().split())


def same_reviewer(a: str, b: str) -> bool:
    return reviewer_key(a) == reviewer_key(b)


def reviewer_label(name: str, role: str) -> str:
    """How reports and messages name a reviewer: "Ann (patient)"."""
    return f"{name} ({role})"


@dataclass
class Reviewer:
    name: str  # a name or a pseudonym
    role: str  # one of ROLES

    @property
    def label(self) -> str:
        return reviewer_label(self.name, self.role)


@dataclass(frozen=True)
class SectionSnapshot:
    """A section as the reviewer read it."""

    id: str
    title: str
    hash: str
    text: str


@dataclass
class Comment:
    section: str  # a section id
    text: str
    quote: str = ""  # the passage the reviewer selected, if any
    id: str = field(default_factory=_new_id)
    created: str = field(default_factory=_now)
    updated: str = ""

    def __post_init__(self) -> None:
        if not self.updated:
            self.updated = self.created


@dataclass
class Overall:
    """The questionnaire at the end. None or "" means not answered."""

    helps_decide: str | None = None  # one of ANSWERS
    options_fair: str | None = None  # one of ANSWERS
    missing: str = ""
    rating: int | None = None  # 1..5
    comments: str = ""


@dataclass
class Review:
    reviewer: Reviewer
    aid_id: str
    aid_version: str
    aid_language: str
    aid_title: str
    content_hash: str
    sections: list[SectionSnapshot]
    # section id -> criterion -> 1..5, or None when the reviewer chose "skip"; a criterion
    # that is absent has not been answered yet.
    ratings: dict[str, dict[str, int | None]] = field(default_factory=dict)
    comments: list[Comment] = field(default_factory=list)
    overall: Overall = field(default_factory=Overall)
    id: str = field(default_factory=_new_id)
    created: str = field(default_factory=_now)
    updated: str = field(default_factory=_now)
    app_version: str = __version__

    def touch(self) -> None:
        self.updated = _now()

    def section(self, section_id: str) -> SectionSnapshot | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def _known_section(self, section_id: str) -> None:
        if self.section(section_id) is None:
            known = ", ".join(s.id for s in self.sections)
            raise ValueError(f"unknown section {section_id!r}; this review has {known}")

    # ratings
    def rate(self, section_id: str, criterion: str, value: int | None) -> None:
        """Rate a section 1 to 5 on one criterion, or ``None`` to skip it."""
        self._known_section(section_id)
        if criterion not in CRITERIA:
            raise ValueError(f"unknown criterion {criterion!r}; use one of {', '.join(CRITERIA)}")
        self.ratings.setdefault(section_id, {})[criterion] = _check_rating(value)
        self.touch()

    def clear_rating(self, section_id: str, criterion: str) -> None:
        """Forget an answer (back to "not answered")."""
        answers = self.ratings.get(section_id, {})
        if answers.pop(criterion, 0) != 0:
            if not answers:
                self.ratings.pop(section_id, None)
            self.touch()

    def rating(self, section_id: str, criterion: str) -> int | None:
        """The rating, or None when skipped or not answered (see :meth:`answered`)."""
        return self.ratings.get(section_id, {}).get(criterion)

    def answered(self, section_id: str, criterion: str) -> bool:
        """True when the reviewer gave a rating or chose "skip"."""
        return criterion in self.ratings.get(section_id, {})

    # comments
    def add_comment(self, section_id: str, text: str, quote: str = "") -> Comment:
        self._known_section(section_id)
        comment = Comment(section_id, _check_text(text, "a comment", required=True), _quote(quote))
        self.comments.append(comment)
        self.touch()
        return comment

    def comment(self, comment_id: str) -> Comment:
        found = next((c for c in self.comments if c.id == comment_id), None)
        if found is None:
            raise KeyError(f"no comment {comment_id!r} in this review")
        return found

    def edit_comment(
        self, comment_id: str, text: str | None = None, quote: str | None = None
    ) -> Comment:
        comment = self.comment(comment_id)
        if text is not None:
            comment.text = _check_text(text, "a comment", required=True)
        if quote is not None:
            comment.quote = _quote(quote)
        comment.updated = _now()
        self.touch()
        return comment

    def remove_comment(self, comment_id: str) -> None:
        self.comments.remove(self.comment(comment_id))
        self.touch()

    def comments_on(self, section_id: str) -> list[Comment]:
        return [c for c in self.comments if c.section == section_id]

    # the questionnaire
    def answer(self, question: str, value: str | int | None) -> None:
        """Answer a question of :data:`QUESTIONS`; None (or "") clears the answer."""
        if question in CHOICE_QUESTIONS:
            if value is not None and value not in ANSWERS:
                raise ValueError(f"answer {question!r} with one of {', '.join(ANSWERS)}")
            setattr(self.overall, question, value)
        elif question in TEXT_QUESTIONS:
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{question!r} takes text")
            setattr(self.overall, question, _check_text(value or "", question))
        elif question == "rating":
            if isinstance(value, str):
                raise ValueError("the overall rating is a whole number from 1 to 5")
            self.overall.rating = _check_rating(value)
        else:
            raise ValueError(f"unknown question {question!r}; use one of {', '.join(QUESTIONS)}")
        self.touch()

    def progress(self) -> tuple[int, int]:
        """(answers given, answers possible): each section's criteria and the questionnaire."""
        done = sum(len(self.ratings.get(s.id, {})) for s in self.sections)
        o = self.overall
        done += sum((o.helps_decide is not None, o.options_fair is not None, o.rating is not None))
        return done, len(self.sections) * len(CRITERIA) + 3


def _check_rating(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("a rating is a whole number from 1 to 5, or skip")
    if not RATING_MIN <= value <= RATING_MAX:
        raise ValueError(f"a rating must be from {RATING_MIN} to {RATING_MAX}, not {value}")
    return value


def _check_text(text: str, what: str, required: bool = False) -> str:
    text = text.strip()
    if required and not text:
        raise ValueError(f"{what} cannot be empty")
    if len(text) > MAX_TEXT:
        raise ValueError(f"{what} is too long ({len(text):,} characters; at most {MAX_TEXT:,})")
    return text


def _quote(quote: str) -> str:
    quote = " ".join(quote.split())
    if len(quote) > MAX_QUOTE:
        raise ValueError(
            f"the quoted passage is too long ({len(quote):,} characters; at most {MAX_QUOTE:,})"
        )
    return quote


def _check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise ValueError("say who you are: a name or a pseudonym")
    if len(name) > 200:
        raise ValueError("the name is too long (at most 200 characters)")
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise ValueError(f"the role must be one of {', '.join(ROLES)}, not {role!r}")
    return role


def new_review(
    aid: Aid,
    name: str,
    role: str,
    sections: tuple[ReviewSection, ...] | None = None,
) -> Review:
    """Start a review of ``aid`` by a reviewer (name or pseudonym, and one of :data:`ROLES`).

    ``sections`` may pass :func:`review_sections` output already computed for ``aid``.
    """
    sections = sections if sections is not None else review_sections(aid)
    return Review(
        reviewer=Reviewer(_check_name(name), _check_role(role)),
        aid_id=aid.id,
        aid_version=aid.meta.version,
        aid_language=aid.meta.language,
        aid_title=aid.meta.title,
        content_hash=content_hash(sections),
        sections=[SectionSnapshot(s.id, s.title, s.hash, s.text) for s in sections],
    )


def changed_since(review: Review, sections: tuple[ReviewSection, ...]) -> tuple[str, ...]:
    """Ids of the sections that differ between what the reviewer read and ``sections``
    (the aid now): changed or removed sections in the review's order, then new ones."""
    now = {s.id: s.hash for s in sections}
    before = {s.id for s in review.sections}
    changed = [s.id for s in review.sections if now.get(s.id) != s.hash]
    return (*changed, *(s.id for s in sections if s.id not in before))


# -- files -----------------------------------------------------------------------------------


def to_json(review: Review) -> str:
    data = {
        "id": review.id,
        "created": review.created,
        "updated": review.updated,
        "app_version": review.app_version,
        "reviewer": {"name": review.reviewer.name, "role": review.reviewer.role},
        "aid": {
            "id": review.aid_id,
            "version": review.aid_version,
            "language": review.aid_language,
            "title": review.aid_title,
            "content_hash": review.content_hash,
        },
        "sections": [
            {"id": s.id, "title": s.title, "hash": s.hash, "text": s.text} for s in review.sections
        ],
        "ratings": {
            s.id: {c: review.ratings[s.id][c] for c in CRITERIA if c in review.ratings[s.id]}
            for s in review.sections
            if review.ratings.get(s.id)
        },
        "comments": [
            {
                "id": c.id,
                "section": c.section,
                "quote": c.quote,
                "text": c.text,
                "created": c.created,
                "updated": c.updated,
            }
            for c in review.comments
        ],
        "overall": {
            "helps_decide": review.overall.helps_decide,
            "options_fair": review.overall.options_fair,
            "missing": review.overall.missing,
            "rating": review.overall.rating,
            "comments": review.overall.comments,
        },
    }
    return fileio.versioned_json(SCHEMA, SCHEMA_VERSION, data)


class _NewerSchema(ValueError):
    def __init__(self, version: int):
        super().__init__(
            f"it was saved by a newer SDM Aid (review file format {version}); "
            "update SDM Aid to read it"
        )


def _get(data: dict[str, Any], key: str, kind: type, where: str, required: bool = True) -> Any:
    value = data.get(key)
    if value is None:
        if required:
            raise ValueError(f"{where}{key!r} is missing")
        return None
    if kind is str and not isinstance(value, str):
        raise ValueError(f"{where}{key!r} must be text")
    if kind is dict and not isinstance(value, dict):
        raise ValueError(f"{where}{key!r} must be an object")
    if kind is list and not isinstance(value, list):
        raise ValueError(f"{where}{key!r} must be a list")
    return value


def from_json(text: str, notes: list[str] | None = None) -> Review:
    """Build a review from JSON; raise ValueError saying what is wrong."""
    data, version = read_versioned_json(text, SCHEMA, "review", notes)
    if version > SCHEMA_VERSION:
        raise _NewerSchema(version)

    reviewer = _get(data, "reviewer", dict, "")
    aid = _get(data, "aid", dict, "")
    sections = []
    seen: set[str] = set()
    for n, item in enumerate(_get(data, "sections", list, "")):
        if not isinstance(item, dict):
            raise ValueError(f"section {n + 1} must be an object")
        where = f"section {n + 1}: "
        snap = SectionSnapshot(
            _get(item, "id", str, where),
            _get(item, "title", str, where),
            _get(item, "hash", str, where),
            _get(item, "text", str, where),
        )
        if snap.id in seen:
            raise ValueError(f"section {snap.id!r} is listed twice")
        seen.add(snap.id)
        sections.append(snap)
    if not sections:
        raise ValueError("it lists no sections")

    ratings: dict[str, dict[str, int | None]] = {}
    for section_id, answers in (_get(data, "ratings", dict, "", required=False) or {}).items():
        if section_id not in seen:
            raise ValueError(
                f"there are ratings for section {section_id!r}, which it does not list"
            )
        if not isinstance(answers, dict):
            raise ValueError(f"the ratings of section {section_id!r} must be an object")
        for criterion, value in answers.items():
            if criterion not in CRITERIA:
                raise ValueError(f"unknown rating {criterion!r} in section {section_id!r}")
            try:
                ratings.setdefault(section_id, {})[criterion] = _check_rating(value)
            except ValueError as exc:
                raise ValueError(f"section {section_id!r}, {criterion!r}: {exc}") from exc

    comments = []
    comment_ids: set[str] = set()
    for n, item in enumerate(_get(data, "comments", list, "", required=False) or []):
        if not isinstance(item, dict):
            raise ValueError(f"comment {n + 1} must be an object")
        where = f"comment {n + 1}: "
        comment = Comment(
            section=_get(item, "section", str, where),
            text=_check_text(_get(item, "text", str, where), f"{where}the text", required=True),
            quote=_quote(_get(item, "quote", str, where, required=False) or ""),
            id=_get(item, "id", str, where),
            created=_get(item, "created", str, where, required=False) or "",
            updated=_get(item, "updated", str, where, required=False) or "",
        )
        if comment.section not in seen:
            raise ValueError(f"{where}it is on section {comment.section!r}, which it does not list")
        if not comment.id or comment.id in comment_ids:
            raise ValueError(f"{where}its id {comment.id!r} is empty or used twice")
        comment_ids.add(comment.id)
        comments.append(comment)

    answers = _get(data, "overall", dict, "", required=False) or {}
    overall = Overall()
    for question in CHOICE_QUESTIONS:
        value = answers.get(question)
        if value is not None and value not in ANSWERS:
            raise ValueError(f"{question!r} must be one of {', '.join(ANSWERS)}, not {value!r}")
        setattr(overall, question, value)
    for question in TEXT_QUESTIONS:
        value = _get(answers, question, str, "overall: ", required=False) or ""
        setattr(overall, question, _check_text(value, question))
    overall.rating = _check_rating(answers.get("rating"))

    return Review(
        reviewer=Reviewer(
            _check_name(_get(reviewer, "name", str, "reviewer: ")),
            _check_role(_get(reviewer, "role", str, "reviewer: ")),
        ),
        aid_id=_get(aid, "id", str, "aid: "),
        aid_version=_get(aid, "version", str, "aid: "),
        aid_language=_get(aid, "language", str, "aid: "),
        aid_title=_get(aid, "title", str, "aid: ", required=False) or "",
        content_hash=_get(aid, "content_hash", str, "aid: "),
        sections=sections,
        ratings=ratings,
        comments=comments,
        overall=overall,
        id=_safe_id(_get(data, "id", str, "")),
        created=_get(data, "created", str, "", required=False) or "",
        updated=_get(data, "updated", str, "", required=False) or "",
        app_version=_get(data, "app_version", str, "", required=False) or "",
    )


def _safe_id(value: str) -> str:
    if not SAFE_ID.match(value):
        raise ValueError(f"the review id {value[:40]!r} is not letters, digits, '-' and '_'")
    return value


def review_filename(review: Review) -> str:
    """A file name that says whose review of which aid it is, e.g.
    ``hip-osteoarthritis-0.9.0-ann-patient.review.json``."""
    who = re.sub(r"[^a-z0-9]+", "-", review.reviewer.name.casefold()).strip("-")[:40] or "reviewer"
    return f"{review.aid_id}-{review.aid_version}-{who}-{review.reviewer.role}{SUFFIX}"


def save_review(review: Review, path: Path) -> None:
    """Write atomically, readable by the owner only (a reviewer's name and views)."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_text(path, to_json(review), mode=FILE_MODE)


def read_review(path: Path, notes: list[str] | None = None) -> Review:
    """Read a review file without ever moving or changing it (for collating).

    Read through the guarded path (:mod:`sdm_aid.core.safe_read`). ``notes`` (if given)
    gets a line for anything repaired on reading (lone surrogates replaced).

    Raises :class:`ReviewError` with ``kind`` "unreadable", "malformed" or "newer-format".
    """

    def fail(kind: str, reason: str) -> ReviewError:
        if kind == "malformed":
            message = f"{path.name} is damaged: {reason}"
        else:
            message = f"cannot read {path.name}: {reason}"
        return ReviewError(message, kind=kind, reason=reason)

    try:
        text = safe_read.read_text(path, MAX_FILE_BYTES)
    except safe_read.ReadError as exc:
        if exc.kind == "too-large":
            raise fail("malformed", f"it is too large to be a review file ({exc.reason})") from exc
        if exc.kind == "not-text":
            raise fail("malformed", "it is not UTF-8 text") from exc
        raise fail("unreadable", exc.reason) from exc
    try:
        return from_json(text, notes)
    except _NewerSchema as exc:
        raise fail("newer-format", str(exc)) from exc
    except ValueError as exc:
        raise fail("malformed", str(exc)) from exc


def load_review(path: Path) -> Review:
    """Open a reviewer's own review file to carry on with it.

    A damaged file is moved aside to ``….corrupt`` and reported, never deleted, so that a
    fresh review can be saved in its place. Collating uses :func:`read_review`, which never
    moves anything.
    """
    try:
        return read_review(path)
    except ReviewError as exc:
        if exc.kind != "malformed":
            raise
        moved, where = fileio.set_aside(path)
        raise ReviewError(f"{exc}.{where}", moved, exc.kind, exc.reason) from exc


@dataclass(frozen=True)
class ReviewSummary:
    path: Path
    id: str
    aid_id: str
    aid_version: str
    aid_title: str
    reviewer: str
    role: str
    updated: str
    progress: tuple[int, int]


class ReviewStore:
    """A folder of a reviewer's review files (in the user data folder, for the app)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path_for(self, review: Review) -> Path:
        """The review's file in the folder; an id that could name another place (``../``)
        is refused, so nothing is ever written outside the folder."""
        return self.folder / f"{_safe_id(review.id)}{SUFFIX}"

    def save(self, review: Review) -> Path:
        path = self.path_for(review)
        save_review(review, path)
        return path

    def summaries(self) -> tuple[list[ReviewSummary], list[ReviewError]]:
        """Every readable review, newest first, and the problems with the others.

        Damaged files are moved aside (this is the reviewer's own folder).
        """
        return fileio.summarise_folder(
            self.folder,
            SUFFIX,
            load_review,
            ReviewError,
            lambda path, r: ReviewSummary(
                path,
                r.id,
                r.aid_id,
                r.aid_version,
                r.aid_title,
                r.reviewer.name,
                r.reviewer.role,
                r.updated,
                r.progress(),
            ),
        )
