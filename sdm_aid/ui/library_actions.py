"""The main window's library: reading it (in a worker), adding folders, loading an aid from
it, and the author's windows opened from it (live preview, review, collate).

:class:`LibraryActions` holds a reference to the window, which keeps the library itself
(``window.library``) and the library page. :meth:`LibraryActions.open_aid_of` is the one
way a file that names its aid (a session, a review) finds and loads it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from sdm_aid.ui.support.workers import run_in_thread

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from sdm_aid.core.library import IndexEntry
    from sdm_aid.core.model import Aid
    from sdm_aid.core.parser import ParseResult
    from sdm_aid.core.session import SessionSummary
    from sdm_aid.ui.main_window import MainWindow

translate = QCoreApplication.translate  # texts in the window's context, which lupdate reads


class NamesAid(Protocol):
    """A file that names its aid: a session or a review."""

    aid_id: str
    aid_language: str


def prepare_summary() -> None:
    from sdm_aid.core.summary import prepare_screen_template  # loads jinja2

    prepare_screen_template()


class LibraryActions:
    """What the window does with its library (made with the window)."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.summary_prepared = False

    # -- reading the library -------------------------------------------------------------
    def refresh_library(self) -> None:
        window = self.window

        def work() -> tuple[list[IndexEntry], list[SessionSummary], int]:
            entries = window.library.scan()
            found, problems = window.store.summaries()  # damaged autosaves are moved aside
            moved = sum(1 for p in problems if p.moved_to is not None)
            return entries, [s for s in found if not s.finished], moved

        window._run(work, self._library_loaded, window._show_error)

    def _library_loaded(self, result: tuple[list[IndexEntry], list[SessionSummary], int]) -> None:
        window = self.window
        entries, sessions, moved = result
        window.library_page.set_entries(entries)
        titles = {e.id: e.display_title for e in entries if e.id}
        window.library_page.set_sessions(sessions, titles)
        if moved:
            window.statusBar().showMessage(
                translate(
                    "MainWindow", "{n} damaged session file(s) were set aside as .corrupt"
                ).format(n=moved)
            )
        elif window.statusBar().currentMessage() == translate("MainWindow", "Loading the library…"):
            window.statusBar().showMessage(translate("MainWindow", "Ready"), 3000)
        if window.use_threads and not self.summary_prepared:
            self.summary_prepared = True
            run_in_thread(prepare_summary, lambda _: None)

    def add_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        window = self.window
        folder = QFileDialog.getExistingDirectory(
            window, translate("MainWindow", "Choose a folder of decision aids")
        )
        if folder:
            self.add_folder_path(Path(folder))

    def add_folder_path(self, folder: Path) -> None:
        window = self.window
        saved = [str(p) for p in (window.settings.value("library/folders", []) or [])]
        if str(folder) not in saved:
            saved.append(str(folder))
            window.settings.setValue("library/folders", saved)
            from sdm_aid.ui.support.private_settings import protect

            protect(window.settings)
        if all(f != folder for f, _ in window.library.folders):
            window.library.folders = [*window.library.folders, (folder, "folder")]
        self.refresh_library()

    # -- loading an aid ------------------------------------------------------------------
    def with_aid(
        self,
        entry: IndexEntry,
        cannot: str,
        use: Callable[[Aid], None],
        with_problems: bool = True,
    ) -> None:
        """Load ``entry``'s aid (in a worker when threads are on), then ``use`` it. An aid
        that cannot be used says ``cannot`` (followed by the parser's problems)."""
        window = self.window

        def loaded(result: ParseResult) -> None:
            aid = result.usable_aid
            if aid is None:
                window._show_error(cannot + (result.problems() if with_problems else ""))
                return
            use(aid)

        window._run(lambda: window.library.load(entry), loaded, window._show_error)

    def open_aid_of(
        self,
        named_in: NamesAid,
        missing: str,
        cannot: str,
        use: Callable[[Aid], None],
        with_problems: bool = True,
    ) -> None:
        """The aid a file names (a session, a review), from the library. ``missing`` (with
        the aid's ``{id}``) is said when the library has no such aid; else as :meth:`with_aid`."""
        entry = self.window.library.find(named_in.aid_id, named_in.aid_language)
        if entry is None:
            self.window._show_error(missing.format(id=named_in.aid_id))
            return
        self.with_aid(entry, cannot, use, with_problems)

    # -- the author's windows ------------------------------------------------------------
    def preview_file(self) -> None:
        from sdm_aid.ui.support.file_dialogs import ask_open_file

        window = self.window
        title = translate("MainWindow", "Preview a decision-aid file")
        path = ask_open_file(window, title, translate("MainWindow", "Decision aids (*.md)"))
        if path is not None:
            self.preview_path(path)

    def preview_path(self, path: Path) -> QMainWindow:
        """Open a live preview of one aid file in a window of its own (several may be open)."""
        from PySide6.QtCore import Qt

        from sdm_aid.ui.preview_window import PreviewWindow  # not at start-up

        previews = self.window._previews
        preview = PreviewWindow(path, self.window.theme_name)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        previews.append(preview)
        preview.closed.connect(lambda p=preview: p in previews and previews.remove(p))
        preview.show()
        return preview

    def collate_reviews(self) -> None:
        """Ask for an aid and its review files; collate them in a window of their own."""
        from sdm_aid.ui.collate_window import CollateWindow  # not at start-up

        CollateWindow.ask_and_open(self.window)

    def review_selected(self) -> None:
        """Open the aid selected in the library for patient-panel review, in a window of
        its own (docs/review.md)."""
        window = self.window
        entry = window.library_page.current_entry()
        if entry is None or entry.broken:
            return

        def opened(aid: Aid) -> None:
            from sdm_aid.ui.review_window import ReviewWindow  # not at start-up

            ReviewWindow.open_aid(aid, window.theme_name)

        self.with_aid(entry, translate("MainWindow", "This aid cannot be reviewed:\n"), opened)
