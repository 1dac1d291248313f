"""Collating patient-panel reviews of one aid into one picture for its authors (Qt-free).

:func:`collate` reads any number of review files (see :mod:`sdm_aid.core.review`) for one
aid and groups what they say by section: every comment with who said it, how the
sections were rated, and the readability of each section. Review files are only read,
never moved or changed: they belong to the reviewers.

A file that cannot be used is skipped and reported in ``problems``, and the rest are
still collated: a file that cannot be read, a damaged file, a review of another aid (or
of another language version), and a second review by the same reviewer (same name and
role, or the same review id: the newest, by its ``updated`` time, is kept).

A review of an older version of the aid is collated, with a note: the sections that
changed since are listed, with the old and new text, and its comments on those sections
are flagged as *possibly addressed*.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sdm_aid.core.model import Aid
from sdm_aid.core.review import (
    ANSWER_LABELS,
    ANSWERS,
    CHOICE_QUESTIONS,
    CRITERIA,
    CRITERION_LABELS,
    QUESTIONS,
    RATING_MAX,
    RATING_MIN,
    ROLES,
    SUFFIX,
    TEXT_QUESTIONS,
    Review,
    ReviewError,
    ReviewSection,
    changed_since,
    content_hash,
    read_review,
    review_sections,
    reviewer_key,
    reviewer_label,
)
from sdm_aid.core.section_readability import SectionReadability, readability_by_section

OVERALL = "_overall"  # the "section" of questionnaire answers; never a real section id

# Kinds of problem. The first five skip the file; the others are notes on a collated file.
UNREADABLE = "unreadable"
MALFORMED = "malformed"
NEWER_FORMAT = "newer-format"
OTHER_AID = "other-aid"
DUPLICATE = "duplicate"
OLDER_VERSION = "older-version"
NEWER_VERSION = "newer-version"
CHANGED_CONTENT = "changed-content"
REPAIRED = "repaired"  # read with invalid characters replaced; still collated
SKIPPING = frozenset({UNREADABLE, MALFORMED, NEWER_FORMAT, OTHER_AID, DUPLICATE})

# How a collated review relates to the aid being collated.
CURRENT, OLDER, NEWER, CHANGED = "current", "older", "newer", "changed"


@dataclass(frozen=True)
class Problem:
    path: Path
    kind: str
    message: str

    @property
    def skipped(self) -> bool:
        return self.kind in SKIPPING

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True)
class DiffLine:
    """One line of a section-level diff.

    ``kind`` is "same", "removed", "added" or "changed"; a changed line has the old text
    in ``old``, the new in ``text`` and word-level ``segments`` of (kind, words), with kind
    "same", "removed" or "added".
    """

    kind: str
    text: str
    old: str = ""
    segments: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SectionChange:
    """How one section differs between the text a reviewer read and the aid now."""

    section_id: str
    title: str
    status: str  # "changed", "removed" (not in the aid now) or "added" (new since)
    from_versions: tuple[str, ...]  # the reviewed versions that had the old text
    old_text: str
    new_text: str
    lines: tuple[DiffLine, ...]

    @property
    def changed_lines(self) -> tuple[DiffLine, ...]:
        return tuple(line for line in self.lines if line.kind != "same")


@dataclass(frozen=True)
class ReviewInfo:
    """A review file that was collated."""

    path: Path
    review_id: str
    reviewer: str
    role: str
    aid_version: str
    updated: str
    relation: str  # CURRENT, OLDER, NEWER or CHANGED (same version, other text)
    changed_sections: tuple[str, ...]  # ids of sections that differ from the aid now
    comments: int

    @property
    def current(self) -> bool:
        return self.relation == CURRENT


@dataclass(frozen=True)
class CollatedComment:
    id: str  # the comment's id; for questionnaire answers "<review id>:<question>"
    review_id: str
    reviewer: str
    role: str
    section: str  # a section id, or OVERALL
    text: str
    quote: str
    created: str
    reviewed_version: str
    prompt: str = ""  # for questionnaire answers: the question
    section_changed: bool = False  # the section differs from what this reviewer read
    possibly_addressed: bool = False  # changed since an older version's review

    @property
    def who(self) -> str:
        return reviewer_label(self.reviewer, self.role)


@dataclass(frozen=True)
class RatingCounts:
    criterion: str
    label: str
    counts: tuple[int, ...]  # how many rated 1, 2, 3, 4 and 5
    skipped: int
    unanswered: int
    earlier_text: int = 0  # ratings given to an earlier text of the section

    @property
    def rated(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        if not self.rated:
            return None
        return sum(n * (RATING_MIN + i) for i, n in enumerate(self.counts)) / self.rated

    def by_value(self) -> list[tuple[int, int]]:
        """(rating, how many) from 1 to 5."""
        return [(RATING_MIN + i, n) for i, n in enumerate(self.counts)]


@dataclass(frozen=True)
class AnswerCounts:
    question: str
    prompt: str
    counts: tuple[tuple[str, str, int], ...]  # (answer, label, how many), then not answered


@dataclass(frozen=True)
class CollatedSection:
    id: str
    title: str
    text: str  # the text now ("" for a section no longer in the aid)
    present: bool  # False: only in reviews of an earlier version
    comments: tuple[CollatedComment, ...]
    ratings: tuple[RatingCounts, ...]  # one per criterion, in CRITERIA order
    readability: SectionReadability | None
    changes: tuple[SectionChange, ...] = ()  # since the versions reviewed


@dataclass(frozen=True)
class OverallSummary:
    helps_decide: AnswerCounts
    options_fair: AnswerCounts
    rating: RatingCounts
    comments: tuple[CollatedComment, ...]  # answers to "anything missing" and "anything else"


@dataclass(frozen=True)
class Collation:
    aid_id: str
    aid_title: str
    aid_version: str
    aid_language: str
    aid_status: str
    content_hash: str
    generated: str
    reviews: tuple[ReviewInfo, ...]
    sections: tuple[CollatedSection, ...]
    overall: OverallSummary
    problems: tuple[Problem, ...]
    role_counts: tuple[tuple[str, int], ...] = field(default=())

    @property
    def comments(self) -> tuple[CollatedComment, ...]:
        """Every comment: sections in reading order, then the questionnaire answers."""
        return (*(c for s in self.sections for c in s.comments), *self.overall.comments)

    @property
    def skipped(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.skipped)

    @property
    def notes(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.skipped)

    def section(self, section_id: str) -> CollatedSection | None:
        return next((s for s in self.sections if s.id == section_id), None)


# -- diffs ------------------------------------------------------------------------------------

_TOKENS = re.compile(r"\s+|[\w'’-]+|[^\w\s]")


def _word_segments(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """Word-level changes between two lines: (kind, text) with kind same, removed or added.

    Changes separated only by spaces are joined, so that "There is plenty of" → "You can
    take your" reads as one change rather than four.
    """
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    blocks: list[list[str]] = []  # ["same", text] or ["change", old, new]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            blocks.append(["same", "".join(a[i1:i2])])
        elif blocks and blocks[-1][0] == "change":
            blocks[-1][1] += "".join(a[i1:i2])
            blocks[-1][2] += "".join(b[j1:j2])
        elif len(blocks) >= 2 and blocks[-2][0] == "change" and not blocks[-1][1].strip():
            space = blocks.pop()[1]
            blocks[-1][1] += space + "".join(a[i1:i2])
            blocks[-1][2] += space + "".join(b[j1:j2])
        else:
            blocks.append(["change", "".join(a[i1:i2]), "".join(b[j1:j2])])
    out: list[tuple[str, str]] = []
    for block in blocks:
        if block[0] == "same":
            out.append(("same", block[1]))
            continue
        out += [(kind, text) for kind, text in (("removed", block[1]), ("added", block[2])) if text]
    return tuple(out)


def _similar(old: str, new: str) -> bool:
    """Whether two lines share enough words to show as one changed line."""
    a, b = old.split(), new.split()
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.4


def diff_text(old: str, new: str) -> tuple[DiffLine, ...]:
    """A line-by-line diff of two section texts, with word-level detail on changed lines."""
    a, b = old.split("\n") if old else [], new.split("\n") if new else []
    lines: list[DiffLine] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            lines += [DiffLine("same", line) for line in a[i1:i2]]
            continue
        olds, news = a[i1:i2], b[j1:j2]
        pairs = min(len(olds), len(news)) if tag == "replace" else 0
        for before, after in zip(olds[:pairs], news[:pairs], strict=True):
            if _similar(before, after):
                lines.append(DiffLine("changed", after, before, _word_segments(before, after)))
            else:
                lines += [DiffLine("removed", before), DiffLine("added", after)]
        lines += [DiffLine("removed", line) for line in olds[pairs:]]
        lines += [DiffLine("added", line) for line in news[pairs:]]
    return tuple(lines)


# -- collating --------------------------------------------------------------------------------


def _version_key(version: str) -> tuple[int, ...] | None:
    parts = version.split("-")[0].split("+")[0].split(".")
    try:
        return tuple(int(p) for p in parts)
    except ValueError:
        return None


def _relation(review: Review, aid: Aid, current_hash: str) -> str:
    if review.content_hash == current_hash:
        return CURRENT
    mine, theirs = _version_key(aid.meta.version), _version_key(review.aid_version)
    if mine is not None and theirs is not None:
        if theirs < mine:
            return OLDER
        if theirs > mine:
            return NEWER
        return CHANGED
    return CHANGED if review.aid_version == aid.meta.version else OLDER


def _when(stamp: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


def _person(review: Review) -> tuple[str, str]:
    return (reviewer_key(review.reviewer.name), review.reviewer.role)


def review_files(paths: Iterable[Path]) -> list[Path]:
    """The paths, with each folder replaced by the review files in it (sorted)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.glob(f"*{SUFFIX}") if p.is_file())
        else:
            out.append(path)
    return out


