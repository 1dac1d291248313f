"""``sdm-aid screenshot``: render a step of an aid to a PNG, offscreen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sdm_aid.cli.options import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    add_aids_option,
    window_size,
)


def add_parser(sub: Any) -> None:
    """Add ``screenshot`` to the ``sdm-aid`` subcommands (``sub`` is argparse's subparsers)."""
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
        "--size",
        type=window_size,
        default=(1280, 860),
        metavar="WxH",
        help="window size (1280x860)",
    )
    shot.add_argument(
        "--full-page",
        action="store_true",
        help="the whole step at its natural size: as tall as its content, wider if it needs",
    )
    shot.add_argument("--outcome", metavar="ID", help="the outcome the outcomes step shows")
    add_aids_option(shot)
    shot.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # The UI's process set-up first (sdm_aid.ui.support.startup: no OpenSSL, no Pygments,
    # a cheap import check), so that the checks below load what the app would load.
    import sdm_aid.ui  # noqa: F401

    if args.step != "library":  # say why an aid cannot be used before the window opens
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
    from sdm_aid.ui.support.screenshot import screenshot

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
