"""A service audit of a folder of session files: counts only, never names or free text.

The audit only reads. Every ``*.sdm.json`` file is parsed with :func:`session.from_json`
(never :func:`session.load_session`, which moves damaged files aside); a file that cannot
be used is counted as skipped and left exactly as it was.

What is counted, per aid, language and version: sessions and their setting, decisions
made or deferred, the option chosen, SURE scores, quiz scores and CollaboRATE answers.
What is never read into the audit: names, anything a person typed, file names. Values
copied from a file into the report (aid id, language, version, option id) must have the
shape the app writes (a slug, a language tag, a semantic version, an option of the aid);
anything else is counted as "(other)". docs/audit.md describes the report.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import astuple, dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sdm_aid.core import safe_read
from sdm_aid.core.frontmatter import BCP47, SEMVER, SLUG
from sdm_aid.core.session import (
    COLLABORATE_ITEMS,
    COLLABORATE_MAX,
    COLLABORATE_MIN,
    COLLABORATE_QUESTIONS,
    COLLABORATE_SCALE,
    DECIDED,
    MORE_TIME,
    NOT_DECIDED,
    RECORD_NOW,
    SETTINGS,
    SUFFIX,
    SURE_ITEMS,
    Session,
    _NewerSchema,
    from_json,
)

if TYPE_CHECKING:
    import jinja2

    from sdm_aid.core.library import AidLibrary
    from sdm_aid.core.model import Aid

AidLookup = Callable[[str, str], "Aid | None"]  # (aid id, language) -> the aid, if found

OTHER = "(other)"
NOT_ANSWERED = "not-answered"
DECISIONS = (DECIDED, NOT_DECIDED, MORE_TIME, NOT_ANSWERED)
ONE_OPTION, COMBINED = "one-option", "combined"
PLANS = (ONE_OPTION, COMBINED)  # a decision of one option, or a plan combining several
NOT_ASKED = "not-asked"
AFTER_SURE = (RECORD_NOW, MORE_TIME, NOT_ASKED)  # asked when the SURE score is below 4
SKIP_REASONS = ("damaged", "newer-format", "unreadable")
# Why a session's quiz score is left out.
AID_NOT_FOUND = "aid-not-found"
OTHER_VERSION = "aid-version-not-in-library"
NO_QUIZ = "aid-has-no-quiz"
CSV_COLUMNS = ("section", "aid", "language", "version", "measure", "value", "count")

WORDS = {
    DECIDED: "Decision made",
    NOT_DECIDED: "Not decided yet",
    MORE_TIME: "Wants more time to decide",
    NOT_ANSWERED: "Not answered",
    ONE_OPTION: "One option",
    COMBINED: "Options combined",
    RECORD_NOW: "Recorded the decision now",
    NOT_ASKED: "Not asked",
    "consultation": "Together in a consultation",
    "home": "Preparing on my own",
    "damaged": "damaged",
    "newer-format": "saved by a newer SDM Aid",
    "unreadable": "could not be read",
    AID_NOT_FOUND: "the aid is not in the library",
    OTHER_VERSION: "the library has another version of the aid",
    NO_QUIZ: "the aid has no quiz",
}


@dataclass(frozen=True)
class Row:
    """One line of the tidy table (the CSV): a count of sessions."""

    section: str
    aid: str
    language: str
    version: str
    measure: str
    value: str
    count: int


@dataclass
class AidTally:
    """Counts for the sessions of one aid, language and version."""

    aid_id: str
    language: str
    version: str
    title: str | None = None  # the aid's title, when the library has the aid
    option_titles: dict[str, str] = field(default_factory=dict)  # the aid's options, in order
    quiz_questions: int | None = None  # set when quiz scores can be given
    sessions: int = 0
    settings: Counter[str] = field(default_factory=Counter)
    decisions: Counter[str] = field(default_factory=Counter)
    choices: Counter[str] = field(default_factory=Counter)  # each option of each plan
    plans: Counter[str] = field(default_factory=Counter)  # ONE_OPTION or COMBINED
    leaning: Counter[str] = field(default_factory=Counter)  # options leant towards
    after_sure: Counter[str] = field(default_factory=Counter)  # AFTER_SURE
    sure: Counter[str] = field(default_factory=Counter)
    quiz: Counter[str] = field(default_factory=Counter)
    quiz_left_out: Counter[str] = field(default_factory=Counter)
    collaborate: Counter[str] = field(default_factory=Counter)  # "yes", "no", not answered
    collaborate_items: dict[str, Counter[str]] = field(
        default_factory=lambda: {item: Counter() for item in COLLABORATE_ITEMS}
    )

    @property
    def label(self) -> str:
        return f"{self.title or self.aid_id} ({self.language}, version {self.version})"

    def add(self, session: Session, aid: Aid | None) -> None:
        self.sessions += 1
        self.settings[session.setting if session.setting in SETTINGS else OTHER] += 1
        decision = session.decision
        kind = decision.kind
        self.decisions[NOT_ANSWERED if kind is None else kind] += 1
        if kind == DECIDED:
            self.plans[COMBINED if len(decision.chosen) > 1 else ONE_OPTION] += 1
        for option in decision.chosen:
            self.choices[self._known(option, aid)] += 1
        for option in decision.leaning:
            self.leaning[self._known(option, aid)] += 1
        self.after_sure[decision.after_sure or NOT_ASKED] += 1
        sure = session.sure_score()
        self.sure[NOT_ANSWERED if sure is None else str(sure)] += 1
        self._add_quiz(session, aid)
        top = session.collaborate_top_score()
        self.collaborate[NOT_ANSWERED if top is None else ("yes" if top else "no")] += 1
        for item in COLLABORATE_ITEMS:
            score = session.collaborate.get(item)
            ok = score is not None and COLLABORATE_MIN <= score <= COLLABORATE_MAX
            self.collaborate_items[item][str(score) if ok else NOT_ANSWERED] += 1

    def _add_quiz(self, session: Session, aid: Aid | None) -> None:
        if aid is None:
            self.quiz_left_out[AID_NOT_FOUND] += 1
        elif aid.meta.version != session.aid_version:
            # Answers are positions in the quiz of the version the person saw.
            self.quiz_left_out[OTHER_VERSION] += 1
        elif not aid.quiz:
            self.quiz_left_out[NO_QUIZ] += 1
        elif not session.quiz_answers:
            self.quiz[NOT_ANSWERED] += 1
        else:
            right, total = session.quiz_score(aid)
            self.quiz[f"{right}/{total}"] += 1

    def _known(self, option: str, aid: Aid | None) -> str:
        """The option's id, or OTHER for one not in the aid (an id is never free text)."""
        known = option in self.option_titles if aid else bool(SLUG.match(option))
        return option if known else OTHER

    # -- values in a fixed order, zeros included, for the table and the charts ------------
    def choice_values(self, counts: Counter[str] | None = None) -> list[str]:
        counts = self.choices if counts is None else counts
        return [
            *self.option_titles,
            *sorted(k for k in counts if k not in self.option_titles),
        ]

    def quiz_values(self) -> list[str]:
        if self.quiz_questions is None:
            return sorted(self.quiz) if self.quiz else []
        n = self.quiz_questions
        return [f"{k}/{n}" for k in range(n + 1)] + [NOT_ANSWERED]


