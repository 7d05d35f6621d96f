"""The ``-wal`` and ``-shm`` files beside a shop file, checked before SQLite may replay them.

SQLite trusts whatever ``<db>-wal`` lies beside a database: the first connection replays it into the file.
A log that belongs to another database (another program's, or a backup's copied over) would garble the
shop. So when nobody else has the shop open (``carebook.seats``), ``set_aside_strays`` looks at a
non-empty log first: one whose page size differs from the file's is foreign, and so is one that would cut
the file short (its last commit holds fewer pages than the file: Carebook never shrinks a shop, so such a
log was written against an older, smaller file, such as a backup's log copied over). Otherwise it is
replayed on a copy in a temporary folder, and it is foreign when that copy then fails
``PRAGMA quick_check``, lacks Carebook's tables or goes back to an older schema. A foreign log (and the
``-shm`` index that goes with it) is renamed ``<name>-wal.stray-<time>``, never deleted, and the user is
told.

``unlock_leftovers`` handles what a read-only episode leaves behind: a ``-wal``/``-shm`` created while the
file was read-only keeps that mode, and a read-only ``-shm`` would keep the shop read-only after the
permissions were fixed. Such a file gets owner write access back, or (the ``-shm``, which SQLite rebuilds)
is moved aside.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import struct
import tempfile
from datetime import datetime
from pathlib import Path

from carebook import notices
from carebook.translation import _, number

WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER = 32
_SQLITE_MAGIC = b"SQLite format 3\x00"
_NEEDED_TABLES = frozenset({"schema_migration", "customer", "interaction", "setting"})


def _page_size_of_db(path: Path) -> int:
    with open(path, "rb") as handle:
        header = handle.read(100)
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return 0
    size = struct.unpack(">H", header[16:18])[0]
    return 65536 if size == 1 else size


def _wal_page_size(wal: Path) -> int | None:
    """The page size a log declares, or None when its header is not a WAL header at all."""
    with open(wal, "rb") as handle:
        header = handle.read(_WAL_HEADER)
    if len(header) < _WAL_HEADER:
        return None
    magic, _version, page_size = struct.unpack(">III", header[:12])
    return page_size if magic in WAL_MAGIC else None


def _last_commit_pages(wal: Path, page_size: int) -> int:
    """The database size in pages after the last commit of the log's valid frames (0: no commit)."""
    last = 0
    with open(wal, "rb") as handle:
        salts = handle.read(_WAL_HEADER)[16:24]
        while True:
            header = handle.read(24)
            if len(header) < 24 or header[8:16] != salts:
                return last  # the end, or frames left over from before the log restarted
            commit = struct.unpack(">I", header[4:8])[0]
            if commit:
                last = commit
            if len(handle.read(page_size)) < page_size:
                return last


def _schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT max(version) FROM schema_migration").fetchone()
    return int(row[0] or 0)


def _why_foreign(path: Path, wal: Path) -> str:
    """Why the log ``wal`` does not belong to ``path``, or "" when replaying it is sound."""
    page_size = _wal_page_size(wal)
    if page_size is None:
        return ""  # SQLite ignores a log without a valid header: it cannot change the file
    if page_size != _page_size_of_db(path):
        return _("its page size {size} is not the database's").format(size=page_size)
    pages = path.stat().st_size // page_size
    committed = _last_commit_pages(wal, page_size)
    if committed == 0:
        return ""  # nothing committed in it: SQLite replays nothing
    if committed < pages:
        return _("it would cut the database from {pages} pages to {committed}").format(
            pages=number(pages), committed=number(committed)
        )
    with tempfile.TemporaryDirectory(prefix="carebook-wal-probe-") as tmp:
        probe = Path(tmp) / "probe.sqlite3"
        shutil.copyfile(path, probe)
        before = _version_of(probe)
        shutil.copyfile(wal, Path(f"{probe}-wal"))
        try:
            conn = sqlite3.connect(probe)
            try:
                problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                after = _schema_version(conn) if "schema_migration" in tables else 0
            finally:
                conn.close()
        except sqlite3.DatabaseError as error:
            return _("replaying it fails ({error})").format(error=error)
    if problems != ["ok"]:
        return _("replaying it would damage the database ({problem})").format(problem=problems[0])
    if not tables.issuperset(_NEEDED_TABLES):
        return _("replaying it would remove Carebook's tables")
    if after < before:
        return _("replaying it would take the schema back from version {before} to {after}").format(
            before=before, after=after
        )
    return ""


def _version_of(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return _schema_version(conn)
    except sqlite3.DatabaseError:
        return 0
    finally:
        conn.close()


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def move_aside(file: Path) -> Path:
    """Rename ``file`` to ``<name>.stray-<time>`` (``-2``, ``-3``... when taken); never deleted."""
    base = f"{file.name}.stray-{_stamp()}"
    target, n = file.with_name(base), 1
    while target.exists():
        n += 1
        target = file.with_name(f"{base}-{n}")
    os.replace(file, target)
    return target


def set_aside_strays(path: Path) -> list[Path]:
    """Move a foreign ``-wal`` (and its ``-shm``) away from ``path`` before SQLite replays it; returns
    where they went. Call only when no other process has ``path`` open."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    try:
        if not wal.is_file() or wal.stat().st_size <= _WAL_HEADER or path.stat().st_size == 0:
            return []
        reason = _why_foreign(path, wal)
    except OSError:
        return []  # unreadable: SQLite reports it when it opens the file
    if not reason:
        return []
    moved = [move_aside(wal)]
    if shm.exists():
        moved.append(move_aside(shm))
    notices.tell(
        _(
            "{name} beside the shop belongs to another database ({reason}); it was moved aside as "
            "{moved} and the shop was opened without it."
        ).format(name=wal.name, reason=reason, moved=moved[0].name)
    )
    return moved


def unlock_leftovers(path: Path) -> None:
    """Give a ``-wal``/``-shm`` left read-only by a read-only episode its write access back (or move
    the ``-shm`` aside). Call only when no other process has ``path`` open."""
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        try:
            mode = side.stat().st_mode
        except OSError:
            continue
        if mode & stat.S_IWUSR and os.access(side, os.W_OK):
            continue
        with contextlib.suppress(OSError):
            os.chmod(side, stat.S_IMODE(mode) | stat.S_IRUSR | stat.S_IWUSR)
            if os.access(side, os.W_OK) and side.stat().st_mode & stat.S_IWUSR:
                continue
        if suffix == "-shm":  # only an index of the log: SQLite builds a new one
            with contextlib.suppress(OSError):
                move_aside(side)
