"""``QT_TRANSLATE_NOOP`` with its real types: it marks a source text for lupdate, which finds it by this
name, and returns the text unchanged (translated later, where it is shown). PySide6's stub types the
result as ``object``, which no label, header or tooltip accepts."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """``source``, unchanged; ``context`` is the translation context lupdate files it under."""
    return source
