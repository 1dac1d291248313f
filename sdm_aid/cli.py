"""The ``sdm-aid`` command line. Subcommands import only the Qt-free core."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sdm_aid import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def add_aids_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--aids",
        metavar="DIR",
        action="append",
        default=[],
        type=Path,
        help="a folder of decision aids to add to the library (repeatable)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sdm-aid",
        description="SDM Aid: shared decision-making aids for patients and clinicians.",
        epilog="sdm-aid FILE.sdm.json or FILE.review.json opens the file in the app (in the "
        "window already open, if there is one); --smoke-test FILE... opens files in a new "
        "window, says what it opened and quits.",
    )
    parser.add_argument("--version", action="version", version=f"sdm-aid {__version__}")
    add_aids_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = sub.add_parser(
        "validate",
        help="check decision-aid files and say what to fix",
        description="Check decision-aid files. Exit 0 when clean, 1 on errors (or on "
        "warnings with --strict), 2 on usage errors.",
    )
    validate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="aid files or folders (default: the whole library)",
    )
    validate.add_argument(
        "--strict",
        action="store_true",
        help="fail on warnings too (allow-listed findings excepted)",
    )
    validate.add_argument("--format", choices=("text", "json"), default="text")
    validate.add_argument(
        "--max-grade",
        type=float,
        default=6.0,
        metavar="GRADE",
        help="highest Flesch-Kincaid grade allowed per section (default 6, about reading age 11)",
    )
    validate.add_argument(
        "--no-readability", action="store_true", help="skip the reading-level check"
    )
    validate.add_argument(
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="check files in N processes (default: one per core from 50 files up, else 1); "
        "the output is in the same order",
    )
    add_aids_option(validate)

    listing = sub.add_parser("list", help="list the aids in the library")
    listing.add_argument("--format", choices=("text", "json"), default="text")
    listing.add_argument("--search", default="", help="only aids matching these words")
    add_aids_option(listing)

    shot = sub.add_parser("screenshot", help="render a step of an aid to a PNG, offscreen")
    shot.add_argument("--aid", required=True, metavar="ID")
    shot.add_argument(
        "--step",
        required=True,
        help="library, about, options, compare, outcomes, preferences, quiz, "
        "sure, decision or summary",
    )
    shot.add_argument("--out", required=True, type=Path, metavar="PNG")
    shot.add_argument("--scale", type=float, default=1.0, help="text size, 1.0 to 2.0")
    shot.add_argument("--theme", choices=("system", "high-contrast"), default="system")
    shot.add_argument(
        "--size", type=_size, default=(1280, 860), metavar="WxH", help="window size (1280x860)"
    )
    shot.add_argument(
        "--full-page",
        action="store_true",
        help="the whole step at its natural size: as tall as its content, wider if it needs",
    )
    shot.add_argument("--outcome", metavar="ID", help="the outcome the outcomes step shows")
    add_aids_option(shot)

    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    add_aids_option(gui)

    rules = sub.add_parser("rules", help="list every validation rule")
    rules.add_argument("--format", choices=("text", "json"), default="text")

    # Subcommands kept in their own modules register here; each sets `handler`.
    from sdm_aid.cli_audit import add_audit_parser

    add_audit_parser(sub)
    from sdm_aid.cli_preview import add_preview_parser

    add_preview_parser(sub)
    from sdm_aid.cli_export import add_export_parser

    add_export_parser(sub)
    from sdm_aid.cli_review import add_review_parser

    add_review_parser(sub)
    return parser


def _validate(args: argparse.Namespace) -> int:
    from sdm_aid.core.allowlist import ALLOWLIST_NAME, AllowlistError, apply, load_allowlist
    from sdm_aid.core.findings import Finding
    from sdm_aid.core.library import AidLibrary, aid_files, duplicate_id
    from sdm_aid.core.validation import ValidationConfig

    files: list[tuple[Path, Path | None]] = []  # each file and the folder it was found in
    if args.paths:
        for path in args.paths:
            if path.is_dir():
                files += [(f, path) for f in aid_files(path)]
            elif os.path.lexists(path):  # a pipe or a device is reported, never read
                files.append((path, None))
            else:
                print(f"sdm-aid validate: no such file or folder: {path}", file=sys.stderr)
                return EXIT_USAGE
    else:
        library = AidLibrary.default(extra=args.aids, cache=False)
        for folder, _origin in library.folders:
            if folder.is_dir():
                files += [(f, folder) for f in aid_files(folder)]
    for folder in args.aids if args.paths else []:
        files += [(f, folder) for f in aid_files(folder)]

    config = ValidationConfig(max_grade=args.max_grade, readability=not args.no_readability)
    allowlists: dict[Path, list] = {}
    seen_ids: dict[tuple[str, str], Path] = {}
    report: list[tuple[Path, list[Finding]]] = []
    broken_allowlists = 0
    jobs = args.jobs or (os.cpu_count() or 1 if len(files) >= PARALLEL_FROM else 1)
    for (path, _root), (findings, key) in zip(
        files, _check_files(files, config, jobs), strict=True
    ):
        if key is not None:
            if key in seen_ids:
                findings = [*findings, duplicate_id(path, *key, seen_ids[key])]
            else:
                seen_ids[key] = path
        folder = path.parent
        if folder not in allowlists:
            allow_file = folder / ALLOWLIST_NAME
            try:
                allowlists[folder] = load_allowlist(allow_file) if allow_file.exists() else []
            except AllowlistError as exc:  # nothing is allowed, and the run fails
                print(f"sdm-aid validate: {exc}; nothing in it is allowed", file=sys.stderr)
                allowlists[folder] = []
                broken_allowlists += 1
        findings = apply(findings, key[0] if key else None, allowlists[folder])
        report.append((path, findings))

    counted = [f for _, fs in report for f in fs if not f.allowed_reason]
    errors = sum(f.is_error for f in counted)
    warnings = len(counted) - errors
    allowed = sum(1 for _, fs in report for f in fs if f.allowed_reason)
    failed = errors > 0 or broken_allowlists > 0 or (args.strict and warnings > 0)
    if args.format == "json":
        print(
            json.dumps(
                {
                    "files": [str(p) for p, _ in report],
                    "findings": [f.as_dict() for _, fs in report for f in fs],
                    "summary": {
                        "files": len(report),
                        "errors": errors,
                        "warnings": warnings,
                        "allowed": allowed,
                        "ok": not failed,
                    },
                },
                indent=2,
            )
        )
    else:
        for _path, findings in report:
            for finding in findings:
                print(finding)
        print(
            f"{len(report)} file(s) checked: {errors} error(s), {warnings} warning(s)"
            + (f", {allowed} allowed by an allow-list" if allowed else "")
        )
    return EXIT_FINDINGS if failed else EXIT_OK


PARALLEL_FROM = 50  # files: below this, starting processes costs more than it saves
_Checked = tuple[list[Any], tuple[str, str] | None]  # findings, and (aid id, language)


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("--jobs takes a whole number from 1")
    return int(text)


def _check_one(item: tuple[Path, Path | None], config: Any) -> _Checked:
    """One file's findings, and its aid's (id, language) when it has a usable aid; plain
    data, so that it can come back from another process."""
    from sdm_aid.core.fileio import read_aid_text
    from sdm_aid.core.validation import check_text

    path, root = item
    text, problems = read_aid_text(path, root)
    if text is None:
        return list(problems), None
    try:
        result = check_text(text, path, config)
    except Exception as exc:  # one file's defect never stops the others being checked
        return [_unchecked(path, exc)], None
    if problems:
        return list(problems), None
    aid = result.parsed.aid
    return result.findings, (aid.id, aid.meta.language) if aid is not None else None


def _check_files(
    files: list[tuple[Path, Path | None]], config: Any, jobs: int
) -> Iterator[_Checked]:
    """Every file's result, in the order given, from ``jobs`` processes."""
    if jobs <= 1 or len(files) < 2:
        yield from (_check_one(item, config) for item in files)
        return
    import functools
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(64, len(files) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(functools.partial(_check_one, config=config), files, chunksize=chunk)


def _unchecked(path: Path, exc: Exception) -> Any:
    from sdm_aid.core.findings import Finding

    return Finding(
        "SDM109",
        path,
        None,
        f"the file could not be checked ({type(exc).__name__}: {exc}); please report this",
    )


def _list(args: argparse.Namespace) -> int:
    from sdm_aid.core.library import NOTICES, AidLibrary

    library = AidLibrary.default(extra=args.aids)
    entries = library.scan()
    if args.search:
        entries = library.search(args.search)
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "id": e.id,
                        "title": e.title,
                        "condition": e.condition,
                        "specialty": e.specialty,
                        "language": e.language,
                        "status": e.status,
                        "version": e.version,
                        "next_review": e.next_review.isoformat() if e.next_review else None,
                        "approved": e.approved,
                        "out_of_date": e.is_out_of_date(),
                        "broken": e.broken,
                        "origin": e.origin,
                        "path": str(e.path),
                        "problems": [str(f) for f in e.findings if f.is_error],
                    }
                    for e in entries
                ],
                indent=2,
            )
        )
        return EXIT_OK
    for e in entries:
        if e.broken:
            print(f"BROKEN  {e.path}")
            for f in e.findings:
                if f.is_error:
                    print(f"        {f}")
            continue
        badges = [NOTICES[key] for key in e.notices()]
        print(f"{e.id}  [{e.language}, v{e.version}, {e.status}]  {e.title}")
        print(
            f"        {e.condition}; next review {e.next_review}"
            + (f"; {', '.join(badges)}" if badges else "")
        )
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    from sdm_aid.core.findings import RULES

    if args.format == "json":
        print(
            json.dumps(
                [
                    {"rule": r.code, "severity": r.severity.value, "title": r.title}
                    for r in RULES.values()
                ],
                indent=2,
            )
        )
    else:
        for rule in RULES.values():
            print(f"{rule.code}  {rule.severity.value:<7}  {rule.title}")
    return EXIT_OK


