"""Saving the authors' report and "You said, we did"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    Qt,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from sdm_aid.ui.collate_window.work import _snapshot
from sdm_aid.ui.support.workers import run_in_thread

if TYPE_CHECKING:
    pass


class ReportSaving:
    """Part of :class:`CollateWindow` (a mixin: it uses the window's attributes)."""

    def save_report(self, you_said_we_did: bool = False) -> None:
        """Ask where to save a report (HTML, Markdown or PDF, by the name), then save it."""
        if self.outcome is None:
            return
        stem = self.aid_path.stem
        name = f"{stem}-you-said-we-did.html" if you_said_we_did else f"{stem}-review-report.html"
        title = (
            self.tr("Save 'You said, we did'")
            if you_said_we_did
            else self.tr("Save the authors' report")
        )
        filters = {
            "html": self.tr("Web page (*.html)"),
            "md": self.tr("Markdown (*.md)"),
            "pdf": self.tr("PDF (*.pdf)"),
        }
        chosen, selected = QFileDialog.getSaveFileName(
            self, title, str(self.aid_path.parent / name), ";;".join(filters.values())
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".html", ".htm", ".md", ".pdf"):
            fmt = next((f for f, text in filters.items() if text == selected), "html")
            path = path.with_name(path.name + "." + fmt)
        self.save_report_to(path, you_said_we_did)

    def save_report_to(self, path: Path, you_said_we_did: bool = False) -> None:
        """Write a report to ``path`` in a worker thread (the format from its suffix);
        ``report_saved`` fires when it is written. An existing file is replaced."""
        if self.outcome is None:
            return
        collation, responses = self.outcome.collation, _snapshot(self.outcome.responses)
        kind = self.tr("'You said, we did'") if you_said_we_did else self.tr("The report")
        self.statusBar().showMessage(self.tr("Saving {name}…").format(name=path.name))

        def done(written: Path) -> None:
            if not shiboken6.isValid(self):
                return
            self.statusBar().showMessage(
                self.tr("{kind} is saved as {path}").format(kind=kind, path=written), 8000
            )
            self.report_saved.emit(str(written))

        def failed(exc: Exception) -> None:
            if not shiboken6.isValid(self):
                return
            if isinstance(exc, ValueError):  # not .html, .md or .pdf
                advice = self.tr("Save it again with a name ending in .html, .md or .pdf.")
                reason = str(exc)
            elif isinstance(exc, ImportError):
                advice = self.tr("Save it as .html instead, and print that to PDF.")
                reason = self.tr("PDF is not available ({error})").format(error=exc)
            else:
                advice = self.tr(
                    "Choose another folder or name, or check that you can write to {folder} "
                    "and that the file is not open in another program."
                ).format(folder=path.parent)
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            message = self.tr("Could not save {name}: {reason}. {advice}").format(
                name=path.name, reason=reason, advice=advice
            )
            self.statusBar().showMessage(message, 10000)
            self._show_error(message)

        from sdm_aid.core.review_report import write_report
        from sdm_aid.drawing.pdf import html_to_pdf

        run_in_thread(
            lambda: write_report(collation, responses, path, you_said_we_did, pdf=html_to_pdf),
            done,
            failed,
        )

    def _show_error(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Collate patient reviews"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self.message_box = box

    # -- more reviews ------------------------------------------------------------------------
