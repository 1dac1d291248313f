"""The aid's warning signs (its `safety` section) on the patient's copies (no display)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sdm_aid.core.export import render, render_html, render_json, render_text
from sdm_aid.core.model import Aid
from sdm_aid.core.parser import load_aid_or_raise, parse_aid
from sdm_aid.core.presentation import TextBlock, text_blocks
from sdm_aid.core.session import Session, load_session, new_session
from sdm_aid.core.summary import build_summary, render_screen_html
from sdm_aid.paths import bundled_aids_dir
from support import FIXTURES

HEADING = "Warning signs: when to get help quickly"
SAFETY_HEADING = re.compile(r"^# Warning signs \{#safety\}\n.*?(?=^# )", re.MULTILINE | re.DOTALL)


@pytest.fixture(scope="module")
def knee() -> Aid:
    return load_aid_or_raise(bundled_aids_dir() / "knee-osteoarthritis.md")


def knee_session(tmp_path: Path) -> Session:
    copy = tmp_path / "knee-decided.sdm.json"
    copy.write_bytes((FIXTURES / "sessions" / "knee-decided.sdm.json").read_bytes())
    return load_session(copy)


def words(text: str) -> str:
    """Text with tags, Markdown backslashes and runs of whitespace taken out."""
    text = re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&").replace("\\", "")
    return " ".join(text.split())


def safety_lines(aid_file: Path) -> list[str]:
    """Each line of prose or list item of the aid's warning signs, read from the file
    itself (not through the code under test)."""
    section = SAFETY_HEADING.search(aid_file.read_text(encoding="utf-8"))
    assert section is not None
    lines = []
    for line in section.group(0).splitlines()[1:]:
        line = re.sub(r"\s*\[@[^\]]+\]", "", line.strip().removeprefix("- "))
        if line:
            lines.append(line)
    return lines


def test_knee_patient_copies_print_every_warning_sign(knee: Aid, tmp_path: Path) -> None:
    session = knee_session(tmp_path)
    lines = safety_lines(bundled_aids_dir() / "knee-osteoarthritis.md")
    assert len(lines) >= 8 and any("Call 999" in line for line in lines)
    copies = {
        fmt: render(session, knee, fmt, "patient").decode("utf-8") for fmt in ("html", "txt", "md")
    }
    copies["screen"] = render_screen_html(build_summary(session, knee))
    for fmt, copy in copies.items():
        text = words(copy)
        assert text.count(HEADING) == 1, fmt
        for line in lines:
            assert line in text, (fmt, line)
        # Beside the decision: after it, before what matters to the person.
        decision = text.index("Exercise and physiotherapy")
        assert decision < text.index(HEADING) < text.index("What matters most to you"), fmt


def test_the_record_copy_does_not_carry_the_warning_signs(knee: Aid, tmp_path: Path) -> None:
    record = render(knee_session(tmp_path), knee, "txt", "record").decode("utf-8")
    assert HEADING not in record and "hot, red, swollen" not in record


def test_warning_signs_are_lists_and_paragraphs_in_the_html(knee: Aid, tmp_path: Path) -> None:
    html = render_html(build_summary(knee_session(tmp_path), knee))
    box = html[html.index(HEADING) : html.index("What matters most to you")]
    assert box.count("<li>") == 5 and box.count("<ul>") == 2
    assert '<div class="safety">' in box


def test_an_aid_without_warning_signs_prints_no_empty_heading(example_text: str) -> None:
    text = SAFETY_HEADING.sub("", example_text)
    assert "{#safety}" not in text
    aid = parse_aid(text).aid
    assert aid is not None and "safety" not in aid.sections
    session = new_session(aid)
    summary = build_summary(session, aid)
    assert summary.safety == ()
    copies = [
        render_html(summary),
        render_text(summary, "patient"),
        render_text(summary, "patient", md=True),
        render_screen_html(summary),
    ]
    for copy in copies:
        assert "Warning signs" not in copy and 'class="safety"' not in copy
    assert json.loads(render_json(session, aid))["summary"]["safety"] == []


def test_warning_signs_are_plain_text_in_every_copy(example_text: str) -> None:
    """Markup in the aid's text stays out: tags are dropped, a citation mark is left out,
    and what Markdown could read as markup is escaped in the Markdown copy."""
    hostile = (
        "# Warning signs {#safety}\n\n"
        "\\# Not a heading: call 999 <script>alert(1)</script> [@example-trial].\n\n"
        "- A *hot* knee, see [this](http://evil.example/x).\n"
        "- Pain <b>at night</b> & fever.\n\n"
    )
    text = SAFETY_HEADING.sub(hostile, example_text)
    aid = parse_aid(text).aid
    assert aid is not None
    summary = build_summary(new_session(aid), aid)
    assert summary.safety == (
        TextBlock(text="# Not a heading: call 999."),
        TextBlock(items=("A hot knee, see this.", "Pain at night & fever.")),
    )
    html = render_html(summary)
    box = html[html.index(HEADING) : html.index("What matters most to you")]
    assert "<script" not in box and "evil.example" not in box and "<b>" not in box
    assert "Pain at night &amp; fever." in box
    md = render_text(summary, "patient", md=True)
    assert "\n\\# Not a heading" in md and "\n# Not a heading" not in md
    # The one Markdown escaper (core/markdown_escape.py) leaves an "&" that starts no entity.
    assert "- A hot knee, see this." in md and "- Pain at night & fever." in md


def test_text_blocks_keep_paragraphs_and_lists_and_drop_citations() -> None:
    html = (
        '<p>Call 999 <sup class="cite"><a href="#source-x" title="X">1</a></sup>.</p>'
        "<ul><li>One<ul><li>Inner</li></ul></li><li>Two<br>lines</li></ul>"
        "<h2>Then</h2><ol><li>Three</li>"
    )
    assert text_blocks(html) == (
        TextBlock(text="Call 999."),
        TextBlock(items=("One", "Inner", "Two lines")),
        TextBlock(text="Then"),
        TextBlock(items=("Three",)),
    )
    assert text_blocks("") == ()


def test_json_carries_the_warning_signs(knee: Aid, tmp_path: Path) -> None:
    data = json.loads(render_json(knee_session(tmp_path), knee))
    safety = data["summary"]["safety"]
    assert [bool(b["items"]) for b in safety] == [False, True, False, False, True, False]
    assert safety[1]["items"][0] == "Your knee becomes hot, red, swollen and more painful."
