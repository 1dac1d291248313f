"""Turn the text of an aid file into an :class:`~sdm_aid.core.model.Aid` and findings.

Structure comes from a line scan (headings with ``{#id .class}``, fenced data blocks), so
every part keeps its source line; prose is rendered by Python-Markdown one chunk at a time,
so the whole body is converted about once.
"""

from __future__ import annotations

import functools
import html
import re
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from sdm_aid.core.fileio import read_aid_text
from sdm_aid.core.findings import AidError, Finding
from sdm_aid.core.frontmatter import SLUG, load_yaml, parse_meta, split
from sdm_aid.core.model import (
    REQUIRED_SECTIONS,
    Aid,
    AidMeta,
    Citation,
    CompareRow,
    CompareTable,
    GlossaryEntry,
    Option,
    OptionPart,
    Outcome,
    Preference,
    QuizQuestion,
    Section,
)
from sdm_aid.core.outcome_parser import OutcomeReader
from sdm_aid.core.parse_result import ParseResult as ParseResult
from sdm_aid.core.render import PLACEHOLDER, Rendered, Renderer, plain_text, sanitise

BLOCK_KINDS = {"outcome": "outcomes", "preferences": "preferences", "quiz": "quiz"}
_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*$")
_ATTRS = re.compile(r"[ \t]*\{:?([^{}]*)\}[ \t]*$")
_FENCE_OPEN = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})[ \t]*([\w-]*)")
_CITATION = re.compile(r"\[@([A-Za-z0-9][\w.-]*)\]")
_TOKEN = re.compile("\ue000([0-9]{1,9})\ue001")  # bounded: int() of 5,000 typed digits fails
_KEY = re.compile(r"^\s*-?\s*([^\s:#][^:]*?)\s*:")


@dataclass
class _Heading:
    level: int
    title: str
    id: str | None
    classes: tuple[str, ...]
    line: int


@dataclass
class _Block:
    kind: str
    text: str
    line: int  # line of the opening fence

    @functools.cached_property
    def keys(self) -> list[tuple[int, str]]:
        """(offset from the fence, key) for every `key:` line, to point findings at it."""
        found = []
        for offset, text in enumerate(self.text.split("\n"), start=1):
            match = _KEY.match(text)
            if match:
                found.append((offset, match.group(1).strip("'\"")))
        return found


@dataclass
class _Chunk:
    """Lines of one heading's own text, with fenced data blocks taken out."""

    heading: _Heading | None
    lines: list[tuple[int, str]] = field(default_factory=list)
    blocks: list[_Block] = field(default_factory=list)

    def markdown(self) -> str:
        return "\n".join(text for _, text in self.lines)

    def first_line(self, pattern: str) -> int | None:
        for number, text in self.lines:
            if re.search(pattern, text):
                return number
        return None


def parse_heading(line: str, number: int) -> _Heading | None:
    match = _HEADING.match(line)
    if not match:
        return None
    title = match.group(2).rstrip("#").rstrip()
    attrs = _ATTRS.search(title)
    heading_id, classes = None, []
    if attrs:
        title = title[: attrs.start()].rstrip()
        for token in attrs.group(1).split():
            if token.startswith("#"):
                heading_id = token[1:]
            elif token.startswith("."):
                classes.append(token[1:])
    return _Heading(len(match.group(1)), title, heading_id, tuple(classes), number)


