"""The summary from the app: File › Export summary…, Print summary… and Copy for health record.

:class:`ExportActions` holds what the menu actions and the Summary step's buttons do:

* **Export summary…** asks where to save (the file type chosen in the dialog decides the
  format and the copy: patient or record), then writes the file with
  :func:`sdm_aid.core.export.export_file` in a worker thread. The dialog has already asked
  before replacing a file, so only then is an existing file replaced; :meth:`export_to`
  on its own never replaces one unless told to.
* For the patient copy as a PDF or web page, and for printing it, a small step then asks
  for large print and whether to include the clinician's notes
  (:mod:`sdm_aid.ui.copy_options`; both off, and never remembered).
* **Print summary…** asks for a printer (``QPrintDialog``, loaded only when asked for) and
  paints the PDF's pages on it with :func:`sdm_aid.drawing.pdf.print_summary`, also in a worker
  thread (Qt allows painting on a printer outside the GUI thread).
* **Copy for health record** puts the record copy
  (:func:`sdm_aid.core.export.record_text`) on the clipboard.

The worker gets a copy of the session, so the person can go on changing it meanwhile.
Measured on the knee aid with a full session: the patient PDF takes about 120 ms to make
(about 220 ms with writing the file), which would freeze the window if done on the UI
thread; in the worker the UI thread waits at most about 45 ms at a time (while Qt draws
the pages without letting go of Python's lock). Eight PDFs made at once in the thread pool
came out the same as one made on the UI thread. The other formats take 1 to 11 ms.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from sdm_aid.ui.copy_options import STANDARD, CopyOptions, CopyOptionsDialog
from sdm_aid.ui.export_choices import (
    CHOICES,
    PDF_PATIENT,
    Choice,
    bare,
    choice_for,
    session_date,
    suggested_name,
    with_ending,
)
from sdm_aid.ui.support.workers import run_in_thread

__all__ = [  # the file types and names live in export_choices; tests import them here
    "CHOICES",
    "PDF_PATIENT",
    "Choice",
    "ExportActions",
    "bare",
    "choice_for",
    "session_date",
    "suggested_name",
    "with_ending",
]

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from sdm_aid.core.model import Aid
    from sdm_aid.core.session import Session
    from sdm_aid.ui.main_window import MainWindow


class ExportActions(QObject):
    """Export, print and copy the open session's summary; owned by the main window."""

    exported = Signal(object)  # the Path written
    export_failed = Signal(object, str)  # the Path, and the message shown
    printed = Signal()
    print_failed = Signal(str)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.threaded = window.use_threads  # tests and screenshots run synchronously
        self.error_box: QMessageBox | None = None  # the last message about a failure
        self.dialog: QFileDialog | None = None  # the export dialog while it is open
        self.options_dialog: CopyOptionsDialog | None = None  # the copy's options, while open

    # -- what the actions and buttons call ----------------------------------------------
    def export_summary(self) -> None:
        """File › Export summary…: the last file type used is chosen to begin with."""
        self.ask_and_export(choice_for(str(self.window.settings.value("export/type", ""))))

    def save_pdf(self) -> None:
        """The Summary step's "Save as PDF…": the export dialog with the patient PDF chosen."""
        self.ask_and_export(PDF_PATIENT)

    def ask_and_export(self, preset: Choice) -> None:
        if self._open() is None:
            return
        asked = self.ask_path(preset)
        if asked is None:
            return
        path, choice = asked
        options = self.ask_options(printing=False) if choice.has_copy_options else STANDARD
        if options is None:
            return
        # The dialog has asked before replacing an existing file.
        self.export_to(path, choice.fmt, choice.variant, overwrite=True, options=options)

    def ask_options(self, printing: bool) -> CopyOptions | None:
        """The patient copy's options (large print, the clinician's notes), or None when
        the person cancels. Nothing is remembered: each copy starts without either."""
        session = self.window.session
        has_notes = bool(session and session.decision.clinician_notes.strip())
        dialog = CopyOptionsDialog(self.window, has_notes=has_notes, printing=printing)
        self.options_dialog = dialog  # tests reach it here
        try:
            if dialog.exec() != CopyOptionsDialog.DialogCode.Accepted:
                return None
            return dialog.options()
        finally:
            self.options_dialog = None
            dialog.deleteLater()

    def ask_path(self, preset: Choice) -> tuple[Path, Choice] | None:
        """Ask where to save the summary and as what; remember the folder and file type."""
        opened = self._open()
        if opened is None:
            return None
        session, aid = opened
        labels = self.filter_labels()
        folder = self.last_folder()
        day = session_date(session)
        dialog = QFileDialog(self.window, self.tr("Export the summary"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilters(labels)
        dialog.selectNameFilter(labels[CHOICES.index(preset)])
        dialog.setDefaultSuffix(preset.suffix)
        dialog.setDirectory(str(folder))
        suggested = [suggested_name(aid.id, preset, day)]
        dialog.selectFile(suggested[0])

        def type_chosen(label: str) -> None:
            """Another file type: a new default ending, and the name to match it."""
            if label not in labels:
                return
            choice = CHOICES[labels.index(label)]
            dialog.setDefaultSuffix(choice.suffix)
            files = dialog.selectedFiles()
            name = Path(files[0]).name if files else ""
            if not name or bare(name) == bare(suggested[0]):  # ours: suggest again
                new = suggested[0] = suggested_name(aid.id, choice, day)
            else:  # the person's own name, with the new ending
                new = with_ending(name, choice.suffix)
            if new != name:
                dialog.selectFile(new)

        dialog.filterSelected.connect(type_chosen)
        self.dialog = dialog  # tests reach it here
        try:
            if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            path = Path(dialog.selectedFiles()[0])
            label = dialog.selectedNameFilter()
        finally:
            self.dialog = None
            dialog.deleteLater()
        choice = CHOICES[labels.index(label)] if label in labels else preset
        self.window.settings.setValue("export/folder", str(path.parent))
        self.window.settings.setValue("export/type", choice.key)
        return path, choice

    def export_to(
        self,
        path: Path,
        fmt: str,
        variant: str | None = None,
        *,
        overwrite: bool = False,
        options: CopyOptions = STANDARD,
    ) -> None:
        """Write the summary to ``path`` in a worker thread; ``exported`` says when it is done.

        An existing file is replaced only with ``overwrite`` (after the dialog has asked).
        ``options`` are the patient copy's (by default standard print, without the notes).
        """
        opened = self._open()
        if opened is None:
            return
        session, aid = opened
        path = Path(path)

        def work() -> Path:
            from sdm_aid.core.export import export_file  # jinja2
            from sdm_aid.drawing.pdf import summary_pdf_bytes

            return export_file(
                session,
                aid,
                path,
                fmt,
                variant,
                overwrite=overwrite,
                pdf=summary_pdf_bytes,
                large_print=options.large_print,
                with_clinician_notes=options.with_clinician_notes,
            )

        self.window.statusBar().showMessage(
            self.tr("Saving the summary as {name}…").format(name=path.name)
        )
        run_in_thread(
            work,
            self._exported,
            lambda exc: self._export_failed(path, exc),
            owner=self,  # the window may close meanwhile
            threaded=self.threaded,
        )

    def print_summary(self) -> None:
        """File › Print summary…: choose a printer; the patient copy unless asked otherwise."""
        if self._open() is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # not at start-up
        from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print the summary"))
        options = QWidget()
        options.setWindowTitle(self.tr("Summary"))
        which = QComboBox()
        which.addItem(self.tr("Patient copy (to take home)"), "patient")
        which.addItem(self.tr("Record copy (for the health record)"), "record")
        which.setAccessibleName(self.tr("Which copy to print"))
        form = QFormLayout(options)
        form.addRow(self.tr("&Copy:"), which)
        dialog.setOptionTabs([options])  # Qt's own dialog shows it; native ones may not
        try:
            if dialog.exec() != QPrintDialog.DialogCode.Accepted:
                return
            variant = str(which.currentData() or "patient")
        finally:
            dialog.deleteLater()
        options = self.ask_options(printing=True) if variant == "patient" else STANDARD
        if options is None:
            return
        self.print_to(printer, variant, options)

    def print_to(
        self,
        printer: QPagedPaintDevice,
        variant: str = "patient",
        options: CopyOptions = STANDARD,
    ) -> None:
        """Print the summary on ``printer`` (set up by the print dialog) in a worker thread;
        ``printed`` says when the pages have gone to it. ``options``: the patient copy's."""
        opened = self._open()
        if opened is None:
            return
        session, aid = opened

        def work() -> QPagedPaintDevice:
            from sdm_aid.core.export import for_copy
            from sdm_aid.core.summary import build_summary
            from sdm_aid.drawing.pdf import print_summary

            # The patient copy leaves the clinician's notes out unless asked (issue 14).
            summary = for_copy(build_summary(session, aid), variant, options.with_clinician_notes)
            print_summary(summary, printer, variant, large_print=options.large_print)
            return printer  # kept alive until the pages are painted

        self.window.statusBar().showMessage(self.tr("Printing the summary…"))
        run_in_thread(work, self._printed, self._print_failed, owner=self, threaded=self.threaded)

    def copy_record(self) -> None:
        """Put the record copy on the clipboard, to paste into the health record."""
        opened = self._open()
        if opened is None:
            return
        from sdm_aid.core.export import record_text

        QGuiApplication.clipboard().setText(record_text(*opened))
        self.window.statusBar().showMessage(
            self.tr("Record copy on the clipboard: paste it into the health record"), 10000
        )

    # -- helpers -------------------------------------------------------------------------
    def filter_labels(self) -> list[str]:
        """The dialog's file types, in the order of :data:`CHOICES`."""
        labels = {
            "pdf-patient": self.tr("PDF – patient copy (*.pdf)"),
            "pdf-record": self.tr("PDF – record copy (*.pdf)"),
            "html-patient": self.tr("Web page – patient copy (*.html *.htm)"),
            "html-record": self.tr("Web page – record copy (*.html *.htm)"),
            "txt-record": self.tr("Record copy as text (*.txt)"),
            "md-record": self.tr("Record copy as Markdown (*.md)"),
            "json-patient": self.tr("JSON: summary and session (*.json)"),
            "fhir-patient": self.tr("FHIR R4 bundle (*.fhir.json)"),
        }
        return [labels[c.key] for c in CHOICES]

    def last_folder(self) -> Path:
        saved = str(self.window.settings.value("export/folder", "") or "")
        folder = Path(saved) if saved else Path.home()
        return folder if folder.is_dir() else Path.home()

    def _open(self) -> tuple[Session, Aid] | None:
        """A copy of the open session (the worker reads it while the person works on),
        and its aid; None when no session is open."""
        window = self.window
        if window.session is None or window.aid is None:
            return None
        return copy.deepcopy(window.session), window.aid

    def _exported(self, path: Path) -> None:
        self.window.statusBar().showMessage(
            self.tr("Summary saved as {path}").format(path=path), 10000
        )
        self.exported.emit(path)

    def _export_failed(self, path: Path, exc: Exception) -> None:
        message = self.failure_message(path, exc)
        self.window.statusBar().showMessage(
            self.tr("Could not save the summary as {name}").format(name=path.name), 10000
        )
        self._tell(self.tr("Could not save the summary"), message)
        self.export_failed.emit(path, message)

    def failure_message(self, path: Path, exc: Exception) -> str:
        """What went wrong writing ``path``, and what to do about it."""
        from sdm_aid.core.export import ExportError

        if isinstance(exc, FileExistsError) and path.exists():
            return self.tr(
                "There is already a file called “{name}” in {folder}, so the summary was "
                "not saved and that file was left as it was. Choose Export summary… again "
                "and give another name, or confirm there that you want to replace it."
            ).format(name=path.name, folder=path.parent)
        if isinstance(exc, PermissionError):
            return self.tr(
                "SDM Aid may not write “{name}” in {folder}. Choose Export summary… again "
                "and save it in another folder, such as your Documents folder."
            ).format(name=path.name, folder=path.parent)
        if isinstance(exc, ExportError):
            return self.tr(
                "The summary could not be made as “{name}”: {error}. Choose Export "
                "summary… again and pick another file type."
            ).format(name=path.name, error=exc)
        if isinstance(exc, OSError):
            return self.tr(
                "The summary could not be saved as {path}: {error}. Check that the folder "
                "is still there and the disk is not full, then choose Export summary… again."
            ).format(path=path, error=exc.strerror or exc)
        return self.tr(
            "Something went wrong while saving the summary as {path}: {error}. Try again; "
            "if it happens again, use Copy for health record or Print summary… instead."
        ).format(path=path, error=exc)

    def _printed(self, _printer: object) -> None:
        self.window.statusBar().showMessage(self.tr("The summary has gone to the printer"), 10000)
        self.printed.emit()

    def _print_failed(self, exc: Exception) -> None:
        message = self.tr(
            "The summary could not be printed: {error}. Check that the printer is on and "
            "connected, then choose Print summary… again, or save it as a PDF and print that."
        ).format(error=exc)
        self.window.statusBar().showMessage(self.tr("Could not print the summary"), 10000)
        self._tell(self.tr("Could not print the summary"), message)
        self.print_failed.emit(message)

    def _tell(self, title: str, message: str) -> None:
        if self.error_box is not None:
            self.error_box.deleteLater()
        self.error_box = box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names and errors as written
        box.setAccessibleName(title)
        box.open()  # window-modal; the person reads it and presses OK
