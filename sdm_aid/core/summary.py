"""The summary of a shared decision: one Qt-free model that every format renders from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

import jinja2

from sdm_aid.core.model import Aid
from sdm_aid.core.presentation import plain
from sdm_aid.core.risk_words import certainty_words, frequency_sentence
from sdm_aid.core.session import MORE_TIME, NOT_DECIDED, SURE_HELP, SURE_ITEMS, Session
from sdm_aid.paths import resources_dir


@dataclass(frozen=True)
class OutcomeLine:
    label: str
    timeframe: str
    sentences: tuple[tuple[str, str], ...]  # (option title, sentence)
    certainty: str
    source: str


@dataclass(frozen=True)
class QuizLine:
    question: str
    right: bool
    answered: bool
    explanation: str


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


def build_summary(session: Session, aid: Aid, today: dt.date | None = None) -> Summary:
    chosen = session.compare_options or list(aid.option_ids)
    options = [o for o in aid.options if o.id in chosen] or list(aid.options)
    outcomes = []
    for outcome in aid.outcomes:
        sentences = tuple(
            (
                o.title,
                frequency_sentence(
                    outcome.values[o.id], outcome.denominator, outcome.label, outcome.timeframe
                ),
            )
            for o in options
            if o.id in outcome.values
        )
        source = aid.meta.source(outcome.source)
        outcomes.append(
            OutcomeLine(
                outcome.label,
                outcome.timeframe,
                sentences,
                certainty_words(outcome.certainty),
                source.title if source else outcome.source,
            )
        )
    ratings = sorted(
        ((p.statement, session.ratings[p.id]) for p in aid.preferences if p.id in session.ratings),
        key=lambda r: -r[1],
    )
    quiz = tuple(
        QuizLine(
            q.question,
            session.quiz_answers.get(str(i)) == q.answer,
            str(i) in session.quiz_answers,
            q.explanation,
        )
        for i, q in enumerate(aid.quiz)
    )
    choice = session.decision.choice
    if choice == NOT_DECIDED or choice is None:
        decision, decided = "Not decided yet.", False
    elif choice == MORE_TIME:
        decision, decided = "I would like more time to decide.", False
    else:
        option = aid.option(choice)
        decision, decided = (option.title if option else choice), True
    sure = session.sure_score()
    approval = aid.meta.approved_by
    return Summary(
        date=(today or dt.date.today()).isoformat(),
        setting="Together in a consultation"
        if session.setting == "consultation"
        else "Preparing on my own",
        patient_name=session.patient_name,
        clinician_name=session.clinician_name,
        aid_title=aid.meta.title,
        aid_id=aid.id,
        aid_version=aid.meta.version,
        last_reviewed=aid.meta.last_reviewed.isoformat(),
        approved=f"{approval.name}, {approval.role}" if approval else None,
        options=tuple(o.title for o in options),
        outcomes=tuple(outcomes),
        top_matters=tuple(r for r in ratings if r[1] >= 7) or tuple(ratings[:3]),
        other_matters=session.other_matters.strip(),
        quiz=quiz,
        quiz_score=session.quiz_score(aid),
        sure_score=sure,
        sure_help=tuple(
            SURE_HELP[i]
            for i in SURE_ITEMS
            if sure is not None and sure < 4 and not session.sure.get(i)
        ),
        decision=decision,
        decided=decided,
        involve=session.decision.involve.strip(),
        next_steps=session.decision.next_steps.strip(),
        questions=tuple(session.decision.questions_ticked + session.decision.own_questions),
        clinician_notes=session.decision.clinician_notes.strip(),
        sources=tuple(
            f"{s.title}. {s.publisher}, {s.year}. {s.link or ''}".strip() for s in aid.meta.sources
        ),
    )


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(resources_dir() / "templates"),
        autoescape=True,  # nothing a person typed can inject markup
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_screen_html(summary: Summary) -> str:
    return _environment().get_template("summary_screen.html.j2").render(s=summary, plain=plain)
