"""``sdm-aid audit``: a service report over a folder of sessions (counts only).

Kept light at import: the core and jinja2 load only when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
FORMATS = {".html": "html", ".htm": "html", ".csv": "csv"}


def add_audit_parser(sub: Any) -> None:
    """Register ``audit`` on the ``sdm-aid`` subcommands (``sub`` from add_subparsers)."""
    from sdm_aid.cli.options import add_aids_option

    audit = sub.add_parser(
        "audit",
        help="summarise a folder of sessions for a service: counts only, no names",
        description="Count the sessions in a folder for a service audit: sessions per aid "
        "and version, decisions made or deferred, options chosen, SURE and quiz scores, "
        "and the CollaboRATE top-score share. The report never includes names, anything "
        "a person typed, or file names. Damaged files are counted as skipped and left as "
        "they are. Exit 0 when the report is written, 2 on usage errors.",
    )
    audit.add_argument("folder", type=Path, metavar="DIR", help="the folder of .sdm.json files")
    audit.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="the report: .html or .csv"
    )
    audit.add_argument(
        "--format", choices=("html", "csv"), help="html or csv (default: from the --out name)"
    )
    audit.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    audit.add_argument(
        "--recursive", action="store_true", help="also read sessions in sub-folders of DIR"
    )
    add_aids_option(audit)
    audit.set_defaults(handler=run_audit)


def _error(message: str) -> int:
    from sdm_aid.cli.output import fail

    return fail("audit", message)


def run_audit(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    out: Path = args.out
    fmt = args.format or FORMATS.get(out.suffix.lower())
    if fmt is None:
        return _error(f"cannot tell the format from {out.name!r}; name it .html or .csv")
    if not folder.is_dir():
        return _error(f"no such folder: {folder}")
    if out.exists() and not args.force:
        return _error(f"{out} already exists; use --force to overwrite it")
    if out.is_dir():
        return _error(f"{out} is a folder")

    from sdm_aid.core.audit import (
        WORDS,
        audit_folder,
        library_lookup,
        render_csv,
        render_html,
    )
    from sdm_aid.core.fileio import atomic_write_text
    from sdm_aid.core.library import AidLibrary

    lookup = library_lookup(AidLibrary.default(extra=args.aids))
    report = audit_folder(folder, lookup, recursive=args.recursive)
    text = render_html(report) if fmt == "html" else render_csv(report)
    try:
        atomic_write_text(out, text)
    except OSError as exc:
        return _error(f"cannot write {out}: {exc.strerror or exc}")
    # File names go to the person running the audit, never into the report.
    for path, reason in report.skipped_files:
        print(f"sdm-aid audit: skipped {path} ({WORDS[reason]}; left as it was)", file=sys.stderr)
    skipped = len(report.skipped_files)
    print(
        f"{report.sessions} session(s) counted"
        + (f", {skipped} file(s) skipped" if skipped else "")
        + (f", quiz scores left out for {report.quiz_left_out}" if report.quiz_left_out else "")
        + f"; report written to {out}"
    )
    return EXIT_OK
