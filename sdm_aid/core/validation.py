"""Quality checks on a parsed aid, from the IPDAS and NICE standards (rules SDM3xx).

Structural errors come from the parser; this module adds the warnings that say where an
aid falls short of good practice: balance, risk wording, reading level, jargon, upkeep.
"""

from __future__ import annotations

import datetime as dt
import functools
import html as html_lib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sdm_aid.core import readability
from sdm_aid.core.fileio import read_aid_text
from sdm_aid.core.findings import Finding
from sdm_aid.core.frontmatter import key_lines, split
from sdm_aid.core.model import Aid
from sdm_aid.core.outcome_checks import check_outcomes
from sdm_aid.core.parser import ParseResult, parse_aid
from sdm_aid.paths import resources_dir

ALLOWED_ABBREVIATIONS = frozenset({"NHS", "UK", "OK", "TV"})
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_PERCENT = re.compile(r"\d\s?%|\bper ?cent\b", re.IGNORECASE)
_OUT_OF = re.compile(r"\bout of\b|\b\d[\d,]* in (?:every )?\d", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?:halves|halved|halving|doubles|doubled|doubling|triples|tripled|twice as "
    r"(?:likely|many|common|often)|(?:\w+|\d+(?:\.\d+)?) times (?:more|less|as) "
    r"(?:likely|common|often)|relative risk|reduces? (?:the|your) (?:risk|chance)s? by"
    r"|cuts? (?:the|your) (?:risk|chance)s? by)\b|\d\s?% (?:reduction|lower|higher|increase|"
    r"decrease|less|more|fewer)",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:rare|rarely|uncommon|uncommonly|common|commonly|frequent|frequently)\b", re.IGNORECASE
)
_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|half)\b",
    re.IGNORECASE,
)
_DIRECTIVE = re.compile(
    r"\b(?:you should|you shouldn't|you ought to|you must|we recommend|we advise|we suggest|"
    r"(?:is|are) the best (?:option|choice|treatment)|the best option|best treatment|"
    r"recommended option)\b",
    re.IGNORECASE,
)
# For each wording pattern: pieces of text (lower case) of which every match holds one.
# Text holding none of them is not searched: ``re`` is slow at case-blind alternatives.
_HINTS: dict[re.Pattern[str], tuple[str, ...]] = {
    _PERCENT: ("%", "per cent", "percent"),
    _RELATIVE: (
        *("halv", "doubl", "tripl", "twice as ", " times ", "relative risk", "reduce", "cut"),
        "%",
    ),
    _VAGUE: ("rare", "common", "frequent"),
    _DIRECTIVE: (
        *("you should", "you ought to", "you must", "we recommend", "we advise"),
        *("we suggest", "best", "recommended option"),
    ),
}
_FIGURE = re.compile(r"\b\d[\d,]* (?:out of|in) (?:every )?\d[\d,]*", re.IGNORECASE)
_ABBREVIATION = re.compile(r"\b[A-Z][A-Z0-9]{1,}(?=s?\b)")
_TAG = re.compile(r"<[^>]+>")
_TABLE = re.compile(r"<(table|pre)\b.*?</\1>", re.DOTALL)


@dataclass(frozen=True)
class ValidationConfig:
    max_grade: float = 6.0  # Flesch-Kincaid grade; 6 is about reading age 11
    min_words_for_grade: int = 30  # shorter prose gives meaningless grades
    readability: bool = True
    today: dt.date | None = None
    max_age_years: int = 5


@dataclass(frozen=True)
class _Prose:
    """A piece of patient-facing text: where it is, what it says, and whether to grade it."""

    label: str
    line: int
    text: str
    html: str = ""
    graded: bool = True

    @functools.cached_property
    def lowered(self) -> str | None:
        """The text lowered for the quick searches (see :func:`_lowered`), once."""
        return _lowered(self.text)


