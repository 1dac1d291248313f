"""The reading-level highlights of a section, in the subset of HTML Qt shows."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


_MARK = re.compile(r'<mark class="([^"]*)" title="[^"]*">')


_LONG_STYLE = "background-color:#ffe08a; color:#000000;"


_WORD_STYLE = (
    "text-decoration:underline; font-weight:bold; color:#000000; background-color:#cfe6ff;"
)


def qt_highlight_html(html: str) -> str:
    """:func:`~sdm_aid.core.section_readability.highlight_html` output for a QTextBrowser."""

    def span(match: re.Match[str]) -> str:
        classes = match.group(1).split()
        style = ""
        if "long" in classes:
            style += _LONG_STYLE
        if "word" in classes:
            style += _WORD_STYLE
        return f'<span style="{style}">'

    return _MARK.sub(span, html).replace("</mark>", "</span>")
