"""Icon arrays for exported summaries: the data, and inline SVG for HTML (Qt-free).

An icon array shows a frequency such as 40 out of 100 people as 100 figures, of which 40
are coloured. As in the app (``sdm_aid/ui/icon_array.py``):

* figures fill from the top-left, row by row, so arrays for different options compare at
  a glance: 10 x 10 for 100, 40 x 25 for 1,000;
* the people affected are solid in one strong colour (teal when the outcome is wanted,
  orange-brown when it is not), everyone else a neutral light grey, so meaning never rests
  on hue alone: affected figures are much darker than the rest;
* figures inside an uncertainty range are a light tint of the affected colour with a solid
  outline;
* arrays of 100 or fewer show little people; larger ones show dots;
* every array carries a text alternative, the same plain-English sentence the app uses.

:class:`IconArraySpec` is the one description both renderers draw from: :func:`render_svg`
here for HTML, and :mod:`sdm_aid.drawing.pdf` with vector QPainter shapes for PDF.

The SVG is compact whatever the number of figures: one pattern tile per kind of figure
(affected, in range, neutral) and a handful of rectangles covering each band of cells, so a
1,000-figure array is a few hundred bytes, not a thousand elements. Nothing in it refers to
anything outside the file.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from sdm_aid.core.model import OutcomeValue
from sdm_aid.core.risk_words import frequency_sentence, value_range

GOOD = "#1b7f79"  # teal: wanted outcomes (as sdm_aid.ui.theme.outcome_colours)
BAD = "#b35806"  # orange-brown: unwanted outcomes
NEUTRAL = "#d9d9d9"  # light grey: everyone else
MAX_FIGURES = 1000  # larger denominators are given in words only, as in the app
PERSON_MAX = 100  # arrays up to this size show little people; larger ones show dots
RANGE_NOTE = "Figures with a light fill and an outline show the range of uncertainty."
CELL = 10  # SVG user units per cell

AFFECTED, RANGE, REST = "affected", "range", "rest"

# One figure in a 10 x 10 cell: a round head, and shoulders with rounded top corners,
# the same proportions as the app's figures.
_PERSON = (
    '<circle cx="5" cy="2.5" r="1.7"/>'
    '<path d="M1.8 9V6.9a2.1 2.1 0 0 1 2.1-2.1h2.2a2.1 2.1 0 0 1 2.1 2.1V9z"/>'
)
_DOT = '<circle cx="5" cy="5" r="4"/>'


def grid_shape(denominator: int) -> tuple[int, int]:
    """(columns, rows) for a denominator: 10 x 10 for 100, 40 x 25 for 1,000."""
    if denominator <= 0:
        raise ValueError(f"denominator must be above 0, not {denominator}")
    if denominator == 1000:
        return 40, 25
    columns = math.ceil(math.sqrt(denominator))
    return columns, math.ceil(denominator / columns)


def tint(colour: str, amount: float = 0.55) -> str:
    """A ``#rrggbb`` colour mixed with white; ``amount`` is the share of white (0..1)."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) for i in (0, 2, 4)]
    mixed = [round(c + (255 - c) * amount) for c in channels]
    return "#" + "".join(f"{c:02x}" for c in mixed)


@dataclass(frozen=True)
class IconArraySpec:
    """One icon array: figures ``[0, solid)`` affected, ``[solid, end)`` the range."""

    denominator: int
    solid: int
    end: int
    desirable: bool
    description: str  # the text alternative

    @property
    def shape(self) -> tuple[int, int]:
        return grid_shape(self.denominator)

    @property
    def people(self) -> bool:
        """True when figures are little people; False for dots (large arrays)."""
        return self.denominator <= PERSON_MAX

    @property
    def affected_colour(self) -> str:
        return GOOD if self.desirable else BAD

    @property
    def range_colour(self) -> str:
        return tint(self.affected_colour)

    def kind(self, index: int) -> str:
        """AFFECTED, RANGE or REST for figure ``index`` (0 is top-left, row by row)."""
        if not 0 <= index < self.denominator:
            raise IndexError(f"figure {index} is outside 0..{self.denominator - 1}")
        if index < self.solid:
            return AFFECTED
        return RANGE if index < self.end else REST

    def bands(self) -> list[tuple[str, int, int]]:
        """(kind, first, end) for each non-empty band of figures, in drawing order."""
        spans = [(AFFECTED, 0, self.solid), (RANGE, self.solid, self.end)]
        spans.append((REST, self.end, self.denominator))
        return [(k, a, b) for k, a, b in spans if b > a]


