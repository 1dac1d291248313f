"""``sdm-aid preview FILE``: the authors' live preview. Qt is imported only when it runs."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_preview_parser(sub: Any) -> None:
    """Register ``preview`` on the subparsers of ``sdm-aid``."""
    preview = sub.add_parser(
        "preview",
        help="show one aid file and re-render it every time it is saved",
        description="Open one decision-aid file in a window that follows the file: each "
        "save re-renders it on the same step, with the validator's findings beside it. A "
        "save that breaks the file shows what is wrong and keeps the last version that "
        "worked. Exit 2 if the file does not exist.",
    )
    preview.add_argument("file", type=Path, metavar="FILE", help="the aid's Markdown file")
    preview.add_argument(
        "--step",
        default=None,
        help="the step to open on: about, options, compare, outcomes, preferences, quiz, "
        "sure, decision or summary (default: about)",
    )
    preview.add_argument(
        "--scale", type=float, default=None, help="text size, 1.0 to 2.0 (default: the app's)"
    )
    preview.add_argument(
        "--theme",
        choices=("system", "high-contrast"),
        default=None,
        help="colours (default: the app's)",
    )
    preview.set_defaults(handler=run_preview)


def run_preview(args: argparse.Namespace) -> int:
    from sdm_aid.cli.output import fail

    path: Path = args.file
    if not path.is_file():
        return fail("preview", f"no such file: {path}")
    from sdm_aid.core.session import STEPS

    if args.step is not None and args.step not in STEPS:
        return fail("preview", f"unknown step {args.step!r}; use one of {', '.join(STEPS)}")
    from sdm_aid.ui.app import make_app

    app = make_app()
    from PySide6.QtCore import QSettings

    from sdm_aid.ui import theme
    from sdm_aid.ui.preview_window import PreviewWindow

    settings = QSettings()
    theme_name = args.theme or str(settings.value("view/theme", "system"))
    if theme_name not in theme.THEMES:
        theme_name = "system"
    saved = settings.value("view/scale", 1.0)
    scale = args.scale if args.scale is not None else float(str(saved or 1.0))
    theme.apply(app, theme_name, theme.clamp_scale(scale))
    window = PreviewWindow(path, theme_name, step=args.step)
    window.show()
    return int(app.exec())
