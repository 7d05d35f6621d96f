"""The shop's language in the core: translated text, and dates, numbers, percentages and plurals as the
language writes them (Babel's CLDR data; never formatted by hand).

The core's catalogues are gettext ``.po`` files in ``resources/translations/core/`` (one per language,
``<code>.po``; the template ``carebook.pot`` is refreshed by ``make translations``). They are read with
Babel when a language is first used, so nothing is compiled. ``LANGUAGES`` lists the shipped ones:
adding a language is one ``.po`` file plus one line there.

``language(code)`` returns a ``Language``; ``using(code)`` makes it the current one for the code inside
the ``with`` (a context variable: each thread has its own), and ``_``, ``ngettext`` and ``current()`` use
it. Outside any ``using`` they use the process's default: English, or what ``set_default`` made it (the
app: its seat's language, so the core's messages reach the screens in it; the CLI stays English).
Strings defined at import time are marked with ``N_`` and translated where they are shown.
"""

from __future__ import annotations

import contextlib
import gettext
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from babel.numbers import parse_pattern

from carebook import translation
from carebook.clock import Month
from carebook.errors import ValidationError
from carebook.marks import N_
from carebook.resources import resource_path
from carebook.translation import _, ngettext

__all__ = [
    "LANGUAGES",
    "N_",
    "Language",
    "_",
    "check",
    "current",
    "language",
    "ngettext",
    "set_default",
    "using",
]

# The shipped languages, each with a complete catalogue (a test checks): code -> name in the language.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "nb": "Norsk bokmål",
    "pl": "Polski",
    "ar": "العربية",
}
SOURCE = "en"  # the language the strings are written in


def catalogue_folder() -> Path:
    return resource_path("translations", "core")


@dataclass(frozen=True)
class Language:
    code: str
    locale: Locale
    messages: dict[str, str | tuple[str, ...]] = field(repr=False)  # msgid -> msgstr (plural: forms)

    @property
    def right_to_left(self) -> bool:
        return bool(self.locale.character_order == "right-to-left")

    def gettext(self, text: str) -> str:
        found = self.messages.get(text)
        return found if isinstance(found, str) and found else text

    def ngettext(self, one: str, many: str, n: int) -> str:
        """The form of ``one``/``many`` for ``n`` (the language's plural rule: Polish has three forms,
        Arabic six); ``{0}`` in it is the number, written as the language writes numbers."""
        forms = self.messages.get(one)
        if isinstance(forms, tuple) and all(forms):
            index = _plural_index(self.locale, n)
            text = forms[min(index, len(forms) - 1)]
        else:
            text = one if n == 1 else many
        return text.replace("{0}", self.count(n))

    # -- numbers ---------------------------------------------------------------------------------
    def count(self, n: int) -> str:
        """A whole number with the language's grouping: 12,345 / 12.345 / 12 345."""
        return str(parse_pattern(self.locale.decimal_formats[None].pattern).apply(n, self.locale))

    def decimal(self, value: float | Decimal, decimals: int = 1) -> str:
        """A number rounded half away from zero to ``decimals`` places: 13.5 / 13,5."""
        pattern = parse_pattern(self.locale.decimal_formats[None].pattern)
        pattern.frac_prec = (decimals, decimals)
        return str(pattern.apply(_rounded(value, decimals), self.locale))

    def percent(self, value: float | Decimal, decimals: int = 1) -> str:
        """``value`` (a percentage, 60 for 60 %) as the language writes it: 60.0% / 60,0 % / ٪60٫0."""
        pattern = parse_pattern(self.locale.percent_formats[None].pattern)
        pattern.frac_prec = (decimals, decimals)
        return str(pattern.apply(_rounded(value, decimals) / 100, self.locale))

    # -- dates -----------------------------------------------------------------------------------
    def month(self, month: Month) -> str:
        """ "October 2026", "Oktober 2026", "październik 2026" (the month on its own, not in a date)."""
        return format_date(month.first_day, "LLLL y", locale=self.locale)

    def date_text(self, day: date, width: str = "medium") -> str:
        """A date in the language's ``short``, ``medium``, ``long`` or ``full`` form."""
        return format_date(day, width, locale=self.locale)

    def short_month(self, month: Month) -> str:
        """ "Oct", "Okt.": the month's short name on its own (chart axes)."""
        return format_date(month.first_day, "LLL", locale=self.locale)

    def day_month(self, day: date) -> str:
        """ "03 Oct" style: the day and the short month name (for table cells)."""
        return format_date(day, "dd MMM", locale=self.locale)

    def time_text(self, moment: time | datetime) -> str:
        """A time of day in the language's short form (24-hour or with AM/PM, as the language uses)."""
        return format_time(moment, "short", locale=self.locale)


