"""The current translation, for every layer of the core: ``_`` and ``ngettext`` look a message up in the
language that is current (a ``carebook.i18n.using`` on this thread, else the process's default, which the
app sets to its seat's language), and give it back as written when there is none (English: the CLI).

A leaf module below every one that has words to say (field checks, storage errors), so that each can
translate its message where it is made: ``_("'{value}' is not a date").format(value=raw)``, never an
f-string inside ``_``. ``carebook.i18n`` puts its ``Language`` here; nothing here knows Babel or CLDR.
"""

from __future__ import annotations

import contextvars
from typing import Protocol


class Translator(Protocol):
    def gettext(self, text: str) -> str: ...

    def ngettext(self, one: str, many: str, n: int) -> str: ...

    def count(self, n: int) -> str: ...


current_translator: contextvars.ContextVar[Translator | None] = contextvars.ContextVar(
    "carebook_language", default=None
)


class _Default:
    translator: Translator | None = None  # the process's, outside any ``using`` (None: English)


def default_translator() -> Translator | None:
    return _Default.translator


def set_default_translator(translator: Translator | None) -> None:
    _Default.translator = translator


def active() -> Translator | None:
    """This thread's translator (``using``), else the process's default, else None (the source text)."""
    return current_translator.get() or _Default.translator


def _(text: str) -> str:
    """``text`` in the current language."""
    translator = active()
    return text if translator is None else translator.gettext(text)


def ngettext(one: str, many: str, n: int) -> str:
    """The form of ``one``/``many`` for ``n`` in the current language; ``{0}`` in it is the number."""
    translator = active()
    if translator is None:
        return (one if n == 1 else many).replace("{0}", str(n))  # as the command line always wrote it
    return translator.ngettext(one, many, n)


def number(n: int) -> str:
    """A whole number as the current language groups it: 12,345 / 12.345 / 12 345."""
    translator = active()
    return f"{n:,}" if translator is None else translator.count(n)
