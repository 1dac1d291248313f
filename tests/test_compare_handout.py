"""The comparison grid as a one-page A4 handout, for every bundled aid."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from sdm_aid.core.compare_handout import handout_html
from sdm_aid.core.parser import load_aid_or_raise
from sdm_aid.drawing.compare_pdf import SIZES, _layout, handout_pdf_bytes, page_count, write_handout
from sdm_aid.paths import bundled_aids_dir

AIDS = sorted(bundled_aids_dir().glob("*.md"))
pytestmark = pytest.mark.usefixtures("qapp")  # a QApplication first, as in the app


@pytest.mark.parametrize("path", AIDS, ids=lambda p: p.stem)
def test_every_grid_fits_one_a4_page(path: Path) -> None:
    aid = load_aid_or_raise(path)
    pdf = handout_pdf_bytes(aid)
    assert pdf.startswith(b"%PDF") and page_count(pdf) == 1
    html = handout_html(aid)
    assert html is not None
    # At some size from 12 down to 9 points it is one page with every word whole.
    assert any(_layout(html, "x", p) == (1, False) for p in SIZES if p >= 9)


def test_the_handout_shows_the_chosen_options_escaped(tmp_path: Path) -> None:
    aid = load_aid_or_raise(bundled_aids_dir() / "knee-osteoarthritis.md")
    html = handout_html(aid, ["exercise", "surgery"])
    assert html is not None
    assert "Knee replacement" in html and "Exercise and physiotherapy" in html
    assert "Losing weight" not in html
    assert "How long is recovery?" in html and "not a recommendation" in html
    out = tmp_path / "grid.pdf"
    write_handout(aid, out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
