"""The summary of a shared decision: one Qt-free model that every format renders from.

:func:`build_summary` turns a session and its aid into a :class:`Summary`: plain data, in
plain language, with nothing left to work out. The app's summary step
(:func:`render_screen_html`), the exported HTML, PDF, Markdown, text and JSON
(:mod:`sdm_aid.core.export`) all render this one object, so every format says the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

import jinja2
import markupsafe

from sdm_aid.core.model import Aid
from sdm_aid.core.outcome_layout import NoFigure
from sdm_aid.core.presentation import TextBlock, plain, source_line, text_blocks
from sdm_aid.core.risk_words import lower_first, number
from sdm_aid.core.session import (
    DECIDED,
    MATTERS_A_LOT,
    MORE_TIME,
    RECORD_NOW,
    SURE_ITEMS,
    SURE_QUESTIONS,
    Session,
)
from sdm_aid.core.summary_outcomes import (
    OptionFigure,
    OutcomeLine,
    StudyLine,
    outcome_lines,
    summary_denominator,
)
from sdm_aid.core.template_cache import template_cache
from sdm_aid.paths import resources_dir

__all__ = [
    "NoFigure",
    "OptionFigure",
    "OutcomeLine",
    "StudyLine",
    "Summary",
    "build_summary",
    "environment",
    "render_screen_html",
]

# What a "no" to each SURE item means, in the few words a health record needs.
SURE_GAPS = {
    "sure": "not sure of the best choice",
    "understand": "unclear about benefits and risks",
    "values": "unclear about what matters most",
    "support": "not enough support",
}
# What the person said when a SURE score below 4 asked whether to record the decision now.
AFTER_SURE_WORDS = {
    RECORD_NOW: "Asked after the SURE test, chose to record the decision now.",
    MORE_TIME: "Asked after the SURE test, chose to take more time before deciding.",
}
SETTING_WORDS = {
    "consultation": "Together in a consultation",
    "home": "Preparing on my own",
}


@dataclass(frozen=True)
class QuizLine:
    question: str
    right: bool
    answered: bool
    explanation: str
    given: str = ""  # the answer chosen, if any
    answer: str = ""  # the right answer


@dataclass(frozen=True)
class OptionLine:
    id: str
    title: str
    summary: str  # one or two plain sentences from the aid
    chosen: bool


@dataclass(frozen=True)
class Summary:
    date: str
    setting: str
    patient_name: str
    clinician_name: str
    aid_title: str
    aid_id: str
    aid_version: str
    last_reviewed: str
    approved: str | None
    options: tuple[str, ...]
    outcomes: tuple[OutcomeLine, ...]
    top_matters: tuple[tuple[str, int], ...]
    other_matters: str
    quiz: tuple[QuizLine, ...]
    quiz_score: tuple[int, int]
    sure_score: int | None
    sure_help: tuple[str, ...]
    decision: str
    decided: bool
    involve: str
    next_steps: str
    questions: tuple[str, ...]
    clinician_notes: str
    sources: tuple[str, ...] = field(default=())
    # Added for the exported copies; defaults keep older callers working.
    setting_id: str = "consultation"
    aid_language: str = ""
    aid_status: str = ""
    approval_status: str = ""  # a plain sentence: approved by whom, or not yet approved
    made_with_version: str | None = None  # the aid version the session used, if different
    option_lines: tuple[OptionLine, ...] = ()
    choice: str | None = None  # the decision's kind: DECIDED, NOT_DECIDED, MORE_TIME or None
    chosen: tuple[str, ...] = ()  # the option ids of the plan (one or more), if decided
    leaning: tuple[str, ...] = ()  # the titles of the options leant towards, if not decided
    after_sure: str = ""  # AFTER_SURE_WORDS, when a SURE score below 4 asked
    leaning_ids: tuple[str, ...] = ()
    date_words: str = ""  # the date in words in the aid's language ("2 March 2026")
    after_sure_id: str = ""  # RECORD_NOW, MORE_TIME or ""
    sure_items: tuple[tuple[str, bool | None], ...] = ()  # (question, yes/no/not answered)
    sure_gaps: tuple[str, ...] = ()  # SURE_GAPS for each item answered "no"
    scale: int | None = None  # the one denominator of every figure (None: each its own)
    safety: tuple[TextBlock, ...] = ()  # the aid's warning signs (its `safety` section)

    @property
    def chosen_figures(self) -> tuple[tuple[OutcomeLine, OptionFigure], ...]:
        """The real figures for the chosen option, with their outcomes (empty if not
        decided): no unknown or not-applicable ones, one per study that has it."""
        if not self.decided:
            return ()
        return tuple((o, f) for o in self.outcomes for f in o.figures if f.option_id in self.chosen)

    @property
    def chosen_gaps(self) -> tuple[int, int]:
        """How many outcomes the chosen option cannot have, and how many have no reliable
        figure for it: (not applicable, unknown); (0, 0) if not decided."""
        if not self.decided:
            return 0, 0
        kinds = [n.kind for o in self.outcomes for n in o.no_figures if n.option_id in self.chosen]
        return kinds.count("not_applicable"), kinds.count("unknown")

    @property
    def people(self) -> str:
        """Who took part, as a phrase: "Ann Example with Dr Rao", or ""."""
        names = [n for n in (self.patient_name, self.clinician_name) if n]
        return " with ".join(names)


def _session_date(session: Session) -> dt.date:
    """The day of the session's last change, in local time; today if it cannot be read."""
    try:
        return dt.datetime.fromisoformat(session.updated).astimezone().date()
    except ValueError:
        return dt.date.today()


