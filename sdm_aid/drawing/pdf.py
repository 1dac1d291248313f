"""PDF (and print) of summaries and reports, drawn by Qt: QtGui only, no widgets, no browser.

How a PDF is made: the HTML (Qt's rich-text subset) is laid out by a ``QTextDocument`` cut
into A4 pages; each page is painted onto a ``QPdfWriter`` with a header (the title, such as
the aid's title and version) and a footer ("Page N of M"). Icon arrays are ``<img
src="sdm-icon-array:N">`` placeholders in the HTML that become custom text objects
(``QTextObjectInterface``), drawn as vector shapes, one filled path per band of figures.
Text stays text (it can be searched, copied and read aloud); nothing is rasterised.
Summaries are set at 12 pt (:data:`SUMMARY_FONT_POINTS`), or 16 pt in large print (the
patient copy's ``large_print``: :func:`sdm_aid.core.export.body_points`, with the page's
header and footer in proportion), reports at 10 pt; headings take
the sizes their CSS gives; a table (a study's box) is never cut by a page's end when it fits
on one page, and a heading never ends a page (:mod:`sdm_aid.drawing.pdf_layout`).

It works headless: with no Qt application running, a ``QGuiApplication`` is made on the
``offscreen`` platform, so ``sdm-aid export --format pdf`` needs no display and no extra
system packages. Inside the app, the app's own ``QApplication`` is used.

Entry points:

* :func:`html_to_pdf` / :func:`html_to_pdf_bytes`: any HTML, such as a review report;
* :func:`summary_pdf_bytes`: a summary's patient or record copy;
* :func:`print_summary` / :func:`print_html`: the same pages onto any paged device, such
  as a ``QPrinter`` from the app's print dialog;
* :func:`render_page_images`: the pages as images, for previews and tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict, Unpack

from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QMarginsF,
    QPointF,
    QRect,
    QRectF,
    QSizeF,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
)

from sdm_aid.core.export import BODY_POINTS, QT_ICON_SCHEME, body_points, generator, render_qt_html
from sdm_aid.core.fileio import PRIVATE_MODE, atomic_write_bytes
from sdm_aid.core.summary import Summary
from sdm_aid.core.svg_icons import AFFECTED, NEUTRAL, RANGE, IconArraySpec
from sdm_aid.drawing.figures import stroke_figures
from sdm_aid.drawing.pdf_layout import honour_heading_sizes, keep_together

RESOLUTION = 300  # dots per inch of the PDF's coordinate space (text and shapes are vector)
A4_MM = (210.0, 297.0)
MARGIN_MM = 12.0  # left and right
BODY_TOP_MM, BODY_BOTTOM_GAP_MM = 15.0, 13.0  # the body ends 13 mm above the page's foot
HEADER_BASELINE_MM, HEADER_RULE_MM = 9.0, 11.5
FOOTER_GAP_MM = 8.0  # the footer's baseline, above the page's foot
# Sans-serif faces of Arial's width, the usual face of patient leaflets; DejaVu Sans
# Condensed is about as wide (and its larger x-height reads at least as big), where none of
# them is installed; DejaVu Sans last.
FONT_FAMILIES = ["Liberation Sans", "Arial", "Helvetica", "DejaVu Sans Condensed", "DejaVu Sans"]
FONT_POINTS = 10.0  # reports for authors and panels
SUMMARY_FONT_POINTS = BODY_POINTS  # a patient's summary: body text at least 12 pt (issue 11)
FURNITURE_POINTS = FONT_POINTS * 0.85  # the page's header and footer
PEOPLE_WIDTH_MM = 30.0  # an array of 100 little people: 3 mm a person
DOTS_WIDTH_MM = 34.0  # an array of 1,000 dots: 0.85 mm a dot
ICON_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
SPEC_PROPERTY = int(QTextFormat.Property.UserProperty) + 1
QUIET_COLOUR = QColor("#555555")
OBJECT_CHARACTER = "\ufffc"  # where an image or other object sits in a document's text


class PageOptions(TypedDict, total=False):
    """What the pages carry besides the HTML and the header, for every entry point."""

    icon_arrays: Sequence[IconArraySpec]  # drawn at <img src="sdm-icon-array:N">
    footer: str  # beside "Page N of M"
    font_points: float  # the body text (FONT_POINTS, or the summary's body_points)


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new headless one (``offscreen``) if there is none."""
    app = QGuiApplication.instance()
    if app is None:
        return QGuiApplication(["sdm-aid", "-platform", "offscreen"])
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("a QCoreApplication is running; PDFs need a QGuiApplication")
    return app


