"""Routes and step status from the session's answers (issue 14)."""

from __future__ import annotations

import pytest

from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.route import (
    DONE,
    NOT_STARTED,
    STARTED,
    first_to_do,
    other_steps,
    route_steps,
    step_status,
)
from sdm_aid.core.session import (
    ALL_STEPS,
    MATTERS_A_LOT,
    SHORT,
    SHORT_ROUTE,
    STEPS,
    from_json,
    new_session,
    to_json,
)
from support import EXAMPLE


@pytest.fixture
def aid():  # type: ignore[no-untyped-def]
    return load_aid_or_raise(EXAMPLE)


def test_the_routes_and_the_steps_one_click_away(aid) -> None:  # type: ignore[no-untyped-def]
    s = new_session(aid)
    assert route_steps(s) == STEPS and set(other_steps(s)) == {"brief", "key-figures", "matters"}
    s.route = SHORT
    assert route_steps(s) == SHORT_ROUTE
    assert set(other_steps(s)) == {"about", "options", "outcomes", "preferences", "quiz"}
    assert set(route_steps(s)) | set(other_steps(s)) == set(ALL_STEPS)
    assert from_json(to_json(s)).route == SHORT


def test_visiting_is_not_answering(aid) -> None:  # type: ignore[no-untyped-def]
    """Seen but unanswered question steps are not done (the ticks once meant visited)."""
    s = new_session(aid)
    for step in STEPS:
        s.go_to(step)
    for step in ("preferences", "quiz", "sure", "decision"):
        assert step_status(s, aid, step) == NOT_STARTED, step
    for step in ("about", "options", "compare", "outcomes"):
        assert step_status(s, aid, step) == DONE, step


def test_started_and_done_follow_the_answers(aid) -> None:  # type: ignore[no-untyped-def]
    s = new_session(aid)
    s.ratings = {aid.preferences[0].id: 3}
    assert step_status(s, aid, "preferences") == STARTED
    s.ratings = {p.id: 5 for p in aid.preferences}
    assert step_status(s, aid, "preferences") == DONE
    s.sure = {"sure": True}
    assert step_status(s, aid, "sure") == STARTED
    s.sure = dict.fromkeys(("sure", "understand", "values", "support"), False)
    assert step_status(s, aid, "sure") == DONE
    s.decision.next_steps = "Physio"
    assert step_status(s, aid, "decision") == STARTED
    s.decision.decide(["exercise", "wait"])
    assert step_status(s, aid, "decision") == DONE
    assert step_status(s, aid, "matters") == NOT_STARTED
    s.ratings[aid.preferences[0].id] = MATTERS_A_LOT
    assert step_status(s, aid, "matters") == DONE


def test_up_to_three_statements_matter_most_as_ratings(aid) -> None:  # type: ignore[no-untyped-def]
    s = new_session(aid)
    ids = [p.id for p in aid.preferences]
    assert len(ids) >= 3
    s.ratings[ids[0]] = 9  # rated higher on the full route: kept
    for pid in ids[1:3]:
        assert s.mark_matters(pid, True)
    assert s.ratings[ids[0]] == 9 and s.ratings[ids[1]] == MATTERS_A_LOT
    extra = new_session(aid)
    extra.ratings = dict.fromkeys(ids[:3], MATTERS_A_LOT)
    if len(ids) > 3:
        assert not extra.mark_matters(ids[3], True) and ids[3] not in extra.ratings
    assert extra.mark_matters(ids[0], False) and ids[0] not in extra.ratings


def test_a_session_prepared_at_home_starts_where_the_patient_got_to(aid) -> None:  # type: ignore[no-untyped-def]
    s = new_session(aid, "home")
    for step in ("about", "options", "compare", "outcomes"):
        s.go_to(step)
    s.ratings = {aid.preferences[0].id: 8}
    s.route = SHORT
    assert first_to_do(s, aid) == "sure"  # brief, compare, key figures, matters: done
    s.sure = dict.fromkeys(("sure", "understand", "values", "support"), True)
    assert first_to_do(s, aid) == "decision"