def _scan(body: str, first_line: int, split_levels: dict[str | None, int]) -> list[_Chunk]:
    """Split the body at level-1 headings, and inside ``options`` at levels 2 and 3.

    ``split_levels`` maps a section id to the deepest heading level that starts a new
    chunk inside it (1 by default).
    """
    chunks = [_Chunk(None)]
    section: str | None = None
    fence: tuple[str, str, int, list[str]] | None = None  # marker, kind, line, lines
    for number, line in enumerate(body.split("\n"), start=first_line):
        if fence is not None:
            marker, kind, start, lines = fence
            if line.strip().startswith(marker[0] * len(marker)) and not line.strip().strip(
                marker[0]
            ):
                if kind:
                    chunks[-1].blocks.append(_Block(kind, "\n".join(lines), start))
                else:
                    chunks[-1].lines.append((number, line))
                fence = None
            elif kind:
                lines.append(line)
            else:
                chunks[-1].lines.append((number, line))
            continue
        opened = _FENCE_OPEN.match(line) if line[:1] in ("`", "~", " ") else None
        if opened:
            kind = opened.group(2).lower()
            data_kind = kind if kind in BLOCK_KINDS or _looks_like_block(kind) else ""
            fence = (opened.group(1), data_kind, number, [])
            if not data_kind:
                chunks[-1].lines.append((number, line))
            continue
        heading = parse_heading(line, number) if line.startswith("#") else None
        if heading and heading.level <= split_levels.get(section, 1):
            if heading.level == 1:
                section = heading.id
            chunks.append(_Chunk(heading))
            continue
        chunks[-1].lines.append((number, line))
    if fence is not None and fence[1]:
        marker, kind, start, lines = fence
        chunks[-1].blocks.append(_Block(kind, "\n".join(lines), start))
    return chunks


def _looks_like_block(kind: str) -> bool:
    return bool(kind) and bool(_close_kinds(kind, cutoff=0.8))


def _close_kinds(kind: str, n: int = 3, cutoff: float = 0.6) -> list[str]:
    """Block kinds spelt like ``kind``. difflib loads only for a fence of another kind (it
    and heapq stay in memory for the rest of the run, and most aids never need them)."""
    import difflib

    return difflib.get_close_matches(kind, list(BLOCK_KINDS), n=n, cutoff=cutoff)


