"""The work done in a worker thread: collating the review files, writing responses."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sdm_aid.ui.collate_window.common import _tr

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
            note = str(exc) + " " + _tr("New responses are saved in a new file.")
        else:
            note = (
                str(exc)
                + " "
                + _tr(
                    "Responses cannot be saved until it is moved or fixed; the reports can still "
                    "be saved."
                )
            )
            read_only = True
    return CollateOutcome(aid, collation, responses, note, read_only)


class ResponsesWriter:
    """Writes snapshots of the responses in order: an older snapshot that arrives after a
    newer one has been written is dropped. Safe to call from any thread."""

    def __init__(self, path: Path):
        self.path = path
        self.written = 0  # the number of the newest snapshot on disk
        self._lock = threading.Lock()

    def write(self, responses: Responses, number: int) -> bool:
        from sdm_aid.core.responses import save_responses

        with self._lock:
            if number <= self.written:
                return False
            save_responses(responses, self.path)
            self.written = number
            return True


def _snapshot(responses: Responses) -> Responses:
    from sdm_aid.core.responses import Responses

    return Responses(responses.aid_id, dict(responses.items), responses.updated)


# -- models -------------------------------------------------------------------------------------
