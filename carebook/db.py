"""The connection: the bottom layer, the one place that knows SQLite's pragmas and error texts.

Models bind to ``database``, a proxy that ``bind`` initialises once at start-up (deferred
initialisation, as peewee recommends); ``carebook.shop`` opens a shop (seat, migrations, settings)
and calls it. Every write goes through ``atomic()``: on SQLite a ``BEGIN IMMEDIATE`` transaction, so two
writers wait for each other instead of failing. A server's connection and its messages are
``carebook.server_connection`` and ``carebook.server_errors``; nothing else of Carebook's is imported here.
"""

from __future__ import annotations

import contextlib
import functools
import os
import random
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

import peewee

from carebook import server_address, server_connection, server_errors
from carebook.errors import StorageError
from carebook.marks import N_
from carebook.translation import _


class ShopProxy(peewee.DatabaseProxy):
    """The models' database: the open shop, or for one thread, for a while, another database (``using``)."""

    __slots__ = ("_local", "_shared")

    def __init__(self) -> None:
        object.__setattr__(self, "_local", threading.local())
        super().__init__()

    def __setattr__(self, attr: str, value: Any) -> None:
        object.__setattr__(self, "_shared" if attr == "obj" else attr, value)

    @property
    def obj(self) -> Any:
        override = getattr(self._local, "obj", None)
        return override if override is not None else self._shared


database = ShopProxy()


@contextlib.contextmanager
def using(connection: peewee.Database) -> Iterator[peewee.Database]:
    """In this thread only, run the models, services and figures on ``connection`` instead of the open
    shop (``carebook.copy_shop`` reads a copy's figures with it); other threads keep the shop."""
    local = database._local
    previous = getattr(local, "obj", None)
    local.obj = connection
    try:
        yield connection
    finally:
        local.obj = previous


BUSY_TIMEOUT_SECONDS = 10
WRITE_LOCK_POLL = 0.006  # seconds between a new writer's tries for SQLite's write lock (at most)
SQLITE_PRAGMAS = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", 2),  # FULL
    ("secure_delete", 1),
    ("busy_timeout", BUSY_TIMEOUT_SECONDS * 1000),
)

P = ParamSpec("P")
R = TypeVar("R")

REPAIR_INDEX = N_(
    "The search index is damaged or missing; run 'carebook check --repair' to rebuild it. Nothing was saved."
)
RESTORED = N_("The shop was restored by another program; reopen it. This change was not saved.")

_MESSAGES = (
    ("database is locked", N_("The database is busy in another Carebook window or program; try again.")),
    (
        "readonly database",
        N_("The database file is read-only, so nothing can be saved. Check its permissions."),
    ),
    ("attempt to write a readonly", N_("The database file is read-only, so nothing can be saved.")),
    ("database or disk is full", N_("The disk is full: free some space, then try again. Nothing was saved.")),
    ("disk i/o error", N_("The disk reported an error while reading or writing the database.")),
    ("no such table: search_", REPAIR_INDEX),
    ("no such table: main.search_", REPAIR_INDEX),
    ("fts5", REPAIR_INDEX),
    ("vtable constructor failed", REPAIR_INDEX),
    ("no such function: carebook_", REPAIR_INDEX),
    ('relation "search_', REPAIR_INDEX),  # PostgreSQL: a table of the search index is gone
    ("function search_", REPAIR_INDEX),  # PostgreSQL: a function of its triggers is gone
    ("file is not a database", N_("This file is not a Carebook database, or it is damaged.")),
    ("malformed", N_("The database file is damaged. Restore a backup (carebook restore FILE).")),
    (  # damaged bytes inside a text value: the page is sound, the text is not
        "could not decode to utf-8",
        N_(
            "The database file is damaged: some text in it cannot be read. "
            "Restore a backup (carebook restore FILE)."
        ),
    ),
    ("unable to open database file", N_("The database file cannot be opened: check that its folder exists.")),
    ("no such table", N_("This database has not been set up yet; run 'carebook init'.")),
)


def storage_message(error: BaseException) -> str:
    text = str(error).lower()
    for needle, message in _MESSAGES:
        if needle in text:
            return _(message)
    return _("The database reported a problem: {error}").format(error=error)


def _first_cause(error: BaseException) -> BaseException:
    """After a full disk or I/O error SQLite has already rolled the transaction back, so the ROLLBACK that
    follows fails with "no transaction is active"; the error worth showing is the one that caused it."""
    seen = 0
    while "no transaction is active" in str(error) and error.__context__ is not None and seen < 5:
        error, seen = error.__context__, seen + 1
    return error


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
        target = database.obj
        if isinstance(target, server_connection.ServerDatabase):
            message = server_errors.server_message(error, target.address)
            if message is not None:
                raise StorageError(message) from error
        raise StorageError(storage_message(_first_cause(error))) from error


_opened_generation: int | None = None  # the file's restore mark when this process opened it


def _generation(db: peewee.Database) -> int:
    """The restore mark (``PRAGMA user_version``): ``carebook.restore`` gives every restored file a new
    one, so a process that opened the file before a restore can tell."""
    return int(db.connection().execute("PRAGMA user_version").fetchone()[0])  # not a query worth counting


