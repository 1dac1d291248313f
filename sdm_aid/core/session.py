"""A guided decision in progress: what the patient saw, said and chose (Qt-free).

A session is saved as a schema-versioned JSON file (``.sdm.json``), atomically and
readable by its owner only. It records the aid's id, version and a fingerprint of its
content, so reopening it with a newer aid can say what changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sdm_aid.core import safe_read
from sdm_aid.core.fileio import (
    PRIVATE_MODE,
    atomic_write_text,
    read_versioned_json,
    set_aside,
    summarise_folder,
    versioned_json,
)

if TYPE_CHECKING:
    from sdm_aid.core.model import Aid, Option, Outcome, OutcomeValue

SCHEMA = "sdm-aid/session"
SCHEMA_VERSION = 2  # 2: a decision is a status and one or more options (see migrate_v1)
SUFFIX = ".sdm.json"
FILE_MODE = PRIVATE_MODE
STEPS = (
    "about",
    "options",
    "compare",
    "outcomes",
    "preferences",
    "quiz",
    "sure",
    "decision",
    "summary",
)
# The consultation route (issue 14): the aid's summary and warning signs, Compare, the key
# figures, what matters most (up to three statements), SURE, the decision, the summary.
# Its own steps (brief, key-figures, matters) exist only on it; the rest are shared.
SHORT_ROUTE = ("brief", "compare", "key-figures", "matters", "sure", "decision", "summary")
ALL_STEPS = (*STEPS, *(s for s in SHORT_ROUTE if s not in STEPS))
FULL, SHORT = "full", "short"
ROUTES = (FULL, SHORT)
MOST_MATTERS = 3  # the consultation route asks for up to three statements that matter most
SETTINGS = ("consultation", "home")
MATTERS_A_LOT = 7  # a rating of this or more is something that "matters a lot" (of 10)
DECIDED = "decided"
NOT_DECIDED = "not-decided"
MORE_TIME = "more-time"  # not decided, and would like more time (a kind, not a status)
DECISION_STATUSES = (DECIDED, NOT_DECIDED)
# The answer when a SURE score below 4 asks whether to record the decision now.
RECORD_NOW = "record-now"
SURE_ANSWERS = (RECORD_NOW, MORE_TIME)
# The SURE test (Légaré et al. 2010): four yes/no items, one point each.
SURE_ITEMS = ("sure", "understand", "values", "support")
SURE_QUESTIONS = {
    "sure": "Do you feel sure about the best choice for you?",
    "understand": "Do you know the benefits and risks of each option?",
    "values": "Are you clear about which benefits and risks matter most to you?",
    "support": "Do you have enough support and advice to make a choice?",
}
SURE_HELP = {
    "sure": "More time to think, or talking it through with someone you trust.",
    "understand": "More information: go back over the options and what could happen, or ask "
    "your clinician.",
    "values": "Going back to 'What matters to you' and thinking about what matters most.",
    "support": "Talking to someone: family, friends, your clinician or a patient group.",
}
RATING_MIN, RATING_MAX = 0, 10
# Ids become file names: letters, digits, "-" and "_" only, so no id names another folder.
SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# CollaboRATE (Elwyn et al., Patient Educ Couns 2013;93:102-7), asked after the decision:
# three items, each on the 5-point anchored scale 0-4 of Barr et al., J Med Internet Res
# 2014;16(1):e2 ("0 No effort was made" ... "4 Every effort was made"). Usually reported as
# the share of people who give the top score (4) on all three items. Free to use with
# attribution.
COLLABORATE_ITEMS = ("understand", "listen", "include")
COLLABORATE_INTRO = "Thinking about the appointment you have just had…"
COLLABORATE_QUESTIONS = {
    "understand": "How much effort was made to help you understand your health issues?",
    "listen": "How much effort was made to listen to the things that matter most to you "
    "about your health issues?",
    "include": "How much effort was made to include what matters most to you in choosing "
    "what to do next?",
}
COLLABORATE_MIN, COLLABORATE_MAX = 0, 4
COLLABORATE_SCALE = {
    0: "No effort was made",
    1: "A little effort was made",
    2: "Some effort was made",
    3: "A lot of effort was made",
    4: "Every effort was made",
}


class SessionError(Exception):
    """A session file that cannot be used, with a message for the person and where it went."""

    def __init__(self, message: str, moved_to: Path | None = None):
        super().__init__(message)
        self.moved_to = moved_to


@dataclass
class Decision:
    """What was decided (schema 2): a status and the options it is about.

    ``status`` DECIDED: ``options`` are the plan, one or more (a plan can combine them).
    ``status`` NOT_DECIDED: ``options`` are those the person leans towards, if any.
    ``more_time``: the person would like more time before deciding. ``after_sure``: what
    they said when a SURE score below 4 asked whether to record the decision now
    (RECORD_NOW or MORE_TIME; "" when not asked).
    """

    status: str | None = None  # DECIDED, NOT_DECIDED, or None (not answered yet)
    options: list[str] = field(default_factory=list)
    more_time: bool = False
    after_sure: str = ""
    involve: str = ""  # who else to involve
    next_steps: str = ""
    questions_ticked: list[str] = field(default_factory=list)  # from the aid's list
    own_questions: list[str] = field(default_factory=list)
    clinician_notes: str = ""

    @property
    def decided(self) -> bool:
        return self.status == DECIDED and bool(self.options)

    @property
    def chosen(self) -> list[str]:
        """The options of the plan; empty unless decided."""
        return list(self.options) if self.decided else []

    @property
    def leaning(self) -> list[str]:
        """The options the person leans towards; empty when decided."""
        return list(self.options) if self.status == NOT_DECIDED else []

    @property
    def kind(self) -> str | None:
        """DECIDED, MORE_TIME (not decided, wants more time), NOT_DECIDED or None."""
        if self.decided:
            return DECIDED
        if self.status == NOT_DECIDED or self.more_time:
            return MORE_TIME if self.more_time else NOT_DECIDED
        return None

    def decide(self, options: list[str]) -> None:
        """Record a plan of one or more options (none: back to not answered)."""
        self.options = _unique(options)
        self.status = DECIDED if self.options else None
        self.more_time = False

    def not_yet(self, leaning: Sequence[str] = (), more_time: bool = False) -> None:
        """Not decided yet, leaning towards ``leaning`` (maybe none)."""
        self.status = NOT_DECIDED
        self.options = _unique(list(leaning))
        self.more_time = more_time


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


@dataclass
class Session:
    aid_id: str
    aid_version: str
    aid_language: str
    setting: str = "consultation"
    patient_name: str = ""
    clinician_name: str = ""
    id: str = field(default_factory=lambda: _new_id())
    created: str = field(default_factory=lambda: _now())
    updated: str = field(default_factory=lambda: _now())
    aid_fingerprint: dict[str, str] = field(default_factory=dict)
    current_step: str = "about"
    visited: list[str] = field(default_factory=list)
    route: str = FULL  # FULL (the nine steps) or SHORT (the consultation route)
    compare_options: list[str] | None = None  # None: every option
    outcome_scale: int | None = None  # 100 or 1000; None: the step default (step_denominators)
    ratings: dict[str, int] = field(default_factory=dict)  # preference id -> 0..10
    other_matters: str = ""
    quiz_answers: dict[str, int] = field(default_factory=dict)  # question index -> choice
    sure: dict[str, bool] = field(default_factory=dict)
    decision: Decision = field(default_factory=Decision)
    # CollaboRATE, after the decision: item id (COLLABORATE_ITEMS) -> score 0..4
    collaborate: dict[str, int] = field(default_factory=dict)

    def touch(self) -> None:
        self.updated = _now()

    def continue_in(self, setting: str, patient_name: str, clinician_name: str) -> None:
        """Carry the session on in another setting (prepared at home, then continued in a
        consultation), with the people now taking part."""
        if setting not in SETTINGS:
            raise ValueError(f"setting must be one of {SETTINGS}")
        self.setting = setting
        self.patient_name = patient_name.strip()
        self.clinician_name = clinician_name.strip()
        self.touch()

    def go_to(self, step: str) -> None:
        if step not in ALL_STEPS:
            raise ValueError(f"unknown step {step!r}")
        if self.current_step not in self.visited:
            self.visited.append(self.current_step)
        self.current_step = step
        self.touch()

    @property
    def finished(self) -> bool:
        return self.decision.kind not in (None, MORE_TIME) and "summary" in (
            *self.visited,
            self.current_step,
        )

    def sure_score(self) -> int | None:
        """0–4 when all four SURE items are answered; a score below 4 suggests conflict."""
        if not all(item in self.sure for item in SURE_ITEMS):
            return None
        return sum(bool(self.sure[item]) for item in SURE_ITEMS)

    def sure_help(self) -> tuple[str, ...]:
        """What could help, one line per SURE question not answered yes, when the score is
        below 4; nothing when it is 4 or not every question is answered."""
        score = self.sure_score()
        if score is None or score == len(SURE_ITEMS):
            return ()
        return tuple(SURE_HELP[item] for item in SURE_ITEMS if not self.sure.get(item))

    def shown_options(self, aid: Aid) -> list[Option]:
        """The options chosen to compare, in the aid's order: every option if none are
        chosen, or if none of those chosen is in this version of the aid."""
        chosen = self.compare_options or list(aid.option_ids)
        return [o for o in aid.options if o.id in chosen] or list(aid.options)

    def mark_matters(self, preference_id: str, on: bool) -> bool:
        """Mark a statement as one that matters most (the consultation route), or unmark it.

        Stored as the full route's rating, at "matters a lot" (a higher rating is kept).
        At most MOST_MATTERS at a time: False (and nothing changed) for one more.
        """
        top = self.matters_most()
        if on:
            if preference_id in top:
                return True
            if len(top) >= MOST_MATTERS:
                return False
            self.ratings[preference_id] = max(self.ratings.get(preference_id, 0), MATTERS_A_LOT)
        elif preference_id in top:
            del self.ratings[preference_id]
        self.touch()
        return True

    def matters_most(self) -> list[str]:
        """The statements rated "matters a lot" or more, in the order they were rated."""
        return [k for k, v in self.ratings.items() if v >= MATTERS_A_LOT]

    def answer_collaborate(self, item: str, score: int | None) -> None:
        """Record (or with ``None`` clear) the answer to one CollaboRATE item."""
        if item not in COLLABORATE_ITEMS:
            raise ValueError(f"unknown CollaboRATE item {item!r}")
        if score is None:
            self.collaborate.pop(item, None)
        else:
            self.collaborate[item] = _collaborate_score(score)
        self.touch()

    def collaborate_top_score(self) -> bool | None:
        """True when all three CollaboRATE items have the top score (4); None until all
        three are answered. The share of people with True is the usual CollaboRATE measure.
        """
        if not all(item in self.collaborate for item in COLLABORATE_ITEMS):
            return None
        return all(self.collaborate[item] == COLLABORATE_MAX for item in COLLABORATE_ITEMS)

    def quiz_score(self, aid: Aid) -> tuple[int, int]:
        """(right answers, questions) over the aid's quiz."""
        right = sum(1 for i, q in enumerate(aid.quiz) if self.quiz_answers.get(str(i)) == q.answer)
        return right, len(aid.quiz)

    def alignment(self, aid: Aid) -> list[tuple[str, int]]:
        """For each option, the summed ratings of the statements that favour it.

        A neutral view of which options line up with what matters most to the person;
        never a recommendation. Options keep the aid's order.
        """
        return [
            (
                option.id,
                sum(self.ratings.get(p.id, 0) for p in aid.preferences if option.id in p.favours),
            )
            for option in aid.options
        ]


