"""Storage faults and clean shutdown: each fault gives a plain message and loses nothing.

We may run as root, where chmod does not stop writes; ``read_only`` makes a file or folder genuinely
read-only with the first method that works here (chmod for a normal user, else ``chattr +i``, else a
read-only bind mount) and proves it by trying to write.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from carebook import backup, db, shop
from carebook.errors import StorageError
from carebook.services import customers, interactions
from carebook.shop import close_shop, open_shop

ROOT = Path(__file__).resolve().parents[2]


def _writable(path: Path) -> bool:
    probe = path / ".probe" if path.is_dir() else path
    try:
        with open(probe, "ab"):
            pass
    except OSError:
        return False
    if path.is_dir():
        probe.unlink()
    return True


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[str]:
    mode = path.stat().st_mode
    os.chmod(path, 0o500 if path.is_dir() else 0o400)
    if not _writable(path):
        try:
            yield "chmod"
        finally:
            os.chmod(path, mode)
        return
    os.chmod(path, mode)
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0:
        try:
            yield "chattr +i"
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        return
    assert path.is_dir(), "no way to make a file read-only here"
    subprocess.run(["mount", "--bind", str(path), str(path)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(path)], check=True)
        yield "read-only bind mount"
    finally:
        subprocess.run(["umount", str(path)], check=True)


def _shop(path: Path, contacts: int = 3) -> list[int]:
    open_shop(path)
    customer = customers.create("Ingrid Ødegård").row.id
    ids = [interactions.log(customer, channel="phone", summary=f"kept {n}").id for n in range(contacts)]
    close_shop()
    return ids


def _contacts(path: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute("SELECT id, summary FROM interaction ORDER BY id").fetchall()
    finally:
        conn.close()


def test_quitting_leaves_no_wal_and_the_last_write_is_in_the_main_file(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_shop(path)
    customer = customers.create("Last Write").row.id
    last = interactions.log(customer, channel="email", summary="the very last write")
    assert Path(f"{path}-wal").exists()  # WAL mode while open
    close_shop()
    assert not Path(f"{path}-wal").exists() and not Path(f"{path}-shm").exists()
    # immutable=1 reads the main file alone, ignoring any WAL: the write must be there.
    assert _contacts(path)[-1] == (last.id, "the very last write")


def test_a_read_only_database_opens_refuses_writes_plainly_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    kept = _shop(path)
    with read_only(path):
        open_shop(path)
        try:
            assert sorted(row.id for row in interactions.for_customer(1)) == kept  # reads still work
            with pytest.raises(StorageError, match="read-only"):
                interactions.log(1, channel="phone", summary="cannot be saved")
        finally:
            close_shop()
    assert [i for i, _ in _contacts(path)] == kept


def test_an_unwritable_folder_gives_a_plain_message(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder), pytest.raises(StorageError, match="Cannot create the database"):
        open_shop(folder / "shop.sqlite3")
    assert list(folder.iterdir()) == []


def test_a_missing_folder_gives_a_plain_message_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="does not exist"):
        open_shop(tmp_path / "gone" / "shop.sqlite3")
    assert not (tmp_path / "gone").exists()


FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    sys.path.insert(0, {root!r})
    from carebook.shop import close_shop, open_shop
    from carebook.errors import StorageError
    from carebook.services import interactions
    open_shop({db!r})
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (600_000, 600_000))
    saved = 0
    try:
        while True:
            interactions.log(1, channel="phone", summary="full", notes="x" * 100_000)
            saved += 1
    except StorageError as error:
        print(saved)
        print(error)
    close_shop()
    """
)


