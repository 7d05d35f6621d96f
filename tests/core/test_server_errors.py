"""Each refusal of a PostgreSQL server is one plain line without the password, checked against a real
throw-away server: unreachable, wrong or missing password, missing database, missing privileges, an
older schema (upgraded, as a file is) and a newer one (refused, left untouched), the driver missing.
The command line finds the password in the keychain, Carebook's pgpass file or PGPASSWORD."""

from __future__ import annotations

import time
from collections.abc import Iterator

import peewee
import psycopg
import pytest

from carebook import migrations, server_secrets
from carebook.cli import main
from carebook.errors import StorageError
from carebook.server_address import parse
from carebook.server_errors import DRIVER_MISSING
from carebook.shop import close_shop, open_shop
from tests import pg_server
from tests.core.own_server import admin, own_server, require_passwords  # noqa: F401  # the fixture
from tests.keyring_support import MemoryKeyring, memory_keyring  # noqa: F401  # the fixture

SECRET = "c0unter-S3cret"


@pytest.fixture(scope="module")
def shop_server(own_server: pg_server.Server) -> pg_server.Server:  # noqa: F811
    """The server with a role ``counter`` that must give its password, owning database ``shop``."""
    admin(
        own_server,
        f"CREATE ROLE counter LOGIN PASSWORD '{SECRET}'",
        "CREATE ROLE clerk LOGIN",
        "CREATE DATABASE shop OWNER counter",
    )
    require_passwords(own_server, "counter")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:  # the reload is asynchronous
        try:
            psycopg.connect(f"postgresql://counter@127.0.0.1:{own_server.port}/shop").close()
        except psycopg.OperationalError:
            break
        time.sleep(0.1)
    return own_server


@pytest.fixture
def url(shop_server: pg_server.Server) -> Iterator[str]:
    yield f"postgresql://counter@127.0.0.1:{shop_server.port}/shop"
    close_shop()


def _refusal(target: str) -> str:
    with pytest.raises(StorageError) as refused:
        open_shop(target)
    message = str(refused.value)
    assert "\n" not in message and SECRET not in message and "wrong-one" not in message
    return message


def test_an_unreachable_server(shop_server: pg_server.Server) -> None:
    nobody = pg_server._free_port()
    assert _refusal(f"postgresql://counter:{SECRET}@127.0.0.1:{nobody}/shop") == (
        f"The server 127.0.0.1:{nobody} cannot be reached: check that it is running, that the address is "
        "right and that it accepts connections from this computer."
    )
    assert "cannot be reached" in _refusal("postgresql://counter@no-such-host.invalid/shop")


def test_a_wrong_password_and_none_at_all(url: str) -> None:
    wrong = url.replace("counter@", "counter:wrong-one@")
    assert _refusal(wrong) == (
        f"The server refused the password of counter for shop on 127.0.0.1:{parse(url)[0].port}; "
        "check the user and password."
    )
    assert "asks for the password of counter" in _refusal(url)


def test_a_missing_database_and_user(url: str) -> None:
    elsewhere = url.replace("counter@", f"counter:{SECRET}@").removesuffix("/shop") + "/elsewhere"
    assert "has no database named elsewhere" in _refusal(elsewhere)
    assert "has no user named ghost" in _refusal(url.replace("counter@", "ghost@"))


def test_missing_privileges(url: str) -> None:
    open_shop(url.replace("counter@", f"counter:{SECRET}@"))  # the owner sets the shop up
    close_shop()
    message = _refusal(url.replace("counter@", "clerk@"))
    assert message.startswith("clerk may not read or change the shop's tables in shop on 127.0.0.1")


def test_an_older_schema_is_upgraded_and_a_newer_one_refused_untouched(
    shop_server: pg_server.Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    admin(shop_server, "CREATE DATABASE older")
    target = shop_server.url("older")
    everything = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: everything[:3])
    open_shop(target)
    close_shop()
    monkeypatch.undo()
    open_shop(target)
    close_shop()
    with psycopg.connect(target) as connection:
        versions = [row[0] for row in connection.execute("SELECT version FROM schema_migration ORDER BY 1")]
        assert versions == [m.version for m in everything]
        newer = migrations.latest_version() + 1
        future = "INSERT INTO schema_migration VALUES (%s, 'future', '2030-01-01 00:00:00')"
        connection.execute(future, (newer,))
    message = _refusal(target)
    assert f"was written by a newer Carebook (schema {newer}" in message and "left untouched" in message
    with psycopg.connect(target) as connection:
        kept = connection.execute("SELECT count(*) FROM schema_migration").fetchone()
        assert kept == (len(everything) + 1,)


def test_without_the_driver(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(peewee, "psycopg", None)
    monkeypatch.setattr(peewee, "psycopg2", None)
    assert _refusal(url) == DRIVER_MISSING


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_command_line_says_it_in_one_line_without_the_password(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _cli(capsys, "--db", url.replace("counter@", "counter:wrong-one@"), "init")
    assert code == 1 and out == ""
    assert err.startswith("carebook: The server refused the password of counter") and err.count("\n") == 1
    assert "wrong-one" not in err
    code, out, err = _cli(capsys, "--db", url.replace("counter@", f"counter:{SECRET}@"), "init")
    assert (code, out, err) == (0, f"{url}\n", "")  # where it is, without the password


def test_the_command_line_finds_the_password_in_the_keychain(
    url: str, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    server_secrets.store(parse(url)[0], SECRET)
    assert _cli(capsys, "--db", url, "init") == (0, f"{url}\n", "")


def test_the_command_line_finds_the_password_in_the_pgpass_file(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert server_secrets.store(parse(url)[0], SECRET) == str(server_secrets.pgpass_path())
    assert _cli(capsys, "--db", url, "init") == (0, f"{url}\n", "")


def test_the_command_line_takes_the_password_from_pgpassword(
    url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PGPASSWORD", SECRET)
    monkeypatch.setenv("CAREBOOK_DB", url)
    assert _cli(capsys, "init") == (0, f"{url}\n", "")


def test_the_connect_dialogs_test_says_what_it_found_in_one_line(
    shop_server: pg_server.Server, url: str, memory_keyring: MemoryKeyring  # noqa: F811
) -> None:
    from carebook.server_check import check

    admin(shop_server, "CREATE DATABASE empty_one OWNER counter")
    empty = url.removesuffix("/shop") + "/empty_one"
    assert check(empty, SECRET).endswith("): an empty database; Carebook will set it up.")
    where = f"empty_one on 127.0.0.1:{shop_server.port}"
    assert check(empty, SECRET).startswith(f"Connected to {where} (PostgreSQL 1")
    open_shop(empty.replace("counter@", f"counter:{SECRET}@"))
    close_shop()
    server_secrets.store(parse(empty)[0], SECRET)
    assert check(empty).endswith(": a Carebook shop with 0 customers.")  # the kept password
    with pytest.raises(StorageError, match="refused the password"):
        check(empty, "wrong-one")
    with pytest.raises(StorageError, match="another program's tables"):
        admin(shop_server, "CREATE TABLE other (x int)", database="empty_one")
        admin(shop_server, "DROP TABLE schema_migration", database="empty_one")
        check(empty)
