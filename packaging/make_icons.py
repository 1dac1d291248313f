"""Render resources/icons/sdm-aid.svg to the PNG sizes, ICO and ICNS the packages use.

Run from the repository root after changing the SVG:
``QT_QPA_PLATFORM=offscreen python packaging/make_icons.py`` (needs PySide6's QtSvg).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "sdm-aid.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        render(size).save(str(SVG.with_name(f"sdm-aid-{size}.png")))
    out = ROOT / "packaging" / "icons"
    out.mkdir(exist_ok=True)
    render(256).save(str(out / "sdm-aid.ico"))
    render(512).save(str(out / "sdm-aid.icns"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
