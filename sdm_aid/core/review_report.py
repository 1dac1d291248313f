"""Reports on collated reviews: the authors' report and "You said, we did" (Qt-free).

Both come in HTML (self-contained, printable, every piece of text escaped) and Markdown,
from the jinja2 templates ``review_report.*.j2`` and ``you_said_we_did.*.j2`` in
``resources/templates``. A PDF is made from the HTML by the :data:`HtmlToPdf` writer the
caller passes (:func:`sdm_aid.drawing.pdf.html_to_pdf`): the core never imports Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from sdm_aid.core.collate import OVERALL, CollatedComment, CollatedSection, Collation
from sdm_aid.core.fileio import PRIVATE_MODE, atomic_write_text
from sdm_aid.core.markdown_escape import md_escape
from sdm_aid.core.responses import STATUS_LABELS, STATUSES, Response, Responses
from sdm_aid.core.review import ROLE_LABELS
from sdm_aid.core.section_readability import LONG_SENTENCE_WORDS, TARGET_GRADE
from sdm_aid.core.template_cache import template_cache
from sdm_aid.paths import resources_dir

FORMATS = {".html": "html", ".htm": "html", ".md": "md", ".pdf": "pdf"}
NO_DECISION = "No decision yet"


def format_for(path: Path) -> str:
    """ "html", "md" or "pdf" from a file name's suffix; ValueError for any other."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ValueError(
            f"cannot tell the report format from {path.name!r}; end the name with "
            ".html, .md or .pdf"
        )
    return fmt


def report_title(collation: Collation, you_said_we_did: bool = False) -> str:
    kind = "You said, we did" if you_said_we_did else "Patient panel review"
    return f"{kind}: {collation.aid_title} (version {collation.aid_version})"


# -- filters ----------------------------------------------------------------------------------


def _lines_html(text: str) -> Markup:
    """Escaped text with its line breaks kept."""
    return Markup("<br>").join(escape(line) for line in text.split("\n"))


def _md(text: object, indent: int = 0) -> Markup:
    """Text that Markdown shows as written (:mod:`sdm_aid.core.markdown_escape`).

    Continuation lines are indented by ``indent`` spaces (to stay inside a list item).
    The result is marked safe so that it is not escaped twice.
    """
    if isinstance(text, Markup):
        return text
    return Markup(md_escape(str(text), indent))


def _md_finalize(value: object) -> object:
    """Every ``{{ … }}`` in a Markdown template is escaped unless already safe."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _md(value)
    return value


def _pct(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _filters(env: jinja2.Environment) -> jinja2.Environment:
    env.filters["lines"] = _lines_html
    env.filters["md"] = _md
    env.filters["pct"] = _pct
    env.filters["num"] = _num
    return env


@cache
def _environment(fmt: str) -> jinja2.Environment:
    loader = jinja2.FileSystemLoader(resources_dir() / "templates")
    options: dict[str, Any] = {
        "trim_blocks": True,
        "lstrip_blocks": True,
        "bytecode_cache": template_cache(),
    }
    if fmt == "html":  # nothing a reviewer typed can inject markup
        return _filters(jinja2.Environment(loader=loader, autoescape=True, **options))
    # Markdown: the same guarantee, by escaping Markdown's special characters.
    return _filters(
        jinja2.Environment(
            loader=loader,
            autoescape=False,
            finalize=_md_finalize,
            **options,
        )
    )


# -- the view the templates read ---------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """A comment with the authors' response to it (None: no decision yet)."""

    comment: CollatedComment
    response: Response | None

    @property
    def status_label(self) -> str:
        return self.response.label if self.response else NO_DECISION

    @property
    def status(self) -> str:
        return self.response.status if self.response else "pending"

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.comment.role, self.comment.role)


@dataclass(frozen=True)
class Group:
    id: str
    title: str
    section: CollatedSection | None  # None for the questionnaire answers
    entries: tuple[Entry, ...]


