"""Importing contacts, feedback and follow-ups: matching customers and staff, times, rules, atomicity."""

from __future__ import annotations

from pathlib import Path

import pytest

from carebook import settings
from carebook.errors import CarebookError, StorageError
from carebook.exchange import bulk
from carebook.exchange.importer import ImportRefused, import_csv
from tests.core.exchange.support import FIXTURES, count, rows, snapshot, write_csv

CONTACTS = "occurred_at,customer,customer_email,channel,direction,reason,summary,staff,status,resolved_first_contact,resolved_at,waited_minutes,duration_minutes\n"  # noqa: E501


@pytest.fixture
def shop(db: Path) -> Path:
    """Two known customers, shop time Europe/Oslo (UTC+1 in winter)."""
    settings.update(time_zone="Europe/Oslo")
    import_csv("customers", FIXTURES / "customers_excel_semicolon.csv")
    return db


def test_contacts_find_customers_by_email_or_name_and_create_unknown_ones_once(
    shop: Path, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "i.csv",
        CONTACTS
        + "2026-02-03 10:15,,KARI@example.no,phone,,inquiry,Asked about hours,Tom,,yes,,3,4\n"
        + "2026-02-03 11:00,Jürgen Müller,,email,outbound,billing,Sent the invoice,tom,resolved,,,,\n"
        + "2026-02-04 12:00,Nina Berg,nina@example.com,chat,,,Where is my parcel?,,,,,,\n"
        + "2026-02-05 12:00,Someone Else,NINA@example.com,chat,,problem,Still no parcel,,open,,,,\n"
        + "2026-02-06 09:00,王芳,,in person,,compliment,谢谢!,Tom,,,2026-02-06 09:20,,\n"
        + "2026-02-07 09:00,王芳,,self-service,,,,,,,,,\n",
    )

    result = import_csv("interactions", path)

    counts = result.counts
    assert (counts.created, counts.new_customers, counts.new_staff) == (6, 2, 1)
    kari, jurgen, nina, fang = (row[0] for row in rows("SELECT id FROM customer ORDER BY id"))
    assert rows(
        "SELECT customer_id, occurred_at, channel, direction, reason, status, resolved_first_contact, "
        "resolved_at, waited_minutes, duration_minutes FROM interaction ORDER BY id"
    ) == [
        (
            kari,
            "2026-02-03 09:15:00",
            "phone",
            "inbound",
            "inquiry",
            "resolved",
            1,
            "2026-02-03 09:19:00",
            3,
            4,
        ),
        (jurgen, "2026-02-03 10:00:00", "email", "outbound", "billing", "resolved", 0, None, None, None),
        (nina, "2026-02-04 11:00:00", "chat", "inbound", "other", "open", 0, None, None, None),
        (nina, "2026-02-05 11:00:00", "chat", "inbound", "problem", "open", 0, None, None, None),
        (
            fang,
            "2026-02-06 08:00:00",
            "in_person",
            "inbound",
            "compliment",
            "resolved",
            0,
            "2026-02-06 08:20:00",
            None,
            None,
        ),
        (fang, "2026-02-07 08:00:00", "self_service", "inbound", "other", "open", 0, None, None, None),
    ]
    assert rows(
        "SELECT name, email, created_at FROM customer WHERE id IN (?, ?) ORDER BY id", nina, fang
    ) == [
        ("Nina Berg", "nina@example.com", "2026-02-04 11:00:00"),
        ("王芳", "", "2026-02-06 08:00:00"),
    ]
    assert rows("SELECT name, role FROM staff") == [("Tom", "staff")]
    assert rows("SELECT count(DISTINCT staff_id) FROM interaction WHERE staff_id IS NOT NULL") == [(1,)]
    # the summary columns on customer follow the new contacts
    assert rows("SELECT last_contact_at, open_contacts FROM customer WHERE id = ?", nina) == [
        ("2026-02-05 11:00:00", 2)
    ]
    created = rows(
        "SELECT table_name, count(*) FROM import_change WHERE batch_id = ? GROUP BY 1", result.batch_id
    )
    assert sorted(created) == [("customer", 2), ("interaction", 6), ("staff", 1)]


