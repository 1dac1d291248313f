"""The validator's rules on outcome figures (SDM324-SDM328), approval (SDM110), safety (SDM329)."""

from __future__ import annotations

import datetime as dt

import pytest

from sdm_aid.core.findings import RULES, Finding, Severity
from sdm_aid.core.validation import ValidationConfig, check_text
from support import EXAMPLE, with_outcomes

CONFIG = ValidationConfig(today=dt.date(2026, 11, 23))

HEAD = """
id: {id}
label: Something happens
timeframe: after 1 year
denominator: 100
desirable: {desirable}
certainty: moderate
"""


def head(outcome_id: str, desirable: bool) -> str:
    return HEAD.format(id=outcome_id, desirable=str(desirable).lower())


def values(outcome_id: str, desirable: bool, exercise: str, injection: str, wait: str) -> str:
    return head(outcome_id, desirable) + (
        f"source: example-trial\nvalues:\n  exercise: {exercise}\n  injection: {injection}\n"
        f"  wait: {wait}\n"
    )


GOOD_BENEFIT = values("better", True, "70", "60", "65")


def findings(*blocks: str) -> list[Finding]:
    text = with_outcomes(*blocks)
    result = check_text(text, config=CONFIG)
    assert result.parsed.ok, result.parsed.problems()
    return result.findings


def of(rule: str, found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.rule == rule]


def test_the_new_rules_are_warnings_and_errors_as_the_issue_says() -> None:
    warnings = ("SDM324", "SDM325", "SDM326", "SDM327", "SDM328", "SDM329")
    assert all(RULES[code].severity is Severity.WARNING for code in warnings)
    errors = ("SDM110", "SDM214", "SDM215", "SDM216", "SDM217")
    assert all(RULES[code].severity is Severity.ERROR for code in errors)


def test_good_outcomes_raise_nothing() -> None:
    harm = values("harm", False, '{not_applicable: "No needle."}', "5", "unknown")
    assert findings(GOOD_BENEFIT, harm) == []


def test_mixed_sources_under_values() -> None:
    mixed = values("better", True, "{count: 70, source: example-review}", "60", "65")
    [finding] = findings(mixed)
    assert finding.rule == "SDM324" and "studies:" in finding.message
    assert "example-review, example-trial" in finding.message
    text = with_outcomes(mixed).split("\n")
    assert finding.line is not None and text[finding.line - 1] == "values:"
    # naming the outcome's own source on a value is not a second source
    same = values("better", True, "{count: 70, source: example-trial}", "60", "65")
    assert findings(same) == []


def test_studies_with_different_sources_are_fine() -> None:
    studies = head("better", True) + (
        "studies:\n  - source: example-trial\n    values:\n      exercise: 70\n"
        "      wait: 65\n  - source: example-review\n    values:\n      injection: 60\n"
    )
    assert findings(studies) == []


def test_every_option_with_the_same_figure() -> None:
    same = values("better", True, "95", "95", "{count: 95, low: 90, high: 99}")
    [finding] = findings(same)
    assert finding.rule == "SDM325" and "95 out of 100" in finding.message
    assert finding.line == with_outcomes(same).split("\n").index("id: better")
    # an option that cannot have the outcome makes it worth showing
    harm_na = values("harm", False, "2", "2", '{not_applicable: "No needle."}')
    assert of("SDM325", findings(GOOD_BENEFIT, harm_na)) == []
    # the same figure across study groups counts too
    studies = head("better", True) + (
        "studies:\n  - source: example-trial\n    values:\n      exercise: 95\n"
        "      wait: 95\n  - source: example-review\n    values:\n      injection: 95\n"
    )
    assert [f.rule for f in findings(studies)] == ["SDM325"]