class _Parser:
    def __init__(self, meta: AidMeta, path: Path | None, renderer: Renderer):
        self.meta = meta
        self.path = path
        self.renderer = renderer
        self.findings: list[Finding] = []
        self.citations: list[Citation] = []
        self._cite_numbers: dict[str, int] = {}
        self._cite_html: list[str] = []
        self._rendered: dict[int, Rendered] = {}

    # -- helpers ---------------------------------------------------------------------------
    def add(self, rule: str, line: int | None, message: str) -> None:
        self.findings.append(Finding(rule, self.path, line, message))

    def _cite(self, match: re.Match[str], line: int) -> str:
        key = match.group(1)
        self.citations.append(Citation(key, line))
        source = self.meta.source(key)
        if source is None:
            self.add(
                "SDM206",
                line,
                f"citation [@{key}] names no source; add {key!r} to "
                "`sources` in the front matter or correct the key",
            )
            return f"[{html.escape(key)}?]"
        number = self._cite_numbers.setdefault(key, len(self._cite_numbers) + 1)
        title = html.escape(source.title, quote=True)
        self._cite_html.append(
            f'<sup class="cite"><a href="#source-{html.escape(key)}" title="{title}">'
            f"{number}</a></sup>"
        )
        # A plain-text token that Markdown and the sanitiser pass through untouched; it
        # becomes the link above only after sanitising (raw HTML would cost a parse each).
        return f"\ue000{len(self._cite_html) - 1}\ue001"

    def link_citations(self, fragment: str) -> str:
        def link(match: re.Match[str]) -> str:
            index = int(match.group(1))  # an author may type the token; never trust it
            return self._cite_html[index] if index < len(self._cite_html) else ""

        return _TOKEN.sub(link, fragment)

    def render(self, chunk: _Chunk) -> tuple[str, str, ET.Element]:
        rendered, text = self.render_full(chunk)
        return rendered.html, text, rendered.root

    def render_full(self, chunk: _Chunk) -> tuple[Rendered, str]:
        rendered = self._rendered.get(id(chunk))
        if rendered is None:
            rendered = self.renderer.render(self._chunk_markdown(chunk))
        text = _clean(plain_text(rendered.root))
        return replace(rendered, html=self.link_citations(rendered.html)), text

    def _chunk_markdown(self, chunk: _Chunk) -> str:
        """The chunk's Markdown with citations turned into numbered links (outside code)."""
        lines = []
        in_code = False
        for number, text in chunk.lines:
            if _FENCE_OPEN.match(text):
                in_code = not in_code
            if not in_code and "[@" in text:
                text = _CITATION.sub(functools.partial(self._cite, line=number), text)
            lines.append(text)
        return "\n".join(lines)

    def render_all(self, chunks: list[_Chunk]) -> None:
        """Render every chunk in one Markdown pass, in document order (citation numbers)."""
        texts = [self._chunk_markdown(chunk) for chunk in chunks]
        rendered = self.renderer.render_many(texts)
        self._rendered = {id(chunk): r for chunk, r in zip(chunks, rendered, strict=True)}

    def load_block(self, block: _Block) -> Any:
        try:
            return load_yaml(block.text)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = block.line + 1 + (mark.line if mark else 0)
            hint = (
                ""  # a value the guarded loader refuses (an impossible date, an alias)
                if isinstance(exc, yaml.constructor.ConstructorError)
                else "; check indentation and quote text that contains a colon"
            )
            self.add(
                "SDM207",
                line,
                f"the {block.kind} block is not valid YAML ({exc.problem or 'syntax error'}){hint}",
            )
        except yaml.YAMLError as exc:
            problem = " ".join(str(exc).split())
            self.add("SDM207", block.line, f"the {block.kind} block is not valid YAML: {problem}")
        return None

    @staticmethod
    def key_line(block: _Block, key: str, after: int = 0) -> int:
        for offset, name in block.keys:
            if offset > after and name == key:
                return block.line + offset
        return block.line

    # -- sections --------------------------------------------------------------------------
    def parse(self, body: str, body_line: int) -> Aid:
        chunks = _scan(body, body_line, {"options": 3})
        self.render_all([c for c in chunks if c.heading is not None])
        sections: dict[str, Section] = {}
        groups: list[tuple[_Heading, list[_Chunk]]] = []
        for chunk in chunks:
            heading = chunk.heading
            if heading is None:
                for block in chunk.blocks:
                    self.add(
                        "SDM212",
                        block.line,
                        f"this {block.kind} block is before the first "
                        "section heading; move it into its section",
                    )
                continue
            if heading.level == 1:
                if heading.id is None:
                    self.add(
                        "SDM213",
                        heading.line,
                        f"the section heading {heading.title!r} has "
                        "no id; add one, like `# Your options {#options}`",
                    )
                    continue
                if heading.id in sections or any(g[0].id == heading.id for g in groups):
                    self.add(
                        "SDM202",
                        heading.line,
                        f"a second section with id {heading.id!r}; each section id may appear once",
                    )
                    continue
                groups.append((heading, [chunk]))
            elif groups:
                groups[-1][1].append(chunk)

        options: tuple[Option, ...] = ()
        data_blocks: dict[str, list[_Block]] = {kind: [] for kind in BLOCK_KINDS}
        group_by_id = {heading.id: chunks for heading, chunks in groups}
        for heading, group in groups:
            assert heading.id is not None
            own = group[0]
            html_text, text, _root = self.render(own)
            sections[heading.id] = Section(heading.id, heading.title, heading.line, html_text, text)
            for block in (b for chunk in group for b in chunk.blocks):
                kind = block.kind if block.kind in BLOCK_KINDS else None
                if kind is None:
                    close = _close_kinds(block.kind, n=1)
                    self.add(
                        "SDM212",
                        block.line,
                        f"unknown block kind {block.kind!r}"
                        + (f"; did you mean {close[0]!r}?" if close else ""),
                    )
                elif BLOCK_KINDS[kind] != heading.id:
                    self.add(
                        "SDM212",
                        block.line,
                        f"a {kind} block belongs in the "
                        f"{BLOCK_KINDS[kind]!r} section, not in {heading.id!r}; it was ignored",
                    )
                else:
                    data_blocks[kind].append(block)
            if heading.id == "options":
                options = self.parse_options(heading, group[1:])

        for required in REQUIRED_SECTIONS:
            if required not in sections:
                self.add(
                    "SDM201",
                    None,
                    f"the aid has no {required!r} section; add a heading "
                    f"like `# … {{#{required}}}`",
                )
        option_ids = {o.id for o in options}
        compare = None
        if "compare" in group_by_id:
            compare = self.parse_compare(group_by_id["compare"][0], options)
        outcomes = tuple(
            o for b in data_blocks["outcome"] if (o := self.parse_outcome(b, option_ids))
        )
        self.check_unique("outcome", [(o.id, o.line) for o in outcomes])
        if self.meta.outcome_order == "benefits-first":
            outcomes = tuple(sorted(outcomes, key=lambda o: not o.desirable))  # stable
        preferences = tuple(
            p for b in data_blocks["preferences"] for p in self.parse_preferences(b, option_ids)
        )
        self.check_unique("preference", [(p.id, p.line) for p in preferences])
        if "outcomes" in sections and not outcomes and not data_blocks["outcome"]:
            self.add(
                "SDM213",
                sections["outcomes"].line,
                "the outcomes section has no ```outcome block; add one per outcome",
            )
        if "preferences" in sections and not data_blocks["preferences"]:
            self.add(
                "SDM213",
                sections["preferences"].line,
                "the preferences section has no ```preferences block",
            )
        quiz = tuple(q for b in data_blocks["quiz"] for q in self.parse_quiz(b))
        questions = self.parse_list(group_by_id.get("questions"), "questions")
        glossary = self.parse_glossary(group_by_id.get("glossary"))
        return Aid(
            meta=self.meta,
            path=self.path,
            sections=MappingProxyType(sections),
            options=options,
            compare=compare,
            outcomes=outcomes,
            preferences=preferences,
            quiz=quiz,
            questions=questions,
            glossary=glossary,
            citations=tuple(self.citations),
        )

    def check_unique(self, what: str, items: list[tuple[str, int]]) -> None:
        seen: dict[str, int] = {}
        for item_id, line in items:
            if item_id in seen:
                self.add(
                    "SDM202",
                    line,
                    f"a second {what} with id {item_id!r} (the first is on "
                    f"line {seen[item_id]}); give each its own id",
                )
            else:
                seen[item_id] = line

    def parse_options(self, section: _Heading, chunks: list[_Chunk]) -> tuple[Option, ...]:
        options: list[Option] = []
        current: tuple[_Heading, str, str, list[OptionPart]] | None = None
        skipping = False  # inside an option whose heading was unusable (already reported)

        def finish() -> None:
            if current is not None:
                head, summary_html, summary_text, parts = current
                assert head.id is not None
                options.append(
                    Option(
                        head.id,
                        head.title,
                        head.line,
                        summary_html,
                        summary_text,
                        tuple(parts),
                        "status-quo" in head.classes,
                    )
                )

        for chunk in chunks:
            head = chunk.heading
            assert head is not None
            if head.level == 2:
                finish()
                current = None
                skipping = True
                if head.id is None:
                    self.add(
                        "SDM209",
                        head.line,
                        f"the option {head.title!r} has no id; add one, "
                        "like `## Knee replacement {#surgery}`",
                    )
                    continue
                skipping = False
                if not SLUG.match(head.id):
                    self.add(
                        "SDM209",
                        head.line,
                        f"option id {head.id!r}: use lower-case letters, digits and hyphens",
                    )
                html_text, text, root = self.render(chunk)
                first = root.find("p")
                summary_text = (
                    " ".join("".join(first.itertext()).split()) if first is not None else ""
                )
                current = (head, html_text, _clean(summary_text) or text, [])
            elif current is not None:
                html_text, text, _ = self.render(chunk)
                kind = head.classes[0] if head.classes else (head.id or "other")
                current[3].append(OptionPart(kind, head.title, head.line, html_text, text))
            elif not skipping:
                self.add(
                    "SDM213",
                    head.line,
                    f"the heading {head.title!r} is not inside an "
                    "option; put level-3 headings under a level-2 option heading",
                )
        finish()
        if not options:
            self.add(
                "SDM213",
                section.line,
                "the options section has no options; write each "
                "as a level-2 heading with an id, like `## Splint {#splint}`",
            )
        self.check_unique("option", [(o.id, o.line) for o in options])
        return tuple(options)

    def parse_compare(self, chunk: _Chunk, options: tuple[Option, ...]) -> CompareTable | None:
        rendered, _text = self.render_full(chunk)
        table = rendered.root.find(".//table")
        line = chunk.first_line(r"^\s*\|") or (chunk.heading.line if chunk.heading else None)
        if table is None:
            self.add(
                "SDM213",
                line,
                "the compare section has no table; write an Option Grid "
                "as a Markdown table, one column per option",
            )
            return None
        header = [
            " ".join("".join(th.itertext()).split()) for th in table.iterfind("./thead/tr/th")
        ]
        by_name = {o.title.casefold(): o.id for o in options} | {o.id: o.id for o in options}
        headers = tuple(_clean(h) for h in header[1:])
        option_ids = tuple(by_name.get(h.casefold()) for h in headers)
        rows = []
        for tr in table.iterfind("./tbody/tr"):
            cells = list(tr)
            if not cells:
                continue
            question = " ".join("".join(cells[0].itertext()).split())
            rows.append(
                CompareRow(
                    _clean(question),
                    tuple(self.link_citations(_inner_html(c, rendered)) for c in cells[1:]),
                )
            )
        return CompareTable(line or 0, headers, option_ids, tuple(rows))

    # -- data blocks -----------------------------------------------------------------------
    def parse_outcome(self, block: _Block, option_ids: set[str]) -> Outcome | None:
        data = self.load_block(block)
        if data is None:
            return None
        if not isinstance(data, dict):
            self.add("SDM208", block.line + 1, "an outcome block must be `key: value` lines")
            return None
        return OutcomeReader(self.meta, option_ids, self.add).read(block, data)

    def list_items(self, block: _Block, what: str, first_key: str) -> list[tuple[Any, int]]:
        """The entries of a YAML list block, each with the line of its first key."""
        data = self.load_block(block)
        if data is None:
            return []
        if not isinstance(data, list):
            self.add(
                "SDM208",
                block.line + 1,
                f"a {block.kind} block must be a list of "
                f"{what}, each starting with `- {first_key}: …`",
            )
            return []
        items, after = [], 0
        for item in data:
            line = self.key_line(block, first_key, after)
            after = line - block.line
            items.append((item, line))
        return items

    def parse_preferences(self, block: _Block, option_ids: set[str]) -> list[Preference]:
        found = []
        for item, line in self.list_items(block, "statements", "id"):
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("statement"), str)
                or not item.get("id")
            ):
                self.add("SDM208", line, "each preference needs an `id` and a `statement`")
                continue
            favours = self.preference_options(item, "favours", option_ids, line)
            against = self.preference_options(item, "against", option_ids, line)
            both = sorted(set(favours) & set(against))
            if both:
                self.add(
                    "SDM208",
                    line,
                    f"preference {item['id']!r} both favours and is against "
                    f"{', '.join(both)}: list each option once",
                )
            found.append(
                Preference(
                    str(item["id"]),
                    item["statement"].strip(),
                    favours,
                    line,
                    _opt_text(item.get("detail")),
                    tuple(a for a in against if a not in both),
                )
            )
        return found

    def preference_options(
        self, item: dict[str, Any], key: str, option_ids: set[str], line: int
    ) -> tuple[str, ...]:
        """A preference's ``favours`` or ``against`` list: the known option ids in it."""
        listed = item.get(key) or []
        if not isinstance(listed, list):
            self.add(
                "SDM208",
                line,
                f"preference {item['id']!r}: `{key}` must be a list "
                "of option ids, like [exercise, carry-on]",
            )
            return ()
        verb = "favours" if key == "favours" else "is against"
        for option_id in listed:
            if str(option_id) not in option_ids:
                self.add(
                    "SDM203",
                    line,
                    f"preference {item['id']!r} {verb} {option_id!r}, which is not an option id",
                )
        return tuple(str(f) for f in listed if str(f) in option_ids)

    def parse_quiz(self, block: _Block) -> list[QuizQuestion]:
        found = []
        for item, line in self.list_items(block, "questions", "question"):
            ok = (
                isinstance(item, dict)
                and isinstance(item.get("question"), str)
                and isinstance(item.get("choices"), list)
                and len(item["choices"]) >= 2
                and isinstance(item.get("explanation"), str)
            )
            if not ok:
                self.add(
                    "SDM208",
                    line,
                    "each quiz item needs `question`, at least two "
                    "`choices`, `answer` (the number of the right choice, from 0) and "
                    "`explanation`",
                )
                continue
            answer = item.get("answer")
            if (
                not isinstance(answer, int)
                or isinstance(answer, bool)
                or not 0 <= answer < len(item["choices"])
            ):
                self.add(
                    "SDM211",
                    self.key_line(block, "answer", line - block.line),
                    f"quiz answer "
                    f"{answer!r} is not one of the choices: count from 0 to "
                    f"{len(item['choices']) - 1}",
                )
                continue
            found.append(
                QuizQuestion(
                    item["question"].strip(),
                    tuple(str(c) for c in item["choices"]),
                    answer,
                    item["explanation"].strip(),
                    line,
                )
            )
        return found

    def parse_list(self, group: list[_Chunk] | None, section: str) -> tuple[str, ...]:
        if not group:
            return ()
        _html, _text, root = self.render(group[0])
        items = [" ".join(_clean("".join(li.itertext())).split()) for li in root.iter("li")]
        if not items and group[0].heading:
            self.add(
                "SDM213",
                group[0].heading.line,
                f"the {section} section has no bullet "
                "list; write one item per line starting with `- `",
            )
        return tuple(i for i in items if i)

    def parse_glossary(self, group: list[_Chunk] | None) -> tuple[GlossaryEntry, ...]:
        if not group:
            return ()
        chunk = group[0]
        _html, _text, root = self.render(chunk)
        entries = []
        term_lines = {text.strip(): number for number, text in reversed(chunk.lines)}
        for dl in root.iter("dl"):
            term: str | None = None
            for element in dl:
                text = " ".join(_clean("".join(element.itertext())).split())
                if element.tag == "dt":
                    term = text
                elif element.tag == "dd" and term:
                    entries.append(GlossaryEntry(term, text, term_lines.get(term, 0)))
        if not entries and chunk.heading:
            self.add(
                "SDM213",
                chunk.heading.line,
                "the glossary has no definition list; write "
                "a term on one line and `:   its meaning` on the next",
            )
        return tuple(entries)