def _title(aid: Aid, option_id: str) -> str:
    option = aid.option(option_id)
    return option.title if option else option_id


def plan_words(titles: list[str] | tuple[str, ...]) -> str:
    """A plan of one or more options in words: "A", "A, together with b", "A, b, together
    with c". ("and" alone would blur titles that have an "and" of their own.)"""
    if not titles:
        return ""
    first, *rest = titles
    if not rest:
        return first
    *middle, last = rest
    return ", ".join([first, *(lower_first(t) for t in middle)]) + (
        f", together with {lower_first(last)}"
    )


def decision_words(
    kind: str | None, chosen: list[str], leaning: tuple[str, ...] | list[str]
) -> tuple[str, bool]:
    """The decision as a sentence, and whether one was made."""
    if kind == DECIDED and chosen:
        return plan_words(chosen), True
    towards = f" Leaning towards {lower_first(plan_words(list(leaning)))}." if leaning else ""
    if kind == MORE_TIME:
        return "Not decided yet: I would like more time to decide." + towards, False
    return "Not decided yet." + towards, False


def date_in_words(day: dt.date, language: str) -> str:
    """The date written in words in ``language`` (a BCP 47 tag such as en-GB), with Babel's
    locale data (no network): "2 March 2026"; ISO 8601 for a language Babel does not know.
    (:mod:`sdm_aid.core.long_dates` keeps what it needs from that data between runs.)"""
    from sdm_aid.core.long_dates import date_in_words as in_words

    return in_words(day, language)


def _safety(aid: Aid) -> tuple[TextBlock, ...]:
    """The aid's warning signs as plain paragraphs and lists, for the patient's copies
    (empty if it has none)."""
    section = aid.sections.get("safety")
    return text_blocks(section.html) if section is not None else ()


def build_summary(session: Session, aid: Aid, today: dt.date | None = None) -> Summary:
    """The summary of ``session`` with ``aid`` (which may be newer than the session's).

    ``today`` is the date the summary shows; by default the day the session last changed.
    """
    options = session.shown_options(aid)
    outcomes = outcome_lines(aid, [o.id for o in options], session.outcome_scale)
    ratings = sorted(
        ((p.statement, session.ratings[p.id]) for p in aid.preferences if p.id in session.ratings),
        key=lambda r: -r[1],
    )
    quiz = []
    for i, q in enumerate(aid.quiz):
        given = session.quiz_answers.get(str(i))
        quiz.append(
            QuizLine(
                question=q.question,
                right=given == q.answer,
                answered=given is not None,
                explanation=q.explanation,
                given=q.choices[given] if given is not None and 0 <= given < len(q.choices) else "",
                answer=q.choices[q.answer] if 0 <= q.answer < len(q.choices) else "",
            )
        )
    kind = session.decision.kind
    chosen = tuple(session.decision.chosen)
    leaning = tuple(_title(aid, o) for o in session.decision.leaning)
    decision, decided = decision_words(kind, [_title(aid, o) for o in chosen], leaning)
    sure = session.sure_score()
    approval = aid.meta.approved_by
    if approval:
        when = f" on {approval.date.isoformat()}" if approval.date else ""
        approval_status = f"Clinically approved by {approval.name}, {approval.role}{when}."
    else:
        approval_status = "Not yet clinically approved."
    day = today or _session_date(session)
    return Summary(
        date=day.isoformat(),
        date_words=date_in_words(day, aid.meta.language),
        setting=SETTING_WORDS.get(session.setting, session.setting),
        patient_name=session.patient_name.strip(),
        clinician_name=session.clinician_name.strip(),
        aid_title=aid.meta.title,
        aid_id=aid.id,
        aid_version=aid.meta.version,
        last_reviewed=aid.meta.last_reviewed.isoformat(),
        approved=f"{approval.name}, {approval.role}" if approval else None,
        options=tuple(o.title for o in options),
        outcomes=outcomes,
        top_matters=tuple(r for r in ratings if r[1] >= MATTERS_A_LOT) or tuple(ratings[:3]),
        other_matters=session.other_matters.strip(),
        quiz=tuple(quiz),
        quiz_score=session.quiz_score(aid),
        sure_score=sure,
        sure_help=session.sure_help(),
        decision=decision,
        decided=decided,
        involve=session.decision.involve.strip(),
        next_steps=session.decision.next_steps.strip(),
        questions=tuple(
            q.strip()
            for q in session.decision.questions_ticked + session.decision.own_questions
            if q.strip()
        ),
        clinician_notes=session.decision.clinician_notes.strip(),
        sources=tuple(source_line(s) for s in aid.meta.sources),
        setting_id=session.setting,
        aid_language=aid.meta.language,
        # `published` without sign-off counts as a draft, and every copy says so.
        aid_status="draft" if aid.meta.is_draft else aid.meta.status,
        approval_status=approval_status,
        made_with_version=None if session.aid_version == aid.meta.version else session.aid_version,
        option_lines=tuple(
            OptionLine(o.id, o.title, o.summary_text.strip(), decided and o.id in chosen)
            for o in options
        ),
        choice=kind,
        chosen=chosen,
        leaning=leaning,
        after_sure=AFTER_SURE_WORDS.get(session.decision.after_sure, ""),
        leaning_ids=tuple(session.decision.leaning),
        after_sure_id=session.decision.after_sure,
        sure_items=tuple((SURE_QUESTIONS[i], session.sure.get(i)) for i in SURE_ITEMS),
        sure_gaps=tuple(SURE_GAPS[i] for i in SURE_ITEMS if session.sure.get(i) is False),
        scale=summary_denominator(aid, session.outcome_scale),
        safety=_safety(aid),
    )


