"""The patient copy's type size: 12 pt body text, or 16 pt in large print (issue 14).

Read from the CSS the templates write (the web page and the PDF's Qt HTML); the PDF's drawn
sizes are measured in tests/test_export_pdf.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sdm_aid.core.export import (
    BODY_POINTS,
    LARGE_PRINT_POINTS,
    large_print_applies,
    render,
    render_html,
    render_qt_html,
)
from sdm_aid.core.model import Aid
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.core.session import load_session
from sdm_aid.core.summary import Summary, build_summary
from sdm_aid.paths import bundled_aids_dir
from support import FIXTURES


@pytest.fixture(scope="module")
def knee() -> Aid:
    return load_aid_or_raise(bundled_aids_dir() / "knee-osteoarthritis.md")


@pytest.fixture
def summary(knee: Aid, tmp_path: Path) -> Summary:
    copy = tmp_path / "knee.sdm.json"
    copy.write_bytes((FIXTURES / "sessions" / "knee-decided.sdm.json").read_bytes())
    return build_summary(load_session(copy), knee)


def css(html: str) -> str:
    return html.split("<style>", 1)[1].split("</style>", 1)[0]


def rules(stylesheet: str) -> list[tuple[str, str, str]]:
    """(media, selector, declarations) of every rule, in order; media is "" or "print"."""
    stylesheet = re.sub(r"/\*.*?\*/", "", stylesheet, flags=re.S)
    found = []
    media = ""
    depth = 0
    for token in re.finditer(r"([^{}]*)\{|\}", stylesheet):
        head = token.group(1)
        if head is None:  # a closing brace
            depth -= 1
            if depth == 0:
                media = ""
            continue
        head = head.strip()
        if head.startswith("@media"):
            media = "print" if "print" in head else "narrow"
            depth += 1
            continue
        if head.startswith("@page"):
            depth += 1
            continue
        end = stylesheet.index("}", token.end())
        found.append((media, head, stylesheet[token.end() : end]))
        depth += 1
    return found


def font_size(stylesheet: str, selector: str, media: str = "") -> str | None:
    """The last font-size given to ``selector`` (in a rule for it alone or in a list),
    outside any @media rule or inside the one named."""
    size = None
    for where, selectors, declarations in rules(stylesheet):
        names = [s.strip() for s in selectors.split(",")]
        if where in ("", media) and selector in names:
            match = re.search(r"font-size:\s*([\d.]+(?:pt|rem|em|px))", declarations)
            if match:
                size = match.group(1)
    return size


def points(size: str | None, root_points: float) -> float:
    """A CSS size in points, with ``root_points`` as 1rem."""
    match = re.fullmatch(r"([\d.]+)(pt|rem|px)", size or "")
    assert match, size
    value, unit = float(match.group(1)), match.group(2)
    return {"pt": value, "rem": value * root_points, "px": value * 0.75}[unit]


def test_the_web_page_prints_its_body_at_12_pt_and_16_pt_in_large_print(
    summary: Summary,
) -> None:
    standard = css(render_html(summary))
    large = css(render_html(summary, large_print=True))
    assert BODY_POINTS == 12 and LARGE_PRINT_POINTS == 16
    assert font_size(standard, "body", "print") == "12pt"
    assert font_size(large, "body", "print") == "16pt"
    assert font_size(standard, "h2", "print") == "15pt"
    assert font_size(large, "h2", "print") == "20pt"
    # Large print on screen too: the root is 16 pt, and the body and what was smaller
    # (notes, the pictures' key, the footer) are a whole rem of it.
    assert font_size(standard, "html") is None
    assert font_size(large, "html") == "16pt"
    for selector in ("body", ".small", ".key", "footer"):
        assert points(font_size(large, selector), 16) >= 16, selector
        assert points(font_size(large, selector, "print"), 16) >= 16, selector
    assert points(font_size(standard, ".small"), 12) < 12  # what large print is for


def test_the_pdf_html_sets_the_body_at_12_pt_and_16_pt_with_headings_in_proportion(
    summary: Summary,
) -> None:
    standard = css(render_qt_html(summary)[0])
    large = css(render_qt_html(summary, large_print=True)[0])
    assert font_size(standard, "body") == "12pt" and font_size(large, "body") == "16pt"
    for heading, size in (("h1", 18), ("h2", 15), ("h3", 13.5)):
        assert points(font_size(standard, heading), 12) == size
        assert points(font_size(large, heading), 16) == pytest.approx(size * 16 / 12)
    every = [float(n) for n in re.findall(r"font-size:\s*([\d.]+)pt", large)]
    assert every and min(every) == 16  # nothing in large print is smaller than its body


def test_large_print_is_for_the_patient_copy_as_a_pdf_or_web_page(
    summary: Summary, knee: Aid, tmp_path: Path
) -> None:
    assert large_print_applies("pdf") and large_print_applies("html", "patient")
    for fmt, variant in (("html", "record"), ("pdf", "record"), ("txt", None), ("json", None)):
        assert not large_print_applies(fmt, variant), (fmt, variant)
    copy = tmp_path / "knee2.sdm.json"
    copy.write_bytes((FIXTURES / "sessions" / "knee-decided.sdm.json").read_bytes())
    session = load_session(copy)
    record = render(session, knee, "html", "record", large_print=True)
    assert record == render(session, knee, "html", "record")  # the record copy is unchanged
    patient = render(session, knee, "html", "patient", large_print=True).decode("utf-8")
    assert font_size(css(patient), "body", "print") == "16pt"
    assert render_html(summary, "record", large_print=True) == render_html(summary, "record")
