"""Parsing outcomes: values, studies, no_figures, control, not_applicable, order, sources."""

from __future__ import annotations

import pytest

from sdm_aid.core.model import Aid, Control, OutcomeValue
from sdm_aid.core.parser import ParseResult, parse_aid
from sdm_aid.core.presentation import rescale, source_line
from sdm_aid.core.session import fingerprint
from support import EXAMPLE, with_outcomes


def parsed(*blocks: str, front: str = "") -> ParseResult:
    return parse_aid(with_outcomes(*blocks, front=front))


def usable(*blocks: str, front: str = "") -> Aid:
    result = parsed(*blocks, front=front)
    assert result.usable_aid is not None, result.problems()
    return result.usable_aid


def rules(result: ParseResult) -> list[str]:
    return [f.rule for f in result.findings]


HEAD = """
id: {id}
label: Pain much better
timeframe: after 1 year
denominator: 100
desirable: {desirable}
certainty: moderate
"""


def head(outcome_id: str = "better", desirable: bool = True) -> str:
    return HEAD.format(id=outcome_id, desirable=str(desirable).lower())


def test_not_applicable_and_unknown_are_distinct() -> None:
    aid = usable(
        head()
        + """source: example-trial
values:
  exercise: {not_applicable: "No needle is used."}
  injection: 5
  wait: unknown
"""
    )
    [outcome] = aid.outcomes
    assert outcome.values["exercise"] == OutcomeValue(None, not_applicable="No needle is used.")
    assert [outcome.values[o].kind for o in ("exercise", "injection", "wait")] == [
        "not_applicable",
        "figure",
        "unknown",
    ]
    assert outcome.options_of_kind("not_applicable").keys() == {"exercise"}
    assert outcome.options_of_kind("unknown").keys() == {"wait"}
    assert outcome.figure_options() == {"injection"}
    [group] = outcome.groups()
    assert group.source == "example-trial" and dict(group.values) == {"injection": OutcomeValue(5)}


@pytest.mark.parametrize(
    "entry",
    ['{not_applicable: ""}', "{not_applicable: }", "not_applicable", "{not_applicable: true}"],
)
def test_not_applicable_needs_a_reason(entry: str) -> None:
    text = with_outcomes(
        head() + f"source: example-trial\nvalues:\n  exercise: {entry}\n  injection: 5\n  wait: 6\n"
    )
    result = parse_aid(text)
    assert rules(result) == ["SDM215"] and result.usable_aid is None
    [finding] = result.findings
    assert finding.line is not None
    assert text.split("\n")[finding.line - 1] == f"  exercise: {entry}"


def test_not_applicable_stands_alone() -> None:
    result = parsed(
        head()
        + """source: example-trial
values:
  exercise: {not_applicable: "No needle.", count: 0}
  injection: 5
  wait: 6
"""
    )
    assert rules(result) == ["SDM208"]


def test_control_on_a_value() -> None:
    aid = usable(
        head()
        + """source: example-trial
values:
  exercise: {count: 60, control: {count: 50, label: "dummy exercises"}}
  injection: 5
  wait: 6
"""
    )
    value = aid.outcomes[0].values["exercise"]
    assert value.control == Control(50, "dummy exercises") and value.count == 60
    assert rescale(value, 100, 1000) == OutcomeValue(600, control=Control(500, "dummy exercises"))


@pytest.mark.parametrize(("count", "rule"), [(101, "SDM214"), (-1, "SDM214"), ("x", "SDM208")])
def test_control_count_must_be_in_range(count: object, rule: str) -> None:
    entry = f'  exercise: {{count: 60, control: {{count: {count}, label: "dummy"}}}}'
    text = with_outcomes(
        head() + f"source: example-trial\nvalues:\n{entry}\n  injection: 5\n  wait: 6\n"
    )
    result = parse_aid(text)
    assert rules(result) == [rule] and result.usable_aid is None
    line = result.findings[0].line
    assert line is not None and text.split("\n")[line - 1] == entry


def test_control_needs_a_label() -> None:
    result = parsed(
        head() + "source: example-trial\nvalues:\n"
        "  exercise: {count: 60, control: {count: 50}}\n  injection: 5\n  wait: 6\n"
    )
    assert rules(result) == ["SDM208"]


STUDIES = """studies:
  - source: example-trial
    population: Adults with pain for 6 weeks
    timeframe: after 12 months
    values:
      injection: 70
      exercise: {count: 75, note: "Twelve sessions."}
  - source: example-review
    certainty: low
    note: "A smaller study."
    values:
      wait: {count: 60, control: {count: 50, label: "a leaflet"}}
      exercise: 90
"""


