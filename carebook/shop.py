"""Opening and closing a shop: the layer above ``carebook.db`` that turns a file or a server address into
a ready database.

``open_shop(target=None, *, migrate=True) -> str`` checks the file (not on a network share, created
owner-only when new), takes a seat (``carebook.seats``), sets stray files aside when nobody else has the
file open, refuses a file written by a newer Carebook, connects (``carebook.db``), copies an existing file
aside before a migration changes it (``carebook.backup``), upgrades it (``carebook.migrations``) and loads
the shop's settings. ``close_shop()`` closes the connection and gives the seat back.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import peewee

from carebook import backup, db, migrations, seats, server_address, server_secrets, settings, stray_files
from carebook.errors import StorageError
from carebook.paths import default_db_path, is_server_url, resolve_db_target
from carebook.translation import _

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
            _(
                "{path} is on a network share ({kind}). A Carebook file there can be damaged when "
                "several computers use it: keep the file on this computer, or use the multi-seat server "
                "mode (a postgresql:// address for --db or CAREBOOK_DB)."
            ).format(path=path, kind=kind)
        )


def prepare_sqlite_file(path: Path) -> None:
    if not path.parent.exists():
        raise StorageError(_("The folder {parent} does not exist.").format(parent=path.parent))
    if not path.exists():
        try:
            fd = os.open(path, os.O_CREAT | os.O_RDWR | os.O_EXCL, 0o600)
        except FileExistsError:
            return
        except OSError as error:
            raise StorageError(
                _("Cannot create the database {path}: {strerror}.").format(path=path, strerror=error.strerror)
            ) from error
        os.close(fd)
    elif path.is_dir():
        raise StorageError(_("{path} is a folder, not a database file.").format(path=path))
    elif path.stat().st_size == 0:  # an empty file adopted as a new database: owner-only like a new one
        with contextlib.suppress(OSError):  # not ours to change: opening then says what is wrong
            os.chmod(path, 0o600)


def open_shop(target: str | os.PathLike[str] | None = None, *, migrate: bool = True) -> str:
    """Open (creating if needed) and upgrade the database; return a description of where it is.

    ``target`` is a path or a ``postgresql://`` URL; None means ``CAREBOOK_DB`` or the default file.
    """
    resolved = resolve_db_target(target)
    if is_server_url(resolved):
        address, _password = server_address.parse(resolved)
        db.bind(server_database(resolved))
        where = address.url  # never the password
    else:
        path = Path(resolved).expanduser()
        if path == default_db_path():
            try:
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            except OSError as error:  # CAREBOOK_DATA_DIR names a file, or a folder that cannot be made
                raise StorageError(
                    _("The data folder {parent} cannot be created: {reason}.").format(
                        parent=path.parent, reason=error.strerror or error
                    )
                ) from error
        refuse_network_share(path)
        prepare_sqlite_file(path)
        _open_sqlite_seat(path)
        where = str(path)
    try:
        if migrate:
            connection = db.database.obj
            with db.storage_errors():
                migrations.upgrade(connection, before=_backup_before_migration(connection))
            settings.load()
    except BaseException:
        close_shop(checkpoint=False)
        raise
    return where


def server_database(url: str) -> peewee.Database:
    """A connection to the server at ``url``; the password is the one written in ``url``, else the one
    kept in the keychain or Carebook's pgpass file (``carebook.server_secrets``), else libpq's
    ``PGPASSWORD`` or ``~/.pgpass``."""
    address, written = server_address.parse(url)
    return db.connect_server(address.url, written if written is not None else server_secrets.find(address))


def _open_sqlite_seat(path: Path) -> None:
    """Register this process on ``path`` (``carebook.seats``), set aside stray files when nobody else has
    it open, refuse a file that is not Carebook's, then connect."""
    seats.register(path)
    try:
        seats.refuse_if_restoring(path)
        if not seats.others(path):  # first opener: SQLite would replay the log and rebuild the index now
            stray_files.unlock_leftovers(path)
            stray_files.set_aside_strays(path)
        migrations.refuse_if_newer(migrations.peek_sqlite_version(path), str(path))
        db.bind(db.connect_sqlite(path))
    except BaseException:
        seats.deregister()
        raise


def _backup_before_migration(connection: peewee.Database) -> Callable[[list[Any]], None] | None:
    """For an existing SQLite file, copy it aside before any migration changes it."""
    if not isinstance(connection, peewee.SqliteDatabase):
        return None
    path = Path(connection.database)

    def before(todo: list[Any]) -> None:
        done = migrations.applied_versions(connection)
        backup.before_migration(path, max(done) if done else 0)

    return before


def current_target() -> str | None:
    """What ``open_shop`` needs to open the open shop again: its file, or its server's address without
    the password (found again where ``server_database`` looks); None when no shop is open."""
    connection = db.database.obj
    if connection is None:
        return None
    path = db.db_path()
    if path is not None:
        return str(path)
    address = getattr(connection, "address", None)
    return address.url if isinstance(address, server_address.ServerAddress) else None


def close_shop(*, checkpoint: bool = True) -> None:
    """Checkpoint the WAL into the main file, close, and give this process's seat back."""
    try:
        db.disconnect(checkpoint=checkpoint)
    finally:
        seats.deregister()
