"""Other programs write a Carebook file (plain sqlite3, the sqlite3 shell) and search still finds it all.

No Carebook function is registered on these connections: the index's triggers are plain SQL.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from carebook.cli import main
from carebook.db import database
from carebook.services import customers, search_index
from carebook.services.search import search
from carebook.shop import close_shop, open_shop

NOW = "2024-05-01 10:00:00"
CUSTOMER_COLUMNS = (  # every NOT NULL column without a default, as another program must write them
    "name, name_key, company, email, phone, phone_e164, address, preferred_channel, notes, "
    "consent_marketing, created_at, updated_at, open_followups, open_contacts, last_score_kind"
)
SHELL = shutil.which("sqlite3") or "/usr/bin/sqlite3"
pytestmark = pytest.mark.sqlite_only("other programs write the SQLite file; see test_search_postgresql.py")


def insert_customer_sql(name: str, *, email: str = "", phone: str = "", notes: str = "") -> str:
    """An INSERT as a person would type it: the sort key left empty ('')."""
    values = ", ".join(
        "'" + str(v).replace("'", "''") + "'"
        for v in (name, "", "", email, phone, "", "", "", notes, 0, NOW, NOW, 0, 0, "")
    )
    return f"INSERT INTO customer ({CUSTOMER_COLUMNS}) VALUES ({values})"


@pytest.fixture
def shop(db: Path) -> Path:
    customers.create("Kari Nordmann", email="kari@example.no")
    close_shop()
    return db


def plain(path: Path) -> sqlite3.Connection:
    """A connection as any other program opens one: no Carebook function registered."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def cli_search(capsys: pytest.CaptureFixture[str], path: Path, text: str) -> list[str]:
    code = main(["--db", str(path), "search", text, "--json"])
    out = capsys.readouterr().out
    assert code == 0
    return [hit["name"] for hit in json.loads(out)]


