"""The derived structures of a shop, checked and rebuilt from the rows (``carebook check [--repair]``).

Derived, so they can always be rebuilt without losing anything: the search index (``search_index``: its
tables and the triggers that keep it true) and the customer summaries (last contact, open counts, last
score, the sort keys ``name_key``/``company_key``); on a PostgreSQL server also the triggers that notify
the other seats of every write (``change_triggers_pg``, "live updates").
"""

from __future__ import annotations

from dataclasses import dataclass

from carebook import change_triggers_pg, db
from carebook.db import database, reads, writes
from carebook.errors import StorageError
from carebook.services import customer_stats, search_index
from carebook.text import fold

_TRIGGERS = sum(1 for statement in search_index.SCHEMA if statement.startswith("CREATE TRIGGER"))
_SUMMARY = (
    "id, name_key, company_key, last_contact_at, open_contacts, open_followups, last_score_kind, "
    "last_score, last_score_norm"
)


@dataclass(frozen=True)
class DerivedReport:
    index: str  # "ok", or what is wrong with the search index
    summaries: int | None  # customers whose summary or sort keys disagree (None: could not be checked)
    live: str | None = None  # server: "ok", or the notification triggers missing; SQLite: None

    @property
    def ok(self) -> bool:
        return self.index == "ok" and not self.summaries and self.live in (None, "ok")

    def lines(self) -> list[str]:
        summaries = (
            "not checked (the file is read-only)"
            if self.summaries is None
            else "ok"
            if not self.summaries
            else f"{self.summaries:,} customers out of date"
        )
        live = [] if self.live is None else [f"live updates: {self.live}"]
        return [f"search index: {self.index}", f"customer summaries: {summaries}", *live]


def _live_problem() -> str | None:
    if db.is_sqlite():
        return None
    missing = change_triggers_pg.missing(database.obj)
    return f"missing trigger {', '.join(missing)}" if missing else "ok"


def _index_problem() -> str:
    if not db.is_sqlite():
        return search_index.server_problem()
    names = {row[0] for row in database.execute_sql("SELECT name FROM sqlite_master").fetchall()}
    missing = [t for t in search_index.TABLES if t not in names]
    if missing:
        return f"missing ({', '.join(missing)})"
    triggers = sum(1 for name in names if name.startswith("search_") and name not in search_index.TABLES)
    try:
        stats = search_index.index_stats(verify=True)
    except StorageError:
        return "damaged (it cannot be read)"
    if triggers < _TRIGGERS:
        return f"damaged ({_TRIGGERS - triggers} of its triggers are missing)"
    if stats.intact is False:
        return "damaged (its integrity check fails)"
    if not stats.healthy:
        return f"out of date ({stats.missing:,} rows missing, {stats.stale:,} stale)"
    return "ok"


def _snapshot() -> dict[int, tuple[object, ...]]:
    return {row[0]: tuple(row[1:]) for row in database.execute_sql(f"SELECT {_SUMMARY} FROM customer")}


def _refresh_summaries() -> None:
    customer_stats.refresh_all()
    param = "?" if database.param == "?" else "%s"
    rows = database.execute_sql("SELECT id, name, name_key FROM customer").fetchall()
    for row_id, name, key in rows:
        if fold(name) != key:
            sql = f"UPDATE customer SET name_key = {param} WHERE id = {param}"
            database.execute_sql(sql, (fold(name), row_id))


@reads
def _stale_summaries() -> int:
    """How many customers a refresh would change (computed in a transaction that is rolled back)."""
    before = _snapshot()
    with database.atomic() as transaction:
        _refresh_summaries()
        after = _snapshot()
        transaction.rollback()
    return sum(1 for key, values in after.items() if before.get(key) != values)


def inspect() -> DerivedReport:
    """What is wrong with the derived structures of the open shop."""
    with db.storage_errors():
        index = _index_problem()
        live = _live_problem()
    try:
        stale: int | None = _stale_summaries()
    except StorageError:
        stale = None
    return DerivedReport(index, stale, live)


@writes
def _restore_triggers() -> None:
    if not db.is_sqlite() and change_triggers_pg.missing(database.obj):
        change_triggers_pg.create(database.obj)


@writes
def _refresh_all_summaries() -> None:
    _refresh_summaries()


def repair() -> DerivedReport:
    """Rebuild the search index, a server's notification triggers and every customer summary from the rows;
    returns the check after.

    Each in its own transaction, the triggers before the summaries: recreating a trigger locks its whole
    table, and doing that while holding the customer rows the recount locks would deadlock with a clerk
    logging a contact meanwhile (who holds the contacts table and waits for a customer row)."""
    search_index.rebuild_index()
    _restore_triggers()
    _refresh_all_summaries()
    return inspect()
