"""The outcomes section as a panel reviewer reads it: the patient copy's words (Qt-free).

A reviewer should rate what patients will see, so the section is laid out by the same rules
as the app's outcomes step and the summaries (:mod:`sdm_aid.core.summary_outcomes`):
benefits first, each study apart with its source, who and when, the comparison group and
the difference in words, one line for the options that cannot have the outcome and one for
those with no reliable figure, every figure out of the step's one denominator.
"""

from __future__ import annotations

import html as html_lib

from sdm_aid.core.model import Aid
from sdm_aid.core.summary_outcomes import StudyLine, outcome_lines

# (text, is_reference): a reference (a source's title) is kept but skipped by the checks.
Line = tuple[str, bool]


def _esc(text: str) -> str:
    return html_lib.escape(text, quote=True)


def _study(study: StudyLine, lines: list[Line], prose: list[str]) -> str:
    source = f"Source: {study.source_name or study.source}."
    who = " ".join(
        part
        for part in (
            f"Who: {study.population}." if study.population else "",
            f"When: {study.timeframe}." if study.timeframe else "",
        )
        if part
    )
    lines.append((source, True))
    if who:
        lines.append((who, False))
    items = []
    for f in study.figures:
        lines += [(f.option, False), (f.sentence, False)]
        items.append(f"<li><b>{_esc(f.option)}:</b> {_esc(f.sentence)}</li>")
        if f.control is not None:
            label = f.control.label[:1].upper() + f.control.label[1:]
            lines += [(f"{label} (the comparison group in this study)", False)]
            lines += [(f.control_sentence, False)]
            items.append(
                f"<li><b>{_esc(label)}</b> (the comparison group in this study): "
                f"{_esc(f.control_sentence)}</li>"
            )
    html = f"<p><small>{_esc(source)} {_esc(who)}</small></p><ul>{''.join(items)}</ul>"
    for f in study.figures:
        if f.difference:
            lines.append((f.difference, False))
            html += f"<p><b>{_esc(f.difference)}</b></p>"
    foot = " ".join(p for p in (study.certainty, study.note) if p)
    if study.note:
        prose.append(study.note)
    if foot:
        lines.append((foot, False))
        html += f"<p><small>{_esc(foot)}</small></p>"
    return f'<div class="study">{html}</div>'


def outcome_review(aid: Aid) -> tuple[list[Line], list[str], str]:
    """(lines a reviewer reads, the author's prose to grade, HTML) for every outcome."""
    lines: list[Line] = []
    prose: list[str] = []
    html = ""
    for line in outcome_lines(aid, aid.option_ids, None):
        lines.append((line.label, False))
        html += f"<h3>{_esc(line.label)}</h3>"
        if line.separate_studies:
            lines.append((line.separate_studies, False))
            html += f"<p><b>{_esc(line.separate_studies)}</b></p>"
        for study in line.studies:
            html += _study(study, lines, prose)
        gaps = [*line.not_applicable, *([line.unknown] if line.unknown else [])]
        for gap in gaps:
            lines.append((gap, False))
            html += f"<p>{_esc(gap)}</p>"
        prose += [n.reason for n in line.no_figures if n.reason]
        if line.note:
            lines.append((line.note, False))
            prose.append(line.note)
            html += f"<p><small>{_esc(line.note)}</small></p>"
    return lines, prose, html
