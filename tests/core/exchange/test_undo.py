"""Undoing imports: exactly back to before, or refused with the reason and nothing changed."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from carebook.errors import CarebookError, NotFound
from carebook.exchange import importer
from carebook.exchange.undo import list_imports, undo_import
from carebook.services import customers, interactions, merge, privacy, search, search_index, tags
from tests.core.dumps import dump, fts_rows
from tests.core.exchange.support import count, rows, write_csv


def _later(monkeypatch: pytest.MonkeyPatch) -> None:
    """Edits from now on happen a minute after the import (as they would for a person)."""
    real = customers.utc_now

    def later() -> datetime:
        return real() + timedelta(minutes=1)

    monkeypatch.setattr(customers, "utc_now", later)


@pytest.fixture
def shop(db: Path) -> dict[str, int]:
    kari = customers.create(
        "Kari Nordmann", email="kari@example.com", phone="020 7946 0123", company="Nordlys", tags=["VIP"]
    ).row
    ola = customers.create("Ola Hansen", email="ola@example.com", notes="Prefers mornings").row
    anna = customers.create("Anna Berg", email="anna@example.com").row
    interactions.log(anna.id, channel="phone", summary="Asked about opening hours")
    return {"kari": kari.id, "ola": ola.id, "anna": anna.id}


CUSTOMERS_FILE = (
    "name,company,email,phone,tags,notes\n"
    "Kari Nordmann,Nordlys Kafé AS,KARI@example.com,020 7946 0999,Wholesale;vip,\n"
    "Ola Hansen,,ola@example.com,,New tag,Also evenings\n"
    "Per Lie,Lie Sko,per@example.com,,New tag,First visit\n"
    "Zoë Ørsted,,zoe@example.com,,,\n"
    "王芳,,,,Wholesale,\n"
)


def test_undo_of_a_customers_import_gives_back_exactly_what_was_there(
    shop: dict[str, int], tmp_path: Path
) -> None:
    before, before_fts = dump(skip_columns=("version",)), fts_rows()
    kari_version = customers.get(shop["kari"]).version
    result = importer.import_csv("customers", write_csv(tmp_path / "c.csv", CUSTOMERS_FILE))
    assert (result.counts.created, result.counts.updated, result.counts.new_tags) == (3, 2, 2)
    assert dump(skip_columns=("version",)) != before
    assert customers.get(shop["kari"]).tags == ("VIP", "Wholesale")

    undone = undo_import(result.batch_id)

    assert dump(skip_columns=("version",)) == before  # the values; versions only rise (open forms notice)
    assert customers.get(shop["kari"]).version == kari_version + 2
    assert fts_rows() == before_fts
    assert (undone.customers_removed, undone.customers_restored, undone.tags_removed) == (3, 2, 2)
    assert undone.kept == () and undone.already_gone == 0
    assert not search.search("Per Lie") and not search.search("evenings")
    assert [hit.customer_id for hit in search.search("mornings")] == [shop["ola"]]
    assert search_index.index_stats(verify=True).healthy
    assert list_imports()[0].undone


def test_undo_of_a_contacts_import_removes_new_customers_staff_and_refreshes_the_others(
    shop: dict[str, int], tmp_path: Path
) -> None:
    before = dump()
    path = write_csv(
        tmp_path / "i.csv",
        "occurred_at,customer,customer_email,channel,summary,staff\n"
        "2026-01-05 10:00,Anna Berg,anna@example.com,email,Sent the price list,Siri\n"
        "2026-01-06 10:00,New Person,new@example.com,phone,First call,Siri\n",
    )
    result = importer.import_csv("interactions", path)
    assert (result.counts.created, result.counts.new_customers, result.counts.new_staff) == (2, 1, 1)
    undone = undo_import(result.batch_id)
    assert dump() == before  # Anna's last contact and open contacts are back as they were
    assert (undone.contacts_removed, undone.customers_removed, undone.staff_removed) == (2, 1, 1)


def test_undoing_twice_or_an_unknown_import_is_refused(shop: dict[str, int], tmp_path: Path) -> None:
    result = importer.import_csv("customers", write_csv(tmp_path / "c.csv", CUSTOMERS_FILE))
    undo_import(result.batch_id)
    with pytest.raises(CarebookError, match=f"Import {result.batch_id} was already undone on"):
        undo_import(result.batch_id)
    with pytest.raises(NotFound, match="no import number 99"):
        undo_import(99)


def test_contacts_logged_later_on_an_imported_customer_refuse_the_undo(
    shop: dict[str, int], tmp_path: Path
) -> None:
    result = importer.import_csv("customers", write_csv(tmp_path / "c.csv", CUSTOMERS_FILE))
    per = customers.find_by_email("per@example.com")
    assert per is not None
    interactions.log(per.id, channel="phone", summary="Called back")
    interactions.log(per.id, channel="email", summary="Sent a quote")
    before = dump()
    with pytest.raises(CarebookError) as caught:
        undo_import(result.batch_id)
    message = str(caught.value)
    assert (
        "2 contacts" in message and f"'Per Lie' (#{per.id})" in message and "Nothing was changed" in message
    )
    assert dump() == before
    assert not list_imports()[0].undone


def test_an_edit_after_the_import_refuses_the_undo(
    shop: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = importer.import_csv("customers", write_csv(tmp_path / "c.csv", CUSTOMERS_FILE))
    _later(monkeypatch)
    customers.update(shop["kari"], notes="Typed after the import")
    with pytest.raises(CarebookError, match=r"1 customer it updated was edited again since, e\.g\. 'Kari"):
        undo_import(result.batch_id)
    per = customers.find_by_email("per@example.com")
    assert per is not None
    customers.update(per.id, phone="020 7946 0555")
    with pytest.raises(CarebookError, match=r"1 customer it created was edited since, e\.g\. 'Per Lie'"):
        undo_import(result.batch_id)
    assert customers.get(shop["kari"]).notes == "Typed after the import"


def test_a_merge_after_the_import_must_be_undone_first(shop: dict[str, int], tmp_path: Path) -> None:
    result = importer.import_csv("customers", write_csv(tmp_path / "c.csv", CUSTOMERS_FILE))
    per = customers.find_by_email("per@example.com")
    assert per is not None
    merged = merge.merge(shop["anna"], per.id)
    with pytest.raises(CarebookError, match=f"undo merge {merged.merge_id} first"):
        undo_import(result.batch_id)
    merge.undo_merge(merged.merge_id)
    assert undo_import(result.batch_id).customers_removed == 3


def test_a_tag_the_import_created_stays_when_someone_else_uses_it_now(
    shop: dict[str, int], tmp_path: Path
) -> None:
    result = importer.import_csv("customers", write_csv(tmp_path / "c.csv", CUSTOMERS_FILE))
    tags.add_tag([shop["anna"]], "New tag")
    undone = undo_import(result.batch_id)
    assert undone.kept == ("tag 'New tag': still used by 1 customer",)
    assert undone.tags_removed == 1  # Wholesale
    assert customers.get(shop["anna"]).tags == ("New tag",)


def test_an_erased_customer_does_not_get_their_data_back(shop: dict[str, int], tmp_path: Path) -> None:
    result = importer.import_csv("customers", write_csv(tmp_path / "c.csv", CUSTOMERS_FILE))
    privacy.erase(shop["kari"])
    undone = undo_import(result.batch_id)
    assert undone.customers_restored == 1  # Ola only
    kari = customers.get(shop["kari"])
    assert (kari.name, kari.email, kari.company, kari.tags) == (
        f"Erased customer #{shop['kari']}",
        "",
        "",
        (),
    )
    assert rows(
        "SELECT count(*) FROM import_change WHERE row_id = ? AND action = 'update'", shop["kari"]
    ) == [(0,)]


def test_rows_deleted_since_are_counted_not_fatal(shop: dict[str, int], tmp_path: Path) -> None:
    result = importer.import_csv("customers", write_csv(tmp_path / "c.csv", CUSTOMERS_FILE))
    per = customers.find_by_email("per@example.com")
    assert per is not None
    customers.trash([per.id])
    customers.empty_trash(0)
    undone = undo_import(result.batch_id)
    assert (undone.customers_removed, undone.already_gone) == (2, 1)
    assert count("customer") == 3


def test_list_imports_is_newest_first_with_what_each_did(shop: dict[str, int], tmp_path: Path) -> None:
    first = importer.import_csv("customers", write_csv(tmp_path / "c.csv", CUSTOMERS_FILE))
    second = importer.import_csv("customers", write_csv(tmp_path / "d.csv", "name\nSolo\n"))
    listed = list_imports()
    assert [row.id for row in listed] == [second.batch_id, first.batch_id]
    assert (listed[1].kind, listed[1].file_name, listed[1].created_rows, listed[1].updated_rows) == (
        "customers",
        "c.csv",
        3,
        2,
    )
    assert not listed[0].undone