def _begin_immediate(target: peewee.SqliteDatabase, stack: contextlib.ExitStack) -> Any:
    """Enter a ``BEGIN IMMEDIATE`` transaction on ``stack``, waiting up to ``BUSY_TIMEOUT_SECONDS`` for the
    write lock; past that, SQLite's "database is locked".

    SQLite's own busy handler retries at growing intervals, 100 ms apart after the first half second: with
    many writers, one that sleeps 100 ms seldom finds the lock free between the others' transactions and
    gave up after the timeout while they went on (10 processes logging contacts: 4 failed at their first).
    Here a waiting writer tries again every few milliseconds, more often the longer it has waited (so the
    oldest waiter most likely takes the lock next) and at random (so writers do not move in step); the
    busy handler is off only while the lock is being taken.
    """
    connection = target.connection()
    began = time.monotonic()
    deadline = began + BUSY_TIMEOUT_SECONDS
    connection.execute("PRAGMA busy_timeout = 0")
    try:
        while True:
            try:
                return stack.enter_context(target.atomic(lock_type="IMMEDIATE"))
            except peewee.OperationalError as error:
                if "database is locked" not in str(error) or time.monotonic() >= deadline:
                    raise
            pause = max(0.0002, WRITE_LOCK_POLL / (1 + 20 * (time.monotonic() - began)))
            time.sleep(random.uniform(0.5, 1.0) * pause)
    finally:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")


@contextlib.contextmanager
def _immediate(target: peewee.SqliteDatabase) -> Iterator[Any]:
    with contextlib.ExitStack() as stack:
        transaction = _begin_immediate(target, stack)
        # Checked with the write lock held: a restore cannot slip in between the check and the commit.
        if _opened_generation is not None and _generation(target) != _opened_generation:
            raise StorageError(_(RESTORED))
        yield transaction


def atomic() -> Any:
    """A write transaction: ``BEGIN IMMEDIATE`` on SQLite (refused when another program restored the
    file since this one opened it), a savepoint when nested."""
    target = database.obj
    if isinstance(target, peewee.SqliteDatabase) and not target.in_transaction():
        return _immediate(target)
    return database.atomic()


_whole = threading.local()  # ``on``: inside ``all_or_nothing``


@contextlib.contextmanager
def all_or_nothing() -> Iterator[None]:
    """Inside a transaction whose writes are kept all or none (``services.together``): the service writes
    in the block join it without a savepoint of their own (a savepoint only helps a caller that goes on
    after a failed write; here a failure ends the whole transaction). Saves two statements a write, two
    round trips each on a server."""
    before = getattr(_whole, "on", False)
    _whole.on = True
    try:
        yield
    finally:
        _whole.on = before


def writes(func: Callable[P, R]) -> Callable[P, R]:
    """Decorator for a service write: one atomic transaction, storage faults mapped to StorageError."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if getattr(_whole, "on", False) and database.in_transaction():
            return func(*args, **kwargs)  # the whole transaction's own ``writes`` maps storage faults
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


def is_sqlite_connection(connection: peewee.Database) -> bool:
    return isinstance(connection, peewee.SqliteDatabase)


def db_path() -> Path | None:
    """The SQLite file in use, or None for a server database."""
    if is_sqlite():
        return Path(database.obj.database)
    return None


def data_version() -> int | None:
    """SQLite's ``PRAGMA data_version`` on this connection: it changes when another connection (another
    window or program) commits, so the app can refresh without a restart. None for a server database."""
    if not is_sqlite():
        return None
    with storage_errors():
        return int(database.execute_sql("PRAGMA data_version").fetchone()[0])


def connect_sqlite(path: Path) -> peewee.SqliteDatabase:
    """A connection to the SQLite file ``path`` with Carebook's pragmas (``carebook.shop`` prepares the
    file and takes a seat first)."""
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


def bind(connection: peewee.Database) -> None:
    """Bind the models to ``connection`` (closing the one bound before) and remember the file's restore
    mark (see ``atomic``); the connection is closed when the mark cannot be read."""
    global _opened_generation
    previous = database.obj
    if previous is not None and previous is not connection:  # one shop at a time: let the last one go
        with contextlib.suppress(peewee.DatabaseError, sqlite3.DatabaseError):
            previous.close()
    if isinstance(connection, peewee.SqliteDatabase):
        try:
            with storage_errors():
                generation = _generation(connection)
        except BaseException:
            connection.close()
            raise
        _opened_generation = generation
    database.initialize(connection)


def connect_server(url: str, password: str | None = None) -> peewee.Database:
    """A connection to the PostgreSQL server at ``url`` (``carebook.server_connection``: it reconnects
    after a server restart). ``password`` None: the one written in ``url``, else libpq's PGPASSWORD and
    ~/.pgpass (``carebook.shop`` looks in the keychain and Carebook's pgpass file first)."""
    address, written = server_address.parse(url)
    return server_connection.connect(address, password if password is not None else written)


def disconnect(*, checkpoint: bool = True) -> None:
    """Checkpoint the WAL into the main file and close, leaving no ``-wal`` file behind."""
    global _opened_generation
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
        _opened_generation = None
