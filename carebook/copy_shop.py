"""Moving a shop: every row of one database copied into another, then checked (``carebook copy-to``).

``copy_to(target)`` copies the open shop into an empty database at ``target`` (a ``postgresql://``
address or an SQLite file, new or empty): the target is brought to the current schema first, then every
table (ids, import and merge history, settings) is copied in batches in one transaction on the target,
read from one snapshot of the source; PostgreSQL's id sequences are set past the copied ids, the search
index is rebuilt from the rows, and before the transaction commits the row count of every table and the
figures of every month (``carebook.metrics``) are compared on both sides. Any difference, or any error,
rolls the whole copy back. A target that holds any row, or that is not Carebook's, is refused.

``copy_rows(source, target)`` is the same copy between two open connections, for a restore into a
server shop (``carebook.server_restore``), which empties the target in the same transaction first.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import peewee

from carebook import clock, db, metrics, migrations, safe_write, search_schema_pg, settings, shop
from carebook.clock import Month
from carebook.errors import CarebookError
from carebook.import_models import IMPORT_MODELS
from carebook.models import MODELS, BaseModel, Customer, Feedback, Followup, Interaction, Setting
from carebook.paths import is_server_url
from carebook.search_schema import drop as drop_search_index
from carebook.services import customer_stats, search_index
from carebook.translation import _

# Parents before children, so every foreign key finds its row (``models.MODELS`` is in that order).
TABLES: tuple[type[BaseModel], ...] = (*MODELS, *IMPORT_MODELS)
BATCH = 500  # rows per statement: 500 x 26 columns stays under SQLite's 32,766 parameters
Progress = Callable[[int, int], None]  # rows copied so far, rows in all


@dataclass(frozen=True)
class CopyResult:
    target: str  # where the copy is (a server address without its password)
    rows: dict[str, int]  # table -> rows copied
    months: int  # months whose figures were compared
    backup_seat: str = ""  # the computer a copy into a server named for its automatic backups

    def lines(self) -> list[str]:
        rows = self.rows
        return [
            f"copied the shop to {self.target}: {rows['customer']:,} customers, {rows['interaction']:,} "
            f"contacts, {rows['followup']:,} follow-ups, {rows['feedback']:,} scores "
            f"({sum(rows.values()):,} rows in {len(rows)} tables)",
            f"verified: the row counts of all {len(rows)} tables and the figures of "
            f"{self.months} months are the same in both",
            *(
                [
                    f"automatic backups of the server shop are made on this computer ({self.backup_seat}); "
                    "choose another with: carebook settings backup_seat NAME"
                ]
                if self.backup_seat
                else []
            ),
        ]


def shown_target(target: str) -> str:
    """A target as it may be printed: a server address without its password."""
    if not is_server_url(target) or "@" not in target:
        return target
    scheme, rest = target.split("://", 1)
    credentials, host = rest.rsplit("@", 1)
    return f"{scheme}://{credentials.split(':', 1)[0]}@{host}"


def _table(model: type[BaseModel]) -> str:
    return str(model._meta.table_name)


def counts(connection: peewee.Database) -> dict[str, int]:
    """The rows of every table of the shop in ``connection``."""
    with db.storage_errors():
        return {
            _table(m): int(connection.execute_sql(f'SELECT count(*) FROM "{_table(m)}"').fetchone()[0])
            for m in TABLES
        }


def _months(connection: peewee.Database) -> list[Month]:
    """Every month from the first thing that happened to the last (and this month)."""
    with db.using(connection):
        instants = [
            value
            for field in (Customer.created_at, Interaction.occurred_at, Feedback.received_at)
            for value in _range(field)
        ]
        days = [clock.to_local(_instant(v)).date() for v in instants]
        days += [_day(v) for v in _range(Followup.due_on)]
    days.append(clock.today())
    month, last = Month.of(min(days)), Month.of(max(days))
    found = []
    while str(month) <= str(last):
        found.append(month)
        month = month.next()
    return found


def _range(field: peewee.Field) -> list[object]:
    """The smallest and largest value of ``field`` (none when its table is empty)."""
    row = field.model.select(peewee.fn.min(field), peewee.fn.max(field)).tuples().get()
    return [value for value in row if value is not None]


def _instant(value: object) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


# "Overdue" is the backlog as of the moment it is computed, the same in every month: a due time that passes
# while a big shop is copied would fail a sound copy. The follow-ups due and done on time of every month,
# and the row counts, cover those rows.
AS_OF_NOW = ("followups_overdue",)


def figures(connection: peewee.Database, months: list[Month]) -> dict[str, dict[str, object]]:
    """Every month's figures as ``stats --json`` prints them (less ``AS_OF_NOW``), computed by
    ``connection``."""
    with db.using(connection):
        found = {str(m): metrics.month_summary(m).as_json() for m in months}
    for values in found.values():
        for key in AS_OF_NOW:
            values.pop(key, None)
    return found


@contextlib.contextmanager
def snapshot(connection: peewee.Database) -> Iterator[None]:
    """One consistent view of ``connection`` while it is read (others may write meanwhile)."""
    if isinstance(connection, peewee.PostgresqlDatabase):
        with connection.atomic(isolation_level="REPEATABLE READ"):
            yield
    else:
        with connection.atomic():
            yield


def _key(model: type[BaseModel]) -> list[peewee.Field]:
    pk = model._meta.primary_key
    if isinstance(pk, peewee.CompositeKey):
        return [model._meta.fields[name] for name in pk.field_names]
    return [model._meta.fields[str(pk.name)]]  # type: ignore[union-attr]


def _batches(source: peewee.Database, model: type[BaseModel]) -> Iterator[list[tuple[object, ...]]]:
    """The rows of ``model`` in ``source``, in key order, ``BATCH`` at a time (keyset paging)."""
    key = _key(model)
    fields = model._meta.sorted_fields
    last: tuple[object, ...] | None = None
    while True:
        query = model.select(*fields).order_by(*key).limit(BATCH)
        if last is not None:
            query = query.where(peewee.Tuple(*key) > peewee.Tuple(*last))
        with db.using(source):
            rows: list[tuple[object, ...]] = list(query.tuples())  # type: ignore[arg-type]
        if not rows:
            return
        yield rows
        positions = [fields.index(k) for k in key]
        last = tuple(rows[-1][p] for p in positions)


def _fix_sequences(target: peewee.Database) -> None:
    """Set PostgreSQL's id sequences past the copied ids, so the next row gets a new id."""
    if not isinstance(target, peewee.PostgresqlDatabase):
        return
    for model in TABLES:
        if isinstance(model._meta.primary_key, peewee.AutoField):
            table = _table(model)
            target.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'COALESCE((SELECT max(id) FROM "{table}"), 0) + 1, false)'
            )


