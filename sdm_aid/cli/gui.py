"""``sdm-aid gui`` (and ``sdm-aid`` alone): open the desktop app."""

from __future__ import annotations

import argparse
from typing import Any

from sdm_aid.cli.options import add_aids_option


def add_parser(sub: Any) -> None:
    """Add ``gui`` to the ``sdm-aid`` subcommands (``sub`` is argparse's subparsers)."""
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    add_aids_option(gui)
    gui.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from sdm_aid.ui.app import run as run_app

    return run_app(list(getattr(args, "aids", [])))
