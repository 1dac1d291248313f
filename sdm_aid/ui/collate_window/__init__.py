"""Collating the reviews of an aid and recording the authors' responses, in components:
the window (:mod:`.window`) is made of the sections panel, the detail panel (ratings,
changes, reading level, the comments table), the responses editor and report saving; the
collating itself runs in a worker thread (:mod:`.work`)."""

from sdm_aid.ui.collate_window.common import SAVE_DELAY_MS
from sdm_aid.ui.collate_window.window import CollateWindow, _open_windows, ask_review_paths

__all__ = ["SAVE_DELAY_MS", "CollateWindow", "_open_windows", "ask_review_paths"]
