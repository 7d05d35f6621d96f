"""The shop's settings, declared in one place and stored in the ``setting`` table.

Every seat, the CLI and the reports share them. Reading or writing a key that is not declared here is
a programming error (KeyError), which the tests catch.
"""

from __future__ import annotations

import locale
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

from carebook import clock
from carebook.db import reads, storage_errors, writes
from carebook.errors import ValidationError
from carebook.translation import _

if TYPE_CHECKING:
    from carebook.versions import Seen


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
        raise ValidationError(
            "phone_region", _("'{value}' is not a country code like GB, US or NO").format(value=value)
        )
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
        raise ValidationError(
            "paper_size", _("'{value}' is not a paper size (A4 or Letter)").format(value=value)
        )
    return choices[value.lower()]


def _check_date_order(value: str) -> str:
    order = value.strip().lower()
    if order not in ("", "dmy", "mdy"):
        raise ValidationError(
            "date_order",
            _(
                "'{value}' is not a date order: dmy (day first), mdy (month first) or empty (from the "
                "shop's country)"
            ).format(value=value),
        )
    return order


def _check_language(value: str) -> str:
    from carebook import i18n  # Babel loads only when a language is set or a report is made

    return i18n.check(value)


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
    date_order: str = ""  # of dates like 03/11/2026 in imported files: dmy, mdy, "" = from the country
    report_language: str = "en"  # of the monthly PDF (one of i18n.LANGUAGES), the owner's choice
    backup_seat: str = ""  # the computer making a server shop's automatic backups; "" = an owner's seat


_CHECKS: dict[str, Callable[[str], str]] = {
    "shop_name": _strip,
    "logo_path": _strip,
    "phone_region": _check_region,
    "time_zone": _check_zone,
    "paper_size": _check_paper,
    "backup_folder": _strip,
    "date_order": _check_date_order,
    "report_language": _check_language,
    "backup_seat": _strip,
}
KEYS: tuple[str, ...] = tuple(f.name for f in fields(ShopSettings))

_current = ShopSettings()


def this_computer() -> str:
    """This computer's name, as the ``backup_seat`` setting names a seat."""
    return socket.gethostname()


def defaults() -> ShopSettings:
    return ShopSettings(phone_region=_default_region())


def check_logo(value: str) -> str:
    """A logo must be an image file that can be read (the settings dialog checks the same with Qt)."""
    value = value.strip()
    if not value:
        return value
    file = Path(value).expanduser()
    try:
        from PIL import Image

        with Image.open(file) as picture:
            picture.verify()
    except Exception:  # missing, a folder, unreadable or not an image: all the same to the user
        raise ValidationError(
            "logo_path", _("'{value}' is not an image file that can be read").format(value=value)
        ) from None
    return value


def _usable_logo(value: str) -> str:
    """At start-up only the cheap part of ``check_logo``: the file is there."""
    if value.strip() and not Path(value.strip()).expanduser().is_file():
        raise ValidationError("logo_path", _("'{value}' is not a file").format(value=value))
    return value


def check(key: str, value: str) -> str:
    """``value`` cleaned for ``key`` as the settings dialog would store it, or ValidationError."""
    if key not in KEYS:
        raise KeyError(f"undeclared setting {key!r}")
    return check_logo(value) if key == "logo_path" else _CHECKS[key](str(value))


_warned: set[tuple[str, str]] = set()  # each bad value is reported once per process


def _loaded(key: str, value: str, default: str) -> str:
    """A stored value, or the default with a warning when it no longer passes its check: a bad setting
    never stops Carebook, and ``carebook settings KEY VALUE`` repairs it."""
    try:
        (_usable_logo if key == "logo_path" else _CHECKS[key])(value)
        if key == "time_zone" and value.strip():
            clock.zone_from_name(value.strip())
    except ValidationError as error:
        from carebook import notices

        if (key, value) in _warned:
            return default
        _warned.add((key, value))
        notices.tell(
            _(
                "the setting {key} is not valid ({reason}); using {default} instead. Fix it with: "
                "carebook settings {key} VALUE"
            ).format(key=key, reason=error.errors.get(key, error), default=default or _("none"))
        )
        return default
    if key in ("paper_size", "phone_region"):
        return _CHECKS[key](value)
    return value


def load() -> ShopSettings:
    """Read the settings from the database and apply the time zone; called when a database opens."""
    from carebook.models import Setting
    from carebook.query_rows import tuple_rows

    global _current
    with storage_errors():
        # only the columns every schema has: a shop opened at an older version (tests, a step of an
        # upgrade) has no ``version`` yet (migration 0011)
        rows = tuple_rows(Setting.select(Setting.key, Setting.value))
        stored = {str(key): str(value) for key, value in rows if key in KEYS}
    base = defaults()
    values = {key: getattr(base, key) for key in KEYS}
    values.update({key: _loaded(key, value, values[key]) for key, value in stored.items()})
    _current = ShopSettings(**values)
    clock.set_shop_zone(_current.time_zone or None)
    return _current


def stored() -> dict[str, str]:
    """The settings as they are in effect, key by key, in declaration order."""
    return {key: getattr(_current, key) for key in KEYS}


def current() -> ShopSettings:
    return _current


def get(key: str) -> str:
    if key not in KEYS:
        raise KeyError(f"undeclared setting {key!r}")
    value: str = getattr(_current, key)
    return value


def _stored_rows(lock: bool) -> dict[str, tuple[int, str]]:
    """Each stored key's (version, value); with ``lock`` (inside a write) the rows stay locked until it
    ends (SQLite's write transaction already holds the whole database)."""
    from carebook.db import database, is_sqlite

    sql = "SELECT key, version, value FROM setting" + ("" if is_sqlite() or not lock else " FOR UPDATE")
    rows = database.execute_sql(sql)
    return {key: (int(version), str(value)) for key, version, value in rows if key in KEYS}


def _seen_of(rows: dict[str, tuple[int, str]]) -> Seen:
    from carebook.versions import Seen

    values = {key: _loaded(key, rows[key][1], getattr(defaults(), key)) if key in rows else
              getattr(defaults(), key) for key in KEYS}  # fmt: skip
    return Seen(sum(version for version, _value in rows.values()), values)


@reads
def seen() -> Seen:
    """The settings as a form loads them: every key's value, and as the version the sum of the keys'
    versions (each key's own ``version`` rises with each change of it, so the sum moves with any)."""
    return _seen_of(_stored_rows(lock=False))


def update(**changes: str) -> ShopSettings:
    """Validate and store settings; raise ValidationError naming the first bad field."""
    return store(changes)


@writes
def store(changes: Mapping[str, str], seen: Seen | None = None) -> ShopSettings:
    """``update``, naming what a form loaded: only keys whose value differs are written, each raising its
    version; ``seen`` (from ``seen()``): keys changed at another counter since merge key by key, or
    ``ConflictError`` for the clashing ones."""
    from carebook.conflicts import reconcile
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
    rows = _stored_rows(lock=True)
    if seen is not None:
        now = _seen_of(rows)
        cleaned = reconcile(
            "settings", 0, expected=seen.version, stored=now.version, base=seen.values, mine=cleaned,
            theirs=now.values,
        )  # fmt: skip
    for key, value in cleaned.items():
        if key in rows and rows[key][1] == value:
            continue
        Setting.insert(key=key, value=value).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value, Setting.version: Setting.version + 1}
        ).execute()
    return load()
