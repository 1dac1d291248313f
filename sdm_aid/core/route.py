"""Which steps a session goes through, and how far each has got (Qt-free).

The full route is the nine steps; the consultation route (``SHORT_ROUTE``) is shorter, for
a 10-minute consultation, with every other step one click away. A step's status comes
from the session's answers, not from having been looked at: a step of questions is
"started" when some are answered and "done" when all are; a step with nothing to answer
(reading, comparing) is done once it has been shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sdm_aid.core.session import ALL_STEPS, SHORT, SHORT_ROUTE, STEPS, SURE_ITEMS

if TYPE_CHECKING:
    from sdm_aid.core.model import Aid
    from sdm_aid.core.session import Session

NOT_STARTED, STARTED, DONE = "not-started", "started", "done"
STATUSES = (NOT_STARTED, STARTED, DONE)
# Steps of the two routes that show the same thing in more or fewer words: what was done
# on one counts on the other (the about step and the brief, the outcomes and key figures).
SAME_AS = {"brief": "about", "about": "brief", "key-figures": "outcomes", "outcomes": "key-figures"}


def route_steps(session: Session) -> tuple[str, ...]:
    """The steps Back and Next go through, in order."""
    return SHORT_ROUTE if session.route == SHORT else STEPS


def other_steps(session: Session) -> tuple[str, ...]:
    """The steps not on the session's route, one click away in the step list."""
    on_route = route_steps(session)
    return tuple(s for s in ALL_STEPS if s not in on_route)


def _seen(session: Session, step: str) -> bool:
    seen = (*session.visited, session.current_step)
    return step in seen or SAME_AS.get(step, "") in seen


def _of(answered: int, total: int) -> str:
    if answered == 0:
        return NOT_STARTED
    return DONE if answered >= total else STARTED


def step_status(session: Session, aid: Aid, step: str) -> str:
    """NOT_STARTED, STARTED or DONE, from the session's answers."""
    if step == "preferences":
        rated = sum(1 for p in aid.preferences if p.id in session.ratings)
        if not rated and session.other_matters.strip():
            return STARTED
        return _of(rated, len(aid.preferences))
    if step == "matters":
        return DONE if session.matters_most() else NOT_STARTED
    if step == "quiz":
        answered = sum(1 for i in range(len(aid.quiz)) if str(i) in session.quiz_answers)
        if not aid.quiz:
            return DONE if _seen(session, step) else NOT_STARTED
        return _of(answered, len(aid.quiz))
    if step == "sure":
        return _of(sum(1 for i in SURE_ITEMS if i in session.sure), len(SURE_ITEMS))
    if step == "decision":
        d = session.decision
        if d.kind is not None:
            return DONE
        typed = d.involve or d.next_steps or d.questions_ticked or d.own_questions
        return STARTED if typed or d.options or d.status else NOT_STARTED
    if step == "summary":
        return DONE if session.finished else (STARTED if _seen(session, step) else NOT_STARTED)
    return DONE if _seen(session, step) else NOT_STARTED


def first_to_do(session: Session, aid: Aid) -> str:
    """The first step of the route not done yet (the summary when every one is)."""
    for step in route_steps(session):
        if step_status(session, aid, step) != DONE:
            return step
    return route_steps(session)[-1]