def _new_id() -> str:
    """128 random bits as 32 hex digits (the uuid module would cost more to load)."""
    return os.urandom(16).hex()


def local_time(iso: str) -> str:
    """A saved time (ISO 8601, UTC) as the computer's local time, "2026-03-02 10:55"; the
    text as saved (cut to the minute) if it cannot be read."""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso.replace("T", " ")[:16]
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _digest(*parts: object) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:16]


# Fields added to OutcomeValue after sessions were first saved: left out of a value's
# fingerprint while unset, so an outcome that did not change keeps its fingerprint.
_LATER_VALUE_FIELDS = ("control", "not_applicable")


def _value_print(value: OutcomeValue) -> dict[str, object]:
    fields = asdict(value)
    return {k: v for k, v in fields.items() if v is not None or k not in _LATER_VALUE_FIELDS}


def _studies_print(outcome: Outcome) -> tuple[object, ...]:
    """Nothing for a ``values:`` outcome (so its old fingerprint holds), else the groups."""
    return tuple(
        (
            g.source,
            g.population,
            g.timeframe,
            g.certainty,
            g.note,
            sorted((k, _value_print(v)) for k, v in g.values.items()),
        )
        for g in outcome.studies
    )


def fingerprint(aid: Aid) -> dict[str, str]:
    """Short hashes of each part of an aid a patient sees, to tell later what changed."""
    prints = {f"section:{s.id}": _digest(s.title, s.html) for s in aid.sections.values()}
    for option in aid.options:
        prints[f"option:{option.id}"] = _digest(
            option.title, option.summary_html, [(p.kind, p.html) for p in option.parts]
        )
    for outcome in aid.outcomes:
        prints[f"outcome:{outcome.id}"] = _digest(
            outcome.label,
            outcome.timeframe,
            outcome.denominator,
            outcome.certainty,
            sorted((k, _value_print(v)) for k, v in outcome.values.items()),
            *_studies_print(outcome),
        )
    for pref in aid.preferences:
        # `against` is left out: it only words the fit view on screen, which is worked out
        # from the aid each time; the record copy and the answers do not depend on it.
        prints[f"preference:{pref.id}"] = _digest(pref.statement, pref.detail, pref.favours)
    return prints


