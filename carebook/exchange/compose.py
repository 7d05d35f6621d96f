"""A file's rows as the importer reads them: each row's cells joined into the table's columns by the
roles of a ``ColumnPlan`` (see ``column_roles`` for the rules), the file's line kept.

``apply(plan, table)`` gives the table whose header is the table's columns the plan feeds and whose rows
are composed as they are walked (never all held). A plan of Carebook's own columns only renames the
header. What no field takes goes to the notes, labelled ("Other phone (Home): 22 33 44 55",
"Job Title: Baker"); a column left out of the plan is not read at all.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from carebook.exchange.birthdays import BirthdayReader
from carebook.exchange.column_roles import (
    ADDRESS_PARTS,
    LABEL,
    NAME_PARTS,
    NOTE,
    NOTES_COLUMN,
    PHONES,
    ColumnPlan,
    split_role,
)
from carebook.exchange.columns import spec_for
from carebook.exchange.csv_format import CsvRow, CsvTable
from carebook.exchange.lazy_rows import LazyRows
from carebook.text import digits

SEVERAL = " ::: "  # Google joins several values of one cell so
# Google's own labels ("* myContacts"), which are no tags of the shop's.
SYSTEM_LABELS = frozenset({"mycontacts", "starred", "other", "friends", "family", "coworkers", "blocked",
                           "imported", "chatbuddies", "my contacts", "most contacted"})  # fmt: skip
# Outlook writes these for an empty date.
_EMPTY_DATES = frozenset({"0/0/00", "0.0.00", "00.00.00", "0-0-00", "00/00/00", "00/00/0000"})
_MOBILE_WORDS = ("mobile", "mobil", "cell", "handy", "portable", "móvil", "movil", "celular", "cellulare",
                 "telemóvel", "mobiel", "komórk")  # fmt: skip
_WORK_WORDS = ("work", "business", "office", "arbeit", "geschäft", "travail", "trabajo", "lavoro", "jobb")
_HOME_WORDS = ("home", "private", "privat", "maison", "casa", "hjem", "hem", "thuis", "domicile")


@dataclass(frozen=True)
class _Column:
    index: int
    heading: str
    base: str
    group: str


@dataclass
class _Found:
    """One row's values by role, in column order."""

    values: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)  # role -> (value, label, i)
    extras: list[str] = field(default_factory=list)  # notes lines

    def add(self, base: str, value: str, label: str, index: int) -> None:
        self.values.setdefault(base, []).append((value, label, index))

    def first(self, base: str) -> str:
        return next((value for value, _label, _i in self.values.get(base, ())), "")


def _labelled(what: str, label: str, value: str) -> str:
    return f"{what} ({label}): {value}" if label else f"{what}: {value}"


def _clean_label(label: str) -> str:
    return label.strip().lstrip("*").strip()


def _phone_rank(base: str, label: str) -> int:
    if base == "phone" and label:
        low = label.casefold()
        if any(word in low for word in _MOBILE_WORDS):
            return 0
        if any(word in low for word in _WORK_WORDS):
            return 2
        if any(word in low for word in _HOME_WORDS):
            return 3
        return 4 if "fax" in low or "pager" in low else 1
    return PHONES.index(base)


