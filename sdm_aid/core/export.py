"""Exported summaries: HTML, Markdown, plain text and JSON, in two variants (Qt-free).

Every format renders the one :class:`~sdm_aid.core.summary.Summary` through a jinja2
template in ``resources/templates/``:

========  =============================  ===========================================
variant   template                       formats
========  =============================  ===========================================
patient   ``summary_patient.html.j2``    html, and pdf (the same template, Qt subset)
patient   ``summary_patient.txt.j2``     md, txt
record    ``summary_record.html.j2``     html, pdf
record    ``summary_record.txt.j2``      md, txt (and :func:`record_text`)
========  =============================  ===========================================

The patient copy is full and plain, with icon arrays; the record copy is short and clinical,
to paste into a health-record note (:data:`RECORD_LIMIT` characters at most where it can be:
see :func:`render_text`). JSON carries the session and the summary (:data:`SCHEMA`,
documented in ``docs/export.md``). A PDF is drawn by the caller's :data:`PdfWriter` (the
command line and the app pass :func:`sdm_aid.drawing.pdf.summary_pdf_bytes`, drawn by Qt):
the core never imports Qt. FHIR R4 comes from :mod:`sdm_aid.core.fhir`, loaded only when
asked for.

HTML is autoescaped and Markdown is escaped with :mod:`sdm_aid.core.markdown_escape`, so
nothing a person typed can become markup. Files are written atomically, readable by their
owner only, and never over an existing file unless ``overwrite=True``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from markupsafe import Markup

from sdm_aid import __version__
from sdm_aid.core.fileio import PRIVATE_MODE, atomic_write_bytes
from sdm_aid.core.markdown_escape import md_escape, plain_text
from sdm_aid.core.model import Aid
from sdm_aid.core.session import SURE_ITEMS, Session, to_json
from sdm_aid.core.summary import (
    OptionFigure,
    OutcomeLine,
    Summary,
    build_summary,
    environment,
)
from sdm_aid.core.svg_icons import BAD, GOOD, NEUTRAL, IconArraySpec, render_svg, swatch, tint

FORMATS = ("pdf", "html", "md", "txt", "json", "fhir")
VARIANTS = ("patient", "record")
SCHEMA = "sdm-aid/summary"
SCHEMA_VERSION = 3  # 2: figures by study, with control, not-applicable and unknown;
# 3: a decision is a kind with one or more options (session schema 2)
RECORD_LIMIT = 2000  # characters: what a health-record free-text note takes
EXPORT_MODE = PRIVATE_MODE  # patient data: readable by the owner only, like session files
# File name endings and the format each one means; longest first (".fhir.json" is FHIR).
SUFFIXES = (
    (".fhir.json", "fhir"),
    (".pdf", "pdf"),
    (".html", "html"),
    (".htm", "html"),
    (".md", "md"),
    (".markdown", "md"),
    (".txt", "txt"),
    (".json", "json"),
)
QT_ICON_SCHEME = "sdm-icon-array"  # <img src="sdm-icon-array:N"> placeholders in the Qt HTML
BODY_POINTS = 12.0  # the patient copy's body text, printed (issue 11: at least 12 pt)
LARGE_PRINT_POINTS = 16.0  # the large-print patient copy: no text smaller (issue 14)


def body_points(large_print: bool = False) -> float:
    """The size of the patient copy's body text when printed, in points."""
    return LARGE_PRINT_POINTS if large_print else BODY_POINTS


class PdfWriter(Protocol):
    """Draws a summary's PDF: ``(summary, variant, large_print=...) -> bytes``. The caller
    chooses it (the core never imports Qt)."""

    def __call__(self, summary: Summary, variant: str, *, large_print: bool = False) -> bytes: ...


class ExportError(Exception):
    """An export that cannot be made, with a message for the person."""


def generator() -> str:
    return f"SDM Aid {__version__}"


def format_for_path(path: Path | str) -> str | None:
    """The format a file name asks for (``summary.pdf`` -> ``"pdf"``), or None."""
    name = str(path).lower()
    return next((fmt for suffix, fmt in SUFFIXES if name.endswith(suffix)), None)


def default_variant(fmt: str) -> str:
    """The variant used when none is given: the record copy for Markdown and plain text
    (what gets pasted into a health record), the patient copy for everything else."""
    return "record" if fmt in ("md", "txt") else "patient"


def _check(fmt: str, variant: str) -> None:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    if variant not in VARIANTS:
        raise ExportError(f"unknown variant {variant!r}: use patient or record")