def _rounded(value: float | Decimal, decimals: int) -> Decimal:
    quantum = Decimal(1).scaleb(-decimals)
    return Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)


@cache
def _plural_rule(locale: Locale) -> Callable[[int], int]:
    """gettext's Plural-Forms expression of ``locale`` (the one its ``.po`` file declares), as Python."""
    return gettext.c2py(get_plural(locale).plural_expr)


def _plural_index(locale: Locale, n: int) -> int:
    """The index of ``n``'s plural form in a gettext catalogue of ``locale``."""
    return int(_plural_rule(locale)(abs(n)))


def _read(code: str) -> dict[str, str | tuple[str, ...]]:
    path = catalogue_folder() / f"{code}.po"
    if not path.exists():
        return {}
    with path.open("rb") as stream:
        catalogue = read_po(stream, locale=code)
    messages: dict[str, str | tuple[str, ...]] = {}
    for message in catalogue:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple | list):
            messages[message.id[0]] = tuple(str(form) for form in message.string or ())
        else:
            messages[message.id] = str(message.string)
    return messages


@cache
def language(code: str, region: str = "") -> Language:
    """The language ``code`` (one of ``LANGUAGES``; "pt-BR" and "pt_br" are taken for "pt_BR"), with the
    conventions of ``region`` (the shop's country: English in Britain writes 24-hour times, in the United
    States 12-hour ones) where CLDR has that pair, else the language's own."""
    wanted = check(code)
    locale = Locale.parse(wanted)
    if region and "_" not in wanted:
        with contextlib.suppress(UnknownLocaleError, ValueError):
            locale = Locale.parse(f"{wanted}_{region.upper()}")
    return Language(wanted, locale, {} if wanted == SOURCE else _read(wanted))


def check(code: str) -> str:
    """``code`` as one of ``LANGUAGES`` (case and "-" or "_" aside), or ValidationError naming them."""
    cleaned = (code or "").strip().replace("-", "_")
    for known in LANGUAGES:
        if cleaned.lower() == known.lower():
            return known
    raise ValidationError(
        "language",
        _("'{code}' is not one of the languages: {languages}").format(
            code=code, languages=", ".join(LANGUAGES)
        ),
    )


def current() -> Language:
    found = translation.active()
    return found if isinstance(found, Language) else language(SOURCE)


def set_default(code: str, region: str = "") -> None:
    """Make ``code`` the language of every thread outside a ``using``: the app sets its seat's language
    once at start, so the core's messages (field checks, import problems, storage errors) reach its
    windows in it, from worker threads too. The CLI never calls it: its lines stay English."""
    wanted = check(code)
    translation.set_default_translator(None if wanted == SOURCE and not region else language(wanted, region))


@contextlib.contextmanager
def using(code: str, region: str = "") -> Iterator[Language]:
    """Make ``code`` (with ``region``'s conventions) the language of ``_``, ``ngettext`` and ``current()``
    inside the ``with``."""
    token = translation.current_translator.set(language(code, region))
    try:
        yield current()
    finally:
        translation.current_translator.reset(token)
