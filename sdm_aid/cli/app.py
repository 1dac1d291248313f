"""The ``sdm-aid`` command line: the parser, and the entry points that run it.

Each subcommand lives in its own module (``cli/validate.py``, ``cli/export.py``, ...)
with ``add_parser(sub)`` to register it and a handler it sets as ``handler``. Building
the parser loads only argparse; a handler loads what its command needs when it runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from sdm_aid import __version__
from sdm_aid.cli.options import EXIT_OK, add_aids_option

# Each subcommand: the module that registers it, and the function that does.
_COMMANDS = {
    "validate": ("validate", "add_parser"),
    "list": ("listing", "add_parser"),
    "screenshot": ("screenshot", "add_parser"),
    "gui": ("gui", "add_parser"),
    "rules": ("rules", "add_parser"),
    "audit": ("audit", "add_audit_parser"),
    "preview": ("preview", "add_preview_parser"),
    "export": ("export", "add_export_parser"),
    "review": ("review", "add_review_parser"),
}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The ``sdm-aid`` parser; with ``only``, a subcommand's name, that subcommand alone
    (it parses that command's arguments as the whole parser does, without importing and
    building the other eight: about 6 ms off every command)."""
    import importlib

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
    for name, (module, register) in _COMMANDS.items():
        if only is None or name == only:
            getattr(importlib.import_module(f"sdm_aid.cli.{module}"), register)(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command. Everything it prints goes through :class:`CleanStream`, so no text
    from a file can send escape codes to the terminal."""
    from sdm_aid.cli.output import CleanStream

    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(out), CleanStream(err)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: Sequence[str] | None) -> int:
    words = sys.argv[1:] if argv is None else list(argv)
    # A command named first needs its own parser only; anything else, the whole one.
    parser = build_parser(words[0] if words and words[0] in _COMMANDS else None)
    # Files to open (`sdm-aid FILE.sdm.json`) are recognised before subcommands: launch.py.
    from sdm_aid.cli.launch import run_open_request

    opened = run_open_request(parser, sys.argv[1:] if argv is None else argv)
    if opened is not None:
        return opened
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help
        return int(exc.code or 0)
    if args.command is None:
        from sdm_aid.cli.gui import run

        return run(args)
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def gui_main() -> int:
    """The ``sdm-aid-gui`` entry point: the same command line, with no console on Windows.

    A windowed program there has no standard streams; messages go nowhere rather than fail.
    """
    if sys.stdout is None or sys.stderr is None:
        sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (for the process)
        sys.stdout = sys.stdout or sink
        sys.stderr = sys.stderr or sink
    return main()