# -- HTML ------------------------------------------------------------------------------------


@dataclass
class _Icons:
    """Draws icon arrays in a template: inline SVG for the web, numbered placeholders for
    Qt (the PDF draws ``specs[N]`` where the placeholder ``N`` is)."""

    qt: bool
    specs: list[IconArraySpec] = field(default_factory=list)

    def __call__(self, spec: IconArraySpec) -> Markup:
        n = len(self.specs)
        self.specs.append(spec)
        if self.qt:
            return Markup(f'<img src="{QT_ICON_SCHEME}:{n}" alt="">')
        return render_svg(spec, f"ia{n}")


def _html(
    summary: Summary, variant: str, qt: bool, large_print: bool = False
) -> tuple[str, list[IconArraySpec]]:
    icons = _Icons(qt)
    large = large_print and variant == "patient"
    html = (
        environment()
        .get_template(f"summary_{variant}.html.j2")
        .render(
            s=summary,
            qt=qt,
            icon=icons,
            swatch=swatch,
            tint=tint,
            good=GOOD,
            bad=BAD,
            neutral=NEUTRAL,
            generator=generator(),
            large_print=large,
            body_pt=body_points(large),
            scale=body_points(large) / BODY_POINTS,  # headings grow with the body text
        )
    )
    return html, icons.specs


def render_html(summary: Summary, variant: str = "patient", *, large_print: bool = False) -> str:
    """One self-contained web page: inline CSS and SVG, nothing loaded from elsewhere.

    The patient copy prints its body text at :data:`BODY_POINTS`; with ``large_print`` at
    :data:`LARGE_PRINT_POINTS`, on screen and on paper, with nothing smaller.
    """
    _check("html", variant)
    return _html(summary, variant, qt=False, large_print=large_print)[0]


def render_qt_html(
    summary: Summary, variant: str = "patient", *, large_print: bool = False
) -> tuple[str, list[IconArraySpec]]:
    """The same copy in Qt's rich-text subset, for the PDF: the HTML, with icon arrays as
    ``<img src="sdm-icon-array:N">`` placeholders for the returned specs. Its body text is
    :func:`body_points` (``large_print``: 16 pt), headings in proportion."""
    _check("pdf", variant)
    return _html(summary, variant, qt=True, large_print=large_print)


# -- Markdown and plain text ----------------------------------------------------------------

def _text_helpers(md: bool) -> dict[str, Callable[..., str]]:
    def clean(text: object) -> str:
        return plain_text(str(text)).strip()

    def t(text: object) -> str:
        """One line of data: escaped for Markdown, newlines folded to spaces."""
        one_line = " ".join(clean(text).split())
        return md_escape(one_line) if md else one_line

    def block(text: object) -> str:
        """Several lines a person typed, kept as lines."""
        lines = [line.strip() for line in clean(text).split("\n") if line.strip()]
        if md:
            return "\\\n".join(md_escape(line) for line in lines)  # hard line breaks
        return "\n  ".join(lines)  # continuation lines indented under their label

    def b(text: str) -> str:
        return f"**{text}**" if md and text else text

    def h(text: str, level: int = 2) -> str:
        if md:
            return f"{'#' * level} {text}"
        return f"{text}\n{('=' if level <= 2 else '-') * len(text)}"

    def tj(items: Iterable[object], separator: str = "; ") -> str:
        """Several items of data on one line."""
        return separator.join(t(item) for item in items)

    return {"t": t, "block": block, "b": b, "h": h, "tj": tj}


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def render_text(summary: Summary, variant: str = "record", md: bool = False) -> str:
    """The copy as plain text (or Markdown with ``md=True``).

    The record copy keeps to :data:`RECORD_LIMIT` characters: if the full record is longer,
    the figures are left out (with a pointer to the patient copy). What people typed is
    never cut, so very long notes can still make a record longer than the limit.
    """
    _check("md" if md else "txt", variant)
    template = environment().get_template(f"summary_{variant}.txt.j2")
    context: dict[str, Any] = {"s": summary, "md": md, "generator": generator()}
    context.update(_text_helpers(md))
    text = _tidy(template.render(figures=True, **context))
    if variant == "record" and len(text) > RECORD_LIMIT:
        text = _tidy(template.render(figures=False, **context))
    return text


def record_text(session: Session, aid: Aid, today: dt.date | None = None) -> str:
    """The record copy as plain text: what "Copy for health record" puts on the clipboard."""
    return render_text(build_summary(session, aid, today), "record")


# -- JSON ------------------------------------------------------------------------------------


