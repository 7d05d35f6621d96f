"""The shop's language: the owner's ``report_language`` setting, written with the conventions of the
shop's country (``phone_region``). The monthly PDF and the ``.ics`` event texts are in it, whatever
language each counter's screens use."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from carebook import i18n, settings


def code(wanted: str | None = None) -> str:
    """``wanted`` (a code of ``i18n.LANGUAGES``), else the shop's ``report_language``, checked."""
    return i18n.check(wanted if wanted is not None else settings.get("report_language"))


@contextlib.contextmanager
def using(wanted: str | None = None) -> Iterator[i18n.Language]:
    """``i18n.using`` the shop's language (or ``wanted``) with the shop's country's conventions."""
    with i18n.using(code(wanted), settings.get("phone_region")) as language:
        yield language