@pytest.mark.parametrize(
    ("exercise", "injection", "wait", "warned"),
    [
        ("unknown", "unknown", "65", True),  # 1 of 3
        ('{not_applicable: "x"}', "unknown", "65", False),  # 1 of 2 is half
        ('{not_applicable: "x"}', '{not_applicable: "y"}', "unknown", True),  # 0 of 1
        ("70", "unknown", "65", False),
    ],
)
def test_benefit_with_figures_for_few_options(
    exercise: str, injection: str, wait: str, warned: bool
) -> None:
    benefit = values("better", True, exercise, injection, wait)
    found = of("SDM326", findings(benefit))
    assert bool(found) is warned
    harm = values("harm", False, exercise, injection, wait)
    assert of("SDM326", findings(GOOD_BENEFIT, harm)) == []  # benefits only


def test_option_with_harm_figures_but_no_benefit_figure() -> None:
    benefit = values("better", True, "70", "unknown", "65")
    harm = values("harm", False, '{not_applicable: "No needle."}', "5", "3")
    [finding] = of("SDM327", findings(benefit, harm))
    assert "'injection'" in finding.message and "harm" in finding.message
    text = with_outcomes(benefit, harm).split("\n")
    assert finding.line is not None and text[finding.line - 1] == "  injection: 5"
    # a benefit figure in any study group is enough
    studies = head("better", True) + (
        "studies:\n  - source: example-trial\n    values:\n      exercise: 70\n"
        "      wait: 65\n  - source: example-review\n    values:\n      injection: 60\n"
    )
    assert of("SDM327", findings(studies, harm)) == []


def test_zero_with_a_note() -> None:
    harm = values("harm", False, '{count: 0, note: "No needle is used."}', "5", "0")
    [finding] = of("SDM328", findings(GOOD_BENEFIT, harm))
    assert "'exercise'" in finding.message and "not_applicable" in finding.message
    text = with_outcomes(GOOD_BENEFIT, harm).split("\n")
    assert finding.line is not None and text[finding.line - 1].startswith("  exercise: {count: 0")
    in_study = head("harm", False) + (
        "studies:\n  - source: example-review\n    values:\n      injection: 5\n"
        '      exercise: {count: 0, note: "No needle."}\nno_figures:\n  wait: unknown\n'
    )
    assert len(of("SDM328", findings(GOOD_BENEFIT, in_study))) == 1


def _front(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


APPROVAL = "approved_by:\n  name: Example Reviewer\n  role: Consultant (example only)\n"


def test_published_without_approval_is_an_error_for_the_validator() -> None:
    example = EXAMPLE.read_text(encoding="utf-8")
    published = _front(example, "status: draft", "status: published")
    assert check_text(published, config=CONFIG).findings == []
    unapproved = _front(published, APPROVAL + "  date: 2026-01-20\n", "")
    result = check_text(unapproved, config=CONFIG)
    [finding] = result.findings
    assert finding.rule == "SDM110" and finding.is_error and finding.line == 7
    assert result.parsed.ok  # the parser, and so the app, still takes the aid
    draft = _front(example, APPROVAL + "  date: 2026-01-20\n", "")
    assert [f.rule for f in check_text(draft, config=CONFIG).findings] == ["SDM315"]


def test_warning_signs_section() -> None:
    example = EXAMPLE.read_text(encoding="utf-8")
    assert "# Warning signs {#safety}" in example
    without = example.replace("# Warning signs {#safety}", "# Warning signs {#later}")
    result = check_text(without, config=CONFIG)
    [finding] = result.findings
    assert finding.rule == "SDM329" and not finding.is_error and result.parsed.ok


def test_published_without_approval_counts_as_a_draft() -> None:
    from sdm_aid.core.parser import parse_aid

    example = EXAMPLE.read_text(encoding="utf-8")
    published = _front(example, "status: draft", "status: published")
    unapproved = _front(published, APPROVAL + "  date: 2026-01-20\n", "")
    metas = [parse_aid(t).aid for t in (example, published, unapproved)]
    assert [m.meta.is_draft for m in metas if m] == [True, False, True]
