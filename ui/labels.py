"""Translated labels for every stored vocabulary value of ``carebook.vocab``.

The database holds ``in_person``; the window shows "In person" in the user's language. Use
``channel(value)``, ``reason(value)`` ... for one label, or ``choices(vocab.CHANNELS, channel)`` for
the (value, label) pairs of a combo box. An unknown value is shown as it is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

from ui.translate_noop import QT_TRANSLATE_NOOP

_CONTEXT = "labels"

_CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("labels", "Phone"),
    "email": QT_TRANSLATE_NOOP("labels", "Email"),
    "in_person": QT_TRANSLATE_NOOP("labels", "In person"),
    "social": QT_TRANSLATE_NOOP("labels", "Social media"),
    "sms": QT_TRANSLATE_NOOP("labels", "SMS"),
    "chat": QT_TRANSLATE_NOOP("labels", "Chat"),
    "self_service": QT_TRANSLATE_NOOP("labels", "Self-service"),
}
_DIRECTIONS = {
    "inbound": QT_TRANSLATE_NOOP("labels", "Inbound"),
    "outbound": QT_TRANSLATE_NOOP("labels", "Outbound"),
}
_REASONS = {
    "inquiry": QT_TRANSLATE_NOOP("labels", "Inquiry"),
    "problem": QT_TRANSLATE_NOOP("labels", "Problem"),
    "technical": QT_TRANSLATE_NOOP("labels", "Technical"),
    "order_return": QT_TRANSLATE_NOOP("labels", "Order / return"),
    "billing": QT_TRANSLATE_NOOP("labels", "Billing"),
    "recommendation": QT_TRANSLATE_NOOP("labels", "Recommendation"),
    "complaint": QT_TRANSLATE_NOOP("labels", "Complaint"),
    "compliment": QT_TRANSLATE_NOOP("labels", "Compliment"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}
_STATUSES = {
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "resolved": QT_TRANSLATE_NOOP("labels", "Resolved"),
}
_PRIORITIES = {
    "normal": QT_TRANSLATE_NOOP("labels", "Normal"),
    "high": QT_TRANSLATE_NOOP("labels", "High"),
}
_ROLES = {
    "owner": QT_TRANSLATE_NOOP("labels", "Owner"),
    "staff": QT_TRANSLATE_NOOP("labels", "Staff"),
}
_KINDS = {
    "csat": QT_TRANSLATE_NOOP("labels", "CSAT"),
    "nps": QT_TRANSLATE_NOOP("labels", "NPS"),
    "ces": QT_TRANSLATE_NOOP("labels", "CES"),
}
_KIND_QUESTIONS = {
    "csat": QT_TRANSLATE_NOOP("labels", "Satisfaction (1 = very unhappy, 5 = very happy)"),
    "nps": QT_TRANSLATE_NOOP("labels", "Would recommend us (0 = not at all, 10 = certainly)"),
    "ces": QT_TRANSLATE_NOOP("labels", "Ease (1 = very hard, 7 = very easy)"),
}


def _lookup(table: dict[str, str], value: str) -> str:
    source = table.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value


def channel(value: str) -> str:
    return _lookup(_CHANNELS, value)


def direction(value: str) -> str:
    return _lookup(_DIRECTIONS, value)


def reason(value: str) -> str:
    return _lookup(_REASONS, value)


def status(value: str) -> str:
    return _lookup(_STATUSES, value)


def priority(value: str) -> str:
    return _lookup(_PRIORITIES, value)


def role(value: str) -> str:
    return _lookup(_ROLES, value)


def kind(value: str) -> str:
    return _lookup(_KINDS, value)


def kind_question(value: str) -> str:
    return _lookup(_KIND_QUESTIONS, value)


def choices(values: Iterable[str], label: Callable[[str], str]) -> list[tuple[str, str]]:
    """``[(stored value, translated label), ...]`` in the vocabulary's order."""
    return [(value, label(value)) for value in values]


def channel_icon_name(value: str) -> str:
    """The icon of a channel in ``resources/icons`` (``channel-phone`` ...)."""
    return f"channel-{value}"
