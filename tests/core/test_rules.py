"""Every rule has a broken fixture that triggers it (tests/fixtures/make_broken.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sdm_aid.core.findings import RULES, Severity
from sdm_aid.core.validation import ValidationConfig, check_file, check_text
from support import EXAMPLE, FIXTURES

BROKEN = sorted((FIXTURES / "broken").glob("SDM*.md"))
CONFIG = ValidationConfig(today=dt.date(2026, 11, 23))


def test_the_complete_example_is_clean() -> None:
    assert check_file(EXAMPLE, CONFIG).findings == []


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_broken_fixture_triggers_its_rule(path: Path) -> None:
    rule = path.name[:6]
    findings = check_file(path, CONFIG).findings
    assert rule in {f.rule for f in findings}, [str(f) for f in findings]
    mine = [f for f in findings if f.rule == rule]
    assert all(f.path == path and f.message for f in mine)
    assert all(f.line is not None for f in mine if rule not in {"SDM201"})


def test_every_rule_has_a_fixture_or_a_test() -> None:
    covered = {p.name[:6] for p in BROKEN} | {"SDM101", "SDM109", "SDM210"}
    assert set(RULES) <= covered, sorted(set(RULES) - covered)


def test_file_over_one_megabyte_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_text(EXAMPLE.read_text(encoding="utf-8") + "a" * 1_000_001, encoding="utf-8")
    [finding] = check_file(big).findings
    assert finding.rule == "SDM101" and finding.is_error


def test_unreadable_path_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    [finding] = check_file(tmp_path / "missing.md").findings
    assert finding.rule == "SDM109"


def test_not_utf8_reports_the_line() -> None:
    [finding] = check_file(FIXTURES / "broken" / "SDM102-not-utf8.md").findings
    assert finding.line == EXAMPLE.read_text(encoding="utf-8").count("\n") + 2


def test_severities_match_the_issue() -> None:
    assert RULES["SDM204"].severity is Severity.ERROR
    assert RULES["SDM315"].severity is Severity.WARNING
    assert RULES["SDM317"].severity is Severity.WARNING


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("About 50% of people feel better.", "SDM306"),
        ("People are three times more likely to need another operation.", "SDM307"),
        ("Infection after surgery is uncommon.", "SDM308"),
        ("We recommend that you try physio first.", "SDM309"),
        ("The best option for most people is to wait.", "SDM309"),
    ],
)
def test_wording_rules(example_text: str, sentence: str, rule: str) -> None:
    text = example_text.replace("You can take your time.", sentence)
    findings = check_text(text, config=CONFIG).findings
    assert [f.rule for f in findings] == [rule]
    assert findings[0].line == 50


@pytest.mark.parametrize(
    "sentence",
    [
        "About 2 out of 100 people get an infection, which is uncommon [@example-trial].",
        "About 20 out of 100 people (20%) feel better [@example-trial].",
        "You can take your time.",
    ],
)
def test_wording_rules_accept_good_practice(example_text: str, sentence: str) -> None:
    text = example_text.replace("You can take your time.", sentence)
    assert check_text(text, config=CONFIG).findings == []


def test_abbreviation_explained_in_text_or_glossary_is_fine(example_text: str) -> None:
    inline = example_text.replace(
        "It takes a few minutes.",
        "It is like a magnetic resonance imaging (MRI) scan. An MRI is safe.",
    )
    assert check_text(inline, config=CONFIG).findings == []
    glossary = example_text.replace("It takes a few minutes.", "It is like an MRI.") + (
        "\nMRI\n:   A scan that uses magnets to make pictures of the inside of the body.\n"
    )
    assert check_text(glossary, config=CONFIG).findings == []


def test_jargon_defined_in_glossary_including_plurals(example_text: str) -> None:
    text = example_text.replace("It takes a few minutes.", "Steroids are medicines.")
    assert check_text(text, config=CONFIG).findings == []


def test_reading_level_target_is_configurable(example_text: str) -> None:
    strict = ValidationConfig(today=CONFIG.today, max_grade=0.5)
    findings = check_text(example_text, config=strict).findings
    assert "SDM317" in {f.rule for f in findings}
    off = ValidationConfig(today=CONFIG.today, max_grade=0.5, readability=False)
    assert check_text(example_text, config=off).findings == []


def test_medical_words_pattern_matches_as_the_plain_alternation() -> None:
    """The tree-shaped pattern finds exactly what "longest word first" alternation finds."""
    import re

    from sdm_aid.core.validation import _terms_pattern, medical_terms
    from sdm_aid.paths import bundled_aids_dir

    words = medical_terms()
    plain = re.compile(
        r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")"
        r"(?:s|es)?\b",
        re.IGNORECASE,
    )
    texts = [p.read_text(encoding="utf-8") for p in sorted(bundled_aids_dir().glob("*.md"))]
    texts += [" ".join(words), " ".join(w + "s" for w in words), " ".join(w.upper() for w in words)]
    texts += [" ".join(w[:-1] for w in words), "-".join(words)]
    for text in texts:
        expected = [(m.start(), m.group(0)) for m in plain.finditer(text)]
        assert [(m.start(), m.group(0)) for m in _terms_pattern().finditer(text)] == expected
    assert len([m for t in texts for m in plain.finditer(t)]) > 200
