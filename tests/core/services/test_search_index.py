"""The search index follows every kind of write by itself, can be rebuilt, and fills on upgrade."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from playhouse.migrate import SchemaMigrator

from carebook import migrations
from carebook.db import database, is_sqlite
from carebook.models import Customer, CustomerTag, Interaction, Tag
from carebook.services import customers, tags
from carebook.services.search import search
from carebook.services.search_index import index_stats, rebuild_index
from carebook.shop import close_shop, open_shop
from tests.core.services.search_support import NOW, add, contact, tag


@pytest.mark.usefixtures("db")
class TestIndexFollowsWrites:
    def test_customer_edits(self) -> None:
        found = add(
            "Bjorn Dahl", email="bd@old.no", phone="07700 900111", company="Old AS", notes="likes tea"
        )
        Customer.update(
            name="Bjørn Dæhlie",
            email="bd@new.no",
            phone="07700 900222",
            phone_e164="+447700900222",
            company="New AS",
            notes="likes coffee",
        ).where(Customer.id == found).execute()
        for gone in ("dahl", "old.no", "900111", "old as", "tea"):
            assert search(gone) == (), gone
        for now in ("daehlie", "new.no", "900222", "new as", "coffee"):
            assert [h.customer_id for h in search(now)] == [found], now

    def test_saving_unchanged_rows_changes_nothing(self) -> None:
        found = add("Kari Lie", notes="blue kettle")
        Customer.get_by_id(found).save()  # peewee writes every column again
        assert [h.customer_id for h in search("kettle")] == [found]
        assert index_stats().healthy

    def test_deleting_a_customer_removes_it_and_its_contacts(self) -> None:
        gone = add("Anna Gone", notes="kettle")
        contact(gone, "Refund for the kettle")
        Customer.delete().where(Customer.id == gone).execute()
        assert search("anna") == ()
        assert search("kettle") == ()
        stats = index_stats(verify=True)
        assert (stats.missing, stats.stale, stats.intact) == (0, 0, True)

    def test_contact_edits_moves_and_deletes(self) -> None:
        first, second = add("Kari Lie"), add("Ola Lie")
        contact_id = contact(first, "Toaster is broken")
        Interaction.update(summary="Kettle is broken").where(Interaction.id == contact_id).execute()
        assert search("toaster") == ()
        assert [h.customer_id for h in search("kettle")] == [first]
        Interaction.update(customer=second).where(Interaction.id == contact_id).execute()
        assert [h.customer_id for h in search("kettle")] == [second]
        Interaction.delete().where(Interaction.id == contact_id).execute()
        assert search("kettle") == ()

    def test_tag_changes(self) -> None:
        found = add("Kari Lie")
        tag_id = tag(found, "VIP")
        Tag.update(name="Gold").where(Tag.id == tag_id).execute()
        assert search("vip") == ()
        assert [h.matched for h in search("gold")] == ["tag"]
        CustomerTag.delete().where(CustomerTag.customer == found).execute()
        assert search("gold") == ()

    def test_through_the_customer_and_tag_services(self) -> None:
        saved = customers.create("Zoë Ødegård", email="zoe@fjord.no", phone="07700 900123", tags=["VIP"])
        customer_id = saved.row.id
        assert [h.customer_id for h in search("zoe odegard")] == [customer_id]
        assert [h.customer_id for h in search("+44 7700 900123")] == [customer_id]
        tags.rename_tag("VIP", "Gold")
        assert [h.matched for h in search("gold")] == ["tag"]
        customers.trash([customer_id])
        assert search("zoe") == ()
        assert [h.customer_id for h in search("zoe", include_trashed=True)] == [customer_id]


@pytest.mark.usefixtures("db")
def test_rebuild_repairs_an_index_that_missed_writes() -> None:
    found = add("Kari Lie")
    on = "" if is_sqlite() else " ON interaction"
    database.execute_sql(f"DROP TRIGGER search_interaction_ai{on}")  # as if a writer had bypassed it
    contact(found, "Kettle is broken")
    assert search("kettle") == ()
    assert index_stats().missing == 1
    rebuild_index()
    assert [h.customer_id for h in search("kettle")] == [found]
    assert index_stats(verify=True).healthy
    contact(found, "Toaster too")  # the rebuilt triggers are back
    assert [h.matched for h in search("toaster")] == ["contact"]


def test_upgrading_a_version_1_database_indexes_what_it_already_holds(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    open_shop(path, migrate=False)
    db = database.obj
    db.execute_sql(
        "CREATE TABLE schema_migration (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TEXT NOT NULL)"
    )
    version_1 = migrations.available()[0].load()  # its frozen models write rows as version 1 had them
    version_1.upgrade(db, SchemaMigrator.from_database(db))
    db.execute_sql("INSERT INTO schema_migration VALUES (1, 'initial', ?)", (NOW,))
    with db.bind_ctx([version_1.Customer, version_1.Interaction]):
        found = version_1.Customer.insert(
            name="Åse Ødegård",
            notes="blue kettle",
            phone="07700 900123",
            phone_e164="+447700900123",
            created_at=NOW,
            updated_at=NOW,
        ).execute()
        version_1.Interaction.insert(
            customer=found, occurred_at=NOW, channel="phone", summary="Refund please"
        ).execute()
    close_shop()
    with sqlite3.connect(path) as conn:
        assert "search_doc" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}

    open_shop(path)
    try:
        for query in ("odegard", "kettle", "refund", "900123"):
            assert [h.customer_id for h in search(query)] == [found], query
        assert index_stats(verify=True).healthy
    finally:
        close_shop()
