"""What the properties of one vCard give each customer field (``card_values``), as phones and address
books write them.

- Name: FN, else N's parts, else the company (ORG), else the email.
- Phone: a mobile number first (TYPE=CELL, iPhone, an Apple label "Mobile" or "Mobil"...), then any
  voice number, fax and pager numbers last; among equals PREF=n (4.0), then TYPE=PREF, then file order.
  ``tel:`` URIs are read as the number.
- Email and address: the preferred one (PREF=n, TYPE=PREF, else the first). The address's parts are kept
  beside its text (``address_parts``) when it has more than a street.
- Tags: CATEGORIES, without the groups an address book adds by itself (``contact_groups``: Google's
  ``myContacts`` and ``starred``).
- Notes: the NOTEs, then one line for each other phone number, email and address, job title and web
  address ("Phone (work): 22 11 22 33"; the label from the TYPE or Apple's ``itemN.X-ABLabel``), so
  nothing a card holds for a person is lost.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from carebook.customer_schema import VCARD_FIELDS, Field, Kind
from carebook.exchange.address_parts import address_text, to_stored
from carebook.exchange.contact_groups import is_system_group
from carebook.exchange.vcard_lines import Property, split_escaped, unescape

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_\Z")
_APPLE_NAMES = {"homefax": "home fax", "workfax": "work fax", "otherfax": "fax", "homepage": "home page"}
_PLACES = {"HOME": "home", "WORK": "work", "OTHER": "other"}
_KINDS = {"CELL": "mobile", "MOBILE": "mobile", "IPHONE": "iPhone", "FAX": "fax", "PAGER": "pager",
          "MAIN": "main", "TEXTPHONE": "textphone", "VIDEO": "video"}  # fmt: skip
_MOBILE_TYPES = frozenset({"CELL", "MOBILE", "IPHONE"})
_MOBILE_WORDS = ("mobil", "cell", "iphone", "handy", "portable", "móvil", "movil", "komórk", "gsm")
_NOT_VOICE_WORDS = ("fax", "pager")
# Properties read only to be kept in the notes, with the words that introduce them there.
EXTRA_PROPERTIES = {"TITLE": "Title", "URL": "Web"}
_DATE = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?\Z")


def clean(text: str) -> str:
    return _LINE_BREAK.sub("\n", text).strip()


def text_of(value: str) -> str:
    """A text value as typed: unescaped, line breaks as ``\\n``, ends trimmed."""
    return clean(unescape(value))


def _joined(value: str, separator: str) -> str:
    """A structured component: its comma-separated values, unescaped, joined by ", "."""
    parts = (clean(unescape(part)) for part in split_escaped(value, separator))
    return ", ".join(part for part in parts if part)


def _fields(value: str, count: int) -> list[str]:
    parts = split_escaped(value, ";") + [""] * count
    return [_joined(part, ",") for part in parts[:count]]


def _pref(prop: Property) -> int:
    """PREF=n (4.0) first by n, then TYPE=PREF (3.0, 2.1), then the rest."""
    pref = prop.params.get("PREF")
    if pref:
        with contextlib.suppress(ValueError):
            return int(pref[0])
    return 0 if "PREF" in prop.types else 101


class Values:
    """The kept properties of one card, by name, with their decoded values; Apple's labels by group."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[tuple[Property, str]]] = {}
        self.labels: dict[str, str] = {}

    def add(self, prop: Property, text: str) -> None:
        if prop.name == "X-ABLABEL":
            if prop.group:
                self.labels[prop.group] = text_of(text)
            return
        self.by_name.setdefault(prop.name, []).append((prop, text))

    def texts(self, name: str) -> list[str]:
        return [text for _prop, text in self.by_name.get(name, [])]

    def entries(self, name: str) -> list[tuple[Property, str]]:
        return self.by_name.get(name, [])

    def label(self, prop: Property) -> str:
        """The entry's label: Apple's ``itemN.X-ABLabel`` ("_$!<Mobile>!$_" as "mobile"), else its TYPE
        ("work fax"), else ""."""
        custom = self.labels.get(prop.group, "") if prop.group else ""
        if custom:
            built_in = _APPLE_LABEL.match(custom)
            if built_in is None:
                return custom
            name = built_in.group(1)
            return _APPLE_NAMES.get(name.casefold(), name if name == "iPhone" else name.lower())
        places = [word for key, word in _PLACES.items() if key in prop.types]
        kinds = list(dict.fromkeys(word for key, word in _KINDS.items() if key in prop.types))
        return " ".join(places + kinds)


@dataclass
class Reading:
    """What reading one card found beside its fields: warnings, and lines for its notes."""

    warnings: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    parts: str = ""  # the chosen address's parts (``address_parts.to_stored``)

    def keep(self, what: str, label: str, value: str) -> None:
        line = value.replace("\n", ", ")
        self.extras.append(f"{what} ({label}): {line}" if label else f"{what}: {line}")


def _name(values: Values) -> str:
    full = next((text for value in values.texts("FN") if (text := text_of(value))), "")
    if full:
        return full
    for value in values.texts("N"):
        family, given, additional, prefix, suffix = _fields(value, 5)
        joined = " ".join(part for part in (prefix, given, additional, family, suffix) if part)
        if joined:
            return joined
    return ""


def _chosen(
    values: Values, name: str, read: Callable[[str], str], rank: Callable[[Property, str], int]
) -> list[tuple[Property, str]]:
    """The entries of a property with a value, best first: by ``rank``, then PREF, then file order."""
    found = [(prop, raw) for prop, raw in values.entries(name) if read(raw)]
    order = sorted(range(len(found)), key=lambda i: (rank(*found[i]), _pref(found[i][0]), i))
    return [found[i] for i in order]