def _figure_data(f: OptionFigure) -> dict[str, Any]:
    return {
        "option_id": f.option_id,
        "option": f.option,
        "count": f.count,
        "low": f.low,
        "high": f.high,
        "denominator": f.denominator,
        "control": None
        if f.control is None
        else {"count": f.control.count, "label": f.control.label},
        "sentence": f.sentence,
        "difference": f.difference,
        "short": f.short,
    }


def _outcome_data(o: OutcomeLine) -> dict[str, Any]:
    """One outcome as the patient copy shows it: each study's figures apart, then the
    options that cannot have it and those with no reliable figure."""
    return {
        "id": o.id,
        "label": o.label,
        "timeframe": o.timeframe,
        "population": o.population,
        "desirable": o.desirable,
        "certainty": o.certainty,
        "note": o.note,
        "source": o.source,
        "denominator": o.denominator,
        "studies": [
            {
                "source_key": s.source_key,
                "source": s.source,
                "population": s.population,
                "timeframe": s.timeframe,
                "certainty": s.certainty,
                "note": s.note,
                "figures": [_figure_data(f) for f in s.figures],
            }
            for s in o.studies
        ],
        "separate_studies": o.separate_studies,
        "not_applicable": [
            {"option_id": n.option_id, "option": n.option, "reason": n.reason}
            for n in o.no_figures
            if n.kind == "not_applicable"
        ],
        "unknown": [
            {"option_id": n.option_id, "option": n.option, "note": n.reason}
            for n in o.no_figures
            if n.kind == "unknown"
        ],
        "lines": [*o.not_applicable, *([o.unknown] if o.unknown else [])],
    }


def summary_data(summary: Summary, aid: Aid) -> dict[str, Any]:
    """The summary as JSON-ready data (the ``summary`` object in docs/export.md)."""
    return {
        "date": summary.date,
        "setting": summary.setting_id,
        "setting_text": summary.setting,
        "patient_name": summary.patient_name,
        "clinician_name": summary.clinician_name,
        "options": [
            {"id": o.id, "title": o.title, "summary": o.summary, "chosen": o.chosen}
            for o in summary.option_lines
        ],
        "denominator": summary.scale,
        "outcomes": [_outcome_data(o) for o in summary.outcomes],
        "matters": {
            "top": [{"statement": st, "rating": r} for st, r in summary.top_matters],
            "own_words": summary.other_matters,
        },
        "quiz": {
            "right": summary.quiz_score[0],
            "total": summary.quiz_score[1],
            "questions": [
                {
                    "question": q.question,
                    "answered": q.answered,
                    "right": q.right,
                    "given": q.given,
                    "answer": q.answer,
                    "explanation": q.explanation,
                }
                for q in summary.quiz
            ],
        },
        "sure": {
            "score": summary.sure_score,
            "answers": [
                {"item": item, "question": question, "answer": answer}
                for item, (question, answer) in zip(SURE_ITEMS, summary.sure_items, strict=True)
            ],
            "help": list(summary.sure_help),
        },
        "decision": {
            "kind": summary.choice,
            "options": list(summary.chosen),
            "leaning": list(summary.leaning_ids),
            "after_sure": summary.after_sure_id or None,
            "text": summary.decision,
            "decided": summary.decided,
            "involve": summary.involve,
            "next_steps": summary.next_steps,
        },
        "safety": [{"text": block.text, "items": list(block.items)} for block in summary.safety],
        "questions": list(summary.questions),
        "clinician_notes": summary.clinician_notes,
        "sources": [
            {
                "key": s.key,
                "title": s.title,
                "publisher": s.publisher,
                "year": s.year,
                "url": s.url,
                "doi": s.doi,
                "journal": s.journal,
                "authors": s.authors,
                "volume": s.volume,
                "pages": s.pages,
                "pmid": s.pmid,
            }
            for s in aid.meta.sources
        ],
    }


def render_json(
    session: Session, aid: Aid, summary: Summary | None = None, variant: str = "patient"
) -> str:
    """The session and its summary as one schema-versioned JSON document."""
    _check("json", variant)
    summary = summary or build_summary(session, aid)
    approval = aid.meta.approved_by
    data = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "generator": generator(),
        "exported": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "variant": variant,
        "aid": {
            "id": aid.id,
            "title": aid.meta.title,
            "version": aid.meta.version,
            "language": aid.meta.language,
            "status": aid.meta.status,
            "last_reviewed": aid.meta.last_reviewed.isoformat(),
            "next_review": aid.meta.next_review.isoformat(),
            "approved_by": None
            if approval is None
            else {
                "name": approval.name,
                "role": approval.role,
                "date": approval.date.isoformat() if approval.date else None,
            },
            "session_version": session.aid_version,
        },
        "summary": summary_data(summary, aid),
        "record_text": render_text(summary, "record"),
        "session": json.loads(to_json(session)),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


