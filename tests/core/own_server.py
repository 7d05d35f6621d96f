"""A throw-away PostgreSQL server of a test module's own (tests/pg_server.py), for tests that restart it
or change its pg_hba.conf: ``own_server`` (module fixture, skipped in one line without PostgreSQL's
server programs), ``restart``, ``admin`` (SQL as the superuser) and ``require_passwords`` (a pg_hba.conf
line asking ``role`` for a password on loopback, then a reload)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator

import pytest

from tests import pg_server


@pytest.fixture(scope="module")
def own_server() -> Iterator[pg_server.Server]:
    if pg_server.programs() is None:
        pytest.skip(f"needs PostgreSQL's server programs ({pg_server.HOW_TO_GET})")
    server = pg_server.start()
    try:
        yield server
    finally:
        server.stop()


def pg_ctl(server: pg_server.Server, *args: str) -> None:
    command = [str(server.bin / "pg_ctl"), "-D", str(server.folder / "data"), *args]
    subprocess.run(pg_server._as_server_user(command), check=True, capture_output=True, timeout=120)


def restart(server: pg_server.Server) -> None:
    """Restart the server (fast shutdown: every open connection is cut), waiting until it accepts again."""
    pg_ctl(server, "-w", "-m", "fast", "-l", str(server.folder / "server.log"), "restart")


def stop(server: pg_server.Server) -> None:
    pg_ctl(server, "-w", "-m", "fast", "stop")


def start_again(server: pg_server.Server) -> None:
    """Start a stopped server with the options ``pg_server.start`` gave it."""
    options = f"-p {server.port} -k {server.folder} -c listen_addresses=127.0.0.1 {pg_server.SERVER_OPTIONS}"
    pg_ctl(server, "-w", "-o", options, "-l", str(server.folder / "server.log"), "start")


def admin(server: pg_server.Server, *statements: str, database: str = "postgres") -> None:
    import psycopg

    with psycopg.connect(server.url(database), autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)  # type: ignore[arg-type]


def add_hba_lines(server: pg_server.Server, *lines: str) -> None:
    """Put ``lines`` first in pg_hba.conf (the first matching line wins) and reload."""
    hba = server.folder / "data" / "pg_hba.conf"
    hba.write_text("".join(f"{line}\n" for line in lines) + hba.read_text())
    pg_ctl(server, "reload")


def require_passwords(server: pg_server.Server, role: str) -> None:
    add_hba_lines(server, f"host all {role} 127.0.0.1/32 scram-sha-256")