def _no_rank(prop: Property, text: str) -> int:
    return 0


def _phone_rank(values: Values) -> Callable[[Property, str], int]:
    def rank(prop: Property, _text: str) -> int:
        label = values.label(prop).casefold()
        if prop.types & _MOBILE_TYPES or any(word in label for word in _MOBILE_WORDS):
            return 0
        if prop.types & {"FAX", "PAGER"} or any(word in label for word in _NOT_VOICE_WORDS):
            return 2
        return 1

    return rank


def _number(value: str) -> str:
    phone = text_of(value)
    return phone[4:] if phone[:4].lower() == "tel:" else phone


def _first(f: Field, values: Values, reading: Reading) -> str:
    return next((text for value in values.texts(f.vcard) if (text := text_of(value))), "")


def _all(f: Field, values: Values, reading: Reading) -> str:
    return "\n\n".join(text for value in values.texts(f.vcard) if (text := text_of(value)))


def _best_and_rest(
    f: Field, values: Values, reading: Reading, what: str, read: Callable[[str], str],
    rank: Callable[[Property, str], int], key: Callable[[str], str],
) -> tuple[str, Property | None, str]:  # fmt: skip
    """The best entry's value (and property and raw text); every other distinct value to the notes."""
    entries = _chosen(values, f.vcard, read, rank)
    if not entries:
        return "", None, ""
    seen = {key(read(entries[0][1]))}
    for prop, raw in entries[1:]:
        value = read(raw)
        if key(value) not in seen:
            seen.add(key(value))
            reading.keep(what, values.label(prop), value)
    prop, raw = entries[0]
    return read(raw), prop, raw


def _phone(f: Field, values: Values, reading: Reading) -> str:
    digits = re.compile(r"\D")
    rank = _phone_rank(values)
    return _best_and_rest(f, values, reading, "Phone", _number, rank, lambda v: digits.sub("", v) or v)[0]


def _email(f: Field, values: Values, reading: Reading) -> str:
    return _best_and_rest(f, values, reading, "Email", text_of, _no_rank, str.casefold)[0]


def _address(f: Field, values: Values, reading: Reading) -> str:
    def text(raw: str) -> str:
        return address_text(_fields(raw, 7))

    best, _prop, raw = _best_and_rest(f, values, reading, "Address", text, _no_rank, str.casefold)
    reading.parts = to_stored(_fields(raw, 7)) if best else ""
    return best


def _tags(f: Field, values: Values, reading: Reading) -> str:
    tags: list[str] = []
    for value in values.texts(f.vcard):
        for part in split_escaped(value, ","):
            tag = text_of(part)
            if tag and not is_system_group(tag) and tag.casefold() not in {t.casefold() for t in tags}:
                tags.append(tag)
    return ";".join(tags)


def _date(f: Field, values: Values, reading: Reading) -> str:
    """``1985-04-12``, ``19850412`` (a time after it is ignored) as ``1985-04-12``; a date without a year
    (``--0412``, ``--04-12``) or anything else is left out with a warning."""
    typed = _first(f, values, reading)
    found = _DATE.match(typed)
    if found:
        with contextlib.suppress(ValueError):
            return date.fromisoformat("-".join(found.groups())).isoformat()
    if typed.startswith("--"):
        reading.warnings.append(f"{f.vcard} {typed[:20]}: a date without a year is not kept")
    elif typed:
        reading.warnings.append(f"{f.vcard} {typed[:20]}: not a date like 1985-04-12, so not kept")
    return ""


def _org(f: Field, values: Values, reading: Reading) -> str:
    return next((text for value in values.texts(f.vcard) if (text := _joined(value, ";"))), "")


_Reader = Callable[[Field, Values, Reading], str]
# How a field's value is read: by its property where the property has a structure, else by its kind.
_BY_PROPERTY: dict[str, _Reader] = {"ORG": _org, "ADR": _address}
_BY_KIND: dict[Kind, _Reader] = {
    Kind.MULTILINE: _all,
    Kind.EMAIL: _email,
    Kind.PHONE: _phone,
    Kind.TAGS: _tags,
    Kind.DATE: _date,
}


def card_values(values: Values) -> tuple[dict[str, str], list[str]]:
    """The card's value of each field of ``VCARD_FIELDS`` (as CSV cells: tags "a;b") and of the address's
    stored parts (its ``derived`` column), and the warnings for values left out."""
    reading = Reading()
    read: dict[str, str] = {}
    notes_field = ""
    for f in VCARD_FIELDS:
        if f.vcard == "FN":
            continue
        if f.vcard == "NOTE":
            notes_field = f.name
        reader = _BY_PROPERTY.get(f.vcard) or _BY_KIND.get(f.kind, _first)
        read[f.name] = reader(f, values, reading)
        if f.vcard == "ADR":
            read.update({column: reading.parts for column in f.derived})
    for name, what in EXTRA_PROPERTIES.items():
        for prop, raw in values.entries(name):
            if value := text_of(raw):
                reading.keep(what, values.label(prop), value)
    if reading.extras and notes_field:
        kept = "\n".join(reading.extras)
        read[notes_field] = f"{read[notes_field]}\n\n{kept}" if read[notes_field] else kept
    read["name"] = _name(values) or read.get("company", "") or read.get("email", "")
    return read, reading.warnings
