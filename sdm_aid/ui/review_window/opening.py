"""Opening an aid for review, and asking who is reviewing (new or resumed review)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QTimer,
)
from PySide6.QtGui import QShowEvent

from sdm_aid.core.review import (
    ROLES,
    Review,
    Reviewer,
    ReviewError,
    ReviewStore,
    changed_since,
    content_hash,
    load_review,
    new_review,
    same_reviewer,
)
from sdm_aid.ui.support.private_settings import load_reviewer, save_reviewer

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

if TYPE_CHECKING:
    from sdm_aid.core.model import Aid
    from sdm_aid.ui.review_window.window import ReviewWindow


class OpenError(ValueError):
    """The aid cannot be reviewed (it cannot be read or has errors)."""


_open_windows: list[ReviewWindow] = []  # open review windows, kept from the GC


def _forget(window: ReviewWindow) -> None:
    if window in _open_windows:
        _open_windows.remove(window)


class ReviewOpening:
    """Part of :class:`ReviewWindow` (a mixin: it uses the window's attributes)."""

    @classmethod
    def open_path(
        cls,
        aid_path: Path,
        theme_name: str = "system",
        store: ReviewStore | None = None,
        show: bool = True,
    ) -> ReviewWindow:
        """Open the aid file at ``aid_path`` for review in a window of its own.

        Raises :class:`OpenError` when the file cannot be read or the aid has errors.
        """
        from sdm_aid.core.parser import load_aid

        result = load_aid(Path(aid_path))
        aid = result.usable_aid
        if aid is None:
            raise OpenError(
                translate("ReviewWindow", "{name} cannot be reviewed:\n{problems}").format(
                    name=Path(aid_path).name, problems=result.problems()
                )
            )
        return cls.open_aid(aid, theme_name, store, show)

    @classmethod
    def open_aid(
        cls,
        aid: Aid,
        theme_name: str = "system",
        store: ReviewStore | None = None,
        show: bool = True,
    ) -> ReviewWindow:
        window = cls(aid, theme_name, store)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _open_windows.append(window)
        window.closed.connect(lambda w=window: _forget(w))
        if show:
            window.show()
        return window

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._asked:
            self._asked = True
            QTimer.singleShot(0, self._ask_who)

    def _ask_who(self) -> None:
        """The reviewer is asked who they are once: the answer is remembered."""
        if self.review is not None or self._closing:
            return
        name, role = load_reviewer(self.settings)  # a private file, not the settings
        if name.strip() and role in ROLES:
            self.start(name, role)
            return
        self.who.fill(name, role if role in ROLES else "patient")
        self.who.open()

    def _who_answered(self) -> None:
        name, role = self.who.reviewer
        if self.review is None:
            self.start(name, role)
        else:  # a new name or role for this review
            save_reviewer(name, role)
            self.review.reviewer = Reviewer(name, role)
            self.review.touch()
            self._changed()
            self._show_reviewer()

    def _who_cancelled(self) -> None:
        if self.review is None:
            self.close()  # nobody to review as

    def change_reviewer(self) -> None:
        if self.review is not None:
            self.who.fill(self.review.reviewer.name, self.review.reviewer.role)
        self.who.open()

    def start(self, name: str, role: str) -> None:
        """Carry on with this reviewer's review of this version of the aid, or start one."""
        save_reviewer(name, role)
        review, messages = self._find_review(name, role)
        resumed = review is not None
        if review is None:
            review = new_review(self.aid, name, role, self.sections)
        self.review = review
        self.path = self.store.path_for(review)
        self.saver.track(review, self.path)
        self.section_model.review = review
        self.section_model.refresh()
        self._set_enabled(True)
        self._show_reviewer()
        self.show_section(self.section_list.currentIndex().row())
        self._fill_overall()
        if resumed:
            self.statusBar().showMessage(
                self.tr("Carrying on with your review from {when} (UTC).").format(
                    when=review.updated.replace("T", " ")[:16]
                ),
                8000,
            )
        if messages:
            self._tell(self.tr("Your reviews"), "\n\n".join(messages))
        self.section_list.setFocus()
        self.started.emit()

    def resume_file(self, review: Review, path: Path) -> None:
        """Carry on with a review file opened from outside (``sdm-aid FILE.review.json``),
        saving back to that file. Call before the window is shown."""
        self._asked = True  # the reviewer is the one in the file
        self.review, self.path = review, path
        self.saver.track(review, path)
        self.section_model.review = review
        self.section_model.refresh()
        self._set_enabled(True)
        self._show_reviewer()
        self.show_section(self.section_list.currentIndex().row())
        self._fill_overall()
        self.statusBar().showMessage(self.tr("Opened {name}").format(name=path.name), 8000)
        self.section_list.setFocus()
        self.started.emit()

    def _find_review(self, name: str, role: str) -> tuple[Review | None, list[str]]:
        """This reviewer's review of this aid version, and messages about files that could
        not be used (damaged ones are moved aside by the core, never deleted)."""
        summaries, problems = self.store.summaries()
        messages = [str(p) for p in problems]
        for summary in summaries:  # newest first
            if (
                summary.aid_id != self.aid.id
                or summary.aid_version != self.aid.meta.version
                or summary.role != role
                or not same_reviewer(summary.reviewer, name)
            ):
                continue
            try:
                review = load_review(summary.path)
            except ReviewError as exc:
                messages.append(str(exc))
                continue
            if review.aid_language != self.aid.meta.language:
                continue
            if review.content_hash != self.sections_hash:
                changed = changed_since(review, self.sections)
                titles = [s.title for s in self.sections if s.id in changed] or list(changed)
                messages.append(
                    self.tr(
                        "This aid has changed since your review of {when} (UTC), although its "
                        "version is the same. Sections that changed: {sections}. A new review "
                        "has been started; the earlier one is kept as {name}."
                    ).format(
                        when=review.updated.replace("T", " ")[:16],
                        sections=", ".join(titles),
                        name=summary.path.name,
                    )
                )
                return None, messages
            return review, messages
        return None, messages

    @property
    def sections_hash(self) -> str:
        return content_hash(self.sections)

    # -- building --------------------------------------------------------------------------
