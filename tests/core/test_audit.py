"""The service audit: what it counts, that it only reads, and that it never leaks text."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from sdm_aid.core.audit import (
    AID_NOT_FOUND,
    CSV_COLUMNS,
    OTHER,
    OTHER_VERSION,
    Audit,
    audit_folder,
    library_lookup,
    render_csv,
    render_html,
)
from sdm_aid.core.library import AidLibrary
from sdm_aid.core.model import Aid
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.session import (
    MORE_TIME,
    NOT_DECIDED,
    RECORD_NOW,
    Session,
    new_session,
    save_session,
    to_json,
)
from support import EXAMPLE

EXAMPLE_KEY = ("example-aid", "en-GB", "1.2.0")
# Things a person might type or be called; none may reach a report.
SECRETS = (
    "Zebedee Quillfeather",
    "Ottoline Vexley",
    "grandson Bartholomew",
    "Phlebotomy worries",
    "Ring Dr Marchbanks",
    "Can I still play the oboe",
    "Tremendously private note",
    "Aunt Philippa",
)


@pytest.fixture
def aid() -> Aid:
    return load_aid_or_raise(EXAMPLE)


@pytest.fixture
def library(tmp_path: Path) -> AidLibrary:
    folder = tmp_path / "aids"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "example-aid.md")
    return AidLibrary([(folder, "folder")], cache_dir=None)


def session(aid: Aid, **changes: object) -> Session:
    s = new_session(aid, "consultation", patient_name=SECRETS[0], clinician_name=SECRETS[1])
    s.other_matters = SECRETS[2]
    s.decision.involve = SECRETS[7]
    s.decision.next_steps = SECRETS[4]
    s.decision.own_questions = [SECRETS[5]]
    s.decision.clinician_notes = SECRETS[6]
    for name, value in changes.items():
        if name == "choice":
            if value == MORE_TIME:
                s.decision.not_yet(more_time=True)
            elif value == NOT_DECIDED:
                s.decision.not_yet()
            else:
                s.decision.decide([str(value)])
        elif name == "plan":
            s.decision.decide(list(value))  # type: ignore[call-overload]
        elif name == "leaning":
            s.decision.not_yet(list(value))  # type: ignore[call-overload]
        elif name == "after_sure":
            s.decision.after_sure = str(value)
        else:
            setattr(s, name, value)
    return s


def write(folder: Path, name: str, s: Session) -> Path:
    path = folder / name
    save_session(s, path)
    return path


@pytest.fixture
def sessions(tmp_path: Path, aid: Aid) -> Path:
    folder = tmp_path / "sessions"
    folder.mkdir()
    top = {"understand": 4, "listen": 4, "include": 4}
    write(
        folder,
        "a.sdm.json",
        session(
            aid,
            choice="exercise",
            sure=dict.fromkeys(("sure", "understand", "values", "support"), True),
            quiz_answers={"0": 1},
            collaborate=top,
        ),
    )
    write(
        folder,
        "b.sdm.json",
        session(
            aid,
            choice="exercise",
            setting="home",
            sure={"sure": False, "understand": True, "values": True, "support": False},
            quiz_answers={"0": 0},
            collaborate={**top, "listen": 3},
        ),
    )
    write(folder, "c.sdm.json", session(aid, choice="wait", collaborate={"understand": 4}))
    write(folder, "d.sdm.json", session(aid, choice=MORE_TIME))
    write(folder, "e.sdm.json", session(aid, choice=NOT_DECIDED))
    write(folder, "f.sdm.json", session(aid))
    return folder


def counts(audit: Audit) -> dict[tuple[str, ...], int]:
    return {
        (r.section, r.aid, r.language, r.version, r.measure, r.value): r.count for r in audit.rows()
    }


def test_counts_per_aid_and_version(sessions: Path, library: AidLibrary) -> None:
    audit = audit_folder(sessions, library_lookup(library))
    assert (audit.files, audit.sessions, sum(audit.skipped.values())) == (6, 6, 0)
    c = counts(audit)
    key = EXAMPLE_KEY
    assert c[("sessions", *key, "sessions", "all")] == 6
    assert c[("sessions", *key, "setting", "home")] == 1
    assert c[("sessions", *key, "setting", "consultation")] == 5
    assert c[("decision", *key, "outcome", "decided")] == 3
    assert c[("decision", *key, "outcome", "more-time")] == 1
    assert c[("decision", *key, "outcome", "not-decided")] == 1
    assert c[("decision", *key, "outcome", "not-answered")] == 1
    assert c[("choice", *key, "option", "exercise")] == 2
    assert c[("choice", *key, "option", "wait")] == 1
    assert c[("choice", *key, "option", "injection")] == 0  # every option is listed
    assert c[("sure", *key, "score", "4")] == 1
    assert c[("sure", *key, "score", "2")] == 1
    assert c[("sure", *key, "score", "not-answered")] == 4
    assert c[("quiz", *key, "score", "1/1")] == 1
    assert c[("quiz", *key, "score", "0/1")] == 1
    assert c[("quiz", *key, "score", "not-answered")] == 4
    assert c[("collaborate", *key, "all-three-top", "yes")] == 1
    assert c[("collaborate", *key, "all-three-top", "no")] == 1
    assert c[("collaborate", *key, "all-three-top", "not-answered")] == 4
    assert c[("collaborate", *key, "item-understand", "4")] == 3
    assert c[("collaborate", *key, "item-listen", "3")] == 1
    assert audit.first_day is not None and re.fullmatch(r"\d{4}-\d\d-\d\d", audit.first_day)


def test_damaged_files_are_counted_and_left_alone(sessions: Path, library: AidLibrary) -> None:
    damaged = {
        "broken.sdm.json": b"{not json",
        "binary.sdm.json": b"\xff\xfe\x00",
        "empty.sdm.json": b"",
        "other.sdm.json": b'{"schema": "something-else"}',
    }
    for name, content in damaged.items():
        (sessions / name).write_bytes(content)
    newer = json.loads((sessions / "a.sdm.json").read_text(encoding="utf-8"))
    newer["schema_version"] = 99
    (sessions / "newer.sdm.json").write_text(json.dumps(newer), encoding="utf-8")
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sessions.iterdir()}

    audit = audit_folder(sessions, library_lookup(library))

    after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sessions.iterdir()}
    assert after == before  # nothing moved, renamed, added or changed
    assert audit.files == 11 and audit.sessions == 6
    assert audit.skipped == {"damaged": 4, "newer-format": 1}
    assert {p.name for p, _ in audit.skipped_files} == {*damaged, "newer.sdm.json"}
    c = counts(audit)
    assert c[("files", "", "", "", "skipped", "damaged")] == 4
    assert c[("files", "", "", "", "skipped", "newer-format")] == 1
    assert c[("files", "", "", "", "files", "read")] == 6
    assert "4 damaged" in render_html(audit) and "1 saved by a newer SDM Aid" in render_html(audit)


def test_missing_aid_still_counts_but_leaves_the_quiz_out(
    tmp_path: Path, aid: Aid, library: AidLibrary
) -> None:
    folder = tmp_path / "s"
    gone = session(aid, choice="exercise", quiz_answers={"0": 1}, aid_id="retired-aid")
    write(folder, "gone.sdm.json", gone)
    older = session(aid, choice="injection", quiz_answers={"0": 1}, aid_version="1.1.0")
    write(folder, "older.sdm.json", older)
    audit = audit_folder(folder, library_lookup(library))
    c = counts(audit)
    assert c[("sessions", "retired-aid", "en-GB", "1.2.0", "sessions", "all")] == 1
    assert c[("choice", "retired-aid", "en-GB", "1.2.0", "option", "exercise")] == 1
    assert c[("quiz", "retired-aid", "en-GB", "1.2.0", "not-scored", AID_NOT_FOUND)] == 1
    assert c[("quiz", "example-aid", "en-GB", "1.1.0", "not-scored", OTHER_VERSION)] == 1
    assert not any(k[0] == "quiz" and k[4] == "score" for k in c)  # no score was guessed
    assert audit.quiz_left_out == 2
    html = render_html(audit)
    assert "Quiz scores left out for 1 because the aid is not in the library" in html
    assert "1 because the library has another version of the aid" in html


def test_aids_are_parsed_once(sessions: Path, aid: Aid) -> None:
    calls: list[tuple[str, str]] = []

    def lookup(aid_id: str, language: str) -> Aid | None:
        calls.append((aid_id, language))
        return aid

    audit_folder(sessions, lookup)
    assert calls == [("example-aid", "en-GB")]


def test_values_not_shaped_like_the_app_writes_them_are_not_copied(
    tmp_path: Path, aid: Aid, library: AidLibrary
) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    odd = json.loads(to_json(session(aid)))
    odd.update(aid_id="Zebedee Quillfeather", aid_version="Ottoline Vexley", aid_language="xx yy")
    odd["decision"].update(status="decided", options=["Aunt Philippa"])
    (folder / "odd.sdm.json").write_text(json.dumps(odd), encoding="utf-8")
    write(folder, "known.sdm.json", session(aid, choice="Aunt Philippa"))
    audit = audit_folder(folder, library_lookup(library))
    c = counts(audit)
    assert c[("sessions", OTHER, OTHER, OTHER, "sessions", "all")] == 1
    assert c[("choice", OTHER, OTHER, OTHER, "option", OTHER)] == 1
    assert c[("choice", *EXAMPLE_KEY, "option", OTHER)] == 1
    for text in (render_csv(audit), render_html(audit)):
        assert "Zebedee" not in text and "Vexley" not in text and "Philippa" not in text


def test_no_names_or_free_text_in_either_report(
    sessions: Path, library: AidLibrary, aid: Aid
) -> None:
    (sessions / "Zebedee Quillfeather.sdm.json").write_text("{", encoding="utf-8")  # damaged
    write(sessions, "Ottoline Vexley.sdm.json", session(aid, choice="wait"))
    audit = audit_folder(sessions, library_lookup(library))
    sources = [json.loads(p.read_text()) for p in sessions.glob("[a-f].sdm.json")]
    assert all(SECRETS[0] == s["patient_name"] for s in sources)  # the secrets are there
    for text in (render_csv(audit), render_html(audit)):
        for secret in SECRETS:
            for word in secret.split():
                if len(word) > 4:
                    assert word not in text, (secret, word)
        assert str(sessions) not in text and "sdm.json" not in text


def test_csv_is_one_tidy_table(sessions: Path, library: AidLibrary) -> None:
    audit = audit_folder(sessions, library_lookup(library))
    rows = list(csv.reader(io.StringIO(render_csv(audit))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert all(len(r) == len(CSV_COLUMNS) and r[-1].isdigit() for r in rows[1:])
    body = [dict(zip(CSV_COLUMNS, r, strict=True)) for r in rows[1:]]
    for section in ("decision", "sure", "quiz", "collaborate"):
        measures = {r["measure"] for r in body if r["section"] == section}
        for measure in measures - {"not-scored"}:
            total = sum(
                int(r["count"]) for r in body if r["section"] == section and r["measure"] == measure
            )
            assert total == 6, (section, measure)


def test_html_is_self_contained_with_charts(sessions: Path, library: AidLibrary) -> None:
    html = render_html(audit_folder(sessions, library_lookup(library)))
    assert html.startswith("<!DOCTYPE html>")
    lowered = html.lower()
    for external in ("http:", "https:", "src=", "<link", "<script", "url(", "@import"):
        assert external not in lowered
    assert html.count("<svg") >= 10 and 'class="bar"' in html
    # Two of six decided on exercise: a third of the 240-pixel bar.
    assert 'width="160.0"' in html and "Exercises with a physiotherapist" in html
    assert "1 of 2 who answered all three CollaboRATE questions" in html
    assert "(50 %)" in html


def test_html_escapes_what_comes_from_aids(tmp_path: Path, aid: Aid) -> None:
    folder = tmp_path / "aids"
    folder.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        'title: "Example aid: choosing how to treat a sore elbow"',
        'title: "Elbow <script>alert(1)</script> & more"',
    )
    (folder / "example-aid.md").write_text(text, encoding="utf-8")
    sessions = tmp_path / "s"
    write(sessions, "a.sdm.json", session(aid))
    html = render_html(audit_folder(sessions, library_lookup(AidLibrary([(folder, "folder")]))))
    assert (
        "<script>" not in html and "Elbow &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html
    )


def test_empty_folder_gives_an_empty_report(tmp_path: Path, library: AidLibrary) -> None:
    audit = audit_folder(tmp_path, library_lookup(library))
    assert audit.sessions == 0 and audit.files == 0
    assert "Nobody answered all three CollaboRATE questions" in render_html(audit)
    assert len(render_csv(audit).splitlines()) == 6  # header and the file counts


def test_recursive_reads_sub_folders(sessions: Path, library: AidLibrary, aid: Aid) -> None:
    write(sessions / "clinic-b", "g.sdm.json", session(aid))
    assert audit_folder(sessions, library_lookup(library)).sessions == 6
    assert audit_folder(sessions, library_lookup(library), recursive=True).sessions == 7


def test_plans_leaning_and_the_answer_after_sure(tmp_path: Path, aid: Aid) -> None:
    """A plan counts once as combined and once for each of its options; options leant
    towards are counted apart from decisions; a schema-1 file is read as schema 2."""
    folder = tmp_path / "s"
    folder.mkdir()
    write(folder, "a.sdm.json", session(aid, plan=["exercise", "wait"], after_sure=RECORD_NOW))
    write(folder, "b.sdm.json", session(aid, plan=["exercise"]))
    write(folder, "c.sdm.json", session(aid, leaning=["injection"], after_sure=MORE_TIME))
    old = json.loads(to_json(session(aid)))
    old["schema_version"] = 1
    old["decision"] = {"choice": "wait"}
    (folder / "old.sdm.json").write_text(json.dumps(old), encoding="utf-8")
    audit = audit_folder(folder, lambda aid_id, language: aid)
    c = counts(audit)
    assert c[("decision", *EXAMPLE_KEY, "outcome", "decided")] == 3
    assert c[("decision", *EXAMPLE_KEY, "outcome", NOT_DECIDED)] == 1
    assert c[("plan", *EXAMPLE_KEY, "options", "combined")] == 1
    assert c[("plan", *EXAMPLE_KEY, "options", "one-option")] == 2
    assert c[("choice", *EXAMPLE_KEY, "option", "exercise")] == 2
    assert c[("choice", *EXAMPLE_KEY, "option", "wait")] == 2
    assert c[("leaning", *EXAMPLE_KEY, "option", "injection")] == 1
    assert c[("choice", *EXAMPLE_KEY, "option", "injection")] == 0
    assert c[("sure", *EXAMPLE_KEY, "after-sure", RECORD_NOW)] == 1
    assert c[("sure", *EXAMPLE_KEY, "after-sure", MORE_TIME)] == 1
    assert c[("sure", *EXAMPLE_KEY, "after-sure", "not-asked")] == 2
    csv_text = render_csv(audit)
    assert "leaning,example-aid,en-GB,1.2.0,option,injection,1" in csv_text
    assert "Options combined" in render_html(audit)