def copy_rows(
    source: peewee.Database, target: peewee.Database, progress: Progress | None = None
) -> CopyResult:
    """Copy every row of ``source`` into ``target`` (inside the caller's transaction on ``target``, whose
    tables are empty), rebuild the search index and verify; CarebookError when anything differs."""
    with snapshot(source):
        expected = counts(source)
        months = _months(source)
        before = figures(source, months)
        total, done = sum(expected.values()), 0
        if progress is not None:
            progress(0, total)
        # The index is rebuilt below in one pass, instead of row by row by its triggers (and a server's
        # emptied tables, as a restore leaves them, would clash with its old entries).
        if db.is_sqlite_connection(target):
            drop_search_index(target)
        else:
            search_schema_pg.drop(target)
        for model in TABLES:
            fields = model._meta.sorted_fields
            for rows in _batches(source, model):
                with db.storage_errors(), db.using(target):
                    model.insert_many(rows, fields=fields).execute()
                done += len(rows)
                if progress is not None:
                    progress(done, total)
    _fix_sequences(target)
    with db.using(target):
        customer_stats.refresh_all()  # the summaries in the target's own number precision
        search_index.rebuild_index()
    copied = counts(target)
    if copied != expected:
        wrong = ", ".join(f"{t}: {n:,} -> {copied[t]:,}" for t, n in expected.items() if copied[t] != n)
        raise CarebookError(
            _("the copy does not hold every row ({wrong}); nothing was copied").format(wrong=wrong)
        )
    after = figures(target, months)
    for month in months:
        if after[str(month)] != before[str(month)]:
            raise CarebookError(
                _("the figures of {month} differ in the copy; nothing was copied").format(month=month)
            )
    return CopyResult("", copied, len(months))


