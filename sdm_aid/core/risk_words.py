"""Plain-English words for a frequency, shown beside icon arrays and in summaries.

Qt-free: this module must never import PySide6.

Outcome labels are written by many authors in many grammatical shapes ("Pain much better",
"Had an operation on the back", "A serious problem caused by the treatment"), so the sentence
does not try to weave the label into a clause. It always uses one pattern::

    <Timeframe>: <N> out of <D> people — <label>. <D - N> out of <D> do not.

for example::

    After 1 year: 40 out of 100 people — pain much better. 60 out of 100 do not.

Details of the pattern:

* The timeframe gets a capital first letter; with no timeframe the sentence starts at the
  number.
* The label gets a lower-case first letter unless its first word looks like an acronym or
  a name with inner capitals ("MRI scan", "McMurray test"); a trailing full stop is dropped.
* Every number uses the one denominator, with thousands separators ("1,000").
* 0 reads "0 out of 100 people (none)", and everyone reads "100 out of 100 people (all)";
  neither has the "do not" sentence, which would only repeat the number.
* A range reads "between 30 and 50 out of 100 people (best estimate 40)", and the rest
  "Between 50 and 70 out of 100 do not (best estimate 60)." A range with only one end
  uses the best estimate as the other end.
* With no reliable figure (count ``None``): "<Timeframe>: <label>. No reliable figure for
  this option."
"""

from __future__ import annotations

from sdm_aid.core.model import Outcome, OutcomeValue

NO_FIGURE = "No reliable figure for this option."

_CERTAINTY_WORDS = {
    "high": "We are confident in this number.",
    "moderate": "This number is probably close to the true figure.",
    "low": "The true number may be quite different.",
    "very-low": "This number is very uncertain: the true number could be very different.",
}


def number(n: int) -> str:
    """A whole number with thousands separators: 1000 -> "1,000"."""
    return f"{n:,}"


def value_range(value: OutcomeValue, denominator: int) -> tuple[int, int] | None:
    """The (low, high) range of a value, clamped to 0..denominator, or None if it has none.

    A range with only one end uses the best estimate as the other; a range that collapses to
    a single number is no range.
    """
    if value.count is None or (value.low is None and value.high is None):
        return None
    count = _clamp(value.count, denominator)
    low = _clamp(value.low if value.low is not None else count, denominator)
    high = _clamp(value.high if value.high is not None else count, denominator)
    low, high = min(low, high), max(low, high)
    return None if low == high else (low, high)


def frequency_sentence(value: OutcomeValue, denominator: int, label: str, timeframe: str) -> str:
    """The frequency as one or two plain-English sentences (see the module docstring)."""
    if denominator <= 0:
        raise ValueError(f"denominator must be above 0, not {denominator}")
    label_part = _label(label)
    of_d = f"out of {number(denominator)}"

    if value.count is None:
        head = _capitalise(timeframe.strip())
        parts = [p for p in (head, label_part) if p]
        lead = ": ".join(parts)
        return f"{_capitalise(lead)}. {NO_FIGURE}" if lead else NO_FIGURE

    count = _clamp(value.count, denominator)
    rest = denominator - count
    span = value_range(value, denominator)
    if span is not None:
        low, high = span
        amount = f"between {number(low)} and {number(high)} {of_d} people"
        amount += f" (best estimate {number(count)})"
        others = (
            f"Between {number(denominator - high)} and {number(denominator - low)} {of_d} "
            f"do not (best estimate {number(rest)})."
        )
    else:
        amount = f"{number(count)} {of_d} people"
        others = f"{number(rest)} {of_d} do not."
        if count == 0:
            amount += " (none)"
            others = ""
        elif count == denominator:
            amount += " (all)"
            others = ""

    first = amount if not label_part else f"{amount} — {label_part}"
    tf = timeframe.strip().rstrip(":")
    first = f"{_capitalise(tf)}: {first}" if tf else _capitalise(first)
    return f"{first}. {others}" if others else f"{first}."


def certainty_words(certainty: str) -> str:
    """How sure we are of a number, in plain English; "" for an unknown certainty."""
    key = certainty.strip().lower().replace("_", "-").replace(" ", "-")
    return _CERTAINTY_WORDS.get(key, "")


def value_words(value: OutcomeValue, denominator: int, outcome: Outcome) -> str:
    """The frequency sentence for one option, with what is particular to that option's
    figure: its own certainty when it differs from the outcome's, and its note."""
    sentence = frequency_sentence(value, denominator, outcome.label, outcome.timeframe)
    if value.certainty and value.certainty != outcome.certainty:
        sentence += " " + certainty_words(value.certainty)
    if value.note:
        sentence += " " + value.note
    return sentence


def _clamp(n: int, denominator: int) -> int:
    return max(0, min(n, denominator))


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _label(label: str) -> str:
    """The label as it reads after a dash: trimmed, no final full stop, lower-case start."""
    return lower_first(label.strip().rstrip(".").strip())


def lower_first(text: str) -> str:
    """Text as it reads inside a sentence: a lower-case start, unless its first word looks
    like an acronym or a name with inner capitals ("MRI scan", "McMurray test")."""
    text = text.strip()
    if not text:
        return ""
    first_word = text.split()[0]
    if first_word == "I" or any(c.isupper() for c in first_word[1:]):
        return text
    return text[:1].lower() + text[1:]
