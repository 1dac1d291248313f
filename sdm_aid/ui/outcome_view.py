"""One outcome drawn for a patient, from the core's layout (:mod:`sdm_aid.core.outcome_layout`).

Each study group has a frame of its own, with its source, the people studied and the
timeframe above its figures, which sit side by side. When there are several groups, a
sentence between the frames says that they studied different people. A figure with a
comparison group in its study has that group's figure beside it. Options that cannot
have the outcome, and options with no reliable figure, are one line each: no pictures
of nothing.

Every piece of aid text is set as plain text: it never reaches a widget as rich text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.core.model import OutcomeValue
from sdm_aid.core.outcome_layout import FigureRow, GroupLayout, OutcomeLayout
from sdm_aid.core.presentation import source_name
from sdm_aid.core.risk_words import frequency_sentence, lower_first, number
from sdm_aid.core.svg_icons import MAX_FIGURES, grid_shape
from sdm_aid.ui.icon_array import IconArray
from sdm_aid.ui.support.safe_text import plain_tooltip
from sdm_aid.ui.wrapping import TextLabel, wrapped

SPACING = 16  # between the figures of a frame
NARROW_COLUMNS = 20  # a picture of 1,000 people drawn 20 a row when 40 a row does not fit
FRAME_PADDING = 22  # a frame's border and margins, both sides
BLOCK = 100  # the magnified block: the first 100 people, drawn large


def min_cell(metrics: QFontMetrics) -> int:
    """The smallest figure in a large array: 8 pixels at 100 % text, growing with it."""
    return max(8, math.ceil(metrics.height() * 0.42))


@dataclass(frozen=True)
class Fit:
    """How the pictures of one outcome fit the page at the current width and text size."""

    per_row: int  # pictures side by side in a frame
    width: int  # the widest a picture may be
    columns: int | None  # figures a row in a large array (None: the shared grid)
    block: bool  # a large array does not fit at all: a magnified block of 100 instead
    cell: int  # the smallest figure in a large array, in pixels (min_cell)
    room: int  # the width of the page for frames


def fit(room: int, metrics: QFontMetrics, denominator: int) -> Fit:
    """Fit pictures out of ``denominator`` into a frame ``room`` pixels wide."""
    line = metrics.height()
    cell = min_cell(metrics)
    small = max(120, line * 11)  # a picture of 100 people: about 11 lines of text wide
    if denominator <= 100 or denominator > MAX_FIGURES:
        return Fit(_per_row(room, small), small, None, False, cell, room)
    columns = grid_shape(denominator)[0]
    for shape in (columns, NARROW_COLUMNS):
        width = shape * cell
        if width <= room:
            narrow = None if shape == columns else shape
            return Fit(_per_row(room, width), width, narrow, False, cell, room)
    return Fit(_per_row(room, small), small, None, True, cell, room)


def _per_row(room: int, width: int) -> int:
    return max(1, (room + SPACING) // (width + SPACING))


def plain_label(text: str, bold: bool = False) -> TextLabel:
    """A wrapped label showing ``text`` exactly as written (never as markup)."""
    label = wrapped(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        font = QFont()  # only the weight is set: the size follows the page's text size
        font.setBold(True)
        label.setFont(font)
    return label


class OutcomeView(QWidget):
    """One outcome: what it is, its study groups in frames, and the one-line gaps."""

    def __init__(self, layout: OutcomeLayout, fit: Fit, colours: dict[str, QColor]):
        super().__init__()
        self.result, self.fit, self.colours = layout, fit, colours
        self.arrays: list[IconArray] = []
        self.frames: list[QFrame] = []
        outcome = layout.outcome
        self.setAccessibleName(outcome.label)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(8)
        self.title = plain_label(outcome.label)
        self.title.setAccessibleName(outcome.label)
        # The kind and the studies sentence go beside the title in a wide page, and under
        # it where that would leave a thin column (about 80 letters; a figure is about as
        # wide as a letter).
        self._wide = fit.room >= 80 * fit.cell
        self._size_title()
        kind = self.tr("A possible benefit.") if outcome.desirable else self.tr("A possible harm.")
        beside = plain_label(f"{kind} {layout.separate_studies}".strip())
        beside.setAccessibleName(beside.text())
        wide = self._wide
        heading: QBoxLayout = QHBoxLayout() if wide else QVBoxLayout()
        heading.setSpacing(SPACING if wide else 4)
        middle = Qt.AlignmentFlag.AlignVCenter if wide else Qt.AlignmentFlag(0)
        heading.addWidget(self.title, 0, middle)
        heading.addWidget(beside, 1, middle)
        box.addLayout(heading)
        self._place_frames(box, [self._group(group) for group in layout.groups])
        self.lines: list[TextLabel] = []
        for line in layout.not_applicable:
            self.lines.append(plain_label(line))
        if layout.unknown:
            self.lines.append(plain_label(layout.unknown))
        for title, note in layout.unknown_notes:
            self.lines.append(plain_label(f"{title}: {note}"))
        if outcome.note:
            self.lines.append(plain_label(outcome.note))
        for label in self.lines:
            box.addWidget(label)

    def _size_title(self) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        # No wider than its words: what is beside it starts where they end.
        words = QFontMetrics(font).horizontalAdvance(self.title.text())
        words += 2 * self.title.margin() + 4
        self.title.setMaximumWidth(words)
        if self._wide:  # on one line, unless it would take more than half the page
            self.title.setMinimumWidth(min(words, self.fit.room // 2))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_title()

    def _place_frames(self, box: QVBoxLayout, frames: list[tuple[QFrame, int]]) -> None:
        """Frames side by side while they fit the page, each whole; the rest below."""
        rows: list[list[QFrame]] = []
        used = 0
        for frame, width in frames:
            if rows and used + SPACING + width <= self.fit.room:
                rows[-1].append(frame)
                used += SPACING + width
            else:
                rows.append([frame])
                used = width
        for row in rows:
            line = QHBoxLayout()
            line.setSpacing(SPACING)
            for frame in row:
                line.addWidget(frame, 0 if len(row) > 1 else 1)
            if len(row) > 1:
                line.addStretch(1)
            box.addLayout(line)

    def _group(self, group: GroupLayout) -> tuple[QFrame, int]:
        """The frame of one study, and the width its pictures need side by side."""
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        source = source_name(group.source) if group.source else group.source_key
        frame.setAccessibleName(self.tr("Study: {s}").format(s=source))
        outer = QVBoxLayout(frame)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(4)
        outer.addWidget(plain_label(self.tr("Study: {s}").format(s=source), bold=True))
        about = []
        if group.population:
            about.append(self.tr("People studied: {p}.").format(p=group.population.rstrip(".")))
        if group.timeframe:
            about.append(self.tr("Time: {t}.").format(t=group.timeframe.rstrip(".")))
        if group.certainty_words:
            about.append(group.certainty_words)
        if group.note:
            about.append(group.note)
        if about:
            outer.addWidget(plain_label(" ".join(about)))
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(4)
        per_row = self.fit.per_row
        cells: list[tuple[str, OutcomeValue, str, str]] = []
        for row in group.rows:
            cells.append((row.option, row.value, row.sentence, row.difference))
            control = row.value.control
            if control is not None:
                cells.append(self._control_cell(row, control.count, control.label, group))
        for column in range(min(per_row, len(cells))):  # words may be wider than a picture
            grid.setColumnStretch(column, 1)
        differences = [difference for *_, difference in cells if difference]
        if differences:  # the study's comparison in words, across the frame
            outer.addWidget(plain_label("\n".join(differences), bold=True))
        left_top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for n, (title, value, sentence, _difference) in enumerate(cells):
            column, band = n % per_row, 3 * (n // per_row)
            grid.addWidget(plain_label(title, bold=True), band, column)
            grid.addWidget(self._picture(value, title), band + 1, column, left_top)
            grid.addWidget(plain_label(sentence), band + 2, column, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(grid)
        outer.addStretch(1)  # beside a taller frame, the figures stay at the top
        self.frames.append(frame)
        side_by_side = min(len(cells), per_row)
        return frame, side_by_side * (self.fit.width + SPACING) - SPACING + FRAME_PADDING

    def _control_cell(
        self, row: FigureRow, count: int, label: str, group: GroupLayout
    ) -> tuple[str, OutcomeValue, str, str]:
        title = self.tr("Comparison group: {c}").format(c=label)
        value = OutcomeValue(count)
        outcome = self.result.outcome
        sentence = frequency_sentence(value, row.denominator, outcome.label, group.timeframe)
        with_label = self.tr("With {c}: {s}").format(c=lower_first(label), s=sentence)
        return title, value, with_label, ""

    def _picture(self, value: OutcomeValue, title: str) -> QWidget:
        """An icon array, the magnified block, or words when no picture can be drawn."""
        denominator = self.result.denominator
        if denominator > MAX_FIGURES:
            return plain_label(
                self.tr("Too rare to show as a picture: numbers are out of {n} people.").format(
                    n=number(denominator)
                )
            )
        if self.fit.block and denominator > BLOCK:
            assert value.count is not None
            if max(value.count, value.high or 0) > BLOCK:
                return plain_label(
                    self.tr(
                        "A picture of {n} people does not fit at this text size: the figure "
                        "is in words below."
                    ).format(n=number(denominator))
                )
            block = self._array(value, BLOCK, title)
            # Read out and shown on hover as what it is: a figure out of 1,000, not 100.
            whole = frequency_sentence(
                value, denominator, self.result.outcome.label, self.result.outcome.timeframe
            )
            block.setAccessibleDescription(whole)
            block.setToolTip(plain_tooltip(whole))
            words = plain_label(
                self.tr(
                    "A close-up of {b} of the {n} people, drawn large: every one it happens "
                    "to is in it, coloured. The other {rest} people are not drawn."
                ).format(b=BLOCK, n=number(denominator), rest=number(denominator - BLOCK))
            )
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(block)
            column.addWidget(words)
            return holder
        return self._array(value, denominator, title)

    def _array(self, value: OutcomeValue, denominator: int, title: str) -> IconArray:
        outcome = self.result.outcome
        array = IconArray()
        array.set_value(value, denominator, outcome.desirable, outcome.label, outcome.timeframe)
        array.setAccessibleName(f"{title}: {outcome.label}")
        if denominator > BLOCK:
            array.set_columns(self.fit.columns)
            array.set_min_cell(self.fit.cell)
        array.setMaximumWidth(max(self.fit.width, array.minimumWidth()))
        self._colour(array)
        self.arrays.append(array)
        return array

    def _colour(self, array: IconArray) -> None:
        colours = self.colours
        array.set_colours(
            colours["good"], colours["bad"], colours["neutral"], colours["background"]
        )

    def set_colours(self, colours: dict[str, QColor]) -> None:
        """Recolour the icon arrays in place (a theme change)."""
        self.colours = colours
        for array in self.arrays:
            self._colour(array)
