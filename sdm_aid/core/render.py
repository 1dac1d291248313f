"""Markdown to safe HTML (Python-Markdown, then nh3), keeping the element tree for parsing."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import PurePosixPath

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from sdm_aid.core.allowed_html import ALLOWED_ATTRIBUTES as ALLOWED_ATTRIBUTES
from sdm_aid.core.allowed_html import ALLOWED_TAGS as ALLOWED_TAGS
from sdm_aid.core.images import decoded_src

EXTENSIONS = ("tables", "attr_list", "def_list", "fenced_code", "sane_lists")

_MARK = "sdm-chunk-"
_MARK_HTML = re.compile(rf'<h6 id="{_MARK}\d+">chunk</h6>')
BLOCK_TAGS = {"p", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "th"}
# Python-Markdown's stand-in for raw HTML inside the tree.
PLACEHOLDER = re.compile("\x02wzxhzdk:(\\d+)\x03")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _safe_image_src(src: str) -> bool:
    """Images may come only from the aid's own folder: relative, no scheme, no way out,
    also once percent-escapes are decoded (``%2e%2e%2f`` is ``../``)."""
    if not src or _SCHEME.match(src) or src.startswith(("/", "\\")) or "\\" in src:
        return False
    return ".." not in PurePosixPath(src).parts and decoded_src(src) is not None


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if _safe_image_src(value) else None
    return value


def sanitise(html: str) -> str:
    """Remove scripts, frames, forms, event attributes, remote images and unsafe links."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style"},
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_attribute_filter,
        url_schemes={"http", "https", "mailto"},
    )


class _KeepTree(Treeprocessor):
    """Keeps the finished element tree so the parser can read tables and lists from it."""

    def __init__(self, md: markdown.Markdown, holder: _Rendering):
        super().__init__(md)
        self.holder = holder

    def run(self, root: ET.Element) -> None:
        self.holder.root = root


class _Rendering:
    root: ET.Element | None = None


@dataclass(frozen=True)
class Rendered:
    html: str  # sanitised
    root: ET.Element  # the tree Python-Markdown built (before sanitising; read it, never show it)
    stash: tuple[str, ...] = ()  # raw HTML the tree holds as placeholders

    def restore(self, fragment: str) -> str:
        """Put the raw HTML (such as citation marks) back into a fragment cut from the tree."""
        return PLACEHOLDER.sub(lambda m: self._stashed(int(m.group(1))), fragment)

    def _stashed(self, index: int) -> str:
        return self.stash[index] if 0 <= index < len(self.stash) else ""


def _extensions() -> list[Extension]:
    """The extensions as objects: named ones make Markdown scan every installed package's
    entry points, which costs about 4 MB and some milliseconds on first use."""
    from markdown.extensions.attr_list import AttrListExtension
    from markdown.extensions.def_list import DefListExtension
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    made = {
        "tables": TableExtension(),
        "attr_list": AttrListExtension(),
        "def_list": DefListExtension(),
        "fenced_code": FencedCodeExtension(),
        "sane_lists": SaneListExtension(),
    }
    return [made[name] for name in EXTENSIONS]


class Renderer:
    """One reusable Markdown converter; creating one per chunk would cost more than converting."""

    def __init__(self) -> None:
        self._md = markdown.Markdown(extensions=_extensions(), output_format="html")
        # Line breaks between tags only make the HTML prettier to read; skip that work.
        self._md.treeprocessors.deregister("prettify")
        self._holder = _Rendering()
        # After "unescape" (priority 0), so the tree holds final text.
        self._md.treeprocessors.register(_KeepTree(self._md, self._holder), "sdm-keep-tree", -1)

    def render(self, text: str) -> Rendered:
        self._md.reset()
        self._holder.root = None
        html = self._md.convert(text)
        root = self._holder.root if self._holder.root is not None else ET.Element("div")
        stash = tuple(str(block) for block in self._md.htmlStash.rawHtmlBlocks)
        return Rendered(sanitise(html), root, stash)

    def render_many(self, texts: list[str]) -> list[Rendered]:
        """Render several chunks of one document in a single Markdown pass.

        The chunks are joined with marker headings, converted once, and the tree is cut
        at the markers. Converting each chunk alone would cost about three times as much.
        If raw HTML in a chunk swallows a marker, each chunk is rendered on its own.
        """
        md = self._md
        md.reset()
        document = "".join(f"\n\n###### chunk {{#{_MARK}{i}}}\n\n{t}" for i, t in enumerate(texts))
        lines = document.split("\n")
        for preprocessor in md.preprocessors:
            lines = preprocessor.run(lines)
        root = md.parser.parseDocument(lines).getroot()
        assert root is not None
        for treeprocessor in md.treeprocessors:
            replaced = treeprocessor.run(root)
            if replaced is not None:
                root = replaced
        groups: list[list[ET.Element]] = []
        for element in root:
            if element.tag == "h6" and element.get("id", "").startswith(_MARK):
                groups.append([])
            elif groups:
                groups[-1].append(element)
        if len(groups) != len(texts):
            return [self.render(t) for t in texts]
        # Serialise, post-process and sanitise the whole document once, then cut it at the
        # markers, which survive all three.
        html = md.serializer(root)
        for postprocessor in md.postprocessors:
            html = postprocessor.run(html)
        pieces = _MARK_HTML.split(sanitise(html))[1:]
        if len(pieces) != len(texts):
            return [self.render(t) for t in texts]
        stash = tuple(str(block) for block in md.htmlStash.rawHtmlBlocks)
        results = []
        for children, piece in zip(groups, pieces, strict=True):
            wrapper = ET.Element("div")
            wrapper.extend(children)
            results.append(Rendered(piece.strip(), wrapper, stash))
        return results


def plain_text(root: ET.Element, skip: frozenset[str] = frozenset({"table", "pre"})) -> str:
    """Prose of a rendered tree, one block per line, each ending like a sentence.

    List items and table cells rarely end with a full stop; without one, readability
    formulas would read a whole list as one long sentence.
    """
    parts: list[str] = []

    def visit(element: ET.Element) -> None:
        if element.tag in skip:
            return
        children = [c for c in element if c.tag in BLOCK_TAGS or c.tag in {"ul", "ol", "dl", "div"}]
        if element.tag in BLOCK_TAGS and not children:
            text = " ".join("".join(element.itertext()).split())
            if text:
                parts.append(text if text[-1] in ".!?:;" else text + ".")
            return
        for child in element:
            visit(child)

    visit(root)
    return "\n".join(parts)
