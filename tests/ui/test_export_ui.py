"""The summary from the app: Export summary…, Print summary… and Copy for health record,
driven as a clinician would, from the Summary step's buttons and the menus."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget
from test_consultation import open_aid

from sdm_aid.ui.export_actions import (
    CHOICES,
    PDF_PATIENT,
    choice_for,
    suggested_name,
    with_ending,
)
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import DecisionStep, SummaryStep
from sdm_aid.ui.support.workers import wait_for_workers

TITLE = "Knee osteoarthritis: what are my options?"
CHOSEN = "Knee replacement"  # the fifth option of the knee aid


def decide(qtbot, window: MainWindow) -> SummaryStep:  # type: ignore[no-untyped-def]
    """Open the knee aid, choose an option on the decision step, go to the summary."""
    open_aid(qtbot, window, "knee-osteoarthritis")
    page = window.decision
    assert page is not None
    page.go_to("decision")
    decision = page.pages["decision"]
    assert isinstance(decision, DecisionStep)
    decision.choice.option_boxes["surgery"].click()
    assert window.session is not None and window.session.decision.chosen == ["surgery"]
    qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
    summary = page.pages["summary"]
    assert isinstance(summary, SummaryStep) and summary.isVisible()
    return summary


def pdf_text(path: Path) -> str:
    """The PDF's text, with ligatures undone and whitespace collapsed."""
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    text = " ".join(page.extract_text() or "" for page in pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from ``widget``."""
    found = widget.nextInFocusChain()
    while found is not None and not (
        found.focusPolicy() & Qt.FocusPolicy.TabFocus and found.isVisible()
    ):
        found = found.nextInFocusChain()
    assert found is not None
    return found


@pytest.fixture
def qt_dialogs() -> Iterator[None]:
    """Qt's own file and print dialogs (the platform's cannot be driven from a test)."""
    attribute = Qt.ApplicationAttribute.AA_DontUseNativeDialogs
    before = QApplication.testAttribute(attribute)
    QApplication.setAttribute(attribute, True)
    yield
    QApplication.setAttribute(attribute, before)


def test_actions_work_only_while_a_session_is_open(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    actions = (window.export_action, window.print_action, window.copy_record_action)
    assert not any(a.isEnabled() for a in actions)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["&File", "&Edit", "&View"]
    decide(qtbot, window)
    assert all(a.isEnabled() for a in actions)
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    window.show_library()
    assert not any(a.isEnabled() for a in actions)


def test_copy_for_health_record_puts_the_record_copy_on_the_clipboard(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    summary = decide(qtbot, window)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(summary.copy_button, Qt.MouseButton.LeftButton)
    text = QGuiApplication.clipboard().text()
    assert TITLE in text and CHOSEN in text
    assert "<" not in text  # plain text, to paste into a note
    message = window.statusBar().currentMessage()
    assert message == "Record copy on the clipboard: paste it into the health record"

    QGuiApplication.clipboard().clear()
    window.copy_record_action.trigger()  # Edit › Copy for health record
    assert CHOSEN in QGuiApplication.clipboard().text()


def test_summary_buttons_are_named_and_keyboard_reachable(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    summary = decide(qtbot, window)
    names = [b.accessibleName() for b in summary.buttons]
    assert names == [
        "Copy for health record",
        "Save the summary as a PDF file",
        "Print the summary",
    ]
    for button in summary.buttons:
        assert button.isVisible() and button.isEnabled()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab from the first button reaches the others, then the summary itself.
    summary.copy_button.setFocus()
    reached: list[QWidget] = []
    widget: QWidget = summary.copy_button
    for _ in range(3):
        widget = next_tab_stop(widget)
        reached.append(widget)
    assert reached == [summary.pdf_button, summary.print_button, summary.view]
    texts = [b.text() for b in summary.buttons]
    assert texts == ["Copy for health &record", "Save as P&DF…", "Pr&int…"]  # Alt+R, D, I


def test_export_to_pdf_html_and_text_in_a_worker_thread(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    decide(qtbot, window)
    exports = window.exports
    exports.threaded = True  # as in the app: the UI goes on while the file is made

    pdf = tmp_path / "out" / "summary.pdf"
    pdf.parent.mkdir()
    with qtbot.waitSignal(exports.exported, timeout=20000) as blocker:
        exports.export_to(pdf, "pdf", "patient")
        assert window.statusBar().currentMessage() == "Saving the summary as summary.pdf…"
    assert blocker.args == [pdf]
    text = pdf_text(pdf)
    assert CHOSEN in text and "Page 1 of" in text
    assert "Ann Example" not in pdf.name
    assert window.statusBar().currentMessage() == f"Summary saved as {pdf}"
    assert pdf.stat().st_mode & 0o077 == 0  # patient data: the owner's only

    html = tmp_path / "summary.html"
    with qtbot.waitSignal(exports.exported, timeout=10000):
        exports.export_to(html, "html", "patient")
    page = html.read_text(encoding="utf-8")
    assert TITLE in page and CHOSEN in page
    assert not re.search(r"<(link|script|iframe|object|embed)\b", page, re.IGNORECASE)
    assert not re.search(r"""\b(src|href)\s*=\s*["']?(https?:|//)""", page, re.IGNORECASE)
    assert "@import" not in page and not re.search(r"url\(\s*['\"]?(https?:|//)", page)

    record = tmp_path / "record.txt"
    with qtbot.waitSignal(exports.exported, timeout=10000):
        exports.export_to(record, "txt", "record")
    note = record.read_text(encoding="utf-8")
    assert TITLE in note and CHOSEN in note and len(note) < 2500

    fhir = tmp_path / "bundle.fhir.json"
    with qtbot.waitSignal(exports.exported, timeout=10000):
        exports.export_to(fhir, "fhir")
    assert '"resourceType": "Bundle"' in fhir.read_text(encoding="utf-8")
    wait_for_workers()