def _read_all(
    aid: Aid, paths: Iterable[Path], problems: list[Problem]
) -> list[tuple[Path, Review]]:
    """Read every file; skip the unusable ones and all but the newest review per reviewer."""
    kept: list[tuple[Path, Review] | None] = []
    by_person: dict[tuple[str, str], int] = {}
    by_id: dict[str, int] = {}
    files: list[Path] = []
    for given in paths:
        found = review_files([given])
        if given.is_dir() and not found:
            problems.append(Problem(given, UNREADABLE, f"there are no *{SUFFIX} files in it"))
        files += found
    for path in files:
        notes: list[str] = []
        try:
            review = read_review(path, notes)
        except ReviewError as exc:
            kind = {"unreadable": UNREADABLE, "newer-format": NEWER_FORMAT}.get(exc.kind, MALFORMED)
            what = {UNREADABLE: "cannot be read", NEWER_FORMAT: "cannot be read"}.get(
                kind, "is damaged"
            )
            problems.append(Problem(path, kind, f"the file {what}: {exc.reason}; skipped"))
            continue
        problems += [Problem(path, REPAIRED, f"{note}; collated") for note in notes]
        if review.aid_id != aid.id:
            title = f"{review.aid_title!r} ({review.aid_id})" if review.aid_title else review.aid_id
            problems.append(
                Problem(
                    path,
                    OTHER_AID,
                    f"this is a review of {title}, not of {aid.meta.title!r} ({aid.id}); skipped",
                )
            )
            continue
        if review.aid_language != aid.meta.language:
            problems.append(
                Problem(
                    path,
                    OTHER_AID,
                    f"this is a review of the {review.aid_language} version of {aid.id}, "
                    f"not of the {aid.meta.language} version; skipped",
                )
            )
            continue
        person = _person(review)
        index = by_id.get(review.id, by_person.get(person))
        if index is not None:
            other_path, other = kept[index] or (path, review)
            same_review = other.id == review.id
            newer = _when(review.updated) > _when(other.updated)
            keep_path, keep, drop_path, drop = (
                (path, review, other_path, other) if newer else (other_path, other, path, review)
            )
            what = (
                f"the same review (id {review.id[:8]}…)"
                if same_review
                else f"another review by {drop.reviewer.label}"
            )
            where = keep_path.name if keep_path.name != drop_path.name else str(keep_path)
            if drop_path == keep_path:
                message = "the same file was given twice; it is collated once"
            else:
                which = "the newer one" if keep.updated != drop.updated else "the first one given"
                message = (
                    f"{what} is in {where}, updated {keep.updated}; {which} is collated and "
                    f"this one (updated {drop.updated}) is skipped"
                )
            problems.append(Problem(drop_path, DUPLICATE, message))
            kept[index] = (keep_path, keep)
            by_id[keep.id] = index
            by_person[_person(keep)] = index
            continue
        by_id[review.id] = by_person[person] = len(kept)
        kept.append((path, review))
    return [item for item in kept if item is not None]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def collate(
    aid: Aid,
    review_paths: Iterable[Path],
    *,
    sections: tuple[ReviewSection, ...] | None = None,
    readability: dict[str, SectionReadability] | None = None,
) -> Collation:
    """Collate review files of ``aid``. Folders stand for the ``*.review.json`` files in them.

    Never raises for a bad review file: it is skipped and listed in ``problems``.
    ``sections`` and ``readability`` may pass figures already worked out for this aid
    (a view that collates again and again need not recompute them).
    """
    sections = sections if sections is not None else review_sections(aid)
    figures = readability if readability is not None else readability_by_section(aid, sections)
    now_hash = content_hash(sections)
    current = {s.id: s for s in sections}
    problems: list[Problem] = []
    loaded = _read_all(aid, review_paths, problems)

    infos: list[ReviewInfo] = []
    comments: dict[str, list[CollatedComment]] = {}
    overall_comments: list[CollatedComment] = []
    removed_titles: dict[str, str] = {}
    # section id -> old hash -> (old text, title, versions)
    old_texts: dict[str, dict[str, tuple[str, str, list[str]]]] = {}
    added_since: dict[str, list[str]] = {}
    role_counts = dict.fromkeys(ROLES, 0)
    for path, review in loaded:
        relation = _relation(review, aid, now_hash)
        changed: tuple[str, ...] = ()
        if relation != CURRENT:
            changed = changed_since(review, sections)
            reviewed = {s.id: s for s in review.sections}
            for section_id in changed:
                snap = reviewed.get(section_id)
                if snap is None:  # new since the version reviewed
                    versions = added_since.setdefault(section_id, [])
                    if review.aid_version not in versions:
                        versions.append(review.aid_version)
                    continue
                if section_id not in current:
                    removed_titles.setdefault(section_id, snap.title)
                entry = old_texts.setdefault(section_id, {}).setdefault(
                    snap.hash, (snap.text, snap.title, [])
                )
                if review.aid_version not in entry[2]:
                    entry[2].append(review.aid_version)
            _note_version(path, review, aid, relation, changed, problems)
        changed_set = set(changed)
        role_counts[review.reviewer.role] = role_counts.get(review.reviewer.role, 0) + 1
        infos.append(
            ReviewInfo(
                path,
                review.id,
                review.reviewer.name,
                review.reviewer.role,
                review.aid_version,
                review.updated,
                relation,
                changed,
                len(review.comments),
            )
        )
        for c in review.comments:
            is_changed = c.section in changed_set
            comments.setdefault(c.section, []).append(
                CollatedComment(
                    c.id,
                    review.id,
                    review.reviewer.name,
                    review.reviewer.role,
                    c.section,
                    c.text,
                    c.quote,
                    c.created,
                    review.aid_version,
                    section_changed=is_changed,
                    possibly_addressed=is_changed and relation in (OLDER, CHANGED),
                )
            )
        for question in TEXT_QUESTIONS:
            answer = getattr(review.overall, question)
            if answer:
                overall_comments.append(
                    CollatedComment(
                        f"{review.id}:{question}",
                        review.id,
                        review.reviewer.name,
                        review.reviewer.role,
                        OVERALL,
                        answer,
                        "",
                        review.updated,
                        review.aid_version,
                        prompt=QUESTIONS[question],
                    )
                )

    reviews = [r for _, r in loaded]
    hashed = [(r, {s.id: s.hash for s in r.sections}) for r in reviews]
    out_sections = []
    for s in sections:
        out_sections.append(
            CollatedSection(
                s.id,
                s.title,
                s.text,
                True,
                tuple(comments.get(s.id, ())),
                _ratings(hashed, s.id, s.hash),
                figures.get(s.id),
                _changes(s.id, s.title, s.text, old_texts, added_since),
            )
        )
    for section_id, title in removed_titles.items():
        out_sections.append(
            CollatedSection(
                section_id,
                title,
                "",
                False,
                tuple(comments.get(section_id, ())),
                _ratings(hashed, section_id, None),
                None,
                _changes(section_id, title, "", old_texts, {}),
            )
        )
    return Collation(
        aid_id=aid.id,
        aid_title=aid.meta.title,
        aid_version=aid.meta.version,
        aid_language=aid.meta.language,
        aid_status=aid.meta.status,
        content_hash=now_hash,
        generated=_now(),
        reviews=tuple(infos),
        sections=tuple(out_sections),
        overall=OverallSummary(
            _answers(reviews, "helps_decide"),
            _answers(reviews, "options_fair"),
            _overall_rating(reviews),
            tuple(overall_comments),
        ),
        problems=tuple(problems),
        role_counts=tuple((role, n) for role, n in role_counts.items() if n),
    )


