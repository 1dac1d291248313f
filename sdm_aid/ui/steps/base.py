"""What every step page shares: the scrolled page, cards, headings and small helpers."""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QHideEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sdm_aid.core.model import Aid
from sdm_aid.core.presentation import (
    GLOSSARY_SCHEME,
    definition,
    link_glossary,
    plain,
    source_line,
)
from sdm_aid.core.session import (
    Session,
)
from sdm_aid.ui.glossary_text import GlossaryLabel, MeaningBox
from sdm_aid.ui.support.safe_text import images_for, safe_html
from sdm_aid.ui.support.viewport import with_own_viewport
from sdm_aid.ui.wrapping import (
    wrapped,
)

Index = QModelIndex | QPersistentModelIndex


class _HintFromLayout:
    """Size hint from the layout alone (the mixin goes first).

    A QWidget with a layout works out its size hint by laying its whole contents out at
    the hinted width, one the page never has, so every paragraph was laid out once for
    nothing each time a page was shown. Layouts give these widgets their width and then
    ask for the height at that width, so the layout's plain hint is enough.
    """

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.sizeHint() if layout is not None else super().sizeHint()


class PageBody(_HintFromLayout, QWidget):
    """The scrolled contents of a page."""


class Card(_HintFromLayout, QFrame):
    """A framed box of wrapped text."""


class Step(QScrollArea):
    """A scrollable page. ``changed`` fires after every edit the person makes."""

    changed = Signal()
    step_id = ""

    def __init__(self, aid: Aid, session: Session, theme: str = "system"):
        super().__init__()
        self.aid, self.session, self.theme = aid, session, theme
        self.images = images_for(aid.path)  # the aid's own pictures, loaded by us
        with_own_viewport(self)  # content_width() asks it: cheaper if Python made it
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Text wraps to the window; nothing should need sideways scrolling.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = PageBody()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(16, 8, 16, 16)
        self.body.setSpacing(10)
        self.setWidget(inner)
        self.meaning: MeaningBox | None = None  # a word's meaning, beside it (on first use)
        self.build()
        self.body.addStretch()

    def build(self) -> None:
        raise NotImplementedError

    def apply_theme(self, theme: str) -> None:
        """Recolour for another theme without building anything anew. Widgets that take
        their colours from the palette follow by themselves; a step with colours of its
        own (icon arrays) sets them again."""
        self.theme = theme
        if self.meaning is not None:
            self.meaning.recolour()

    def content_width(self) -> int:
        """The width the page's contents have, or will have once the page is shown.

        A hidden page that has been resized is told so only when it is shown, so its
        viewport still has the old width: then take the page's own, less a scroll bar.
        """
        if self.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent):
            bar = self.verticalScrollBar().sizeHint().width()
            return self.width() - 2 * self.frameWidth() - bar
        return self.viewport().width()

    def columns(self, width_in_chars: int, most: int) -> int:
        """How many columns of about ``width_in_chars`` fit the page at the current text size."""
        column = self.fontMetrics().averageCharWidth() * width_in_chars
        return max(1, min(most, self.content_width() // max(1, column)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Columns first, then let the scroll area fit its contents: the other way round,
        # every card's text is laid out at the old column widths and then again.
        self.reflow()
        super().resizeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.meaning is not None:  # a meaning belongs to its page: not shown over another
            self.meaning.hide()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.reflow()

    def reflow(self) -> None:
        """Re-arrange columns for a new width or text size (pages with columns override)."""

    def refresh(self) -> None:
        """Bring the page up to date with the session (called when the page is shown)."""

    def prepare(self) -> None:
        """Do slow work ahead of time, while another page is being read."""
        self.finish()

    def finish(self) -> None:
        """Add now what a page leaves until just after it is first painted (if anything)."""

    def heading(self, text: str, level: int = 1) -> QLabel:
        label = wrapped(f"<h{level}>{_esc(text)}</h{level}>", rich=True)
        label.setAccessibleName(text)
        self.body.addWidget(label)
        return label

    def rich(self, html: str, name: str = "") -> QLabel:
        """Aid text with glossary words dotted; a click or Enter opens the meaning beside
        the word (see ui/glossary_text.py)."""
        label = GlossaryLabel(safe_html(link_glossary(html, self.aid.glossary), self.images))
        label.explain.connect(lambda link, rect, w=label: self._explain(link, rect, w))
        if name:
            label.setAccessibleName(name)
        label.setAccessibleDescription(plain(html)[:500])
        return label

    def _explain(self, link: str, word: QRect, widget: QWidget) -> None:
        if link.startswith(GLOSSARY_SCHEME):
            term = link[len(GLOSSARY_SCHEME) :]
            meaning = definition(self.aid.glossary, term) or ""
            text = f"<b>{_esc(term)}</b>: {_esc(meaning)}"  # the box shows escaped rich text
        elif link.startswith("#source-"):
            source = self.aid.meta.source(link[len("#source-") :])
            text = self.tr("Source: {s}").format(s=_esc(source_line(source))) if source else ""
        else:
            text = _esc(link)
        if not text:
            return
        host = self.window()
        if self.meaning is None or self.meaning.parentWidget() is not host:
            self.meaning = MeaningBox(host)
        self.meaning.open_at(text, word, widget)

    def mark(self) -> None:
        self.changed.emit()


LayoutT = TypeVar("LayoutT", QGridLayout, QVBoxLayout, QHBoxLayout)


def titled_box(title: str, layout_type: type[LayoutT]) -> tuple[QFrame, LayoutT]:
    """A framed group whose title wraps (a QGroupBox title never does)."""
    box = Card()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    box.setAccessibleName(title)
    outer = QVBoxLayout(box)
    heading = wrapped(f"<b>{_esc(title)}</b>", rich=True)
    outer.addWidget(heading)
    inner = layout_type()
    outer.addLayout(inner)
    return box, inner


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _no_mnemonic(text: str) -> str:
    """Aid text for a button: an "&" in it is shown, not taken as a keyboard shortcut."""
    return text.replace("&", "&&")
