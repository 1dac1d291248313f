"""The key figures of each option, for the consultation route's condensed "what could
happen" (Qt-free).

For each option: the first benefit (a desirable outcome) and the first harm (an undesirable
one) that the aid gives a real figure for, in the aid's order of outcomes. The figures
come from :func:`~sdm_aid.core.outcome_layout.outcome_layout`, the model and rules of the
outcomes step: one denominator for the step, each figure with its study's frame, and its
difference against the comparison in the same study. No figure is invented: an option with
no figure for any benefit (or harm) says why, by the outcomes step's rule
(:attr:`~sdm_aid.core.outcome_layout.OutcomeLayout.no_figures`): the outcomes that cannot
happen with it, with the aid's reasons, apart from those with no reliable figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sdm_aid.core.model import Aid, Outcome
from sdm_aid.core.outcome_layout import (
    FigureRow,
    GroupLayout,
    NoFigure,
    outcome_layout,
    step_denominators,
)


@dataclass(frozen=True)
class KeyFigure:
    """One outcome's figure for one option, with the study it comes from."""

    outcome_id: str
    label: str
    row: FigureRow
    group: GroupLayout


@dataclass(frozen=True)
class NoKeyFigure:
    """One outcome an option has no figure for: it cannot happen with the option
    (``kind`` "not_applicable", ``reason`` the aid's), or no reliable figure ("unknown")."""

    outcome_id: str
    label: str
    kind: str
    reason: str


@dataclass(frozen=True)
class OptionKeyFigures:
    option_id: str
    option: str
    benefit: KeyFigure | None
    harm: KeyFigure | None
    # Without a key benefit (harm): each benefit (harm) of the aid the option has no
    # figure for, in the aid's order; empty when there is a figure.
    no_benefit: tuple[NoKeyFigure, ...] = ()
    no_harm: tuple[NoKeyFigure, ...] = ()

    def cannot_happen(self, desirable: bool) -> bool:
        """No benefit (harm) figure because every benefit (harm) the aid has cannot happen
        with this option: none is unknown."""
        missing = self.no_benefit if desirable else self.no_harm
        return bool(missing) and all(m.kind == "not_applicable" for m in missing)

    def unknown(self, desirable: bool) -> list[str]:
        """The labels of the benefits (harms) with no reliable figure for this option."""
        missing = self.no_benefit if desirable else self.no_harm
        return [m.label for m in missing if m.kind == "unknown"]

    def not_applicable(self, desirable: bool) -> dict[str, list[str]]:
        """The labels of the benefits (harms) that cannot happen with this option, by the
        aid's reason ("" for none), in the aid's order: one line per reason, as the
        outcomes step groups them."""
        missing = self.no_benefit if desirable else self.no_harm
        reasons: dict[str, list[str]] = {}
        for m in missing:
            if m.kind == "not_applicable":
                reasons.setdefault(m.reason, []).append(m.label)
        return reasons


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
    missing: dict[tuple[str, bool], list[NoKeyFigure]] = {}
    for layout in layouts:
        outcome = layout.outcome
        desirable = outcome.desirable
        for group in layout.groups:
            for row in group.rows:
                key = (row.option_id, desirable)
                if key not in found:
                    found[key] = KeyFigure(outcome.id, outcome.label, row, group)
        for no in layout.no_figures:
            missing.setdefault((no.option_id, desirable), []).append(_no_key(outcome, no))
    return tuple(
        OptionKeyFigures(
            o.id,
            o.title,
            benefit := found.get((o.id, True)),
            harm := found.get((o.id, False)),
            () if benefit else tuple(missing.get((o.id, True), ())),
            () if harm else tuple(missing.get((o.id, False), ())),
        )
        for o in shown
    )


def _no_key(outcome: Outcome, no: NoFigure) -> NoKeyFigure:
    return NoKeyFigure(outcome.id, outcome.label, no.kind, no.reason)
