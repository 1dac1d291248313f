"""The "What could happen" part of a summary, built on :mod:`sdm_aid.core.outcome_layout`.

Every exported copy (patient and record; HTML, PDF, Markdown, text, JSON) and the app's
summary step render these lines, so they follow the screen's rules without repeating them:
benefits first (the aid's outcome order), each study in its own frame with who was
studied, when and where from, and the difference in words; the options that cannot have
the outcome as one line and those with no reliable figure as another; one denominator for
every outcome (the person's choice, or the step's default).

Qt-free: this module must never import PySide6.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sdm_aid.core.model import Aid, Control, Outcome, OutcomeValue, Source
from sdm_aid.core.outcome_layout import (
    FigureRow,
    GroupLayout,
    NoFigure,
    outcome_layout,
    step_denominators,
)
from sdm_aid.core.presentation import source_name
from sdm_aid.core.risk_words import certainty_words, frequency_sentence, number, value_range
from sdm_aid.core.svg_icons import IconArraySpec, icon_array_spec


@dataclass(frozen=True)
class OptionFigure:
    """One option's figure in one study, at the summary's denominator."""

    option_id: str
    option: str  # the option's title
    sentence: str  # plain English, with this figure's own certainty and note
    short: str  # "3 in 1,000", for the record copy
    count: int  # a real figure: unknown and not-applicable options are not figures
    low: int | None
    high: int | None
    denominator: int
    icons: IconArraySpec | None  # None: no picture (none affected, or too many people)
    difference: str = ""  # the difference in words against the study's comparison, or ""
    control: Control | None = None  # the study's comparison group, at the same denominator
    control_sentence: str = ""  # the comparison group's frequency in words
    control_icons: IconArraySpec | None = None
    study: int = 0  # the index of its study in OutcomeLine.studies
    words: str = ""  # the sentence without the label and timeframe (its frame says them)
    timeframe: str = ""  # its study's timeframe
    control_words: str = ""


@dataclass(frozen=True)
class StudyLine:
    """One study's figures, drawn as one comparison in a frame of their own."""

    source: str  # the source's title
    source_key: str
    population: str
    timeframe: str
    certainty: str  # the plain sentence
    note: str
    figures: tuple[OptionFigure, ...]
    source_name: str = ""  # "Title (2024)"
    link: str = ""  # where to read the source, or ""
    short_name: str = ""  # the title up to its first colon, with the year (for print)

    @property
    def about(self) -> str:
        """Where the figures come from, who was studied and when, as one line."""
        return self._about(self.source_name or self.source)

    @property
    def about_short(self) -> str:
        """The same with the source's short title (for print, where room is short)."""
        return self._about(self.short_name or self.source_name or self.source)

    def _about(self, name: str) -> str:
        parts = [f"Source: {_sentence(name)}"]
        if self.population:
            parts.append(f"Who: {_sentence(self.population)}")
        if self.timeframe:
            parts.append(f"When: {_sentence(self.timeframe)}")
        return " ".join(parts)


@dataclass(frozen=True)
class OutcomeLine:
    label: str
    timeframe: str
    sentences: tuple[tuple[str, str], ...]  # (option title, sentence) of every figure
    certainty: str
    source: str
    id: str = ""
    desirable: bool = True
    population: str = ""
    note: str = ""
    figures: tuple[OptionFigure, ...] = ()  # every study's figures, study by study
    studies: tuple[StudyLine, ...] = ()
    separate_studies: str = ""  # the "different studies" sentence when there are 2+
    not_applicable: tuple[str, ...] = ()  # "Cannot happen with …" lines
    unknown: str = ""  # "No reliable figure for …", or ""
    no_figures: tuple[NoFigure, ...] = ()
    denominator: int = 100

    @property
    def has_ranges(self) -> bool:
        return any(f.low is not None for f in self.figures)


def summary_denominator(aid: Aid, scale: int | None) -> int | None:
    """The denominator the summary shows: the person's choice, else the step's default
    (None when no one denominator fits every outcome; each keeps its own)."""
    if scale:
        return scale
    common = step_denominators(aid.outcomes)
    return common[0] if common else None


def short_figure(value: OutcomeValue, denominator: int) -> str:
    """A figure in a few words: "3 in 1,000", "60 in 100 (range 50 to 70)", and the
    study's comparison group: "60 in 100 (a dummy gel: 50)"."""
    if value.count is None:
        return "no reliable figure"
    count = max(0, min(value.count, denominator))
    text = f"{number(count)} in {number(denominator)}"
    span = value_range(value, denominator)
    if span is not None:
        text += f" (range {number(span[0])} to {number(span[1])})"
    if value.control is not None:
        text += f" ({value.control.label}: {number(value.control.count)})"
    return text