# -- any format, to bytes or to a file -------------------------------------------------------


def large_print_applies(fmt: str, variant: str | None = None) -> bool:
    """Whether large print means anything for ``fmt`` and ``variant``: the patient copy as
    a PDF or a web page (printed, or read on screen). Text, Markdown, JSON and FHIR have
    no type size; the record copy goes into a health record."""
    return fmt in ("pdf", "html") and (variant or default_variant(fmt)) == "patient"


def for_copy(summary: Summary, variant: str, with_clinician_notes: bool = False) -> Summary:
    """The summary as the ``variant`` copy shows it: the patient copy leaves the
    clinician's notes out unless they are asked for (they may say "BMI 31"); the record
    copy keeps them."""
    if variant == "patient" and not with_clinician_notes and summary.clinician_notes:
        return dataclasses.replace(summary, clinician_notes="")
    return summary


def render(
    session: Session,
    aid: Aid,
    fmt: str,
    variant: str | None = None,
    today: dt.date | None = None,
    *,
    pdf: PdfWriter | None = None,
    with_clinician_notes: bool = False,
    large_print: bool = False,
) -> bytes:
    """The export in ``fmt`` (one of :data:`FORMATS`) as bytes.

    The patient copy leaves the clinician's notes out unless ``with_clinician_notes``
    (:func:`for_copy`); JSON and FHIR stay the whole session. ``large_print`` sets the
    patient copy's PDF and HTML at 16 pt (:func:`large_print_applies`); other copies and
    formats have no type size of their own and are as they would be without it. ``pdf``
    is drawn by the ``pdf`` writer the caller passes; ``fhir`` loads
    :mod:`sdm_aid.core.fhir`. Raises :class:`ExportError` for an unknown format or
    variant, a PDF without a writer, or a missing FHIR module.
    """
    variant = variant or default_variant(fmt)
    _check(fmt, variant)
    if fmt == "fhir":
        try:
            fhir = importlib.import_module("sdm_aid.core.fhir")
        except ImportError as exc:
            raise ExportError("FHIR export is not available in this version") from exc
        bundle: str = fhir.bundle_json(session, aid)
        return bundle.encode("utf-8")
    if fmt == "pdf" and pdf is None:
        raise ExportError("a PDF needs a PDF writer (sdm_aid.drawing.pdf.summary_pdf_bytes)")
    summary = build_summary(session, aid, today)
    if fmt == "json":
        return render_json(session, aid, summary, variant).encode("utf-8")
    summary = for_copy(summary, variant, with_clinician_notes)
    large = large_print and large_print_applies(fmt, variant)
    if fmt == "pdf":
        assert pdf is not None
        return pdf(summary, variant, large_print=large)
    if fmt == "html":
        return render_html(summary, variant, large_print=large).encode("utf-8")
    return render_text(summary, variant, md=fmt == "md").encode("utf-8")


def export_file(
    session: Session,
    aid: Aid,
    path: Path,
    fmt: str | None = None,
    variant: str | None = None,
    *,
    overwrite: bool = False,
    today: dt.date | None = None,
    pdf: PdfWriter | None = None,
    with_clinician_notes: bool = False,
    large_print: bool = False,
) -> Path:
    """Write the export to ``path``, atomically, readable by the owner only.

    ``fmt`` defaults to the one the file name asks for; a PDF needs the ``pdf`` writer. An
    existing file is never replaced unless ``overwrite`` is true: :class:`FileExistsError`
    (checked before any work, and again, atomically, when the file is put in place).
    Returns ``path``.
    """
    fmt = fmt or format_for_path(path)
    if fmt is None:
        raise ExportError(
            f"cannot tell the format from the file name {path.name!r}: "
            f"end it in .pdf, .html, .md, .txt, .json or .fhir.json"
        )
    if not overwrite and path.exists():
        raise FileExistsError(f"{path} already exists")
    data = render(
        session,
        aid,
        fmt,
        variant,
        today,
        pdf=pdf,
        with_clinician_notes=with_clinician_notes,
        large_print=large_print,
    )
    atomic_write_bytes(path, data, mode=EXPORT_MODE, overwrite=overwrite)
    return path
