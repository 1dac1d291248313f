"""The review model and file, the sections a reviewer reads, and per-section readability."""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sdm_aid.core.model import Aid
from sdm_aid.core.parser import load_aid_or_raise, parse_aid
from sdm_aid.core.review import (
    CRITERIA,
    Review,
    ReviewError,
    ReviewStore,
    content_hash,
    from_json,
    load_review,
    new_review,
    read_review,
    review_filename,
    review_sections,
    reviewer_key,
    same_reviewer,
    save_review,
    to_json,
)
from sdm_aid.core.section_readability import (
    ABBREVIATION,
    LONG_SENTENCE_WORDS,
    MEDICAL_WORD,
    LongSentence,
    SectionReadability,
    UnexplainedWord,
    highlight_html,
    readability_by_section,
    section_readability,
)
from support import REPO

HIP = REPO / "decision_aids" / "hip-osteoarthritis.md"


@pytest.fixture(scope="module")
def hip() -> Aid:
    return load_aid_or_raise(HIP)


def _aid(text: str) -> Aid:
    result = parse_aid(text)
    assert result.aid is not None and not result.errors, result.errors
    return result.aid


# -- the sections ----------------------------------------------------------------------------


def test_outcomes_read_as_patients_see_them(example_text: str) -> None:
    aid = parse_aid(example_text).aid
    assert aid is not None
    (outcomes,) = [s for s in review_sections(aid) if s.id == "outcomes"]
    text = outcomes.text
    # benefits first, each study apart with its source, the control group and difference
    assert text.index("Elbow pain much better") < text.index("Paler skin")
    assert "These figures come from 2 different studies of different people." in text
    assert "Source: An example trial (made up for this example) (2024)." in text
    assert "Who: Adults with tennis elbow for over 3 months." in text
    assert "A dummy injection (the comparison group in this study)" in text
    assert "60 out of 100 with steroid injection, 50 out of 100 with a dummy injection" in text
    # one line for the options that cannot have it, none for a figure of nothing
    assert (
        "Cannot happen with exercises with a physiotherapist and waiting to see: "
        "no needle is used." in text
    )
    assert not re.search(r"\b0 out of 100", text) and "(none)" not in text
    assert "No needle is used." in (outcomes.graded_text or "")  # the author's words
    source_line = next(n for n, line in enumerate(text.split("\n")) if line.startswith("Source:"))
    start = sum(len(line) + 1 for line in text.split("\n")[:source_line])
    assert any(a == start for a, _ in outcomes.unchecked)  # titles skip the wording checks
    assert "<script" not in outcomes.html


def test_sections_in_reading_order_with_everything_a_reader_sees(hip: Aid) -> None:
    sections = review_sections(hip)
    assert [s.id for s in sections] == [
        "about",
        "options",
        "compare",
        "outcomes",
        "preferences",
        "quiz",
        "questions",
        "safety",
        "glossary",
        "sources",
    ]
    by_id = {s.id: s for s in sections}
    assert by_id["about"].title == "About this decision"
    assert by_id["about"].text.startswith("This aid is for adults with osteoarthritis of the hip.")
    # citations leave no gap before the full stop
    assert "12 out of 56 people had a new hip within 6 months." in by_id["outcomes"].text
    options = by_id["options"].text
    for title in ("Exercise and physiotherapy", "Painkillers", "Hip replacement"):
        assert title in options
    assert "It is a big operation." in options
    assert "How long is recovery?" in by_id["compare"].text
    assert "Hip replacement: Crutches or sticks for about 4 to 6 weeks" in by_id["compare"].text
    # As the outcomes step shows it: every figure out of the step's one denominator.
    assert "Within 1 year: 30 out of 1,000 people — new hip slips out of place." in (
        by_id["outcomes"].text
    )
    assert "Avoiding an operation" in by_id["preferences"].text
    assert "Answer: About 96 out of 100." in by_id["quiz"].text
    assert "How bad is the osteoarthritis in my hip?" in by_id["questions"].text
    assert "Crutches: Sticks that take some of your weight while you walk." in (
        by_id["glossary"].text
    )
    assert "Osteoarthritis in over 16s: diagnosis and management (NG226)" in (by_id["sources"].text)
    # what is graded: prose, not tables, terms or sources
    assert by_id["compare"].graded_text is None
    assert by_id["glossary"].graded_text is None and not by_id["glossary"].check_words
    assert by_id["sources"].graded_text is None
    assert by_id["options"].graded_text and "Exercise can ease pain" in by_id["options"].graded_text