# -- icon arrays as vector shapes -----------------------------------------------------------


def _stroke_figures(
    painter: QPainter,
    spec: IconArraySpec,
    cells: range,
    origin: QPointF,
    side: float,
    colour: str,
    shrink: float = 0.0,
) -> None:
    """The app's figures (``sdm_aid.drawing.figures``), as vector strokes in the PDF
    (stroked as paths on a ``QPdfWriter``: the same drawing, without loading PySide's
    ``Qt`` namespace; as points and lines elsewhere, such as a printer or an image)."""
    columns, _ = spec.shape
    stroke_figures(
        painter,
        cells,
        origin,
        columns,
        side,
        QColor(colour),
        spec.people,
        shrink,
        thinnest=0.01,
        as_paths=isinstance(painter.device(), QPdfWriter),
    )


def draw_icon_array(painter: QPainter, rect: QRectF, spec: IconArraySpec) -> None:
    """Draw ``spec`` into ``rect`` (centred, square cells) as vector strokes.

    Figures fill from the top-left, row by row: affected in the outcome's colour, the
    uncertainty range in a light tint with an outline, everyone else neutral grey.
    """
    columns, rows = spec.shape
    side = min(rect.width() / columns, rect.height() / rows)
    if side <= 0:
        return
    origin = QPointF(
        rect.left() + (rect.width() - side * columns) / 2,
        rect.top() + (rect.height() - side * rows) / 2,
    )
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # Points and lines are only stroked: the painter's brush plays no part (and
        # setting one would load PySide's Qt namespace: see sdm_aid.drawing.figures).
        for kind, first, end in spec.bands():
            cells = range(first, end)
            if kind == AFFECTED:
                _stroke_figures(painter, spec, cells, origin, side, spec.affected_colour)
            elif kind == RANGE:  # a solid outline, then a light fill inside it
                outline = side * (0.06 if spec.people else 0.09)
                _stroke_figures(painter, spec, cells, origin, side, spec.affected_colour)
                _stroke_figures(painter, spec, cells, origin, side, spec.range_colour, 2 * outline)
            else:
                _stroke_figures(painter, spec, cells, origin, side, NEUTRAL)
    finally:
        painter.restore()


class _IconArrayObject(QPyTextObject):
    """Draws icon arrays where the text has an ICON_OBJECT character (a custom object).

    ``QPyTextObject`` (a QObject that is a ``QTextObjectInterface``) is PySide's base for
    this: a Python class deriving from both directly is not recognised by the layout.
    """

    def __init__(self, specs: Sequence[IconArraySpec], dpi: float) -> None:
        super().__init__()
        self.specs = list(specs)
        self.dpi = dpi

    def _spec(self, fmt: QTextFormat) -> IconArraySpec | None:
        index = fmt.property(SPEC_PROPERTY)
        if isinstance(index, int) and 0 <= index < len(self.specs):
            return self.specs[index]
        return None

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        spec = self._spec(fmt)
        if spec is None:
            return QSizeF(0, 0)
        columns, rows = spec.shape
        width = (PEOPLE_WIDTH_MM if spec.people else DOTS_WIDTH_MM) / 25.4 * self.dpi
        return QSizeF(width, width * rows / columns)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        spec = self._spec(fmt)
        if spec is not None:
            draw_icon_array(painter, QRectF(rect), spec)


# -- pages -----------------------------------------------------------------------------------


LARGE_HTML = 500_000  # characters: a summary is about 30,000; more is a very long note


