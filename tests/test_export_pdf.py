"""PDF export (Qt): A4 pages with a header and page numbers, the text readable back, the
icon arrays drawn as vector shapes."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from fixtures.sessions.builder import HOSTILE, LONG_NOTES
from pypdf import PdfReader

from sdm_aid.core.export import render_qt_html
from sdm_aid.core.model import Aid
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.session import Session, load_session
from sdm_aid.core.summary import build_summary
from sdm_aid.core.svg_icons import BAD, GOOD, NEUTRAL
from sdm_aid.paths import bundled_aids_dir
from support import EXAMPLE, FIXTURES

pytestmark = pytest.mark.usefixtures("qapp")  # a QApplication first, as in the app

A4_POINTS = (595.3, 841.9)
MAX_PATIENT_PAGES = 3  # the knee fixture's patient copy (issue 11)
MIN_BODY_POINTS = 12.0


def text_sizes(data: bytes) -> list[list[tuple[str, float]]]:
    """Each page's text runs with the size they are drawn at, in points: the font size
    scaled by the text matrix and the current transformation matrix."""
    pages: list[list[tuple[str, float]]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            scale = abs(cm[3] * tm[3] + cm[2] * tm[1])  # vertical scale of the text
            pages[-1].append((" ".join(text.split()), size * scale))

    for page in PdfReader(io.BytesIO(data)).pages:
        pages.append([])
        page.extract_text(visitor_text=visit)
    return pages


def session_named(name: str, tmp_path: Path) -> Session:
    copy = tmp_path / f"{name}.sdm.json"
    copy.write_bytes((FIXTURES / "sessions" / f"{name}.sdm.json").read_bytes())
    return load_session(copy)


def page_texts(data: bytes) -> list[str]:
    """Each page's text, with ligatures undone and whitespace collapsed."""
    reader = PdfReader(io.BytesIO(data))
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in reader.pages
    ]


def rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return r, g, b


def stroke_colours(data: bytes) -> set[tuple[float, float, float]]:
    """Every stroking colour the pages set (``r g b SCN`` or ``RG``), rounded."""
    found = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        content = page.get_contents()
        stream = content.get_data() if content is not None else b""
        for r, g, b in re.findall(rb"([\d.]+) ([\d.]+) ([\d.]+) (?:SCN|RG)\b", stream):
            found.add((round(float(r), 2), round(float(g), 2), round(float(b), 2)))
    return found


def has_images(data: bytes) -> bool:
    for page in PdfReader(io.BytesIO(data)).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for ref in xobjects.values():
            if ref.get_object().get("/Subtype") == "/Image":
                return True
    return False


@pytest.fixture(scope="module")
def knee() -> Aid:
    return load_aid_or_raise(bundled_aids_dir() / "knee-osteoarthritis.md")


def test_patient_pdf_has_the_decision_the_numbers_and_page_furniture(
    knee: Aid, tmp_path: Path
) -> None:
    from sdm_aid.drawing.pdf import summary_pdf_bytes

    session = session_named("knee-decided", tmp_path)
    summary = build_summary(session, knee)
    data = summary_pdf_bytes(summary, "patient")
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(A4_POINTS, abs=1)
    texts = page_texts(data)
    count = len(texts)
    assert 2 <= count <= MAX_PATIENT_PAGES
    for n, text in enumerate(texts, start=1):
        assert f"{knee.meta.title} — version {knee.meta.version}" in text
        assert f"Page {n} of {count}" in text
    whole = " ".join(texts)
    assert "Exercise and physiotherapy" in whole and summary.decision in whole
    assert "Ann Example" in whole and " ".join(LONG_NOTES.split()[:12]) in whole
    assert "Warning signs: when to get help quickly" in whole  # the aid's safety section
    for block in summary.safety:
        for line in (block.text, *block.items):
            assert " ".join(line.split()) in whole, line
    for outcome in summary.outcomes:  # every real figure, at the summary's one denominator
        for figure in outcome.figures:
            phrase = f"{figure.count:,} out of {figure.denominator:,} people"
            assert phrase in whole, (outcome.id, figure.option_id)
        for line in (*outcome.not_applicable, outcome.unknown):
            assert " ".join(line.split()) in whole
    assert not has_images(data)  # icon arrays are vector shapes, not pictures
    colours = stroke_colours(data)
    bad, neutral = rgb(BAD), rgb(NEUTRAL)
    assert tuple(round(c, 2) for c in bad) in colours  # affected people (unwanted outcome)
    assert tuple(round(c, 2) for c in neutral) in colours  # everyone else


