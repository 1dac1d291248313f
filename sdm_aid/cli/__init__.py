"""The ``sdm-aid`` command line: one module per subcommand, shared options in
:mod:`sdm_aid.cli.options`. Subcommands import only the Qt-free core, except those that
open a window (``gui``, ``screenshot``, ``preview``) or write a PDF."""

from sdm_aid.cli.app import build_parser, gui_main, main

__all__ = ["build_parser", "gui_main", "main"]