def test_citation_links_point_at_the_source_list(hip: Aid) -> None:
    by_id = {s.id: s for s in review_sections(hip)}
    assert 'href="#source-nice-ng226"' in by_id["about"].html
    assert 'id="source-nice-ng226"' in by_id["sources"].html


def test_hashes_change_with_the_words_only(hip: Aid) -> None:
    text = HIP.read_text(encoding="utf-8")
    same = _aid(text.replace("version: 0.11.0", "version: 0.11.1"))
    changed = _aid(text.replace("It is a big operation.", "It is a major operation."))
    before = {s.id: s.hash for s in review_sections(hip)}
    assert {s.id: s.hash for s in review_sections(same)} == before
    after = {s.id: s.hash for s in review_sections(changed)}
    assert [k for k in before if before[k] != after[k]] == ["options"]
    assert content_hash(review_sections(hip)) != content_hash(review_sections(changed))
    assert content_hash(review_sections(hip)) == content_hash(review_sections(same))


def test_authors_own_sections_come_before_the_reference_sections(example_text: str) -> None:
    text = example_text.replace(
        "# Words we use {#glossary}",
        "# Living with it {#living}\n\nSome words of our own.\n\n"
        "# Where the numbers come from {#sources}\n\nWe used two studies.\n\n"
        "# Words we use {#glossary}",
    )
    sections = review_sections(_aid(text))
    ids = [s.id for s in sections]
    assert ids[-5:] == ["questions", "safety", "living", "glossary", "sources"]
    sources = sections[-1]
    assert sources.title == "Where the numbers come from"
    assert sources.text.startswith("We used two studies.")
    assert "An example trial (made up for this example)" in sources.text


def test_section_html_escapes_what_it_builds(example_text: str) -> None:
    text = example_text.replace(
        "label: Elbow pain much better", 'label: "Pain <script>alert(1)</script> better"', 1
    )
    assert "<script>" in text
    outcomes = next(s for s in review_sections(_aid(text)) if s.id == "outcomes")
    assert "<script>" not in outcomes.html
    assert "&lt;script&gt;" in outcomes.html


# -- the review --------------------------------------------------------------------------------


def test_new_review_records_the_aid_and_the_reviewer(hip: Aid) -> None:
    review = new_review(hip, "  Ann   B ", "patient")
    assert review.reviewer.name == "Ann B" and review.reviewer.role == "patient"
    assert (review.aid_id, review.aid_version, review.aid_language) == (
        "hip-osteoarthritis",
        "0.11.0",
        "en-GB",
    )
    assert review.content_hash == content_hash(review_sections(hip))
    assert [s.id for s in review.sections][:2] == ["about", "options"]
    assert review.sections[0].text == review_sections(hip)[0].text
    with pytest.raises(ValueError, match="name or a pseudonym"):
        new_review(hip, "   ", "patient")
    with pytest.raises(ValueError, match="role"):
        new_review(hip, "Ann", "doctor")


