from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from sdm_aid.core.model import Aid
from sdm_aid.core.parser import load_aid_or_raise, parse_aid
from sdm_aid.core.session import (
    DECIDED,
    MORE_TIME,
    NOT_DECIDED,
    RECORD_NOW,
    SURE_HELP,
    SessionError,
    SessionStore,
    adopt_aid,
    changes_since,
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


def test_new_session_records_the_aid_and_the_people(aid: Aid) -> None:
    session = new_session(aid, "home", patient_name="  Ann  ")
    assert (session.aid_id, session.aid_version, session.aid_language) == (
        "example-aid",
        "1.2.0",
        "en-GB",
    )
    assert session.patient_name == "Ann" and session.setting == "home"
    assert "option:injection" in session.aid_fingerprint
    with pytest.raises(ValueError):
        new_session(aid, "garden")


def test_prepared_at_home_then_continued_in_a_consultation(aid: Aid) -> None:
    session = new_session(aid, "home", patient_name="Ann")
    session.ratings = {"avoid-needles": 8}
    session.updated = "2000-01-01T00:00:00+00:00"
    session.continue_in("consultation", "  Ann Example ", " Dr Rao ")
    assert session.setting == "consultation"
    assert (session.patient_name, session.clinician_name) == ("Ann Example", "Dr Rao")
    assert session.ratings == {"avoid-needles": 8}  # the answers so far are kept
    assert session.updated != "2000-01-01T00:00:00+00:00"
    with pytest.raises(ValueError):
        session.continue_in("garden", "Ann", "")
    assert session.setting == "consultation" and session.patient_name == "Ann Example"


def test_round_trip_keeps_everything(tmp_path: Path, aid: Aid) -> None:
    session = new_session(aid, "consultation", "Ann", "Dr Rao")
    session.go_to("preferences")
    session.ratings = {"avoid-needles": 9, "quick-relief": 2}
    session.other_matters = "Caring for my mum <b>every day</b>"
    session.quiz_answers = {"0": 1}
    session.sure = {"sure": True, "understand": True, "values": False, "support": True}
    session.compare_options = ["exercise", "wait"]
    session.decision.decide(["exercise"])
    session.decision.own_questions = ["Can I still swim?"]
    path = tmp_path / "s.sdm.json"
    save_session(session, path)
    assert load_session(path) == session
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "sdm-aid/session" and data["schema_version"] == 2


def test_session_files_are_private(tmp_path: Path, aid: Aid) -> None:
    path = tmp_path / "private" / "s.sdm.json"
    save_session(new_session(aid), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe",
        b"[]",
        b'{"schema": "other"}',
        b'{"schema": "sdm-aid/session", "schema_version": 1}',
    ],
)
def test_damaged_file_is_moved_aside_never_deleted(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "s.sdm.json"
    path.write_bytes(content)
    with pytest.raises(SessionError) as named:  # a file the person named stays as it is
        load_session(path)
    assert path.read_bytes() == content and named.value.moved_to is None
    assert "damaged" in str(named.value)
    with pytest.raises(SessionError) as caught:  # in the app's own folder it is set aside
        load_session(path, in_store=True)
    assert not path.exists()
    assert caught.value.moved_to == tmp_path / "s.sdm.json.corrupt"
    assert caught.value.moved_to.read_bytes() == content
    assert "s.sdm.json.corrupt" in str(caught.value)
    path.write_bytes(content)  # a second damaged file does not overwrite the first
    with pytest.raises(SessionError) as again:
        load_session(path, in_store=True)
    assert again.value.moved_to == tmp_path / "s.sdm.json.1.corrupt"


def test_newer_format_is_not_moved(tmp_path: Path, aid: Aid) -> None:
    path = tmp_path / "s.sdm.json"
    data = json.loads(to_json(new_session(aid)))
    data["schema_version"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionError, match="newer SDM Aid"):
        load_session(path)
    assert path.exists()


def test_scores_and_neutral_alignment(aid: Aid) -> None:
    session = new_session(aid)
    assert session.sure_score() is None
    session.sure = {"sure": True, "understand": True, "values": False, "support": True}
    assert session.sure_score() == 3
    assert session.quiz_score(aid) == (0, 1)
    session.quiz_answers = {"0": 1}
    assert session.quiz_score(aid) == (1, 1)
    session.ratings = {"avoid-needles": 8, "quick-relief": 3, "own-control": 5}
    assert session.alignment(aid) == [("exercise", 13), ("injection", 3), ("wait", 8)]


def test_sure_help_names_each_question_not_answered_yes(aid: Aid) -> None:
    session = new_session(aid)
    assert session.sure_help() == ()  # not all answered
    session.sure = {"sure": True, "understand": True, "values": False, "support": False}
    assert session.sure_help() == (SURE_HELP["values"], SURE_HELP["support"])
    session.sure = dict.fromkeys(session.sure, True)
    assert session.sure_help() == ()  # 4 out of 4


def test_shown_options_keep_the_aid_order_and_fall_back_to_all(aid: Aid) -> None:
    session = new_session(aid)
    assert [o.id for o in session.shown_options(aid)] == list(aid.option_ids)
    session.compare_options = ["wait", "exercise"]
    assert [o.id for o in session.shown_options(aid)] == ["exercise", "wait"]
    session.compare_options = ["gone-in-this-version"]
    assert [o.id for o in session.shown_options(aid)] == list(aid.option_ids)


def test_changes_since_a_newer_aid_version(example_text: str, aid: Aid) -> None:
    session = new_session(aid)
    assert not changes_since(session, aid).any
    newer_text = example_text.replace("version: 1.2.0", "version: 1.3.0").replace(
        "  injection: 5\n", "  injection: 6\n"
    )
    newer = parse_aid(newer_text).aid
    assert newer is not None
    changes = changes_since(session, newer)
    assert changes.any and (changes.old_version, changes.new_version) == ("1.2.0", "1.3.0")
    assert changes.changed == ("outcome:skin-change",)
    label = next(o.label for o in newer.outcomes if o.id == "skin-change")
    assert changes.part_names(newer) == [f"“{label}”"]
    adopt_aid(session, newer)
    assert not changes_since(session, newer).any


def test_store_lists_unfinished_sessions_and_reports_damaged(tmp_path: Path, aid: Aid) -> None:
    store = SessionStore(tmp_path / "sessions")
    open_one = new_session(aid, patient_name="Ann")
    open_one.go_to("outcomes")
    done = new_session(aid, patient_name="Bo")
    done.decision.decide(["wait"])
    done.go_to("summary")
    later = new_session(aid)
    later.decision.not_yet(more_time=True)
    later.go_to("summary")
    for s in (open_one, done, later):
        store.save(s)
    (store.folder / "bad.sdm.json").write_text("{", encoding="utf-8")
    summaries, problems = store.summaries()
    assert len(summaries) == 3 and len(problems) == 1
    assert (store.folder / "bad.sdm.json.corrupt").exists()
    unfinished = {s.patient_name for s in store.unfinished()}
    assert unfinished == {"Ann", ""}


# -- schema 2: decisions as people make them ---------------------------------------------------

V1 = Path(__file__).resolve().parents[1] / "fixtures" / "sessions" / "v1"


@pytest.mark.parametrize("name", ["knee-decided", "example-undecided", "example-hostile"])
def test_a_version_1_fixture_migrates_to_the_version_2_fixture(name: str) -> None:
    """Each frozen schema-1 file reads as the schema-2 file the builder makes now."""
    old = json.loads((V1 / f"{name}.sdm.json").read_text(encoding="utf-8"))
    assert old["schema_version"] == 1 and "choice" in old["decision"]
    migrated = from_json(json.dumps(old))
    new_text = (V1.parent / f"{name}.sdm.json").read_text(encoding="utf-8")
    assert json.loads(new_text)["schema_version"] == 2
    assert migrated == from_json(new_text)
    assert json.loads(to_json(migrated)) == json.loads(new_text)


@pytest.mark.parametrize(
    ("choice", "status", "options", "more_time", "kind"),
    [
        ("exercise", DECIDED, ["exercise"], False, DECIDED),
        (NOT_DECIDED, NOT_DECIDED, [], False, NOT_DECIDED),
        (MORE_TIME, NOT_DECIDED, [], True, MORE_TIME),
        (None, None, [], False, None),
    ],
)
def test_every_version_1_choice_has_a_version_2_meaning(
    aid: Aid,
    choice: str | None,
    status: str | None,
    options: list[str],
    more_time: bool,
    kind: str | None,
) -> None:
    data = json.loads(to_json(new_session(aid)))
    data["schema_version"] = 1
    data["decision"] = {"choice": choice, "next_steps": "Physio", "clinician_notes": "BMI 31"}
    decision = from_json(json.dumps(data)).decision
    assert (decision.status, decision.options, decision.more_time) == (status, options, more_time)
    assert decision.kind == kind and decision.after_sure == ""
    assert (decision.next_steps, decision.clinician_notes) == ("Physio", "BMI 31")


def test_a_version_1_file_with_a_damaged_choice_is_refused(aid: Aid) -> None:
    data = json.loads(to_json(new_session(aid)))
    data["schema_version"] = 1
    data["decision"] = {"choice": 5}
    with pytest.raises(ValueError, match="'choice' must be text"):
        from_json(json.dumps(data))


def test_a_plan_combines_options_and_leaning_is_apart_from_deciding(aid: Aid) -> None:
    d = new_session(aid).decision
    assert d.kind is None and not d.decided
    d.decide(["exercise", "wait", "exercise"])
    assert d.chosen == ["exercise", "wait"] and d.leaning == [] and d.kind == DECIDED
    d.not_yet(["injection"])
    assert d.chosen == [] and d.leaning == ["injection"] and d.kind == NOT_DECIDED
    d.not_yet(["injection"], more_time=True)
    assert d.kind == MORE_TIME and d.leaning == ["injection"]
    d.decide([])
    assert d.kind is None and d.status is None


def test_a_combined_plan_with_the_answer_after_sure_round_trips(aid: Aid) -> None:
    session = new_session(aid)
    session.decision.decide(["exercise", "wait"])
    session.decision.after_sure = RECORD_NOW
    again = from_json(to_json(session))
    assert again == session and again.decision.after_sure == RECORD_NOW
    data = json.loads(to_json(session))
    data["decision"]["after_sure"] = "later, perhaps"
    with pytest.raises(ValueError, match="unknown answer to the SURE question"):
        from_json(json.dumps(data))


def test_a_session_is_deleted_with_its_lock_and_nothing_else(tmp_path: Path, aid: Aid) -> None:
    store = SessionStore(tmp_path / "sessions")
    keep, gone = new_session(aid), new_session(aid)
    kept_path, gone_path = store.save(keep), store.save(gone)
    lock = gone_path.with_name(gone_path.name + ".lock")
    lock.write_text("123", encoding="utf-8")
    store.delete(gone_path)
    assert not gone_path.exists() and not lock.exists() and kept_path.exists()
    assert not list(store.folder.glob("*.corrupt"))  # removed, not moved aside
    outside = tmp_path / "elsewhere.sdm.json"
    save_session(keep, outside)
    with pytest.raises(ValueError):
        store.delete(outside)
    assert outside.exists()


def test_times_are_shown_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from sdm_aid.core.session import local_time

    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        assert local_time("2026-03-02T09:55:00+00:00") == "2026-03-02 10:55"
        assert local_time("not a time") == "not a time"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
