"""The outcomes step: one outcome at a time, study groups in their own frames, one-line
gaps, comparison groups, one denominator, and icons big enough to see."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from sdm_aid.core.model import Aid, Control, Outcome, OutcomeValue
from sdm_aid.core.parser import parse_aid
from sdm_aid.core.session import new_session
from sdm_aid.ui.icon_array import IconArray
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.outcome_view import min_cell
from sdm_aid.ui.steps.outcomes import OutcomesStep


@pytest.fixture
def aid(example_text: str) -> Aid:
    parsed = parse_aid(example_text)
    assert parsed.aid is not None
    return parsed.aid


def _page(qtbot, aid: Aid, *outcomes: Outcome, width: int = 1100) -> OutcomesStep:  # type: ignore[no-untyped-def]
    if outcomes:
        aid = replace(aid, outcomes=tuple(outcomes))
    page = OutcomesStep(aid, new_session(aid))
    font = QApplication.font()
    font.setPointSizeF(12)  # the app's text at 100 %, whatever an earlier test left
    page.setFont(font)
    qtbot.addWidget(page)
    page.resize(width, 800)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.view is not None and page.view.isVisible())
    return page


def _texts(page: OutcomesStep) -> list[str]:
    assert page.view is not None
    return [w.text() for w in page.view.findChildren(QLabel) if w.isVisibleTo(page.view)]


def _outcome(aid: Aid, values: dict[str, OutcomeValue], **kw: object) -> Outcome:
    base = aid.outcomes[-1]  # one study (`values:`), the example-review source
    return replace(base, values=MappingProxyType(values), studies=(), **kw)  # type: ignore[arg-type]


def test_not_applicable_options_are_one_line_with_no_picture(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    skin = next(o for o in aid.outcomes if o.id == "skin-change")
    page = _page(qtbot, aid, skin)
    assert [a.accessibleName().split(":")[0] for a in page.arrays] == ["Steroid injection"]
    line = (
        "Cannot happen with exercises with a physiotherapist and waiting to see: no needle is used."
    )
    assert line in _texts(page)
    assert page.view is not None and len(page.view.frames) == 1


def test_unknown_options_are_one_line_with_no_picture(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    outcome = _outcome(
        aid,
        {
            "exercise": OutcomeValue(None),
            "injection": OutcomeValue(5),
            "wait": OutcomeValue(None, note="Nobody has counted this."),
        },
    )
    page = _page(qtbot, aid, outcome)
    assert len(page.arrays) == 1
    texts = _texts(page)
    assert "No reliable figure for exercises with a physiotherapist and waiting to see." in texts
    assert "Waiting to see: Nobody has counted this." in texts
    nothing = _outcome(aid, {k: OutcomeValue(None) for k in aid.option_ids})
    page = _page(qtbot, aid, nothing)
    assert page.arrays == [] and page.view is not None and page.view.frames == []


def test_one_study_is_one_frame_with_its_figures_side_by_side(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    outcome = _outcome(
        aid,
        {"exercise": OutcomeValue(10), "injection": OutcomeValue(20), "wait": OutcomeValue(30)},
        population="Adults with a sore elbow",
    )
    page = _page(qtbot, aid, outcome)
    assert page.view is not None and len(page.view.frames) == 1
    assert len(page.arrays) == 3

    def tops() -> set[int]:
        return {a.mapTo(page.view, a.rect().topLeft()).y() for a in page.arrays}

    qtbot.waitUntil(lambda: len(tops()) == 1)  # side by side, in one row
    texts = _texts(page)
    assert not any("different studies" in t for t in texts)
    assert any(t.startswith("People studied: Adults with a sore elbow.") for t in texts)
    assert "Study: An example review (made up for this example) (2023)" in texts
    assert any(
        "10 fewer in 100 with steroid injection than with waiting to see." in t for t in texts
    )


def test_several_studies_keep_their_own_frames(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    much_better = next(o for o in aid.outcomes if o.id == "much-better")
    page = _page(qtbot, aid, much_better)
    assert page.view is not None
    frames = page.view.frames
    assert len(frames) == 2
    sentence = next(t for t in _texts(page) if "different studies" in t)
    assert sentence == (
        "A possible benefit. These figures come from 2 different studies of different "
        "people. Compare options only inside one box."
    )
    above = next(w for w in page.view.findChildren(QLabel) if w.text() == sentence)
    y = above.mapTo(page.view, above.rect().bottomLeft()).y()
    assert all(y < frame.mapTo(page.view, frame.rect().topLeft()).y() for frame in frames)
    assert frames[0].parentWidget() is frames[1].parentWidget() is page.view
    assert not frames[0].geometry().intersects(frames[1].geometry())
    # Each frame holds only its own study's options.
    inside = [[a.accessibleName().split(":")[0] for a in f.findChildren(IconArray)] for f in frames]
    assert inside[0] == ["Exercises with a physiotherapist", "Waiting to see"]
    assert inside[1][0] == "Steroid injection"


def test_old_mixed_sources_are_drawn_as_separate_studies(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    outcome = _outcome(
        aid,
        {
            "exercise": OutcomeValue(10, source="example-trial"),
            "injection": OutcomeValue(20),
            "wait": OutcomeValue(30),
        },
    )
    page = _page(qtbot, aid, outcome)
    assert page.view is not None and len(page.view.frames) == 2
    assert any("2 different studies of different people" in t for t in _texts(page))


def test_a_comparison_group_is_drawn_beside_its_option(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    outcome = _outcome(
        aid,
        {
            "exercise": OutcomeValue(None),
            "injection": OutcomeValue(60, control=Control(50, "a dummy injection")),
            "wait": OutcomeValue(None),
        },
        desirable=True,
    )
    page = _page(qtbot, aid, outcome)
    names = [a.accessibleName() for a in page.arrays]
    assert len(names) == 2 and names[1].startswith("Comparison group: a dummy injection")
    assert [a.affected_cells() for a in page.arrays] == [60, 50]
    texts = _texts(page)
    assert (
        "60 out of 100 with steroid injection, 50 out of 100 with a dummy injection: "
        "10 more in 100." in texts
    )
    assert any(t.startswith("With a dummy injection: ") for t in texts)


def test_aid_text_is_shown_as_written(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    outcome = _outcome(aid, {"injection": OutcomeValue(5)}, label="<b>Bold</b> & <i>odd</i>")
    page = _page(qtbot, aid, outcome)
    assert page.view is not None
    assert page.view.title.textFormat() == Qt.TextFormat.PlainText
    assert page.view.title.text() == "<b>Bold</b> & <i>odd</i>"
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in page.view.findChildren(QLabel))
    assert page.tabs.tabText(0) == "▶ <b>Bold</b> && <i>odd</i>"  # "&" is no shortcut
    tip = page.tabs.tabToolTip(0)
    assert tip.startswith("<qt>&lt;b&gt;Bold&lt;/b&gt;") and "<b>" not in tip


def test_one_outcome_at_a_time_and_keys_move_between_them(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, aid)
    assert page.tabs.count() == len(aid.outcomes) == 2
    assert page.view is not None and page.view.title.text() == aid.outcomes[0].label
    # The tabs sit above the scroll area's viewport: they stay in view while scrolling.
    assert page.tabs.isVisible() and not page.widget().isAncestorOf(page.tabs)
    assert page.tabs.mapTo(page, page.tabs.rect().bottomLeft()).y() <= page.viewport().y()
    # Tab reaches the tabs before anything on the page under them.
    chain, widget = [], page.nextInFocusChain()
    while widget is not page and len(chain) < 1000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    heading = next(w for w in page.widget().findChildren(QLabel) if "What could happen" in w.text())
    assert chain.index(page.tabs) < chain.index(page.scale) < chain.index(heading)
    page.tabs.setFocus()
    qtbot.keyClick(page.tabs, Qt.Key.Key_Right)
    assert page.view.title.text() == aid.outcomes[1].label
    assert [page.tabs.tabText(n)[:2] for n in range(2)] == [aid.outcomes[0].label[:2], "▶ "]
    assert page.tabs.accessibleTabName(1).startswith(aid.outcomes[1].label)
    qtbot.keyClick(page.widget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert page.view.title.text() == aid.outcomes[0].label
    page.show_outcome(aid.outcomes[1].id)
    assert page.view.title.text() == aid.outcomes[1].label
    with pytest.raises(LookupError):
        page.show_outcome("no-such-outcome")


def test_one_denominator_and_the_switch_only_when_exact(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, aid)
    assert page.denominators == (100, 1000) and page.denominator() == 100
    assert page.scale.isVisibleTo(page) and page.scale.count() == 2
    page.scale.setCurrentIndex(1)
    assert page.session.outcome_scale == 1000
    assert all(a.denominator() == 1000 for a in page.arrays)
    rare = _outcome(aid, {"injection": OutcomeValue(3)}, denominator=1000)
    page = _page(qtbot, aid, aid.outcomes[0], rare)
    assert page.denominators == (1000,)
    assert not page.scale.isVisibleTo(page)
    assert all(a.denominator() == 1000 for a in page.arrays)  # 100s shown out of 1,000 too


def test_icons_of_a_thousand_are_at_least_8_pixels_and_grow_with_the_text(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    rare = _outcome(
        aid,
        {"exercise": OutcomeValue(1), "injection": OutcomeValue(3), "wait": OutcomeValue(2)},
        denominator=1000,
    )
    page = _page(qtbot, aid, rare, width=1100)
    font = QApplication.font()
    font.setPointSizeF(12)  # the app's text at 100 % (theme.apply)
    page.setFont(font)
    page.refresh()
    assert len(page.arrays) == 3
    qtbot.waitUntil(lambda: all(a.height() >= 200 for a in page.arrays))
    assert all(a.denominator() == 1000 and a.cell_size() >= 8 for a in page.arrays), [
        (a.cell_size(), a.size(), a.minimumWidth(), a.maximumWidth()) for a in page.arrays
    ]
    small = min(a.cell_size() for a in page.arrays)
    font.setPointSizeF(24)  # 200 %
    page.setFont(font)
    page.refresh()
    qtbot.waitUntil(lambda: all(a.isVisible() and a.height() >= 400 for a in page.arrays))
    assert min_cell(page.fontMetrics()) >= 16
    assert [a.cell_size() >= 16 > small for a in page.arrays] == [True] * 3, [
        (a.cell_size(), a.size(), a.grid_shape()) for a in page.arrays
    ]
    # Too narrow for 40 a row at that size: 20 a row, still every one of the 1,000.
    page.resize(440, 800)
    qtbot.waitUntil(lambda: page.view is not None and page.view.fit.columns == 20)
    qtbot.waitUntil(lambda: all(a.isVisible() and a.height() > 0 for a in page.arrays))
    assert all(a.grid_shape() == (20, 50) and a.cell_size() >= 16 for a in page.arrays)
    # Too narrow even for that: a magnified block of 100, with words.
    page.resize(300, 800)
    qtbot.waitUntil(lambda: page.view is not None and page.view.fit.block)
    qtbot.waitUntil(lambda: all(a.isVisible() and a.height() > 0 for a in page.arrays))
    assert all(a.denominator() == 100 and a.cell_size() >= 16 for a in page.arrays)
    assert all("out of 1,000 people" in a.accessibleDescription() for a in page.arrays)
    assert any(t.startswith("A close-up of 100 of the 1,000 people") for t in _texts(page))


def test_the_consultation_shows_benefits_first(qtbot, window: MainWindow, open_decision) -> None:  # type: ignore[no-untyped-def]
    decision = open_decision("knee-osteoarthritis")
    decision.go_to("outcomes")
    page = decision.pages["outcomes"]
    assert isinstance(page, OutcomesStep) and window.aid is not None
    desirable = [o.desirable for o in page.outcomes]
    assert desirable == sorted(desirable, reverse=True) and desirable[0]
    assert page.view is not None and page.view.title.text() == page.outcomes[0].label


def test_the_dot_drawn_for_one_in_a_thousand_is_8_pixels_across(qtbot, aid: Aid) -> None:  # type: ignore[no-untyped-def]
    """Measured on the picture itself: the one affected dot, not the cell it sits in."""
    from PySide6.QtGui import QColor

    from sdm_aid.ui.theme import outcome_colours

    rare = _outcome(aid, {"injection": OutcomeValue(1)}, denominator=1000)
    page = _page(qtbot, aid, rare, width=1100)
    [array] = page.arrays
    qtbot.waitUntil(lambda: array.height() >= 200)
    image = array.grab().toImage()
    ratio = image.devicePixelRatio()
    colour = outcome_colours("light")["good" if rare.desirable else "bad"]

    def near(c: QColor) -> bool:
        return abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(
            c.blue() - colour.blue()
        ) < 60

    points = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if near(image.pixelColor(x, y))
    ]
    assert points, "no affected dot found"
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width, height = (max(xs) - min(xs) + 1) / ratio, (max(ys) - min(ys) + 1) / ratio
    assert array.cell_size() < 10  # a small cell: the case the rule is about
    assert width >= 7.5 and height >= 7.5, (width, height, array.cell_size())
