"""The summary step: everything on one page, with the record copy and print."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
)

from sdm_aid.ui.steps.base import Step
from sdm_aid.ui.support.safe_text import with_loaded_images


class SummaryStep(Step):
    step_id = "summary"
    copy_requested = Signal()  # "Copy for health record" (the main window's actions do it)
    save_pdf_requested = Signal()
    print_requested = Signal()

    def build(self) -> None:
        self.copy_button = QPushButton(self.tr("Copy for health &record"))
        self.copy_button.setAccessibleName(self.tr("Copy for health record"))
        self.copy_button.setAccessibleDescription(
            self.tr("Puts a short record copy on the clipboard, to paste into the health record")
        )
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the summary as a PDF file"))
        self.print_button = QPushButton(self.tr("Pr&int…"))
        self.print_button.setAccessibleName(self.tr("Print the summary"))
        self.copy_button.clicked.connect(lambda: self.copy_requested.emit())
        self.pdf_button.clicked.connect(lambda: self.save_pdf_requested.emit())
        self.print_button.clicked.connect(lambda: self.print_requested.emit())
        self.buttons = (self.copy_button, self.pdf_button, self.print_button)
        self.button_row = QHBoxLayout()
        for button in self.buttons:
            self.button_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.button_row.addStretch()
        self.body.addLayout(self.button_row)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Summary of the decision"))
        self.view.setOpenExternalLinks(False)
        self.view.setOpenLinks(False)  # a link to a file would load it as the page
        self.view.anchorClicked.connect(self._follow)
        self.view.setMinimumHeight(500)
        self.body.addWidget(self.view, 1)

    def _follow(self, url: QUrl) -> None:
        """Links within the summary move to their place; nothing else is opened."""
        if url.hasFragment() and not url.path():
            self.view.scrollToAnchor(url.fragment())

    def reflow(self) -> None:
        """The buttons side by side where they fit, else one under another (large text)."""
        row = getattr(self, "button_row", None)
        if row is None:
            return
        margins = self.body.contentsMargins()
        room = self.content_width() - margins.left() - margins.right()
        needed = sum(b.sizeHint().width() for b in self.buttons)
        needed += row.spacing() * (len(self.buttons) - 1)
        fits = needed <= room
        row.setDirection(row.Direction.LeftToRight if fits else row.Direction.TopToBottom)

    def refresh(self) -> None:
        from sdm_aid.core.summary import build_summary, render_screen_html  # loads jinja2

        page = render_screen_html(build_summary(self.session, self.aid))
        self.view.setHtml(with_loaded_images(page, self.images))