def icon_array_spec(
    value: OutcomeValue, denominator: int, desirable: bool, label: str, timeframe: str
) -> IconArraySpec | None:
    """The array for one value, or None when there is nothing to draw: no reliable figure
    (shown in words only, not as an empty picture) or too many figures (over 1,000)."""
    if value.count is None or not 0 < denominator <= MAX_FIGURES:
        return None
    text = frequency_sentence(value, denominator, label, timeframe)
    span = value_range(value, denominator)
    if span is not None:
        solid, end = span
        text = f"{text} {RANGE_NOTE}"
    else:
        solid = end = max(0, min(value.count, denominator))
    return IconArraySpec(denominator, solid, end, desirable, text)


def band_rects(first: int, end: int, columns: int) -> list[tuple[int, int, int, int]]:
    """Rectangles (x, y, width, height), in cells, covering cells ``[first, end)`` exactly
    when the cells are numbered row by row from the top-left: at most three rectangles (the
    rest of the first row, the full rows, the start of the last row)."""
    rects: list[tuple[int, int, int, int]] = []
    if end <= first:
        return rects
    row, col = divmod(first, columns)
    last_row, last_col = divmod(end, columns)  # end is exclusive
    if row == last_row:
        return [(col, row, last_col - col, 1)]
    if col:
        rects.append((col, row, columns - col, 1))
        row += 1
    if last_row > row:
        rects.append((0, row, columns, last_row - row))
    if last_col:
        rects.append((0, last_row, last_col, 1))
    return rects


def render_svg(spec: IconArraySpec, id_prefix: str) -> Markup:
    """The array as an inline ``<svg>`` element (HTML5: no namespace, no external refs).

    ``id_prefix`` makes the element ids unique in the page; it must be a plain name such as
    ``"ia3"``. The description is escaped: aid text never becomes markup.
    """
    if not id_prefix.replace("-", "").isalnum():
        raise ValueError(f"id_prefix must be letters, digits and dashes, not {id_prefix!r}")
    columns, rows = spec.shape
    figure = _PERSON if spec.people else _DOT
    outline = 0.6 if spec.people else 0.9
    fills = {
        AFFECTED: f'<g fill="{spec.affected_colour}">{figure}</g>',
        RANGE: (
            f'<g fill="{spec.range_colour}" stroke="{spec.affected_colour}" '
            f'stroke-width="{outline}">{figure}</g>'
        ),
        REST: f'<g fill="{NEUTRAL}">{figure}</g>',
    }
    bands = spec.bands()
    patterns = "".join(
        f'<pattern id="{id_prefix}-{kind}" width="{CELL}" height="{CELL}" '
        f'patternUnits="userSpaceOnUse">{fills[kind]}</pattern>'
        for kind in dict.fromkeys(k for k, _, _ in bands)
    )
    rects = "".join(
        f'<rect x="{x * CELL}" y="{y * CELL}" width="{w * CELL}" height="{h * CELL}" '
        f'fill="url(#{id_prefix}-{kind})"/>'
        for kind, first, end in bands
        for x, y, w, h in band_rects(first, end, columns)
    )
    size = "people" if spec.people else "dots"
    return Markup(
        f'<svg class="icon-array icon-array-{size}" viewBox="0 0 {columns * CELL} '
        f'{rows * CELL}" role="img" aria-labelledby="{id_prefix}-t" '
        f'data-affected="{spec.solid}" data-range="{spec.end - spec.solid}" '
        f'data-denominator="{spec.denominator}">'
        f'<title id="{id_prefix}-t">{escape(spec.description)}</title>'
        f"<defs>{patterns}</defs>{rects}</svg>"
    )


def swatch(colour: str, outline: str | None = None) -> Markup:
    """A small square of colour for a key beside the arrays (decorative: aria-hidden)."""
    for value in (colour, outline or "#000000"):
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
            raise ValueError(f"not a #rrggbb colour: {value!r}")
    stroke = f' stroke="{outline}" stroke-width="1.5"' if outline else ""
    return Markup(
        f'<svg class="swatch" viewBox="0 0 12 12" aria-hidden="true" focusable="false">'
        f'<rect x="1" y="1" width="10" height="10" rx="2" fill="{colour}"{stroke}/></svg>'
    )
