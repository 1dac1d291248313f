from __future__ import annotations

from pathlib import Path

import pytest

from sdm_aid.core.findings import AidError
from sdm_aid.core.model import Control
from sdm_aid.core.parser import load_aid, load_aid_or_raise, parse_aid
from support import EXAMPLE


def test_example_parses_into_a_complete_aid() -> None:
    result = load_aid(EXAMPLE)
    assert result.ok, [str(f) for f in result.findings]
    aid = result.aid
    assert aid is not None
    assert aid.id == "example-aid"
    assert aid.meta.version == "1.2.0"
    assert aid.meta.approved_by is not None and aid.meta.approved_by.name == "Example Reviewer"
    assert [s.key for s in aid.meta.sources] == ["example-trial", "example-review"]
    assert aid.meta.source("example-review").link == "https://doi.org/10.0000/example.0001"
    assert list(aid.sections) == [
        "about",
        "options",
        "compare",
        "outcomes",
        "preferences",
        "quiz",
        "questions",
        "safety",
        "glossary",
    ]
    assert aid.sections["about"].line == 43
    assert "There is no single right answer." in aid.sections["about"].text


def test_options_have_ids_summaries_parts_and_status_quo() -> None:
    aid = load_aid_or_raise(EXAMPLE)
    assert aid.option_ids == ("exercise", "injection", "wait")
    assert aid.status_quo is not None and aid.status_quo.id == "wait"
    exercise = aid.option("exercise")
    assert exercise is not None
    assert exercise.summary_text.startswith("You learn exercises")
    assert [p.kind for p in exercise.parts] == ["involves", "benefits", "risks"]
    benefits = exercise.part("benefits")
    assert benefits is not None and benefits.line == 62
    assert '<sup class="cite"><a href="#source-example-trial"' in benefits.html
    assert "[@example-trial]" not in benefits.html


def test_compare_table_maps_columns_to_options_by_title_or_id() -> None:
    aid = load_aid_or_raise(EXAMPLE)
    assert aid.compare is not None
    assert aid.compare.option_ids == ("exercise", "injection", "wait")
    assert aid.compare.rows[0].question == "How long until it helps?"
    assert aid.compare.rows[0].cells == ("About 6 to 12 weeks", "A few weeks", "Months")


def test_outcomes_studies_controls_and_not_applicable() -> None:
    aid = load_aid_or_raise(EXAMPLE)
    better, skin = aid.outcomes
    assert (better.id, better.denominator, better.desirable, better.certainty) == (
        "much-better",
        100,
        True,
        "moderate",
    )
    assert better.population == "Adults with tennis elbow for over 6 weeks"
    trial, review = better.studies
    assert better.source == "example-trial" and dict(better.values) == {}
    assert (trial.source, list(trial.values)) == ("example-trial", ["exercise", "wait"])
    assert (review.source, review.certainty) == ("example-review", "low")
    assert review.population == "Adults with tennis elbow for over 3 months"
    injection = review.values["injection"]
    assert (injection.count, injection.low, injection.high) == (60, 50, 70)
    assert injection.control == Control(50, "a dummy injection")
    assert skin.studies == () and skin.values["injection"].count == 5
    assert skin.values["wait"].kind == "not_applicable"
    assert skin.values["exercise"].not_applicable == "No needle is used."
    assert skin.note == "Only one small study has looked at this."
    trial_source = aid.meta.source("example-trial")
    assert trial_source is not None
    assert (trial_source.journal, trial_source.authors) == (
        "Example Journal",
        "Example A, Sample B",
    )


def test_preferences_quiz_questions_glossary() -> None:
    aid = load_aid_or_raise(EXAMPLE)
    assert [p.id for p in aid.preferences] == ["avoid-needles", "quick-relief", "own-control"]
    assert aid.preferences[0].favours == ("exercise", "wait")
    assert aid.preferences[0].against == ("injection",)
    assert aid.preferences[1].against == ()  # optional
    assert aid.preferences[1].detail is not None
    assert aid.quiz[0].answer == 1 and aid.quiz[0].choices[1] == "About 65"
    assert aid.questions == (
        "What would happen if I waited?",
        "How long will the injection help for?",
    )
    assert [g.term for g in aid.glossary] == ["Physiotherapist", "Steroid"]
    assert aid.glossary[0].line == 188


