"""The authors' preview: an aid file shown as patients see it, checked again on every
save, with its findings beside it. The window (:mod:`.window`), the check run in a worker
(:mod:`.checking`) and the findings list (:mod:`.findings`)."""

from sdm_aid.ui.preview_window.checking import CheckOutcome, check_aid_file
from sdm_aid.ui.preview_window.findings import FindingDelegate, FindingsModel
from sdm_aid.ui.preview_window.window import PreviewWindow

__all__ = ["CheckOutcome", "FindingDelegate", "FindingsModel", "PreviewWindow", "check_aid_file"]