def new_session(
    aid: Aid, setting: str = "consultation", patient_name: str = "", clinician_name: str = ""
) -> Session:
    if setting not in SETTINGS:
        raise ValueError(f"setting must be one of {SETTINGS}")
    return Session(
        aid_id=aid.id,
        aid_version=aid.meta.version,
        aid_language=aid.meta.language,
        setting=setting,
        patient_name=patient_name.strip(),
        clinician_name=clinician_name.strip(),
        aid_fingerprint=fingerprint(aid),
    )


@dataclass(frozen=True)
class AidChanges:
    """What differs between the aid a session was made with and the aid now."""

    old_version: str
    new_version: str
    changed: tuple[str, ...]  # keys like "option:surgery"
    added: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def any(self) -> bool:
        return (
            bool(self.changed or self.added or self.removed) or self.old_version != self.new_version
        )

    def part_names(self, aid: Aid) -> list[str]:
        """The changed, added and removed parts in words a reader knows them by.

        Titles come from ``aid`` (the new version); a removed part is named by its id.
        """
        titles: dict[str, str] = {f"section:{s.id}": s.title for s in aid.sections.values()}
        titles.update({f"option:{o.id}": o.title for o in aid.options})
        titles.update({f"outcome:{o.id}": o.label for o in aid.outcomes})
        titles.update({f"preference:{p.id}": p.statement for p in aid.preferences})
        return [
            f"“{titles.get(key, key.split(':', 1)[-1])}”"
            for key in (*self.changed, *self.added, *self.removed)
        ]


