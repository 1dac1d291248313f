"""Start the desktop app."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from sdm_aid import __version__


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("SDM Aid")
    app.setApplicationName("sdm-aid")
    app.setApplicationDisplayName("SDM Aid")
    app.setApplicationVersion(__version__)
    return app


def run(extra_aids: list[Path]) -> int:
    app = make_app()
    from sdm_aid.ui.main_window import MainWindow

    window = MainWindow(extra_aids)
    window.show()
    return app.exec()