def test_knee_patient_pdf_is_three_a4_pages_at_12_point(knee: Aid, tmp_path: Path) -> None:
    from sdm_aid.drawing.pdf import summary_header, summary_pdf_bytes

    session = session_named("knee-decided", tmp_path)
    summary = build_summary(session, knee)
    data = summary_pdf_bytes(summary, "patient")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) <= MAX_PATIENT_PAGES
    for page in reader.pages:
        box = page.mediabox
        assert (float(box.width), float(box.height)) == pytest.approx(A4_POINTS, abs=1)
    furniture = (summary_header(summary), f"Decision summary, {summary.date_words}", "Page ")
    body = []
    for n, runs in enumerate(text_sizes(data), start=1):
        page_furniture = [r for r in runs if r[0].startswith(furniture)]
        assert {r[0] for r in page_furniture} >= {f"Page {n} of {len(reader.pages)}"}
        body += [r for r in runs if not r[0].startswith(furniture)]
    assert len(body) > 100  # the check saw the text itself
    small = [(text, round(size, 2)) for text, size in body if size < MIN_BODY_POINTS - 0.01]
    assert not small, small[:5]
    sizes = sorted({round(size, 1) for _text, size in body})
    assert sizes[0] == MIN_BODY_POINTS and sizes[-1] > MIN_BODY_POINTS  # headings are larger


def test_pdf_icon_arrays_are_drawn_where_the_placeholders_are(knee: Aid, tmp_path: Path) -> None:
    from sdm_aid.drawing.pdf import render_page_images

    session = session_named("example-undecided", tmp_path)
    aid = load_aid_or_raise(EXAMPLE)
    summary = build_summary(session, aid)
    html, specs = render_qt_html(summary, "patient")
    assert html.count('src="sdm-icon-array:') == len(specs) == 4
    with_arrays = render_page_images(html, "header", icon_arrays=specs, dpi=60)
    without = render_page_images(html, "header", icon_arrays=[], dpi=60)

    def pixels(images: list, colour: str) -> int:  # type: ignore[type-arg]
        target = tuple(round(c * 255) for c in rgb(colour))
        total = 0
        for image in images:
            for y in range(0, image.height(), 2):
                for x in range(0, image.width(), 2):
                    c = image.pixelColor(x, y)
                    if (
                        abs(c.red() - target[0])
                        + abs(c.green() - target[1])
                        + abs(c.blue() - target[2])
                        < 30
                    ):
                        total += 1
        return total

    assert pixels(with_arrays, GOOD) > 50 and pixels(with_arrays, BAD) > 3
    assert pixels(without, GOOD) < pixels(with_arrays, GOOD) / 4


def test_record_pdf_is_short_and_clinical(knee: Aid, tmp_path: Path) -> None:
    from sdm_aid.drawing.pdf import summary_pdf_bytes

    session = session_named("knee-decided", tmp_path)
    data = summary_pdf_bytes(build_summary(session, knee), "record")
    texts = page_texts(data)
    whole = " ".join(texts)
    assert len(texts) <= 2
    assert "Shared decision-making record" in whole
    assert "Decision: Exercise and physiotherapy." in whole
    assert "SURE test: 3 of 4" in whole
    assert f"Page 1 of {len(texts)}" in texts[0]


def test_hostile_text_is_printed_as_text(tmp_path: Path) -> None:
    from sdm_aid.drawing.pdf import summary_pdf_bytes

    session = session_named("example-hostile", tmp_path)
    whole = " ".join(
        page_texts(summary_pdf_bytes(build_summary(session, load_aid_or_raise(EXAMPLE))))
    )
    assert HOSTILE in whole and "Notes with <b>bold</b>" in whole


def test_html_to_pdf_writes_any_report_with_header_and_page_numbers(tmp_path: Path) -> None:
    from sdm_aid.drawing.pdf import html_to_pdf

    body = "".join(f"<p>Paragraph {n} of the review report &amp; more.</p>" for n in range(150))
    html = f"<h1>Patient panel review</h1>{body}"
    out = tmp_path / "report.pdf"
    html_to_pdf(html, out, "Review of hip-osteoarthritis, version 0.9.0", footer="Panel 3")
    data = out.read_bytes()
    texts = page_texts(data)
    assert len(texts) >= 3
    for n, text in enumerate(texts, start=1):
        assert "Review of hip-osteoarthritis, version 0.9.0" in text
        assert f"Page {n} of {len(texts)}" in text and "Panel 3" in text
    whole = " ".join(texts)
    assert all(f"Paragraph {n} of the review report & more." in whole for n in range(150))
    with pytest.raises(FileExistsError):
        html_to_pdf("<p>other</p>", out, "x", overwrite=False)
    assert out.read_bytes() == data


def test_print_html_paints_on_any_paged_device(tmp_path: Path) -> None:
    from PySide6.QtGui import QPageSize, QPdfWriter

    from sdm_aid.drawing.pdf import print_html

    path = tmp_path / "printed.pdf"
    writer = QPdfWriter(str(path))  # stands in for a QPrinter (also a QPagedPaintDevice)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    print_html("<h1>Printed</h1><p>On a printer.</p>", writer, "Printed header")
    del writer
    text = " ".join(page_texts(path.read_bytes()))
    assert "Printed header" in text and "On a printer." in text and "Page 1 of 1" in text


