"""Which rows of a customers file (or cards of a vCard file) look like customers already stored.

``find_matches(table)`` compares every row of a customers table (columns named as in ``columns.CUSTOMERS``;
a vCard file's cards as ``vcard.prepare`` turns them into rows) with the live customers, by the rules of
``services.duplicates``: the same normalised email, the same E.164 phone, the same or a very similar
name. Each matching row gets its best match, with the reasons and the score, and a suggestion: update
the stored customer when the email or phone is the same, otherwise create a new one (a similar name
alone is weak evidence). The import wizard shows these and lets the user choose per row; its choices
go to ``importer.run(..., targets=...)`` / ``vcard.run(..., targets=...)``.

Rows whose email or phone cannot be read are compared by name only (the check reports them anyway).
Nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from carebook import settings
from carebook.db import database, reads
from carebook.errors import ValidationError
from carebook.exchange.csv_format import CsvTable
from carebook.exchange.values import Cells, ContactNormaliser, one_line
from carebook.services.duplicates import DuplicateSide, pairs_among
from carebook.text import fold

UPDATE, CREATE = "update", "create"


@dataclass(frozen=True)
class CustomerMatch:
    line: int  # the row's line in the file (a card's first line)
    name: str  # the row's name, email and phone as in the file
    email: str
    phone: str
    customer: DuplicateSide  # the stored customer it looks like
    reasons: tuple[str, ...]  # "same email", "same phone", "same name", "similar names (93%)"
    score: float  # 0..1, as for duplicates
    suggested: str  # UPDATE or CREATE


def _file_rows(table: CsvTable) -> tuple[list[tuple[Any, ...]], dict[int, tuple[int, str, str, str]]]:
    """The rows as duplicates' customer tuples (negative ids), and id -> (line, name, email, phone)."""
    normaliser = ContactNormaliser(settings.get("phone_region"))
    index: dict[str, int] = {}
    for position, column in enumerate(table.header):
        index.setdefault(column, position)
    tuples: list[tuple[Any, ...]] = []
    rows: dict[int, tuple[int, str, str, str]] = {}
    for number, row in enumerate(table.rows, start=1):
        cells = Cells(index, row)
        name = one_line(cells["name"])
        typed_email = one_line(cells["email"])
        typed_phone = one_line(cells["phone"])
        try:
            email = normaliser.email(typed_email, "email")
        except ValidationError:
            email = ""
        try:
            e164 = normaliser.phone(typed_phone).e164
        except ValidationError:
            e164 = ""
        row_id = -number
        tuples.append((row_id, name, fold(name), "", email, typed_phone, e164))
        rows[row_id] = (row.line, name, typed_email, typed_phone)
    return tuples, rows


@reads
def find_matches(table: CsvTable) -> tuple[CustomerMatch, ...]:
    """The rows that look like stored customers, each with its best match, in the file's order."""
    file_rows, by_id = _file_rows(table)
    if not file_rows:
        return ()
    stored = database.execute_sql(
        "SELECT id, name, name_key, company, email, phone, phone_e164 FROM customer "
        "WHERE deleted_at IS NULL AND erased_at IS NULL"
    ).fetchall()
    best: dict[int, CustomerMatch] = {}
    for pair in pairs_among([*file_rows, *stored]):
        if not (pair.a.id < 0 < pair.b.id):
            continue  # two rows of the file, or two stored customers: not this question
        found = best.get(pair.a.id)
        if found is not None and found.score >= pair.score:
            continue
        line, name, email, phone = by_id[pair.a.id]
        strong = any(reason in ("same email", "same phone") for reason in pair.reasons)
        best[pair.a.id] = CustomerMatch(
            line, name, email, phone, pair.b, pair.reasons, pair.score, UPDATE if strong else CREATE
        )
    return tuple(sorted(best.values(), key=lambda match: match.line))