class Composer:
    """Composes the rows of one table by one plan (customers: name, phone, address...; every table:
    several columns of one field, and the notes)."""

    def __init__(self, plan: ColumnPlan, table: CsvTable) -> None:
        self.plan = plan
        self.table = table
        self.customers = plan.kind == "customers"
        self.notes = NOTES_COLUMN[plan.kind]
        self.columns: list[_Column] = []
        self.labels: dict[str, int] = {}  # group -> its label column
        for index, role in enumerate(plan.roles):
            if not role:
                continue
            base, group = split_role(role)
            heading = plan.headers[index].strip().lstrip("\ufeff") if index < len(plan.headers) else ""
            if base == LABEL:
                self.labels.setdefault(group, index)
            else:
                self.columns.append(_Column(index, heading, base, group))
        fed = plan.feeds()
        self.header = tuple(column for column in spec_for(plan.kind).columns if column in fed)
        self.birthdays = BirthdayReader(self._birthday_cells) if self.customers else None

    def _birthday_cells(self) -> Iterator[str]:
        wanted = [c.index for c in self.columns if c.base == "birthday"]
        for row in self.table.rows:
            for index in wanted:
                if index < len(row.cells):
                    yield row.cells[index]

    # -- one row -----------------------------------------------------------------------------------
    def row(self, row: CsvRow) -> CsvRow:
        cells = row.cells
        found = _Found()
        for column in self.columns:
            raw = cells[column.index] if column.index < len(cells) else ""
            if "\r" in raw:  # Outlook and Excel write CRLF inside cells too
                raw = raw.replace("\r\n", "\n").replace("\r", "\n")
            if not raw.strip() or raw.strip() in _EMPTY_DATES:
                continue
            at = self.labels.get(column.group) if column.group else None
            if at is not None:  # the type of this value, row by row (Google: Mobile, Work, Home)
                label = _clean_label(cells[at]) if at < len(cells) else ""
            else:
                label = column.group or column.heading
            several = column.base in ("email", "phone", *PHONES, "address", "company")
            for value in raw.split(SEVERAL) if several and SEVERAL in raw else [raw]:
                if value.strip():
                    found.add(column.base, value, label, column.index)
            if column.base == NOTE:
                typed = label if label != column.heading else ""
                found.extras.append(_labelled(self._what(column), typed, raw.strip()))
        out = self._customer(found) if self.customers else {}
        for column_name in self.header:
            if column_name not in out and column_name != self.notes:
                out[column_name] = self._first(found, column_name)
        notes = [value for value, _label, _i in found.values.get(self.notes, ())]
        out[self.notes] = "\n\n".join(part for part in (*notes, "\n".join(found.extras)) if part)
        return CsvRow(row.line, tuple(out.get(name, "") for name in self.header))

    def _what(self, column: _Column) -> str:
        if column.group and column.group in self.labels:
            return column.group.rstrip("0123456789 ")  # "Website 1" -> "Website"
        return column.heading or column.base

    def _first(self, found: _Found, base: str) -> str:
        """The first value of a field; the others into the notes, after their headings."""
        values = found.values.get(base, [])
        for _value, label, index in values[1:]:
            heading = self.plan.headers[index].strip() if index < len(self.plan.headers) else base
            found.extras.append(_labelled(heading, label if label != heading else "", _value.strip()))
        return values[0][0] if values else ""

    def _customer(self, found: _Found) -> dict[str, str]:
        out: dict[str, str] = {}
        company = found.values.get("company", [])
        out["company"] = company[0][0].strip() if company else ""
        found.extras += [_labelled("Other company", "", value.strip()) for value, _l, _i in company[1:]]
        emails = found.values.get("email", [])
        out["email"] = emails[0][0].strip() if emails else ""
        seen = {out["email"].casefold()}
        for value, label, _i in emails[1:]:
            if value.strip().casefold() not in seen:
                seen.add(value.strip().casefold())
                found.extras.append(_labelled("Other email", label, value.strip()))
        phones = sorted(
            ((_phone_rank(base, label), i, value.strip(), label)
             for base in PHONES for value, label, i in found.values.get(base, [])),
            key=lambda phone: phone[:2],
        )  # fmt: skip
        out["phone"] = phones[0][2] if phones else ""
        dialled = {digits(out["phone"])}
        for _rank, _i, value, label in phones[1:]:
            if digits(value) not in dialled:  # Outlook's "Primary Phone" repeats another number
                dialled.add(digits(value))
                found.extras.append(_labelled("Other phone", label, value))
        addresses = self._addresses(found)
        out["address"] = addresses[0][1] if addresses else ""
        found.extras += [
            _labelled("Other address", label, ", ".join(text.splitlines())) for label, text in addresses[1:]
        ]
        out["name"] = self._name(found, out)
        out["tags"] = "; ".join(self._tags(found))
        birthday = found.first("birthday").strip()
        if birthday and self.birthdays is not None:
            read = self.birthdays.read(birthday)
            if read is None:
                found.extras.append(_labelled("Birthday", "", birthday))
            birthday = read or ""
        out["birthday"] = birthday
        return out

    def _name(self, found: _Found, out: dict[str, str]) -> str:
        whole = found.first("name").strip()
        parts = " ".join(found.first(part).strip() for part in NAME_PARTS if found.first(part).strip())
        name = whole or parts or out["company"]
        others = [(value.strip(), index) for value, _label, index in found.values.get("other_name", [])]
        if not name and others:
            name = others[0][0]
        if not name and self.plan.address_book:
            name = out["email"] or out["phone"]
        if whole and parts and parts != whole:
            found.extras.append(_labelled("Name", "", parts))
        found.extras += [
            _labelled(self.plan.headers[index].strip(), "", value) for value, index in others if value != name
        ]
        return name

    def _addresses(self, found: _Found) -> list[tuple[str, str]]:
        """Each filled address (label, text), the home address first, then in the file's order."""
        groups: dict[str, dict[str, list[str]]] = {}
        labels: dict[str, str] = {}
        for base in ("address", *ADDRESS_PARTS):
            for value, label, index in found.values.get(base, []):
                group = split_role(self.plan.roles[index])[1]
                groups.setdefault(group, {}).setdefault(base, []).append(value.strip())
                labels[group] = label
        texts: list[tuple[int, int, str, str]] = []
        for order, (group, parts) in enumerate(groups.items()):
            whole = parts.get("address", [])
            if whole:
                text = whole[0]
                found.extras += [_labelled("Other address", labels[group], v) for v in whole[1:]]
            else:
                street = " ".join([*parts.get("street", [])[:1], *parts.get("house_number", [])])
                town = " ".join([*parts.get("postcode", []), *parts.get("city", [])])
                lines = [street, *parts.get("street", [])[1:], *parts.get("po_box", []), town,
                         *parts.get("region", []), *parts.get("country", [])]  # fmt: skip
                text = "\n".join(line for line in lines if line)
            home = labels[group].casefold() in ("home", "privat", "private")
            texts.append((0 if home else 1, order, labels[group], text))
        return [(label, text) for _home, _order, label, text in sorted(texts) if text]

    def _tags(self, found: _Found) -> list[str]:
        tags: list[str] = []
        seen: set[str] = set()
        for value, _label, _i in found.values.get("tags", []):
            parts = [value]
            for separator in self.plan.tag_separators:
                parts = [piece for part in parts for piece in part.split(separator)]
            for part in parts:
                tag = part.strip()
                if self.plan.drop_system_labels and tag.startswith("*"):
                    if tag.lstrip("* ").casefold() in SYSTEM_LABELS:
                        continue
                    tag = tag.lstrip("* ")
                if tag and tag.casefold() not in seen:
                    seen.add(tag.casefold())
                    tags.append(tag)
        return tags


def apply(plan: ColumnPlan, table: CsvTable) -> CsvTable:
    """``table`` as the importer reads it with ``plan``: the table's columns, each row composed."""
    if plan.is_plain():
        return dataclasses.replace(table, header=plan.roles)
    composer = Composer(plan, table)

    def rows() -> Iterable[CsvRow]:
        return (composer.row(row) for row in table.rows)

    lazy = isinstance(table.rows, LazyRows)  # a file's rows: composed as they are read again
    composed = LazyRows(rows, len(table.rows)) if lazy else tuple(rows())
    return dataclasses.replace(table, header=composer.header, rows=composed)