def test_the_session_can_change_while_the_file_is_made(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    decide(qtbot, window)
    window.exports.threaded = True
    path = tmp_path / "record.md"
    with qtbot.waitSignal(window.exports.exported, timeout=10000):
        window.exports.export_to(path, "md", "record")
        assert window.session is not None
        window.session.decision.decide(["exercise"])  # the worker has its own copy
    assert CHOSEN in path.read_text(encoding="utf-8")


def test_an_existing_file_is_not_replaced_without_asking(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    decide(qtbot, window)
    path = tmp_path / "summary.txt"
    path.write_text("someone else's notes", encoding="utf-8")
    with qtbot.waitSignal(window.exports.export_failed, timeout=10000) as blocker:
        window.exports.export_to(path, "txt", "record")
    assert path.read_text(encoding="utf-8") == "someone else's notes"
    box = window.exports.error_box
    assert box is not None and box.isVisible()
    assert "summary.txt" in box.text() and "Export summary…" in box.text()
    assert blocker.args[0] == path and "summary.txt" in blocker.args[1]
    assert "summary.txt" in window.statusBar().currentMessage()
    box.accept()

    with qtbot.waitSignal(window.exports.exported, timeout=10000):
        window.exports.export_to(path, "txt", "record", overwrite=True)  # as after the dialog
    assert CHOSEN in path.read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_written_is_reported_with_what_to_do(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    decide(qtbot, window)
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    path = tmp_path / "not-a-folder" / "summary.pdf"
    with qtbot.waitSignal(window.exports.export_failed, timeout=20000):
        window.exports.export_to(path, "pdf")
    box = window.exports.error_box
    assert box is not None and box.isVisible()
    assert str(path) in box.text() and "Export summary…" in box.text()
    assert "already a file called" not in box.text()


def test_choices_and_suggested_names_say_nothing_about_the_person() -> None:
    import datetime as dt

    day = dt.date(2026, 3, 2)
    assert suggested_name("knee-osteoarthritis", PDF_PATIENT, day) == (
        "knee-osteoarthritis-summary-2026-03-02.pdf"
    )
    record_txt = choice_for("txt-record")
    assert suggested_name("a/b c", record_txt, day) == "a-b-c-record-2026-03-02.txt"
    fhir = choice_for("fhir-patient")
    assert suggested_name("x", fhir, day).endswith(".fhir.json")
    assert choice_for("nonsense") is PDF_PATIENT
    assert {(c.fmt, c.variant) for c in CHOICES} >= {
        ("pdf", "patient"),
        ("pdf", "record"),
        ("html", "patient"),
        ("html", "record"),
        ("txt", "record"),
        ("md", "record"),
        ("json", "patient"),
        ("fhir", "patient"),
    }
    assert with_ending("mine.json", "fhir.json") == "mine.fhir.json"
    assert with_ending("mine.fhir.pdf", "pdf") == "mine.pdf"
    assert with_ending("mine", "pdf") == "mine"  # the dialog adds the ending


def test_export_dialog_suggests_a_name_and_the_file_type_decides_the_format(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, qt_dialogs: None
) -> None:
    summary = decide(qtbot, window)
    folder = tmp_path / "exports"
    folder.mkdir()
    window.settings.setValue("export/folder", str(folder))
    seen: dict[str, object] = {}

    def choose_record_web_page() -> None:
        dialog = window.exports.dialog
        assert dialog is not None and dialog.isVisible()
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_edit is not None
        seen["suggested"] = name_edit.text()
        seen["filter"] = dialog.selectedNameFilter()
        seen["folder"] = dialog.directory().absolutePath()
        combo = dialog.findChild(QComboBox, "fileTypeCombo")
        assert combo is not None
        combo.setFocus()
        for _ in range(3):  # PDF patient -> PDF record -> web page patient -> web page record
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        seen["after"] = name_edit.text()
        dialog.accept()

    QTimer.singleShot(0, choose_record_web_page)
    qtbot.mouseClick(summary.pdf_button, Qt.MouseButton.LeftButton)  # Save as PDF…
    suggested = str(seen["suggested"])
    assert re.fullmatch(r"knee-osteoarthritis-summary-\d{4}-\d{2}-\d{2}\.pdf", suggested)
    assert "Ann" not in suggested and "Rao" not in suggested
    assert seen["filter"] == "PDF – patient copy (*.pdf)"
    assert Path(str(seen["folder"])) == folder
    after = str(seen["after"])
    assert after == suggested.replace("-summary-", "-record-").replace(".pdf", ".html")
    written = folder / after
    assert written.exists()
    page = written.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and CHOSEN in page
    assert window.statusBar().currentMessage() == f"Summary saved as {written}"
    settings = QSettings()
    assert settings.value("export/type") == "html-record"
    assert Path(str(settings.value("export/folder"))) == folder


def test_export_dialog_asks_before_replacing_then_replaces(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, qt_dialogs: None
) -> None:
    decide(qtbot, window)
    window.settings.setValue("export/folder", str(tmp_path))
    window.settings.setValue("export/type", "txt-record")  # the last type used comes first
    target = tmp_path / "note.txt"
    target.write_text("old", encoding="utf-8")
    asked: list[str] = []

    def confirm() -> None:
        box = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )
        if box is None:
            QTimer.singleShot(20, confirm)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    def type_name() -> None:
        dialog = window.exports.dialog
        assert dialog is not None
        assert dialog.selectedNameFilter() == "Record copy as text (*.txt)"
        name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name_edit is not None
        name_edit.setText("note")  # the dialog adds the ending
        QTimer.singleShot(20, confirm)
        dialog.accept()

    QTimer.singleShot(0, type_name)
    window.export_action.trigger()  # File › Export summary…
    assert asked and "note.txt" in asked[0]
    assert CHOSEN in target.read_text(encoding="utf-8")


def test_cancelling_the_export_dialog_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path, qt_dialogs: None
) -> None:
    decide(qtbot, window)
    window.settings.setValue("export/folder", str(tmp_path))

    def cancel() -> None:
        dialog = window.exports.dialog
        assert dialog is not None
        dialog.reject()

    QTimer.singleShot(0, cancel)
    window.export_action.trigger()
    assert list(tmp_path.iterdir()) == [tmp_path / "qs"]  # only the test's settings


def test_print_paints_the_pdf_pages_on_the_printer(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    decide(qtbot, window)
    window.exports.threaded = True
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(window.exports.printed, timeout=20000):
        window.exports.print_to(printer)  # what Print… does once the dialog is accepted
    text = pdf_text(out)
    assert CHOSEN in text and TITLE in text and "Page 1 of" in text
    assert "Decision summary" in text  # the patient copy by default
    assert window.statusBar().currentMessage() == "The summary has gone to the printer"

    record = tmp_path / "record.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(record))
    with qtbot.waitSignal(window.exports.printed, timeout=20000):
        window.exports.print_to(printer, "record")
    assert "Shared decision-making record" in pdf_text(record)


def test_print_button_opens_the_print_dialog_with_the_patient_copy_chosen(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, qt_dialogs: None
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    summary = decide(qtbot, window)
    seen: list[str] = []

    def look_and_cancel() -> None:
        dialog = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QPrintDialog) and w.isVisible()
        )
        seen.append(dialog.windowTitle())
        which = next(
            c for c in dialog.findChildren(QComboBox) if c.accessibleName() == "Which copy to print"
        )
        seen.append(str(which.currentData()))
        dialog.reject()

    QTimer.singleShot(0, look_and_cancel)
    qtbot.mouseClick(summary.print_button, Qt.MouseButton.LeftButton)
    assert seen == ["Print the summary", "patient"]
    assert window.statusBar().currentMessage() != "Printing the summary…"  # nothing printed
