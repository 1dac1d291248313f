"""The pages that show each section as a patient sees it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    QUrl,
)
from PySide6.QtWidgets import (
    QLabel,
    QTextBrowser,
    QWidget,
)

from sdm_aid.core.presentation import GLOSSARY_SCHEME, definition, link_glossary
from sdm_aid.ui.review_window.common import STEP_SECTIONS, _esc
from sdm_aid.ui.support.safe_text import (
    images_for,
    plain_tooltip,
    safe_html,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "…")

if TYPE_CHECKING:
    from sdm_aid.ui.steps import Step


class SectionPages:
    """Part of :class:`ReviewWindow` (a mixin: it uses the window's attributes)."""

    def page(self, section_id: str) -> QWidget:
        """What the reader sees of a section, built the first time it is shown."""
        if section_id not in self._pages:
            page = self._build_page(section_id)
            self._pages[section_id] = page
            self.content.addWidget(page)
            self._tab_order(page)
        return self._pages[section_id]

    def _tab_order(self, page: QWidget) -> None:
        """Pages are built after the review panel, so Qt would reach them last with Tab:
        put the page and everything in it straight after the section list."""
        inside = []
        widget = self.section_list.nextInFocusChain()
        while widget is not None and widget is not self.section_list:
            if page.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                inside.append(widget)
            widget = widget.nextInFocusChain()
        previous: QWidget = self.section_list
        for widget in (page, *inside):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def _build_page(self, section_id: str) -> QWidget:
        if section_id in STEP_SECTIONS:  # each one of the nine steps
            from sdm_aid.ui.steps import step_class  # that step's module only

            step: Step = step_class(section_id)(self.aid, self._session, self.theme_name)
            step.setAccessibleName(self.section_title(section_id))
            step.refresh()
            step.finish()  # the whole section at once: its focus order is set next
            if section_id == "about":
                self._hide_setting(step)
            return step
        section = self.section(section_id)
        assert section is not None
        view = QTextBrowser()
        view.setOpenLinks(False)
        view.setAccessibleName(self.section_title(section_id))
        html = section.html
        if section_id not in ("glossary", "sources"):
            html = link_glossary(html, self.aid.glossary)
        heading = f"<h1>{_esc(self.section_title(section_id))}</h1>"
        view.setHtml(safe_html(heading + html, images_for(self.aid.path)))
        view.anchorClicked.connect(lambda url, v=view: self._explain(url, v))
        view.highlighted.connect(lambda url, v=view: self._explain(url, v, hover=True))
        return view

    def _hide_setting(self, step: Step) -> None:
        """The about page says where a session takes place ("Preparing on my own"):
        meaningless in a review, so it is not shown."""
        setting = translate("AboutStep", "Preparing on my own")  # as the step says it
        for label in step.findChildren(QLabel):
            if label.text() == setting:
                label.hide()

    def _explain(self, url: QUrl, view: QTextBrowser, hover: bool = False) -> None:
        link = url.toString()
        if link.startswith(GLOSSARY_SCHEME):
            term = link[len(GLOSSARY_SCHEME) :]
            text = f"{term}: {definition(self.aid.glossary, term) or ''}"
        elif link:
            text = self.tr("Link: {link} (not opened from a review)").format(link=link)
        else:
            return
        self.statusBar().showMessage(text, 10000)
        if not hover:
            view.setToolTip(plain_tooltip(text))

    def section_title(self, section_id: str) -> str:
        section = self.section(section_id)
        return (section.title or section.id) if section else section_id

    # -- the review panel -----------------------------------------------------------------
