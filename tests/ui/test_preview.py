"""The authors' live preview: `sdm-aid preview FILE` and File › Preview a file…"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from sdm_aid import paths
from sdm_aid.cli import main
from sdm_aid.core.findings import Finding
from sdm_aid.core.validation import ValidationConfig, check_text
from sdm_aid.ui.main_window import MainWindow
from sdm_aid.ui.preview_window import FindingsModel, PreviewWindow
from sdm_aid.ui.support.workers import wait_for_workers
from support import EXAMPLE

SAVE_TIMEOUT_MS = 2000  # the issue asks for a re-render within a second of each save
OLD_TITLE = "## Steroid injection {#injection}"
NEW_TITLE = "## A steroid injection in the elbow {#injection}"
BROKEN_FRONT_MATTER = 'title: ["Example aid: choosing how to treat a sore elbow"'


def page_text(window: PreviewWindow, step: str) -> str:
    assert window.decision is not None
    page = window.decision.page(step)
    html = "\n".join(label.text() for label in page.findChildren(QLabel))
    return re.sub(r"<[^>]+>", "", html)  # glossary words are links


def shown_step(window: PreviewWindow) -> str:
    assert window.decision is not None
    current = window.decision.stack.currentWidget()
    return next(s for s, p in window.decision.pages.items() if p is current)


def save_and_time(qtbot, window: PreviewWindow, write, signal: str = "rendered") -> float:  # type: ignore[no-untyped-def]
    """Run ``write`` (a save) and return the milliseconds until the preview has caught up."""
    with qtbot.waitSignal(getattr(window, signal), timeout=SAVE_TIMEOUT_MS):
        start = time.perf_counter()
        write()
    return (time.perf_counter() - start) * 1000


def editor_save(path: Path, text: str) -> None:
    """Save as many editors do: write a new file beside it, then rename it over the old."""
    tmp = path.with_name(f".{path.name}.swp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


@pytest.fixture
def aid_file(tmp_path: Path) -> Path:
    path = tmp_path / "aids" / "elbow.md"
    path.parent.mkdir()
    path.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
def preview(qtbot, aid_file: Path) -> Iterator[PreviewWindow]:  # type: ignore[no-untyped-def]
    window = PreviewWindow(aid_file)
    qtbot.addWidget(window)
    window.show()
    # The first check in a process loads the readability dictionary (about a second).
    qtbot.waitUntil(lambda: window.decision is not None, timeout=20000)
    yield window
    window.close()
    wait_for_workers()


def test_a_save_re_renders_on_the_same_step_within_a_second(
    qtbot,  # type: ignore[no-untyped-def]
    preview: PreviewWindow,
    aid_file: Path,
) -> None:
    assert preview.windowTitle().startswith("elbow.md")
    assert "Updated" in preview.status.text() and "0 errors, 0 warnings" in preview.status.text()
    assert preview.decision is not None
    preview.decision.go_to("options")
    old_page = preview.decision
    assert "Steroid injection" in page_text(preview, "options")

    text = aid_file.read_text(encoding="utf-8")
    elapsed = save_and_time(
        qtbot,
        preview,
        lambda: aid_file.write_text(text.replace(OLD_TITLE, NEW_TITLE), encoding="utf-8"),
    )
    assert elapsed < 1000, f"re-render took {elapsed:.0f} ms"
    print(f"\nre-render after a save: {elapsed:.0f} ms")
    qtbot.waitUntil(lambda: "A steroid injection in the elbow" in page_text(preview, "options"))
    assert preview.decision is not old_page
    assert preview.session is not None and preview.session.current_step == "options"
    assert shown_step(preview) == "options"
    # The comparison table still names the old title: the panel says so, as validate would.
    rules = [f.rule for f in preview.model.findings]
    assert rules and set(rules) == {"SDM320"}
    assert "0 errors, 2 warnings" in preview.status.text()
    assert preview.dock.windowTitle() == "Findings (2)"


def test_a_broken_save_shows_findings_and_keeps_the_last_good_rendering(
    qtbot,  # type: ignore[no-untyped-def]
    preview: PreviewWindow,
    aid_file: Path,
) -> None:
    assert preview.decision is not None
    preview.decision.go_to("outcomes")
    outcomes = preview.decision.pages["outcomes"]
    outcomes.step_outcome(1)  # type: ignore[attr-defined]
    second = outcomes.shown_outcome()  # type: ignore[attr-defined]
    good = aid_file.read_text(encoding="utf-8")
    good_page = preview.decision
    broken = good.replace(
        'title: "Example aid: choosing how to treat a sore elbow"', BROKEN_FRONT_MATTER
    )
    assert broken != good

    save_and_time(
        qtbot, preview, lambda: aid_file.write_text(broken, encoding="utf-8"), signal="checked"
    )
    errors = [f for f in preview.model.findings if f.is_error]
    assert errors and errors[0].rule == "SDM104" and errors[0].line
    # The same findings as `sdm-aid validate`.
    expected = check_text(broken, aid_file, ValidationConfig()).findings
    assert sorted(preview.model.findings, key=str) == sorted(expected, key=str)
    assert preview.model.findings[0] is errors[0]  # errors come first
    row = preview.model.index(0).data()
    assert "SDM104" in row and f"line\u00a0{errors[0].line}" in row
    assert preview.decision is good_page and good_page.isVisible()
    assert shown_step(preview) == "outcomes"
    assert "showing the last version that worked" in preview.status.text()
    assert preview.banner.isVisible()
    assert "has errors" in preview.windowTitle()

    elapsed = save_and_time(qtbot, preview, lambda: aid_file.write_text(good, encoding="utf-8"))
    assert elapsed < 1000
    assert preview.decision is not good_page
    assert shown_step(preview) == "outcomes"
    # The same outcome as before the save, not the first again.
    assert preview.decision.pages["outcomes"].shown_outcome() == second  # type: ignore[attr-defined]
    assert preview.model.rowCount() == 0
    assert preview.summary.text() == "No problems found."
    assert not preview.banner.isVisible()
    assert preview.status.text().startswith("Updated")


def test_editor_style_saves_write_a_new_file_and_rename_it(
    qtbot,  # type: ignore[no-untyped-def]
    preview: PreviewWindow,
    aid_file: Path,
) -> None:
    assert preview.decision is not None
    preview.decision.go_to("compare")
    text = aid_file.read_text(encoding="utf-8")
    times = []
    for n in range(3):  # the watcher loses the renamed-over path each time; it must re-add it
        changed = text.replace(OLD_TITLE, f"## Steroid injection, take {n} {{#injection}}")
        times.append(save_and_time(qtbot, preview, lambda c=changed: editor_save(aid_file, c)))
        qtbot.waitUntil(lambda n=n: f"take {n}" in page_text(preview, "options"), timeout=1000)
        assert shown_step(preview) == "compare"
        assert str(aid_file) in preview.watcher.files()
    assert max(times) < 1000, times
    print(f"\nre-render after editor-style saves: {[round(t) for t in times]} ms")


def test_a_deleted_file_is_waited_for(qtbot, preview: PreviewWindow, aid_file: Path) -> None:  # type: ignore[no-untyped-def]
    text = aid_file.read_text(encoding="utf-8")
    page = preview.decision
    with qtbot.waitSignal(preview.checked, timeout=SAVE_TIMEOUT_MS):
        aid_file.rename(aid_file.with_suffix(".bak"))
    assert preview.missing and "missing" in preview.status.text()
    assert preview.banner.isVisible() and "deleted or renamed" in preview.banner.text()
    assert preview.decision is page  # the last rendering stays

    with qtbot.waitSignal(preview.rendered, timeout=SAVE_TIMEOUT_MS):
        aid_file.write_text(text.replace(OLD_TITLE, NEW_TITLE), encoding="utf-8")
    assert not preview.missing and not preview.banner.isVisible()
    assert preview.aid is not None and "A steroid injection in the elbow" in [
        o.title for o in preview.aid.options
    ]
    assert str(aid_file) in preview.watcher.files()


def test_a_file_broken_from_the_start_is_shown_once_fixed(qtbot, aid_file: Path) -> None:  # type: ignore[no-untyped-def]
    good = aid_file.read_text(encoding="utf-8")
    aid_file.write_text(good.replace("# Your options {#options}", "# Your options"), "utf-8")
    window = PreviewWindow(aid_file)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.outcome is not None, timeout=20000)
    assert window.decision is None
    assert window.pages.currentWidget() is window.placeholder
    assert "cannot be shown yet" in window.placeholder.text()
    assert any(f.rule == "SDM201" for f in window.model.findings)
    with qtbot.waitSignal(window.rendered, timeout=SAVE_TIMEOUT_MS):
        aid_file.write_text(good, encoding="utf-8")
    assert window.decision is not None and window.pages.currentWidget() is window.decision
    window.close()
    wait_for_workers()


def test_the_scroll_position_is_kept(qtbot, preview: PreviewWindow, aid_file: Path) -> None:  # type: ignore[no-untyped-def]
    assert preview.decision is not None
    preview.resize(900, 500)
    preview.decision.go_to("options")
    QApplication.processEvents()
    bar = preview.decision.page("options").verticalScrollBar()
    assert bar.maximum() > 100
    bar.setValue(bar.maximum() // 2)
    where = bar.value()
    text = aid_file.read_text(encoding="utf-8")
    save_and_time(
        qtbot,
        preview,
        lambda: aid_file.write_text(text.replace("a few times", "four times"), encoding="utf-8"),
    )
    new_bar = preview.decision.page("options").verticalScrollBar()
    qtbot.waitUntil(lambda: new_bar.value() == where, timeout=1000)


def test_findings_are_sorted_errors_first_and_copy_file_and_line(
    qtbot,  # type: ignore[no-untyped-def]
    preview: PreviewWindow,
    aid_file: Path,
) -> None:
    findings = [
        Finding("SDM318", aid_file, 40, "a warning"),
        Finding("SDM204", aid_file, 90, "a late error"),
        Finding("SDM315", aid_file, 1, "allowed", allowed_reason="not yet"),
        Finding("SDM201", aid_file, 12, "an early error"),
    ]
    preview.model.set_findings(findings)
    assert [f.line for f in preview.model.findings] == [12, 90, 40, 1]
    assert preview.model.index(3).data().startswith("Allowed")

    preview.activateWindow()
    preview.focus_findings()
    view = preview.findings_view
    assert view.currentIndex().row() == 0
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    clipboard = QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: clipboard.text() == f"{aid_file}:90", timeout=1000)
    qtbot.waitUntil(preview.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_F6)  # F6 goes back to the page …
    assert preview.decision is not None and preview.decision.step_list.hasFocus()
    qtbot.keyClick(preview.decision.step_list, Qt.Key.Key_F6)  # … and to the findings again
    assert view.hasFocus()


def test_every_control_has_an_accessible_name_and_nothing_is_saved(
    qtbot,  # type: ignore[no-untyped-def]
    preview: PreviewWindow,
) -> None:
    assert preview.decision is not None
    for step in ("preferences", "decision"):
        preview.decision.go_to(step)
    prefs = preview.decision.pages["preferences"]
    next(iter(prefs.sliders.values())).setValue(7)  # type: ignore[attr-defined]
    controls = (QAbstractButton, QAbstractItemView, QAbstractSlider, QLineEdit, QPlainTextEdit)
    unnamed = []
    for widget in preview.findChildren(QWidget):
        if isinstance(widget, controls) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QAbstractButton) else ""
            )
            if not name.strip() and widget.isVisibleTo(preview):
                unnamed.append(type(widget).__name__)
    assert not unnamed, unnamed
    assert preview.findings_view.accessibleName() and preview.status.accessibleName()
    assert not preview.decision.library_button.isVisible()
    wait_for_workers()
    sessions = paths.user_data_dir() / "sessions"
    assert not sessions.exists() or not any(sessions.iterdir())


def test_the_main_window_opens_previews(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, aid_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(aid_file), ""))
    )
    assert window.preview_action.text()
    window.preview_action.trigger()
    window.preview_action.trigger()  # several at once
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewWindow)]
    previews = [w for w in previews if w.isVisible()]
    assert len(previews) == 2 and len(window._previews) == 2
    qtbot.waitUntil(lambda: all(p.decision is not None for p in previews), timeout=20000)
    previews[0].close()
    assert len(window._previews) == 1
    previews[1].close()
    assert window._previews == []
    wait_for_workers()


def test_cli_preview_of_a_missing_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["preview", str(tmp_path / "missing.md")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["preview", str(EXAMPLE), "--step", "nowhere"]) == 2
    assert "unknown step" in capsys.readouterr().err


def test_findings_model_is_a_list_model() -> None:
    model = FindingsModel()
    model.set_findings([Finding("SDM104", None, None, "bad yaml")])
    assert model.rowCount() == 1
    assert "no line" in model.index(0).data()
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole).startswith("SDM104: ")