@dataclass
class Audit:
    files: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> files
    # For the person running the audit (the command prints them); never in a report,
    # because a file name may be a person's name.
    skipped_files: list[tuple[Path, str]] = field(default_factory=list)
    tallies: dict[tuple[str, str, str], AidTally] = field(default_factory=dict)
    first_day: str | None = None
    last_day: str | None = None

    @property
    def sessions(self) -> int:
        return sum(t.sessions for t in self.tallies.values())

    def ordered(self) -> list[AidTally]:
        return [self.tallies[k] for k in sorted(self.tallies, key=_version_order)]

    def total(self, part: str) -> Counter[str]:
        """One counter summed over every aid and version, such as ``total("sure")``."""
        summed: Counter[str] = Counter()
        for tally in self.tallies.values():
            counts: Counter[str] = getattr(tally, part)
            summed.update(counts)
        return summed

    @property
    def quiz_left_out(self) -> int:
        return sum(self.total("quiz_left_out").values())

    def rows(self) -> list[Row]:
        """The whole audit as one tidy table: every count with what it counts."""
        rows = [
            Row("files", "", "", "", "files", "found", self.files),
            Row("files", "", "", "", "files", "read", self.sessions),
            *(
                Row("files", "", "", "", "skipped", reason, self.skipped[reason])
                for reason in SKIP_REASONS
            ),
        ]
        for t in self.ordered():

            def row(section: str, measure: str, value: str, count: int, t: AidTally = t) -> Row:
                return Row(section, t.aid_id, t.language, t.version, measure, value, count)

            rows.append(row("sessions", "sessions", "all", t.sessions))
            rows += [
                row("sessions", "setting", s, t.settings[s]) for s in _keys(SETTINGS, t.settings)
            ]
            rows += [row("decision", "outcome", d, t.decisions[d]) for d in DECISIONS]
            rows += [row("plan", "options", p, t.plans[p]) for p in PLANS]
            rows += [row("choice", "option", o, t.choices[o]) for o in t.choice_values()]
            rows += [
                row("leaning", "option", o, t.leaning[o]) for o in t.choice_values(t.leaning)
            ]
            rows += [row("sure", "score", s, t.sure[s]) for s in _sure_values()]
            rows += [row("sure", "after-sure", a, t.after_sure[a]) for a in AFTER_SURE]
            rows += [row("quiz", "score", q, t.quiz[q]) for q in t.quiz_values()]
            rows += [
                row("quiz", "not-scored", reason, n)
                for reason, n in sorted(t.quiz_left_out.items())
            ]
            rows += [
                row("collaborate", "all-three-top", v, t.collaborate[v])
                for v in ("yes", "no", NOT_ANSWERED)
            ]
            for item in COLLABORATE_ITEMS:
                counts = t.collaborate_items[item]
                rows += [row("collaborate", f"item-{item}", v, counts[v]) for v in _scale_values()]
        return rows


