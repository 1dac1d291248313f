"""The work done in a worker thread: collating the review files, writing responses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from sdm_aid.ui.collate_window.common import SAVE_DELAY_MS
from sdm_aid.ui.support.autosave import BackgroundSaver

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

if TYPE_CHECKING:
    from sdm_aid.core.collate import (
        Collation,
    )
    from sdm_aid.core.model import Aid
    from sdm_aid.core.responses import Responses


@dataclass(frozen=True)
class CollateOutcome:
    """What one collation found: the aid, the collation and the authors' responses so far."""

    aid: Aid
    collation: Collation
    responses: Responses
    responses_note: str = ""  # a responses file that could not be used, and what was done
    read_only: bool = False  # the responses file is there but must not be overwritten


def collate_files(aid_path: Path, review_paths: Sequence[Path]) -> CollateOutcome:
    """Load the aid, collate the reviews and read the responses file. Qt-free; raises
    :class:`~sdm_aid.core.findings.AidError` if the aid cannot be used."""
    from sdm_aid.core.collate import collate
    from sdm_aid.core.parser import load_aid_or_raise
    from sdm_aid.core.responses import (
        Responses,
        ResponsesError,
        load_responses,
        responses_path,
    )

    aid = load_aid_or_raise(aid_path)
    collation = collate(aid, list(review_paths))
    note, read_only = "", False
    try:
        responses = load_responses(responses_path(aid_path), aid.id, move_damaged=True)
    except ResponsesError as exc:
        responses = Responses(aid.id)
        if exc.moved_to is not None:
            note = (
                str(exc)
                + " "
                + translate("CollateWindow", "New responses are saved in a new file.")
            )
        else:
            note = (
                str(exc)
                + " "
                + translate(
                    "CollateWindow",
                    "Responses cannot be saved until it is moved or fixed; the reports can still "
                    "be saved.",
                )
            )
            read_only = True
    return CollateOutcome(aid, collation, responses, note, read_only)


def _snapshot(responses: Responses) -> Responses:
    from sdm_aid.core.responses import Responses

    return Responses(responses.aid_id, dict(responses.items), responses.updated)


# -- models -------------------------------------------------------------------------------------


class ResponsesSaver(BackgroundSaver):
    """Saves the authors' responses beside the aid shortly after each change, off the UI
    thread (the one saver of :mod:`sdm_aid.ui.support.autosave`)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer.setInterval(SAVE_DELAY_MS)
        self.responses: Responses | None = None
        self.reason = ""  # why the last write failed

    def track(self, responses: Responses, path: Path) -> None:
        self.flush()
        self.responses, self.path = responses, path

    def _snapshot(self) -> Responses | None:
        return _snapshot(self.responses) if self.responses is not None else None

    def _store(self, snapshot: Responses, path: Path) -> None:
        from sdm_aid.core.responses import save_responses

        save_responses(snapshot, path)

    def _failed(self, exc: Exception) -> None:
        self.reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        super()._failed(exc)
