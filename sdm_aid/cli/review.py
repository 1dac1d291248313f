"""``sdm-aid review``: collate patient-panel reviews of an aid, and record responses.

Kept light at import: the core, jinja2 and textstat load only when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_review_parser(sub: Any) -> None:
    """Register ``review`` on the ``sdm-aid`` subcommands (``sub`` from add_subparsers)."""
    review = sub.add_parser(
        "review",
        help="collate patient-panel reviews of an aid, and record responses to them",
        description="Work with patient-panel review files (.review.json).",
    )
    review.set_defaults(handler=lambda args: _usage(review))
    actions = review.add_subparsers(dest="review_command", metavar="SUBCOMMAND")

    collate = actions.add_parser(
        "collate",
        help="merge review files of one aid into one report",
        description="Merge any number of review files of one aid into one report, grouped "
        "by section: every comment with who said it, rating distributions and readability "
        "figures. Files for another aid, damaged files and second reviews by the same "
        "reviewer are skipped with a message; the rest are still collated. Reviews of an "
        "older version show which sections changed since. The format comes from the name "
        "of the output file: .html, .md or .pdf. Exit 0 when the report is written (even "
        "if some files were skipped), 1 if it could not be written, 2 on usage errors.",
    )
    collate.add_argument("aid", type=Path, metavar="AID", help="the aid's Markdown file")
    collate.add_argument(
        "reviews",
        nargs="+",
        type=Path,
        metavar="REVIEW",
        help="review files (.review.json), or folders holding them",
    )
    collate.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="PATH",
        help="the report to write: .html, .md or .pdf",
    )
    collate.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    _add_responses_option(
        collate, "the authors' responses (default: AID's .responses.json beside it, if any)"
    )
    collate.add_argument(
        "--you-said-we-did",
        action="store_true",
        help="write the 'You said, we did' report for the panel instead: every comment "
        "with the decision and reply, and the text that changed",
    )
    collate.set_defaults(handler=run_collate)

    respond = actions.add_parser(
        "respond",
        help="record the authors' decision on a comment",
        description="Record the decision on one review comment (accepted, declined with a "
        "reason, or to discuss) and a reply, in the responses file beside the aid. Comment "
        "ids are printed in the collated report. Exit 0 when saved, 2 on usage errors.",
    )
    respond.add_argument("aid", type=Path, metavar="AID", help="the aid's Markdown file")
    respond.add_argument("comment", metavar="COMMENT_ID", help="the comment's id")
    respond.add_argument("status", choices=("accepted", "declined", "discuss"))
    respond.add_argument("--reason", default="", help="why (required when declined)")
    respond.add_argument("--reply", default="", help="the reply to the reviewer")
    _add_responses_option(respond, "the responses file (default: AID's .responses.json beside it)")
    respond.set_defaults(handler=run_respond)


def _add_responses_option(parser: argparse.ArgumentParser, help: str) -> None:
    """--responses FILE, read by :func:`_responses_file`."""
    parser.add_argument("--responses", type=Path, metavar="FILE", help=help)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    print("sdm-aid review: choose a subcommand: collate or respond", file=sys.stderr)
    return EXIT_USAGE


def _error(command: str, message: str, code: int = EXIT_USAGE) -> int:
    from sdm_aid.cli.output import fail

    return fail(f"review {command}", message, code)


def _load_aid(command: str, path: Path) -> Any:
    """The aid in ``path``, or an exit code after saying why it cannot be used."""
    from sdm_aid.core.findings import AidError
    from sdm_aid.core.parser import load_aid_or_raise

    if not path.is_file():
        return _error(command, f"no such aid file: {path}")
    try:
        return load_aid_or_raise(path)
    except AidError as exc:
        return _error(command, f"{path} cannot be used:\n{exc}")


def _responses_file(args: argparse.Namespace) -> Path:
    """The file given with --responses, or the one beside the aid."""
    from sdm_aid.core.responses import responses_path

    return args.responses or responses_path(args.aid)


def run_collate(args: argparse.Namespace) -> int:
    from sdm_aid.core.review_report import format_for

    out: Path = args.output
    try:
        format_for(out)  # a usage error before any work: the report is written by suffix
    except ValueError as exc:
        return _error("collate", str(exc))
    if out.is_dir():
        return _error("collate", f"{out} is a folder; give a file name")
    if out.exists() and not args.force:
        return _error("collate", f"{out} already exists; use --force to overwrite it")
    if args.responses is not None and not args.responses.is_file():
        return _error("collate", f"no such responses file: {args.responses}")
    aid = _load_aid("collate", args.aid)
    if isinstance(aid, int):
        return aid

    from sdm_aid.core.collate import collate
    from sdm_aid.core.responses import Responses, ResponsesError, load_responses
    from sdm_aid.core.review_report import write_report

    try:
        responses = load_responses(_responses_file(args), aid.id)
    except ResponsesError as exc:
        if args.responses is not None:  # the file asked for cannot be used
            return _error("collate", str(exc))
        # The file beside the aid is damaged: the reviews are still collated, without it.
        print(
            f"sdm-aid review collate: {exc} The report is made without responses.",
            file=sys.stderr,
        )
        responses = Responses(aid.id)
    collation = collate(aid, args.reviews, **_figures(aid))
    for problem in collation.problems:
        print(f"sdm-aid review collate: {problem}", file=sys.stderr)
    try:
        pdf = None
        if format_for(out) == "pdf":
            from sdm_aid.drawing.pdf import html_to_pdf  # Qt, only for a PDF

            pdf = html_to_pdf
        write_report(collation, responses, out, args.you_said_we_did, pdf=pdf)
    except ImportError as exc:
        return _error("collate", f"PDF output is not available: {exc}", EXIT_FAILED)
    except OSError as exc:
        return _error("collate", f"cannot write {out}: {exc.strerror or exc}", EXIT_FAILED)
    skipped = len(collation.skipped)
    print(
        f"{out}: {len(collation.reviews)} review(s) collated"
        + (f", {skipped} file(s) skipped" if skipped else "")
        + f", {len(collation.comments)} comment(s)"
    )
    if not collation.reviews:
        print("sdm-aid review collate: no review could be collated", file=sys.stderr)
    return EXIT_OK


def _figures(aid: Any) -> dict[str, Any]:
    """The aid's sections and their readability, kept in the user's cache folder between
    runs (figures only; see :mod:`sdm_aid.core.readability_cache`)."""
    from sdm_aid.core.readability import cache_dir
    from sdm_aid.core.readability_cache import cached_readability_by_section
    from sdm_aid.core.review import review_sections

    sections = review_sections(aid)
    return {
        "sections": sections,
        "readability": cached_readability_by_section(aid, sections, cache_dir()),
    }


def run_respond(args: argparse.Namespace) -> int:
    aid = _load_aid("respond", args.aid)
    if isinstance(aid, int):
        return aid

    from sdm_aid.core.responses import ResponsesError, load_responses, save_responses

    path = _responses_file(args)
    try:
        responses = load_responses(path, aid.id)
        response = responses.set(args.comment, args.status, args.reason, args.reply)
        save_responses(responses, path)
    except (ResponsesError, ValueError) as exc:
        return _error("respond", str(exc))
    except OSError as exc:
        return _error("respond", f"cannot write {path}: {exc.strerror or exc}", EXIT_FAILED)
    print(f"{path}: comment {args.comment} {response.label.lower()}")
    return EXIT_OK
