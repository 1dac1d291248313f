"""The patient copy's options at save and print time: large print, and the clinician's notes
(left out unless ticked, never remembered). Driven through the app's own dialogs."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from test_export_ui import decide, next_tab_stop, pdf_text, qt_dialogs  # noqa: F401

from sdm_aid.ui.copy_options import CopyOptionsDialog
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import DecisionStep, SummaryStep

pytestmark = pytest.mark.usefixtures("qt_dialogs")  # Qt's own dialogs, driven by the tests
NOTES = "BMI 31, to discuss weight"


def write_notes(window: MainWindow, text: str = NOTES) -> None:
    """Type the clinician's notes on the decision step, as the clinician would."""
    page = window.decision
    assert page is not None
    decision = page.pages["decision"]
    assert isinstance(decision, DecisionStep)
    decision.notes.setPlainText(text)
    assert window.session is not None and window.session.decision.clinician_notes == text


def save_pdf(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, folder: Path, name: str, answer: Callable[[CopyOptionsDialog], None]
) -> Path:
    """Save as PDF…: the file dialog (the patient PDF, named ``name``), then the options
    step, answered by ``answer``."""
    window.settings.setValue("export/folder", str(folder))

    def options() -> None:
        dialog = window.exports.options_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, options)
            return
        answer(dialog)

    def file_dialog() -> None:
        dialog = window.exports.dialog
        assert dialog is not None
        assert dialog.selectedNameFilter() == "PDF – patient copy (*.pdf)"
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_edit is not None
        name_edit.setText(name)
        QTimer.singleShot(20, options)
        dialog.accept()

    QTimer.singleShot(0, file_dialog)
    summary = summary_step(window)
    qtbot.mouseClick(summary.pdf_button, Qt.MouseButton.LeftButton)
    return folder / name


def summary_step(window: MainWindow) -> SummaryStep:
    page = window.decision
    assert page is not None
    step = page.pages["summary"]
    assert isinstance(step, SummaryStep)
    return step


def pages(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_saving_the_patient_copy_leaves_the_notes_out_unless_ticked(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    decide(qtbot, window)
    write_notes(window)
    seen: dict[str, object] = {}

    def accept_as_offered(dialog: CopyOptionsDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["large"] = dialog.large_print.isChecked()
        seen["notes shown"] = dialog.notes.isVisible()
        seen["notes"] = dialog.notes.isChecked()
        seen["names"] = (dialog.large_print.accessibleName(), dialog.notes.accessibleName())
        seen["ok"] = dialog.ok.text()
        dialog.accept()

    standard = save_pdf(qtbot, window, tmp_path, "standard.pdf", accept_as_offered)
    assert seen == {
        "title": "Save the patient copy",
        "large": False,
        "notes shown": True,
        "notes": False,
        "names": ("Large print, 16 point text", "Include the clinician's notes"),
        "ok": "&Save",
    }
    assert standard.exists()
    text = pdf_text(standard)
    assert "Your decision summary" in text and "BMI 31" not in text
    assert "Clinician’s notes" not in text

    def tick_both(dialog: CopyOptionsDialog) -> None:
        assert not dialog.notes.isChecked() and not dialog.large_print.isChecked()  # not kept
        dialog.notes.click()
        dialog.large_print.click()
        dialog.accept()

    asked = save_pdf(qtbot, window, tmp_path, "with-notes.pdf", tick_both)
    text = pdf_text(asked)
    assert NOTES in text and "Clinician’s notes" in text
    assert pages(standard) <= 3 < pages(asked)  # large print runs to more pages

    def seen_again(dialog: CopyOptionsDialog) -> None:
        seen["again"] = (dialog.large_print.isChecked(), dialog.notes.isChecked())
        dialog.accept()

    save_pdf(qtbot, window, tmp_path, "third.pdf", seen_again)
    assert seen["again"] == (False, False)  # neither choice was remembered
    settings = QSettings()
    remembered = " ".join(f"{k}={settings.value(k)}" for k in settings.allKeys()).lower()
    assert "notes" not in remembered and "large" not in remembered
    assert "BMI" not in remembered


def test_cancelling_the_options_step_saves_nothing(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    decide(qtbot, window)
    out = save_pdf(qtbot, window, tmp_path, "cancelled.pdf", lambda d: d.reject())
    assert not out.exists()


def test_without_notes_only_large_print_is_offered_and_keyboard_works(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    decide(qtbot, window)
    seen: dict[str, object] = {}

    def by_keyboard(dialog: CopyOptionsDialog) -> None:
        seen["notes shown"] = dialog.notes.isVisible()
        seen["focus"] = dialog.focusWidget() is dialog.large_print
        assert dialog.large_print.width() >= 24 and dialog.large_print.height() >= 24
        qtbot.keyClick(dialog.large_print, Qt.Key.Key_Space)  # tick it
        stop: QWidget = next_tab_stop(dialog.large_print)
        seen["next"] = stop.accessibleName() or getattr(stop, "text", lambda: "")()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Save is the default button

    out = save_pdf(qtbot, window, tmp_path, "large.pdf", by_keyboard)
    assert seen["notes shown"] is False and seen["focus"] is True
    assert seen["next"] in ("&Save", "&Cancel")  # the hidden notes box is no tab stop
    assert out.exists() and pages(out) > 3


def test_print_asks_the_patient_copys_options_after_the_printer(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    summary = decide(qtbot, window)
    write_notes(window)
    window.exports.threaded = False
    out = tmp_path / "printed.pdf"
    seen: list[str] = []

    def options() -> None:
        dialog = window.exports.options_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, options)
            return
        seen.append(dialog.windowTitle())
        seen.append(dialog.ok.text())
        dialog.notes.click()
        dialog.large_print.click()
        dialog.accept()

    def printer_chosen() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QPrintDialog) and w.isVisible()
        )
        which = next(
            c for c in dialog.findChildren(QComboBox) if c.accessibleName() == "Which copy to print"
        )
        assert which.currentData() == "patient"
        QTimer.singleShot(20, options)
        dialog.done(QPrintDialog.DialogCode.Accepted)  # as if a printer had been chosen

    # Printing goes to a PDF file instead of a printer.
    real_print_to = window.exports.print_to

    def to_file(printer, variant="patient", options=None):  # type: ignore[no-untyped-def]
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        real_print_to(printer, variant, options)

    window.exports.print_to = to_file  # type: ignore[method-assign]
    QTimer.singleShot(0, printer_chosen)
    qtbot.mouseClick(summary.print_button, Qt.MouseButton.LeftButton)
    assert seen == ["Print the patient copy", "&Print"]
    assert out.exists() and NOTES in pdf_text(out)
    assert pages(out) > 3  # large print on paper too
