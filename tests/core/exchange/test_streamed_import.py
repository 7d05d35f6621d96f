"""Imports hold no file in memory (issue 15): rows are read again from the file when walked, checked rows
are spooled to a temporary database and written in batches, and only the first problems and warnings
are kept (all are counted). Memory itself is measured by ``make bench`` (valid 200 MB files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook.cli import main
from carebook.exchange import import_customers, outcome, spool, vcard, vcard_read
from carebook.exchange.csv_format import read_table
from carebook.exchange.importer import ImportRefused, import_csv
from carebook.exchange.lazy_rows import LazyRows
from carebook.exchange.undo import undo_import
from tests.core.exchange.support import count, rows, snapshot, write_csv

HEADER = "name,email,phone,tags\n"
TABLES = ("customer", "customer_tag", "tag", "staff", "interaction")


def customers_file(path: Path, count: int) -> Path:
    lines = [f"Kari {i},kari{i}@example.com,,{'VIP' if i % 2 else 'Newsletter'}\n" for i in range(count)]
    return write_csv(path, HEADER + "".join(lines))


def test_a_csv_file_s_rows_are_read_again_from_the_file(tmp_path: Path) -> None:
    path = customers_file(tmp_path / "c.csv", 5)
    table = read_table(path)
    assert isinstance(table.rows, LazyRows) and len(table.rows) == 5
    assert [row.line for row in table.rows] == [2, 3, 4, 5, 6] == [row.line for row in table.rows]
    assert table.rows[1].cells[0] == "Kari 1" and table.rows[-1].cells[0] == "Kari 4"
    assert [row.cells[0] for row in table.rows[1:3]] == ["Kari 1", "Kari 2"]
    with pytest.raises(IndexError):
        table.rows[5]
    fewer = table.rows.without({3, 5})
    assert len(fewer) == 3 and [row.line for row in fewer] == [2, 4, 6]
    assert len(table.rows) == 5  # the table itself keeps every row


def test_a_vcard_file_s_cards_are_read_again_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.vcf"
    path.write_text("".join(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari {i}\r\nEND:VCARD\r\n" for i in range(3)))
    prepared = vcard.prepare(path)
    assert isinstance(prepared.cards, LazyRows) and len(prepared.cards) == 3
    assert [row.cells[0] for row in prepared.table.rows] == ["Kari 0", "Kari 1", "Kari 2"]
    assert [card.line for card in prepared.cards] == [1, 5, 9]


def test_rows_written_in_several_batches_are_one_import_that_undo_takes_back(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool, "BATCH", 7)
    import_csv("customers", customers_file(tmp_path / "first.csv", 10))
    before = {table: snapshot(("version",))[table] for table in TABLES}
    again = customers_file(tmp_path / "again.csv", 40)  # 10 to update (a new tag or none), 30 to create
    text = again.read_text().replace("Kari 3,kari3@", "Kari Three,kari3@")
    again.write_text(text)
    result = import_csv("customers", again)
    assert (result.counts.created, result.counts.updated, result.counts.unchanged) == (30, 1, 9)
    assert count("customer") == 40 and count("customer_tag") == 40
    assert rows("SELECT name FROM customer WHERE email = 'kari3@example.com'") == [("Kari Three",)]
    assert result.batch_id is not None
    undo_import(result.batch_id)
    assert {table: snapshot(("version",))[table] for table in TABLES} == before


def test_repeated_emails_and_targets_are_named_with_their_first_line(db: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "c.csv",
        HEADER + "Kari,kari@example.com,,\nOla,ola@example.com,,\nKari B,KARI@example.com,,\nAnne,,,\n",
    )
    with pytest.raises(ImportRefused) as refused:
        import_csv("customers", path, dry_run=False)
    assert refused.value.lines() == [f"{path}:4: email: the same address as line 2"]
    assert count("customer") == 0


def test_only_the_first_problems_are_kept_and_every_one_is_counted(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(outcome, "MAX_PROBLEMS", 3)
    monkeypatch.setattr(import_customers, "MAX_PROBLEMS", 3)
    bad = "".join(f"Kari {i},not-an-email-{i},,\n" for i in range(5))
    repeats = "".join(f"Ola {i},ola@example.com,,\n" for i in range(4))  # 3 repeat the first
    path = write_csv(tmp_path / "c.csv", HEADER + bad + repeats)
    with pytest.raises(ImportRefused) as refused:
        import_csv("customers", path)
    assert refused.value.total == 8 and [p.line for p in refused.value.problems] == [2, 3, 4]
    assert str(refused.value).endswith("(and 7 more bad rows); nothing was imported")
    assert count("customer") == 0
    assert main(["--db", str(db), "import", "customers", str(path)]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == f"carebook: 8 bad rows in {path}; nothing was imported"


def test_only_the_first_warnings_are_kept_and_every_one_is_counted(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(outcome, "MAX_WARNINGS", 2)
    path = write_csv(tmp_path / "c.csv", HEADER + "".join(f"Kari {i},,12345,\n" for i in range(5)))
    result = import_csv("customers", path, dry_run=True)
    assert len(result.warnings) == 2 and result.warning_count == 5 and result.more_warnings == 3
    assert main(["--db", str(db), "import", "customers", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.count("warning: ") == 3 and "warning: ... and 3 more warnings" in out


def test_interactions_in_several_batches_leave_out_stored_rows_and_unused_staff(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool, "BATCH", 3)
    header = "occurred_at,customer_email,channel,summary,staff\n"
    first = write_csv(tmp_path / "a.csv", header + "2025-01-02 10:00,kari@example.com,phone,Asked,Ingrid\n")
    import_csv("interactions", first)
    lines = [f"2025-01-0{2 + i} 10:00,kari@example.com,phone,Asked,Ola {i}\n" for i in range(6)]
    lines[0] = "2025-01-02 10:00,kari@example.com,phone,Asked,Jonas\n"  # stored already: Jonas not created
    result = import_csv("interactions", write_csv(tmp_path / "b.csv", header + "".join(lines)))
    assert (result.counts.created, result.counts.unchanged, result.counts.new_staff) == (5, 1, 5)
    assert rows("SELECT name FROM staff WHERE name = 'Jonas'") == []
    assert count("interaction") == 6


def test_every_customer_field_goes_through_the_spool_in_batches_and_undo_gives_it_back(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool, "BATCH", 2)
    header = "name,company,email,phone,preferred_channel,consent_marketing,birthday,notes\n"
    lines = [
        f"Kari {i},Fjord AS,kari{i}@example.com,,email,yes,1985-04-{10 + i},Line one\n" for i in range(5)
    ]
    import_csv("customers", write_csv(tmp_path / "a.csv", header + "".join(lines)))
    assert rows("SELECT birthday, consent_marketing, company_key FROM customer WHERE name = 'Kari 4'") == [
        ("1985-04-14", 1, "fjord as")
    ]
    before = {table: snapshot(("version",))[table] for table in TABLES}
    again = [f"Kari {i},,kari{i}@example.com,,,no,1990-01-0{1 + i},\n" for i in range(3)]
    again.append("Kari 3,,kari3@example.com,,,,,\n")  # empty cells keep what is stored
    result = import_csv("customers", write_csv(tmp_path / "b.csv", header + "".join(again)))
    assert (result.counts.created, result.counts.updated, result.counts.unchanged) == (0, 3, 1)
    assert rows("SELECT name, birthday, consent_marketing, company FROM customer ORDER BY name")[:4] == [
        ("Kari 0", "1990-01-01", 0, "Fjord AS"),
        ("Kari 1", "1990-01-02", 0, "Fjord AS"),
        ("Kari 2", "1990-01-03", 0, "Fjord AS"),
        ("Kari 3", "1985-04-13", 1, "Fjord AS"),
    ]
    assert result.batch_id is not None
    undo_import(result.batch_id)
    assert {table: snapshot(("version",))[table] for table in TABLES} == before


def test_vcard_birthdays_are_imported_from_cards_read_again(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spool, "BATCH", 2)
    path = tmp_path / "c.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari {i}\r\nBDAY:1985041{i}\r\nEND:VCARD\r\n" for i in range(5)
        )
    )
    result = vcard.import_vcard(path)
    assert result.counts.created == 5 and result.warnings == ()
    assert rows("SELECT name, birthday FROM customer ORDER BY name")[-1] == ("Kari 4", "1985-04-14")


def test_only_the_first_card_warnings_are_kept_and_every_one_is_counted(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outcome, "MAX_WARNINGS", 2)
    monkeypatch.setattr(vcard_read, "MAX_WARNINGS", 2)
    path = tmp_path / "c.vcf"
    path.write_text(
        "".join(
            f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kari {i}\r\nBDAY:--0412\r\nEND:VCARD\r\n" for i in range(5)
        )
    )
    prepared = vcard.prepare(path)
    assert len(prepared.warnings) == 2 and prepared.warning_count == 5
    result = vcard.run(prepared)
    assert result.warnings == (
        f"{path}:1: card 1 BDAY --0412: a date without a year is not kept",
        f"{path}:6: card 2 BDAY --0412: a date without a year is not kept",
    )
    assert result.warning_count == 5 and result.more_warnings == 3
    assert rows("SELECT count(*) FROM customer WHERE birthday IS NULL") == [(5,)]
