"""Options and exit codes that several subcommands share."""

from __future__ import annotations

import argparse
from pathlib import Path

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


def jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError("--jobs takes a whole number from 1")
    return int(text)


def window_size(text: str) -> tuple[int, int]:
    """A window size written as WxH, such as 1280x860."""
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1280x860") from None
    if not (200 <= width <= 10_000 and 200 <= height <= 10_000):
        raise argparse.ArgumentTypeError(f"{text!r}: each side must be 200 to 10000 pixels")
    return width, height
