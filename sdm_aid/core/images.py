"""Where an aid's picture is: only a regular image file inside the aid's own folder.

An ``<img src>`` (or ``![](…)``) is resolved here, never by a widget or a browser: Qt's
rich text would open any path it is given, relative to the folder the app was started in.
Percent-escapes are decoded first (``%2e%2e%2f`` is ``../``), then the path is joined to
the aid's folder, symlinks are followed, and the real path must still be inside that
folder and be a regular file of a picture type, no larger than ``MAX_IMAGE_BYTES``.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from urllib.parse import unquote

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"})
MAX_IMAGE_BYTES = 5_000_000
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def decoded_src(src: str) -> str | None:
    """The path an image source names, with percent-escapes decoded; None if it can only
    point outside the aid's folder (a scheme, an absolute path, a backslash, ``..``)."""
    text = src.strip()
    # Decode until nothing changes, so that "%252e" cannot become "%2e" later on.
    for _ in range(4):
        once = unquote(text)
        if once == text:
            break
        text = once
    text = text.split("#", 1)[0].split("?", 1)[0]
    if not text or "\x00" in text or "\\" in text or _SCHEME.match(text):
        return None
    if text.startswith("/") or text.startswith("~"):
        return None
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def resolve_image(src: str, folder: Path | None) -> Path | None:
    """The real path of the picture ``src`` names inside ``folder``, or None."""
    if folder is None:
        return None
    relative = decoded_src(src)
    if relative is None:
        return None
    try:
        root = Path(os.path.realpath(folder))
        real = Path(os.path.realpath(root / relative))
        if real == root or root not in real.parents:
            return None
        if real.suffix.lower() not in IMAGE_SUFFIXES:
            return None
        info = os.stat(real)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_IMAGE_BYTES:
        return None
    return real


def read_image_bytes(path: Path) -> bytes | None:
    """The file's bytes if it is still a regular file no larger than the limit."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_IMAGE_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) <= MAX_IMAGE_BYTES else None


_SVG_EXTERNAL = re.compile(
    rb"<!ENTITY|<!DOCTYPE|<\?xml-stylesheet|@import|<script|<foreignObject"
    rb"|(?:xlink:)?href\s*=\s*[\"'](?!#)|url\(\s*[\"']?(?!#)",
    re.IGNORECASE,
)


def svg_is_self_contained(data: bytes) -> bool:
    """True when an SVG refers to nothing outside itself (no links, images, entities,
    style sheets or scripts; references to its own ``#ids`` are fine)."""
    return _SVG_EXTERNAL.search(data) is None
