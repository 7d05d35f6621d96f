"""On a PostgreSQL server every committed write notifies the other seats (migration 0012) and a
``ChangeListener`` hears them without polling, leaving out this program's own writes."""

from __future__ import annotations

import select
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from carebook import change_triggers_pg
from carebook.change_listener import ChangeListener
from carebook.changes import ChangeSet
from carebook.cli import main
from carebook.db import database
from carebook.services import customers
from carebook.shop import close_shop, open_shop


@pytest.fixture
def shop(server_shop: str) -> str:
    return server_shop


@pytest.fixture
def listener(shop: str) -> Iterator[ChangeListener]:
    heard = ChangeListener.for_shop(database.obj)
    heard.connect()
    try:
        yield heard
    finally:
        heard.close()


def wait_for(listener: ChangeListener, timeout: float = 5.0) -> ChangeSet:
    """Everything heard until ``timeout`` passes without news (select on the socket: no polling query)."""
    changes = ChangeSet()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        readable, _, _ = select.select(
            [listener.fileno()], [], [], 0.3 if changes else deadline - time.monotonic()
        )
        if not readable:
            if changes:
                return changes
            continue
        changes = changes.merged(listener.read())
    return changes


def other_seat(url: str, *statements: str) -> None:
    """Another program writing (psql, a till): its own connection, committed."""
    with psycopg.connect(url, autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)  # type: ignore[arg-type]


def test_a_write_by_another_program_names_its_rows(shop: str, listener: ChangeListener) -> None:
    ann = customers.create("Ann").row.id  # our own write: not news
    other_seat(shop, "INSERT INTO tag (name) VALUES ('vip')")
    (vip,) = [row[0] for row in database.execute_sql("SELECT id FROM tag WHERE name = 'vip'")]
    assert wait_for(listener) == ChangeSet.of("tag", [vip])
    other_seat(shop, f"UPDATE customer SET notes = 'tea' WHERE id = {ann}")
    assert wait_for(listener).ids_of("customer") == {ann}
    other_seat(shop, f"DELETE FROM customer WHERE id = {ann}")
    assert wait_for(listener).ids_of("customer") == {ann}


def test_this_programs_own_writes_are_not_news(shop: str, listener: ChangeListener) -> None:
    customers.create("Own write")
    assert not wait_for(listener, timeout=1.0)
    other_seat(shop, "INSERT INTO tag (name) VALUES ('vip')")
    changes = wait_for(listener)
    assert changes.touches("tag") and not changes.touches("customer")


def test_a_contact_logged_at_another_counter_names_the_contact_and_the_customer(
    shop: str, listener: ChangeListener, capsys: pytest.CaptureFixture[str]
) -> None:
    ann = customers.create("Ann").row.id
    assert not listener.read()  # nothing pending
    assert main(["--db", shop, "log", str(ann), "--channel", "phone", "--summary", "till"]) == 0
    contact = int(capsys.readouterr().out.split(":")[1])
    changes = wait_for(listener)
    assert changes.ids_of("interaction") == {contact}
    assert ann in (changes.ids_of("customer") or set())


def test_a_rolled_back_write_says_nothing(shop: str, listener: ChangeListener) -> None:
    with psycopg.connect(shop) as conn:
        conn.execute("INSERT INTO tag (name) VALUES ('never')")
        conn.rollback()
    assert not wait_for(listener, timeout=1.0)


def test_a_bulk_write_names_the_table_only(shop: str, listener: ChangeListener) -> None:
    many = change_triggers_pg.MAX_IDS + 1
    other_seat(shop, f"INSERT INTO tag (name) SELECT 't' || n FROM generate_series(1, {many}) n")
    changes = wait_for(listener)
    assert changes.touches("tag") and changes.ids_of("tag") is None
    other_seat(shop, "UPDATE tag SET name = name || '.' WHERE id <= (SELECT min(id) + 199 FROM tag)")
    assert len(wait_for(listener).ids_of("tag") or ()) == 200


def test_a_restore_emptying_the_tables_names_them(shop: str, listener: ChangeListener) -> None:
    other_seat(shop, "TRUNCATE tag, customer_tag")
    changes = wait_for(listener)
    assert changes.ids_of("tag") is None and changes.ids_of("customer_tag") is None


def test_tag_links_name_the_customers(shop: str, listener: ChangeListener) -> None:
    ann = customers.create("Ann").row.id
    other_seat(shop, "INSERT INTO tag (name) VALUES ('vip')")
    other_seat(shop, f"INSERT INTO customer_tag (customer_id, tag_id) SELECT {ann}, id FROM tag")
    assert wait_for(listener).ids_of("customer_tag") == {ann}


def test_every_shown_table_has_its_triggers_and_check_repairs_them(
    shop: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert change_triggers_pg.missing(database.obj) == []
    database.execute_sql("DROP TRIGGER carebook_notify_interaction_ins ON interaction")
    assert change_triggers_pg.missing(database.obj) == ["carebook_notify_interaction_ins"]
    close_shop()
    assert main(["--db", shop, "check"]) == 1
    out = capsys.readouterr()
    assert "live updates: missing trigger carebook_notify_interaction_ins" in out.out
    assert main(["--db", shop, "check", "--repair"]) == 0
    assert "live updates: ok" in capsys.readouterr().out
    open_shop(shop)
    assert change_triggers_pg.missing(database.obj) == []


def test_sqlite_has_no_notification_triggers(tmp_path: Path) -> None:
    open_shop(tmp_path / "shop.sqlite3")
    try:
        triggers = {
            row[0] for row in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
    finally:
        close_shop()
    assert not any(name.startswith("carebook_notify") for name in triggers)


def test_a_seat_coming_going_or_changing_its_person_is_news_but_not_its_heartbeat(
    shop: str, listener: ChangeListener
) -> None:
    arrive = (
        "INSERT INTO seat (computer, pid, staff_id, staff_name, seen_at) "
        "VALUES ('till-2', 7, 1, 'Maria', now()) ON CONFLICT (computer, pid) "
        "DO UPDATE SET staff_name = EXCLUDED.staff_name, seen_at = EXCLUDED.seen_at"
    )
    other_seat(shop, arrive)
    assert wait_for(listener) == ChangeSet.of("seat")
    other_seat(shop, arrive)  # the same person, a minute later: a heartbeat
    assert not wait_for(listener, timeout=1.0)
    other_seat(shop, arrive.replace("'Maria'", "'Tom'"))
    assert wait_for(listener) == ChangeSet.of("seat")
    other_seat(shop, "DELETE FROM seat WHERE computer = 'till-2'")
    assert wait_for(listener) == ChangeSet.of("seat")
    assert change_triggers_pg.missing(database.obj) == []
    database.execute_sql("DROP TRIGGER carebook_notify_seat_upd ON seat")
    assert change_triggers_pg.missing(database.obj) == ["carebook_notify_seat_upd"]
    change_triggers_pg.create(database.obj)
    assert change_triggers_pg.missing(database.obj) == []
