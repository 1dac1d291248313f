"""Text from files, shown safely: plain where it is plain, and rich text that loads nothing.

Qt's default ``AutoText`` guesses whether a label's text is HTML, so a name such as
``<h1>X</h1>`` or ``<img src="/etc/passwd">`` would be drawn as markup. And Qt's rich text
opens any image it is given itself, relative to the folder the app started in, even when a
widget's ``loadResource`` refuses it. So:

* names, labels, notes and messages from files go into labels set to ``Qt.PlainText``
  (``plain_box`` for message boxes, ``plain_tooltip`` for tool tips);
* aid HTML goes through :func:`safe_html`: nh3 once more, and every ``<img>`` replaced by a
  ``data:`` URL of a picture loaded here (``sdm_aid.core.images`` says which files may be
  read) or removed. Qt is never handed a path.
"""

from __future__ import annotations

import base64
import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPainter

from sdm_aid.core.images import read_image_bytes, resolve_image, svg_is_self_contained

if TYPE_CHECKING:  # message boxes are made where they are needed (not in a consultation)
    from PySide6.QtWidgets import QMessageBox

MAX_PIXELS = 4096 * 4096  # a picture's size before it is decoded
MAX_WIDTH = 800  # pictures are scaled down to this width (a page never scrolls sideways)
ALLOCATION_LIMIT_MB = 128  # Qt's own cap on the memory one image may take when decoded
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)


def plain_tooltip(text: str) -> str:
    """A tool tip that shows ``text`` as written. Qt guesses HTML in tool tips too, from
    something like a tag: text without "<" is left as it is, other text is escaped."""
    if "<" not in text:
        return text
    return f"<qt>{html.escape(text, quote=False)}</qt>"


def plain_box(box: QMessageBox) -> QMessageBox:
    """A message box whose text (file names, messages about files) is shown as written."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


class ImageSource:
    """Loads the pictures of one aid's folder, once each, as ``data:`` URLs."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        self._loaded: dict[tuple[str, int, int], str | None] = {}

    def data_url(self, src: str) -> str | None:
        path = resolve_image(src, self.folder)
        if path is None:
            return None
        try:
            info = path.stat()
        except OSError:
            return None
        key = (str(path), info.st_mtime_ns, info.st_size)
        if key not in self._loaded:
            self._loaded[key] = _load(path)
        return self._loaded[key]


_SOURCES: dict[Path | None, ImageSource] = {}


def images_for(aid_path: Path | None) -> ImageSource:
    """The image source for an aid file's folder (shared by its pages)."""
    folder = aid_path.parent if aid_path is not None else None
    if folder not in _SOURCES:
        _SOURCES[folder] = ImageSource(folder)
    return _SOURCES[folder]


def _load(path: Path) -> str | None:
    """A picture as a PNG ``data:`` URL, or None if it is not a picture we will show."""
    data = read_image_bytes(path)
    if data is None:
        return None
    image = _load_svg(data) if path.suffix.lower() == ".svg" else _load_raster(data)
    if image is None or image.isNull():
        return None
    if image.width() > MAX_WIDTH:
        image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        return None
    return "data:image/png;base64," + base64.b64encode(bytes(png.data())).decode("ascii")


def _load_raster(data: bytes) -> QImage | None:
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.width() * size.height() > MAX_PIXELS:
        return None
    image = reader.read()
    return None if image.isNull() else image


def _load_svg(data: bytes) -> QImage | None:
    if not svg_is_self_contained(data):
        return None
    from PySide6.QtSvg import QSvgRenderer  # only when an aid has an SVG picture

    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(400, 300)
    if size.width() > MAX_WIDTH:
        size = QSize(MAX_WIDTH, max(1, size.height() * MAX_WIDTH // size.width()))
    if size.width() * size.height() > MAX_PIXELS:
        return None
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def safe_html(fragment: str, images: ImageSource | None = None) -> str:
    """HTML for a Qt widget: sanitised, with every picture loaded here or left out."""
    import nh3  # here: the library page, which only needs plain_tooltip, loads quickly

    from sdm_aid.core.allowed_html import ALLOWED_ATTRIBUTES, ALLOWED_TAGS
    from sdm_aid.core.presentation import GLOSSARY_SCHEME

    cleaned = nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style"},
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", GLOSSARY_SCHEME.rstrip(":")},
    )
    return with_loaded_images(cleaned, images)


def with_loaded_images(document: str, images: ImageSource | None) -> str:
    """A whole HTML page built here (such as the summary) with each ``<img>`` rebuilt:
    a picture loaded here, or its alt text. For fragments from files use ``safe_html``."""

    def rebuild(match: re.Match[str]) -> str:
        tag = match.group(0)
        src = _ANY_SRC.search(tag)
        value = next((g for g in src.groups() if g is not None), "") if src else ""
        url = images.data_url(html.unescape(value)) if images is not None and value else None
        alt = _ANY_ALT.search(tag)
        alt_text = next((g for g in alt.groups() if g is not None), "") if alt else ""
        if url is None:
            return html.escape(html.unescape(alt_text), quote=False)
        return f'<img src="{url}" alt="{html.escape(html.unescape(alt_text))}">'

    return _IMG.sub(rebuild, document)


_ANY_SRC = re.compile(r"""\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
_ANY_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
