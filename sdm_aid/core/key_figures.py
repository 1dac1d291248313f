"""The key figures of each option, for the consultation route's condensed "what could
happen" (Qt-free).

For each option: the first benefit (a desirable outcome) and the first harm (an undesirable
one) that the aid gives a real figure for, in the aid's order of outcomes. The figures
come from :func:`~sdm_aid.core.outcome_layout.outcome_layout`, the model and rules of the
outcomes step: one denominator for the step, each figure with its study's frame, and its
difference against the comparison in the same study. No figure is invented: an option with
no figure for any benefit (or harm) says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sdm_aid.core.model import Aid
from sdm_aid.core.outcome_layout import FigureRow, GroupLayout, outcome_layout, step_denominators


@dataclass(frozen=True)
class KeyFigure:
    """One outcome's figure for one option, with the study it comes from."""

    outcome_id: str
    label: str
    row: FigureRow
    group: GroupLayout


@dataclass(frozen=True)
class OptionKeyFigures:
    option_id: str
    option: str
    benefit: KeyFigure | None
    harm: KeyFigure | None


def key_figures(
    aid: Aid, option_ids: Sequence[str] | None = None, denominator: int | None = None
) -> tuple[OptionKeyFigures, ...]:
    """For each option shown (all by default, in the aid's order), its key benefit and
    key harm figures, every figure out of ``denominator`` (by default the outcomes
    step's) where it converts exactly."""
    if denominator is None:
        common = step_denominators(aid.outcomes)
        denominator = common[0] if common else None
    shown = [o for o in aid.options if option_ids is None or o.id in option_ids]
    layouts = [outcome_layout(aid, o, [s.id for s in shown], denominator) for o in aid.outcomes]
    found: dict[tuple[str, bool], KeyFigure] = {}
    for layout in layouts:
        desirable = layout.outcome.desirable
        for group in layout.groups:
            for row in group.rows:
                key = (row.option_id, desirable)
                if key not in found:
                    found[key] = KeyFigure(layout.outcome.id, layout.outcome.label, row, group)
    return tuple(
        OptionKeyFigures(o.id, o.title, found.get((o.id, True)), found.get((o.id, False)))
        for o in shown
    )