def test_several_studies() -> None:
    aid = usable(head() + STUDIES)
    [outcome] = aid.outcomes
    first, second = outcome.studies
    assert outcome.groups() == outcome.studies
    assert outcome.source == "example-trial"  # the first group's, when none is given
    assert dict(outcome.values) == {}
    assert (first.source, first.population, first.timeframe, first.certainty) == (
        "example-trial",
        "Adults with pain for 6 weeks",
        "after 12 months",
        None,
    )
    assert dict(first.values) == {
        "injection": OutcomeValue(70),
        "exercise": OutcomeValue(75, note="Twelve sessions."),
    }
    assert (second.source, second.certainty, second.note) == (
        "example-review",
        "low",
        "A smaller study.",
    )
    assert second.values["wait"].control == Control(50, "a leaflet")
    assert second.values["exercise"].count == 90  # an option may be in several groups
    assert outcome.figure_options() == {"injection", "exercise", "wait"}
    text = with_outcomes(head() + STUDIES)
    lines = text.split("\n")
    assert lines[first.line - 1].strip() == "- source: example-trial"
    assert lines[second.line - 1].strip() == "- source: example-review"


def test_one_study_with_no_figures() -> None:
    aid = usable(
        head()
        + """studies:
  - source: example-review
    values:
      injection: 5
no_figures:
  exercise: {not_applicable: "No needle is used."}
  wait: unknown
"""
    )
    [outcome] = aid.outcomes
    [group] = outcome.groups()
    assert group.source == "example-review" and outcome.source == "example-review"
    assert outcome.options_of_kind("not_applicable") == {
        "exercise": OutcomeValue(None, not_applicable="No needle is used.")
    }
    assert outcome.options_of_kind("unknown") == {"wait": OutcomeValue(None)}


def test_an_option_in_no_study_is_an_error() -> None:
    result = parsed(
        head() + "studies:\n  - source: example-review\n    values:\n      injection: 5\n"
    )
    assert sorted(rules(result)) == ["SDM216", "SDM216"]
    assert {m for f in result.findings for m in ("exercise", "wait") if m in f.message} == {
        "exercise",
        "wait",
    }


def test_both_values_and_studies_is_an_error() -> None:
    result = parsed(
        head()
        + "source: example-trial\nvalues:\n  exercise: 1\n  injection: 2\n  wait: 3\n"
        + STUDIES
    )
    assert rules(result) == ["SDM217"] and result.usable_aid is None


@pytest.mark.parametrize(
    ("old", "new", "rule"),
    [
        ("  - source: example-review\n", "  - source: nowhere\n", "SDM206"),
        ("  - source: example-review\n", "  - population: x\n", "SDM208"),
        ("      exercise: 90\n", "      exercise: unknown\n", "SDM208"),
        ("      exercise: 90\n", "      exercise: {not_applicable: x}\n", "SDM208"),
        ("      exercise: 90\n", "      exercise: {count: 9, source: example-trial}\n", "SDM208"),
        ("      exercise: 90\n", "      exercise: 900\n", "SDM205"),
        ("      exercise: 90\n", "      surgery: 9\n", "SDM203"),
        ("    certainty: low\n", "    certainty: sure\n", "SDM208"),
        ("    note: ", "    notes: ", "SDM208"),
        ("", "no_figures:\n  wait: unknown\n", "SDM208"),  # wait has a figure already
        ("", "no_figures:\n  wait: 5\n", "SDM208"),  # figures belong in a study
        ("", "no_figures: [wait]\n", "SDM208"),
    ],
)
def test_studies_mistakes(old: str, new: str, rule: str) -> None:
    assert old in STUDIES
    block = STUDIES.replace(old, new, 1) if old else STUDIES + new
    text = with_outcomes(head() + block)
    result = parse_aid(text)
    assert rule in rules(result), rules(result)
    assert result.usable_aid is None
    # each finding points at the line to fix, or at the start of its study group
    changed = {line.strip() for line in new.split("\n") if line.strip()}
    for finding in result.findings:
        assert finding.line is not None
        at = text.split("\n")[finding.line - 1].strip()
        assert at in changed or at.startswith("- source:"), (finding, at)


def test_studies_must_be_a_list() -> None:
    assert rules(parsed(head() + "studies: many\n")) == ["SDM208"]
    assert rules(parsed(head() + "studies: []\n")) == ["SDM208"]


def test_no_figures_belongs_with_studies() -> None:
    result = parsed(
        head()
        + "source: example-trial\nvalues:\n  exercise: 1\n  injection: 2\n  wait: 3\n"
        + "no_figures:\n  wait: unknown\n"
    )
    assert rules(result) == ["SDM208"]


