"""Exporting tables: columns, local times, what is left out."""

from __future__ import annotations

import codecs
from datetime import datetime
from pathlib import Path

from carebook import settings
from carebook.db import database
from carebook.exchange.columns import SPECS
from carebook.exchange.exporter import export_csv, local_text
from carebook.exchange.importer import import_csv
from carebook.services import customers, interactions
from tests.core.exchange.support import rows
from tests.core.sql_rows import execute


def test_an_empty_database_exports_the_header_of_each_table(db: Path, tmp_path: Path) -> None:
    for kind, spec in SPECS.items():
        result = export_csv(kind, tmp_path / f"{kind}.csv")
        assert result.rows == 0
        assert (tmp_path / f"{kind}.csv").read_bytes() == codecs.BOM_UTF8 + (
            ",".join(spec.columns) + "\r\n"
        ).encode()


def test_customers_in_the_trash_or_erased_are_left_out_with_their_contacts(db: Path, tmp_path: Path) -> None:
    kept = customers.create("Kept Customer").row.id
    trashed = customers.create("Trashed Customer").row.id
    erased = customers.create("Erased Customer").row.id
    for customer in (kept, trashed, erased):
        interactions.log(
            customer, channel="phone", summary=f"call {customer}", occurred_at=datetime(2026, 1, 5)
        )
    customers.trash([trashed])
    execute("UPDATE customer SET erased_at = '2026-01-06 00:00:00' WHERE id = ?", erased)

    assert export_csv("customers", tmp_path / "c.csv").rows == 1
    assert export_csv("interactions", tmp_path / "i.csv").rows == 1
    assert "Kept Customer" in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert f"call {kept}" in (tmp_path / "i.csv").read_text(encoding="utf-8-sig")


def test_times_are_local_and_the_repeated_hour_keeps_its_offset(db: Path, tmp_path: Path) -> None:
    settings.update(time_zone="Europe/London")
    # 2025-10-26 01:30 happened twice in London: at 00:30 UTC (BST) and at 01:30 UTC (GMT).
    assert local_text("2025-10-26 00:30:00") == "2025-10-26 01:30:00"
    assert local_text("2025-10-26 01:30:00") == "2025-10-26 01:30:00+00:00"
    assert local_text("2026-07-01 12:00:00") == "2026-07-01 13:00:00"
    kari = customers.create("Kari", email="kari@example.no").row.id
    for hour in (0, 1):
        interactions.log(
            kari, channel="phone", summary=f"h{hour}", occurred_at=datetime(2025, 10, 26, hour, 30)
        )
    export_csv("customers", tmp_path / "c.csv")
    export_csv("interactions", tmp_path / "i.csv")
    database.execute_sql("DELETE FROM interaction")
    import_csv("interactions", tmp_path / "i.csv")
    assert rows("SELECT summary, occurred_at FROM interaction ORDER BY occurred_at") == [
        ("h0", "2025-10-26 00:30:00"),
        ("h1", "2025-10-26 01:30:00"),
    ]
