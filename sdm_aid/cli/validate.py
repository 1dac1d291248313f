"""``sdm-aid validate``: check decision-aid files and say what to fix."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sdm_aid.cli.options import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, add_aids_option, jobs


def add_parser(sub: Any) -> None:
    """Add ``validate`` to the ``sdm-aid`` subcommands (``sub`` is argparse's subparsers)."""
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
        type=jobs,
        default=None,
        metavar="N",
        help="check files in N processes (default: one per core from 50 files up, else 1); "
        "the output is in the same order",
    )
    add_aids_option(validate)
    validate.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
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

    # Chunks of at most 16 files (about 0.15 s): few enough to cost nothing to send, and
    # small enough that one process is not left working alone at the end.
    chunk = max(1, min(16, len(files) // (jobs * 4)))
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
