"""One rule for putting text from files into Markdown (Qt-free).

Used by the summary exports (:mod:`sdm_aid.core.export`) and the review reports
(:mod:`sdm_aid.core.review_report`): whatever a person typed is shown as written, and never
becomes Markdown structure (headings, lists, quotes, rules, links, images, emphasis, code,
HTML, tables, entities) in CommonMark, GitHub's Markdown or Python-Markdown with its
extensions. Every line is escaped as if it started a line, because text placed after a
list marker (``- {{ name }}``) can start a heading, list or quote there too.

To stay readable, a character is escaped only where Markdown could read it as markup:
``*``, ``_``, backticks, brackets, braces, backslashes, ``<``, ``|`` and ``~`` everywhere;
``&`` only where it could start an entity (before ``#`` or a letter: HTML reads ``&#1`` and
``&copy`` without a semicolon); ``#`` at the start or end of a line (a heading
or its closing run); ``-``, ``+``, ``>``, ``=`` and ``!`` at the start of a line; a number
only where it would start a numbered list (``1. `` but not ``0.10.0``); ``:`` only where
it would start a definition. A backslash is used where all three Markdowns honour it, an
HTML entity where Python-Markdown would show the backslash (``<``, ``|``, ``~``, ``=``,
``:``). Control characters are dropped, and each line is stripped (no indented code, no
hard breaks from trailing spaces), but for one space where the whole text begins or ends
with white space.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ENTITIES = {"<": "&lt;", "|": "&#124;", "~": "&#126;", "=": "&#61;", ":": "&#58;"}
# Anywhere in a line: markup characters, an '&' that could start an entity, and the run
# of '#' that would close a heading.
_INLINE = re.compile(r"[\\`*_\[\]{}<|~]|&(?=#|[^\W\d_])|#+$")
# At the start of a line: heading, list, quote, setext underline or rule, admonition
# (Python-Markdown's '!!!'), numbered list, definition.
_LINE_START = re.compile(r"^(?:[-+#>=!]|\d+[.)](?=\s|$)|:(?=\s|$))")


def _inline(match: re.Match[str]) -> str:
    found = match.group(0)
    if found == "&":
        return "&amp;"
    if found.startswith("#"):
        return "\\#" * len(found)
    return _ENTITIES.get(found, "\\" + found)


def _line_start(match: re.Match[str]) -> str:
    found = match.group(0)
    mark = found[-1]
    return found[:-1] + _ENTITIES.get(mark, "\\" + mark)


def plain_text(text: str) -> str:
    """``text`` without control characters, with every line ending as ``\\n``."""
    return _CONTROL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def escape_line(line: str) -> str:
    """One line (no line breaks in it) that Markdown shows as written."""
    return _escape_clean(_CONTROL.sub("", line))


def _escape_clean(line: str) -> str:
    """:func:`escape_line` of a line already without control characters."""
    line = _INLINE.sub(_inline, line.strip())
    return _LINE_START.sub(_line_start, line, count=1)


def md_escape(text: str, indent: int = 0) -> str:
    """Text that Markdown shows as written, line by line (see the module's rule).

    Lines after the first are indented by ``indent`` spaces, to stay inside a list item.
    White space at the very start or end of the text is kept as one space, since a
    template may put the text between other words.
    """
    lines = plain_text(text).split("\n")
    escaped = [_escape_clean(line) for line in lines]  # plain_text dropped the controls
    if lines[0][:1].isspace():
        escaped[0] = " " + escaped[0]
    if lines[-1][-1:].isspace() and escaped[-1].strip():
        escaped[-1] += " "
    return ("\n" + " " * indent).join(escaped)