def test_a_customer_inserted_by_plain_sqlite3_is_found_by_carebook_search(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = plain(shop)
    conn.execute(
        insert_customer_sql("Bjørn Dæhlie", email="BD@Fjord.NO", phone="07700 900123", notes="fornøyd")
    )
    customer_id = conn.execute("SELECT id FROM customer WHERE name = 'Bjørn Dæhlie'").fetchone()[0]
    conn.execute(
        "INSERT INTO interaction (customer_id, occurred_at, channel, direction, reason, summary, notes, "
        "status, resolved_first_contact) VALUES (?, ?, 'phone', 'inbound', 'other', 'Refund for the kettle', "
        "'', 'open', 0)",
        (customer_id, NOW),
    )
    conn.close()
    for typed in (
        "daehlie",
        "DÆHLIE",
        "bjorn d",
        "fjord.no",
        "900123",
        "+44 7700 900123",
        "fornoyd",
        "kettle",
    ):
        assert cli_search(capsys, shop, typed) == ["Bjørn Dæhlie"], typed
    open_shop(shop)
    try:
        assert customers.get(customer_id).name == "Bjørn Dæhlie"
        assert database.execute_sql(
            "SELECT name_key FROM customer WHERE id = ?", (customer_id,)
        ).fetchone() == ("bjorn daehlie",)  # the sort key, folded by the trigger
        assert search_index.verify() == []
    finally:
        close_shop()


def test_plain_sqlite3_can_write_every_table_and_the_index_follows(shop: Path) -> None:
    conn = plain(shop)
    conn.execute(insert_customer_sql("Åse Berg", notes="likes tea"))
    customer_id = conn.execute("SELECT max(id) FROM customer").fetchone()[0]
    conn.execute("INSERT INTO staff (name, role, active) VALUES ('Ola', 'staff', 1)")
    staff_id = conn.execute("SELECT id FROM staff WHERE name = 'Ola'").fetchone()[0]
    conn.execute("INSERT INTO tag (name) VALUES ('VIP')")
    tag_id = conn.execute("SELECT id FROM tag WHERE name = 'VIP'").fetchone()[0]
    conn.execute("INSERT INTO customer_tag (customer_id, tag_id) VALUES (?, ?)", (customer_id, tag_id))
    conn.execute(
        "INSERT INTO interaction (customer_id, staff_id, occurred_at, channel, direction, reason, summary, "
        "notes, status, resolved_first_contact) VALUES (?, ?, ?, 'phone', 'inbound', 'other', "
        "'客户要求退款水壶', 'Toaster', 'open', 0)",
        (customer_id, staff_id, NOW),
    )
    contact_id = conn.execute("SELECT max(id) FROM interaction").fetchone()[0]
    conn.execute(
        "INSERT INTO feedback (customer_id, interaction_id, kind, score, comment, received_at) "
        "VALUES (?, ?, 'csat', 5, 'great', ?)",
        (customer_id, contact_id, NOW),
    )
    conn.execute(
        "INSERT INTO followup (customer_id, interaction_id, assignee_id, due_on, note, priority, origin) "
        "VALUES (?, ?, ?, '2024-05-02', 'call back', 'normal', 'manual')",
        (customer_id, contact_id, staff_id),
    )
    conn.execute("UPDATE customer SET name = 'Åse Lund', notes = 'likes coffee' WHERE id = ?", (customer_id,))
    conn.execute("UPDATE interaction SET summary = 'Kettle broken' WHERE id = ?", (contact_id,))
    for statement in (
        "UPDATE staff SET name = 'Ola N' WHERE id = ?",
        "UPDATE tag SET name = 'Gold' WHERE id = ?",
        "UPDATE feedback SET score = 4 WHERE customer_id = ?",
        "UPDATE followup SET note = 'done' WHERE customer_id = ?",
    ):
        conn.execute(
            statement, (staff_id if "staff" in statement else tag_id if "tag" in statement else customer_id,)
        )
    open_shop(shop)
    try:
        assert [h.name for h in search("ase lund")] == ["Åse Lund"]
        assert [h.matched for h in search("coffee")] == ["notes"]
        assert search("tea") == () and search("退款") == ()
        assert [h.matched for h in search("kettle")] == ["contact"]
        assert [h.matched for h in search("toaster")] == ["contact"]
        assert search_index.verify() == []
    finally:
        close_shop()
    for statement in (
        "DELETE FROM followup WHERE customer_id = ?",
        "DELETE FROM feedback WHERE customer_id = ?",
        "DELETE FROM customer_tag WHERE customer_id = ?",
        "DELETE FROM interaction WHERE customer_id = ?",
        "DELETE FROM customer WHERE id = ?",
    ):
        conn.execute(statement, (customer_id,))
    conn.execute("DELETE FROM tag WHERE id = ?", (tag_id,))
    conn.execute("DELETE FROM staff WHERE id = ?", (staff_id,))
    conn.close()
    open_shop(shop)
    try:
        assert search("lund") == () and search("kettle") == () and search("coffee") == ()
        assert search_index.verify() == []
    finally:
        close_shop()


@pytest.mark.skipif(not Path(SHELL).exists(), reason="the sqlite3 shell is not installed")
def test_the_sqlite3_shell_inserts_updates_and_deletes_customers_and_contacts(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def shell(sql: str) -> str:
        done = subprocess.run([SHELL, str(shop), sql], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0 and done.stderr == "", done.stderr
        return done.stdout.strip()

    shell(insert_customer_sql("Zoë Ødegård", phone="07700 900456"))
    customer_id = shell("SELECT id FROM customer WHERE name = 'Zoë Ødegård'")
    shell(
        "INSERT INTO interaction (customer_id, occurred_at, channel, direction, reason, summary, notes, "
        f"status, resolved_first_contact) VALUES ({customer_id}, '{NOW}', 'email', 'inbound', 'other', "
        "'Asked about a refund', '', 'open', 0)"
    )
    assert cli_search(capsys, shop, "zoe odegard") == ["Zoë Ødegård"]
    assert cli_search(capsys, shop, "refund") == ["Zoë Ødegård"]
    shell(f"UPDATE customer SET name = 'Zoë Dahl' WHERE id = {customer_id}")
    shell(f"UPDATE interaction SET summary = 'Thanks for the kettle' WHERE customer_id = {customer_id}")
    assert cli_search(capsys, shop, "odegard") == []
    assert cli_search(capsys, shop, "zoe dahl") == ["Zoë Dahl"]
    assert cli_search(capsys, shop, "refund") == []
    assert cli_search(capsys, shop, "kettle") == ["Zoë Dahl"]
    shell(f"DELETE FROM interaction WHERE customer_id = {customer_id}")
    shell(f"DELETE FROM customer WHERE id = {customer_id}")
    assert cli_search(capsys, shop, "zoe") == []
    assert cli_search(capsys, shop, "kettle") == []
    open_shop(shop)
    try:
        assert search_index.verify() == []
    finally:
        close_shop()


def test_nothing_in_the_database_calls_a_carebook_function(shop: Path) -> None:
    conn = plain(shop)
    stored = " ".join(sql for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))
    assert "carebook_" not in stored
    conn.close()
    open_shop(shop)
    try:
        with pytest.raises(Exception, match="no such function"):
            database.execute_sql("SELECT carebook_fold('x')")
    finally:
        close_shop()


def test_verify_names_keys_another_program_got_wrong_and_rebuild_repairs_them(shop: Path) -> None:
    conn = plain(shop)
    conn.execute("UPDATE customer SET name_key = 'wrong' WHERE name = 'Kari Nordmann'")
    conn.execute("DELETE FROM search_doc")  # as if a program had emptied part of the index
    conn.close()
    open_shop(shop)
    try:
        problems = search_index.verify()
        assert any("not indexed" in p for p in problems) and any("exact fold" in p for p in problems)
        assert search("kari") == ()
        search_index.rebuild_index()
        assert search_index.verify() == []
        assert [h.name for h in search("kari")] == ["Kari Nordmann"]
        assert database.execute_sql("SELECT name_key FROM customer").fetchone() == ("kari nordmann",)
    finally:
        close_shop()


def test_a_version_7_database_is_converted_and_then_any_client_can_write_it(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from carebook import legacy_search_functions, migrations

    path = data_dir / "old.sqlite3"
    shipped = migrations.available()
    with monkeypatch.context() as patch:  # Carebook as it was at schema 7, with 0002's Python triggers
        patch.setattr(migrations, "available", lambda: [m for m in shipped if m.version <= 7])
        open_shop(path)
    try:
        legacy_search_functions.register(database.connection())  # that Carebook registered them
        # as that Carebook wrote a customer (today's services read columns schema 7 does not have yet)
        old = database.execute_sql(
            "INSERT INTO customer (name, name_key, company, email, phone, phone_e164, address, "
            "preferred_channel, notes, consent_marketing, created_at, updated_at, open_followups, "
            "open_contacts, last_score_kind) VALUES (?, ?, '', '', ?, ?, '', '', ?, 0, ?, ?, 0, 0, '')",
            ("Åse Ødegård", "ase odegard", "07700 900123", "+447700900123", "fornøyd", NOW, NOW),
        ).lastrowid
        database.execute_sql(
            "INSERT INTO interaction (customer_id, occurred_at, channel, direction, reason, summary, notes, "
            "status, resolved_first_contact) VALUES (?, ?, 'phone', 'inbound', 'other', '退款 refund', '', "
            "'open', 0)",
            (old, NOW),
        )
        assert (
            "carebook_fold"
            in database.execute_sql("SELECT group_concat(sql) FROM sqlite_master").fetchone()[0]
        )
    finally:
        close_shop()

    open_shop(path)  # migration 0008
    try:
        assert max(migrations.applied_versions(database.obj)) == migrations.latest_version()
        for typed in ("odegard", "900123", "fornoyd", "refund", "退款"):
            assert [h.customer_id for h in search(typed)] == [old], typed
        assert search_index.verify() == []
    finally:
        close_shop()
    conn = plain(path)
    assert "carebook_" not in " ".join(
        s for (s,) in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL")
    )
    conn.execute(insert_customer_sql("Ola Lie"))
    conn.execute("UPDATE customer SET name = 'Ola Lien' WHERE name = 'Ola Lie'")
    conn.execute("DELETE FROM interaction")
    conn.execute("DELETE FROM customer WHERE id = ?", (old,))
    conn.close()
    open_shop(path)
    try:
        assert [h.name for h in search("lien")] == ["Ola Lien"] and search("refund") == ()
        assert search_index.verify() == []
    finally:
        close_shop()
