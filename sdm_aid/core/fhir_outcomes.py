"""What could happen, as read-only ``display`` items of the FHIR Questionnaire (Qt-free).

The Questionnaire is the aid, whichever session it travels with, so its figures are for
every option at the outcomes step's default denominator. They follow the patient copy's
rules (:mod:`sdm_aid.core.summary_outcomes`): each study a group of its own with its source,
who and when; each option's figure, and its study's comparison group, in words; the
difference in words; one line for the options that cannot have the outcome and one for
those with no reliable figure. docs/fhir.md lists the linkIds.
"""

from __future__ import annotations

from typing import Any

from sdm_aid.core.model import Aid
from sdm_aid.core.summary_outcomes import OutcomeLine, StudyLine, outcome_lines

Item = dict[str, Any]


def _display(link_id: str, text: str) -> Item:
    return {"linkId": link_id, "text": text, "type": "display"}


def _study(prefix: str, study: StudyLine) -> Item:
    items: list[Item] = []
    for f in study.figures:
        items.append(_display(f"{prefix}-{f.option_id}", f"{f.option}: {f.sentence}"))
        if f.control is not None:
            items.append(
                _display(
                    f"{prefix}-{f.option_id}-control",
                    f"{f.control.label[:1].upper()}{f.control.label[1:]} (the comparison "
                    f"group in this study): {f.control_sentence}",
                )
            )
        if f.difference:
            items.append(_display(f"{prefix}-{f.option_id}-difference", f.difference))
    certainty = " ".join(p for p in (study.certainty, study.note) if p)
    if certainty:
        items.append(_display(f"{prefix}-certainty", certainty))
    return {"linkId": prefix, "text": study.about, "type": "group", "item": items}


def _outcome(line: OutcomeLine) -> Item:
    prefix = f"outcome-{line.id}"
    items: list[Item] = []
    if line.separate_studies:
        items.append(_display(f"{prefix}-separate", line.separate_studies))
    items += [_study(f"{prefix}-study-{n}", s) for n, s in enumerate(line.studies, start=1)]
    if line.not_applicable:
        items.append(_display(f"{prefix}-not-applicable", " ".join(line.not_applicable)))
    if line.unknown:
        items.append(_display(f"{prefix}-unknown", line.unknown))
    if line.note:
        items.append(_display(f"{prefix}-note", line.note))
    if not items:  # a group needs items; say there is nothing to show
        items.append(_display(f"{prefix}-none", "No figures for these options."))
    return {"linkId": prefix, "text": line.label, "type": "group", "item": items}


def outcomes_item(aid: Aid, title: str) -> Item | None:
    """The group ``outcomes`` (None for an aid with no outcomes)."""
    lines = outcome_lines(aid, aid.option_ids, None)
    if not lines:
        return None
    return {
        "linkId": "outcomes",
        "text": title,
        "type": "group",
        "item": [_outcome(line) for line in lines],
    }
