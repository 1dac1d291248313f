"""Pages appear quickly: what is first seen comes with the page, the rest just after."""

from __future__ import annotations

from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.steps import OptionsStep, OutcomesStep


def test_options_first_row_at_once_then_the_rest(qtbot, window: MainWindow, open_decision) -> None:  # type: ignore[no-untyped-def]
    decision = open_decision("low-back-pain-sciatica")
    assert window.aid is not None
    decision.go_to("options")
    page = decision.pages["options"]
    assert isinstance(page, OptionsStep)
    columns = page.columns(44, 3)
    assert 1 < columns < len(window.aid.options)  # a 1200-pixel window: one row is not all
    assert page.grid.count() == columns
    qtbot.waitUntil(lambda: page.grid.count() == len(window.aid.options))
    window.resize(500, 800)  # one column: still every card

    def column(card) -> int:  # type: ignore[no-untyped-def]
        return int(page.grid.getItemPosition(page.grid.indexOf(card))[1])

    qtbot.waitUntil(lambda: all(column(card) == 0 for card in page.cards))
    assert page.grid.count() == len(window.aid.options)
    qtbot.waitUntil(lambda: all(card.isVisible() for card in page.cards))


def test_outcomes_page_comes_with_its_first_outcome(qtbot, window, open_decision) -> None:  # type: ignore[no-untyped-def]
    decision = open_decision("low-back-pain-sciatica")
    decision.go_to("outcomes")
    page = decision.pages["outcomes"]
    assert isinstance(page, OutcomesStep)
    first = page.layout_of(0)
    pictures = sum(
        len(g.rows) + sum(r.value.control is not None for r in g.rows) for g in first.groups
    )
    # Before any event is handled: one outcome, all of its pictures, and no other.
    assert page.view is not None and page.view.title.text() == page.outcomes[0].label
    assert len(page.arrays) == pictures
    page.step_outcome(1)
    assert page.view.title.text() == page.outcomes[1].label
