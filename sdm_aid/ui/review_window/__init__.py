"""Reviewing an aid in the app ("Review this aid…"), in components: the window
(:mod:`.window`) is made of the section list, the section pages, the rating panel, the
comments panel, the reading-level panel, the overall page, opening and saving."""

from sdm_aid.ui.review_window.common import OVERALL
from sdm_aid.ui.review_window.highlight import qt_highlight_html
from sdm_aid.ui.review_window.opening import OpenError, _open_windows
from sdm_aid.ui.review_window.reviewer_dialog import ReviewerDialog
from sdm_aid.ui.review_window.window import ReviewWindow

__all__ = [
    "OVERALL",
    "OpenError",
    "ReviewWindow",
    "ReviewerDialog",
    "_open_windows",
    "qt_highlight_html",
]