def _note_version(
    path: Path,
    review: Review,
    aid: Aid,
    relation: str,
    changed: tuple[str, ...],
    problems: list[Problem],
) -> None:
    which = ", ".join(changed) if changed else "none (only details outside the sections)"
    if relation == OLDER:
        problems.append(
            Problem(
                path,
                OLDER_VERSION,
                f"a review of version {review.aid_version}; the aid is now version "
                f"{aid.meta.version}. Sections changed since: {which}. Its comments on "
                "changed sections are marked 'possibly addressed'",
            )
        )
    elif relation == NEWER:
        problems.append(
            Problem(
                path,
                NEWER_VERSION,
                f"a review of version {review.aid_version}, newer than this aid file "
                f"(version {aid.meta.version}). Sections that differ: {which}",
            )
        )
    else:
        problems.append(
            Problem(
                path,
                CHANGED_CONTENT,
                f"a review of version {review.aid_version}, but the text has changed since "
                f"without a new version number. Sections changed: {which}. Its comments on "
                "changed sections are marked 'possibly addressed'",
            )
        )


_diff_cache: dict[tuple[str, str], tuple[DiffLine, ...]] = {}


def _cached_diff(old: str, new: str) -> tuple[DiffLine, ...]:
    key = (old, new)
    found = _diff_cache.get(key)
    if found is None:
        if len(_diff_cache) > 256:
            _diff_cache.clear()
        found = _diff_cache[key] = diff_text(old, new)
    return found


