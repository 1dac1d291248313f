"""The ``sdm-aid`` command line: the parser, and the entry points that run it.

Each subcommand lives in its own module (``cli/validate.py``, ``cli/export.py``, ...)
with ``add_parser(sub)`` to register it and a handler it sets as ``handler``. Building
the parser loads only argparse; a handler loads what its command needs when it runs.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from sdm_aid import __version__
from sdm_aid.cli.options import EXIT_OK, add_aids_option

WINDOWS_THAT_STAY = ("gui", "preview")  # commands whose window stays open: the app
YOUNG_OBJECTS = 20_000  # a one-off command's first garbage-collector threshold


# Each subcommand: its name, and the module and function that register it, in the order
# ``sdm-aid --help`` lists them.
COMMANDS = {
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


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Given the words to parse, it registers only the
    subcommands named among them (all of them when none is: for ``--help``, a file to
    open, or a mistyped command), so that a command does not load and build the others."""
    import importlib

    words = set(argv or ())
    wanted = [name for name in COMMANDS if name in words] or list(COMMANDS)
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
    for name in wanted:
        module, register = COMMANDS[name]
        getattr(importlib.import_module(f"sdm_aid.cli.{module}"), register)(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run a command. Everything it prints goes through :class:`CleanStream`, so no text
    from a file can send escape codes to the terminal.

    Without ``argv`` this is the program (``sdm-aid``, ``python -m sdm_aid``), which ends
    when the command returns: what the command made is then frozen out of the garbage
    collector's sight (:func:`gc.freeze`), so the interpreter's last collections do not
    walk every object once more on the way out (about 25 ms of a 0.3 s export). Called
    with ``argv`` (tests, scripts), nothing changes for the process that goes on.
    """
    from sdm_aid.cli.output import CleanStream

    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(out), CleanStream(err)  # type: ignore[assignment]
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err
        if argv is None:
            gc.freeze()


def _main(argv: Sequence[str] | None) -> int:
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(words)
    # Files to open (`sdm-aid FILE.sdm.json`) are recognised before subcommands: launch.py.
    from sdm_aid.cli.launch import run_open_request

    opened = run_open_request(parser, words)
    if opened is not None:
        return opened
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help
        return int(exc.code or 0)
    if args.command is None:
        from sdm_aid.cli.gui import run

        return run(args)
    if argv is None and args.command not in WINDOWS_THAT_STAY:
        # A command that ends when its work is done: the young generations are collected
        # less often (every 20,000 new objects, not 700), which spares about 10 ms of a
        # 0.3 s command; everything is still collected. The app keeps Python's defaults.
        gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])
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
