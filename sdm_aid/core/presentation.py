"""Small Qt-free helpers that prepare aid content for display."""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from sdm_aid.core.model import GlossaryEntry, OutcomeValue, Source

_TAG_SPLIT = re.compile(r"(<[^>]+>)")
GLOSSARY_SCHEME = "glossary:"


def link_glossary(html: str, glossary: Iterable[GlossaryEntry]) -> str:
    """Turn glossary words in ``html`` into ``glossary:`` links the view can explain.

    Only text outside tags, existing links and headings is touched (a heading split into
    links reads as two things); plurals match too.
    """
    entries = sorted(glossary, key=lambda e: len(e.term), reverse=True)
    if not entries:
        return html
    names = {e.term.casefold(): e.term for e in entries}
    pattern = re.compile(
        r"\b(" + "|".join(re.escape(e.term) for e in entries) + r")(?:s|es)?\b", re.IGNORECASE
    )

    def link(match: re.Match[str]) -> str:
        term = html_lib.escape(names[match.group(1).casefold()], quote=True)
        return f'<a class="glossary" href="{GLOSSARY_SCHEME}{term}">{match.group(0)}</a>'

    out = []
    in_link = in_heading = 0
    for piece in _TAG_SPLIT.split(html):
        if piece.startswith("<"):
            if re.match(r"<a\b", piece, re.IGNORECASE):
                in_link += 1
            elif re.match(r"</a\s*>", piece, re.IGNORECASE):
                in_link = max(0, in_link - 1)
            elif re.match(r"<h[1-6]\b", piece, re.IGNORECASE):
                in_heading += 1
            elif re.match(r"</h[1-6]\s*>", piece, re.IGNORECASE):
                in_heading = max(0, in_heading - 1)
            out.append(piece)
        elif in_link or in_heading or not piece.strip():
            out.append(piece)
        else:
            out.append(pattern.sub(link, piece))
    return "".join(out)


def definition(glossary: Iterable[GlossaryEntry], term: str) -> str | None:
    wanted = term.casefold()
    return next((e.definition for e in glossary if e.term.casefold() == wanted), None)


def at_scale(value: OutcomeValue, denominator: int, scale: int | None) -> tuple[OutcomeValue, int]:
    """The frequency out of ``scale`` people when it can be given so exactly (else as
    written), with the denominator it is then out of."""
    if scale and scale != denominator:
        scaled = rescale(value, denominator, scale)
        if scaled is not None:
            return scaled, scale
    return value, denominator


def source_line(source: Source) -> str:
    """A source as one line: "Authors. Title. Journal, 2024;12:45-67. https://…".

    Missing parts are left out; a source without a journal shows its publisher.
    """
    published = ", ".join(str(p) for p in (source.journal or source.publisher, source.year) if p)
    where = ":".join(p for p in (source.volume, source.pages) if p)
    if where:
        published = f"{published};{where}" if published else where
    parts = (source.authors or "", source.title, published)
    cited = " ".join(f"{part.rstrip('.')}." for part in parts if part)
    return f"{cited} {source.link}" if source.link else cited


def source_name(source: Source) -> str:
    """A source in a few words: "Title (2024)", or the title alone with no year."""
    return f"{source.title} ({source.year})" if source.year else source.title


def rescale(value: OutcomeValue, denominator: int, target: int) -> OutcomeValue | None:
    """The same frequency over another denominator, or None if it would need rounding.

    The control group's count is rescaled with the figure; other fields are kept.
    """
    if target == denominator or value.count is None:
        return value
    control = value.control
    numbers = [n for n in (value.count, value.low, value.high) if n is not None]
    if control is not None:
        numbers.append(control.count)
    if target > denominator:
        if target % denominator:
            return None
        multiply, divide = target // denominator, 1
    else:
        if denominator % target or any(n % (denominator // target) for n in numbers):
            return None
        multiply, divide = 1, denominator // target

    def scale(n: int | None) -> int | None:
        return None if n is None else n * multiply // divide

    return replace(
        value,
        count=scale(value.count),
        low=scale(value.low),
        high=scale(value.high),
        control=None
        if control is None
        else replace(control, count=control.count * multiply // divide),
    )


def plain(html: str) -> str:
    """Text of an HTML fragment, for table cells and accessible descriptions."""
    text = re.sub(r"<sup class=\"cite\">.*?>(\d+)</a></sup>", r" [\1]", html)
    return html_lib.unescape(re.sub(r"<[^>]+>", "", text)).strip()


@dataclass(frozen=True)
class TextBlock:
    """One block of an aid's prose as plain text: a paragraph, or a list of items."""

    text: str = ""
    items: tuple[str, ...] = ()


_BLOCK_TAGS = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "dt", "dd", "td", "th"}
)
_LIST_TAGS = frozenset({"ul", "ol"})
_SPACE_BEFORE_STOP = re.compile(r"\s+([.,;:!?])")


class _Blocks(HTMLParser):
    """Collects paragraphs and list items from sanitised aid HTML, leaving out citation
    marks (the copies that use this do not list the sources by number)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[TextBlock] = []
        self.words: list[str] = []
        self.lists = 0  # how deep in lists we are (nested lists are flattened)
        self.items: list[str] = []
        self.cite = 0  # inside <sup class="cite">

    def flush(self) -> None:
        text = _SPACE_BEFORE_STOP.sub(r"\1", " ".join("".join(self.words).split()))
        self.words = []
        if not text:
            return
        if self.lists:
            self.items.append(text)
        else:
            self.blocks.append(TextBlock(text=text))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "sup" and (self.cite or ("class", "cite") in attrs):
            self.cite += 1
        elif tag in _LIST_TAGS:
            self.flush()
            self.lists += 1
        elif tag in _BLOCK_TAGS:
            self.flush()
        elif tag == "br":
            self.words.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "sup" and self.cite:
            self.cite -= 1
        elif tag in _LIST_TAGS and self.lists:
            self.flush()
            self.lists -= 1
            if not self.lists and self.items:
                self.blocks.append(TextBlock(items=tuple(self.items)))
                self.items = []
        elif tag in _BLOCK_TAGS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if not self.cite:
            self.words.append(data)


def text_blocks(html: str) -> tuple[TextBlock, ...]:
    """The paragraphs and lists of a sanitised HTML fragment as plain text, for copies
    that escape text their own way (the exported summaries): no markup survives, and
    citation marks are left out."""
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    parser.flush()
    while parser.lists:  # an unclosed list still counts
        parser.handle_endtag("ul")
    return tuple(parser.blocks)