def test_ratings_are_1_to_5_or_skip(hip: Aid) -> None:
    review = new_review(hip, "Ann", "carer")
    review.rate("about", "understand", 5)
    review.rate("about", "balanced", None)  # skip
    assert review.rating("about", "understand") == 5
    assert review.rating("about", "balanced") is None and review.answered("about", "balanced")
    assert not review.answered("about", "enough")
    for bad in (0, 6, 2.5, True, "4"):
        with pytest.raises(ValueError):
            review.rate("about", "enough", bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown criterion"):
        review.rate("about", "pretty", 3)
    with pytest.raises(ValueError, match="unknown section"):
        review.rate("nowhere", "understand", 3)
    review.clear_rating("about", "balanced")
    assert not review.answered("about", "balanced")
    assert review.progress() == (1, len(review.sections) * len(CRITERIA) + 3)


def test_comments_anchor_to_a_section_and_an_optional_quote(hip: Aid) -> None:
    review = new_review(hip, "Ann", "patient")
    first = review.add_comment("options", "  Too long.  ", quote="It is a big\n   operation.")
    second = review.add_comment("about", "Clear.")
    assert (first.section, first.text, first.quote) == (
        "options",
        "Too long.",
        "It is a big operation.",
    )
    assert first.id != second.id and first.created
    assert review.comments_on("options") == [first]
    review.edit_comment(first.id, text="Much too long.", quote="")
    assert review.comment(first.id).text == "Much too long." and not first.quote
    review.remove_comment(second.id)
    assert review.comments == [first]
    with pytest.raises(ValueError, match="empty"):
        review.add_comment("about", "   ")
    with pytest.raises(ValueError, match="unknown section"):
        review.add_comment("nowhere", "Hello")
    with pytest.raises(KeyError):
        review.remove_comment("no-such-id")


def test_the_overall_questionnaire(hip: Aid) -> None:
    review = new_review(hip, "Ann", "clinician")
    review.answer("helps_decide", "yes")
    review.answer("options_fair", "partly")
    review.answer("missing", "  Costs of travel  ")
    review.answer("rating", 4)
    review.answer("comments", "Thank you.")
    overall = review.overall
    assert (overall.helps_decide, overall.options_fair, overall.missing, overall.rating) == (
        "yes",
        "partly",
        "Costs of travel",
        4,
    )
    review.answer("helps_decide", None)
    assert review.overall.helps_decide is None
    with pytest.raises(ValueError):
        review.answer("helps_decide", "maybe")
    with pytest.raises(ValueError):
        review.answer("rating", 9)
    with pytest.raises(ValueError):
        review.answer("favourite colour", "blue")


# -- the file ----------------------------------------------------------------------------------


def _full_review(aid: Aid) -> Review:
    review = new_review(aid, "Ann <b>", "patient")
    review.rate("about", "understand", 4)
    review.rate("options", "balanced", None)
    review.add_comment(
        "options", 'Say "big" plainly.\nSecond line.', quote="It is a big operation."
    )
    review.answer("helps_decide", "partly")
    review.answer("rating", 3)
    review.answer("missing", "Costs")
    return review


def test_json_round_trip_keeps_everything(tmp_path: Path, hip: Aid) -> None:
    review = _full_review(hip)
    path = tmp_path / "sub" / "ann.review.json"
    save_review(review, path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "sdm-aid/review" and data["schema_version"] == 1
    assert data["aid"]["id"] == "hip-osteoarthritis" and data["aid"]["version"] == "0.11.0"
    assert data["ratings"] == {"about": {"understand": 4}, "options": {"balanced": None}}
    assert read_review(path) == review
    assert load_review(path) == review
    assert from_json(to_json(review)) == review
    assert not list(tmp_path.glob("sub/.*.tmp"))  # the temporary file is gone


def _damage(text: str, change: Callable[[dict[str, Any]], object]) -> str:
    data = json.loads(text)
    change(data)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema="other"), "not an SDM Aid review file"),
        (lambda d: d.update(schema_version="1"), "no valid schema version"),
        (lambda d: d.pop("reviewer"), "'reviewer' is missing"),
        (lambda d: d["reviewer"].update(role="surgeon"), "role must be one of"),
        (lambda d: d["aid"].pop("content_hash"), "'content_hash' is missing"),
        (lambda d: d["ratings"]["about"].update(understand=7), "from 1 to 5"),
        (lambda d: d["ratings"].update(nowhere={"understand": 3}), "does not list"),
        (lambda d: d["comments"][0].update(section="nowhere"), "does not list"),
        (lambda d: d["comments"].append(dict(d["comments"][0])), "used twice"),
        (lambda d: d["comments"][0].update(text=""), "cannot be empty"),
        (lambda d: d["overall"].update(helps_decide="maybe"), "must be one of"),
        (lambda d: d.update(sections=[]), "lists no sections"),
    ],
)
def test_damaged_files_say_what_is_wrong(
    hip: Aid, change: Callable[[dict[str, Any]], object], message: str
) -> None:
    text = _damage(to_json(_full_review(hip)), change)
    with pytest.raises(ValueError, match=message):
        from_json(text)


def test_read_review_never_moves_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.review.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(
        ReviewError, match=r"bad\.review\.json is damaged: it is not valid JSON"
    ) as info:
        read_review(path)
    assert info.value.kind == "malformed" and info.value.moved_to is None
    assert path.exists()
    with pytest.raises(ReviewError) as missing:
        read_review(tmp_path / "missing.review.json")
    assert missing.value.kind == "unreadable"


def test_load_review_moves_a_damaged_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "mine.review.json"
    path.write_bytes(b"\xff\xfe not text")
    with pytest.raises(ReviewError, match="not UTF-8") as info:
        load_review(path)
    assert not path.exists()
    assert info.value.moved_to == tmp_path / "mine.review.json.corrupt"
    assert info.value.moved_to.read_bytes() == b"\xff\xfe not text"


def test_a_newer_format_is_refused_but_left_alone(tmp_path: Path, hip: Aid) -> None:
    path = tmp_path / "new.review.json"
    data = json.loads(to_json(new_review(hip, "Ann", "patient")))
    data["schema_version"] = 99
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReviewError, match="newer SDM Aid") as info:
        load_review(path)
    assert info.value.kind == "newer-format" and path.exists()


