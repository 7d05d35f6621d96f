"""Who is at the other counters (``carebook.services.presence``): on SQLite from the registration files of
two real processes (nothing written into the shop file), on PostgreSQL from the ``seat`` table through two
connections (heartbeats, stale rows, a clean exit, no backup caused by a heartbeat)."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from carebook import db, seats, server_integrity, settings
from carebook.services import presence
from carebook.services.presence import Colleague
from carebook.shop import close_shop, open_shop

REPO = Path(__file__).resolve().parents[3]
HOST = settings.this_computer()

OTHER_SEAT = """
import dataclasses, json, sys
sys.path.insert(0, {repo!r})
from carebook import seats
from carebook.services import presence
from carebook.shop import close_shop, open_shop
seats.identify_as({program!r})
open_shop({db!r})
presence.announce("Maria", 2)
print("ready", flush=True)
for line in sys.stdin:
    command, _, value = line.strip().partition(" ")
    if command == "name":
        presence.announce(value)
        print("ok", flush=True)
    elif command == "others":
        print(json.dumps([dataclasses.asdict(c) for c in presence.others()]), flush=True)
    elif command == "crash":
        import os
        os._exit(1)
    else:
        break
close_shop()
"""


class OtherSeat:
    """Another Carebook process on the same shop file, driven line by line."""

    def __init__(self, shop: Path, program: str = seats.DESKTOP_APP) -> None:
        script = OTHER_SEAT.format(repo=str(REPO), db=str(shop), program=program)
        self.process = subprocess.Popen(
            [sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.ask("") == "ready"

    def ask(self, line: str) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        if line:
            self.process.stdin.write(line + "\n")
            self.process.stdin.flush()
        return self.process.stdout.readline().strip()

    def close(self) -> None:
        """A clean exit: the shop is closed, its registration removed."""
        self.process.communicate("quit\n", timeout=30)

    def crash(self) -> None:
        """Gone without closing: its registration stays, unlocked."""
        self.process.communicate("crash\n", timeout=30)


@pytest.fixture
def sqlite_shop(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "shop.sqlite3"
    seats.identify_as(seats.DESKTOP_APP)  # as the desktop app does at start
    open_shop(path)
    try:
        yield path
    finally:
        close_shop()
        seats.at_counter("")
        seats.identify_as(seats.COMMAND_LINE)


def test_sqlite_seats_name_who_is_at_the_other_counters_without_writing_the_shop(sqlite_shop: Path) -> None:
    assert presence.others() == []  # alone
    version = db.data_version()
    maria = OtherSeat(sqlite_shop)
    command_line = OtherSeat(sqlite_shop, seats.COMMAND_LINE)  # a script is not a seat
    try:
        assert presence.others() == [Colleague(HOST, "Maria", 0)]
        assert maria.ask("name Tom") == "ok"  # the staff switch over there shows here at once
        assert presence.others() == [Colleague(HOST, "Tom", 0)]
        presence.announce("Olivia", 1)
        seen_there = json.loads(maria.ask("others"))
        assert {"computer": HOST, "staff_name": "Olivia", "seen_seconds_ago": 0} in seen_there
        assert db.data_version() == version  # nobody's pages refresh for it
    finally:
        maria.close()
        command_line.close()
    assert presence.others() == []  # the other app closed


def test_the_registration_stays_locked_and_whole_when_the_person_changes(sqlite_shop: Path) -> None:
    mine = seats.folder(sqlite_shop) / f"{os.getpid()}.json"
    for name in ("Olivia", "Tom", ""):
        presence.announce(name)
        data = json.loads(mine.read_text(encoding="utf-8"))
        assert (data["staff_name"], data["computer"], data["pid"]) == (name, HOST, os.getpid())
        fd = os.open(mine, os.O_RDONLY)
        try:
            with pytest.raises(OSError):  # still held: nobody takes this process for dead
                fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        finally:
            os.close(fd)
    assert sorted(p.name for p in seats.folder(sqlite_shop).iterdir()) == [mine.name]
    presence.leave()  # the file goes with the shop on SQLite
    assert mine.exists()


def test_a_registration_of_a_newer_carebook_with_more_keys_still_counts(sqlite_shop: Path) -> None:
    holder = OtherSeat(sqlite_shop)
    try:
        path = seats.folder(sqlite_shop) / f"{holder.process.pid}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**data, "from_the_future": 1}), encoding="utf-8")
        assert [seat.pid for seat in seats.others(sqlite_shop)] == [holder.process.pid]
    finally:
        holder.close()


# -- PostgreSQL: two connections to one server database ------------------------------------------------


def _as_other_seat(url: str, monkeypatch: pytest.MonkeyPatch, computer: str, pid: int, name: str) -> None:
    """What another seat's heartbeat writes, through a connection of its own."""
    other = db.connect_server(url)
    try:
        with monkeypatch.context() as patch, db.using(other):
            patch.setattr(settings, "this_computer", lambda: computer)
            patch.setattr(os, "getpid", lambda: pid)
            presence.announce(name, 7)
    finally:
        other.close()


