"""Collating review files, the authors' responses, and both reports."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sdm_aid.core.collate import (
    DUPLICATE,
    MALFORMED,
    OLDER_VERSION,
    OTHER_AID,
    OVERALL,
    UNREADABLE,
    Collation,
    collate,
    diff_text,
)
from sdm_aid.core.model import Aid
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.responses import (
    Responses,
    ResponsesError,
    from_json,
    load_responses,
    responses_path,
    save_responses,
    to_json,
)
from sdm_aid.core.review import Review, new_review, save_review
from sdm_aid.core.review_report import (
    format_for,
    render_report,
    render_you_said_we_did,
    write_report,
)
from support import REPO

HIP = REPO / "decision_aids" / "hip-osteoarthritis.md"
OLD_SENTENCE = "It is a major operation, with real risks."
NEW_SENTENCE = "It is a big operation."


@pytest.fixture(scope="module")
def hip() -> Aid:
    return load_aid_or_raise(HIP)


@pytest.fixture(scope="module")
def older(tmp_path_factory: pytest.TempPathFactory) -> Aid:
    """Version 0.8.0 of the hip aid: one sentence of the options section differs."""
    text = HIP.read_text(encoding="utf-8")
    assert NEW_SENTENCE in text
    text = text.replace("version: 0.11.0", "version: 0.8.0").replace(NEW_SENTENCE, OLD_SENTENCE)
    path = tmp_path_factory.mktemp("old") / "hip-osteoarthritis.md"
    path.write_text(text, encoding="utf-8")
    return load_aid_or_raise(path)


def _ann(hip: Aid) -> Review:
    review = new_review(hip, "Ann", "patient")
    review.rate("about", "understand", 5)
    review.rate("about", "balanced", 4)
    review.rate("about", "enough", None)
    review.rate("options", "understand", 2)
    review.add_comment("options", "The risks list is long <script>alert(1)</script>.")
    review.add_comment("about", "Clear and kind.", quote="You do not need to decide today.")
    review.answer("helps_decide", "yes")
    review.answer("options_fair", "partly")
    review.answer("rating", 4)
    review.answer("missing", "What it costs to travel to physiotherapy.")
    return review


def _bob(older: Aid) -> Review:
    review = new_review(older, "Bob", "carer")
    review.rate("about", "understand", 3)
    review.rate("options", "understand", 1)
    review.add_comment("options", "'Major' sounds frightening.", quote=OLD_SENTENCE)
    review.add_comment("quiz", "The quiz is a nice touch.")
    review.answer("helps_decide", "partly")
    review.answer("rating", 2)
    return review


@pytest.fixture
def three_files(tmp_path: Path, hip: Aid, older: Aid) -> tuple[Path, Path, Path]:
    folder = tmp_path / "reviews"
    ann, bob = folder / "ann.review.json", folder / "bob.review.json"
    save_review(_ann(hip), ann)
    save_review(_bob(older), bob)
    bad = folder / "carol.review.json"
    bad.write_text('{"schema": "sdm-aid/review", "schema_version": 1, "sections": 3}', "utf-8")
    return ann, bob, bad


def _collation(hip: Aid, files: tuple[Path, ...]) -> Collation:
    return collate(hip, list(files))


def test_three_files_one_older_one_malformed(
    hip: Aid, three_files: tuple[Path, Path, Path]
) -> None:
    _ann_file, bob, bad = three_files
    c = _collation(hip, three_files)
    assert [r.reviewer for r in c.reviews] == ["Ann", "Bob"]
    assert [(r.relation, r.changed_sections) for r in c.reviews] == [
        ("current", ()),
        ("older", ("options",)),
    ]
    assert c.role_counts == (("patient", 1), ("carer", 1))
    # the malformed file is skipped with a clear message, and left where it was
    assert [(p.path, p.kind) for p in c.skipped] == [(bad, MALFORMED)]
    assert "is damaged" in c.skipped[0].message and "skipped" in c.skipped[0].message
    assert bad.exists() and not list(bad.parent.glob("*.corrupt"))
    # the older version is collated, with a note naming the changed section
    [note] = c.notes
    assert note.path == bob and note.kind == OLDER_VERSION
    assert "version 0.8.0" in note.message and "version 0.11.0" in note.message
    assert "options" in note.message

    options = c.section("options")
    assert options is not None
    assert [(x.who, x.possibly_addressed) for x in options.comments] == [
        ("Ann (patient)", False),
        ("Bob (carer)", True),
    ]
    quiz = c.section("quiz")
    assert quiz is not None and [(x.who, x.possibly_addressed) for x in quiz.comments] == [
        ("Bob (carer)", False)  # the quiz did not change
    ]
    about = c.section("about")
    assert about is not None
    [understand, balanced, enough] = about.ratings
    assert understand.counts == (0, 0, 1, 0, 1) and understand.mean == pytest.approx(4.0)
    assert (balanced.counts, balanced.unanswered) == ((0, 0, 0, 1, 0), 1)
    assert (enough.skipped, enough.unanswered, enough.mean) == (1, 1, None)
    assert options.ratings[0].counts == (1, 1, 0, 0, 0) and options.ratings[0].earlier_text == 1
    # readability figures come with every section
    assert about.readability is not None and about.readability.grade is not None
    # the changed text, old and new
    [change] = options.changes
    assert change.from_versions == ("0.8.0",) and change.status == "changed"
    [line] = change.changed_lines
    assert line.kind == "changed" and OLD_SENTENCE in line.old and NEW_SENTENCE in line.text
    assert line.segments[:5] == (
        ("same", "It is a "),
        ("removed", "major"),
        ("added", "big"),
        ("same", " operation"),
        ("removed", ", with real risks"),
    )
    assert line.segments[5][0] == "same"
    assert line.segments[5][1].startswith(". In the UK, about 3 in every 1,000")
    # the questionnaire
    assert c.overall.helps_decide.counts[:3] == (
        ("yes", "Yes", 1),
        ("partly", "Partly", 1),
        ("no", "No", 0),
    )
    assert c.overall.rating.counts == (0, 1, 0, 1, 0)
    [missing] = c.overall.comments
    assert missing.section == OVERALL and missing.who == "Ann (patient)"
    assert missing.prompt == "Was anything missing?" and missing.id.endswith(":missing")
    assert len(c.comments) == 5


def test_the_report_says_it_all(hip: Aid, three_files: tuple[Path, Path, Path]) -> None:
    c = _collation(hip, three_files)
    html = render_report(c)
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert "http" not in html.split("<body>")[0]  # self-contained: nothing fetched
    assert "Collated on" in html and "from 2 reviews: 1 patient, 1 carer." in html
    assert "carol.review.json" in html and "Files not collated" in html
    assert "Ann (patient)" in html and "Bob (carer)" in html
    assert "The risks list is long &lt;script&gt;alert(1)&lt;/script&gt;." in html
    assert "<script>" not in html
    assert "Section changed since: possibly addressed" in html
    assert "<del>major</del><ins>big</ins> operation<del>, with real risks</del>. In the UK" in html
    assert "“You do not need to decide today.”" in html
    assert "Reading ease" in html and "Grade " in html
    assert "What it costs to travel to physiotherapy." in html
    for c_ in c.comments:
        assert c_.id in html

    md = render_report(c, fmt="md")
    assert md.startswith("# Patient panel review: Hip osteoarthritis: what are my options?")
    assert "## Your options (options)" in md
    assert (
        "| Easy to understand | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 1.5 (n=2); 1 rated an earlier text |"
        in md
    )
    assert "long &lt;script>alert(1)&lt;/script>." in md
    assert (
        "- **Bob (carer)**, reviewed version 0.8.0 — *section changed since: possibly addressed*"
        in md
    )
    assert "- Before: It is a ~~major~~ operation~~, with real risks~~. In the UK, about 3" in md
    assert "Now: It is a **big** operation. In the UK, about 3" in md
    assert "- **carol.review.json**: the file is damaged" in md


def test_a_review_of_another_aid_or_language_is_skipped(tmp_path: Path, hip: Aid) -> None:
    knee = load_aid_or_raise(REPO / "decision_aids" / "knee-osteoarthritis.md")
    other = tmp_path / "knee.review.json"
    save_review(new_review(knee, "Dee", "clinician"), other)
    welsh = new_review(hip, "Ed", "other")
    welsh.aid_language = "cy"
    save_review(welsh, tmp_path / "welsh.review.json")
    good = tmp_path / "ann.review.json"
    save_review(_ann(hip), good)
    c = collate(hip, [other, tmp_path / "welsh.review.json", good, tmp_path / "gone.review.json"])
    assert [r.reviewer for r in c.reviews] == ["Ann"]
    kinds = [(p.path.name, p.kind) for p in c.problems]
    assert kinds == [
        ("knee.review.json", OTHER_AID),
        ("welsh.review.json", OTHER_AID),
        ("gone.review.json", UNREADABLE),
    ]
    assert "knee-osteoarthritis" in c.problems[0].message and "skipped" in c.problems[0].message
    assert "cy version" in c.problems[1].message


def test_a_duplicate_reviewer_keeps_the_newest(tmp_path: Path, hip: Aid) -> None:
    first, second = _ann(hip), new_review(hip, " ann ", "patient")
    first.updated, second.updated = "2026-03-01T10:00:00+00:00", "2026-03-02T09:00:00+00:00"
    second.add_comment("quiz", "Second thoughts.")
    save_review(second, tmp_path / "b-newer.review.json")
    save_review(first, tmp_path / "a-older.review.json")
    c = collate(hip, [tmp_path])  # a folder stands for the review files in it
    assert [r.path.name for r in c.reviews] == ["b-newer.review.json"]
    [problem] = c.problems
    assert problem.kind == DUPLICATE and problem.path.name == "a-older.review.json"
    assert "another review by Ann (patient) is in b-newer.review.json" in problem.message
    assert [x.text for x in c.comments] == ["Second thoughts."]
    # the same file given twice is collated once
    again = collate(hip, [tmp_path / "b-newer.review.json"] * 2)
    assert len(again.reviews) == 1 and "given twice" in again.problems[0].message
    # a folder with no review files says so
    (tmp_path / "empty").mkdir()
    assert "no *.review.json files" in collate(hip, [tmp_path / "empty"]).problems[0].message
    # same name, other role: another person
    carer = new_review(hip, "Ann", "carer")
    save_review(carer, tmp_path / "c.review.json")
    assert len(collate(hip, [tmp_path]).reviews) == 2


def test_a_section_no_longer_in_the_aid(tmp_path: Path, hip: Aid) -> None:
    text = HIP.read_text(encoding="utf-8").replace("version: 0.11.0", "version: 0.8.5")
    text = text.replace(
        "# Words we use {#glossary}",
        "# Living with it {#living}\n\nPace yourself.\n\n# Words we use {#glossary}",
    )
    path = tmp_path / "aid" / "hip-osteoarthritis.md"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    review = new_review(load_aid_or_raise(path), "Fay", "patient")
    review.add_comment("living", "Helpful.")
    save_review(review, tmp_path / "fay.review.json")
    c = collate(hip, [tmp_path / "fay.review.json"])
    living = c.section("living")
    assert living is not None and not living.present and living.title == "Living with it"
    assert [x.possibly_addressed for x in living.comments] == [True]
    assert living.changes[0].status == "removed"
    assert "no longer in the aid" in render_report(c)


def test_diff_text_lines() -> None:
    lines = diff_text("one\ntwo two\nthree", "one\ntwo too\nfour is new\nthree")
    kinds = [(d.kind, d.text) for d in lines]
    assert kinds == [
        ("same", "one"),
        ("changed", "two too"),
        ("added", "four is new"),
        ("same", "three"),
    ]
    assert lines[1].segments == (("same", "two "), ("removed", "two"), ("added", "too"))
    assert lines[2].segments == ()
    assert [d.kind for d in diff_text("a b c", "x y z")] == ["removed", "added"]
    assert diff_text("", "") == ()


# -- responses ------------------------------------------------------------------------------


def test_responses_round_trip(tmp_path: Path) -> None:
    responses = Responses("hip-osteoarthritis")
    responses.set("c1", "accepted", reply="We changed 'major' to 'big'.")
    responses.set("c2", "declined", reason="The figure is from the source.", reply="Thank you.")
    responses.set("c3", "discuss")
    path = responses_path(HIP.parent / "x" / "hip-osteoarthritis.md")
    assert path.name == "hip-osteoarthritis.responses.json"
    path = tmp_path / path.name
    save_responses(responses, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "sdm-aid/review-responses" and data["schema_version"] == 1
    assert data["responses"]["c2"]["status"] == "declined"
    loaded = load_responses(path, "hip-osteoarthritis")
    assert loaded == responses
    assert (
        loaded.get("c2") is not None and loaded.get("c2").reason == "The figure is from the source."
    )  # type: ignore[union-attr]
    assert from_json(to_json(responses)) == responses
    loaded.remove("c3")
    assert loaded.get("c3") is None and len(loaded) == 2


def test_responses_are_checked(tmp_path: Path) -> None:
    responses = Responses("hip-osteoarthritis")
    with pytest.raises(ValueError, match="one of accepted, declined, discuss"):
        responses.set("c1", "maybe")
    with pytest.raises(ValueError, match="needs a reason"):
        responses.set("c1", "declined", reply="No.")
    assert len(responses) == 0
    text = to_json(responses).replace('"responses": {}', '"responses": {"c1": {"status": "ok"}}')
    with pytest.raises(ValueError, match=r"comment 'c1'.*one of accepted"):
        from_json(text)
    with pytest.raises(ValueError, match="for the aid 'hip-osteoarthritis', not 'knee"):
        from_json(to_json(responses), "knee-osteoarthritis")
    # no file yet: no responses yet
    assert len(load_responses(tmp_path / "none.responses.json", "hip-osteoarthritis")) == 0
    # a damaged file is reported and left alone, unless asked to move it aside
    damaged = tmp_path / "hip.responses.json"
    damaged.write_text("{", encoding="utf-8")
    with pytest.raises(ResponsesError, match="not valid JSON"):
        load_responses(damaged, "hip-osteoarthritis")
    assert damaged.exists()
    with pytest.raises(ResponsesError) as info:
        load_responses(damaged, "hip-osteoarthritis", move_damaged=True)
    assert not damaged.exists() and info.value.moved_to is not None
    # another aid's file is never moved
    other = tmp_path / "knee.responses.json"
    save_responses(Responses("knee-osteoarthritis"), other)
    with pytest.raises(ResponsesError, match="knee"):
        load_responses(other, "hip-osteoarthritis", move_damaged=True)
    assert other.exists()


# -- "You said, we did" -------------------------------------------------------------------------


def test_you_said_we_did_lists_every_comment(
    hip: Aid, three_files: tuple[Path, Path, Path]
) -> None:
    c = _collation(hip, three_files)
    responses = Responses(hip.id)
    by_text = {x.text: x for x in c.comments}
    bob_options = by_text["'Major' sounds frightening."]
    responses.set(bob_options.id, "accepted", reply="We now say 'a big operation'.")
    responses.set(
        by_text["Clear and kind."].id, "declined", reason="Nothing to change.", reply="Thank you!"
    )
    responses.set(by_text["The quiz is a nice touch."].id, "discuss")

    html = render_you_said_we_did(c, responses)
    for comment in c.comments:
        text = comment.text.replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
        assert text in html, comment.text
    assert html.count('class="comment"') == len(c.comments) == 5
    assert "We now say &#39;a big operation&#39;." in html
    assert "Declined" in html and "Nothing to change." in html and "Thank you!" in html
    assert "To discuss" in html
    assert html.count("we have not decided yet.") == 2
    # the changed text, before and now
    assert "What changed since version 0.8.0" in html
    assert "Before:</span> It is a <del>major</del> operation<del>, with real risks</del>." in html
    assert "Now:</span> It is a <ins>big</ins> operation. In the UK" in html
    assert "This section has changed since you read it" in html
    # reviewers are named by role only
    assert "Ann" not in html and "Bob" not in html
    assert "<script>" not in html

    md = render_you_said_we_did(c, responses, "md")
    assert md.count("**What we did:**") == 5
    assert (
        "**What we did:** Accepted" in md and "**Our reply:** We now say 'a big operation'." in md
    )
    assert "**Why:** Nothing to change." in md
    assert "Ann" not in md and "Bob" not in md


def test_formats() -> None:
    assert [format_for(Path(n)) for n in ("a.html", "b.HTM", "c.md", "d.pdf")] == [
        "html",
        "html",
        "md",
        "pdf",
    ]
    with pytest.raises(ValueError, match=r"\.html, \.md or \.pdf"):
        format_for(Path("report.docx"))


def test_collating_leaves_review_files_untouched(
    hip: Aid, three_files: tuple[Path, Path, Path]
) -> None:
    before = {p: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in three_files}
    _collation(hip, three_files)
    assert {p: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in three_files} == before


def test_a_pdf_report_is_drawn_by_the_writer_the_caller_passes(
    hip: Aid, three_files: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    collation = _collation(hip, three_files)
    responses = Responses("hip-osteoarthritis")
    out = tmp_path / "report.pdf"
    with pytest.raises(ValueError, match="PDF writer"):
        write_report(collation, responses, out)
    assert not out.exists()
    drawn: list[tuple[str, Path, str]] = []
    write_report(collation, responses, out, pdf=lambda h, p, t: drawn.append((h, p, t)))
    ((html, path, header),) = drawn
    assert path == out and "<html" in html.lower() and header


def test_duplicates_follow_the_one_reviewer_name_rule(tmp_path: Path, hip: Aid) -> None:
    """"ANN  smith" is Ann Smith (kept once); "AnnSmith" is another reviewer (kept)."""
    for n, name in enumerate(["Ann Smith", "ANN  smith", "AnnSmith"]):
        review = new_review(hip, name, "patient")
        review.updated = f"2026-03-0{n + 1}T10:00:00+00:00"
        save_review(review, tmp_path / f"r{n}.review.json")
    c = collate(hip, [tmp_path])
    assert sorted(r.path.name for r in c.reviews) == ["r1.review.json", "r2.review.json"]
    assert [(p.kind, p.path.name) for p in c.problems] == [(DUPLICATE, "r0.review.json")]
