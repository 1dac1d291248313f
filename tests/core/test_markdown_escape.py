"""The one Markdown escaper (issue 15): text from files never becomes Markdown structure,
in Python-Markdown (with its common extensions) or CommonMark, wherever a template puts it
(a line of its own, after a list marker, in a heading), and it reads as it was typed."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from sdm_aid.core import export, review_report
from sdm_aid.core.markdown_escape import md_escape

PY_EXTENSIONS = ["extra", "admonition", "sane_lists"]
COMMONMARK = MarkdownIt("commonmark").enable(["table", "strikethrough"])

# Where the templates put text: (prefix, the tags that prefix itself makes).
PLACES = [("", {"p"}), ("- ", {"ul", "li", "p"}), ("## ", {"h2"})]


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.tags.add(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _read(rendered: str) -> tuple[set[str], str]:
    parser = _Tags()
    parser.feed(rendered)
    parser.close()
    return parser.tags, " ".join("".join(parser.text).split())


def _renderings(markdown_text: str) -> dict[str, str]:
    return {
        "Python-Markdown": markdown.markdown(markdown_text, extensions=PY_EXTENSIONS),
        "CommonMark": COMMONMARK.render(markdown_text),
    }


def _assert_shown_as_written(text: str) -> None:
    for prefix, allowed in PLACES:
        # A heading holds one line; the templates fold newlines there.
        piece = " ".join(text.split()) if prefix == "## " else text
        if not piece.strip():
            continue
        for name, rendered in _renderings(prefix + md_escape(piece, indent=len(prefix))).items():
            tags, shown = _read(rendered)
            assert tags <= allowed, (name, prefix, text, rendered)
            assert shown == " ".join(piece.split()), (name, prefix, text, rendered)


NASTY = {
    "heading": "# heading",
    "closing run": "## two\nlines #",
    "closing hash": "Item #",
    "closing hashes": "C##",
    "dash list": "- list",
    "plus list": "+ list",
    "star list": "* list",
    "numbered list": "1. numbered",
    "numbered list )": "2) numbered",
    "quote": "> quote",
    "HTML": "<script>alert(1)</script>",
    "autolink": "<http://x.test>",
    "emphasis": "**bold** __bold__ *it* _it_ ~~gone~~ ~it~",
    "links and images": "[link](http://x.test) ![img](http://x.test/i.png) [ref][1]\n[1]: http://x.test",
    "code": "`code` ```fence```",
    "fenced code": "```\nfenced\n```",
    "tilde fence": "~~~\nfenced\n~~~",
    "table": "a | b\n--|--\nc | d",
    "one-column table": "| a |\n|---|",
    "setext heading": "Title\n===",
    "setext heading -": "Title\n---",
    "rule": "-- -",
    "star rule": "* * *",
    "underscore rule": "_ _ _",
    "indented code": "    indented code",
    "tab code": "\tindented code",
    "hard break spaces": "trailing break  \nnext",
    "hard break backslash": "ends in a backslash\\\nnext",
    "entities": "&copy; &#169; &#x41; Smith & Jones",
    "definition": "Term\n: definition",
    "admonition": "!!! note\n    admonition",
    "abbreviation": "*[HTML]: abbreviation",
    "footnote": "footnote[^1]\n[^1]: note",
    "attribute list": "Heading {#id .class onclick=x}",
    "block attributes": "{: .class}",
    "lone carriage returns": "line\rwith a lone carriage return\r1. list",
    "control characters": "control\x00\x07\x1b characters",
    "nothing at risk": "1.5 mg, version 0.10.0, Great!, a > b, see #3",
}


@pytest.mark.parametrize("text", NASTY.values(), ids=NASTY)
def test_text_from_files_never_becomes_markdown(text: str) -> None:
    _assert_shown_as_written(text.replace("\x00", "").replace("\x07", "").replace("\x1b", ""))
    control = md_escape(text)
    assert not any(ord(c) < 32 and c != "\n" for c in control)


MARKUP = st.sampled_from([*"#-+*_>=:!|~`[](){}<&;.\\ \t\n\r", "1.", "1)", "&amp;", "x"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(MARKUP, st.text("ab19é", min_size=1, max_size=3)), max_size=14))
@example(["&", "#", "1"])  # a character reference without its semicolon
@example(["&", "a", "b"])
def test_any_mix_of_markup_is_shown_as_written(pieces: list[str]) -> None:
    _assert_shown_as_written("".join(pieces).replace("\r", "\n"))


def test_only_what_could_be_markup_is_escaped() -> None:
    # Where the two old escapers differed: the one rule, readable where nothing is at risk.
    assert md_escape("0.10.0") == "0.10.0"  # was 0\.10.0 at the start of a line
    assert md_escape("version 1.2.0; 1.5 mg") == "version 1.2.0; 1.5 mg"
    assert md_escape("1. first") == "1\\. first"  # was \1. (a backslash that shows)
    assert md_escape("2) second") == "2\\) second"
    assert md_escape("Great! a > b, Smith & Jones, see #3") == (
        "Great! a > b, Smith & Jones, see #3"  # was Great\! a &gt; b, Smith &amp; Jones
    )
    assert md_escape("<b>a | b ~5%</b>") == "&lt;b>a &#124; b &#126;5%&lt;/b>"  # was \<b\>...
    assert md_escape("&amp;") == "&amp;amp;"
    # HTML reads a character reference without its semicolon too (found by Hypothesis).
    assert md_escape("&#1 and &copy 2026, AT&T") == "&amp;#1 and &amp;copy 2026, AT&amp;T"
    assert md_escape("C#") == "C\\#"  # a heading's closing run
    assert md_escape("# h\n- l\n+ l\n> q\n= u\n!!! n\n: d") == (
        "\\# h\n\\- l\n\\+ l\n\\> q\n&#61; u\n\\!!! n\n&#58; d"
    )
    assert md_escape(":) and a:b") == ":) and a:b"
    assert md_escape("{#id}") == "\\{#id\\}"
    assert md_escape("  two\n    lines  ", indent=2) == " two\n  lines "  # no code block
    assert md_escape("a  \n  b") == "a\nb"  # no hard break, no indent


def test_both_exports_use_the_one_rule() -> None:
    text = "# 1. <b>x</b> | ~ {y} #"
    assert review_report._md(text, 2) == md_escape(text, 2)
    helpers = export._text_helpers(md=True)
    assert helpers["t"](text) == md_escape(text)
    assert helpers["block"]("a\n1. b") == md_escape("a") + "\\\n" + md_escape("1. b")