def _age(computer: str, seconds: int) -> None:
    db.database.execute_sql(
        "UPDATE seat SET seen_at = seen_at - %s * interval '1 second' WHERE computer = %s",
        (seconds, computer),
    )


def test_server_seats_are_seen_by_heartbeat_and_stale_ones_ignored(
    server_shop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    presence.announce("Olivia", 1)
    assert presence.others() == []  # our own row is not another counter
    _as_other_seat(server_shop, monkeypatch, "Till 2", 4242, "Maria")
    _as_other_seat(server_shop, monkeypatch, "Office", 77, "Tom")
    _as_other_seat(server_shop, monkeypatch, "Back room", 78, "")
    assert [(c.staff_name, c.computer) for c in presence.others()] == [
        ("Maria", "Till 2"),
        ("Tom", "Office"),
        ("", "Back room"),
    ]
    _age("Till 2", 150)
    [maria] = [c for c in presence.others() if c.computer == "Till 2"]
    assert 150 <= maria.seen_seconds_ago < 160  # counted by the server's clock
    _age("Till 2", 60)  # 3.5 minutes without a heartbeat: gone (crashed, or off the network)
    assert [c.computer for c in presence.others()] == ["Office", "Back room"]
    _as_other_seat(server_shop, monkeypatch, "Till 2", 4242, "Maria")  # it comes back
    assert [c.computer for c in presence.others()] == ["Till 2", "Office", "Back room"]


def test_server_staff_switch_clean_exit_and_forgotten_rows(
    server_shop: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _as_other_seat(server_shop, monkeypatch, "Till 2", 4242, "Maria")
    _as_other_seat(server_shop, monkeypatch, "Till 2", 4242, "Tom")  # the person changed there
    assert [c.staff_name for c in presence.others()] == ["Tom"]
    _as_other_seat(server_shop, monkeypatch, "Office", 77, "Ann")
    _age("Office", 2 * 3600)
    presence.announce("Olivia", 1)  # the next heartbeat removes rows forgotten for an hour
    rows = db.database.execute_sql("SELECT computer, staff_name FROM seat").fetchall()
    assert sorted(tuple(row) for row in rows) == sorted([(HOST, "Olivia"), ("Till 2", "Tom")])
    presence.leave()  # a clean exit: gone at once
    rows = db.database.execute_sql("SELECT computer FROM seat").fetchall()
    assert [row[0] for row in rows] == ["Till 2"]


def test_a_heartbeat_is_not_a_change_worth_a_backup(server_shop: str) -> None:
    before = server_integrity.write_count()
    for _ in range(3):
        presence.announce("Olivia", 1)
    presence.leave()
    assert server_integrity.write_count() == before


def test_sqlite_shops_have_no_seat_table(sqlite_shop: Path) -> None:
    assert "seat" not in db.database.get_tables()
