"""A window's action: its text, what it does and its shortcut, reachable from anywhere in
the window (and from a menu, when given)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def make_action(
    window: QWidget,
    text: str,
    slot: Any,
    shortcut: QKeySequence.StandardKey | str | None = None,
    menu: QMenu | None = None,
) -> QAction:
    action = QAction(text, window)
    if isinstance(shortcut, str):
        action.setShortcuts([QKeySequence(shortcut)])
    elif shortcut is not None:
        action.setShortcuts(shortcut)
    action.triggered.connect(slot)
    if menu is not None:
        menu.addAction(action)
    window.addAction(action)
    return action