class _Pages:
    """A document laid out on A4 pages for one paint device, ready to paint page by page."""

    def __init__(
        self,
        html: str,
        device: QPaintDevice,
        dpi: float,
        header: str,
        footer: str = "",
        icon_arrays: Sequence[IconArraySpec] = (),
        page_mm: tuple[float, float] = A4_MM,
        font_points: float = FONT_POINTS,
    ) -> None:
        ensure_app()
        self.dpi, self.header, self.footer = dpi, header, footer
        self.font_points = font_points
        self.page_mm = page_mm
        self.doc = QTextDocument()
        layout = self.doc.documentLayout()
        layout.setPaintDevice(device)
        self.handler = _IconArrayObject(icon_arrays, dpi)  # kept: the layout does not own it
        layout.registerHandler(ICON_OBJECT, self.handler)
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setPointSizeF(font_points)
        if len(html) > LARGE_HTML:  # hundreds of pages: Latin text laid out without kerning
            font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)  # (20 % quicker)
        self.font = font
        self.doc.setDefaultFont(font)
        self.doc.setDocumentMargin(0)
        # Each icon-array placeholder is a resource of the document, so Qt never looks for
        # a file of that name (thousands of opens in the current folder, and a file there
        # named "sdm-icon-array:0.png" would have been drawn in the PDF).
        blank = QImage(bytes(4), 1, 1, QImage.Format.Format_ARGB32_Premultiplied).copy()
        for n in range(len(icon_arrays)):
            url = QUrl(f"{QT_ICON_SCHEME}:{n}")
            self.doc.addResource(QTextDocument.ResourceType.ImageResource, url, blank)
        self.doc.setHtml(html)
        edits = QTextCursor(self.doc)  # one edit: the layout hears of the changes once
        edits.beginEditBlock()
        honour_heading_sizes(self.doc)
        _place_icon_arrays(self.doc)
        edits.endEditBlock()
        self.body = QRectF(
            self.mm(MARGIN_MM),
            self.mm(BODY_TOP_MM),
            self.mm(page_mm[0] - 2 * MARGIN_MM),
            self.mm(page_mm[1] - BODY_BOTTOM_GAP_MM - BODY_TOP_MM),
        )
        self.doc.setPageSize(self.body.size())
        keep_together(self.doc, self.body.height())
        self.count = max(1, self.doc.pageCount())

    def mm(self, value: float) -> float:
        return value / 25.4 * self.dpi

    def paint(self, painter: QPainter, index: int) -> None:
        """Paint page ``index`` (from 0), in page coordinates (0, 0 is the top-left corner)."""
        body = self.body
        painter.save()
        painter.translate(body.left(), body.top() - index * body.height())
        self.doc.drawContents(
            painter, QRectF(0, index * body.height(), body.width(), body.height())
        )
        painter.restore()

        small = QFont(self.font)
        # The page's header and footer; larger with large print.
        small.setPointSizeF(FURNITURE_POINTS * max(1.0, self.font_points / SUMMARY_FONT_POINTS))
        painter.save()
        painter.setFont(small)
        metrics = QFontMetricsF(small, painter.device())
        width = body.width()
        left = body.left()
        header = _elided(metrics, self.header, width, middle=True)
        _draw_text(painter, QPointF(left, self.mm(HEADER_BASELINE_MM)), header, small)
        rule = QPainterPath(QPointF(left, self.mm(HEADER_RULE_MM)))
        rule.lineTo(left + width, self.mm(HEADER_RULE_MM))
        painter.strokePath(rule, _pen(QColor("#9a9a9a"), self.mm(0.25)))  # = drawLine
        page = f"Page {index + 1} of {self.count}"
        baseline = self.mm(self.page_mm[1] - FOOTER_GAP_MM)
        page_width = metrics.horizontalAdvance(page)
        _draw_text(painter, QPointF(left + width - page_width, baseline), page, small)
        if self.footer:
            room = width - page_width - self.mm(6)
            footer = _elided(metrics, self.footer, room, middle=False)
            _draw_text(painter, QPointF(left, baseline), footer, small)
        painter.restore()


