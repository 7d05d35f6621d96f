"""The demo shop's customers: names in their own scripts, emails, valid GB phones, tags and habits."""

from __future__ import annotations

import bisect
import random
import re
from dataclasses import dataclass
from itertools import accumulate

from carebook import demo_data as data
from carebook.demo_clock import DemoClock
from carebook.text import fold

_NOT_EMAIL = re.compile(r"[^a-z0-9]+")
_NAME_ATTEMPTS = 20
_LANDLINE_CUSTOMERS = len(data.LANDLINES) * 1000  # drama ranges hold 1,000 numbers each
_TAG_CHANCE = {"vip": 0.08, "wholesale": 0.06, "newsletter": 0.3, "regular": 0.2, "trade": 0.04,
               "birthday club": 0.07}  # fmt: skip


@dataclass(frozen=True)
class Person:
    # name, name_key, company, email, phone, phone_e164, address, preferred_channel, notes, consent,
    # contact_every_days: the customer row up to created_at
    row: tuple[object, ...]
    tags: tuple[str, ...]
    created: int  # UTC epoch seconds
    created_day: int  # day index in the demo period (negative: before it)
    activity: float  # how often this customer gets in touch, 1.0 = average
    lapse_day: int | None  # last day index with contacts, for customers who went quiet
    preferred: str


def _ascii(text: str) -> str:
    return _NOT_EMAIL.sub("", fold(text))


def _phone(rng: random.Random, index: int, national: bool, offset: int) -> tuple[str, str]:
    """(as typed, E.164): a drama-range landline or a mobile, unique per customer index."""
    if index < _LANDLINE_CUSTOMERS and rng.random() < 0.3:
        area = data.LANDLINES[index % len(data.LANDLINES)]
        line = f"0{(offset + index // len(data.LANDLINES)) % 1000:03d}"
        digits = area.replace(" ", "") + line
        typed = f"0{area} {line}" if national else f"+44 {area} {line}"
    else:
        prefix = data.MOBILES[index % len(data.MOBILES)]
        number = f"{(offset * 7 + (index // len(data.MOBILES)) * 7919) % 1_000_000:06d}"
        digits = prefix + number
        style = rng.random()
        if not national or style < 0.15:
            typed = f"+44 {prefix} {number}"
        else:
            typed = f"0{prefix}{number}" if style < 0.3 else f"0{prefix} {number}"
    return typed, "+44" + digits


def _email(rng: random.Random, given: str, family: str, used: set[str]) -> str:
    style = rng.random()
    if style < 0.5:
        local = f"{given}.{family}"
    elif style < 0.7:
        local = f"{given}{family}"
    elif style < 0.85:
        local = f"{given[:1]}.{family}"
    else:
        local = f"{given}{rng.randint(1, 99)}"
    domain = rng.choice(data.EMAIL_DOMAINS)
    address, extra = f"{local}@{domain}", 1
    while address in used:
        extra += 1
        address = f"{local}{extra}@{domain}"
    used.add(address)
    return address


def make_customers(
    rng: random.Random, count: int, days: DemoClock, total_days: int, national: bool
) -> list[Person]:
    """``count`` customers; about half were customers before the period, the rest join during it."""
    cultures = list(data.CULTURES.values())
    weights = list(accumulate(culture[0] for culture in cultures))
    used: set[str] = set()
    names: set[str] = set()
    offset = rng.randrange(1_000_000)
    people = []
    for index in range(count):
        for _attempt in range(_NAME_ATTEMPTS):  # namesakes only once the name pools run out
            _, givens, families, family_first, separator = cultures[
                bisect.bisect(weights, rng.random() * weights[-1])
            ]
            given, given_roman, gender = rng.choice(givens)
            male, female, family_roman = rng.choice(families)
            family = female if gender == "f" else male
            name = f"{family}{separator}{given}" if family_first else f"{given} {family}"
            if name not in names:
                break
        names.add(name)
        tags = tuple(tag for tag, chance in _TAG_CHANCE.items() if rng.random() < chance)
        company = ""
        if "wholesale" in tags or "trade" in tags or rng.random() < 0.12:
            company = rng.choice(data.COMPANIES).format(family=family, given=given)
        email = ""
        if rng.random() < 0.85:
            email = _email(rng, given_roman or _ascii(given), family_roman or _ascii(family), used)
        phone, e164 = ("", "")
        if rng.random() < 0.8 or not email:
            phone, e164 = _phone(rng, index, national, offset)
        address = ""
        if rng.random() < 0.4:
            address = f"{rng.randint(1, 180)} {rng.choice(data.STREETS)}\n{rng.choice(data.TOWNS)}"
        notes = rng.choice(data.CUSTOMER_NOTES) if rng.random() < 0.12 else ""
        preferred = rng.choice(("phone", "email", "in_person", "sms")) if rng.random() < 0.3 else ""
        consent = "newsletter" in tags or rng.random() < 0.1
        every: int | None = None
        lapse: int | None = None
        created_day = -rng.randint(30, 1000) if rng.random() < 0.55 else rng.randrange(total_days)
        if rng.random() < 0.07:
            every = rng.choice((30, 60, 90))
            quiet_from = total_days - rng.randint(95, 200)
            if rng.random() < 0.5 and quiet_from > max(0, created_day) + 10:
                lapse = quiet_from  # not contacted for months although they asked to be
        created = days.start(created_day) + rng.randint(9 * 3600, 18 * 3600)
        row = (name, fold(name), company, email, phone, e164, address, preferred, notes, consent, every)
        activity = rng.lognormvariate(0.0, 0.8) / 1.377  # mean 1
        people.append(Person(row, tags, created, created_day, activity, lapse, preferred))
    return people
