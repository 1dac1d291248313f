"""One bad file is a finding or a message naming it; the others are still read (issue 12)."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from sdm_aid.core.allowlist import AllowlistError, load_allowlist
from sdm_aid.core.audit import audit_folder
from sdm_aid.core.collate import REPAIRED, collate
from sdm_aid.core.library import AidLibrary
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.responses import ResponsesError, load_responses
from sdm_aid.core.review import (
    Review,
    ReviewError,
    ReviewStore,
    new_review,
    read_review,
)
from sdm_aid.core.review import (
    from_json as review_from_json,
)
from sdm_aid.core.review import (
    to_json as review_to_json,
)
from sdm_aid.core.session import (
    SessionError,
    SessionStore,
    from_json,
    load_session,
)
from support import EXAMPLE, FIXTURES

SESSION = FIXTURES / "sessions" / "example-undecided.sdm.json"
DEEP = "[" * 100_000 + "]" * 100_000


def _session(**changes: Any) -> str:
    data = json.loads(SESSION.read_text(encoding="utf-8"))
    data.update(changes)
    return json.dumps(data)


def _hostile_aids(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = EXAMPLE.read_text(encoding="utf-8")
    shutil.copy(EXAMPLE, folder / "good.md")
    (folder / "bad-date.md").write_text(
        text.replace("id: example-aid", "id: bad-date").replace(
            "last_reviewed:", "last_reviewed: 2026-02-30\nold_reviewed:", 1
        ),
        encoding="utf-8",
    )
    (folder / "bad-tag.md").write_text(
        re.sub(r"(?m)^tags: .*$", "tags: [elbow, 2026-13-45]", text, count=1).replace(
            "id: example-aid", "id: bad-tag", 1
        ),
        encoding="utf-8",
    )
    (folder / "laughs.md").write_text(
        "---\na: &a [x, x, x]\nb: [*a, *a, *a]\n---\n", encoding="utf-8"
    )
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.md")
        (folder / "zero.md").symlink_to("/dev/zero")


def test_one_bad_aid_never_empties_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "aids"
    _hostile_aids(folder)
    library = AidLibrary.default(extra=[folder])
    entries = library.scan()
    by_name = {e.path.name: e for e in entries if e.path.parent == folder}
    assert not by_name["good.md"].broken
    assert any(e.origin == "bundled" and not e.broken for e in entries)  # bundled still there
    for name, words in {
        "bad-date.md": "'2026-02-30' is not a real date",
        "bad-tag.md": "'2026-13-45' is not a real date",
        "laughs.md": "alias",
    }.items():
        entry = by_name[name]
        assert entry.broken, name
        assert any(words in f.message for f in entry.findings), (name, entry.findings)
    if hasattr(os, "mkfifo"):
        assert "not a regular file" in by_name["fifo.md"].findings[0].message
        assert "outside" in by_name["zero.md"].findings[0].message
    # the index cache is read back through the guarded path, and gives the same listing
    again = AidLibrary.default(extra=[folder]).scan()
    assert [(e.path, e.broken) for e in again] == [(e.path, e.broken) for e in entries]


def test_a_damaged_index_cache_is_rebuilt(tmp_path: Path) -> None:
    library = AidLibrary.default()
    cache = library.cache_file(library.folders[0][0])
    assert cache is not None
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(DEEP, encoding="utf-8")
    assert any(not e.broken for e in library.scan())


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (_session(sure={"sure": "no", "understand": True}), "SURE answers must be true or false"),
        (_session(sure={"sure": "false"}), "SURE answers must be true or false"),
        (_session(sure={"sure": 1}), "SURE answers must be true or false"),
        (_session(quiz_answers={"0": 1.7}), "quiz answers must be whole numbers"),
        (_session(quiz_answers={"0": True}), "quiz answers must be whole numbers"),
        (_session(schema_version=True), "no valid schema version"),
        (_session(decision={"status": 5}), "'status' must be text"),
        (_session(decision={"status": "maybe"}), "unknown decision status"),
        (_session(decision={"options": ["a", 5]}), "each of 'options' must be text"),
        (_session(decision={"more_time": "yes"}), "'more_time' must be true or false"),
        (_session(decision={"own_questions": [{"a": 1}]}), "each of 'own_questions' must be"),
        (_session(compare_options=[True]), "each of 'compare_options' must be text"),
        (_session(ratings=False), "'ratings' must be an object"),
        (_session(id="../../escape"), "is not letters, digits"),
        (_session(updated=None).replace('"updated": null', '"updated": Infinity'), "Infinity"),
        (_session(ratings={"a": 1}).replace('"a": 1', '"a": 1e400'), "out of range"),
        (DEEP, "nested more than"),
        ("\x00" * 64, "not valid JSON"),
    ],
)
def test_loose_or_hostile_session_values_are_refused(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        from_json(text)


def test_strict_values_still_read_real_answers() -> None:
    session = from_json(_session(sure={"sure": False, "understand": True}, quiz_answers={"0": 1}))
    assert session.sure == {"sure": False, "understand": True}
    assert session.quiz_answers == {"0": 1}
    assert from_json(_session(outcome_scale=1000)).outcome_scale == 1000
    assert from_json(_session(outcome_scale=100.0)).outcome_scale is None


def test_a_lone_surrogate_is_replaced_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "s.sdm.json"
    path.write_text(_session(patient_name="\ud800 x"), encoding="utf-8")
    notes: list[str] = []
    session = load_session(path, notes)
    assert session.patient_name == "\ufffd x"
    assert len(notes) == 1 and "replaced" in notes[0]
    session.patient_name.encode("utf-8")  # every text export can encode it now


def test_bad_autosaves_are_moved_aside_at_start_up(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "sessions")
    store.folder.mkdir()
    good = store.folder / "good.sdm.json"
    good.write_text(_session(), encoding="utf-8")
    (store.folder / "deep.sdm.json").write_text(DEEP, encoding="utf-8")
    (store.folder / "inf.sdm.json").write_text(
        _session(ratings={"a": 1}).replace('"a": 1', '"a": Infinity'), encoding="utf-8"
    )
    (store.folder / "zero.sdm.json").write_bytes(b"\x00" * 4096)
    if hasattr(os, "mkfifo"):
        os.mkfifo(store.folder / "pipe.sdm.json")
    found, problems = store.summaries()
    assert [s.path for s in found] == [good]
    names = sorted(p.name for p in store.folder.iterdir())
    expected = ["deep.sdm.json.corrupt", "good.sdm.json", "inf.sdm.json.corrupt"]
    expected += ["zero.sdm.json.corrupt"]
    if hasattr(os, "mkfifo"):
        expected.append("pipe.sdm.json.corrupt")
    assert names == sorted(expected)
    assert len(problems) == len(expected) - 1
    assert all(p.moved_to is not None for p in problems)
    # the next start finds nothing to complain about
    assert store.summaries()[1] == []


def test_a_session_file_elsewhere_that_is_a_pipe_is_refused_and_left(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs FIFOs")
    pipe = tmp_path / "pipe.sdm.json"
    os.mkfifo(pipe)
    with pytest.raises(SessionError, match="not a regular file"):
        load_session(pipe)
    assert pipe.exists()


def test_an_unsafe_session_id_never_names_a_file(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "sessions")
    session = from_json(_session())
    session.id = "../outside"
    with pytest.raises(ValueError, match="cannot be a file name"):
        store.path_for(session)


# -- reviews and responses ---------------------------------------------------------------


@pytest.fixture
def review() -> Review:
    return new_review(load_aid_or_raise(EXAMPLE), "Ann", "patient")


def test_a_review_id_with_a_path_is_refused(tmp_path: Path, review: Review) -> None:
    store = ReviewStore(tmp_path / "reviews")
    review.id = "../../outside"
    with pytest.raises(ValueError, match="not letters, digits"):
        store.save(review)
    assert not (tmp_path / "outside.review.json").exists()
    assert not list(tmp_path.rglob("*.review.json"))
    review.id = "sub/dir"
    with pytest.raises(ValueError):
        store.path_for(review)
    text = review_to_json(review).replace('"sub/dir"', '"../../outside"')
    with pytest.raises(ValueError, match="not letters, digits"):
        review_from_json(text)


def test_one_bad_review_is_skipped_and_the_rest_collated(tmp_path: Path, review: Review) -> None:
    aid = load_aid_or_raise(EXAMPLE)
    folder = tmp_path / "reviews"
    folder.mkdir()
    (folder / "good.review.json").write_text(review_to_json(review), encoding="utf-8")
    (folder / "deep.review.json").write_text(DEEP, encoding="utf-8")
    (folder / "zero.review.json").write_bytes(b"\x00" * 512)
    data = json.loads(review_to_json(review))
    data["schema_version"] = True
    (folder / "version.review.json").write_text(json.dumps(data), encoding="utf-8")
    other = new_review(aid, "Bob", "carer")
    other.reviewer.name = "\ud800 Bob"
    (folder / "surrogate.review.json").write_text(
        json.dumps(json.loads(review_to_json(other)), ensure_ascii=True), encoding="utf-8"
    )
    collation = collate(aid, [folder])
    assert len(collation.reviews) == 2
    skipped = {p.path.name: p.message for p in collation.skipped}
    assert set(skipped) == {"deep.review.json", "zero.review.json", "version.review.json"}
    assert "nested more than" in skipped["deep.review.json"]
    assert "no valid schema version" in skipped["version.review.json"]
    repaired = [p for p in collation.problems if p.kind == REPAIRED]
    assert [p.path.name for p in repaired] == ["surrogate.review.json"]
    with pytest.raises(ReviewError) as caught:
        read_review(folder / "deep.review.json")
    assert caught.value.kind == "malformed"


def test_a_depth_bomb_responses_file_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / "example-aid.responses.json"
    path.write_text('{"a":' * 50_000 + "1" + "}" * 50_000, encoding="utf-8")
    with pytest.raises(ResponsesError, match="nested more than"):
        load_responses(path, "example-aid")
    assert path.exists()  # left as it was


# -- allow-lists and audits ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- rule: SDM315\n  aids: 5\n  reason: r\n", "`aids` must be"),
        ("- rule: SDM315\n  aids: knee\n  reason: r\n", "`aids` must be"),
        ("- rule: [SDM315]\n  reason: r\n", "`rule` must be a rule code"),
        ("- rule: SDM315\n  reason: {a: 1}\n", "`reason` must be text"),
        ("- rule: 315\n  reason: r\n", "`rule` must be a rule code"),
        ("- [unclosed\n", "cannot read the allow-list"),
        ("- rule: SDM315\n  reason: &r r\n- rule: SDM316\n  reason: *r\n", "alias"),
        ("{rule: SDM315}\n", "must be a list"),
        ("- rule: SDM315\n  aids: [2026-02-30]\n  reason: r\n", "not a real date"),
    ],
)
def test_a_malformed_allowlist_says_what_to_fix(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "validation-allowlist.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AllowlistError, match=message) as caught:
        load_allowlist(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_an_allowlist_link_to_a_device_is_refused(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs /dev/zero")
    path = tmp_path / "validation-allowlist.yaml"
    path.symlink_to("/dev/zero")
    with pytest.raises(AllowlistError, match="outside"):
        load_allowlist(path)


def test_audit_counts_the_good_sessions_and_skips_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "good.sdm.json").write_text(_session(), encoding="utf-8")
    (folder / "deep.sdm.json").write_text(DEEP, encoding="utf-8")
    (folder / "inf.sdm.json").write_text(
        _session(ratings={"a": 1}).replace('"a": 1', '"a": Infinity'), encoding="utf-8"
    )
    (folder / "sure.sdm.json").write_text(_session(sure={"sure": "no"}), encoding="utf-8")
    (folder / "big.sdm.json").write_bytes(b" " * 10_000_001)
    report = audit_folder(folder, lambda aid_id, language: None)
    assert report.sessions == 1
    assert sorted(p.name for p, _ in report.skipped_files) == [
        "big.sdm.json",
        "deep.sdm.json",
        "inf.sdm.json",
        "sure.sdm.json",
    ]
    assert not any(p.name.endswith(".corrupt") for p in folder.iterdir())  # never moved


def test_the_index_cache_is_still_used_through_the_guarded_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cache holds nanosecond times (beyond 2**53): the strict reader still takes it."""
    import sdm_aid.core.library as library_module

    first = AidLibrary.default().scan()

    def reindexed(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("re-indexed instead of using the cache")

    monkeypatch.setattr(library_module, "index_file", reindexed)
    assert AidLibrary.default().scan() == first


def test_a_typed_citation_token_of_thousands_of_digits_is_harmless() -> None:
    from sdm_aid.core.parser import parse_aid

    text = EXAMPLE.read_text(encoding="utf-8")
    at = text.index("\n## ", text.index("---", 4))
    token = "\ue000" + "9" * 5000 + "\ue001"
    result = parse_aid(text[:at] + f"\n\nHello {token} there\n" + text[at:], EXAMPLE)
    assert result.aid is not None and not result.errors


@pytest.mark.parametrize("rating", [11, -1, 1000])
def test_a_rating_out_of_range_is_refused_not_clamped(tmp_path: Path, rating: int) -> None:
    data = json.loads(_session())
    data["ratings"] = {"some-statement": rating}
    path = tmp_path / "s.sdm.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionError, match="ratings go from 0 to 10"):
        load_session(path)
    assert path.exists()  # a file the person named is left as it is