def test_old_mixed_sources_become_one_group_per_source() -> None:
    aid = usable(
        head()
        + """source: example-trial
values:
  exercise: {count: 30, source: example-review}
  injection: 20
  wait: unknown
"""
    )
    [outcome] = aid.outcomes
    assert outcome.studies == ()
    own, other = outcome.groups()
    assert own.source == "example-trial" and list(own.values) == ["injection"]
    assert other.source == "example-review" and list(other.values) == ["exercise"]


BENEFIT = (
    head("benefit") + "source: example-trial\nvalues:\n  exercise: 1\n  injection: 2\n  wait: 3\n"
)
HARM = head("harm", desirable=False) + (
    "source: example-trial\nvalues:\n  exercise: 1\n  injection: 2\n  wait: 3\n"
)


def test_benefits_come_first_in_file_order() -> None:
    aid = usable(HARM, BENEFIT, BENEFIT.replace("id: benefit", "id: benefit-2"))
    assert [o.id for o in aid.outcomes] == ["benefit", "benefit-2", "harm"]
    assert aid.meta.outcome_order == "benefits-first"


def test_outcome_order_as_written() -> None:
    aid = usable(HARM, BENEFIT, front="outcome_order: as-written")
    assert [o.id for o in aid.outcomes] == ["harm", "benefit"]
    assert aid.meta.outcome_order == "as-written"


def test_outcome_order_is_checked() -> None:
    result = parsed(HARM, BENEFIT, front="outcome_order: harms-first")
    assert rules(result) == ["SDM106"]


JOURNAL_SOURCE = """  ly-pen:
    title: "Surgical decompression versus local steroid injection"
    journal: Arthritis and Rheumatism
    authors: "Ly-Pen D, Andréu JL, de Blas G"
    year: 2005
    volume: 52
    pages: 612-9
    pmid: 15692975
"""


def journal_text(source: str = JOURNAL_SOURCE) -> str:
    return EXAMPLE.read_text(encoding="utf-8").replace("sources:\n", "sources:\n" + source, 1)


def test_a_source_may_give_a_journal() -> None:
    result = parse_aid(journal_text())
    assert result.ok, result.problems()
    assert result.aid is not None
    source = result.aid.meta.source("ly-pen")
    assert source is not None
    assert (source.journal, source.publisher) == ("Arthritis and Rheumatism",) * 2
    assert (source.authors, source.volume, source.pages, source.pmid) == (
        "Ly-Pen D, Andréu JL, de Blas G",
        "52",
        "612-9",
        "15692975",
    )
    assert source.link == "https://pubmed.ncbi.nlm.nih.gov/15692975/"
    assert source_line(source) == (
        "Ly-Pen D, Andréu JL, de Blas G. Surgical decompression versus local steroid "
        "injection. Arthritis and Rheumatism, 2005;52:612-9. "
        "https://pubmed.ncbi.nlm.nih.gov/15692975/"
    )


@pytest.mark.parametrize(
    ("old", "new", "word"),
    [
        ("    journal: Arthritis and Rheumatism\n", "", "publisher (or journal)"),
        ("    pmid: 15692975\n", "", "url"),
        ("    pmid: 15692975\n", "    pmid: PM123\n", "pmid"),
        ('    authors: "Ly-Pen D, Andréu JL, de Blas G"\n', "    authors: [a, b]\n", "authors"),
    ],
)
def test_journal_source_mistakes(old: str, new: str, word: str) -> None:
    result = parse_aid(journal_text(JOURNAL_SOURCE.replace(old, new)))
    [finding] = result.findings
    assert finding.rule == "SDM108" and word in finding.message


def test_unchanged_outcomes_keep_their_fingerprint() -> None:
    old = usable(
        head() + "source: example-trial\nvalues:\n  exercise: 1\n  injection: unknown\n  wait: 3\n"
    )
    with_new_outcome = usable(
        head() + "source: example-trial\nvalues:\n  exercise: 1\n  injection: unknown\n  wait: 3\n",
        head("more") + STUDIES,
    )
    before, after = fingerprint(old), fingerprint(with_new_outcome)
    assert before["outcome:better"] == after["outcome:better"]
    assert "outcome:more" in after
    changed = usable(
        head() + "source: example-trial\nvalues:\n  exercise: 1\n"
        '  injection: {not_applicable: "No."}\n  wait: 3\n'
    )
    assert fingerprint(changed)["outcome:better"] != before["outcome:better"]


def test_both_values_and_studies_gives_that_one_error_only() -> None:
    """Not also "in no study" for options the studies leave out: which list was meant is
    unclear, so nothing more is guessed."""
    partial = STUDIES.replace(
        '      wait: {count: 60, control: {count: 50, label: "a leaflet"}}\n', ""
    )
    result = parsed(head() + "source: example-trial\nvalues:\n  wait: 3\n" + partial)
    assert rules(result) == ["SDM217"] and result.usable_aid is None