def test_file_name_and_store(tmp_path: Path, hip: Aid) -> None:
    review = new_review(hip, "Ann O'Neill", "patient")
    assert review_filename(review) == "hip-osteoarthritis-0.11.0-ann-o-neill-patient.review.json"
    store = ReviewStore(tmp_path / "reviews")
    assert store.summaries() == ([], [])
    saved = store.save(review)
    (tmp_path / "reviews" / "broken.review.json").write_text("[]", encoding="utf-8")
    found, problems = store.summaries()
    assert [s.path for s in found] == [saved] and found[0].reviewer == "Ann O'Neill"
    assert len(problems) == 1 and problems[0].moved_to is not None


# -- readability per section ------------------------------------------------------------------


def test_readability_of_each_section(hip: Aid) -> None:
    figures = readability_by_section(hip)
    assert list(figures) == [s.id for s in review_sections(hip)]
    about = figures["about"]
    assert about.graded and about.grade is not None and about.reading_ease is not None
    assert about.grade < 6 and about.ease_words in ("very easy", "easy", "fairly easy")
    assert about.reading_age == pytest.approx(about.grade + 5)
    assert not figures["compare"].graded and "not graded" in figures["compare"].note
    assert figures["compare"].words > 100
    assert figures["options"].words > 500
    # source titles are not the author's words: no jargon or long sentences flagged there
    assert figures["outcomes"].words_not_in_glossary == ()
    assert all("Source:" not in s.text for s in figures["outcomes"].long_sentences)
    assert figures["sources"].long_sentences == () and figures["sources"].unexplained == ()
    one = section_readability(hip, review_sections(hip)[0])
    assert one == about


def test_long_sentences_and_words_not_in_the_glossary(example_text: str) -> None:
    long_sentence = (
        "Many people who have had this condition for a long time find that the pain comes "
        "and goes over the months and years that follow."
    )
    text = example_text.replace(
        "# About this decision {#about}\n",
        f"# About this decision {{#about}}\n\n{long_sentence} An arthroscopy needs an MRI "
        "first. A short one.\n",
    )
    aid = _aid(text)
    about = next(s for s in review_sections(aid) if s.id == "about")
    figures = readability_by_section(aid)["about"]
    assert [s.text for s in figures.long_sentences] == [long_sentence]
    sentence = figures.long_sentences[0]
    assert about.text[sentence.start : sentence.end] == long_sentence
    assert sentence.words == 25 > LONG_SENTENCE_WORDS
    kinds = {w.word: w.kind for w in figures.unexplained}
    assert kinds == {"arthroscopy": MEDICAL_WORD, "MRI": ABBREVIATION}
    word = next(w for w in figures.unexplained if w.word == "MRI")
    assert about.text[word.start : word.end] == "MRI"
    assert figures.words_not_in_glossary == ("arthroscopy", "MRI")


def test_too_short_to_grade(example_text: str) -> None:
    aid = _aid(example_text)
    figures = readability_by_section(aid)
    short = [f for f in figures.values() if f.note.startswith("too short")]
    assert short and all(f.grade is None and f.words < 30 for f in short)


def test_highlight_html_marks_and_escapes() -> None:
    text = "Short <b>one</b>.\nA long sentence with jargon in it.\nLast & least."
    long_start = text.index("A long")
    long_end = text.index("\nLast")
    jargon = text.index("jargon")
    figures = SectionReadability(
        "about",
        12,
        3,
        None,
        None,
        "",
        (LongSentence(long_start, long_end, 25, text[long_start:long_end]),),
        (UnexplainedWord(jargon, jargon + 6, "jargon", MEDICAL_WORD),),
    )
    html = highlight_html(text, figures)
    assert html.split("\n") == [
        "<p>Short &lt;b&gt;one&lt;/b&gt;.</p>",
        '<p><mark class="long" title="sentence of over 20 words">A long sentence with </mark>'
        '<mark class="long word" title="sentence of over 20 words; not in the glossary">'
        'jargon</mark><mark class="long" title="sentence of over 20 words"> in it.</mark></p>',
        "<p>Last &amp; least.</p>",
    ]


def test_one_rule_tells_whether_two_reviewer_names_are_the_same_person() -> None:
    """Case and runs of spaces do not matter; spaces do (the review window once matched
    "AnnSmith" with "Ann Smith", collating did not: this is the one rule for both)."""
    assert same_reviewer("Ann Smith", "  ann   SMITH ")
    assert same_reviewer("Ann\tSmith", "ann smith")
    assert same_reviewer("STRASSE", "straße")  # casefold, not lower
    assert not same_reviewer("Ann Smith", "AnnSmith")
    assert not same_reviewer("Ann", "Anne")
    assert reviewer_key(" Ann  Smith ") == "ann smith"