def _pen(colour: QColor, width: float = 1.0) -> QPen:
    """``QPen(colour, width)``: solid, square caps, bevel joins (Qt's defaults), made
    without PySide's ``Qt`` namespace (see :mod:`sdm_aid.drawing.figures`)."""
    pen = QPen()
    pen.setColor(colour)
    pen.setWidthF(width)
    return pen


def _draw_text(painter: QPainter, baseline: QPointF, text: str, font: QFont) -> None:
    """``painter.drawText(baseline, text)`` in :data:`QUIET_COLOUR`, drawn as one line of
    a ``QTextLayout`` with that colour, which is the same drawing: ``QPainter.setPen``
    would load PySide's ``Qt`` namespace (see :mod:`sdm_aid.drawing.figures`)."""
    colour = QTextCharFormat()
    colour.setForeground(_pen(QUIET_COLOUR).brush())
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = 0, len(text), colour
    layout = QTextLayout(text, font, painter.device())
    layout.setFormats([span])
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    layout.draw(painter, QPointF(baseline.x(), baseline.y() - line.ascent()))


def _elided(metrics: QFontMetricsF, text: str, width: float, *, middle: bool) -> str:
    """``text`` cut to ``width`` with an ellipsis in the middle or at the end. Text that
    fits is returned as it is, as Qt would, without loading PySide's ``Qt`` namespace.

    Qt keeps the text when its advance (a whole number of 64ths of a pixel) is at most
    the width cut down to 64ths: the same as comparing with the width itself
    (tests/test_pdf_pens.py checks the edge). Text with Qt's variant separator (U+009C)
    is left to Qt."""
    if "\x9c" not in text and metrics.horizontalAdvance(text) <= width:
        return text
    from PySide6.QtCore import Qt  # only for a line too long: it costs about 11 ms

    mode = Qt.TextElideMode.ElideMiddle if middle else Qt.TextElideMode.ElideRight
    return metrics.elidedText(text, mode, width)


def _place_icon_arrays(doc: QTextDocument) -> None:
    """Turn each ``<img src="sdm-icon-array:N">`` into a custom object drawing array N.

    An image is an object character (U+FFFC) in the document's text, at its position:
    only those characters are looked at, not every run of text."""
    found: list[tuple[int, int]] = []
    prefix = f"{QT_ICON_SCHEME}:"
    text = doc.toRawText()
    probe = QTextCursor(doc)
    position = text.find(OBJECT_CHARACTER)
    while position != -1:
        probe.setPosition(position + 1)  # the format of the character before the cursor
        fmt = probe.charFormat()
        if fmt.isImageFormat():
            name = fmt.toImageFormat().name()
            if name.startswith(prefix) and name[len(prefix) :].isdigit():
                found.append((position, int(name[len(prefix) :])))
        position = text.find(OBJECT_CHARACTER, position + 1)
    cursor = QTextCursor(doc)
    for position, index in reversed(found):
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setObjectType(ICON_OBJECT)
        fmt.setProperty(SPEC_PROPERTY, index)
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignBottom)
        cursor.insertText(OBJECT_CHARACTER, fmt)


def _paint_on(device: QPagedPaintDevice, pages: _Pages) -> None:
    """Paint every page onto a paged device (a PDF writer or a printer)."""
    dpi = pages.dpi
    layout = device.pageLayout()
    full = layout.fullRectPixels(round(dpi))
    paint = layout.paintRectPixels(round(dpi))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start drawing the pages")
    try:
        # The painter starts at the printable area; draw in whole-page coordinates.
        painter.translate(full.left() - paint.left(), full.top() - paint.top())
        for index in range(pages.count):
            if index and not device.newPage():
                raise OSError("could not start a new page")
            pages.paint(painter, index)
    finally:
        painter.end()