def changes_since(session: Session, aid: Aid) -> AidChanges:
    now = fingerprint(aid)
    before = session.aid_fingerprint
    return AidChanges(
        old_version=session.aid_version,
        new_version=aid.meta.version,
        changed=tuple(k for k in now if k in before and before[k] != now[k]),
        added=tuple(k for k in now if k not in before),
        removed=tuple(k for k in before if k not in now),
    )


def adopt_aid(session: Session, aid: Aid) -> None:
    """Record that the session now continues with this version of the aid."""
    session.aid_version = aid.meta.version
    session.aid_fingerprint = fingerprint(aid)
    valid = set(aid.option_ids)
    if session.compare_options is not None:
        session.compare_options = [o for o in session.compare_options if o in valid]
    session.touch()


# -- files -----------------------------------------------------------------------------------


def to_json(session: Session) -> str:
    return versioned_json(SCHEMA, SCHEMA_VERSION, asdict(session))


def from_json(text: str, notes: list[str] | None = None) -> Session:
    """Build a session from JSON; raise ValueError saying what is wrong.

    Values are checked strictly: a SURE answer must be true or false (never "no"), a quiz
    answer a whole number. ``notes`` (if given) gets a line for anything repaired on
    reading (lone surrogates replaced).
    """
    data, version = read_versioned_json(text, SCHEMA, "session", notes)
    if version > SCHEMA_VERSION:
        raise _NewerSchema(version)
    decision = data.get("decision") or {}
    if not isinstance(decision, dict):
        raise ValueError("'decision' must be an object")
    if version == 1:
        try:
            decision = migrate_v1_decision(decision)
        except ValueError as exc:
            raise ValueError(f"the session file is damaged: {exc}") from exc
    try:
        session = Session(
            aid_id=_str(data, "aid_id", required=True),
            aid_version=_str(data, "aid_version", required=True),
            aid_language=_str(data, "aid_language", required=True),
            setting=_str(data, "setting") or "consultation",
            patient_name=_str(data, "patient_name"),
            clinician_name=_str(data, "clinician_name"),
            id=_id(_str(data, "id")) or _new_id(),
            created=_str(data, "created") or _now(),
            updated=_str(data, "updated") or _now(),
            aid_fingerprint={
                k: _text(v, "fingerprints") for k, v in _dict(data, "aid_fingerprint").items()
            },
            current_step=_str(data, "current_step") or "about",
            visited=[str(s) for s in _list(data, "visited") if s in ALL_STEPS],
            route=_str(data, "route") or FULL,
            compare_options=None
            if data.get("compare_options") is None
            else _texts(data, "compare_options"),
            outcome_scale=_scale(data.get("outcome_scale")),
            ratings={str(k): _rating(v) for k, v in _dict(data, "ratings").items()},
            other_matters=_str(data, "other_matters"),
            quiz_answers={
                str(k): _whole(v, "quiz answers") for k, v in _dict(data, "quiz_answers").items()
            },
            sure={str(k): _yes_no(v) for k, v in _dict(data, "sure").items() if k in SURE_ITEMS},
            decision=Decision(
                status=_status(_str(decision, "status")),
                options=_unique(_texts(decision, "options")),
                more_time=_bool(decision.get("more_time"), "more_time"),
                after_sure=_after_sure(_str(decision, "after_sure")),
                involve=_str(decision, "involve"),
                next_steps=_str(decision, "next_steps"),
                questions_ticked=_texts(decision, "questions_ticked"),
                own_questions=_texts(decision, "own_questions"),
                clinician_notes=_str(decision, "clinician_notes"),
            ),
            collaborate=_collaborate(_dict(data, "collaborate")),
        )
    except (TypeError, ValueError) as exc:
        raise ValueError(f"the session file is damaged: {exc}") from exc
    if session.setting not in SETTINGS:
        raise ValueError(f"unknown setting {session.setting!r}")
    if session.current_step not in ALL_STEPS:
        session.current_step = "about"
    if session.route not in ROUTES:
        session.route = FULL
    return session


