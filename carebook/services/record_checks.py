"""Field checks shared by the contact, follow-up and feedback services.

Each check returns the cleaned value or raises ``ValidationError`` naming the field, so a form can show
the message beside it. Nothing here writes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from carebook import clock
from carebook.errors import NotFound, ValidationError
from carebook.integers import parse_int
from carebook.models import Customer, Interaction, Staff
from carebook.text import clean_text
from carebook.translation import _, number

MAX_MINUTES = 7 * 24 * 60  # a week: 10080
FUTURE_SLACK = timedelta(days=1)  # clocks on different seats may disagree a little
MAX_PAGE = 10_000


def require_customer(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == _as_id(customer_id, "customer"))
    if customer is None:
        raise NotFound(_("There is no customer with id {customer_id}.").format(customer_id=customer_id))
    return customer


def check_staff(staff_id: int | None, field: str = "staff") -> int | None:
    """``None`` stays None; otherwise the staff member must exist (inactive ones are accepted)."""
    if staff_id is None:
        return None
    number = _as_id(staff_id, field)
    if not Staff.select().where(Staff.id == number).exists():
        raise ValidationError(
            field, _("there is no staff member with id {staff_id}").format(staff_id=staff_id)
        )
    return number


def check_interaction(interaction_id: int | None, customer_id: int, field: str = "interaction") -> int | None:
    """``None`` stays None; otherwise the contact must exist and belong to ``customer_id``."""
    if interaction_id is None:
        return None
    number = _as_id(interaction_id, field)
    owner = Interaction.select(Interaction.customer).where(Interaction.id == number).scalar()
    if owner is None:
        raise ValidationError(
            field, _("there is no contact with id {interaction_id}").format(interaction_id=interaction_id)
        )
    if int(owner) != int(customer_id):
        raise ValidationError(
            field,
            _("contact {interaction_id} belongs to another customer").format(interaction_id=interaction_id),
        )
    return number


def _as_id(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, _("'{value}' is not a record id").format(value=value))
    return value


def instant(value: object, field: str, *, default_now: bool = True) -> datetime | None:
    """A naive UTC instant to the second; aware datetimes are converted; not over a day ahead."""
    if value is None:
        return clock.utc_now() if default_now else None
    if not isinstance(value, datetime):
        raise ValidationError(field, _("'{value}' is not a date and time").format(value=value))
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    value = value.replace(microsecond=0)
    if not 1900 <= value.year <= 2200:
        raise ValidationError(
            field, _("{value} is outside the years 1900 to 2200").format(value=f"{value:%Y-%m-%d}")
        )
    if value > clock.utc_now() + FUTURE_SLACK:
        raise ValidationError(field, _("is more than a day in the future"))
    return value


def local_date(value: object, field: str) -> date:
    """A shop-local calendar date, given as a ``date`` or as text ``YYYY-MM-DD``."""
    if isinstance(value, str):
        return clock.parse_date(value, field)
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValidationError(field, _("'{value}' is not a date like 2026-03-14").format(value=value))
    if not 1900 <= value.year <= 2200:
        raise ValidationError(field, _("{value} is outside the years 1900 to 2200").format(value=value))
    return value


def local_time(value: object, field: str) -> time | None:
    """An optional shop-local time of day, to the second; "" and None mean no time."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        value = clock.parse_time(value, field)
    if not isinstance(value, time) or value.tzinfo is not None:
        raise ValidationError(field, _("'{value}' is not a time like 14:30").format(value=value))
    return value.replace(microsecond=0)


def minutes(value: object, field: str) -> int | None:
    """Whole minutes from 0 to a week, or None when left empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = parse_int(value, field, expected=_("a whole number of minutes"))
    if not 0 <= number <= MAX_MINUTES:
        raise ValidationError(
            field,
            _("must be from 0 to {most} minutes (a week), not {number}").format(
                most=MAX_MINUTES, number=number
            ),
        )
    return number


def text(value: object, field: str, limit: int, *, multiline: bool = True) -> str:
    """Text without control characters, at most ``limit`` characters."""
    if value is not None and not isinstance(value, str):
        raise ValidationError(field, _("is not text"))
    cleaned = clean_text(value, multiline=multiline)
    if len(cleaned) > limit:
        raise ValidationError(
            field,
            _("is {length} characters long; the limit is {limit}").format(
                length=number(len(cleaned)), limit=number(limit)
            ),
        )
    return cleaned


def flag(value: object, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    raise ValidationError(field, _("'{value}' is not yes or no").format(value=value))


def paging(offset: int, limit: int) -> tuple[int, int]:
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError(
            "offset", _("'{offset}' is not a row number of 0 or more").format(offset=offset)
        )
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise ValidationError(
            "limit",
            _("'{limit}' is not a page size from 1 to {most}").format(limit=limit, most=MAX_PAGE),
        )
    return offset, limit