def test_citations_are_numbered_and_located() -> None:
    aid = load_aid_or_raise(EXAMPLE)
    assert [(c.key, c.line) for c in aid.citations] == [
        ("example-trial", 64),
        ("example-review", 88),
    ]


def test_headings_in_any_language_are_found_by_id(example_text: str) -> None:
    welsh = example_text.replace("# Your options {#options}", "# Eich dewisiadau {#options}")
    result = parse_aid(welsh)
    assert result.ok
    assert result.aid is not None and result.aid.sections["options"].title == "Eich dewisiadau"


def test_fenced_code_that_is_not_data_stays_prose(example_text: str) -> None:
    text = example_text.replace(
        "You can take your time.", "You can take your time.\n\n```\n# not a heading {#quiz}\n```\n"
    )
    aid = parse_aid(text).aid
    assert aid is not None
    assert "not a heading" in aid.sections["about"].html
    assert aid.sections["quiz"].line > aid.sections["about"].line


def test_errors_point_at_the_line_to_fix(example_text: str) -> None:
    text = example_text.replace("  injection: 5\n", "")
    result = parse_aid(text, Path("knee.md"))
    [finding] = [f for f in result.findings if f.rule == "SDM204"]
    values_line = example_text[: example_text.index("values:\n  exercise: {not_applicable")].count(
        "\n"
    )
    assert finding.line == values_line + 1
    assert str(finding).startswith(
        f'knee.md:{finding.line}: SDM204 error: outcome "skin-change"'.replace('"', "'")
    )


def test_yaml_error_in_front_matter_reports_its_line(example_text: str) -> None:
    text = example_text.replace("version: 1.2.0", "version: [1.2.0")
    result = parse_aid(text)
    assert result.aid is None
    [finding] = result.findings
    assert finding.rule == "SDM104"
    assert 6 <= (finding.line or 0) <= 8


def test_load_or_raise_raises_the_projects_own_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("no front matter", encoding="utf-8")
    with pytest.raises(AidError) as caught:
        load_aid_or_raise(bad)
    assert caught.value.findings[0].rule == "SDM103"


def test_citations_in_table_cells_become_links(example_text: str) -> None:
    text = example_text.replace("| A few weeks |", "| 5 out of 100 [@example-review] |")
    aid = parse_aid(text).aid
    assert aid is not None and aid.compare is not None
    cell = aid.compare.rows[0].cells[1]
    assert cell.startswith('5 out of 100 <sup class="cite"><a href="#source-example-review"')


def test_typed_citation_tokens_cannot_break_parsing(example_text: str) -> None:
    text = example_text.replace("You can take your time.", "Odd \ue00099\ue001 text.")
    aid = parse_aid(text).aid
    assert aid is not None and "\ue000" not in aid.sections["about"].html


def test_against_lists_known_options_once(example_text: str) -> None:
    text = example_text.replace("  against: [injection]\n", "  against: [injection, surgery]\n")
    result = parse_aid(text, Path("x.md"))
    [unknown] = [f for f in result.findings if f.rule == "SDM203"]
    assert "is against 'surgery'" in unknown.message
    assert result.aid is not None and result.aid.preferences[0].against == ("injection",)
    text = example_text.replace("  against: [injection]\n", "  against: [wait]\n")
    result = parse_aid(text, Path("x.md"))
    [both] = [f for f in result.findings if f.rule == "SDM208"]
    assert "both favours and is against wait" in both.message
    text = example_text.replace("  against: [injection]\n", "  against: injection\n")
    assert any(
        f.rule == "SDM208" and "`against` must be a list" in f.message
        for f in parse_aid(text, Path("x.md")).findings
    )
