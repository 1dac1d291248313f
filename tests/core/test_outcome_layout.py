"""The shared layout of one outcome: groups, differences, one-line gaps, one denominator."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest

from sdm_aid.core.model import Aid, Control, Outcome, OutcomeValue, StudyGroup
from sdm_aid.core.outcome_layout import outcome_layout, rescale, step_denominators
from sdm_aid.core.parser import parse_aid


@pytest.fixture
def aid(example_text: str) -> Aid:
    parsed = parse_aid(example_text)
    assert parsed.aid is not None
    return parsed.aid


def _outcome(values: dict[str, OutcomeValue], **kw: object) -> Outcome:
    base = dict(
        id="o",
        label="Pain much better",
        timeframe="after 6 weeks",
        denominator=100,
        desirable=True,
        certainty="moderate",
        source=kw.pop("source", "nice-ng226"),
        values=MappingProxyType(values),
        line=1,
    )
    base.update(kw)
    return Outcome(**base)  # type: ignore[arg-type]


def _source(aid: Aid, n: int = 0) -> str:
    return aid.meta.sources[n].key


def test_not_applicable_and_unknown_are_single_lines(aid: Aid) -> None:
    outcome = _outcome(
        {
            "exercise": OutcomeValue(None, not_applicable="Nothing enters the skin."),
            "injection": OutcomeValue(3),
            "wait": OutcomeValue(None, not_applicable="Nothing enters the skin."),
        },
        source=_source(aid),
    )
    layout = outcome_layout(aid, outcome)
    assert [r.option_id for g in layout.groups for r in g.rows] == ["injection"]
    assert layout.not_applicable == (
        "Cannot happen with exercises with a physiotherapist and waiting to see: "
        "nothing enters the skin.",
    )
    assert layout.unknown == ""

    unknown = _outcome({k: OutcomeValue(None) for k in aid.option_ids}, source=_source(aid))
    layout = outcome_layout(aid, unknown)
    assert layout.groups == () and not layout.has_figures
    assert layout.unknown.startswith("No reliable figure for exercises with a physiotherapist")


def test_control_group_difference_in_words(aid: Aid) -> None:
    outcome = _outcome(
        {
            "exercise": OutcomeValue(None),
            "injection": OutcomeValue(60, control=Control(50, "a dummy injection")),
            "wait": OutcomeValue(None),
        },
        source=_source(aid),
    )
    (group,) = outcome_layout(aid, outcome).groups
    assert group.rows[0].difference == (
        "60 out of 100 with steroid injection, 50 out of 100 with a dummy injection: "
        "10 more in 100."
    )


def test_difference_against_status_quo_in_the_same_study(aid: Aid) -> None:
    outcome = _outcome(
        {"exercise": OutcomeValue(40), "injection": OutcomeValue(55), "wait": OutcomeValue(45)},
        source=_source(aid),
    )
    rows = {r.option_id: r for r in outcome_layout(aid, outcome).groups[0].rows}
    assert rows["exercise"].difference == (
        "5 fewer in 100 with exercises with a physiotherapist than with waiting to see."
    )
    assert rows["injection"].difference.startswith("10 more in 100 with steroid injection")
    assert rows["wait"].difference == ""
    same = _outcome({"exercise": OutcomeValue(45), "wait": OutcomeValue(45)}, source=_source(aid))
    rows = {r.option_id: r for r in outcome_layout(aid, same).groups[0].rows}
    assert rows["exercise"].difference == (
        "No difference between exercises with a physiotherapist and waiting to see."
    )


def test_separate_studies_keep_their_own_frames(aid: Aid) -> None:
    a, b = _source(aid, 0), _source(aid, 1)
    outcome = _outcome(
        {"wait": OutcomeValue(None)},
        source=a,
        studies=(
            StudyGroup(
                a,
                MappingProxyType({"exercise": OutcomeValue(70), "injection": OutcomeValue(75)}),
                1,
                timeframe="at 12 months",
            ),
            StudyGroup(
                b, MappingProxyType({"injection": OutcomeValue(90)}), 2, population="Adults"
            ),
        ),
    )
    layout = outcome_layout(aid, outcome)
    assert [[r.option_id for r in g.rows] for g in layout.groups] == [
        ["exercise", "injection"],
        ["injection"],
    ]
    assert layout.groups[0].timeframe == "at 12 months"
    assert layout.groups[1].timeframe == "after 6 weeks"
    assert layout.groups[1].population == "Adults"
    assert "2 different studies of different people" in layout.separate_studies
    # A group of two with no status quo states the difference between the two.
    assert layout.groups[0].rows[1].difference.startswith("5 more in 100 with steroid injection")
    assert layout.unknown == "No reliable figure for waiting to see."


def test_old_mixed_sources_become_one_group_per_source(aid: Aid) -> None:
    a, b = _source(aid, 0), _source(aid, 1)
    outcome = _outcome(
        {
            "exercise": OutcomeValue(10, source=b),
            "injection": OutcomeValue(20),
            "wait": OutcomeValue(30),
        },
        source=a,
    )
    layout = outcome_layout(aid, outcome)
    assert [g.source_key for g in layout.groups] == [a, b]
    assert [r.option_id for r in layout.groups[0].rows] == ["injection", "wait"]
    assert layout.separate_studies


def test_only_shown_options(aid: Aid) -> None:
    outcome = _outcome(
        {"exercise": OutcomeValue(10), "injection": OutcomeValue(20), "wait": OutcomeValue(30)},
        source=_source(aid),
    )
    layout = outcome_layout(aid, outcome, option_ids=["injection"])
    assert [r.option_id for g in layout.groups for r in g.rows] == ["injection"]


def test_one_denominator_per_step(aid: Aid) -> None:
    per_100 = _outcome(
        {"injection": OutcomeValue(60, control=Control(50, "dummy"))}, source=_source(aid)
    )
    per_1000 = _outcome({"injection": OutcomeValue(3)}, denominator=1000, source=_source(aid))
    per_1000_round = _outcome(
        {"injection": OutcomeValue(30)}, denominator=1000, source=_source(aid)
    )
    assert step_denominators([per_100, per_1000]) == (1000,)
    assert step_denominators([per_100, per_1000_round]) == (100, 1000)
    # Rare harms out of 10,000 convert to neither: the step shows what most outcomes
    # convert to exactly (100 on a tie), and the rare one keeps its own 10,000.
    rare = _outcome({"injection": OutcomeValue(8)}, denominator=10000, source=_source(aid))
    assert step_denominators([per_100, per_1000_round, rare]) == (100,)
    assert step_denominators([per_100, rare]) == (100,)
    assert step_denominators([per_1000, rare]) == (1000,)
    assert outcome_layout(aid, rare, denominator=100).denominator == 10000
    assert step_denominators([]) == ()
    layout = outcome_layout(aid, per_100, denominator=1000)
    row = layout.groups[0].rows[0]
    assert (layout.denominator, row.value.count, row.value.control) == (
        1000,
        600,
        Control(500, "dummy"),
    )
    assert "600 out of 1,000" in row.sentence
    # A figure that does not convert exactly keeps its own denominator.
    assert outcome_layout(aid, per_1000, denominator=100).denominator == 1000


def test_rescale_keeps_every_field() -> None:
    value = OutcomeValue(3, 1, 5, "s", "n", "low", Control(2, "c"))
    assert rescale(value, 100, 1000) == replace(
        value, count=30, low=10, high=50, control=Control(20, "c")
    )