def _name_backup_seat(target: peewee.Database) -> str:
    """A shop moved to a server gets its automatic backups from the computer that moved it (the owner's),
    unless it names a seat already; returns the seat named here ("" when one was named before)."""
    with db.using(target):
        if Setting.select().where((Setting.key == "backup_seat") & (Setting.value != "")).exists():
            return ""
        seat = settings.this_computer()
        Setting.insert(key="backup_seat", value=seat).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: seat}
        ).execute()
    return seat


def _same_database(source: peewee.Database, target: str) -> bool:
    if is_server_url(target) or not db.is_sqlite_connection(source):
        return (
            is_server_url(target)
            and not db.is_sqlite_connection(source)
            and (_server_identity(source) == _server_identity(db.connect_server(target), close=True))
        )
    path = Path(target).expanduser()
    return path.exists() and os.path.samefile(path, source.database)


def _server_identity(connection: peewee.Database, *, close: bool = False) -> tuple[object, ...]:
    try:
        with db.storage_errors():
            row = connection.execute_sql(
                "SELECT current_database(), inet_server_addr(), inet_server_port(), "
                "(SELECT system_identifier FROM pg_control_system())"
            ).fetchone()
        return tuple(row)
    finally:
        if close:
            connection.close()


def _open_file(path: Path, *, own_file: bool) -> peewee.Database:
    reason = None if own_file else safe_write.refusal(path)
    if reason is not None and "database file" not in reason:  # an empty Carebook database may be filled
        raise CarebookError(
            _("{path}: not written, {reason}; choose another file").format(path=path, reason=reason)
        )
    shop.refuse_network_share(path)
    shop.prepare_sqlite_file(path)
    migrations.peek_sqlite_version(path)  # refuses a file that is not Carebook's, untouched
    return db.connect_sqlite(path)


def _refuse_foreign_server(connection: peewee.Database, where: str) -> None:
    with db.storage_errors():
        tables = set(connection.get_tables())
    if tables and "schema_migration" not in tables:
        named = ", ".join(sorted(tables)[:3])
        raise CarebookError(
            _("{where} is not a Carebook database (it holds {named}); nothing was copied").format(
                where=where, named=named
            )
        )


def refuse_if_not_empty(connection: peewee.Database, where: str) -> None:
    found = {table: n for table, n in counts(connection).items() if n}
    if found:
        what = ", ".join(f"{n:,} rows in {table}" for table, n in list(found.items())[:3])
        raise CarebookError(
            _("{where} is not empty ({what}); copy-to fills only an empty database").format(
                where=where, what=what
            )
        )


def _remove_new_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            Path(f"{path}{suffix}").unlink()


def copy_to(target: str, progress: Progress | None = None, *, own_file: bool = False) -> CopyResult:
    """Copy the open shop into the empty database at ``target``; see the module notes. ``own_file``: a
    file Carebook named itself (a backup copy being made), exempt from the checks of a file a user names."""
    source = db.database.obj
    if source is None:
        raise CarebookError(_("no shop is open"))
    target = target.strip()
    if not target:
        raise CarebookError(_("copy-to needs a target: a postgresql:// address or a file name"))
    where = shown_target(target)
    server = is_server_url(target)
    path = None if server else Path(target).expanduser()
    if _same_database(source, target):
        raise CarebookError(_("{where} is the open shop itself; give an empty database").format(where=where))
    created = path is not None and not path.exists()
    try:
        connection = db.connect_server(target) if path is None else _open_file(path, own_file=own_file)
    except BaseException:
        if created and path is not None:
            _remove_new_file(path)
        raise
    try:
        if server:
            _refuse_foreign_server(connection, where)
        with db.storage_errors():
            migrations.upgrade(connection)
        refuse_if_not_empty(connection, where)
        with db.storage_errors(), connection.atomic():
            result = copy_rows(source, connection, progress)
            seat = _name_backup_seat(connection) if server else ""
        if not server:
            with db.storage_errors():
                connection.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        connection.close()
        if created and path is not None:
            _remove_new_file(path)
        raise
    connection.close()
    return CopyResult(where, result.rows, result.months, seat)
