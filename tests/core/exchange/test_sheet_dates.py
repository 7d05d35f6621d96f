"""Contact logs saved again by a spreadsheet: dates in the forms Excel writes in each country, read in the
shop's day/month order, and the words people type for channels, reasons, directions, statuses and kinds."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from carebook import settings
from carebook.cli import main
from carebook.errors import ValidationError
from carebook.exchange import sheet_dates, value_synonyms
from carebook.exchange.importer import ImportRefused, import_csv
from carebook.vocab import CHANNELS, DIRECTIONS, FEEDBACK_KINDS, PRIORITIES, REASONS, STATUSES
from tests.core.exchange.support import count, rows, write_csv

HEADER = "occurred_at,customer,channel,direction,reason,summary,status\n"


def _shop(country: str, zone: str = "UTC", order: str = "") -> None:
    settings.update(phone_region=country, time_zone=zone, date_order=order)


@pytest.mark.parametrize(
    ("country", "order"),
    [("US", "mdy"), ("CA", "mdy"), ("PH", "mdy"), ("GB", "dmy"), ("NO", "dmy"), ("DE", "dmy"),
     ("FR", "dmy"), ("BR", "dmy"), ("PL", "dmy"), ("SE", "dmy"), ("AU", "dmy")],
)  # fmt: skip
def test_the_day_month_order_comes_from_the_country(country: str, order: str) -> None:
    assert sheet_dates.country_order(country) == order


def test_a_country_babel_does_not_know_reads_day_first() -> None:
    assert sheet_dates.country_order("AQ") == "dmy"


@pytest.mark.parametrize(
    ("country", "cell", "expected"),
    [
        ("NO", "03.11.2026 14:05", datetime(2026, 11, 3, 14, 5)),  # Norwegian and German Excel
        ("DE", "3.11.2026 14:05:30", datetime(2026, 11, 3, 14, 5, 30)),
        ("US", "03.11.2026 14:05", datetime(2026, 11, 3, 14, 5)),  # dots are day first everywhere
        ("GB", "03/11/2026 14:05", datetime(2026, 11, 3, 14, 5)),
        ("US", "11/3/2026 2:05 PM", datetime(2026, 11, 3, 14, 5)),  # American Excel
        ("US", "11/3/26 2:05 pm", datetime(2026, 11, 3, 14, 5)),
        ("US", "11/3/26 12:30 AM", datetime(2026, 11, 3, 0, 30)),
        ("US", "11/3/2026", datetime(2026, 11, 3)),
        ("NL", "03-11-2026 14:05", datetime(2026, 11, 3, 14, 5)),  # Dutch
        ("GB", "2026/11/03 14:05", datetime(2026, 11, 3, 14, 5)),  # year first
        ("GB", "45658", datetime(2025, 1, 1)),  # Excel's day number, a cell formatted as General
        ("GB", "45658.5", datetime(2025, 1, 1, 12)),
        ("GB", "45658,75", datetime(2025, 1, 1, 18)),
    ],
)
def test_spreadsheet_forms_are_read(db: Path, country: str, cell: str, expected: datetime) -> None:
    _shop(country)
    assert sheet_dates.parse(cell, "occurred_at") == expected


def test_carebook_s_own_form_and_iso_are_left_to_carebook_s_reader(db: Path) -> None:
    _shop("GB")
    assert sheet_dates.parse("2026-11-03 14:05", "occurred_at") is None
    assert sheet_dates.parse("2026-11-03T14:05:00+01:00", "occurred_at") is None
    assert sheet_dates.parse("tomorrow", "occurred_at") is None


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("31.02.2026 10:00", "'31.02.2026 10:00' is not a real date"),
        ("03.11.2026 25:00", "'03.11.2026 25:00' is not a real time"),
        ("11/3/26 13:05 PM", "'11/3/26 13:05 PM' is not a real time"),
        ("99/99/9999", "'99/99/9999' is not a real date"),
    ],
)
def test_impossible_dates_and_times_are_refused_plainly(db: Path, cell: str, message: str) -> None:
    _shop("GB")
    with pytest.raises(ValidationError) as refused:
        sheet_dates.parse(cell, "occurred_at")
    assert refused.value.errors == {"occurred_at": message}


def test_a_month_first_file_in_a_day_first_shop_is_refused_naming_the_order_and_the_fix(
    db: Path, tmp_path: Path
) -> None:
    _shop("GB", "Europe/London")
    path = write_csv(
        tmp_path / "us.csv",
        HEADER + "11/03/2026 09:00,Ann Lee,phone,,,,\n" + "11/25/2026 09:00,Ann Lee,phone,,,,\n",
    )

    with pytest.raises(ImportRefused) as refused:
        import_csv("interactions", path)

    assert refused.value.lines()[0] == (
        f"{path}:3: occurred_at: '11/25/2026 09:00' is not a date read day/month/year (the order from the "
        "shop's country, GB); it reads as month/day/year. If the file's dates are month/day/year, set the "
        "shop's date order (carebook settings date_order mdy, or Settings in the app) and import again"
    )
    assert count("interaction") == 0  # nothing of the file was taken

    settings.update(date_order="mdy")
    assert import_csv("interactions", path).counts.created == 2
    assert rows("SELECT occurred_at FROM interaction ORDER BY id") == [
        ("2026-11-03 09:00:00",),  # GMT in November
        ("2026-11-25 09:00:00",),
    ]


def test_a_norwegian_excel_contact_log_imports_in_shop_time(db: Path, tmp_path: Path) -> None:
    _shop("NO", "Europe/Oslo")
    path = write_csv(
        tmp_path / "kontakter.csv",
        "occurred_at;customer;channel;direction;reason;summary;status\n"
        "03.11.2026 14:05;Kari Nordmann;Telefon;Innkommende;Spørsmål;Åpningstider;Løst\n"
        "04.11.2026 09:30;Kari Nordmann;E-post;Utgående;Reklamasjon;Svar sendt;Åpen\n",
        bom=True,
        crlf=True,
    )

    assert import_csv("interactions", path).counts.created == 2
    assert rows("SELECT occurred_at, channel, direction, reason, status FROM interaction ORDER BY id") == [
        ("2026-11-03 13:05:00", "phone", "inbound", "inquiry", "resolved"),  # 14:05 in Oslo is 13:05 UTC
        ("2026-11-04 08:30:00", "email", "outbound", "complaint", "open"),
    ]


def test_follow_up_dates_and_times_as_american_excel_writes_them(db: Path, tmp_path: Path) -> None:
    _shop("US", "America/New_York")
    path = write_csv(
        tmp_path / "f.csv",
        "due_on,due_time,customer,note,priority\n3/14/2026,2:30 PM,Ann Lee,Call back,Urgent\n",
    )

    assert import_csv("followups", path).counts.created == 1
    assert rows("SELECT due_on, due_time, priority FROM followup") == [("2026-03-14", "14:30:00", "high")]


@pytest.mark.parametrize(
    ("typed", "allowed", "stored"),
    [
        ("e-mail", CHANNELS, "email"),
        ("E-Mail", CHANNELS, "email"),
        ("Walk-in", CHANNELS, "in_person"),
        ("walk in", CHANNELS, "in_person"),
        ("Facebook", CHANNELS, "social"),
        ("instagram", CHANNELS, "social"),
        ("WhatsApp", CHANNELS, "chat"),
        ("Telefon", CHANNELS, "phone"),
        ("téléphone", CHANNELS, "phone"),
        ("Teléfono", CHANNELS, "phone"),
        ("osobiście", CHANNELS, "in_person"),
        ("Self-service", CHANNELS, "self_service"),
        ("Réclamation", REASONS, "complaint"),
        ("Beschwerde", REASONS, "complaint"),
        ("Rücksendung", REASONS, "order_return"),
        ("Order / return", REASONS, "order_return"),
        ("Rechnung", REASONS, "billing"),
        ("pregunta", REASONS, "inquiry"),
        ("Eingehend", DIRECTIONS, "inbound"),
        ("utgående", DIRECTIONS, "outbound"),
        ("erledigt", STATUSES, "resolved"),
        ("Closed", STATUSES, "resolved"),
        ("satisfaction", FEEDBACK_KINDS, "csat"),
        ("Effort", FEEDBACK_KINDS, "ces"),
        ("hoch", PRIORITIES, "high"),
    ],
)
def test_words_people_type_name_the_stored_value(typed: str, allowed: tuple[str, ...], stored: str) -> None:
    assert value_synonyms.stored_value(typed, allowed) == stored


def test_no_word_names_two_values_of_one_vocabulary() -> None:
    for allowed, values in value_synonyms._WORDS.items():
        seen: dict[str, str] = {}
        for value, words in values.items():
            assert value in allowed
            for word in words.split(","):
                folded = value_synonyms.fold(word)
                assert seen.setdefault(folded, value) == value, f"{word!r}: {seen[folded]} and {value}"


def test_typos_are_still_refused_with_the_allowed_values(db: Path, tmp_path: Path) -> None:
    _shop("GB")
    path = write_csv(tmp_path / "t.csv", HEADER + "2026-11-03 09:00,Ann Lee,emial,,,,\n")

    with pytest.raises(ImportRefused) as refused:
        import_csv("interactions", path)

    assert refused.value.lines()[0] == (
        f"{path}:2: channel: 'emial' is not one of: phone, email, in_person, social, sms, chat, self_service"
    )


def test_the_date_order_setting_is_checked(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "settings", "date_order", "mdy"]) == 0
    assert settings.get("date_order") == "mdy"
    assert main(["--db", str(db), "settings", "date_order", "middle-endian"]) == 1
    assert "is not a date order: dmy (day first), mdy (month first)" in capsys.readouterr().err
    assert settings.get("date_order") == "mdy"


@hypothesis_settings(max_examples=300, deadline=None)
@given(st.text(max_size=40) | st.from_regex(r"\d{1,5}[./-]\d{1,3}[./-]\d{1,5}( \d{1,3}:\d{1,3}( [AP]M)?)?"))
def test_any_cell_is_read_or_refused_plainly(cell: str) -> None:
    try:
        sheet_dates.parse(cell, "occurred_at")
    except ValidationError as error:
        assert list(error.errors) == ["occurred_at"]


def test_the_wizard_is_told_how_a_cell_is_read(db: Path) -> None:
    from carebook.exchange.values import reading

    _shop("NO")
    assert reading("occurred_at", "03.11.2026 14:05") == "2026-11-03 14:05"
    assert reading("due_on", "14.03.2026") == "2026-03-14"
    assert reading("due_time", "2:30 PM") == "14:30"
    assert reading("channel", "E-post") == "email"
    assert reading("channel", "email") == ""  # taken as written
    assert reading("occurred_at", "2026-11-03 14:05") == ""
    assert reading("occurred_at", "31.02.2026") == ""  # bad: the check says why
    assert reading("summary", "E-post") == ""