def _changes(
    section_id: str,
    title: str,
    text: str,
    old_texts: dict[str, dict[str, tuple[str, str, list[str]]]],
    added_since: dict[str, list[str]],
) -> tuple[SectionChange, ...]:
    out = []
    for old, _old_title, versions in old_texts.get(section_id, {}).values():
        out.append(
            SectionChange(
                section_id,
                title,
                "changed" if text else "removed",
                tuple(versions),
                old,
                text,
                _cached_diff(old, text),
            )
        )
    if section_id in added_since:
        out.append(
            SectionChange(
                section_id,
                title,
                "added",
                tuple(added_since[section_id]),
                "",
                text,
                _cached_diff("", text),
            )
        )
    return tuple(out)


def _ratings(
    reviews: list[tuple[Review, dict[str, str]]], section_id: str, now_hash: str | None
) -> tuple[RatingCounts, ...]:
    """Rating counts per criterion; ``reviews`` pairs each review with its section hashes."""
    out = []
    for criterion in CRITERIA:
        counts = [0] * (RATING_MAX - RATING_MIN + 1)
        skipped = unanswered = earlier = 0
        for review, hashes in reviews:
            old_hash = hashes.get(section_id)
            if old_hash is None:
                continue  # the section was not in the version reviewed
            answers = review.ratings.get(section_id, {})
            if criterion not in answers:
                unanswered += 1
            elif (value := answers[criterion]) is None:
                skipped += 1
            else:
                counts[value - RATING_MIN] += 1
                if old_hash != now_hash:
                    earlier += 1
        out.append(
            RatingCounts(
                criterion,
                CRITERION_LABELS[criterion],
                tuple(counts),
                skipped,
                unanswered,
                earlier,
            )
        )
    return tuple(out)


def _answers(reviews: list[Review], question: str) -> AnswerCounts:
    assert question in CHOICE_QUESTIONS
    counts = dict.fromkeys(ANSWERS, 0)
    missing = 0
    for review in reviews:
        value = getattr(review.overall, question)
        if value in counts:
            counts[value] += 1
        else:
            missing += 1
    rows = [(a, ANSWER_LABELS[a], counts[a]) for a in ANSWERS]
    rows.append(("", "Not answered", missing))
    return AnswerCounts(question, QUESTIONS[question], tuple(rows))


def _overall_rating(reviews: list[Review]) -> RatingCounts:
    counts = [0] * (RATING_MAX - RATING_MIN + 1)
    unanswered = 0
    for review in reviews:
        if review.overall.rating is None:
            unanswered += 1
        else:
            counts[review.overall.rating - RATING_MIN] += 1
    return RatingCounts("overall", "Overall rating", tuple(counts), 0, unanswered)
