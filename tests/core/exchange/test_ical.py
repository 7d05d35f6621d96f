"""iCalendar export of open follow-ups: parses back, stable UIDs, alarms, the shop's zone, no attendees."""

from __future__ import annotations

import stat
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from carebook import settings
from carebook.errors import NotFound
from carebook.exchange import ical
from carebook.services import customers, followups, staff


@pytest.fixture
def shop(db: Path) -> dict[str, int]:
    settings.update(time_zone="Europe/Oslo")
    kari = customers.create("Kari Nordmann", email="kari@example.com").row.id
    per = customers.create("Per Lie").row.id
    gone = customers.create("In The Trash").row.id
    ola = staff.add("Ola").id
    siri = staff.add("Siri").id
    timed = followups.create(
        kari, due_on=date(2026, 3, 14), due_time=time(9, 30), note="Ring about the teapot", assignee_id=ola,
        priority="high",
    ).id  # fmt: skip
    all_day = followups.create(per, due_on=date(2026, 7, 1), note="Send a card", assignee_id=siri).id
    done = followups.create(kari, due_on=date(2026, 3, 1), note="Done already").id
    followups.complete(done)
    followups.create(gone, due_on=date(2026, 3, 2), note="Trashed customer")
    customers.trash([gone])
    return {"kari": kari, "per": per, "timed": timed, "all_day": all_day}


def _events(path: Path) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return {str(event["uid"]): event for event in calendar.walk("VEVENT")}


def test_open_followups_become_events_with_alarms_in_the_shops_zone(
    shop: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "f.ics"
    result = ical.export_ics(target)
    assert (result.events, result.zone) == (2, "Europe/Oslo")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    events = _events(target)
    timed = events[f"followup-{shop['timed']}@org.carebook.Carebook"]
    start = timed.decoded("dtstart")
    assert start == datetime(2026, 3, 14, 9, 30, tzinfo=ZoneInfo("Europe/Oslo"))
    assert timed["dtstart"].params["TZID"] == "Europe/Oslo"
    assert timed.decoded("duration") == timedelta(minutes=30)
    assert str(timed["summary"]) == "Follow up: Kari Nordmann"
    assert "Ring about the teapot" in str(timed["description"]) and "Assigned to: Ola" in str(
        timed["description"]
    )
    assert int(timed["priority"]) == 1
    (alarm,) = timed.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(minutes=-15) and str(alarm["action"]) == "DISPLAY"
    all_day = events[f"followup-{shop['all_day']}@org.carebook.Carebook"]
    assert all_day.decoded("dtstart") == date(2026, 7, 1) and all_day.decoded("dtend") == date(2026, 7, 2)
    (alarm,) = all_day.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(hours=9)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
    assert calendar.get_missing_tzids() == set()


def test_the_customer_is_never_an_attendee(shop: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "f.ics"
    ical.export_ics(target)
    text = target.read_bytes().decode("utf-8")
    assert "ATTENDEE" not in text and "ORGANIZER" not in text and "mailto:" not in text
    assert "kari@example.com" not in text
    assert text.count("Kari Nordmann") == 3  # summary, description and the alarm's text


def test_uids_are_stable_between_exports(shop: dict[str, int], tmp_path: Path) -> None:
    ical.export_ics(tmp_path / "a.ics")
    followups.create(shop["per"], due_on=date(2026, 8, 1), note="Another")
    ical.export_ics(tmp_path / "b.ics")
    first, second = _events(tmp_path / "a.ics"), _events(tmp_path / "b.ics")
    assert set(first) < set(second) and len(second) == 3


def test_one_staff_members_followups(shop: dict[str, int], tmp_path: Path) -> None:
    result = ical.export_ics(tmp_path / "siri.ics", "siri")
    assert result.events == 1
    assert list(_events(tmp_path / "siri.ics")) == [f"followup-{shop['all_day']}@org.carebook.Carebook"]
    calendar = icalendar.Calendar.from_ical((tmp_path / "siri.ics").read_bytes())
    assert str(calendar["x-wr-calname"]) == "Carebook follow-ups: Siri"
    with pytest.raises(NotFound, match="no staff member called 'Nobody'"):
        ical.export_ics(tmp_path / "x.ics", "Nobody")
    assert not (tmp_path / "x.ics").exists()


def test_without_a_named_zone_times_are_written_in_utc(
    shop: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.update(time_zone="")
    monkeypatch.setattr(ical, "_machine_zone_name", lambda: "")
    result = ical.export_ics(tmp_path / "f.ics")
    assert result.zone == "UTC"
    text = (tmp_path / "f.ics").read_text(encoding="utf-8")
    assert "VTIMEZONE" not in text
    timed = _events(tmp_path / "f.ics")[f"followup-{shop['timed']}@org.carebook.Carebook"]
    start = timed.decoded("dtstart")
    assert start.utcoffset() == timedelta(0)
    local = start.astimezone().replace(tzinfo=None)
    assert local == datetime(2026, 3, 14, 9, 30)


def test_an_empty_calendar_is_still_valid(db: Path, tmp_path: Path) -> None:
    assert ical.export_ics(tmp_path / "f.ics").events == 0
    calendar = icalendar.Calendar.from_ical((tmp_path / "f.ics").read_bytes())
    assert calendar.walk("VEVENT") == []


@pytest.fixture
def french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    from carebook import i18n
    from tests.core import tmp_catalogue

    tmp_catalogue.install(
        monkeypatch,
        tmp_path / "core",
        "fr",
        "Français",
        {
            "Follow up: {0}": "Relancer : {0}",
            "Assigned to: {0}": "Attribué à : {0}",
            "High priority": "Priorité haute",
            "Customer: {0} (Carebook customer #{1})": "Client : {0} (client Carebook n° {1})",
            "{0} follow-ups": "Relances de {0}",
            "{0}: {1}": "{0} : {1}",
        },
    )
    yield
    i18n.language.cache_clear()


def test_the_event_texts_are_in_the_shops_language(shop: dict[str, int], tmp_path: Path, french) -> None:  # type: ignore[no-untyped-def]
    settings.update(report_language="fr", shop_name="Tekanne")
    target = tmp_path / "fr.ics"
    ical.export_ics(target, "Ola")
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert str(calendar["x-wr-calname"]) == "Relances de Tekanne : Ola"
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Relancer : Kari Nordmann"
    description = str(event["description"])
    assert "Attribué à : Ola" in description and "Priorité haute" in description
    assert f"Client : Kari Nordmann (client Carebook n° {shop['kari']})" in description
    assert str(event.walk("VALARM")[0]["description"]) == "Relancer : Kari Nordmann"
    settings.update(report_language="en")
    ical.export_ics(target, force=True)
    assert "Follow up: Kari Nordmann" in target.read_text(encoding="utf-8")
