"""Privacy: erase leaves no trace in the database file; export-person writes everything, owner-only."""

from __future__ import annotations

import csv
import json
import stat
from datetime import date, datetime, time
from pathlib import Path

import pytest

from carebook import metrics, shop_backups
from carebook.clock import Month
from carebook.db import database
from carebook.errors import CarebookError, NotFound
from carebook.exchange import importer
from carebook.exchange.privacy_export import export_person, slug
from carebook.services import customers, feedback, followups, interactions, merge, privacy, search, staff
from tests.core.exchange.support import count, rows, write_csv

# Strings that appear nowhere else, so finding them in the file's bytes means the data lingers.
NAME = "Zebediah Quixworthy"
SECRETS = (
    "Zebediah",
    "Quixworthy",
    "zebediah quixworthy",
    "zq@plumtree.example",
    "Plumjamnote",
    "Teapotcrack",
)


def _person(notes: str = "Plumjamnote: keeps bees") -> int:
    row = customers.create(
        NAME,
        email="zq@plumtree.example",
        phone="020 7946 0777",
        company="Quixworthy Plums",
        address="1 Plumtree Lane",
        notes=notes,
        tags=["VIP"],
        consent_marketing=True,
    ).row
    ola = staff.add("Ola")
    contact = interactions.log(
        row.id,
        channel="phone",
        summary="Teapotcrack reported by Zebediah",
        notes="Quixworthy wants a refund",
        staff_id=ola.id,
        occurred_at=datetime(2026, 1, 10, 10),
        resolved=True,
    )
    followups.create(row.id, due_on=date(2026, 1, 20), due_time=time(9, 30), note="Ring Zebediah back")
    feedback.record(
        row.id, kind="csat", score=5, comment="Quixworthy says thanks", interaction_id=contact.id,
        received_at=datetime(2026, 1, 11, 9),
    )  # fmt: skip
    return row.id


def _stored_bytes(db: Path | str) -> bytes:
    """Every byte the shop's storage holds: the file and its log (checkpointed first), or on a server
    every table and index file of its database in the server's data folder (written out first)."""
    if isinstance(db, Path):
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        wal = Path(f"{db}-wal")
        return db.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    database.execute_sql("CHECKPOINT")
    folder = database.execute_sql("SHOW data_directory").fetchone()[0]
    oid = database.execute_sql("SELECT oid FROM pg_database WHERE datname = current_database()").fetchone()[0]
    files = sorted(Path(folder, "base", str(oid)).iterdir())
    return b"".join(path.read_bytes() for path in files if path.is_file())


def test_erase_blanks_the_person_and_keeps_the_figures(db: Path) -> None:
    customer_id = _person()
    other = customers.create("Someone Else").row.id
    month = Month(2026, 1)
    figures = metrics.month_summary(month)
    customers.trash([customer_id])

    result = privacy.erase(customer_id)

    row = customers.get(customer_id)
    assert (row.name, row.company, row.email, row.phone, row.phone_e164, row.address, row.notes) == (
        f"Erased customer #{customer_id}",
        "",
        "",
        "",
        "",
        "",
        "",
    )
    assert (row.tags, row.consent_marketing, row.deleted_at) == ((), False, None)
    assert row.erased_at == result.erased_at
    assert (result.contacts_kept, result.followups_kept, result.scores_kept) == (1, 1, 1)
    assert rows(
        "SELECT summary, notes, channel, status FROM interaction WHERE customer_id = ?", customer_id
    ) == [("", "", "phone", "resolved")]
    assert rows("SELECT note FROM followup WHERE customer_id = ?", customer_id) == [("",)]
    assert rows("SELECT comment, score FROM feedback WHERE customer_id = ?", customer_id) == [("", 5)]
    assert metrics.month_summary(month) == figures  # the month still adds up
    assert not search.search("Zebediah") and not search.search("refund") and not search.search("plumtree")
    assert customers.get(other).name == "Someone Else"
    with pytest.raises(CarebookError, match="cannot be edited"):
        customers.update(customer_id, name="Back again")


def test_erased_strings_are_gone_from_the_database_file(db: Path | str) -> None:
    """On a server: from its table and index files (the write-ahead log keeps them a while: README)."""
    customer_id = _person()
    assert all(secret.encode() in _stored_bytes(db) for secret in SECRETS[:2])  # the test can see them

    result = privacy.erase(customer_id)

    assert result.checkpointed
    data = _stored_bytes(db)
    lingering = [s for s in SECRETS for form in (s, s.lower()) if form.encode() in data]
    assert lingering == []


