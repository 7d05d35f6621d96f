"""The server's password: in the keychain where there is one, else in an owner-only pgpass file in
PostgreSQL's own format; never anywhere else."""

from __future__ import annotations

import stat
from pathlib import Path

from carebook import server_secrets
from carebook.paths import config_dir
from carebook.server_address import ServerAddress
from tests.keyring_support import MemoryKeyring, memory_keyring  # noqa: F401  # the fixture

SHOP = ServerAddress("shop.lan", 5432, "shop", "counter")
OTHER = ServerAddress("shop.lan", 5432, "other", "counter")


def _files(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_with_a_keychain_the_password_goes_there_and_into_no_file(
    memory_keyring: MemoryKeyring, data_dir: Path  # noqa: F811
) -> None:
    assert server_secrets.store(SHOP, "s3cret") == server_secrets.KEYCHAIN
    assert memory_keyring.kept == {("Carebook", "counter@shop.lan:5432/shop"): "s3cret"}
    assert server_secrets.find(SHOP) == "s3cret"
    assert server_secrets.find(OTHER) is None
    assert not any(b"s3cret" in content for content in _files(data_dir).values())
    server_secrets.forget(SHOP)
    assert memory_keyring.kept == {} and server_secrets.find(SHOP) is None


def test_without_a_keychain_the_password_goes_to_an_owner_only_pgpass_file(data_dir: Path) -> None:
    where = server_secrets.store(SHOP, "pa:ss\\word")
    path = server_secrets.pgpass_path()
    assert where == str(path) and path.parent == config_dir()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text() == "shop.lan:5432:shop:counter:pa\\:ss\\\\word\n"  # PostgreSQL's own format
    assert server_secrets.find(SHOP) == "pa:ss\\word"
    server_secrets.store(OTHER, "two")
    server_secrets.store(SHOP, "changed")  # replaces its line, keeps the other
    lines = ["shop.lan:5432:other:counter:two", "shop.lan:5432:shop:counter:changed"]
    assert path.read_text().splitlines() == lines
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    server_secrets.forget(SHOP)
    assert server_secrets.find(SHOP) is None and server_secrets.find(OTHER) == "two"


def test_pgpass_wildcards_and_comments_are_read_as_libpq_reads_them(data_dir: Path) -> None:
    path = server_secrets.pgpass_path()
    path.parent.mkdir(parents=True)
    path.write_text("# the shop\nother:*:*:*:no\nshop.lan:*:*:counter:any-db\n")
    assert server_secrets.find(SHOP) == "any-db"
    assert server_secrets.find(ServerAddress("shop.lan", 5432, "shop", "owner")) is None


def test_a_keychain_that_refuses_leaves_the_password_in_the_file(
    memory_keyring: MemoryKeyring, monkeypatch  # noqa: F811
) -> None:
    def refuse(*_: object) -> None:
        raise RuntimeError("locked")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    assert server_secrets.store(SHOP, "kept") == str(server_secrets.pgpass_path())
    assert server_secrets.find(SHOP) == "kept"


def test_moving_to_the_keychain_removes_the_older_copy_from_the_file(
    data_dir: Path, memory_keyring: MemoryKeyring, monkeypatch  # noqa: F811
) -> None:
    monkeypatch.setattr(server_secrets, "_keychain", lambda: None)
    server_secrets.store(SHOP, "old")
    monkeypatch.undo()
    monkeypatch.setenv("CAREBOOK_DATA_DIR", str(data_dir))
    server_secrets.store(SHOP, "new")
    assert "old" not in server_secrets.pgpass_path().read_text()
    assert server_secrets.find(SHOP) == "new"