def _size(text: str) -> tuple[int, int]:
    """A window size written as WxH, such as 1280x860."""
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1280x860") from None
    if not (200 <= width <= 10_000 and 200 <= height <= 10_000):
        raise argparse.ArgumentTypeError(f"{text!r}: each side must be 200 to 10000 pixels")
    return width, height


def _screenshot(args: argparse.Namespace) -> int:
    if args.step != "library":  # say why an aid cannot be used before Qt starts
        from sdm_aid.core.library import AidLibrary

        library = AidLibrary.default(extra=args.aids)
        library.scan()
        entry = library.find(args.aid)
        result = library.load(entry) if entry is not None else None
        if result is not None and result.usable_aid is None:
            print(
                f"sdm-aid screenshot: the aid {args.aid!r} at {entry.path if entry else ''} "
                f"cannot be used:\n{result.problems()}",
                file=sys.stderr,
            )
            return EXIT_FINDINGS
    from sdm_aid.ui.screenshot import screenshot

    try:
        width, height = args.size
        path = screenshot(
            args.aid,
            args.step,
            args.out,
            args.aids,
            args.scale,
            args.theme,
            width,
            height,
            full_page=args.full_page,
            outcome=args.outcome,
        )
    except (LookupError, ValueError, OSError) as exc:
        print(f"sdm-aid screenshot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(path)
    return EXIT_OK


def _gui(args: argparse.Namespace) -> int:
    from sdm_aid.ui.app import run

    return run(list(getattr(args, "aids", [])))


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command. Everything it prints goes through :class:`CleanStream`, so no text
    from a file can send escape codes to the terminal."""
    from sdm_aid.cli_output import CleanStream

    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(out), CleanStream(err)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    # Files to open (`sdm-aid FILE.sdm.json`) are recognised before subcommands: launch.py.
    from sdm_aid.launch import run_open_request

    opened = run_open_request(parser, sys.argv[1:] if argv is None else argv)
    if opened is not None:
        return opened
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help
        return int(exc.code or 0)
    handlers = {
        "validate": _validate,
        "list": _list,
        "rules": _rules,
        "screenshot": _screenshot,
        "gui": _gui,
    }
    if args.command is None:
        return _gui(args)
    handler = getattr(args, "handler", None) or handlers[args.command]
    try:
        return int(handler(args))
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
