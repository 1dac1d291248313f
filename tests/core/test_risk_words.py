"""Plain-English frequency sentences and certainty words."""

from __future__ import annotations

import pytest

from sdm_aid.core.model import CERTAINTIES, OutcomeValue
from sdm_aid.core.risk_words import (
    NO_FIGURE,
    certainty_words,
    frequency_sentence,
    number,
    value_range,
)


def test_count_out_of_100() -> None:
    text = frequency_sentence(OutcomeValue(40), 100, "Pain much better", "after 1 year")
    assert text == "After 1 year: 40 out of 100 people — pain much better. 60 out of 100 do not."


def test_zero_says_none_and_has_no_do_not_sentence() -> None:
    text = frequency_sentence(OutcomeValue(0), 100, "Infection of the new hip", "within 1 year")
    assert text == "Within 1 year: 0 out of 100 people (none) — infection of the new hip."


def test_everyone_says_all() -> None:
    text = frequency_sentence(OutcomeValue(100), 100, "Feel recovered", "1 year later")
    assert text == "1 year later: 100 out of 100 people (all) — feel recovered."


def test_range_gives_both_ends_and_best_estimate() -> None:
    value = OutcomeValue(40, low=30, high=50)
    text = frequency_sentence(value, 100, "Pain much better", "after 1 year")
    assert text == (
        "After 1 year: between 30 and 50 out of 100 people (best estimate 40) — pain much "
        "better. Between 50 and 70 out of 100 do not (best estimate 60)."
    )


def test_one_sided_range_uses_the_best_estimate_as_the_other_end() -> None:
    text = frequency_sentence(OutcomeValue(40, low=30), 100, "Better", "")
    assert text.startswith("Between 30 and 40 out of 100 people (best estimate 40) — better.")
    assert value_range(OutcomeValue(40, high=45), 100) == (40, 45)
    assert value_range(OutcomeValue(40, low=40, high=40), 100) is None
    assert value_range(OutcomeValue(40), 100) is None
    assert value_range(OutcomeValue(None, low=1, high=9), 100) is None


def test_unknown_count() -> None:
    text = frequency_sentence(OutcomeValue(None), 100, "Pain much better", "after 1 year")
    assert text == "After 1 year: pain much better. No reliable figure for this option."
    assert frequency_sentence(OutcomeValue(None), 100, "", "") == NO_FIGURE
    assert frequency_sentence(OutcomeValue(None, low=2, high=8), 1000, "", "") == NO_FIGURE


def test_1000_denominator_uses_thousands_separators_throughout() -> None:
    text = frequency_sentence(OutcomeValue(7), 1000, "Need a re-do operation", "within 10 years")
    assert text == (
        "Within 10 years: 7 out of 1,000 people — need a re-do operation. 993 out of 1,000 do not."
    )
    assert "1,000 out of 1,000 people (all)" in frequency_sentence(OutcomeValue(1000), 1000, "", "")
    assert "0 out of 1,000 people (none)" in frequency_sentence(OutcomeValue(0), 1000, "", "")
    ranged = frequency_sentence(OutcomeValue(7, low=3, high=12), 1000, "Stiffness", "")
    assert ranged == (
        "Between 3 and 12 out of 1,000 people (best estimate 7) — stiffness. "
        "Between 988 and 997 out of 1,000 do not (best estimate 993)."
    )


def test_one_denominator_only() -> None:
    text = frequency_sentence(OutcomeValue(25), 1000, "X", "")
    assert "out of 100 " not in text
    assert "%" not in text


def test_no_timeframe_capitalises_the_number_phrase() -> None:
    assert frequency_sentence(OutcomeValue(3), 100, "", "") == (
        "3 out of 100 people. 97 out of 100 do not."
    )


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("A serious problem caused by the treatment.", "a serious problem caused by the treatment"),
        ("MRI scan shows a tear", "MRI scan shows a tear"),
        ("McMurray test positive", "McMurray test positive"),
        ("  Feel recovered  ", "feel recovered"),
    ],
)
def test_label_wording(label: str, shown: str) -> None:
    text = frequency_sentence(OutcomeValue(5), 100, label, "within 90 days")
    assert text == f"Within 90 days: 5 out of 100 people — {shown}. 95 out of 100 do not."


def test_out_of_range_counts_are_clamped_and_bad_denominator_refused() -> None:
    assert frequency_sentence(OutcomeValue(120), 100, "", "").startswith("100 out of 100 people")
    with pytest.raises(ValueError):
        frequency_sentence(OutcomeValue(1), 0, "", "")


def test_number() -> None:
    assert number(1000) == "1,000"
    assert number(999) == "999"


def test_certainty_words() -> None:
    assert certainty_words("high") == "We are confident in this number."
    assert certainty_words("moderate") == "This number is probably close to the true figure."
    assert certainty_words("low") == "The true number may be quite different."
    assert certainty_words("very-low").startswith("This number is very uncertain")
    assert certainty_words("Very low") == certainty_words("very-low")
    assert certainty_words("nonsense") == ""
    assert all(certainty_words(c) for c in CERTAINTIES)