def _keys(order: Iterable[str], counts: Counter[str]) -> list[str]:
    known = list(order)
    return known + sorted(k for k in counts if k not in known)


def _sure_values() -> list[str]:
    return [*(str(n) for n in range(len(SURE_ITEMS) + 1)), NOT_ANSWERED]


def _scale_values() -> list[str]:
    return [*(str(n) for n in COLLABORATE_SCALE), NOT_ANSWERED]


def _version_order(key: tuple[str, str, str]) -> tuple[str, str, tuple[int, ...], str]:
    aid_id, language, version = key
    match = SEMVER.match(version)
    numbers = tuple(int(match.group(i)) for i in (1, 2, 3)) if match else (-1,)
    return aid_id, language, numbers, version


# -- reading a folder --------------------------------------------------------------------------


def library_lookup(library: AidLibrary) -> AidLookup:
    """Find aids by id and exact language in ``library``, parsing each at most once."""
    if not library.entries:
        library.scan()
    groups = library.groups()
    cache: dict[tuple[str, str], Aid | None] = {}

    def lookup(aid_id: str, language: str) -> Aid | None:
        key = (aid_id, language)
        if key not in cache:
            entry = groups.get(aid_id, {}).get(language)
            cache[key] = library.load(entry).aid if entry else None
        return cache[key]

    return lookup


def session_files(folder: Path, recursive: bool = False) -> list[Path]:
    pattern = f"*{SUFFIX}"
    found = folder.rglob(pattern) if recursive else folder.glob(pattern)
    return sorted(p for p in found if p.is_file())


def audit_folder(folder: Path, lookup: AidLookup, recursive: bool = False) -> Audit:
    """Count the sessions in ``folder``; read-only, so damaged files stay as they are."""
    audit = Audit()
    aids: dict[tuple[str, str], Aid | None] = {}
    days: list[str] = []
    for path in session_files(folder, recursive):
        audit.files += 1
        try:
            text = safe_read.read_text(path, safe_read.SESSION_LIMIT, root=folder)
        except safe_read.ReadError as exc:
            _skip(audit, path, "damaged" if exc.kind in ("too-large", "not-text") else "unreadable")
            continue
        try:
            session = from_json(text)
        except _NewerSchema:
            _skip(audit, path, "newer-format")
            continue
        except Exception:  # any other failure is this one file's damage; count it, go on
            _skip(audit, path, "damaged")
            continue
        aid_id = session.aid_id if SLUG.match(session.aid_id) else OTHER
        language = session.aid_language if BCP47.match(session.aid_language) else OTHER
        version = session.aid_version if SEMVER.match(session.aid_version) else OTHER
        if (aid_id, language) not in aids:
            found = lookup(aid_id, language) if OTHER not in (aid_id, language) else None
            aids[aid_id, language] = found
        aid = aids[aid_id, language]
        key = (aid_id, language, version)
        tally = audit.tallies.get(key)
        if tally is None:
            tally = audit.tallies[key] = _new_tally(key, aid)
        tally.add(session, aid)
        day = _day(session.updated)
        if day:
            days.append(day)
    if days:
        audit.first_day, audit.last_day = min(days), max(days)
    return audit


def _skip(audit: Audit, path: Path, reason: str) -> None:
    audit.skipped[reason] += 1
    audit.skipped_files.append((path, reason))


def _new_tally(key: tuple[str, str, str], aid: Aid | None) -> AidTally:
    tally = AidTally(*key)
    if aid is not None:
        tally.title = aid.meta.title
        tally.option_titles = {o.id: o.title for o in aid.options}
        if aid.meta.version == key[2] and aid.quiz:
            tally.quiz_questions = len(aid.quiz)
    return tally


