"""Every file Carebook writes goes through here: a checked target, an exclusive owner-only temporary
file beside it, fsync, and an atomic rename.

    check_target(path, force=False, database=None) -> Path   refuse databases, backups, existing files
    atomic_write(path, *, text=False, force=False, ...)      a stream; the file appears whole or not at all
    atomic_path(path, *, force=False, ...)                   a temporary path to write by name (SQLite)

The target is never one that must not be overwritten: the open database (or its ``-wal``, ``-shm`` or
``-journal``), any SQLite database or write-ahead log (every Carebook database and backup is one), a
file in the backup folder or named like a backup. Which path spelling, symlink or hard link leads there
does not matter: paths are compared resolved and files by device and inode. An existing file is
replaced only with ``force`` (the CLI's ``--force``; the app's save dialog asks first).

The temporary file is created with ``O_CREAT | O_EXCL | O_NOFOLLOW`` and mode 0600 under a random name
in the target's folder, so a symlink planted there is never followed (a collision takes another name).
On any error it is removed and the target is left as it was. Without ``force`` the rename is a hard
link, which fails rather than replace a file that appeared meanwhile.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from carebook.errors import CarebookError
from carebook.translation import _

SQLITE_MAGIC = b"SQLite format 3\x00"
WAL_MAGIC = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83")
SIDECARS = ("-wal", "-shm", "-journal")
_ATTEMPTS = 100
_EXCLUSIVE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_NO_LINKS = {errno.EPERM, errno.EXDEV, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK}
OVERWRITE_HINT = "it was not replaced"
CLI_OVERWRITE_HINT = "add --force to replace it"


class TargetRefused(CarebookError):
    """The target is a database, a backup or a database's companion file: never written, even with force."""


class TargetExists(CarebookError):
    """The target exists and replacing it was not asked for."""

    def __init__(self, path: Path, hint: str = OVERWRITE_HINT) -> None:
        super().__init__(f"{path} exists; {hint}")
        self.path = path


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _head(path: Path, size: int = 16) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except (OSError, ValueError):
        return b""


def is_sqlite_file(path: str | os.PathLike[str]) -> bool:
    """True when the file starts with SQLite's header (any SQLite database, Carebook's or not)."""
    return _head(Path(path)).startswith(SQLITE_MAGIC)


_COMPANIONS = {
    "": "the open database",
    "-wal": "the open database's write-ahead log",
    "-shm": "the open database's shared-memory index",
    "-journal": "the open database's journal",
}


def _same_name(guarded: Path, resolved: Path) -> bool:
    return os.path.normcase(os.path.realpath(guarded)) == os.path.normcase(resolved)


# carebook.db and carebook.backup_files (both below this module) are imported when first needed, so the
# command line does not load peewee before it knows which command it runs.
def _open_database() -> Path | None:
    from carebook import db

    return db.db_path() if db.database.obj is not None else None


def _backup_reason(target: Path, resolved: Path) -> str | None:
    from carebook.backup_files import backup_folder, is_backup_name

    if is_backup_name(target.name) or is_backup_name(resolved.name):
        return "it is named like a Carebook backup"
    folder = _stat(backup_folder())
    parent = _stat(resolved.parent)
    if folder is not None and parent is not None and os.path.samestat(folder, parent):
        return "it is in Carebook's backup folder"
    return None


def refusal(target: str | os.PathLike[str], database: str | os.PathLike[str] | None = None) -> str | None:
    """Why ``target`` must never be written (one phrase), or None. ``database``: the database about to be
    opened (the CLI checks its files first); the open one is always protected too."""
    path = Path(target).expanduser()
    resolved = Path(os.path.realpath(path))
    found = _stat(path)
    for db_file in {Path(d).expanduser() for d in (database, _open_database()) if d}:
        for suffix, what in _COMPANIONS.items():
            guarded = Path(f"{db_file}{suffix}")
            other = _stat(guarded)
            if _same_name(guarded, resolved) or (
                found is not None and other is not None and os.path.samestat(found, other)
            ):
                return f"it is {what} ({db_file})" if suffix else "it is the open database"
    for suffix in SIDECARS:
        owner = resolved.name[: -len(suffix)]
        if resolved.name.endswith(suffix) and is_sqlite_file(resolved.with_name(owner)):
            return f"it belongs to the database {owner}"
    if found is None:
        return None
    if stat.S_ISREG(found.st_mode):
        head = _head(path)
        if head.startswith(SQLITE_MAGIC):
            return "it is a database file (Carebook never writes over one)"
        if head[:4] in WAL_MAGIC:
            return "it is a database's write-ahead log"
    return _backup_reason(path, resolved)


