"""Countries and time zones to pick from, named in the user's language.

``country_choices()``: one ``(code, label, also)`` per region the phone library knows, sorted by label;
the label is the country's name in the user's language (Babel's CLDR territory names for ``QLocale()``'s
language, English when Babel does not know it) with its ISO code, "Norway (NO)" or "Norwegen (NO)";
``also`` holds the English name, so both find it. ``zone_choices()``: every IANA time zone shown as
"Europe/Oslo" (found by "oslo" too). ``system_country()``: the ISO code of the system locale's country
when the phone library knows it, else "" (the welcome dialog's default). Stored values stay ISO codes
and IANA names.
"""

from __future__ import annotations

import zoneinfo
from functools import lru_cache

import phonenumbers
from PySide6.QtCore import QLocale

Choice = tuple[str, str, str]  # value, label, more words that find it

_ZONE_SKIP = ("Etc/", "SystemV/", "US/", "posix", "right/", "Canada/", "Brazil/", "Chile/", "Mexico/")


def _english_name(code: str) -> str:
    territory = QLocale.codeToTerritory(code)
    return QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code


@lru_cache(maxsize=8)
def territory_names(language: str) -> dict[str, str]:
    """ISO code -> the territory's name in ``language`` (a locale name like "nb_NO"); {} when unknown."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # pragma: no cover - babel is a dependency; English names then
        return {}
    try:
        return dict(Locale.parse(language.replace("-", "_")).territories)
    except (UnknownLocaleError, ValueError):
        return {}


def country_choices(language: str | None = None) -> list[Choice]:
    names = territory_names(language or QLocale().name())
    choices = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        english = _english_name(code)
        name = names.get(code) or english
        choices.append((code, f"{name} ({code})", english if english != name else ""))
    return sorted(choices, key=lambda choice: choice[1].casefold())


def zone_choices() -> list[Choice]:
    zones = sorted(
        zone for zone in zoneinfo.available_timezones() if "/" in zone and not zone.startswith(_ZONE_SKIP)
    )
    return [(zone, zone.replace("_", " "), "") for zone in zones] + [("UTC", "UTC", "")]


def system_country() -> str:
    territory = QLocale.system().territory()
    if territory == QLocale.Country.AnyTerritory:
        return ""
    code = QLocale.territoryToCode(territory)
    return code if code in phonenumbers.SUPPORTED_REGIONS else ""