def migrate_v1_decision(old: dict[str, Any]) -> dict[str, Any]:
    """A schema-1 decision (one ``choice``) as schema 2 (a status and options).

    An option id becomes a plan of that one option; "not-decided" stays not decided with
    no leaning; "more-time" is not decided, wanting more time; no choice stays unanswered.
    Every other field is kept as it was.
    """
    new = {k: v for k, v in old.items() if k != "choice"}
    choice = _str(old, "choice")
    if not choice:
        new.update(status=None, options=[], more_time=False)
    elif choice == NOT_DECIDED:
        new.update(status=NOT_DECIDED, options=[], more_time=False)
    elif choice == MORE_TIME:
        new.update(status=NOT_DECIDED, options=[], more_time=True)
    else:
        new.update(status=DECIDED, options=[choice], more_time=False)
    new["after_sure"] = ""
    return new


def _status(value: str) -> str | None:
    if not value:
        return None
    if value not in DECISION_STATUSES:
        raise ValueError(f"unknown decision status {value[:40]!r}")
    return value


def _after_sure(value: str) -> str:
    if value and value not in SURE_ANSWERS:
        raise ValueError(f"unknown answer to the SURE question {value[:40]!r}")
    return value


def _bool(value: Any, what: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(f"{what!r} must be true or false, not {value!r}")
    return value


class _NewerSchema(ValueError):
    def __init__(self, version: int):
        super().__init__(
            f"this session was saved by a newer SDM Aid (file format {version}); "
            "update SDM Aid to open it"
        )


def _str(data: dict[str, Any], key: str, required: bool = False) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise ValueError(f"{key!r} is missing")
        return ""
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be text")
    return value


def _dict(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"{key!r} must be an object")
    return value


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f"{key!r} must be a list")
    return value


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be text, not {value!r}")
    return value


def _texts(data: dict[str, Any], key: str) -> list[str]:
    """A list of text: a number or a mapping in it means a damaged file, not text."""
    return [_text(v, f"each of {key!r}") for v in _list(data, key)]


def _id(value: str) -> str:
    if value and not SAFE_ID.match(value):
        raise ValueError(f"the id {value[:40]!r} is not letters, digits, '-' and '_'")
    return value


def _scale(value: Any) -> int | None:
    """100 or 1000 as whole numbers (100.0 is not read as 100); anything else is unset."""
    return value if type(value) is int and value in (100, 1000) else None


def _whole(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} must be whole numbers, not {value!r}")
    return value


def _yes_no(value: Any) -> bool:
    """A SURE answer: JSON true or false only. "no" is not read as yes."""
    if not isinstance(value, bool):
        raise ValueError(f"SURE answers must be true or false, not {value!r}")
    return value


