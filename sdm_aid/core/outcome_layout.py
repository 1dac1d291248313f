"""How one outcome is laid out for a patient, by the same rules everywhere.

The app's outcomes step, the summary exports and the panel-review text all build on
:func:`outcome_layout`, so that none of them can mislead in its own way:

* Figures from one study (a :class:`~sdm_aid.core.model.StudyGroup`) are drawn side by
  side; figures from different studies are never drawn as one comparison: each group
  keeps its own frame, and a plain sentence says they studied different people.
* A difference is stated in words against the study's control group ("60 out of 100
  with gels, 50 out of 100 with a dummy gel: 10 more in 100"), or against the status-quo
  option in the same group, or, in a group of two options, between the two.
* Options that cannot have the outcome are one line ("Cannot happen with exercise and
  weight loss: nothing enters the joint."), and options with no reliable figure another:
  no pictures of nothing. :attr:`OutcomeLayout.no_figures` keeps each such option apart,
  with its kind and the aid's reason, for the summaries and the key figures.
* Every outcome on the step uses one denominator (:func:`step_denominators`).

Qt-free: this module must never import PySide6.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sdm_aid.core.model import Aid, Outcome, OutcomeValue, Source
from sdm_aid.core.risk_words import (
    certainty_words,
    frequency_sentence,
    lower_first,
    number,
)

COMMON_DENOMINATORS = (100, 1000)  # the denominators a step may show, in words people know
SEPARATE_STUDIES = (
    "These figures come from {n} different studies of different people. "
    "Compare options only inside one box."
)


@dataclass(frozen=True)
class FigureRow:
    """One option's figure in one study group, at the step's denominator."""

    option_id: str
    option: str  # the option's title
    value: OutcomeValue
    denominator: int
    sentence: str  # the frequency in words, with the figure's own certainty and note
    difference: str  # the difference in words against the comparison, or ""


@dataclass(frozen=True)
class GroupLayout:
    """One study: its figures side by side, with who was studied, when and where from."""

    source_key: str
    source: Source | None
    population: str
    timeframe: str
    certainty: str  # high, moderate, low, very-low
    certainty_words: str
    note: str
    rows: tuple[FigureRow, ...]

    @property
    def source_name(self) -> str:
        return self.source.title if self.source else self.source_key


@dataclass(frozen=True)
class NoFigure:
    """An option with no figure for an outcome: why, in the aid's words."""

    option_id: str
    option: str
    kind: str  # "unknown" or "not_applicable"
    reason: str  # the not-applicable reason, or the unknown value's note ("" if none)


@dataclass(frozen=True)
class OutcomeLayout:
    outcome: Outcome
    denominator: int  # the denominator every figure of this outcome is shown out of
    groups: tuple[GroupLayout, ...]
    separate_studies: str  # the "different studies" sentence when there are 2+ groups
    not_applicable: tuple[str, ...]  # one line per reason
    unknown: str  # "No reliable figure for …", or ""
    unknown_notes: tuple[tuple[str, str], ...]  # (option title, note) of unknown values
    no_figures: tuple[NoFigure, ...] = ()  # each option shown with no figure, and why

    @property
    def has_figures(self) -> bool:
        return any(g.rows for g in self.groups)


def outcome_layout(
    aid: Aid,
    outcome: Outcome,
    option_ids: Sequence[str] | None = None,
    denominator: int | None = None,
) -> OutcomeLayout:
    """Lay out ``outcome`` for the options shown (all by default), every figure out of
    ``denominator`` where it converts exactly (the outcome's own otherwise)."""
    shown = [o for o in aid.options if option_ids is None or o.id in option_ids]
    titles = {o.id: o.title for o in shown}
    status_quo = aid.status_quo.id if aid.status_quo else None
    target = denominator or outcome.denominator
    scale = target if _converts(outcome, target) else outcome.denominator

    groups = []
    for group in outcome.groups():
        timeframe = group.timeframe or outcome.timeframe
        certainty = group.certainty or outcome.certainty
        values = {k: rescale(v, outcome.denominator, scale) for k, v in group.values.items()}
        rows = tuple(
            FigureRow(
                option_id=option_id,
                option=titles[option_id],
                value=value,
                denominator=scale,
                sentence=figure_sentence(value, scale, outcome, timeframe, certainty),
                difference=_difference(option_id, values, titles, status_quo, scale),
            )
            for option_id in titles
            if (value := values.get(option_id)) is not None
        )
        if rows:
            groups.append(
                GroupLayout(
                    source_key=group.source,
                    source=aid.meta.source(group.source),
                    population=group.population or outcome.population or "",
                    timeframe=timeframe,
                    certainty=certainty,
                    certainty_words=certainty_words(certainty),
                    note=group.note or "",
                    rows=rows,
                )
            )
    has_figure = {row.option_id for g in groups for row in g.rows}
    not_applicable: dict[str, list[str]] = {}
    unknown: list[str] = []
    unknown_notes: list[tuple[str, str]] = []
    no_figures: list[NoFigure] = []
    for option_id, title in titles.items():
        value = outcome.values.get(option_id)
        if option_id in has_figure or value is None or value.kind == "figure":
            continue
        reason = (value.not_applicable or value.note or "").strip()
        no_figures.append(NoFigure(option_id, title, value.kind, reason))
        if value.kind == "not_applicable":
            not_applicable.setdefault(value.not_applicable or "", []).append(title)
        elif value.kind == "unknown":
            unknown.append(title)
            if value.note:
                unknown_notes.append((title, value.note))
    return OutcomeLayout(
        outcome=outcome,
        denominator=scale,
        groups=tuple(groups),
        separate_studies=SEPARATE_STUDIES.format(n=len(groups)) if len(groups) > 1 else "",
        not_applicable=tuple(
            _not_applicable_line(names, reason) for reason, names in not_applicable.items()
        ),
        unknown=f"No reliable figure for {join_names(unknown)}." if unknown else "",
        unknown_notes=tuple(unknown_notes),
        no_figures=tuple(no_figures),
    )


