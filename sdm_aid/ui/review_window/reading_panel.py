"""The reading-level panel: the same figures the authors see, folded away."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6

from sdm_aid.ui.review_window.common import OVERALL, SETTINGS_READING, _esc
from sdm_aid.ui.review_window.highlight import _LONG_STYLE, _WORD_STYLE, qt_highlight_html
from sdm_aid.ui.support.private_settings import protect
from sdm_aid.ui.support.safe_text import (
    with_loaded_images,
)

if TYPE_CHECKING:
    from sdm_aid.core.section_readability import SectionReadability


class ReadingPanel:
    """Part of :class:`ReviewWindow` (a mixin: it uses the window's attributes)."""

    def _measure(self) -> dict[str, SectionReadability]:
        from sdm_aid.core.section_readability import readability_by_section

        return readability_by_section(self.aid, self.sections)

    def _measured(self, figures: dict[str, SectionReadability]) -> None:
        if not shiboken6.isValid(self) or self._closing:
            return
        self.figures = figures
        if self.current != OVERALL:
            self._fill_reading(self.current)

    def _measure_failed(self, exc: Exception) -> None:
        if shiboken6.isValid(self) and not self._closing:
            self.reading_summary.setText(
                _esc(self.tr("The reading level could not be worked out: {e}").format(e=exc))
            )

    def _toggle_reading(self, shown: bool, remember: bool = True) -> None:
        # Arrows as text: they grow with the text size (a tool button's arrow does not).
        self.reading_toggle.setText(("▼ " if shown else "▶ ") + self.tr("Reading &level"))
        self.reading_body.setVisible(shown)
        if remember:
            self.settings.setValue(SETTINGS_READING, shown)
            protect(self.settings)

    def _fill_reading(self, section_id: str) -> None:
        from sdm_aid.core.section_readability import (
            LONG_SENTENCE_WORDS,
            TARGET_GRADE,
            highlight_html,
        )

        figures = self.figures.get(section_id) if self.figures else None
        section = self.section(section_id)
        if figures is None or section is None:
            self.reading_summary.setText(_esc(self.tr("Working out the reading level…")))
            self.reading_text.clear()
            return
        lines = []
        if figures.reading_ease is not None and figures.grade is not None:
            lines.append(
                self.tr(
                    "<b>Reading ease:</b> {ease:.0f} out of 100, {words} (60 or more is plain "
                    "English; higher is easier)"
                ).format(ease=figures.reading_ease, words=_esc(figures.ease_words))
            )
            age = figures.reading_age or 0
            lines.append(
                self.tr(
                    "<b>Grade:</b> {grade:.1f}, about reading age {age:.0f} (the aim is grade "
                    "{target} or below, about reading age {target_age})"
                ).format(
                    grade=figures.grade,
                    age=age,
                    target=f"{TARGET_GRADE:g}",
                    target_age=f"{TARGET_GRADE + 5:g}",
                )
                + (" " + self.tr("<b>above the aim</b>") if figures.above_target else "")
            )
        else:
            lines.append(
                self.tr("<b>Reading ease and grade:</b> {why}").format(why=_esc(figures.note))
            )
        lines.append(
            self.tr("<b>Long sentences</b> (over {n} words): {count}").format(
                n=LONG_SENTENCE_WORDS, count=len(figures.long_sentences)
            )
        )
        words = figures.words_not_in_glossary
        lines.append(
            self.tr("<b>Words not in the glossary:</b> {words}").format(
                words=_esc(", ".join(words)) if words else self.tr("none")
            )
        )
        if figures.long_sentences or words:
            keys = []
            if figures.long_sentences:
                keys.append(
                    self.tr(
                        "<span style='{s}'>long sentences</span> have a yellow background"
                    ).format(s=_LONG_STYLE)
                )
            if words:
                keys.append(
                    self.tr(
                        "<span style='{s}'>words not in the glossary</span> are underlined"
                    ).format(s=_WORD_STYLE)
                )
            lines.append(self.tr("Below, {what}.").format(what=self.tr(" and ").join(keys)))
            marked = qt_highlight_html(highlight_html(section.text, figures))
            self.reading_text.setHtml(with_loaded_images(marked, None))  # no pictures here
            self.reading_text.show()
        else:
            self.reading_text.clear()
            self.reading_text.hide()
        self.reading_summary.setText("<br>".join(lines))

    # -- overall questions -----------------------------------------------------------------
