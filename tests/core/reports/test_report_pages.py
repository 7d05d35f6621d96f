"""Empty and busy months: a one-page "no contacts" summary; a long appendix with every contact once,
its header row on every page and "Page X of Y" right; rows read and laid out a page at a time."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from carebook import i18n, settings
from carebook.clock import Month
from carebook.models import Interaction
from carebook.reports import build_monthly_report
from carebook.reports.appendix import RowSource
from carebook.reports.gather import ContactRow, iter_contacts
from tests.core.reports import pdf, seed

MARCH = Month(2025, 3)


def test_an_empty_month_is_one_clear_page(db: Path, tmp_path: Path) -> None:
    settings.update(shop_name="Corner Shop")
    seed.demo_shop(Month(2025, 5), 30)  # a year of busy months, from spring 2024 on
    empty = Month(2023, 3)  # no contacts, feedback or follow-ups due in it

    output = build_monthly_report(empty, tmp_path / "empty.pdf")
    texts = pdf.pages(output)

    assert len(texts) == 1
    assert "No contacts recorded in March 2023" in texts[0]
    assert "Corner Shop" in texts[0] and "Page 1 of 1" in texts[0]
    assert "The month in figures" not in texts[0] and "n/a" not in texts[0]


def test_a_busy_month_lists_every_contact_once_with_headers_and_page_numbers(
    db: Path, tmp_path: Path
) -> None:
    ids = seed.customers([f"Customer {n}" for n in range(300)], datetime(2024, 1, 1))
    seed.month_of_contacts(MARCH, 2500, ids, seed.staff_members(), followups=10)

    output = build_monthly_report(MARCH, tmp_path / "busy.pdf")
    texts = pdf.pages(output)
    total = len(texts)

    assert total == int(pdf.info(output)["Pages"]) > 40
    first_appendix = next(i for i, text in enumerate(texts) if "Appendix: every contact" in text)
    rows = 0
    for number, text in enumerate(texts, start=1):
        assert re.search(rf"Page {number} of {total}\b", text), number
        if number - 1 >= first_appendix:
            header = [
                line
                for line in text.splitlines()
                if line.split() == ["Local", "time", "Customer", "Channel", "Reason", "Summary", "Outcome"]
            ]
            assert len(header) == 1, number  # the header row once on every appendix page
            rows += len(re.findall(r"^\s*\d\d Mar \d\d:\d\d\s", text, re.MULTILINE))
    assert rows == 2500


def test_contacts_are_read_in_chunks_in_time_order_without_losing_ties(db: Path) -> None:
    ids = seed.customers(["Ada", "Bob"], datetime(2025, 1, 1))
    rows = [
        {
            "customer": ids[n % 2],
            "occurred_at": "2025-03-05 10:00:00" if n < 25 else f"2025-03-0{n % 9 + 1} 08:00:00",
            "channel": "phone",
            "summary": f"contact {n}",
        }
        for n in range(40)
    ]
    Interaction.insert_many(rows).execute()
    Interaction.create(customer=ids[0], occurred_at="2025-04-01 00:00:00", channel="phone", summary="April")

    found = list(iter_contacts(MARCH, chunk=7))

    assert sorted(row.summary for row in found) == sorted(f"contact {n}" for n in range(40))
    assert [row.when for row in found] == sorted(row.when for row in found)


def test_the_appendix_takes_only_the_rows_one_page_needs(db: Path) -> None:
    pulled = 0

    def contacts() -> object:
        nonlocal pulled
        for n in range(100_000):
            pulled += 1
            yield ContactRow(datetime(2025, 3, 1, 9), f"Customer {n}", "Phone", "Inquiry", "short", "Open")

    source = RowSource(contacts(), 480.0)  # type: ignore[arg-type]
    page = source.take(700.0)

    assert page is not None and 30 < page.row_count < 80
    assert pulled == page.row_count + 1  # one row waits for the next page
    assert source.take(700.0) is not None and pulled == 2 * page.row_count + 1


def test_appendix_cells_with_the_same_text_are_broken_into_lines_once(db: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from carebook.reports import appendix

    calls: list[str] = []
    real_cell = RowSource._cell

    def counting(self, text: str, width: float, font: str):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real_cell(self, text, width, font)

    monkeypatch.setattr(RowSource, "_cell", counting)
    long_summary = "Asked whether the blue kettle comes back in stock before Christmas " * 3
    rows = [
        ContactRow(datetime(2025, 3, 1, 9), f"Customer {n % 3}", "Phone", "Inquiry", long_summary, "Open")
        for n in range(60)
    ]
    with i18n.using("en", "GB"):  # as a report made in a British shop
        source = RowSource(iter(rows), 480.0)
        page = source.take(5000.0)
    assert page is not None and page.row_count == 60
    # the six headings, the first row's six cells, then only the two other names
    first_row = ["01 Mar 09:00", "Customer 0", "Phone", "Inquiry", long_summary.strip(), "Open"]
    assert calls[6:] == [*first_row, "Customer 1", "Customer 2"]
    first, later = page._rows[0], page._rows[57]
    assert first.cells[4] == later.cells[4] and len(first.cells[4]) > 1  # the summary, wrapped
    assert first.height == later.height
    monkeypatch.setattr(appendix, "KNOWN_CELLS", 12)
    distinct = [
        ContactRow(datetime(2025, 3, 1, 9, n), f"Customer {n}", "Phone", "Inquiry", "short", "Open")
        for n in range(40)
    ]
    source = RowSource(iter(distinct), 480.0)
    page = source.take(5000.0)
    assert page is not None and page.row_count == 40
    assert len(source._known) <= 12  # what is remembered stays bounded
    assert [row.cells[1] for row in page._rows] == [[f"Customer {n}"] for n in range(40)]