def figure_sentence(
    value: OutcomeValue, denominator: int, outcome: Outcome, timeframe: str, certainty: str
) -> str:
    """The frequency sentence for one figure, with its own certainty (when it differs from
    its study's) and its note."""
    sentence = frequency_sentence(value, denominator, outcome.label, timeframe)
    if value.certainty and value.certainty != certainty:
        sentence += " " + certainty_words(value.certainty)
    if value.note:
        sentence += " " + value.note
    return sentence


def step_denominators(outcomes: Iterable[Outcome]) -> tuple[int, ...]:
    """The denominators for the step, the default first; offer a 100/1,000 switch only
    when there are two.

    These are 100 and 1,000, whichever every figure of every outcome converts to exactly.
    When neither does (an outcome of rare harms out of 10,000, say), the one most outcomes
    convert to exactly is the only one (100 on a tie), and an outcome that does not
    convert keeps its own denominator (:func:`outcome_layout` does so). The empty tuple
    means there are no outcomes.
    """
    outcomes = list(outcomes)
    if not outcomes:
        return ()
    exact = tuple(d for d in COMMON_DENOMINATORS if all(_converts(o, d) for o in outcomes))
    if exact:
        return exact
    fits = {d: sum(_converts(o, d) for o in outcomes) for d in COMMON_DENOMINATORS}
    return (max(COMMON_DENOMINATORS, key=lambda d: (fits[d], -d)),)


def rescale(value: OutcomeValue, denominator: int, target: int) -> OutcomeValue:
    """The same figure out of ``target`` people; the caller checks it converts exactly."""
    if target == denominator or value.count is None:
        return value
    control = value.control
    return replace(
        value,
        count=_convert(value.count, denominator, target),
        low=None if value.low is None else _convert(value.low, denominator, target),
        high=None if value.high is None else _convert(value.high, denominator, target),
        control=None
        if control is None
        else replace(control, count=_convert(control.count, denominator, target)),
    )


def join_names(names: Sequence[str]) -> str:
    """Option titles in a sentence: "exercise, weight loss and carrying on as now"."""
    words = [lower_first(n) for n in names]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _figures(outcome: Outcome) -> Iterable[int]:
    for group in outcome.groups():
        for value in group.values.values():
            for n in (value.count, value.low, value.high):
                if n is not None:
                    yield n
            if value.control is not None:
                yield value.control.count


def _converts(outcome: Outcome, target: int) -> bool:
    d = outcome.denominator
    return all((n * target) % d == 0 for n in _figures(outcome))


def _convert(n: int, denominator: int, target: int) -> int:
    return n * target // denominator


def _difference(
    option_id: str,
    values: dict[str, OutcomeValue],
    titles: dict[str, str],
    status_quo: str | None,
    denominator: int,
) -> str:
    """The difference for one option, in words, against what its study compared it with."""
    value = values[option_id]
    assert value.count is not None
    of_d = f"out of {number(denominator)}"
    if value.control is not None:
        other, other_name = value.control.count, value.control.label
        return (
            f"{number(value.count)} {of_d} with {lower_first(titles[option_id])}, "
            f"{number(other)} {of_d} with {lower_first(other_name)}: "
            f"{_more_or_fewer(value.count - other, denominator)}."
        )
    shown = [k for k in titles if k in values]
    if status_quo in shown and option_id != status_quo:
        compared = status_quo
    elif status_quo not in shown and len(shown) == 2 and option_id == shown[1]:
        compared = shown[0]
    else:
        return ""
    assert compared is not None
    base = values[compared].count
    assert base is not None
    this, other_title = lower_first(titles[option_id]), lower_first(titles[compared])
    if value.count == base:
        return f"No difference between {this} and {other_title}."
    return f"{_more_or_fewer(value.count - base, denominator)} with {this} than with {other_title}."


def _more_or_fewer(diff: int, denominator: int) -> str:
    if diff == 0:
        return "no difference"
    word = "more" if diff > 0 else "fewer"
    return f"{number(abs(diff))} {word} in {number(denominator)}"


def _not_applicable_line(names: list[str], reason: str) -> str:
    reason = reason.strip()
    line = f"Cannot happen with {join_names(names)}"
    if reason:
        line += ": " + lower_first(reason)
    return line if line.endswith((".", "!", "?")) else line + "."