def _groups(collation: Collation, responses: Responses | None) -> list[Group]:
    def entries(comments: Iterable[CollatedComment]) -> tuple[Entry, ...]:
        return tuple(Entry(c, responses.get(c.id) if responses else None) for c in comments)

    groups = [Group(s.id, s.title, s, entries(s.comments)) for s in collation.sections]
    groups.append(Group(OVERALL, "Overall", None, entries(collation.overall.comments)))
    return groups


def _decision_counts(groups: list[Group]) -> list[tuple[str, str, int]]:
    counts = dict.fromkeys((*STATUSES, "pending"), 0)
    for group in groups:
        for entry in group.entries:
            counts[entry.status] += 1
    labels = {**STATUS_LABELS, "pending": NO_DECISION}
    return [(status, labels[status], n) for status, n in counts.items()]


def _context(collation: Collation, responses: Responses | None, yswd: bool) -> dict[str, object]:
    groups = _groups(collation, responses)
    return {
        "c": collation,
        "groups": groups,
        "decisions": _decision_counts(groups),
        "responses": responses,
        "title": report_title(collation, yswd),
        "date": collation.generated[:10],
        "role_labels": ROLE_LABELS,
        "long_words": LONG_SENTENCE_WORDS,
        "target_grade": TARGET_GRADE,
        "versions": sorted({r.aid_version for r in collation.reviews}),
    }


def _render(name: str, fmt: str, context: dict[str, object]) -> str:
    text = _environment(fmt).get_template(f"{name}.{fmt}.j2").render(**context)
    return text if text.endswith("\n") else text + "\n"


def render_report(
    collation: Collation,
    responses: Responses | None = None,
    fmt: str = "html",
    *,
    whole_sections: bool = True,
) -> str:
    """The authors' report: which files were collated or skipped and why; then by section,
    readability, rating distributions, changes since the reviewed versions and every
    comment with who said it (and the decision, with ``responses``); then the
    questionnaire. ``whole_sections`` adds (in HTML, folded away) the whole old and new
    text of each changed section; leave it out for print and PDF."""
    context = _context(collation, responses, False)
    context["whole_sections"] = whole_sections
    return _render("review_report", _check(fmt), context)


def render_you_said_we_did(
    collation: Collation, responses: Responses | None = None, fmt: str = "html"
) -> str:
    """The report for the panel: every comment with the authors' decision and reply, and,
    where a section changed since it was reviewed, the old and new text. Reviewers are
    named by role only."""
    return _render("you_said_we_did", _check(fmt), _context(collation, responses, True))


def _check(fmt: str) -> str:
    if fmt not in ("html", "md"):
        raise ValueError(f"unknown report format {fmt!r}; use html or md (PDF is made from html)")
    return fmt


HtmlToPdf = Callable[[str, Path, str], object]
"""Writes HTML as a PDF file: ``(html, path, header)``. The caller chooses it."""


def write_report(
    collation: Collation,
    responses: Responses,
    path: Path,
    you_said_we_did: bool = False,
    *,
    pdf: HtmlToPdf | None = None,
) -> Path:
    """Write the authors' report, or "You said, we did", to ``path`` in the format its
    suffix names, readable by the owner only (it names the reviewers).

    A PDF is drawn by the ``pdf`` writer (ValueError without one).
    """
    fmt = format_for(path)
    if fmt == "pdf" and pdf is None:
        raise ValueError("a PDF needs a PDF writer (sdm_aid.drawing.pdf.html_to_pdf)")
    as_html = "html" if fmt == "pdf" else fmt
    if you_said_we_did:
        text = render_you_said_we_did(collation, responses, as_html)
    else:
        text = render_report(collation, responses, as_html, whole_sections=fmt != "pdf")
    if pdf is not None and fmt == "pdf":
        pdf(text, path, report_title(collation, you_said_we_did))
    else:
        atomic_write_text(path, text, mode=PRIVATE_MODE)
    return path