@dataclass
class _Context:
    aid: Aid
    lines: list[str]
    config: ValidationConfig
    findings: list[Finding] = field(default_factory=list)

    def add(self, rule: str, line: int | None, message: str, subject: str | None = None) -> None:
        self.findings.append(Finding(rule, self.aid.path, line, message, subject=subject))

    def line_of(self, phrase: str, start: int) -> int:
        """The first line at or after ``start`` that holds ``phrase`` (else ``start``)."""
        needle = phrase.casefold()
        for number in range(max(start, 1), len(self.lines) + 1):
            if needle in self.lines[number - 1].casefold():
                return number
        return start


@functools.cache
def medical_terms() -> tuple[str, ...]:
    path = resources_dir() / "wordlists" / "medical-terms.txt"
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line.casefold())
    return tuple(words)


@functools.cache
def _terms_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{trie_pattern(medical_terms())})(?:s|es)?\b", re.IGNORECASE)


# Characters that re.IGNORECASE takes for an ASCII letter but ``str.lower`` does not turn
# into one: capital I with a dot (İ), dotless i (ı) and long s (ſ). A test checks this
# against every character.
_CASE_ODD = ("\u0130", "\u0131", "\u017f")


def _lowered(text: str) -> str | None:
    """``text`` in lower case, letter for letter, when a case-blind search of it for ASCII
    words finds what a case-bound search of this finds (None when it may not)."""
    odd_i, dotless_i, long_s = _CASE_ODD
    if odd_i in text or dotless_i in text or long_s in text:
        return None
    return text.lower()


def _may_match(pattern: re.Pattern[str], lowered: str | None) -> bool:
    return lowered is None or any(map(lowered.__contains__, _HINTS[pattern]))


@functools.cache
def _terms_lower_pattern() -> re.Pattern[str] | None:
    words = medical_terms()
    if not all(w.isascii() and w == w.lower() for w in words):
        return None
    return re.compile(rf"\b(?:{trie_pattern(words)})(?:s|es)?\b")


