"""The shop's settings, declared in one place and stored in the ``setting`` table.

Every seat, the CLI and the reports share them. Reading or writing a key that is not declared here is
a programming error (KeyError), which the tests catch.
"""

from __future__ import annotations

import locale
from collections.abc import Callable
from dataclasses import dataclass, fields

from carebook import clock
from carebook.db import storage_errors, writes
from carebook.errors import ValidationError


def _default_region() -> str:
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    region = code.split("_")[1][:2].upper() if "_" in code else ""
    return region if len(region) == 2 and region.isalpha() else "US"


def _check_region(value: str) -> str:
    import phonenumbers

    region = value.strip().upper()
    if region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError("phone_region", f"'{value}' is not a country code like GB, US or NO")
    return region


def _check_zone(value: str) -> str:
    value = value.strip()
    if value:
        clock.zone_from_name(value)
    return value


def _check_paper(value: str) -> str:
    value = value.strip()
    choices = {"a4": "A4", "letter": "Letter", "us letter": "Letter"}
    if value.lower() not in choices:
        raise ValidationError("paper_size", f"'{value}' is not a paper size (A4 or Letter)")
    return choices[value.lower()]


def _strip(value: str) -> str:
    return value.strip()


@dataclass(frozen=True)
class ShopSettings:
    shop_name: str = ""
    logo_path: str = ""
    phone_region: str = "US"
    time_zone: str = ""  # IANA name; "" = this computer's zone
    paper_size: str = "A4"
    backup_folder: str = ""  # "" = "backups" in the data folder


_CHECKS: dict[str, Callable[[str], str]] = {
    "shop_name": _strip,
    "logo_path": _strip,
    "phone_region": _check_region,
    "time_zone": _check_zone,
    "paper_size": _check_paper,
    "backup_folder": _strip,
}
KEYS: tuple[str, ...] = tuple(f.name for f in fields(ShopSettings))

_current = ShopSettings()


def defaults() -> ShopSettings:
    return ShopSettings(phone_region=_default_region())


def load() -> ShopSettings:
    """Read the settings from the database and apply the time zone; called when a database opens."""
    from carebook.models import Setting

    global _current
    with storage_errors():
        stored = {row.key: row.value for row in Setting.select() if row.key in KEYS}
    base = defaults()
    values = {key: stored.get(key, getattr(base, key)) for key in KEYS}
    _current = ShopSettings(**values)
    clock.set_shop_zone(_current.time_zone or None)
    return _current


def current() -> ShopSettings:
    return _current


def get(key: str) -> str:
    if key not in KEYS:
        raise KeyError(f"undeclared setting {key!r}")
    value: str = getattr(_current, key)
    return value


@writes
def update(**changes: str) -> ShopSettings:
    """Validate and store settings; raise ValidationError naming the first bad field."""
    from carebook.models import Setting

    for key in changes:
        if key not in KEYS:
            raise KeyError(f"undeclared setting {key!r}")
    cleaned: dict[str, str] = {}
    errors: dict[str, str] = {}
    for key, value in changes.items():
        try:
            cleaned[key] = _CHECKS[key](str(value))
        except ValidationError as error:
            errors.update(error.errors)
    if errors:
        raise ValidationError(errors)
    for key, value in cleaned.items():
        Setting.insert(key=key, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value}
        ).execute()
    return load()