def test_a_full_disk_refuses_the_write_plainly_and_keeps_everything_committed(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    kept = _shop(path)
    script = FULL_DISK.format(root=str(ROOT), db=str(path))
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    saved_text, message = done.stdout.strip().splitlines()[:2]
    # SQLite reports a file-size limit as a write I/O error, a full filesystem as "disk is full".
    assert message in (
        "The disk is full: free some space, then try again. Nothing was saved.",
        "The disk reported an error while reading or writing the database.",
    )
    open_shop(path)
    try:
        rows = interactions.for_customer(1)
        assert len(rows) == len(kept) + int(saved_text)
        assert db.database.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        close_shop()


def test_corrupted_pages_give_a_plain_message_and_the_file_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_shop(path)
    customer = customers.create("Pages").row.id
    for n in range(200):
        interactions.log(customer, channel="phone", summary=f"row {n}", notes="n" * 500)
    close_shop()
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(os.urandom(8192))
    with pytest.raises(StorageError) as caught:
        open_shop(path)
        try:
            interactions.for_customer(customer)
            assert backup.check()  # a full check reads every page
            raise AssertionError("damage went unnoticed")
        finally:
            close_shop(checkpoint=False)
    assert "damaged" in str(caught.value) or "not a Carebook database" in str(caught.value)
    report = backup.check_file(path)
    assert not report.ok
    kept = backup.quarantine(path)
    assert kept.exists() and not path.exists() and kept.stat().st_size == size


def test_damaged_bytes_inside_stored_text_are_reported_as_a_damaged_file(tmp_path: Path) -> None:
    """Damage can leave a page sound but its text unreadable; the message must still say "damaged"."""
    path = tmp_path / "shop.sqlite3"
    open_shop(path)
    customer = customers.create("Bytes").row.id
    interactions.log(customer, channel="phone", summary="kept", notes="MARKER-" * 4)
    close_shop()
    content = path.read_bytes()
    assert content.count(b"MARKER-" * 4) == 1
    path.write_bytes(content.replace(b"MARKER-" * 4, b"\xff" * 28))
    open_shop(path)
    try:
        with pytest.raises(StorageError) as caught:
            interactions.for_customer(customer)
    finally:
        close_shop(checkpoint=False)
    assert "damaged" in str(caught.value) and "Restore a backup" in str(caught.value)


def test_a_database_on_a_network_share_is_refused_with_advice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shop, "filesystem_type", lambda path: "cifs")
    with pytest.raises(StorageError, match=r"network share.*postgresql://"):
        open_shop(tmp_path / "shop.sqlite3")
    assert list(tmp_path.iterdir()) == []
    monkeypatch.setattr(shop, "filesystem_type", lambda path: "ext4")
    open_shop(tmp_path / "shop.sqlite3")
    close_shop()


def test_the_filesystem_probe_reads_the_mount_table() -> None:
    if Path("/proc/mounts").exists():
        assert shop.filesystem_type(Path("/proc/self")) == "proc"
    assert shop.filesystem_type(ROOT) not in shop.NETWORK_FILESYSTEMS


def test_the_database_wal_backups_and_exports_are_owner_only(tmp_path: Path) -> None:
    from carebook.exchange.exporter import export_csv
    from carebook.exchange.privacy_export import export_person

    path = tmp_path / "shop.sqlite3"
    old = os.umask(0o022)  # a typical user's umask: files would be world-readable by default
    try:
        open_shop(path)
        customer = customers.create("Private Person", email="p@example.com").row.id
        interactions.log(customer, channel="phone", summary="private")
        copy = backup.backup_now()
        export_csv("customers", tmp_path / "customers.csv")
        person = export_person(customer, tmp_path / "exports")
        close_shop()
    finally:
        os.umask(old)
    created = [path, copy.path, tmp_path / "customers.csv"]
    created += [p for p in Path(person.folder).rglob("*") if p.is_file()]
    for file in created:
        assert file.stat().st_mode & 0o777 == 0o600, file
    for folder in (copy.path.parent, Path(person.folder)):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


def test_the_wal_and_shm_are_owner_only_while_open(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    old = os.umask(0o022)
    try:
        open_shop(path)
        customers.create("WAL Owner")
        for suffix in ("-wal", "-shm"):
            assert Path(f"{path}{suffix}").stat().st_mode & 0o777 == 0o600
    finally:
        close_shop()
        os.umask(old)
