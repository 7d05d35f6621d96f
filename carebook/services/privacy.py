"""Privacy: find a customer by id or email, erase one for good, and list the backups that still hold them.

``erase(customer_id)`` anonymises a customer, permanently, in one transaction:
- each field of ``carebook.customer_schema`` is treated as its erase rule says: the name is replaced by
  "Erased customer #<id>"; company, email, phone, address, notes, preferred channel, consent, contact
  rhythm (every field marked ``Erase.BLANK``) are blanked; tags are removed; when the customer came is
  kept; ``erased_at`` is set, and the record leaves the trash (emptying the trash must not delete the
  contacts later);
- the free text of their contacts (summary, notes), follow-ups (note) and scores (comment) is blanked;
- the contacts, follow-ups and scores themselves stay, with their dates, channels and scores, so the
  monthly figures of past months still add up;
- earlier values kept for undo (an import's record of the fields it updated, merge records involving
  the customer) are deleted, so no undo can bring the data back.
Then the search index is optimised (its segments rewritten, dropping the erased words) and the WAL is
checkpointed into the database file. With ``secure_delete`` on (``carebook.db`` turns it on), SQLite
overwrites freed content with zeros, so the erased strings are gone from the file. On a PostgreSQL server
the tables the erase changed are rewritten with ``VACUUM FULL`` once it committed (``_vacuum_server``).
Backups made before the erase still hold them: ``backups_holding_data()`` lists those, and
``delete_backups`` removes them.

Exporting everything about a customer lives in ``carebook.exchange.privacy_export``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from carebook import backup, clock
from carebook import customer_schema as schema
from carebook.backup import BackupInfo
from carebook.clock import format_instant, utc_now
from carebook.customer_schema import Erase
from carebook.db import database, db_path, is_sqlite, reads, storage_errors, writes
from carebook.errors import CarebookError, NotFound
from carebook.import_models import ImportChange
from carebook.integers import is_integer_text, parse_int, shown
from carebook.models import MergeRecord
from carebook.restore import kept_copies
from carebook.services import customers, search_index
from carebook.services.customer_rows import CustomerRow, load_rows
from carebook.text import fold
from carebook.translation import _
from carebook.versions import Seen, guard_unchanged


@dataclass(frozen=True)
class EraseResult:
    customer_id: int
    name: str  # what the record is called now
    erased_at: datetime  # naive UTC
    contacts_kept: int
    followups_kept: int
    scores_kept: int
    backups: tuple[BackupInfo, ...]  # older backups that still hold the erased data
    checkpointed: bool  # False when another program kept the WAL open (run again to finish)


def erased_name(customer_id: int) -> str:
    return f"Erased customer #{customer_id}"


@reads
def resolve_customer(ref: int | str) -> CustomerRow:
    """The customer a user named by number (``42``, ``#42``) or email; NotFound otherwise."""
    text = ref.strip() if isinstance(ref, str) else ""
    number: object = text.lstrip("#") if isinstance(ref, str) else ref
    if not isinstance(number, str) or is_integer_text(number):
        customer_id = parse_int(number, "customer", expected=_("a customer number"))
        rows = load_rows([customer_id])
        if not rows:
            raise NotFound(_("There is no customer number {customer_id}.").format(customer_id=customer_id))
        return rows[0]
    if "@" in text:
        found = customers.find_by_email(text)
        if found is None:
            raise NotFound(_("There is no customer with the email {text}.").format(text=shown(text)))
        return found
    raise NotFound(_("'{text}' is neither a customer number nor an email address.").format(text=shown(text)))


def _erased_fields(customer_id: int) -> dict[str, object]:
    """The stored columns of the customer's fields as an erase leaves them (``customer_schema.Erase``):
    blanked, kept, or replaced (the name becomes "Erased customer #<id>"). Tags are removed apart."""
    values: dict[str, object] = {}
    for f in schema.FIELDS:
        if f.erase is Erase.BLANK:
            values.update({column: f.empty for column in f.columns})
            values.update({column: "" for column in f.derived})
        elif f.erase is Erase.REPLACE:
            values[f.name] = erased_name(customer_id)
        if f.sort_key and f.erase is not Erase.KEEP:
            values[f.sort_key] = fold(str(values[f.name]))
    return values


def _p() -> str:
    return str(database.param)


def _count(table: str, customer_id: int) -> int:
    return int(
        database.execute_sql(
            f'SELECT count(*) FROM "{table}" WHERE customer_id = {_p()}', (customer_id,)
        ).fetchone()[0]
    )


@writes
def _anonymise(customer_id: int, seen: Seen | None) -> tuple[datetime, int, int, int]:
    guard_unchanged("customer", customer_id, seen, customers.stored_values(customer_id, seen))
    rows = load_rows([customer_id])
    if not rows:
        raise NotFound(_("There is no customer number {customer_id}.").format(customer_id=customer_id))
    if rows[0].erased_at is not None:
        raise CarebookError(
            _("Customer #{customer_id} was already erased on {erased_at}.").format(
                customer_id=customer_id, erased_at=format_instant(rows[0].erased_at)
            )
        )
    now = utc_now()
    p = _p()
    erased = {
        **_erased_fields(customer_id),
        "deleted_at": None,
        "erased_at": format_instant(now),
        "updated_at": format_instant(now),
    }
    sets = ", ".join(f'"{column}" = {p}' for column in erased) + ", version = version + 1"
    database.execute_sql(f"UPDATE customer SET {sets} WHERE id = {p}", (*erased.values(), customer_id))
    for table, columns in (
        ("interaction", ("summary", "notes")),
        ("followup", ("note",)),
        ("feedback", ("comment",)),
    ):
        sets = ", ".join(f"{column} = ''" for column in columns)
        database.execute_sql(f'UPDATE "{table}" SET {sets} WHERE customer_id = {p}', (customer_id,))
    database.execute_sql(f"DELETE FROM customer_tag WHERE customer_id = {p}", (customer_id,))
    ImportChange.delete().where(
        (ImportChange.table_name == "customer")
        & (ImportChange.row_id == customer_id)
        & (ImportChange.action == "update")
    ).execute()
    MergeRecord.delete().where(
        (MergeRecord.keep_id == customer_id) | (MergeRecord.other_id == customer_id)
    ).execute()
    search_index.optimize_index()
    return (
        now,
        _count("interaction", customer_id),
        _count("followup", customer_id),
        _count("feedback", customer_id),
    )


# The tables an erase changes (``_anonymise``): on a server they are rewritten afterwards.
ERASED_TABLES = (
    "customer",
    "customer_tag",
    "interaction",
    "followup",
    "feedback",
    "import_change",
    "merge_record",
)


def _vacuum_server() -> None:
    """On PostgreSQL an update leaves the old row, and its index entries, in the table's files until the
    space is reused; even a plain VACUUM only marks it free. ``VACUUM FULL`` writes each table the erase
    changed, with its indexes, into new files and removes the old ones, so the erased text leaves the
    server's data files (the write-ahead log keeps it until the server recycles it: see the README). It
    must run outside a transaction, after the erase committed, and holds each table for a moment."""
    with storage_errors():
        search = database.execute_sql(  # the search structures of a server shop, whatever they are called
            "SELECT relname FROM pg_class WHERE relkind IN ('r', 'm') AND relname LIKE 'search%%' "
            "AND relnamespace = current_schema()::regnamespace"
        ).fetchall()
        for table in (*ERASED_TABLES, *(name for (name,) in search)):
            database.execute_sql(f'VACUUM (FULL, ANALYZE) "{table}"')
        # the statistics of the values a column holds, replaced by ANALYZE: their old row goes too
        database.execute_sql("VACUUM (FULL) pg_catalog.pg_statistic")


def _checkpoint() -> bool:
    if not is_sqlite():
        _vacuum_server()
        return True
    with storage_errors():
        busy = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy or int(busy[0]) == 0


def erase(customer_id: int, seen: Seen | None = None) -> EraseResult:
    """Anonymise one customer for good (see the module notes). CarebookError if already erased;
    ``ConflictError`` if changed since the clerk saw it (``seen``, ``carebook.versions``)."""
    erased_at, contacts, followups, scores = _anonymise(customer_id, seen)
    done = _checkpoint()
    return EraseResult(
        customer_id,
        erased_name(customer_id),
        erased_at,
        contacts,
        followups,
        scores,
        tuple(backups_holding_data(erased_at)),
        done,
    )


def _latest_erase() -> datetime | None:
    value = database.execute_sql("SELECT max(erased_at) FROM customer").fetchone()[0]
    return datetime.fromisoformat(str(value)) if value else None


@reads
def backups_holding_data(before: datetime | None = None) -> list[BackupInfo]:
    """Backups made before ``before`` (naive UTC; default: the latest erase, else now), newest first.

    These are Carebook's copies in the backup folder plus every ``*.before-restore-<time>`` copy beside
    the database; copies written elsewhere with ``backup --to`` are not known here.
    """
    cutoff_utc = before or _latest_erase() or utc_now()
    cutoff = clock.to_local(cutoff_utc)
    found = [info for info in backup.list_backups() if info.made_at <= cutoff]
    path = db_path()
    for kept in kept_copies(path) if path is not None else []:
        with contextlib.suppress(OSError):
            stat = kept.stat()
            made = clock.to_local(datetime.fromtimestamp(int(stat.st_mtime), UTC).replace(tzinfo=None))
            if made <= cutoff:
                found.append(BackupInfo(kept, made, stat.st_size, "before-restore"))
    return sorted(found, key=lambda info: info.made_at, reverse=True)


def delete_backups(backups: Iterable[BackupInfo]) -> int:
    """Delete these backup files; returns how many were deleted. CarebookError naming one that failed."""
    deleted = 0
    for info in backups:
        try:
            Path(info.path).unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise CarebookError(
                _("{path} could not be deleted ({reason}).").format(
                    path=info.path, reason=error.strerror or error
                )
            ) from error
        deleted += 1
    return deleted


def owner_only_folder(folder: Path) -> Path:
    """Create ``folder`` (not its parents) readable by its owner only; CarebookError when impossible."""
    try:
        os.mkdir(folder, 0o700)
        os.chmod(folder, 0o700)
    except FileExistsError:
        raise
    except OSError as error:
        raise CarebookError(
            _("{folder}: cannot be created ({reason})").format(folder=folder, reason=error.strerror or error)
        ) from error
    return folder
