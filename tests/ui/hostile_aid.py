"""A hostile aid for the UI tests: markup in every text field, pictures that point outside.

``make_hostile_aid(root)`` writes ``root/aids/hostile.md`` with a picture of its own beside
it (``picture.png``, pure magenta) and canary pictures outside the aid's folder that no
widget may ever open. ``OpenWatch`` sees every open of a file by any code in the process
(Qt's included), through Linux's inotify.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import struct
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from support import EXAMPLE

MARK = "<h1>HOSTILE</h1>"
MAGENTA = QColor(255, 0, 255)


def _png(path: Path, colour: QColor, size: int = 40) -> None:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(colour)
    assert image.save(str(path), "PNG")


def make_hostile_aid(root: Path) -> dict[str, Path]:
    """Write the aid and its canaries; return the paths that must never be opened."""
    aids = root / "aids"
    aids.mkdir(parents=True)
    canary = root / "canary.png"  # outside the aid's folder
    _png(canary, QColor("red"))
    cwd_canary = root / "cwd" / "cwd-canary.png"  # where the app was "started"
    cwd_canary.parent.mkdir()
    _png(cwd_canary, QColor("red"))
    linked = root / "linked-canary.png"
    _png(linked, QColor("red"))
    (aids / "link.png").symlink_to(linked)
    svg_canary = root / "svg-canary.png"
    _png(svg_canary, QColor("red"))
    (aids / "outside.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="40" height="40"><image xlink:href="{svg_canary}" width="40" height="40"/>'
        "</svg>",
        encoding="utf-8",
    )
    _png(aids / "picture.png", MAGENTA)
    absolute = str(canary).replace("/", "%2F")
    pictures = "\n".join(
        [
            "",
            "![Our own picture](picture.png)",
            "",
            f'<img src="{absolute}" alt="">',
            f"![x]({absolute})",
            "![x](%2e%2e/canary.png)",
            '<img src="%2e%2e/canary.png">',
            "![x](..%2Fcanary.png)",
            '<img src="..%2F..%2F..%2F..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd">',
            f'<img src="{canary}">',
            "![x](cwd-canary.png)",
            "![x](link.png)",
            "![x](outside.svg)",
            "",
        ]
    )
    text = EXAMPLE.read_text(encoding="utf-8")
    replacements = {
        'title: "Example aid: choosing how to treat a sore elbow"': (f'title: "{MARK} elbow"'),
        "id: example-aid": "id: hostile-aid",
        'title: "An example trial (made up for this example)"': f'title: "{MARK} trial"',
        "label: Elbow pain much better": f'label: "{MARK} pain"',
        "timeframe: after 1 year": f'timeframe: "{MARK} 1 year"',
        'note: "Only one small study has looked at this."': (
            f"note: \"{MARK} <img src='{canary}'>\""
        ),
        'exercise: {not_applicable: "No needle is used."}': (
            f'exercise: {{not_applicable: "{MARK} value"}}'
        ),
        'label: "a dummy injection"': f'label: "{MARK} dummy"',
        '"About 10"': f'"{MARK} 10"',
        'explanation: "About 65 out of 100 people who wait have much less pain after 1 year."': (
            f'explanation: "{MARK} explained"'
        ),
        "  statement: Avoiding needles": f'  statement: "{MARK} needles"',
        "You can take your time.\n": "You can take your time.\n" + pictures,
    }
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    (aids / "hostile.md").write_text(text, encoding="utf-8")
    return {
        "canary": canary,
        "cwd": cwd_canary,
        "linked": linked,
        "svg": svg_canary,
    }


class OpenWatch:
    """Counts opens of some files by anyone in this process, Qt's own opens included."""

    IN_OPEN = 0x20
    IN_NONBLOCK = 0o4000

    def __init__(self, paths: list[Path]):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        self._libc = libc
        self.fd = libc.inotify_init1(self.IN_NONBLOCK)
        assert self.fd >= 0, os.strerror(ctypes.get_errno())
        self.names: dict[int, Path] = {}
        for path in paths:
            wd = libc.inotify_add_watch(self.fd, str(path).encode(), self.IN_OPEN)
            assert wd >= 0, (path, os.strerror(ctypes.get_errno()))
            self.names[wd] = path

    def opened(self) -> list[Path]:
        """The watched files opened since the watch began (or was last asked)."""
        seen: list[Path] = []
        while True:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                return seen
            offset = 0
            while offset < len(data):
                wd, _mask, _cookie, length = struct.unpack_from("iIII", data, offset)
                seen.append(self.names[wd])
                offset += 16 + length

    def close(self) -> None:
        os.close(self.fd)
