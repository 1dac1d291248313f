"""Saving the review: a background saver, and a copy to send to the authors."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QObject,
)
from PySide6.QtWidgets import (
    QFileDialog,
)

from sdm_aid.core.review import (
    SUFFIX,
    Review,
    review_filename,
    save_review,
)
from sdm_aid.ui.support.autosave import BackgroundSaver

if TYPE_CHECKING:
    pass


class ReviewSaver(BackgroundSaver):
    """Saves the review being written to its file (atomically, 0600, via save_review)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.review: Review | None = None

    def track(self, review: Review, path: Path) -> None:
        self.flush()
        self.review, self.path = review, path

    def _snapshot(self) -> Review | None:
        return copy.deepcopy(self.review) if self.review is not None else None

    def _store(self, snapshot: Review, path: Path) -> None:
        save_review(snapshot, path)


# -- models ------------------------------------------------------------------------------------


class ReviewSaving:
    """Part of :class:`ReviewWindow` (a mixin: it uses the window's attributes)."""

    def _changed(self) -> None:
        self.saver.changed()
        self.section_model.refresh()
        self._show_progress()

    def _saved(self, _path: str) -> None:
        if shiboken6.isValid(self) and not self._closing:
            self.saved.emit(_path)
            self.statusBar().showMessage(self.tr("Saved"), 3000)

    def _save_failed(self, message: str) -> None:
        if shiboken6.isValid(self):
            self.statusBar().showMessage(self.tr("Could not save: {m}").format(m=message))

    def save_now(self) -> None:
        if self.review is None:
            return
        self.saver.changed()
        self.saver.flush()

    def save_copy(self) -> None:
        if self.review is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save a copy of your review to send"),
            str(Path.home() / review_filename(self.review)),
            self.tr("SDM Aid reviews (*{suffix})").format(suffix=SUFFIX),
        )
        if path:
            self.save_copy_to(Path(path if path.endswith(SUFFIX) else path + SUFFIX))

    def save_copy_to(self, path: Path) -> bool:
        """Write the review to ``path`` (for sending) and say what to do with it."""
        assert self.review is not None
        self.saver.flush()
        try:
            save_review(self.review, path)
        except OSError as exc:
            self._tell(
                self.tr("Could not save"),
                self.tr("Could not save {p}: {e}").format(p=path, e=exc.strerror or exc),
                warning=True,
            )
            return False
        self.statusBar().showMessage(self.tr("Saved a copy as {p}").format(p=path), 8000)
        self._tell(
            self.tr("Your review is ready to send"),
            self.tr(
                "Your review is saved as:\n{p}\n\nPlease send this file to the authors of the "
                "aid, for example by email. Your review is also kept in SDM Aid, so you can "
                "carry on with it and send it again."
            ).format(p=path),
        )
        return True
