"""Light and dark palettes and the stylesheet.

``apply_theme(app, choice)`` sets the Fusion palette for ``"light"``, ``"dark"`` or ``"system"`` (the
desktop's colour scheme where Qt can tell, else light) and then the stylesheet: the files
``resources/styles/NN-name.qss`` joined in name order. Widgets are styled by ``objectName``
(``#sidebar``, ``#pageTitle``, ``#fieldError`` ...). A stylesheet may use ``palette(role)`` and the
tokens of ``TOKENS`` written as ``@name`` (``color: @muted;``), filled per palette.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from carebook.resources import resource_path


@dataclass(frozen=True)
class Scheme:
    name: str
    window: str
    text: str
    base: str
    alternate: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    muted: str
    disabled: str
    border: str
    sidebar: str
    error: str
    success: str
    warning: str
    badge: str
    badge_text: str
    card: str


LIGHT = Scheme(
    name="light",
    window="#f4f5f7",
    text="#1d2127",
    base="#ffffff",
    alternate="#f3f5f8",
    button="#eceef2",
    highlight="#2563c9",
    highlighted_text="#ffffff",
    link="#1f5fbf",
    muted="#5c6470",
    disabled="#9aa1ab",
    border="#d3d7de",
    sidebar="#e9ecf0",
    error="#b42318",
    success="#1e7b3c",
    warning="#9a5b00",
    badge="#d92d20",
    badge_text="#ffffff",
    card="#ffffff",
)

DARK = Scheme(
    name="dark",
    window="#24272c",
    text="#e7e9ec",
    base="#17191c",
    alternate="#23262b",
    button="#2b2f35",
    highlight="#3470d6",
    highlighted_text="#ffffff",
    link="#8ab4ff",
    muted="#a3aab4",
    disabled="#6c727b",
    border="#3a3f46",
    sidebar="#191b1f",
    error="#ff8a80",
    success="#6fd28e",
    warning="#f0b450",
    badge="#d92d20",
    badge_text="#ffffff",
    card="#262a2f",
)

SCHEMES = {"light": LIGHT, "dark": DARK}
TOKENS = tuple(field for field in Scheme.__dataclass_fields__ if field != "name")
_current: Scheme = LIGHT


def current_scheme() -> Scheme:
    """The scheme in use (pages read colours such as ``current_scheme().error`` from here)."""
    return _current


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Scheme:
    if choice in SCHEMES:
        return SCHEMES[choice]
    return DARK if system_prefers_dark() else LIGHT


def palette_for(scheme: Scheme) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    group = QPalette.ColorGroup

    def put(r: QPalette.ColorRole, value: str, disabled: str | None = None) -> None:
        color = QColor(value)
        palette.setColor(group.Active, r, color)
        palette.setColor(group.Inactive, r, color)
        palette.setColor(group.Disabled, r, QColor(disabled) if disabled else color)

    window = QColor(scheme.window)
    put(role.Window, scheme.window)
    put(role.WindowText, scheme.text, scheme.disabled)
    put(role.Base, scheme.base, scheme.window)
    put(role.AlternateBase, scheme.alternate)
    put(role.Text, scheme.text, scheme.disabled)
    put(role.Button, scheme.button)
    put(role.ButtonText, scheme.text, scheme.disabled)
    put(role.BrightText, "#ffffff")
    put(role.Highlight, scheme.highlight, scheme.border)
    put(role.HighlightedText, scheme.highlighted_text, scheme.disabled)
    put(role.Link, scheme.link)
    put(role.LinkVisited, scheme.link)
    put(role.PlaceholderText, scheme.muted, scheme.disabled)
    put(role.ToolTipBase, scheme.card)
    put(role.ToolTipText, scheme.text)
    put(role.Accent, scheme.highlight)
    dark = scheme.name == "dark"
    put(role.Light, window.lighter(160 if dark else 115).name())
    put(role.Midlight, window.lighter(130 if dark else 105).name())
    put(role.Mid, scheme.border)
    put(role.Dark, window.darker(150 if dark else 160).name())
    put(role.Shadow, "#000000")
    return palette


def stylesheet(scheme: Scheme) -> str:
    folder = resource_path("styles")
    parts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("[0-9][0-9]-*.qss"))]
    text = "\n".join(parts)
    values: dict[str, str] = {token: getattr(scheme, token) for token in TOKENS}

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(f"unknown stylesheet token @{name}")
        return values[name]

    return re.sub(r"@([a-z_]+)\b", fill, text)


def apply_theme(app: QApplication, choice: str) -> Scheme:
    """Set palette and stylesheet for ``choice`` (system, light, dark); return the scheme used."""
    global _current
    scheme = resolve(choice)
    _current = scheme
    app.setPalette(palette_for(scheme))
    app.setStyleSheet(stylesheet(scheme))
    return scheme
