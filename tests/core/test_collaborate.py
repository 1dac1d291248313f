"""CollaboRATE in the session model: wording, scoring and the session file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sdm_aid.core.model import Aid
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.session import (
    COLLABORATE_ITEMS,
    COLLABORATE_MAX,
    COLLABORATE_MIN,
    COLLABORATE_QUESTIONS,
    COLLABORATE_SCALE,
    SCHEMA_VERSION,
    from_json,
    load_session,
    new_session,
    save_session,
    to_json,
)
from support import EXAMPLE


@pytest.fixture
def aid() -> Aid:
    return load_aid_or_raise(EXAMPLE)


def test_three_items_in_plain_words_on_a_five_point_scale() -> None:
    assert COLLABORATE_ITEMS == ("understand", "listen", "include")
    assert set(COLLABORATE_QUESTIONS) == set(COLLABORATE_ITEMS)
    assert "understand your health issues" in COLLABORATE_QUESTIONS["understand"]
    assert "listen to the things that matter most" in COLLABORATE_QUESTIONS["listen"]
    assert "choosing what to do next" in COLLABORATE_QUESTIONS["include"]
    assert (COLLABORATE_MIN, COLLABORATE_MAX) == (0, 4)
    assert list(COLLABORATE_SCALE) == [0, 1, 2, 3, 4]
    assert COLLABORATE_SCALE[0] == "No effort was made"
    assert COLLABORATE_SCALE[4] == "Every effort was made"


def test_top_score_needs_all_three_at_the_top(aid: Aid) -> None:
    session = new_session(aid)
    assert session.collaborate == {}
    assert session.collaborate_top_score() is None
    session.answer_collaborate("understand", 4)
    session.answer_collaborate("listen", 4)
    assert session.collaborate_top_score() is None  # one still unanswered
    session.answer_collaborate("include", 3)
    assert session.collaborate_top_score() is False
    session.answer_collaborate("include", 4)
    assert session.collaborate_top_score() is True
    session.answer_collaborate("listen", None)
    assert session.collaborate_top_score() is None and "listen" not in session.collaborate


@pytest.mark.parametrize(("item", "score"), [("nope", 2), ("listen", 5), ("listen", -1)])
def test_answer_collaborate_rejects_bad_items_and_scores(aid: Aid, item: str, score: int) -> None:
    session = new_session(aid)
    with pytest.raises(ValueError):
        session.answer_collaborate(item, score)
    assert session.collaborate == {}


def test_answer_collaborate_rejects_non_numbers(aid: Aid) -> None:
    session = new_session(aid)
    with pytest.raises(ValueError):
        session.answer_collaborate("listen", True)
    with pytest.raises(ValueError):
        session.answer_collaborate("listen", "4")  # type: ignore[arg-type]


def test_collaborate_round_trips_through_the_file(tmp_path: Path, aid: Aid) -> None:
    session = new_session(aid)
    session.collaborate = {"understand": 4, "listen": 2, "include": 0}
    path = tmp_path / "s.sdm.json"
    save_session(session, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["collaborate"] == {"understand": 4, "listen": 2, "include": 0}
    assert data["schema_version"] == SCHEMA_VERSION == 2
    loaded = load_session(path)
    assert loaded.collaborate == session.collaborate
    assert loaded.collaborate_top_score() is False


def test_older_files_without_collaborate_still_load(aid: Aid) -> None:
    data = json.loads(to_json(new_session(aid)))
    del data["collaborate"]
    session = from_json(json.dumps(data))
    assert session.collaborate == {} and session.collaborate_top_score() is None


def test_out_of_range_scores_and_unknown_items_are_left_out(aid: Aid) -> None:
    data = json.loads(to_json(new_session(aid)))
    data["collaborate"] = {"understand": 9, "listen": -1, "include": 4, "other": 4}
    session = from_json(json.dumps(data))
    assert session.collaborate == {"include": 4}  # 9 is not clamped to a top score


@pytest.mark.parametrize("bad", ["4", 3.5, True, None, [4]])
def test_non_number_scores_mean_a_damaged_file(aid: Aid, bad: object) -> None:
    data = json.loads(to_json(new_session(aid)))
    data["collaborate"] = {"listen": bad}
    with pytest.raises(ValueError, match="damaged"):
        from_json(json.dumps(data))


def test_collaborate_must_be_an_object(aid: Aid) -> None:
    data = json.loads(to_json(new_session(aid)))
    data["collaborate"] = [4, 4, 4]
    with pytest.raises(ValueError, match="damaged"):
        from_json(json.dumps(data))