def term_spans(text: str, lowered: str | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each medical word in ``text``: what ``_terms_pattern()`` finds, about
    three times as fast. The case-blind pattern is slow in ``re``, so the text is lowered
    (letter for letter, same positions) and a case-bound pattern used, where that finds the
    same; for text with the rare letters that do not lower letter for letter, the
    case-blind one. ``lowered`` may pass ``_lowered(text)`` worked out already."""
    fast = _terms_lower_pattern()
    if fast is not None and lowered is None:
        lowered = _lowered(text)
    if fast is None or lowered is None:
        matches = _terms_pattern().finditer(text)
    else:
        matches = fast.finditer(lowered)
    for match in matches:
        yield match.span()


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for any of ``words``, as a tree of shared beginnings.

    It matches what the plain alternation of the words, longest first, matches, but
    tries each beginning once instead of once per word: about three times as fast over
    an aid's prose (a test compares the two).
    """
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(tree)


def _prose(aid: Aid) -> list[_Prose]:
    items = []
    for section in aid.sections.values():
        if section.id != "glossary":
            # Tables are checked once, as the comparison table.
            html = _TABLE.sub("", section.html)
            items.append(_Prose(f"section {section.id!r}", section.line, section.text, html))
    for option in aid.options:
        html = option.summary_html + "".join(p.html for p in option.parts)
        items.append(_Prose(f"option {option.id!r}", option.line, option.text, html))
    if aid.compare:
        cells = [c for row in aid.compare.rows for c in row.cells]
        text = "\n".join([*(r.question for r in aid.compare.rows), *map(_strip_tags, cells)])
        items.append(
            _Prose(
                "the comparison table",
                aid.compare.line,
                text,
                "".join(f"<td>{c}</td>" for c in cells),
                graded=False,
            )
        )
    for outcome in aid.outcomes:
        values = [
            *outcome.values.values(),
            *(v for g in outcome.studies for v in g.values.values()),
        ]
        parts = [
            outcome.label,
            outcome.note or "",
            *(t or "" for g in outcome.studies for t in (g.population, g.timeframe, g.note)),
            *(v.note or "" for v in values),
            *(v.not_applicable or "" for v in values),
            *(v.control.label if v.control else "" for v in values),
        ]
        items.append(
            _Prose(f"outcome {outcome.id!r}", outcome.line, _sentences(parts), graded=False)
        )
    if aid.preferences:
        parts = [t for p in aid.preferences for t in (p.statement, p.detail or "")]
        items.append(
            _Prose("the preference statements", aid.preferences[0].line, _sentences(parts))
        )
    if aid.quiz:
        parts = [t for q in aid.quiz for t in (q.question, *q.choices, q.explanation)]
        items.append(_Prose("the quiz", aid.quiz[0].line, _sentences(parts)))
    return items


def _sentences(parts: list[str]) -> str:
    return "\n".join(p if p[-1] in ".!?:" else p + "." for p in (s.strip() for s in parts) if p)


def _strip_tags(html: str) -> str:
    return html_lib.unescape(_TAG.sub("", html))


def _split_sentences(text: str) -> Iterator[str]:
    for line in text.split("\n"):
        yield from (s for s in _SENTENCE.split(line) if s)


def _check_options(ctx: _Context) -> None:
    aid = ctx.aid
    options_line = aid.sections["options"].line if "options" in aid.sections else None
    if len(aid.options) < 2:
        ctx.add(
            "SDM301",
            options_line,
            f"the aid has {len(aid.options)} option(s); a decision "
            "needs at least two, one of them carrying on as now",
        )
    if aid.options and aid.status_quo is None:
        ctx.add(
            "SDM302",
            options_line,
            "no option is marked as the status quo; add an option "
            "such as `## Waiting to see {#wait .status-quo}`",
        )
    for option in aid.options:
        involves, benefits, risks = (option.part(k) for k in ("involves", "benefits", "risks"))
        if involves is None or not involves.text.strip():
            ctx.add(
                "SDM322",
                option.line,
                f"option {option.id!r} does not say what it involves; "
                "add `### What it involves {.involves}`",
            )
        if benefits is None or not benefits.text.strip():
            ctx.add(
                "SDM303",
                option.line,
                f"option {option.id!r} has no benefits; add `### Possible benefits {{.benefits}}`",
            )
        if risks is None or not risks.text.strip():
            ctx.add(
                "SDM304",
                option.line,
                f"option {option.id!r} has no risks or downsides; add "
                "`### Possible risks {.risks}`",
            )
        if benefits and risks:
            b, r = readability.word_count(benefits.text), readability.word_count(risks.text)
            if b and r and max(b, r) > 3 * min(b, r) and abs(b - r) > 30:
                more = "benefits" if b > r else "risks"
                ctx.add(
                    "SDM305",
                    option.line,
                    f"option {option.id!r}: benefits have {b} words "
                    f"and risks {r}; the {more} get far more space. Give both comparable "
                    "detail",
                )


def _check_wording(ctx: _Context, items: list[_Prose]) -> None:
    checks: tuple[tuple[re.Pattern[str], str, Callable[[str], bool], str], ...] = (
        (
            _PERCENT,
            "SDM306",
            lambda s: not _OUT_OF.search(s),
            "a percentage ({m!r}) in {where}; say it as 'N out of 100 people'",
        ),
        (
            _RELATIVE,
            "SDM307",
            lambda s: True,
            "relative-risk wording ({m!r}) in {where}; give absolute numbers, like '4 out of "
            "100 people compared with 2 out of 100'",
        ),
        (
            _VAGUE,
            "SDM308",
            lambda s: not _NUMBER.search(s),
            "{m!r} with no number in {where}; say how many, like '1 out of 100 people'",
        ),
        (
            _DIRECTIVE,
            "SDM309",
            lambda s: True,
            "directive wording ({m!r}) in {where}; describe the options and leave the choice to "
            "the person",
        ),
    )
    # Hints looked for in all the prose at once: most aids hold none of most patterns'.
    everything = _lowered("\n".join(item.text for item in items))
    possible = [check for check in checks if _may_match(check[0], everything)]
    for item in items:
        # A pattern found in no sentence is not searched for in each: the sentences are
        # pieces of the text between spaces, so a pattern in one is also in the whole.
        lowered = item.lowered
        found = [
            check
            for check in possible
            if _may_match(check[0], lowered) and check[0].search(item.text)
        ]
        for sentence in _split_sentences(item.text) if found else ():
            for pattern, rule, applies, message in found:
                match = pattern.search(sentence)
                if match and applies(sentence):
                    line = ctx.line_of(match.group(0), item.line)
                    ctx.add(rule, line, message.format(m=match.group(0), where=item.label))
        if item.html:
            for block in re.split(r"</(?:p|li|td|dd)>", item.html):
                figure = _FIGURE.search(_strip_tags(block))
                if figure and 'class="cite"' not in block:
                    line = ctx.line_of(figure.group(0), item.line)
                    ctx.add(
                        "SDM321",
                        line,
                        f"the figure {figure.group(0)!r}… in {item.label} "
                        "has no source; cite one in the same paragraph, like [@nice-ng226]",
                    )


def _check_readability(ctx: _Context, items: list[_Prose]) -> None:
    target = ctx.config.max_grade
    for item in items:
        if not item.graded or readability.word_count(item.text) < ctx.config.min_words_for_grade:
            continue
        score = readability.grade(item.text)
        if score > target:
            ctx.add(
                "SDM317",
                item.line,
                f"{item.label} reads at grade {score:.1f} (reading age "
                f"about {score + 5:.0f}); the target is grade {target:g} or below. Use "
                "shorter sentences and everyday words",
            )


def _glossary_keys(aid: Aid) -> set[str]:
    keys: set[str] = set()
    for entry in aid.glossary:
        term = entry.term.casefold()
        names = [term, *re.findall(r"\(([^)]+)\)", term), re.sub(r"\s*\([^)]*\)", "", term)]
        for name in names:
            name = name.strip()
            keys.update({name, name.removesuffix("s"), name.removesuffix("es")})
    return keys


def _check_jargon(ctx: _Context, items: list[_Prose]) -> None:
    keys = _glossary_keys(ctx.aid)
    whole = "\n".join(item.text for item in items)
    reported: set[str] = set()
    for item in items:
        for start, end in term_spans(item.text, item.lowered):
            found = item.text[start:end]
            word = found.casefold()
            forms = {word, word.removesuffix("s"), word.removesuffix("es")}
            if forms & keys or forms & reported:
                continue
            reported |= forms
            ctx.add(
                "SDM318",
                ctx.line_of(found, item.line),
                f"{found!r} in "
                f"{item.label} is a medical word not in the glossary; explain it there",
            )
        for match in _ABBREVIATION.finditer(item.text):
            abbr = match.group(0)
            if abbr in ALLOWED_ABBREVIATIONS or abbr in reported or abbr.casefold() in keys:
                continue
            if re.search(rf"\({re.escape(abbr)}s?\)", whole):
                continue  # explained in the text, like "anti-inflammatory gels (NSAIDs)"
            reported.add(abbr)
            ctx.add(
                "SDM319",
                ctx.line_of(abbr, item.line),
                f"the abbreviation {abbr!r} in "
                f"{item.label} is not explained; write it out or add it to the glossary",
            )


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _check_front_matter(ctx: _Context) -> None:
    meta = ctx.aid.meta
    today = ctx.config.today or dt.date.today()
    parts = split("\n".join(ctx.lines))
    key_line = key_lines(parts.front_matter) if parts else {}
    if meta.next_review < today:
        ctx.add(
            "SDM310",
            key_line.get("next_review"),
            f"the review date {meta.next_review} has "
            "passed; check the figures against the sources and set a new next_review",
        )
    years = ctx.config.max_age_years
    if meta.last_reviewed < _years_before(today, years):
        ctx.add(
            "SDM311",
            key_line.get("last_reviewed"),
            f"last reviewed {meta.last_reviewed}, "
            f"over {years} years ago; aids this old are archived by the Ottawa inventory",
        )
    if not meta.funding:
        ctx.add("SDM312", 1, "say who paid for the aid in `funding:` (or that nobody did)")
    if not meta.conflicts_of_interest:
        ctx.add(
            "SDM313",
            1,
            'declare conflicts of interest in `conflicts_of_interest:` ("None declared." if none)',
        )
    if not meta.audience:
        ctx.add("SDM314", 1, "say who the aid is for in `audience:`")
    if meta.status == "published" and meta.approved_by is None:
        ctx.add(
            "SDM110",
            key_line.get("status"),
            "the aid is `status: published` but has no clinical sign-off (`approved_by`); "
            "set `status: draft` until a clinician approves it. The app and exports treat "
            "it as a draft",
        )
    elif meta.approved_by is None:
        ctx.add(
            "SDM315",
            1,
            "the aid has no clinical sign-off (`approved_by`); the app shows it "
            "as not yet clinically approved",
        )
    development = meta.development
    if development is None or not any(
        (development.needs_assessment, development.patient_review, development.field_testing)
    ):
        ctx.add(
            "SDM323",
            1,
            "record how the aid was developed in `development:` (needs "
            "assessment, patient review, field testing), even if not yet done",
        )


def _check_compare(ctx: _Context) -> None:
    table = ctx.aid.compare
    if table is None:
        return
    for header, option_id in zip(table.headers, table.option_ids, strict=True):
        if option_id is None:
            ctx.add(
                "SDM320",
                table.line,
                f"the comparison column {header!r} matches no option; "
                "head each column with an option's title or id",
            )
    missing = [o.id for o in ctx.aid.options if o.id not in table.option_ids]
    if missing:
        ctx.add(
            "SDM320",
            table.line,
            f"the comparison table has no column for "
            f"{', '.join(missing)}; add one column per option",
        )
    width = len(table.headers)
    for row in table.rows:
        if len(row.cells) != width:
            ctx.add(
                "SDM320",
                table.line,
                f"the row {row.question!r} has {len(row.cells)} answers for {width} options",
            )


def validate_aid(
    aid: Aid, source: str = "", config: ValidationConfig | None = None
) -> list[Finding]:
    """Quality warnings for a parsed aid; ``source`` (the file text) sharpens line numbers."""
    ctx = _Context(aid, source.split("\n"), config or ValidationConfig())
    _check_front_matter(ctx)
    _check_options(ctx)
    _check_compare(ctx)
    if not aid.quiz:
        ctx.add(
            "SDM316",
            aid.sections["quiz"].line if "quiz" in aid.sections else None,
            "the aid has no quiz; add a few questions that check the key facts",
        )
    if "safety" not in aid.sections:
        ctx.add(
            "SDM329",
            aid.sections["questions"].line if "questions" in aid.sections else 1,
            "the aid has no warning signs; add a section `# Warning signs {#safety}` (after "
            "the questions) saying which symptoms need a doctor soon or at once",
        )
    check_outcomes(aid, ctx.add, ctx.line_of)
    items = _prose(aid)
    _check_wording(ctx, items)
    _check_jargon(ctx, items)
    if ctx.config.readability:
        _check_readability(ctx, items)
    return ctx.findings


@dataclass(frozen=True)
class CheckResult:
    path: Path | None
    parsed: ParseResult
    findings: list[Finding]

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.is_error]


def check_text(
    text: str, path: Path | None = None, config: ValidationConfig | None = None
) -> CheckResult:
    parsed = parse_aid(text, path)
    findings = list(parsed.findings)
    if parsed.aid is not None:
        findings += validate_aid(parsed.aid, text, config)
    findings.sort(key=lambda f: (f.line or 0, f.rule))
    return CheckResult(path, parsed, findings)


def check_file(path: Path, config: ValidationConfig | None = None) -> CheckResult:
    text, problems = read_aid_text(path)
    if text is None:
        return CheckResult(path, ParseResult(None, problems), problems)
    return check_text(text, path, config)
