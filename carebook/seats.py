"""Who has an SQLite shop open: one small registration file per process, ``<db>.seats/<pid>.json``.

Every process that opens a shop file registers itself (``register``) before it connects and removes the
file when it closes (``deregister``). The file holds the pid, the program ("desktop app" or "command
line") and when it started, and it stays locked (``flock``, or ``msvcrt.locking`` on Windows) while the
process lives: a file nobody holds locked belongs to a process that died, and is ignored and removed.

The file also says which computer the process runs on and who is at its counter (``at_counter``, which
rewrites it at once): the desktop app's status bar names the people at the other seats from them
(``carebook.services.presence``), so telling the others costs no write into the shop file.

``restore`` registers with ``restoring`` set and then looks for others: a process that registers after
that sees the mark and refuses to open (``refuse_if_restoring``), so a restore and an open can never both
go ahead.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from carebook.errors import StorageError
from carebook.translation import _

DESKTOP_APP = "desktop app"
COMMAND_LINE = "command line"
_LOCK_OFFSET = 1 << 20  # Windows locks a byte range: lock one far past the JSON, so it stays readable


@dataclass(frozen=True)
class Seat:
    pid: int
    program: str
    started: str
    restoring: bool = False
    computer: str = ""  # the computer's name (socket.gethostname())
    staff_name: str = ""  # who is at this program's counter; "" when nobody is chosen

    def describe(self) -> str:
        return f"the {self.program}, pid {self.pid}"


_FIELDS = frozenset(Seat.__dataclass_fields__)
_program = COMMAND_LINE
_staff_name = ""
_started = ""  # when this process registered, and whether for a restore (rewritten by ``at_counter``)
_restoring = False
_held: tuple[Path, int] | None = None


def identify_as(program: str) -> None:
    """Name this process in its registrations (the desktop app calls this with ``DESKTOP_APP``)."""
    global _program
    _program = program


def folder(db_file: Path) -> Path:
    return db_file.with_name(db_file.name + ".seats")


def _lock(fd: int, *, shared: bool) -> bool:
    """Take the lock without waiting; False when another process holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def register(db_file: Path, *, restoring: bool = False) -> bool:
    """Register this process as holding ``db_file``; False when the folder cannot take the file
    (a read-only folder: nothing can be written there anyway)."""
    global _held, _started, _restoring
    deregister()
    where = folder(db_file)
    _started, _restoring = datetime.now().isoformat(timespec="seconds"), restoring
    try:
        where.mkdir(mode=0o700, exist_ok=True)
        path = where / f"{os.getpid()}.json"
        fd = os.open(path, os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o600)
    except OSError:
        return False
    _lock(fd, shared=False)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, _contents())
    _held = (path, fd)
    return True


def _contents() -> bytes:
    seat = Seat(os.getpid(), _program, _started, _restoring, socket.gethostname(), _staff_name)
    return json.dumps(seat.__dict__).encode()


def at_counter(staff_name: str) -> None:
    """Say in this process's registration who is at its counter ("" for nobody), from now on and in
    every registration to come. The file is replaced whole, locked before it takes the old one's place,
    so a reader never finds it half written nor unlocked."""
    global _staff_name, _held
    _staff_name = staff_name
    if _held is None:
        return
    path, old_fd = _held
    fresh = path.with_name(path.name + ".new")
    try:
        fd = os.open(fresh, os.O_CREAT | os.O_RDWR | os.O_TRUNC, 0o600)
    except OSError:
        return  # the folder became read-only: the others keep reading the name it had
    _lock(fd, shared=False)
    os.write(fd, _contents())
    try:
        os.replace(fresh, path)
    except OSError:  # Windows: a file held open cannot be replaced; rewrite the held one in place
        os.close(fd)
        with contextlib.suppress(OSError):
            fresh.unlink()
        with contextlib.suppress(OSError):
            os.ftruncate(old_fd, 0)
            os.lseek(old_fd, 0, os.SEEK_SET)
            os.write(old_fd, _contents())
        return
    _held = (path, fd)
    os.close(old_fd)


def _read(path: Path) -> Seat:
    """The registration in ``path``; keys a newer Carebook added are left out."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Seat(**{key: value for key, value in data.items() if key in _FIELDS})


def deregister() -> None:
    global _held
    if _held is None:
        return
    path, fd = _held
    _held = None
    with contextlib.suppress(OSError):
        path.unlink()
    with contextlib.suppress(OSError):
        os.close(fd)
    with contextlib.suppress(OSError):
        path.parent.rmdir()  # only when empty


def others(db_file: Path) -> list[Seat]:
    """The live registrations of other processes for ``db_file``; dead ones are removed on the way."""
    where = folder(db_file)
    found: list[Seat] = []
    try:
        entries = sorted(where.glob("*.json"))
    except OSError:
        return found
    for path in entries:
        if path.stem == str(os.getpid()):
            continue
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            if _lock(fd, shared=True):  # nobody holds it: its process is gone
                with contextlib.suppress(OSError):
                    path.unlink()
                continue
            with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
                found.append(_read(path))
        finally:
            os.close(fd)
    if not found:
        with contextlib.suppress(OSError):
            where.rmdir()  # only when empty: nothing left of processes that died
    return found


def _describe(seats: list[Seat]) -> str:
    return "; ".join(seat.describe() for seat in seats)


def refuse_if_restoring(db_file: Path) -> None:
    restoring = [seat for seat in others(db_file) if seat.restoring]
    if restoring:
        raise StorageError(
            _(
                "The shop is being restored by another Carebook ({restoring}); try again when it has "
                "finished."
            ).format(restoring=_describe(restoring))
        )


def refuse_if_others(db_file: Path) -> None:
    held = others(db_file)
    if held:
        raise StorageError(
            _("The shop is open in another Carebook ({held}); close it first. Nothing was changed.").format(
                held=_describe(held)
            )
        )


@contextlib.contextmanager
def restoring(db_file: Path) -> Iterator[None]:
    """Hold ``db_file`` alone for a restore: registered as restoring, refused while any other holds it."""
    if not register(db_file, restoring=True):
        raise StorageError(
            _("Cannot mark the restore in {db_file}: is the folder writable?").format(db_file=folder(db_file))
        )
    try:
        refuse_if_others(db_file)
        yield
    finally:
        deregister()