def _inner_html(element: ET.Element, rendered: Rendered) -> str:
    if len(element) == 0:  # text only, the usual table cell: no need to serialise
        inner = html.escape(element.text or "", quote=False)
    else:
        outer = ET.tostring(element, encoding="unicode", method="html")
        inner = re.sub(r"^<[^>]+>|</[^>]+>\s*$", "", outer.strip())
    if "\x02" in inner:
        inner = rendered.restore(inner)
    return (sanitise(inner) if "<" in inner else inner).strip()


def _clean(text: str) -> str:
    """Text from the tree without Markdown's placeholders or citation tokens."""
    return _TOKEN.sub("", PLACEHOLDER.sub("", text))


def _opt_text(value: Any) -> str | None:
    return str(value).strip() if value is not None and str(value).strip() else None


_local = threading.local()  # a Markdown converter is not thread-safe: one per thread


def parse_aid(text: str, path: Path | None = None, renderer: Renderer | None = None) -> ParseResult:
    """Parse the text of an aid; never raises on bad input, only reports findings."""
    if renderer is None:
        renderer = getattr(_local, "renderer", None)
        if renderer is None:
            renderer = _local.renderer = Renderer()
    parts = split(text)
    if parts is None:
        return ParseResult(
            None,
            [
                Finding(
                    "SDM103",
                    path,
                    1,
                    "the file must start with front "
                    "matter: a line `---`, `key: value` lines, and `---`",
                )
            ],
        )
    meta, findings = parse_meta(parts.front_matter, path)
    if meta is None:
        return ParseResult(None, findings)
    parser = _Parser(meta, path, renderer)
    aid = parser.parse(parts.body, parts.body_line)
    return ParseResult(aid, findings + parser.findings)


def load_aid(path: Path) -> ParseResult:
    text, findings = read_aid_text(path)
    if text is None:
        return ParseResult(None, findings)
    return parse_aid(text, path)


def load_aid_or_raise(path: Path) -> Aid:
    """Load an aid that must be usable; raise :class:`AidError` with its errors otherwise."""
    result = load_aid(path)
    if result.usable_aid is None:
        raise AidError(result.errors or result.findings)
    return result.usable_aid
