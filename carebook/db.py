"""Opening and closing the database; the one place that knows SQLite's pragmas and error texts.

Models bind to ``database``, a proxy that ``open_database`` initialises once at start-up (deferred
initialisation, as peewee recommends). Every write goes through ``atomic()``: on SQLite a
``BEGIN IMMEDIATE`` transaction, so two writers wait for each other instead of failing.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import peewee

from carebook.errors import StorageError
from carebook.paths import default_db_path, is_server_url, resolve_db_target

database = peewee.DatabaseProxy()

BUSY_TIMEOUT_SECONDS = 10
SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", 2),  # FULL
    ("secure_delete", 1),
    ("busy_timeout", BUSY_TIMEOUT_SECONDS * 1000),
)

P = ParamSpec("P")
R = TypeVar("R")

_MESSAGES = (
    ("database is locked", "The database is busy in another Carebook window or program; try again."),
    ("readonly database", "The database file is read-only, so nothing can be saved. Check its permissions."),
    ("attempt to write a readonly", "The database file is read-only, so nothing can be saved."),
    ("database or disk is full", "The disk is full: free some space, then try again. Nothing was saved."),
    ("disk i/o error", "The disk reported an error while reading or writing the database."),
    ("file is not a database", "This file is not a Carebook database, or it is damaged."),
    ("malformed", "The database file is damaged. Restore a backup (carebook restore FILE)."),
    (  # damaged bytes inside a text value: the page is sound, the text is not
        "could not decode to utf-8",
        "The database file is damaged: some text in it cannot be read. "
        "Restore a backup (carebook restore FILE).",
    ),
    ("unable to open database file", "The database file cannot be opened: check that its folder exists."),
    ("no such table", "This database has not been set up yet; run 'carebook init'."),
)


def storage_message(error: BaseException) -> str:
    text = str(error).lower()
    for needle, message in _MESSAGES:
        if needle in text:
            return message
    return f"The database reported a problem: {error}"


def _first_cause(error: BaseException) -> BaseException:
    """After a full disk or I/O error SQLite has already rolled the transaction back, so the ROLLBACK that
    follows fails with "no transaction is active"; the error worth showing is the one that caused it."""
    seen = 0
    while "no transaction is active" in str(error) and error.__context__ is not None and seen < 5:
        error, seen = error.__context__, seen + 1
    return error


def is_storage_error(error: BaseException) -> bool:
    return isinstance(error, peewee.OperationalError | peewee.DatabaseError | sqlite3.DatabaseError) and not (
        isinstance(error, peewee.IntegrityError)
    )


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Turn low-level database failures into one StorageError with a plain message."""
    try:
        yield
    except StorageError:
        raise
    except (peewee.IntegrityError, sqlite3.IntegrityError):
        raise
    except (peewee.OperationalError, peewee.DatabaseError, sqlite3.DatabaseError, OSError) as error:
        raise StorageError(storage_message(_first_cause(error))) from error


def atomic() -> Any:
    """A write transaction: ``BEGIN IMMEDIATE`` on SQLite, a savepoint when nested."""
    target = database.obj
    if isinstance(target, peewee.SqliteDatabase) and not target.in_transaction():
        return target.atomic(lock_type="IMMEDIATE")
    return database.atomic()


def writes(func: Callable[P, R]) -> Callable[P, R]:
    """Decorator for a service write: one atomic transaction, storage faults mapped to StorageError."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with storage_errors(), atomic():
            return func(*args, **kwargs)

    return wrapper


def reads(func: Callable[P, R]) -> Callable[P, R]:
    """Decorator for a service read: storage faults mapped to StorageError."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with storage_errors():
            return func(*args, **kwargs)

    return wrapper


def is_sqlite() -> bool:
    return isinstance(database.obj, peewee.SqliteDatabase)


def db_path() -> Path | None:
    """The SQLite file in use, or None for a server database."""
    if is_sqlite():
        return Path(database.obj.database)
    return None


NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "fuse.sshfs", "davfs", "fuse.davfs2"}
)


def filesystem_type(path: Path) -> str:
    """The type of the filesystem holding ``path`` ("nfs", "ext4", ...; "unc" for a Windows share path,
    "" when unknown), read from /proc/mounts where the system has it."""
    if os.name == "nt" and str(path).startswith(("\\\\", "//")):
        return "unc"
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    target = path.resolve()
    best, best_type = -1, ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = Path(fields[1].replace("\\040", " "))
        if (target == point or point in target.parents) and len(point.parts) > best:
            best, best_type = len(point.parts), fields[2]
    return best_type


