"""The connection to a shop's PostgreSQL server, which finds its way back after the server restarts.

``connect(address, password)`` opens a ``ServerDatabase`` (peewee's ``PostgresqlDatabase`` on psycopg 3)
or raises ``StorageError`` with one plain line (``carebook.server_errors``). A server that restarts, or a
network that drops, breaks the connection; the next operation finds it broken and opens a new one:

- a transaction's ``BEGIN`` on a broken connection reconnects and begins again (nothing was sent yet);
  when the server cannot be reached, the one line adds that nothing was saved;
- a read outside a transaction (``SELECT``, ``WITH``...) that fails because the connection broke is run
  once more on a new connection;
- a statement inside a transaction that fails because the connection broke raises ``StorageError`` saying
  the change was not saved: the server rolled the whole transaction back, so nothing is half-written; the
  rollback that follows is skipped, and the next operation reconnects;
- a ``COMMIT`` cut off says so too (whether the server committed cannot be known).

``own_pids()`` are the server's process ids of this program's open connections (one per thread): the
notifications of their own writes (``carebook.change_listener``) are not news to this program.
"""

from __future__ import annotations

from typing import Any

import peewee

from carebook.errors import StorageError
from carebook.server_address import ServerAddress
from carebook.server_errors import COMMIT_CUT, DRIVER_MISSING, NOT_SAVED, NOTHING_SAVED, connect_message
from carebook.translation import _

CONNECT_TIMEOUT_SECONDS = 10
_READS = ("select", "with", "show", "explain", "values", "table")


def _is_read(sql: str) -> bool:
    return sql.lstrip().lower().startswith(_READS)


def _backend_pid(conn: Any) -> int | None:
    try:
        return int(conn.info.backend_pid) or None
    except Exception:  # a closed or broken connection may not say
        return None


class ServerDatabase(peewee.PostgresqlDatabase):
    address: ServerAddress

    @property
    def _pids(self) -> dict[int, int]:
        """id() of each open connection -> its server process id (read when it opened)."""
        return vars(self).setdefault("_open_pids", {})  # type: ignore[no-any-return]

    def own_pids(self) -> frozenset[int]:
        return frozenset(self._pids.values())

    def _connect(self) -> Any:
        conn = super()._connect()  # type: ignore[misc]  # peewee's, untyped
        pid = _backend_pid(conn)
        if pid is not None:
            self._pids[id(conn)] = pid
        return conn

    def _forget_pid(self, conn: Any) -> None:
        self._pids.pop(id(conn), None)

    def _close(self, conn: Any) -> None:
        self._forget_pid(conn)
        super()._close(conn)  # type: ignore[misc]

    @property
    def _connection_state(self) -> Any:
        """peewee's per-thread connection state (its connection and open transactions)."""
        return vars(self)["_state"]

    def broken(self) -> bool:
        """The connection is open in peewee's eyes but psycopg found it closed or broken."""
        conn = self._connection_state.conn
        return conn is not None and bool(getattr(conn, "closed", False) or getattr(conn, "broken", False))

    def _reconnect(self) -> None:
        """Forget the broken connection (peewee would try to close it) and open a new one."""
        self._forget_pid(self._connection_state.conn)
        self._connection_state.reset()
        try:
            self.connect()
        except peewee.ImproperlyConfigured as error:
            raise StorageError(_(DRIVER_MISSING)) from error
        except peewee.DatabaseError as error:
            raise StorageError(connect_message(error, self.address)) from error

    def _fresh(self) -> None:
        if not self.in_transaction() and self.broken():
            self._reconnect()

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        self._fresh()
        try:
            return peewee.PostgresqlDatabase.execute_sql(self, sql, params)
        except (peewee.OperationalError, peewee.InterfaceError):
            if not self.broken():
                raise
            if self.in_transaction() or not _is_read(sql):
                raise StorageError(_(NOT_SAVED)) from None
        self._reconnect()
        return peewee.PostgresqlDatabase.execute_sql(self, sql, params)

    def begin(self, *args: Any, **kwargs: Any) -> None:
        try:
            self._fresh()
            try:
                super().begin(*args, **kwargs)
            except (peewee.OperationalError, peewee.InterfaceError):
                if not self.broken():
                    raise
                self._reconnect()
                super().begin(*args, **kwargs)
        except StorageError as error:  # the server is still away: a save says it was not saved
            raise StorageError(f"{error} {_(NOTHING_SAVED)}") from error

    def rollback(self) -> None:
        if self.broken():  # the server dropped the transaction with the connection: nothing to undo
            return
        super().rollback()

    def commit(self) -> None:
        try:
            super().commit()
        except (peewee.OperationalError, peewee.InterfaceError):
            if not self.broken():
                raise
            raise StorageError(_(COMMIT_CUT)) from None

    def close(self) -> bool:
        if self.broken() and not self.in_transaction():
            self._forget_pid(self._connection_state.conn)
            self._connection_state.reset()
            return True
        return bool(super().close())


def _text_times() -> dict[str, Any]:
    """psycopg connection parameters that make a server's dates and times read as SQLite's text.

    Carebook stores an instant as naive UTC (``models.InstantField``): on SQLite the text
    ``YYYY-MM-DD HH:MM:SS``, on PostgreSQL a ``timestamp`` column, so the server compares and sorts real
    times. What a query returns must not depend on the engine, though: exports, merges, imports and reports
    read stored rows with plain SQL in SQLite's forms. So a server connection reads ``timestamp``, ``date``
    and ``time`` values as the server's ISO text (DateStyle fixed to ISO for the session), the very text
    SQLite holds, and the models turn that text into ``datetime``/``date``/``time`` as they do on SQLite:
    one conversion for both engines. Parameters go the other way through the fields' ``db_value``.
    """
    import psycopg
    from psycopg.adapt import AdaptersMap
    from psycopg.types.string import TextLoader

    adapters = AdaptersMap(psycopg.adapters)
    for name in ("timestamp", "date", "time"):
        adapters.register_loader(name, TextLoader)
    return {"context": adapters, "options": "-c DateStyle=ISO,YMD"}


def connect(address: ServerAddress, password: str | None) -> ServerDatabase:
    """An open connection to ``address`` (``password`` None: libpq looks at PGPASSWORD and ~/.pgpass)."""
    params: dict[str, Any] = {"host": address.host, "port": address.port}
    if address.user:
        params["user"] = address.user
    if password is not None:
        params["password"] = password
    params.update(dict(address.options))
    params.setdefault("connect_timeout", CONNECT_TIMEOUT_SECONDS)
    try:
        params.update(_text_times())
    except ImportError as error:
        raise StorageError(_(DRIVER_MISSING)) from error
    db = ServerDatabase(address.database, **params)
    db.address = address
    try:
        db.connect()
    except peewee.ImproperlyConfigured as error:
        raise StorageError(_(DRIVER_MISSING)) from error
    except peewee.DatabaseError as error:
        raise StorageError(connect_message(error, address)) from error
    return db