def outcome_lines(
    aid: Aid, option_ids: Sequence[str], scale: int | None
) -> tuple[OutcomeLine, ...]:
    """Every outcome of ``aid`` for the options shown, in the aid's order (benefits first
    unless the aid says otherwise), at ``summary_denominator(aid, scale)``."""
    denominator = summary_denominator(aid, scale)
    return tuple(_outcome_line(aid, o, option_ids, denominator) for o in aid.outcomes)


def _outcome_line(
    aid: Aid,
    outcome: Outcome,
    option_ids: Sequence[str],
    denominator: int | None,
) -> OutcomeLine:
    layout = outcome_layout(aid, outcome, option_ids, denominator)
    studies = tuple(_study(outcome, group, n) for n, group in enumerate(layout.groups))
    figures = tuple(f for s in studies for f in s.figures)
    source = aid.meta.source(outcome.source)
    return OutcomeLine(
        label=outcome.label,
        timeframe=outcome.timeframe,
        sentences=tuple((f.option, f.sentence) for f in figures),
        certainty=certainty_words(outcome.certainty),
        source=source.title if source else outcome.source,
        id=outcome.id,
        desirable=outcome.desirable,
        population=outcome.population or "",
        note=outcome.note or "",
        figures=figures,
        studies=studies,
        separate_studies=layout.separate_studies,
        not_applicable=layout.not_applicable,
        unknown=layout.unknown,
        no_figures=layout.no_figures,
        denominator=layout.denominator,
    )


def _study(outcome: Outcome, group: GroupLayout, index: int) -> StudyLine:
    return StudyLine(
        source=group.source_name,
        source_key=group.source_key,
        population=group.population,
        timeframe=group.timeframe,
        certainty=group.certainty_words,
        note=group.note,
        figures=tuple(_figure(outcome, group, row, index) for row in group.rows),
        source_name=source_name(group.source) if group.source else group.source_key,
        link=(group.source.link or "") if group.source else "",
        short_name=_short_name(group.source) if group.source else group.source_key,
    )


def _short_name(source: Source) -> str:
    """ "Main title (2024)": a title's subtitle (after the first colon) left out."""
    title = source.title
    main, colon, _ = title.partition(": ")
    if colon and len(main) >= 20:
        title = main
    return f"{title} ({source.year})" if source.year else title


def _figure(outcome: Outcome, group: GroupLayout, row: FigureRow, study: int) -> OptionFigure:
    value, denominator = row.value, row.denominator
    assert value.count is not None  # study groups hold figures only
    span = value_range(value, denominator)
    full = frequency_sentence(value, denominator, outcome.label, group.timeframe)
    own = row.sentence[len(full) :] if row.sentence.startswith(full) else ""  # certainty, note
    control = value.control
    control_value = OutcomeValue(control.count) if control is not None else None
    # "After 6 weeks, with a dummy gel: 50 out of 100 people — pain much better. …"
    with_control = f"{group.timeframe}, with {control.label}" if control is not None else ""
    return OptionFigure(
        option_id=row.option_id,
        option=row.option,
        sentence=row.sentence,
        short=short_figure(value, denominator),
        count=value.count,
        low=span[0] if span else None,
        high=span[1] if span else None,
        denominator=denominator,
        icons=_icons(value, denominator, outcome.desirable, outcome.label, group.timeframe),
        difference=row.difference,
        control=control,
        control_sentence=""
        if control_value is None
        else frequency_sentence(control_value, denominator, outcome.label, with_control),
        control_icons=None
        if control_value is None
        else _icons(control_value, denominator, outcome.desirable, outcome.label, with_control),
        study=study,
        words=frequency_sentence(value, denominator, "", "") + own,
        timeframe=group.timeframe,
        control_words=""
        if control_value is None
        else frequency_sentence(control_value, denominator, "", ""),
    )


def _icons(
    value: OutcomeValue, denominator: int, desirable: bool, label: str, timeframe: str
) -> IconArraySpec | None:
    """An icon array, but no picture of nobody: a figure of 0 (with no range) is words only."""
    if value.count == 0 and value_range(value, denominator) is None:
        return None
    return icon_array_spec(value, denominator, desirable, label, timeframe)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."