def _autoescape(name: str | None) -> bool:
    """Escape everything but the Markdown and plain-text templates (which escape their own
    way): nothing a person typed can inject markup into HTML."""
    return name is None or not name.endswith((".md.j2", ".txt.j2"))


LONG_TEXT = 2000  # characters in one paragraph of the PDF, at most (see _br)
PDF_TEXT_LIMIT = 1_000_000  # characters of one typed text in the PDF (about 170 pages)


def _pieces(line: str, size: int) -> list[str]:
    """``line`` cut into pieces of at most ``size`` characters, at a space where there is
    one in the second half of the piece; nothing is left out but the spaces cut at."""
    pieces, start = [], 0
    while len(line) - start > size:
        cut = line.rfind(" ", start + size // 2, start + size + 1)
        if cut < 0:
            pieces.append(line[start : start + size])
            start += size
        else:
            pieces.append(line[start:cut])
            start = cut + 1
    return [*pieces, line[start:]] if start < len(line) else pieces


@jinja2.pass_context
def _br(context: jinja2.runtime.Context, text: str) -> markupsafe.Markup:
    """Escaped text with its line breaks kept as ``<br>`` (for notes people typed).

    For Qt (the PDF), text longer than :data:`LONG_TEXT` is cut into paragraphs of at most
    that length: Qt lays out one paragraph in more than linear time, and a note of a few
    megabytes took minutes. Every character is kept, up to :data:`PDF_TEXT_LIMIT`; beyond
    that (hundreds of pages) the PDF says how much more there is and where to find it.
    """
    br = markupsafe.Markup("<br>")
    cut = ""
    if context.get("qt") and len(text) > PDF_TEXT_LIMIT:
        end = text.rfind(" ", PDF_TEXT_LIMIT - 100, PDF_TEXT_LIMIT)
        end = end if end > 0 else PDF_TEXT_LIMIT
        cut = (
            f"[This text goes on for {len(text) - end:,} more characters, too many to "
            "print. All of it is in the session file and in the web page, text and JSON "
            "exports.]"
        )
        text = text[:end]
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not context.get("qt") or len(text) <= LONG_TEXT:
        return br.join(markupsafe.escape(line) for line in lines)
    groups: list[list[str]] = [[]]
    size = 0
    for line in lines:
        for piece in _pieces(line, LONG_TEXT):
            if groups[-1] and size + len(piece) > LONG_TEXT:
                groups.append([])
                size = 0
            groups[-1].append(piece)
            size += len(piece)
    paragraphs = [br.join(markupsafe.escape(piece) for piece in group) for group in groups]
    if cut:
        paragraphs.append(markupsafe.Markup("<i>%s</i>") % cut)
    return markupsafe.Markup("</p><p>").join(paragraphs)


@cache
def environment() -> jinja2.Environment:
    """The one jinja2 environment for every summary template (in resources/templates)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(resources_dir() / "templates"),
        autoescape=_autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        bytecode_cache=template_cache(),
    )
    env.globals["plain"] = plain
    env.filters["br"] = _br
    env.filters["number"] = number
    env.filters["lower_first"] = lower_first
    env.filters["capitalize_first"] = lambda text: str(text)[:1].upper() + str(text)[1:]
    return env


SCREEN_TEMPLATE = "summary_screen.html.j2"


def prepare_screen_template() -> None:
    """Load jinja2 and compile the on-screen summary ahead of its first use.

    The app calls this in a worker thread once the library is listed, so that the first
    visit to the summary step does not wait for them.
    """
    environment().get_template(SCREEN_TEMPLATE)


def render_screen_html(summary: Summary) -> str:
    """The summary as the app shows it on screen and prints it (Qt rich-text HTML)."""
    return environment().get_template(SCREEN_TEMPLATE).render(s=summary, plain=plain)