def test_times_with_an_offset_and_seconds_are_read(shop: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "i.csv",
        "occurred_at,customer,channel\n2026-07-01T08:00:00+00:00,Kari Ødegård,phone\n"
        "2026-07-01 10:00:30,Kari Ødegård,email\n2026-07-01T10:00Z,Kari Ødegård,sms\n",
    )
    import_csv("interactions", path)
    assert rows("SELECT occurred_at FROM interaction ORDER BY id") == [
        ("2026-07-01 08:00:00",),
        ("2026-07-01 08:00:30",),
        ("2026-07-01 10:00:00",),
    ]


def test_a_bad_row_after_a_quoted_multi_line_note_names_its_physical_line(shop: Path) -> None:
    before = snapshot()
    with pytest.raises(ImportRefused) as refused:
        import_csv("interactions", FIXTURES / "interactions_bad_channel.csv")
    [line] = refused.value.lines()
    assert line == (
        f"{FIXTURES / 'interactions_bad_channel.csv'}:5: channel: 'pigeon' is not one of: "
        "phone, email, in_person, social, sms, chat, self_service"
    )
    assert count("interaction") == 0
    assert count("import_batch") == 1  # the customers import of the fixture only
    assert snapshot() == before


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("2026-02-03 10:00,Kari Ødegård,phone,open,yes,", "status: is open, but resolved_first_contact says"),
        (
            "2026-02-03 10:00,Kari Ødegård,phone,open,,2026-02-04 10:00",
            "resolved_at: is given, but status is open",
        ),
        ("2026-02-03 10:00,Kari Ødegård,phone,,,2026-02-02 10:00", "resolved_at: 2026-02-02 10:00 is before"),
        ("2026-02-03 10:00,,phone,,,", "customer: is empty; give the customer's name or customer_email"),
        ("2099-01-01 10:00,Kari Ødegård,phone,,,", "occurred_at: is more than a day in the future"),
        ("yesterday,Kari Ødegård,phone,,,", "occurred_at: 'yesterday' is not a date and time"),
        ("2026-02-03 10:00,Kari Ødegård,,,,", "channel: is empty; use one of: phone"),
        ("2026-02-03 10:00,Kari Ødegård,fax,maybe,,", "channel: 'fax' is not one of"),
    ],
)
def test_contact_rules(shop: Path, tmp_path: Path, row: str, expected: str) -> None:
    path = write_csv(
        tmp_path / "i.csv", f"occurred_at,customer,channel,status,resolved_first_contact,resolved_at\n{row}\n"
    )
    with pytest.raises(ImportRefused) as refused:
        import_csv("interactions", path)
    assert refused.value.lines()[0].startswith(f"{path}:2: {expected}")
    assert count("interaction") == 0


def test_two_customers_with_the_same_name_need_an_email(shop: Path, tmp_path: Path) -> None:
    twins = write_csv(
        tmp_path / "c.csv", "name,email\nOla Nordmann,ola1@example.no\nOla Nordmann,ola2@example.no\n"
    )
    import_csv("customers", twins)
    path = write_csv(
        tmp_path / "i.csv", "occurred_at,customer,channel\n2026-02-03 10:00,Ola Nordmann,phone\n"
    )
    with pytest.raises(ImportRefused, match="2 customers are called 'Ola Nordmann'; add customer_email"):
        import_csv("interactions", path)


def test_a_file_imported_twice_adds_nothing_the_second_time(shop: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "i.csv", "occurred_at,customer,channel,summary\n2026-02-03 10:00,Kari Ødegård,phone,Hi\n"
    )
    import_csv("interactions", path)
    again = import_csv("interactions", path)
    assert (again.counts.created, again.counts.unchanged) == (0, 1)
    assert count("interaction") == 1


def test_a_file_without_a_customer_column_is_refused(db: Path) -> None:
    with pytest.raises(CarebookError, match="lacks the column customer or customer_email"):
        import_csv("followups", FIXTURES / "followups_no_customer.csv")