def _day(text: str) -> str | None:
    try:
        return dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        return None


# -- reports -----------------------------------------------------------------------------------


def render_csv(audit: Audit) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(astuple(row) for row in audit.rows())
    return out.getvalue()


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    share: float  # of the chart's total, 0..1; the bar's length (a full bar is 100 %)


@dataclass(frozen=True)
class Chart:
    title: str
    bars: tuple[Bar, ...]
    total: int


def chart(title: str, items: Iterable[tuple[str, int]]) -> Chart:
    pairs = list(items)
    total = sum(n for _, n in pairs)
    return Chart(
        title, tuple(Bar(label, n, n / total if total else 0.0) for label, n in pairs), total
    )


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


@dataclass(frozen=True)
class AidSection:
    label: str
    sessions: int
    charts: tuple[Chart, ...]
    collaborate: str
    quiz_note: str


def _aid_section(t: AidTally) -> AidSection:
    charts = [
        chart("Setting", ((WORDS.get(s, s), t.settings[s]) for s in _keys(SETTINGS, t.settings))),
        chart("Decision", ((WORDS[d], t.decisions[d]) for d in DECISIONS)),
        chart("Plan (decisions made)", ((WORDS[p], t.plans[p]) for p in PLANS)),
        chart(
            "Option chosen, alone or in a plan (decisions made)",
            ((t.option_titles.get(o, o), t.choices[o]) for o in t.choice_values()),
        ),
        chart(
            "Leaning towards (not decided yet)",
            ((t.option_titles.get(o, o), t.leaning[o]) for o in t.choice_values(t.leaning)),
        ),
        chart("SURE score (out of 4)", ((WORDS.get(s, s), t.sure[s]) for s in _sure_values())),
        chart(
            "After a SURE score below 4",
            ((WORDS.get(a, "Chose more time"), t.after_sure[a]) for a in AFTER_SURE),
        ),
    ]
    quiz_values = t.quiz_values()
    if quiz_values:
        charts.append(
            chart(
                "Quiz: answers right",
                ((WORDS.get(q, q), t.quiz[q]) for q in quiz_values),
            )
        )
    for item in COLLABORATE_ITEMS:
        counts = t.collaborate_items[item]
        charts.append(
            chart(
                f"CollaboRATE: {COLLABORATE_QUESTIONS[item]}",
                (
                    (COLLABORATE_SCALE[int(v)] if v != NOT_ANSWERED else WORDS[v], counts[v])
                    for v in _scale_values()
                ),
            )
        )
    left_out = "; ".join(f"{n} because {WORDS[r]}" for r, n in sorted(t.quiz_left_out.items()))
    return AidSection(
        label=t.label,
        sessions=t.sessions,
        charts=tuple(charts),
        collaborate=_collaborate_sentence(t.collaborate),
        quiz_note=f"Quiz scores left out for {left_out}." if left_out else "",
    )


def _collaborate_sentence(counts: Counter[str]) -> str:
    answered = counts["yes"] + counts["no"]
    if not answered:
        return "Nobody answered all three CollaboRATE questions."
    return (
        f"{counts['yes']} of {answered} who answered all three CollaboRATE questions "
        f"gave the top score on all three ({_percent(counts['yes'], answered)})."
    )


@cache
def _template() -> jinja2.Template:
    import jinja2  # loaded only when a report is written

    from sdm_aid.core.template_cache import template_cache
    from sdm_aid.paths import resources_dir

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(resources_dir() / "templates"),
        autoescape=True,  # aid titles and ids are escaped like everything else
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=template_cache(),
    )
    return env.get_template("audit.html.j2")


def render_html(audit: Audit, today: dt.date | None = None) -> str:
    """A self-contained HTML page (inline styles and SVG charts, nothing fetched)."""
    tallies = audit.ordered()
    overview = (
        chart("Sessions per aid and version", ((t.label, t.sessions) for t in tallies)),
        chart("Decision (all aids)", ((WORDS[d], audit.total("decisions")[d]) for d in DECISIONS)),
        chart(
            "SURE score out of 4 (all aids)",
            ((WORDS.get(s, s), audit.total("sure")[s]) for s in _sure_values()),
        ),
    )
    skipped = ", ".join(f"{audit.skipped[r]} {WORDS[r]}" for r in SKIP_REASONS if audit.skipped[r])
    return _template().render(
        audit=audit,
        date=(today or dt.date.today()).isoformat(),
        overview=overview,
        collaborate=_collaborate_sentence(audit.total("collaborate")),
        skipped=skipped,
        sections=[_aid_section(t) for t in tallies],
    )