def _rating(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("ratings must be whole numbers")
    if not RATING_MIN <= value <= RATING_MAX:  # refused, never quietly made 0 or 10
        raise ValueError(f"ratings go from {RATING_MIN} to {RATING_MAX}, not {value}")
    return value


def _collaborate_score(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("CollaboRATE scores must be whole numbers")
    if not COLLABORATE_MIN <= value <= COLLABORATE_MAX:
        raise ValueError(
            f"CollaboRATE scores go from {COLLABORATE_MIN} to {COLLABORATE_MAX}, not {value}"
        )
    return value


def _collaborate(raw: dict[str, Any]) -> dict[str, int]:
    """Known items with whole-number scores; a non-number means a damaged file.

    A score outside 0-4 is left out (treated as not answered), never clamped: it may come
    from another version of the scale (such as 0-9), and clamping would invent answers.
    """
    scores = {}
    for key, value in raw.items():
        if key not in COLLABORATE_ITEMS:
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("CollaboRATE scores must be whole numbers")
        if COLLABORATE_MIN <= value <= COLLABORATE_MAX:
            scores[key] = value
    return scores


def save_session(session: Session, path: Path) -> None:
    """Write atomically, readable by the owner only (patient data)."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_text(path, to_json(session), mode=FILE_MODE)


def load_session(path: Path, notes: list[str] | None = None, in_store: bool = False) -> Session:
    """Read a session file. A damaged one is reported, never deleted; in the app's own
    sessions folder it is also moved aside, so that it is not met again at every start.

    Read through the guarded path (:mod:`sdm_aid.core.safe_read`): a regular file of at
    most ``safe_read.SESSION_LIMIT`` bytes. A file that is not a regular file, or a link
    out of its folder, is refused and left where it is. ``notes`` (if given) gets a line
    for anything repaired on reading. ``in_store``: the file is in the app's own sessions
    folder, where anything that is not a readable session (a pipe, a link out) is moved
    aside too, so that it is not met again at every start.
    """
    try:
        text = safe_read.read_text(path, safe_read.SESSION_LIMIT)
        return from_json(text, notes)
    except _NewerSchema as exc:
        raise SessionError(f"Cannot open {path.name}: {exc}.") from exc
    except safe_read.ReadError as exc:
        if exc.kind == "unreadable" or (exc.kind not in ("too-large", "not-text") and not in_store):
            raise SessionError(f"Cannot open {path.name}: {exc.reason}.") from exc
        reason: Exception = exc
    except ValueError as exc:
        reason = exc
    if not in_store:  # a file the person named (a USB stick, a shared folder) stays as it is
        raise SessionError(f"{path.name} is damaged and cannot be opened ({reason}).")
    moved, where = set_aside(path)
    raise SessionError(f"{path.name} is damaged and cannot be opened ({reason}).{where}", moved)


@dataclass(frozen=True)
class SessionSummary:
    path: Path
    id: str
    aid_id: str
    aid_version: str
    patient_name: str
    setting: str
    current_step: str
    updated: str
    finished: bool


class SessionStore:
    """The folder of autosaved sessions (in the user data folder)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path_for(self, session: Session) -> Path:
        """The session's file in the folder; an id that could name another place is refused."""
        if not SAFE_ID.match(session.id):
            raise ValueError(f"the session id {session.id!r} cannot be a file name")
        return self.folder / f"{session.id}{SUFFIX}"

    def save(self, session: Session) -> Path:
        path = self.path_for(session)
        save_session(session, path)
        return path

    def summaries(self) -> tuple[list[SessionSummary], list[SessionError]]:
        """Every readable session, newest first, and the problems with the others.

        A damaged file is moved aside to ``….corrupt`` (see :func:`load_session`), so one
        bad autosave never stops the list at start-up.
        """
        return summarise_folder(
            self.folder,
            SUFFIX,
            lambda path: load_session(path, in_store=True),
            SessionError,
            lambda path, s: SessionSummary(
                path,
                s.id,
                s.aid_id,
                s.aid_version,
                s.patient_name,
                s.setting,
                s.current_step,
                s.updated,
                s.finished,
            ),
        )

    def delete(self, path: Path) -> None:
        """Remove a session file of this folder for good (not moved aside), with its lock
        file (``….sdm.json.lock``) if one is left. A path outside the folder is refused."""
        if path.parent.resolve() != self.folder.resolve() or not path.name.endswith(SUFFIX):
            raise ValueError(f"{path.name} is not a session in {self.folder}")
        path.unlink(missing_ok=True)
        path.with_name(path.name + ".lock").unlink(missing_ok=True)

    def unfinished(self) -> list[SessionSummary]:
        return [s for s in self.summaries()[0] if not s.finished]
