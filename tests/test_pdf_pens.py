"""The PDF's pens and strokes are made without PySide's ``Qt`` namespace (issue 16), and
draw what Qt's own calls draw: the same pens, the same page content."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPdfWriter, QPen

from sdm_aid.core.svg_icons import IconArraySpec
from sdm_aid.drawing import pdf
from sdm_aid.drawing.figures import (
    FLAT_CAP,
    ROUND_CAP,
    ROUND_JOIN,
    SOLID_LINE,
    round_pen,
    stroke_figures,
    styled_pen,
)

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize(
    ("cap", "qt_cap"), [(ROUND_CAP, Qt.PenCapStyle.RoundCap), (FLAT_CAP, Qt.PenCapStyle.FlatCap)]
)
def test_round_pen_is_the_pen_qt_makes(cap: int, qt_cap: Qt.PenCapStyle) -> None:
    colour = QColor("#b3261e")
    made = round_pen(colour, 2.5, cap)
    assert made.capStyle() == qt_cap
    assert made.joinStyle() == Qt.PenJoinStyle.RoundJoin
    assert made.style() == Qt.PenStyle.SolidLine
    assert made == QPen(
        QBrush(colour), 2.5, Qt.PenStyle.SolidLine, qt_cap, Qt.PenJoinStyle.RoundJoin
    )
    assert round_pen(colour, 0.1, cap, thinnest=0.5).widthF() == 0.5
    assert round_pen(QColor("red"), 1.0) != made  # a pen made again, not the same one changed
    again = styled_pen(SOLID_LINE | cap | ROUND_JOIN)  # the kept pen was not changed either
    assert again.color() == QColor("black") and again.widthF() == 1.0


def test_the_page_furniture_pen_is_qts_default_pen() -> None:
    colour = QColor("#9a9a9a")
    assert pdf._pen(colour, 3.0) == QPen(QBrush(colour), 3.0)
    assert pdf._pen(colour) == QPen(colour)


def _page_content(draw: object) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    painter = QPainter(writer)
    draw(painter)  # type: ignore[operator]
    painter.end()
    del writer
    return PdfReader(io.BytesIO(bytes(buffer.data().data()))).pages[0].get_contents().get_data()


@pytest.mark.parametrize("people", [True, False])
def test_figures_stroked_as_paths_are_the_points_and_lines_qt_draws(people: bool) -> None:
    """On a PDF, the paths (``as_paths``) give the same page content as ``setPen`` with
    ``drawPoints`` and ``drawLines``: not a near likeness, the same operators."""
    columns, side = (10, 30.0) if people else (40, 8.0)
    cells = range(3, 95 if people else 987)  # part rows at both ends, whole rows between
    colour = QColor("#1f6f8b")

    def draw(as_paths: bool) -> bytes:
        return _page_content(
            lambda p: stroke_figures(
                p, cells, QPointF(12.5, 40.0), columns, side, colour, people, 1.5, as_paths=as_paths
            )
        )

    by_points = draw(False)
    assert by_points == draw(True)
    assert by_points.count(b" l\n") >= len(cells)  # a stroke (or three) a figure


def test_icon_arrays_on_a_pdf_writer_are_drawn_as_paths(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = pdf.stroke_figures

    def spy(*args: object, **kwargs: object) -> None:
        seen.append(bool(kwargs.get("as_paths")))
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "stroke_figures", spy)
    spec = IconArraySpec(100, 12, 20, False, "12 to 20 in 100")
    _page_content(lambda p: pdf.draw_icon_array(p, QRectF(0, 0, 300, 300), spec))
    assert seen and all(seen)


def test_a_header_too_long_for_the_page_is_cut_in_the_middle() -> None:
    header = "Start of a title " + "very " * 120 + "end of the title"
    data = pdf.html_to_pdf_bytes("<p>Body text.</p>", header, footer="A footer")
    text = " ".join((PdfReader(io.BytesIO(data)).pages[0].extract_text() or "").split())
    assert "Start of a title" in text and "end of the title" in text
    assert "…" in text and text.count("very") < 120
    assert "A footer" in text and "Page 1 of 1" in text


@pytest.mark.parametrize("middle", [True, False])
def test_eliding_agrees_with_qt_at_every_width_near_the_texts_own(middle: bool) -> None:
    """Text that fits is kept without asking Qt; at the edge, the answer is still Qt's."""
    from PySide6.QtGui import QFont, QFontMetricsF

    metrics = QFontMetricsF(QFont(pdf.FONT_FAMILIES[0], 9))
    mode = Qt.TextElideMode.ElideMiddle if middle else Qt.TextElideMode.ElideRight
    for text in ("Knee osteoarthritis — version 1.2", "Page 3 of 12", "x", ""):
        advance = metrics.horizontalAdvance(text)
        for step in (-64, -2, -1, -0.5, -0.3, -0.01, 0, 0.01, 0.3, 0.5, 1, 2, 64):
            width = advance + step / 64
            assert pdf._elided(metrics, text, width, middle=middle) == metrics.elidedText(
                text, mode, width
            ), (text, step)