def test_feedback_is_imported_with_kind_score_and_comment(shop: Path) -> None:
    result = import_csv("feedback", FIXTURES / "feedback_ok.csv")
    assert (result.counts.created, result.counts.new_customers) == (3, 1)
    assert rows(
        "SELECT c.name, f.kind, f.score, f.comment, f.received_at FROM feedback f "
        "JOIN customer c ON c.id = f.customer_id ORDER BY f.id"
    ) == [
        ("Kari Ødegård", "csat", 5, "Tusen takk!", "2026-02-05 08:00:00"),
        ("王芳", "nps", 9, 'Quote "inside" and, comma', "2026-02-06 08:30:00"),
        ("Jürgen Müller", "ces", 2, "", "2026-02-07 15:45:10"),
    ]
    assert rows("SELECT last_score_kind, last_score FROM customer WHERE name = 'Jürgen Müller'") == [
        ("ces", 2)
    ]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("csat,11", "score: CSAT scores go from 1 to 5, not 11"),
        ("nps,-1", "score: NPS scores go from 0 to 10, not -1"),
        ("ces,four", "score: 'four' is not a whole number from 1 to 7"),
        ("stars,4", "kind: 'stars' is not one of: csat, nps, ces"),
    ],
)
def test_feedback_scores_must_fit_their_kind(shop: Path, tmp_path: Path, row: str, expected: str) -> None:
    path = write_csv(
        tmp_path / "f.csv", f"received_at,customer,kind,score\n2026-02-05 09:00,Kari Ødegård,{row}\n"
    )
    with pytest.raises(ImportRefused) as refused:
        import_csv("feedback", path)
    assert refused.value.lines() == [f"{path}:2: {expected}"]


def test_followups_keep_local_due_dates_and_times(shop: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "f.csv",
        "due_on,due_time,customer,customer_email,assignee,note,priority,done_at\n"
        "2026-03-01,9:30,,kari@example.no,Tom,Call back,high,2026-02-28 16:00\n"
        "2026-03-02,,Jürgen Müller,,,Send invoice,,\n",
    )
    import_csv("followups", path)
    assert rows(
        "SELECT due_on, due_time, note, priority, done_at, origin, assignee_id IS NOT NULL FROM followup"
    ) == [
        ("2026-03-01", "09:30:00", "Call back", "high", "2026-02-28 15:00:00", "import", 1),
        ("2026-03-02", None, "Send invoice", "normal", None, "import", 0),
    ]
    assert rows("SELECT sum(open_followups) FROM customer") == [(1,)]


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("2026-02-30,,Kari Ødegård,", "due_on: '2026-02-30' is not a real date"),
        (",,Kari Ødegård,", "due_on: is empty"),
        ("2026-03-01,25:00,Kari Ødegård,", "due_time: '25:00' is not a time like 14:30"),
        ("2026-03-01,,Kari Ødegård,urgnet", "priority: 'urgnet' is not one of: normal, high"),
    ],
)
def test_followup_rules(shop: Path, tmp_path: Path, row: str, expected: str) -> None:
    path = write_csv(tmp_path / "f.csv", f"due_on,due_time,customer,priority\n{row}\n")
    with pytest.raises(ImportRefused) as refused:
        import_csv("followups", path)
    assert refused.value.lines()[0].startswith(f"{path}:2: {expected}")


def test_a_failure_half_way_through_writing_leaves_nothing_behind(
    shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot()
    path = write_csv(
        tmp_path / "i.csv",
        "occurred_at,customer,channel,staff\n2026-02-03 10:00,New Person,phone,New Staff\n",
    )
    real = bulk.record_changes
    calls = []

    def failing(batch_id: int, table_name: str, *args: object, **kwargs: object) -> None:
        calls.append(table_name)
        if table_name == "interaction":
            raise StorageError("The disk is full: free some space, then try again. Nothing was saved.")
        real(batch_id, table_name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("carebook.exchange.import_activity.record_changes", failing)
    monkeypatch.setattr("carebook.exchange.resolve.record_changes", failing)
    with pytest.raises(StorageError, match="disk is full"):
        import_csv("interactions", path)
    assert calls == ["customer", "staff", "interaction"]
    assert snapshot() == before