@pytest.mark.parametrize("filler", range(4, 20))  # some cut the box without the rule
def test_a_box_is_never_cut_by_a_page_end(filler: int) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument, QTextTable

    from sdm_aid.drawing.pdf_layout import keep_together

    rows = "".join(f"<p>Line {n} of the box.</p>" for n in range(6))
    html = (
        "".join(f"<p>Paragraph {n}.</p>" for n in range(filler))
        + f"<h3>Heading</h3><table border='1'><tr><td>{rows}</td></tr></table>"
        + "<p>After.</p>"
    )
    doc = QTextDocument()
    doc.setHtml(html)
    page = 300.0
    doc.setPageSize(QSizeF(400, page))
    layout = doc.documentLayout()
    (table,) = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    heading = doc.findBlock(table.firstPosition() - 1)
    while heading.isValid() and heading.blockFormat().headingLevel() == 0:
        heading = heading.previous()
    assert heading.text() == "Heading"
    keep_together(doc, page)
    box = layout.frameBoundingRect(table)
    assert box.height() < page
    assert int(box.top() // page) == int((box.bottom() - 1) // page)  # on one page
    top = layout.blockBoundingRect(heading).top()
    assert int(top // page) == int(box.top() // page)  # with its heading


def test_large_print_pdf_sets_every_line_at_16_point_or_more(knee: Aid, tmp_path: Path) -> None:
    """Large print (issue 14): the body at 16 pt, nothing smaller, so it runs to more pages
    than the standard copy; the 3-page limit is the standard copy's."""
    from sdm_aid.drawing.pdf import summary_header, summary_pdf_bytes

    summary = build_summary(session_named("knee-decided", tmp_path), knee)
    standard = summary_pdf_bytes(summary, "patient")
    large = summary_pdf_bytes(summary, "patient", large_print=True)
    standard_pages, large_pages = len(page_texts(standard)), len(page_texts(large))
    assert standard_pages <= MAX_PATIENT_PAGES < large_pages
    furniture = (summary_header(summary), f"Decision summary, {summary.date_words}", "Page ")
    runs = [run for page in text_sizes(large) for run in page]
    body = [(text, size) for text, size in runs if not text.startswith(furniture)]
    assert len(body) > 100
    small = [(text, round(size, 2)) for text, size in body if size < 16 - 0.01]
    assert not small, small[:5]
    sizes = sorted({round(size, 1) for _text, size in body})
    # 16 pt is drawn as whole device pixels at 300 dpi: 67 px, 16.08 pt.
    assert sizes[0] == pytest.approx(16.0, abs=0.15) and sizes[-1] >= 24.0  # the title: 24 pt
    page_numbers = [size for text, size in runs if text.startswith("Page ")]
    assert page_numbers and min(page_numbers) > 10  # the page's own lines grow too
    whole = " ".join(page_texts(large))
    assert summary.decision in whole  # the same copy, only larger
    # The record copy goes into a health record: large print leaves it as it is.
    assert len(page_texts(summary_pdf_bytes(summary, "record", large_print=True))) == len(
        page_texts(summary_pdf_bytes(summary, "record"))
    )


def test_long_documents_keep_every_box_whole_and_every_block_shown() -> None:
    """Past a few dozen items keep_together lays the document out a stretch at a time
    (hidden blocks after it); the rules hold for every box, and all is shown at the end."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextDocument, QTextTable

    from sdm_aid.drawing.pdf_layout import _top_level, _Window, keep_together

    parts = []
    for n in range(40):
        rows = "".join(f"<p>Line {k} of box {n}.</p>" for k in range(3 + n % 5))
        filler = "".join(f"<p>Paragraph {n}.{k}.</p>" for k in range(n % 7))
        box = f"<table border='1'><tr><td>{rows}</td></tr></table>"
        parts.append(f"{filler}<h3>Heading {n}</h3>{box}")
    doc = QTextDocument()
    doc.setHtml("".join(parts) + "<p>After.</p>")
    page = 300.0
    doc.setPageSize(QSizeF(400, page))
    assert len(_top_level(doc)) > 2 * _Window.STRETCH  # long enough to be laid out in stretches
    keep_together(doc, page)
    layout = doc.documentLayout()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert len(tables) == 40
    for table in tables:
        box = layout.frameBoundingRect(table)
        assert int(box.top() // page) == int((box.bottom() - 1) // page), box
        heading = doc.findBlock(table.firstPosition() - 1)
        while heading.blockFormat().headingLevel() == 0:
            heading = heading.previous()
        assert int(layout.blockBoundingRect(heading).top() // page) == int(box.top() // page)
    block = doc.begin()
    while block.isValid():
        assert block.isVisible(), block.text()
        block = block.next()
