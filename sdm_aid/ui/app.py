"""Start the desktop app."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from sdm_aid import __version__

if TYPE_CHECKING:
    from sdm_aid.ui.main_window import MainWindow

LISTEN_DELAY_MS = 250  # QtNetwork loads after the first frame, not before it
DESKTOP_ID = "io.github.sdm_aid.SdmAid"  # packaging/linux/, the freedesktop files


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
    app.setDesktopFileName(DESKTOP_ID)  # Wayland finds the icon and name in the entry
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


def run(extra_aids: list[Path], files: Sequence[Path] = (), smoke_test: bool = False) -> int:
    """Open the app window, with ``files`` (sessions and reviews) opened in it.

    One app window per user and data folder: when one is running already, the files are
    handed to it (it comes to the front) and this process ends. ``smoke_test`` opens the
    files in a window of its own, says what it opened and quits (tests, the bundle).
    """
    name = ""
    if not smoke_test:
        from sdm_aid.ui.support.single_instance import hand_over, server_name

        name = server_name()
        if hand_over(name, [str(path) for path in files]):
            print("sdm-aid: handed over to the SDM Aid window already open", file=sys.stderr)
            return 0
    app = make_app()
    from sdm_aid.ui.main_window import MainWindow

    window = MainWindow(extra_aids)
    if os.environ.get("SDM_AID_QUIT_AFTER_PAINT"):  # benchmarks/bench_bundle.py
        _quit_after_first_paint(window)
    window.show()
    if smoke_test:
        from sdm_aid.ui.support.file_opener import SmokeTest

        check = SmokeTest(window, list(files))
        QTimer.singleShot(0, check.start)
        app.exec()
        return check.status
    if files:
        QTimer.singleShot(0, lambda: window.open_paths([Path(p) for p in files]))
    QTimer.singleShot(LISTEN_DELAY_MS, lambda: _listen(window, name))  # after the first frame
    return app.exec()


def _quit_after_first_paint(window: QWidget) -> None:
    """Print "painted" when the window is first painted, then quit: start-up is timed the
    same way for the installed package and the bundle (which runs no code of ours)."""

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                window.removeEventFilter(self)
                QTimer.singleShot(0, QApplication.quit)
            return False

    window.installEventFilter(Painted(window))


def set_window_icon(app: QApplication) -> None:
    """The app's icon for window frames and task bars (after the first frame: QIcon)."""
    from PySide6.QtGui import QIcon

    from sdm_aid.paths import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("sdm-aid-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)


def _listen(window: MainWindow, name: str) -> None:
    set_window_icon(QApplication.instance())  # type: ignore[arg-type]
    from sdm_aid.ui.support.single_instance import InstanceServer

    server = InstanceServer(name, window)
    server.open_requested.connect(lambda paths: window.open_paths([Path(p) for p in paths]))
    server.listen()