def test_erase_removes_the_earlier_values_kept_for_undo(db: Path, tmp_path: Path) -> None:
    customer_id = _person()
    twin = customers.create("Zebediah Q.", email="zq2@plumtree.example").row.id
    merge.merge(customer_id, twin)
    importer.import_csv(
        "customers",
        write_csv(tmp_path / "c.csv", "name,email,notes\nZebediah Q,zq@plumtree.example,Updated\n"),
    )
    assert count("merge_record") == 1
    assert rows("SELECT count(*) FROM import_change WHERE action = 'update'") == [(1,)]
    privacy.erase(customer_id)
    assert count("merge_record") == 0
    assert rows("SELECT count(*) FROM import_change WHERE action = 'update'") == [(0,)]
    assert b"zq2@plumtree" not in _stored_bytes(db)


def test_erasing_twice_or_an_unknown_customer_is_refused(db: Path) -> None:
    customer_id = _person()
    privacy.erase(customer_id)
    with pytest.raises(CarebookError, match="already erased"):
        privacy.erase(customer_id)
    with pytest.raises(NotFound):
        privacy.erase(999)


def test_older_backups_are_listed_and_can_be_deleted(db: Path) -> None:
    customer_id = _person()
    older = shop_backups.backup_now()
    result = privacy.erase(customer_id)
    assert [info.path for info in result.backups] == [older.path]
    assert privacy.backups_holding_data() == [older]
    assert privacy.delete_backups(result.backups) == 1
    assert not older.path.exists()
    assert privacy.backups_holding_data() == []


def test_every_before_restore_copy_counts_as_a_backup_holding_the_data(db: Path) -> None:
    from carebook.server_restore import restore_shop

    customer_id = _person()
    made = shop_backups.backup_now()
    first = restore_shop(made.path)
    second = restore_shop(made.path)
    assert first != second
    result = privacy.erase(customer_id)
    listed = {info.path for info in result.backups}
    assert {first, second, made.path} <= listed
    assert privacy.delete_backups(result.backups) == len(listed)
    assert not first.exists() and not second.exists()


def test_customers_are_found_by_number_or_email(db: Path) -> None:
    customer_id = _person()
    assert privacy.resolve_customer(customer_id).id == customer_id
    assert privacy.resolve_customer(f"#{customer_id}").id == customer_id
    assert privacy.resolve_customer(" ZQ@plumtree.example ").id == customer_id
    with pytest.raises(NotFound, match="no customer number 77"):
        privacy.resolve_customer("77")
    with pytest.raises(NotFound, match=r"no customer with the email nobody@example\.com"):
        privacy.resolve_customer("nobody@example.com")
    with pytest.raises(NotFound, match="neither a customer number nor an email"):
        privacy.resolve_customer("Zebediah")


def test_export_person_writes_everything_owner_only(db: Path, tmp_path: Path) -> None:
    customer_id = _person()
    result = export_person("zq@plumtree.example", tmp_path)
    assert result.folder == tmp_path / f"carebook-customer-{customer_id}-zebediah-quixworthy"
    assert stat.S_IMODE(result.folder.stat().st_mode) == 0o700
    assert sorted(p.name for p in result.files) == [
        "contacts.csv",
        "customer.csv",
        "customer.json",
        "followups.csv",
        "scores.csv",
    ]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in result.files)
    data = json.loads((result.folder / "customer.json").read_text(encoding="utf-8"))
    assert data["customer"]["name"] == NAME and data["customer"]["tags"] == ["VIP"]
    assert data["contacts"][0]["summary"] == "Teapotcrack reported by Zebediah"
    assert data["contacts"][0]["occurred_at"] == "2026-01-10T10:00:00Z"
    assert data["follow_ups"][0]["due_time"] == "09:30:00"
    assert data["scores"][0]["comment"] == "Quixworthy says thanks"
    with open(result.folder / "contacts.csv", encoding="utf-8-sig", newline="") as handle:
        contacts = list(csv.DictReader(handle))
    assert contacts[0]["summary"] == "Teapotcrack reported by Zebediah" and contacts[0]["staff"] == "Ola"
    # The CSV files are import files: another Carebook reads them back.
    assert importer.prepare("interactions", result.folder / "contacts.csv").table.rows
    assert (result.contacts, result.followups, result.scores) == (1, 1, 1)


def test_export_person_never_lets_a_name_choose_the_path(db: Path, tmp_path: Path) -> None:
    hostile = customers.create("../../etc/passwd\\..\\C:evil").row.id
    target = tmp_path / "out"
    first = export_person(hostile, target)
    second = export_person(str(hostile), target)
    assert first.folder.parent == target and second.folder.parent == target
    assert first.folder.name == f"carebook-customer-{hostile}-etc-passwd-c-evil"
    assert second.folder.name == first.folder.name + "-2"
    assert stat.S_IMODE(target.stat().st_mode) == 0o700
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert slug("王芳") == "" and slug("Zoë Ørsted") == "zoe-orsted"


def test_export_person_into_a_missing_folder_is_refused(db: Path, tmp_path: Path) -> None:
    customer_id = _person()
    with pytest.raises(CarebookError, match="does not exist"):
        export_person(customer_id, tmp_path / "no" / "such")
