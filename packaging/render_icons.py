"""Render the app icon for desktop integration from ``resources/icons/carebook.svg``.

Writes, under ``packaging/icons/``:

- ``hicolor/<N>x<N>/apps/org.carebook.Carebook.png`` for N in ``SIZES`` and
  ``hicolor/scalable/apps/org.carebook.Carebook.svg`` (the freedesktop icon-theme layout: copy the
  ``hicolor`` folder into ``~/.local/share/icons/`` or ``/usr/share/icons/``);
- ``carebook.ico`` (Windows: the .exe and the installer) and ``carebook.icns`` (macOS: the .app).

Run it again whenever the SVG changes, and commit what it wrote::

    .venv/bin/python packaging/render_icons.py

It uses Qt's SVG renderer (PySide6-Essentials) on the offscreen platform, so it needs no display, and
Pillow (a reportlab dependency) for the .ico and .icns files.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "carebook.svg"
OUT = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)
RETINA_512 = OUT / "carebook-1024.png"

sys.path.insert(0, str(ROOT))
from carebook import APP_ID  # noqa: E402


def png_path(size: int) -> Path:
    return OUT / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def svg_path() -> Path:
    return OUT / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"


def render_pngs() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    written = []
    for size, target in [(size, png_path(size)) for size in SIZES] + [(1024, RETINA_512)]:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.convertToFormat(QImage.Format.Format_ARGB32).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    del app
    written.remove(RETINA_512)
    return written


def write_platform_icons() -> list[Path]:
    from PIL import Image

    ico = OUT / "carebook.ico"
    # Each size from its own rendering: small sizes stay crisp instead of being scaled down.
    frames = [Image.open(png_path(size)).convert("RGBA") for size in ICO_SIZES]
    frames[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    icns = OUT / "carebook.icns"
    # The 1024 px rendering is the 512@2x slot of the .icns only; it is not kept.
    with Image.open(RETINA_512) as retina:
        retina.convert("RGBA").save(
            icns, format="ICNS", append_images=[Image.open(png_path(s)) for s in ICNS_SIZES]
        )
    RETINA_512.unlink()
    return [ico, icns]


def main() -> int:
    written = render_pngs()
    svg_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, svg_path())
    written.append(svg_path())
    written += write_platform_icons()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
