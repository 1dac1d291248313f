"""Warnings about outcome figures that could mislead a patient (rules SDM324-SDM328).

The parser already refuses figures that are wrong in form; these checks look at what the
figures say together: unlike studies drawn as one comparison, outcomes that cannot help
anyone choose, benefits and harms that are not given for the same options, and zeros
that stand for "cannot happen".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sdm_aid.core.model import Aid, Outcome, OutcomeValue

Add = Callable[..., None]  # (rule, line, message, subject=outcome or option id)
LineOf = Callable[[str, int], int]  # (phrase, start line) -> the line that holds it


def _figures(outcome: Outcome) -> Iterator[tuple[str, OutcomeValue, int]]:
    """Every figure of an outcome with its option id and the line its group starts at."""
    if outcome.studies:
        for group in outcome.studies:
            for option_id, value in group.values.items():
                yield option_id, value, group.line
    else:
        for option_id, value in outcome.values.items():
            if value.kind == "figure":
                yield option_id, value, outcome.line


def _mixed_sources(outcome: Outcome, add: Add, line_of: LineOf) -> None:
    if outcome.studies:
        return
    sources = sorted({v.source or outcome.source for _, v, _ in _figures(outcome)})
    if len(sources) > 1:
        add(
            "SDM324",
            line_of("values:", outcome.line),
            f"outcome {outcome.id!r}: its figures come from {len(sources)} sources "
            f"({', '.join(sources)}) but are written as one `values:` list, which reads as "
            "one study that compared them; write them under `studies:`, one group per study",
            subject=outcome.id,
        )


def _same_figure(outcome: Outcome, add: Add) -> None:
    figures = [v for _, v, _ in _figures(outcome)]
    if len(figures) < 2 or outcome.options_of_kind("not_applicable"):
        return
    counts = {v.count for v in figures}
    if len(counts) == 1:
        add(
            "SDM325",
            outcome.line,
            f"outcome {outcome.id!r}: every option has the same figure ({counts.pop()} out "
            f"of {outcome.denominator}); does this outcome help anyone choose? Check that the "
            "figure was found for each option, or say in words that the options do not differ",
            subject=outcome.id,
        )


def _thin_benefit(aid: Aid, outcome: Outcome, add: Add) -> None:
    if not outcome.desirable:
        return
    applicable = [o for o in aid.option_ids if o not in outcome.options_of_kind("not_applicable")]
    with_figure = outcome.figure_options()
    if applicable and 2 * len(with_figure & set(applicable)) < len(applicable):
        missing = [o for o in applicable if o not in with_figure]
        add(
            "SDM326",
            outcome.line,
            f"benefit outcome {outcome.id!r} has a figure for {len(with_figure)} of "
            f"{len(applicable)} options (none for {', '.join(missing)}), so the options "
            "cannot be weighed on it; find figures for the others, or say why there are none",
            subject=outcome.id,
        )


def _harms_without_benefits(aid: Aid, add: Add, line_of: LineOf) -> None:
    benefit_options = {o for out in aid.outcomes if out.desirable for o in out.figure_options()}
    for option_id in aid.option_ids:
        if option_id in benefit_options:
            continue
        harms = [o for o in aid.outcomes if not o.desirable and option_id in o.figure_options()]
        if harms:
            add(
                "SDM327",
                line_of(f"{option_id}:", harms[0].line),
                f"option {option_id!r} has figures for harms ({', '.join(o.id for o in harms)}) "
                "but none for any benefit, so only its downsides have numbers; give a benefit "
                "figure for it, or say in the option's text that no reliable figure exists",
                subject=option_id,
            )


def _zero_with_note(outcome: Outcome, add: Add, line_of: LineOf) -> None:
    for option_id, value, start in _figures(outcome):
        if value.count == 0 and value.note:
            add(
                "SDM328",
                line_of(f"{option_id}:", start),
                f"outcome {outcome.id!r}, option {option_id!r}: 0 with a note ({value.note!r}); "
                'if it cannot happen with this option, write `{not_applicable: "reason"}` '
                "so it is not drawn as a picture of nobody",
                subject=outcome.id,
            )


def check_outcomes(aid: Aid, add: Add, line_of: LineOf) -> None:
    """Add warnings SDM324-SDM328 for the outcomes of ``aid``."""
    for outcome in aid.outcomes:
        _mixed_sources(outcome, add, line_of)
        _same_figure(outcome, add)
        _thin_benefit(aid, outcome, add)
        _zero_with_note(outcome, add, line_of)
    _harms_without_benefits(aid, add, line_of)
