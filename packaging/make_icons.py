"""Render the application icon (assist_desktop/resources/icons/app.svg) for the desktop packages.

    .venv/bin/python packaging/make_icons.py

writes, from the one SVG that the application itself shows:
- packaging/linux/icons/hicolor/{16..512}x{16..512}/apps/assist-desktop.png and
  scalable/apps/assist-desktop.svg (the freedesktop icon theme layout);
- packaging/windows/assist-desktop.ico (16-256 px) and packaging/macos/assist-desktop.icns.

Rendering uses QtSvg (already a dependency), so no other tool is needed; Pillow (installed
with ReportLab) packs the .ico and .icns. Run it again after changing app.svg and commit the
results; the build itself only reads them.
"""
from __future__ import annotations

import os
import shutil
import sys
from io import BytesIO
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "assist_desktop" / "resources" / "icons" / "app.svg"
NAME = "assist-desktop"
LINUX_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in sorted(set(LINUX_SIZES + ICO_SIZES
                                                                  + ICNS_SIZES))}
    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    for size in LINUX_SIZES:
        target = hicolor / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        images[size].save(target, optimize=True)
    scalable = hicolor / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)

    ico = ROOT / "packaging" / "windows" / f"{NAME}.ico"
    ico.parent.mkdir(parents=True, exist_ok=True)
    images[256].save(ico, sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    icns = ROOT / "packaging" / "macos" / f"{NAME}.icns"
    icns.parent.mkdir(parents=True, exist_ok=True)
    images[1024].save(icns, append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    print(f"wrote {len(LINUX_SIZES)} PNGs and the SVG under {hicolor.relative_to(ROOT)}, "
          f"{ico.relative_to(ROOT)}, {icns.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