def check_target(
    target: str | os.PathLike[str],
    *,
    force: bool = False,
    database: str | os.PathLike[str] | None = None,
    hint: str = OVERWRITE_HINT,
) -> Path:
    """The target as a Path, when Carebook may write it; CarebookError (one line) when not."""
    path = Path(target).expanduser()
    reason = refusal(path, database)
    if reason is not None:
        raise TargetRefused(
            _("{path}: not written, {reason}; choose another file").format(path=path, reason=reason)
        )
    if path.is_dir():
        raise CarebookError(_("{path}: is a folder; give a file name").format(path=path))
    folder = path.parent
    if not folder.is_dir():
        raise CarebookError(_("{path}: the folder {folder} does not exist").format(path=path, folder=folder))
    if not force and os.path.lexists(path):
        raise TargetExists(path, hint)
    return path


def temp_name(target: Path) -> Path:
    """A fresh random name beside ``target`` for its temporary file (tests replace this)."""
    return target.with_name(f".{target.name[:80]}.{secrets.token_hex(8)}.tmp")


def _create_temp(target: Path) -> tuple[int, Path]:
    for _attempt in range(_ATTEMPTS):
        temp = temp_name(target)
        try:
            fd = os.open(temp, _EXCLUSIVE, 0o600)
        except FileExistsError:
            continue  # a file or a planted symlink has this name: never opened, try another
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)  # exactly owner-only, whatever the umask
        except OSError:
            os.close(fd)
            _remove(temp)
            raise
        return fd, temp
    raise CarebookError(
        _("{target}: cannot be written (no free temporary name in {parent})").format(
            target=target, parent=target.parent
        )
    )


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _commit(
    temp: Path, target: Path, force: bool, database: str | os.PathLike[str] | None, hint: str
) -> None:
    check_target(target, force=force, database=database, hint=hint)  # again: the folder may have changed
    if force:
        os.replace(temp, target)
    else:
        try:
            os.link(temp, target, follow_symlinks=False)
        except FileExistsError:
            raise TargetExists(target, hint) from None
        except OSError as error:
            if error.errno not in _NO_LINKS:
                raise
            if os.path.lexists(target):  # a file system without hard links: the check is all there is
                raise TargetExists(target, hint) from None
            os.replace(temp, target)
        else:
            _remove(temp)
    _sync_folder(target.parent)


def _failure(target: Path, error: OSError) -> CarebookError:
    return CarebookError(
        _("{target}: cannot be written ({reason})").format(target=target, reason=error.strerror or error)
    )


@contextlib.contextmanager
def atomic_path(
    target: str | os.PathLike[str],
    *,
    force: bool = False,
    database: str | os.PathLike[str] | None = None,
    hint: str = OVERWRITE_HINT,
    checked: bool = True,
) -> Iterator[Path]:
    """An empty owner-only temporary file beside ``target`` to write by name (SQLite's backup API);
    renamed onto ``target`` when the block ends without an error, removed otherwise.

    ``checked=False`` is for Carebook's own files (its backup copies): no refusal, always replaced."""
    path = Path(target).expanduser()
    if checked:
        check_target(path, force=force, database=database, hint=hint)
    try:
        fd, temp = _create_temp(path)
    except OSError as error:
        raise _failure(path, error) from error
    os.close(fd)
    try:
        yield temp
        fd = os.open(temp, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        if checked:
            _commit(temp, path, force, database, hint)
        else:
            os.replace(temp, path)
            _sync_folder(path.parent)
    except OSError as error:
        raise _failure(path, error) from error
    finally:
        _remove(temp)


@contextlib.contextmanager
def atomic_write(
    target: str | os.PathLike[str],
    *,
    text: bool = False,
    encoding: str = "utf-8",
    newline: str | None = None,
    force: bool = False,
    database: str | os.PathLike[str] | None = None,
    hint: str = OVERWRITE_HINT,
) -> Iterator[IO[Any]]:
    """A binary (or, with ``text``, a text) stream whose content becomes ``target`` when the block ends
    without an error; on any error the target is untouched and nothing is left behind."""
    path = check_target(target, force=force, database=database, hint=hint)
    try:
        fd, temp = _create_temp(path)
    except OSError as error:
        raise _failure(path, error) from error
    try:
        mode = "w" if text else "wb"
        with open(fd, mode, encoding=encoding if text else None, newline=newline if text else None) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        _commit(temp, path, force, database, hint)
    except OSError as error:
        raise _failure(path, error) from error
    finally:
        _remove(temp)
