"""The open follow-ups as an iCalendar file (``.ics``) for any calendar app, all or one person's.

Each open follow-up of a customer outside the trash becomes a VEVENT with
- ``UID:followup-<id>@<app id>``, stable, so importing a newer file updates the events instead of
  doubling them;
- a start in the shop's time zone (``DTSTART;TZID=...`` with the zone's VTIMEZONE, built from the IANA
  database by ``ical_zone``: every onset of the years from the year before the first follow-up to the
  year after the last), lasting ``DURATION``; a follow-up without a time is an all-day event;
- a VALARM: 15 minutes before a timed follow-up, at 09:00 on the day of an all-day one.

The customer's name appears only in the text (SUMMARY and DESCRIPTION), never as an attendee or
organizer: a calendar app must not offer to send the customer an invitation. The texts are in the shop's
language (``report_language``), like the monthly PDF. When the shop's zone has
no IANA name (the machine's zone on a system that does not tell it), times are written in UTC.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from carebook import APP_ID, APP_NAME, __version__, clock, safe_write, settings, shop_language
from carebook.db import reads
from carebook.errors import CarebookError
from carebook.exchange.ical_zone import vtimezone
from carebook.i18n import _
from carebook.models import Customer, Followup
from carebook.query_rows import tuple_rows
from carebook.services import followup_rows, staff
from carebook.services.followup_rows import FollowupRow

DURATION = timedelta(minutes=30)
TIMED_ALARM = timedelta(minutes=-15)
ALL_DAY_ALARM = timedelta(hours=9)  # from the start of the day: 09:00
_PRIORITY = {"high": 1, "normal": 5}


@dataclass(frozen=True)
class IcsExport:
    path: Path
    events: int
    zone: str  # the IANA zone the times are in ("UTC" when the shop's zone has no name)


def _machine_zone_name() -> str:
    """The IANA name of this computer's zone, when the system tells it; "" otherwise."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    with contextlib.suppress(OSError):
        target = os.readlink("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    for name in candidates:
        if name and not name.startswith("/"):
            with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
                ZoneInfo(name)
                return name
    return ""


def shop_zone() -> ZoneInfo | None:
    """The shop's zone as a named zone, or None when it has no IANA name."""
    name = settings.get("time_zone") or _machine_zone_name()
    try:
        return ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _start(row: FollowupRow, zone: tzinfo | None) -> date | datetime:
    if row.due_time is None:
        return row.due_on
    local = datetime.combine(row.due_on, row.due_time.replace(microsecond=0))
    if zone is None:
        return clock.to_utc(local).replace(tzinfo=UTC)
    return local.replace(tzinfo=zone)


def _event(row: FollowupRow, zone: tzinfo | None, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"followup-{row.id}@{APP_ID}")
    event.add("dtstamp", stamp)
    start = _start(row, zone)
    event.add("dtstart", start)
    if isinstance(start, datetime):
        event.add("duration", DURATION)
    else:
        event.add("dtend", start + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    summary = _("Follow up: {0}").format(row.customer_name)
    event.add("summary", summary)
    details = [row.note] if row.note else []
    if row.assignee_name:
        details.append(_("Assigned to: {0}").format(row.assignee_name))
    if row.priority == "high":
        details.append(_("High priority"))
    details.append(_("Customer: {0} (Carebook customer #{1})").format(row.customer_name, row.customer_id))
    event.add("description", "\n".join(details))
    event.add("priority", _PRIORITY.get(row.priority, 5))
    event.add("categories", [APP_NAME])
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", TIMED_ALARM if isinstance(start, datetime) else ALL_DAY_ALARM)
    event.add_component(alarm)
    return event


def _open_followups(staff_id: int | None) -> list[FollowupRow]:
    query = followup_rows.select().where(
        Followup.done_at.is_null() & Customer.deleted_at.is_null() & Customer.erased_at.is_null()
    )
    if staff_id is not None:
        query = query.where(Followup.assignee == staff_id)
    now_local = clock.local_now()
    rows = [
        followup_rows.to_row(values, now_local)
        for values in tuple_rows(query.order_by(Followup.due_on, Followup.id))
    ]
    return rows


def calendar(staff_name: str | None = None) -> tuple[icalendar.Calendar, int, str]:
    """The calendar of open follow-ups (one staff member's when named), its event count and zone; its
    texts in the shop's language (``shop_language``: the report's)."""
    with shop_language.using():
        return _calendar(staff_name)


def _calendar(staff_name: str | None) -> tuple[icalendar.Calendar, int, str]:
    member = staff.get_by_name(staff_name) if staff_name else None
    rows = _open_followups(member.id if member else None)
    zone = shop_zone()
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//{APP_NAME}//{APP_NAME} {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    shop = settings.get("shop_name") or APP_NAME
    name = _("{0} follow-ups").format(shop)
    cal.add("x-wr-calname", _("{0}: {1}").format(name, member.name) if member else name)
    if zone is not None:
        cal.add("x-wr-timezone", zone.key)
    stamp = clock.utc_now().replace(tzinfo=UTC)
    for row in rows:
        cal.add_component(_event(row, zone, stamp))
    if rows and zone is not None:
        first = min(row.due_on for row in rows)
        last = max(row.due_on for row in rows)
        cal.add_component(vtimezone(zone, date(first.year - 1, 1, 1), date(last.year + 1, 12, 31)))
    return cal, len(rows), zone.key if zone is not None else "UTC"


@reads
def export_ics(
    path: str | os.PathLike[str], staff_name: str | None = None, *, force: bool = False
) -> IcsExport:
    """Write the open follow-ups (all, or ``staff_name``'s) to ``path`` as iCalendar, owner-only, through
    ``safe_write`` (an existing file only with ``force``; never a database or backup)."""
    target = Path(path)
    if target.is_dir():
        raise CarebookError(_("{target}: is a folder; give a file name ending in .ics").format(target=target))
    if not target.parent.is_dir():
        raise CarebookError(
            _("{target}: the folder {parent} does not exist").format(target=target, parent=target.parent)
        )
    cal, count, zone = calendar(staff_name)
    data = cal.to_ical()
    with safe_write.atomic_write(target, force=force) as handle:
        handle.write(data)
    return IcsExport(target, count, zone)