def refuse_network_share(path: Path) -> None:
    """An SQLite file on a network share gets damaged when several computers write to it: refuse."""
    kind = filesystem_type(path.parent if not path.exists() else path)
    if kind == "unc" or kind in NETWORK_FILESYSTEMS:
        raise StorageError(
            f"{path} is on a network share ({kind}). A Carebook file there can be damaged when several "
            "computers use it: keep the file on this computer, or use the multi-seat server mode "
            "(a postgresql:// address for --db or CAREBOOK_DB)."
        )


def data_version() -> int | None:
    """SQLite's ``PRAGMA data_version`` on this connection: it changes when another connection (another
    window or program) commits, so the app can refresh without a restart. None for a server database."""
    if not is_sqlite():
        return None
    with storage_errors():
        return int(database.execute_sql("PRAGMA data_version").fetchone()[0])


def _prepare_sqlite_file(path: Path) -> None:
    if not path.parent.exists():
        raise StorageError(f"The folder {path.parent} does not exist.")
    if not path.exists():
        try:
            fd = os.open(path, os.O_CREAT | os.O_RDWR | os.O_EXCL, 0o600)
        except FileExistsError:
            return
        except OSError as error:
            raise StorageError(f"Cannot create the database {path}: {error.strerror}.") from error
        os.close(fd)
    elif path.is_dir():
        raise StorageError(f"{path} is a folder, not a database file.")


def _connect_sqlite(path: Path) -> peewee.SqliteDatabase:
    # Owner-only permissions for the WAL and shared-memory files SQLite creates beside the database.
    old_umask = os.umask(0o077)
    try:
        db = peewee.SqliteDatabase(
            str(path),
            pragmas=list(SQLITE_PRAGMAS),
            timeout=BUSY_TIMEOUT_SECONDS,
            check_same_thread=False,
        )
        with storage_errors():
            db.connect()
            db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        os.umask(old_umask)
    return db


def open_database(target: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> str:
    """Open (creating if needed) and upgrade the database; return a description of where it is.

    ``target`` is a path or a ``postgresql://`` URL; None means ``CAREBOOK_DB`` or the default file.
    """
    from carebook import migrations

    resolved = resolve_db_target(target)
    if is_server_url(resolved):
        db: peewee.Database = _connect_server(resolved)
        where = resolved.split("@")[-1]
    else:
        path = Path(resolved).expanduser()
        if path == default_db_path():
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        refuse_network_share(path)
        _prepare_sqlite_file(path)
        migrations.refuse_if_newer(migrations.peek_sqlite_version(path), str(path))
        db = _connect_sqlite(path)
        where = str(path)
    database.initialize(db)
    try:
        if migrate:
            with storage_errors():
                migrations.upgrade(db, before=_backup_before_migration(db))
            from carebook import settings

            settings.load()
    except BaseException:
        close_database(checkpoint=False)
        raise
    return where


def _backup_before_migration(db: peewee.Database) -> Callable[[list[Any]], None] | None:
    """For an existing SQLite file, copy it aside before any migration changes it."""
    if not isinstance(db, peewee.SqliteDatabase):
        return None
    path = Path(db.database)

    def before(todo: list[Any]) -> None:
        from carebook import backup, migrations

        done = migrations.applied_versions(db)
        backup.before_migration(path, max(done) if done else 0)

    return before


def _connect_server(url: str) -> peewee.Database:
    from playhouse.db_url import connect

    try:
        db = connect(url)
        with storage_errors():
            db.connect()
    except ImportError as error:
        raise StorageError("PostgreSQL support needs the 'psycopg2' package; install it first.") from error
    return db


def close_database(*, checkpoint: bool = True) -> None:
    """Checkpoint the WAL into the main file and close, leaving no ``-wal`` file behind."""
    db = database.obj
    if db is None:
        return
    try:
        if checkpoint and isinstance(db, peewee.SqliteDatabase) and not db.is_closed():
            with contextlib.suppress(peewee.DatabaseError, sqlite3.DatabaseError):
                db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
    finally:
        database.initialize(None)
