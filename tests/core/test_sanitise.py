from __future__ import annotations

import pytest

from sdm_aid.core.parser import parse_aid
from sdm_aid.core.render import Renderer, sanitise

ATTACKS = [
    "<script>alert(1)</script>",
    '<iframe src="https://evil.example"></iframe>',
    '<img src="x.png" onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    "[click](javascript:alert(1))",
    '<form action="https://evil.example"><input name="q"></form>',
    '<div onclick="alert(1)">hi</div>',
    '<object data="evil.swf"></object><embed src="evil.swf">',
    "<style>body{display:none}</style>",
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<svg onload="alert(1)"></svg>',
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_markdown_with_attacks_renders_safe(attack: str) -> None:
    html = Renderer().render(f"Some text.\n\n{attack}\n\nMore text.").html.lower()
    for bad in (
        "<script",
        "<iframe",
        "onerror",
        "onclick",
        "onload",
        "javascript:",
        "<form",
        "<input",
        "<object",
        "<embed",
        "<style",
        "<svg",
    ):
        assert bad not in html
    assert "some text." in html and "more text." in html


@pytest.mark.parametrize(
    ("src", "kept"),
    [
        ("images/knee.png", True),
        ("knee.png", True),
        ("https://tracker.example/pixel.png", False),
        ("http://tracker.example/pixel.png", False),
        ("//tracker.example/pixel.png", False),
        ("/etc/passwd", False),
        ("../other-aid/secret.png", False),
        ("images/../../x.png", False),
        ("data:image/png;base64,AAAA", False),
        ("file:///etc/passwd", False),
    ],
)
def test_images_only_from_the_aids_own_folder(src: str, kept: bool) -> None:
    html = sanitise(f'<img src="{src}" alt="a knee">')
    assert (f'src="{src}"' in html) is kept
    assert 'alt="a knee"' in html


def test_safe_links_keep_working_and_get_noopener() -> None:
    html = sanitise('<a href="https://www.nhs.uk/">NHS</a> <a href="#source-x">1</a>')
    assert 'href="https://www.nhs.uk/"' in html and 'rel="noopener noreferrer"' in html
    assert 'href="#source-x"' in html


def test_attacks_inside_an_aid_are_removed_everywhere(example_text: str) -> None:
    text = example_text.replace(
        "You can take your time.", "You can take your time. <script>alert(1)</script>"
    ).replace("| A few weeks |", "| <img src=x onerror=alert(1)> A few weeks |")
    aid = parse_aid(text).aid
    assert aid is not None
    assert "<script" not in aid.sections["about"].html
    assert aid.compare is not None
    assert all("onerror" not in cell for row in aid.compare.rows for cell in row.cells)