def html_to_pdf_bytes(
    html: str, header: str, *, title: str | None = None, **page: Unpack[PageOptions]
) -> bytes:
    """The HTML as an A4 PDF: ``header`` at the top of every page, "Page N of M" (and
    ``footer``, if any) at the bottom. ``icon_arrays[N]`` is drawn wherever the HTML has
    ``<img src="sdm-icon-array:N">``."""
    ensure_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title or header)
    writer.setCreator(generator())
    pages = _Pages(html, writer, RESOLUTION, header, **page)
    _paint_on(writer, pages)  # the file is complete when painting ends
    del pages, writer  # the document first: its layout points at the writer
    buffer.close()
    return bytes(buffer.data().data())


def html_to_pdf(
    html: str, path: Path, header: str, *, overwrite: bool = True, **page: Unpack[PageOptions]
) -> None:
    """Write the HTML as an A4 PDF to ``path``, atomically (see :func:`html_to_pdf_bytes`).

    With ``overwrite=False`` an existing file is left alone: :class:`FileExistsError`.
    """
    data = html_to_pdf_bytes(html, header, **page)
    atomic_write_bytes(path, data, mode=PRIVATE_MODE, overwrite=overwrite)


def summary_header(summary: Summary) -> str:
    return f"{summary.aid_title} — version {summary.aid_version}"


def _summary_footer(summary: Summary, variant: str) -> str:
    kind = "Decision summary" if variant == "patient" else "Shared decision-making record"
    return f"{kind}, {summary.date_words or summary.date}"


def _summary_pages(
    summary: Summary, variant: str, large_print: bool
) -> tuple[str, str, PageOptions]:
    """The HTML, header and page options of a summary's copy, for the PDF and for print
    (``large_print``: the patient copy at 16 pt; the record copy keeps its size)."""
    large = large_print and variant == "patient"
    html, specs = render_qt_html(summary, variant, large_print=large)
    footer = _summary_footer(summary, variant)
    page = PageOptions(icon_arrays=specs, footer=footer, font_points=body_points(large))
    return html, summary_header(summary), page


def summary_pdf_bytes(
    summary: Summary, variant: str = "patient", *, large_print: bool = False
) -> bytes:
    """The patient or record copy of a summary as an A4 PDF; ``large_print`` sets the
    patient copy at 16 pt."""
    html, header, page = _summary_pages(summary, variant, large_print)
    title = f"{page['footer']}: {summary.aid_title}"
    return html_to_pdf_bytes(html, header, title=title, **page)


def print_html(
    html: str, device: QPagedPaintDevice, header: str, **page: Unpack[PageOptions]
) -> None:
    """Paint the pages onto ``device``, such as a ``QPrinter`` the print dialog set up."""
    size = device.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
    page_mm = (size.width(), size.height())
    pages = _Pages(html, device, device.logicalDpiX(), header, page_mm=page_mm, **page)
    _paint_on(device, pages)


def print_summary(
    summary: Summary,
    device: QPagedPaintDevice,
    variant: str = "patient",
    *,
    large_print: bool = False,
) -> None:
    """Print the patient or record copy of a summary, with the PDF's pages and arrays
    (``large_print``: the patient copy at 16 pt)."""
    html, header, page = _summary_pages(summary, variant, large_print)
    print_html(html, device, header, **page)


def render_page_images(
    html: str, header: str, *, dpi: float = 96, **page: Unpack[PageOptions]
) -> list[QImage]:
    """The pages as white A4 images at ``dpi``: a preview of what the PDF holds."""
    ensure_app()
    size = (round(A4_MM[0] / 25.4 * dpi), round(A4_MM[1] / 25.4 * dpi))
    probe = QImage(size[0], size[1], QImage.Format.Format_ARGB32_Premultiplied)
    probe.setDotsPerMeterX(round(dpi / 0.0254))
    probe.setDotsPerMeterY(round(dpi / 0.0254))
    pages = _Pages(html, probe, dpi, header, **page)
    images = []
    for index in range(pages.count):
        image = QImage(probe.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDotsPerMeterX(probe.dotsPerMeterX())
        image.setDotsPerMeterY(probe.dotsPerMeterY())
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            pages.paint(painter, index)
        finally:
            painter.end()
        images.append(image)
    return images
