"""Hearing the other seats' writes on a PostgreSQL server (the core part; ``ui.live_changes`` drives it).

A ``ChangeListener`` has its own connection to the shop's server (the same address and password as the
shop's, autocommit), on which it says ``LISTEN carebook_changes`` (``carebook.changes.CHANNEL``); the
triggers of ``carebook.change_triggers_pg`` notify that channel when a write commits. Nothing is polled:
the caller waits until ``fileno()`` is readable (Qt's socket notifier), then ``read()`` takes what has
arrived without blocking and returns it as one ``ChangeSet``, leaving out the notifications this
program's own connections caused (``ServerDatabase.own_pids``: their writes are not news here).

``connect()`` blocks for as long as opening a connection takes (up to its timeout): call it off the UI
thread. When the server goes away (a restart, a dropped network), ``read()`` raises ``StorageError``
(``LOST``) and the listener is closed; ``connect()`` again when the server is back.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from carebook.changes import CHANNEL, ChangeSet, parse
from carebook.errors import StorageError

LOST = "The connection to the shop's server was lost."
# Keepalives: a network that drops without a word is noticed within about half a minute.
_KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 3}
_NOT_PASSED = ("context", "options")  # the shop connection's value loaders and session settings


class ChangeListener:
    def __init__(self, dbname: str, params: dict[str, Any], own_pids: Callable[[], Collection[int]]) -> None:
        self._dbname = dbname
        self._params = {key: value for key, value in params.items() if key not in _NOT_PASSED}
        self._own_pids = own_pids
        self._conn: Any = None

    @classmethod
    def for_shop(cls, shop: Any) -> ChangeListener:
        """A listener on the server of ``shop`` (a ``carebook.server_connection.ServerDatabase``)."""
        return cls(shop.database, dict(shop.connect_params), shop.own_pids)

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed

    def connect(self) -> None:
        """Open the listening connection and LISTEN (blocking); ``StorageError`` when the server cannot be
        reached."""
        import psycopg

        self.close()
        params = {**_KEEPALIVES, **self._params}
        try:
            conn = psycopg.connect(dbname=self._dbname, autocommit=True, **params)
            conn.execute(f"LISTEN {CHANNEL}")
        except psycopg.Error as error:
            raise StorageError(
                f"{LOST} ({str(error).strip().splitlines()[0] if str(error) else error})"
            ) from error
        self._conn = conn

    def fileno(self) -> int:
        if self._conn is None:
            raise StorageError(LOST)
        return int(self._conn.pgconn.socket)

    def read(self) -> ChangeSet:
        """What arrived since the last read (empty when nothing did, or only this program's own writes);
        never blocks. ``StorageError`` (and the listener closed) when the connection is lost."""
        import psycopg
        from psycopg.pq import ConnStatus

        if self._conn is None:
            raise StorageError(LOST)
        pgconn = self._conn.pgconn
        try:
            pgconn.consume_input()
        except psycopg.Error as error:
            self.close()
            raise StorageError(LOST) from error
        own = set(self._own_pids())
        changes = ChangeSet()
        while (note := pgconn.notifies()) is not None:
            if note.relname.decode() == CHANNEL and note.be_pid not in own:
                changes = changes.merged(parse(note.extra.decode(errors="replace")))
        if pgconn.status != ConnStatus.OK:
            self.close()
            raise StorageError(LOST)
        return changes

    def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.close()
            except Exception:  # a broken connection closes as well as it can
                pass
