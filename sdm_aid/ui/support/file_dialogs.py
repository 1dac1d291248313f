"""Asking for a file to open, starting in the person's home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_open_file(parent: QWidget | None, title: str, kinds: str) -> Path | None:
    """The file the person chose (``kinds``: the dialog's filter), or None if they cancel."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), kinds)
    return Path(path) if path else None
