"""``sdm-aid export``: a session's summary as PDF, HTML, Markdown, text, JSON or FHIR.

Registered by :func:`sdm_aid.cli.build_parser` through :func:`add_export_parser`. Only
argparse and pathlib load when the command line is built; jinja2 loads when an export is
made, and Qt only for a PDF.

Exit codes: 0 written; 1 the export could not be made or written; 2 a usage error (the
output exists and ``--force`` was not given, the format cannot be told, the session file
is missing or damaged, or its aid is not in the library).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# The same as sdm_aid.core.export.FORMATS and VARIANTS (a test keeps them in step); kept
# here so that building the command line loads nothing else.
FORMATS = ("pdf", "html", "md", "txt", "json", "fhir")
VARIANTS = ("patient", "record")


def add_export_parser(sub: Any) -> None:
    """Add ``export`` to the ``sdm-aid`` subcommands (``sub`` is argparse's subparsers)."""
    from sdm_aid.cli.options import add_aids_option

    parser: argparse.ArgumentParser = sub.add_parser(
        "export",
        help="export a session's summary (PDF, HTML, Markdown, text, JSON or FHIR)",
        description="Export the summary of a saved session (.sdm.json). The format comes "
        "from the output file name unless --format is given. Never overwrites a file "
        "without --force. Exit 0 when written, 1 when the export failed, 2 on usage errors.",
    )
    parser.add_argument("session", type=Path, metavar="SESSION", help="a .sdm.json session file")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        help="pdf, html, md, txt, json or fhir (default: from the output file name)",
    )
    parser.add_argument(
        "--variant",
        choices=VARIANTS,
        help="patient: the full copy in plain language, with icon arrays; record: short and "
        "clinical, for a health-record note (default: record for md and txt, else patient)",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help="the file to write; '-' writes text formats to standard output",
    )
    parser.add_argument("--force", action="store_true", help="replace the output file if it exists")
    parser.add_argument(
        "--with-clinician-notes",
        action="store_true",
        help="put the clinician's notes on the patient copy too (left out by default; the "
        "record copy, JSON and FHIR always have them)",
    )
    parser.add_argument(
        "--large-print",
        action="store_true",
        help="set the patient copy (PDF or HTML) in large print: body text at 16 pt instead "
        "of 12 pt, headings in proportion; it runs to more pages",
    )
    add_aids_option(parser)
    parser.set_defaults(handler=run_export)


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    from sdm_aid.cli.output import fail

    return fail("export", message, code)


def run_export(args: argparse.Namespace) -> int:
    """Handle ``sdm-aid export``; returns the exit code."""
    to_stdout = args.output == "-"
    output = Path(args.output)
    fmt: str | None = args.format
    if fmt is None:
        if to_stdout:
            return _fail("give --format when writing to standard output")
        from sdm_aid.core.export import format_for_path

        fmt = format_for_path(output)
        if fmt is None:
            return _fail(
                f"cannot tell the format from {output.name!r}: end the name in .pdf, .html, "
                ".md, .txt, .json or .fhir.json, or give --format"
            )
    if to_stdout and fmt == "pdf":
        return _fail("a PDF cannot be written to standard output; give a file name")
    if args.large_print:
        from sdm_aid.core.export import large_print_applies

        if not large_print_applies(fmt, args.variant):
            return _fail(
                "--large-print is for the patient copy as a PDF or web page (--format pdf "
                "or html, --variant patient)"
            )
    if not to_stdout and not args.force and output.exists():
        return _fail(f"{output} already exists; use --force to replace it")

    from sdm_aid.core.session import SessionError, load_session

    notes: list[str] = []
    try:
        session = load_session(args.session, notes)
    except SessionError as exc:
        return _fail(str(exc))
    for note in notes:
        print(f"sdm-aid export: warning: {args.session.name}: {note}", file=sys.stderr)

    from sdm_aid.core.library import AidLibrary

    library = AidLibrary.default(extra=args.aids)
    library.scan()
    entry = library.find(session.aid_id, session.aid_language)
    if entry is None or (entry.language or "").split("-")[0] != session.aid_language.split("-")[0]:
        return _fail(
            f"the aid {session.aid_id!r} ({session.aid_language}) that this session uses is "
            "not in the library; add its folder with --aids DIR"
        )
    result = library.load(entry)
    aid = result.usable_aid  # as the app: an aid with errors is refused, not exported
    if aid is None:
        return _fail(
            f"the aid for this session cannot be used ({session.aid_id!r} at {entry.path}):\n"
            + result.problems()
        )
    if aid.meta.version != session.aid_version:
        print(
            f"sdm-aid export: warning: the session was made with version "
            f"{session.aid_version} of {aid.id!r}; the library has version "
            f"{aid.meta.version}, which this summary uses",
            file=sys.stderr,
        )

    from sdm_aid.core.export import ExportError, export_file, render

    pdf = None
    if fmt == "pdf":
        from sdm_aid.drawing.pdf import summary_pdf_bytes  # Qt: only when a PDF is wanted

        pdf = summary_pdf_bytes
    try:
        if to_stdout:
            data = render(
                session,
                aid,
                fmt,
                args.variant,
                with_clinician_notes=args.with_clinician_notes,
                large_print=args.large_print,
                pdf=pdf,
            )
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return EXIT_OK
        export_file(
            session,
            aid,
            output,
            fmt,
            args.variant,
            overwrite=args.force,
            with_clinician_notes=args.with_clinician_notes,
            large_print=args.large_print,
            pdf=pdf,
        )
    except FileExistsError:
        return _fail(f"{output} already exists; use --force to replace it")
    except ExportError as exc:
        return _fail(str(exc), EXIT_FAILED)
    except OSError as exc:
        return _fail(f"cannot write {output}: {exc.strerror or exc}", EXIT_FAILED)
    print(output)
    return EXIT_OK
