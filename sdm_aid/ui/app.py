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
    install_translation(app)
    app.setApplicationVersion(__version__)
    return app


def install_translation(app: QApplication, folder: Path | None = None) -> str | None:
    """Load the translation for the person's language, if one has been made.

    Translations are ``sdm_aid_<language>.qm`` files in ``resources/translations`` (see
    docs/translating.md). With none there, nothing else is loaded: start-up stays quick.
    Returns the file loaded, if any.
    """
    from sdm_aid.paths import resources_dir

    folder = folder or resources_dir() / "translations"
    if not any(folder.glob("sdm_aid_*.qm")):
        return None
    from PySide6.QtCore import QLocale, QTranslator

    translator = QTranslator(app)
    if not translator.load(QLocale.system(), "sdm_aid", "_", str(folder)):
        return None
    app.installTranslator(translator)
    return translator.filePath()


def run(extra_aids: list[Path]) -> int:
    app = make_app()
    from sdm_aid.ui.main_window import MainWindow

    window = MainWindow(extra_aids)
    window.show()
    return app.exec()
