"""The comparison grid on one A4 page (an Option Grid-style handout).

Calls the PDF path of the patient's copy (``sdm_aid.drawing.pdf``), laying the page out at smaller
text sizes until the grid fits one page with no word broken across lines (narrow columns
break long words such as "physiotherapy"); never below :data:`SMALLEST` points.
"""

from __future__ import annotations

from pathlib import Path

from sdm_aid.core.compare_handout import handout_header, handout_html
from sdm_aid.core.fileio import PRIVATE_MODE, atomic_write_bytes
from sdm_aid.core.model import Aid
from sdm_aid.drawing.pdf import _Pages, html_to_pdf_bytes

SIZES = (12.0, 11.0, 10.0, 9.0, 8.0)  # points, largest first
SMALLEST = SIZES[-1]


def page_count(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def _layout(html: str, header: str, points: float) -> tuple[int, bool]:
    """How many pages the handout takes at ``points``, and whether any word is broken."""
    from PySide6.QtGui import QImage

    probe = QImage(800, 1100, QImage.Format.Format_ARGB32_Premultiplied)
    probe.setDotsPerMeterX(round(96 / 0.0254))
    probe.setDotsPerMeterY(round(96 / 0.0254))
    pages = _Pages(html, probe, 96, header, "", (), font_points=points)
    broken = False
    block = pages.doc.begin()
    while block.isValid() and not broken:
        text, layout = block.text(), block.layout()
        for n in range(layout.lineCount() - 1):
            line = layout.lineAt(n)
            end = line.textStart() + line.textLength()
            if 0 < end < len(text) and not (text[end - 1].isspace() or text[end - 1] in "-/"):
                broken = not text[end].isspace()
                if broken:
                    break
        block = block.next()
    return pages.count, broken


def handout_pdf_bytes(aid: Aid, option_ids: list[str] | None = None) -> bytes:
    """The handout as a PDF: one page at the largest text size that fits with whole words
    (else the largest that fits one page, else the smallest)."""
    html = handout_html(aid, option_ids)
    if html is None:
        raise ValueError(f"the aid {aid.meta.id!r} has no comparison grid")
    header = handout_header(aid)
    layouts = {points: _layout(html, header, points) for points in SIZES}
    chosen = next((p for p in SIZES if layouts[p] == (1, False)), None)
    if chosen is None:
        chosen = next((p for p in SIZES if layouts[p][0] == 1), SMALLEST)
    return html_to_pdf_bytes(
        html,
        header,
        footer="Options side by side",
        title=f"Options side by side: {aid.meta.title}",
        font_points=chosen,
    )


def write_handout(aid: Aid, path: Path, option_ids: list[str] | None = None) -> None:
    """Write the handout to ``path`` atomically, readable by its owner only."""
    atomic_write_bytes(path, handout_pdf_bytes(aid, option_ids), mode=PRIVATE_MODE)
