"""Creating, editing, finding and trashing customers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from carebook.clock import utc_now
from carebook.db import atomic
from carebook.errors import CarebookError, NotFound, ValidationError
from carebook.models import Customer, CustomerTag, Feedback, Followup, Interaction, Tag
from carebook.services import customer_stats, customers

pytestmark = pytest.mark.usefixtures("db")


def _count() -> int:
    return Customer.select().count()


def test_create_stores_every_field_and_returns_a_plain_row() -> None:
    saved = customers.create(
        "  Zoë Ødegård ",
        company="Fjord AS",
        email="Zoe@Example.COM",
        phone="020 7946 0018",
        address="1 High Street\nLondon",
        preferred_channel="In person",
        notes="Likes tea.\nAllergic to nuts.",
        consent_marketing=True,
        contact_every_days=30,
        tags=["VIP", "wholesale"],
    )
    row = saved.row
    assert saved.warnings == ()
    assert row.name == "Zoë Ødegård"
    assert row.company == "Fjord AS"
    assert row.email == "Zoe@example.com"  # domain lower-cased, local part as typed
    assert (row.phone, row.phone_e164) == ("020 7946 0018", "+442079460018")
    assert row.address == "1 High Street\nLondon"
    assert row.preferred_channel == "in_person"
    assert row.notes == "Likes tea.\nAllergic to nuts."
    assert row.consent_marketing is True
    assert row.contact_every_days == 30
    assert row.tags == ("VIP", "wholesale")
    assert row.deleted_at is None and row.erased_at is None and row.last_contact_at is None
    assert (row.open_followups, row.open_contacts, row.last_score_kind, row.last_score) == (0, 0, "", None)
    assert isinstance(row.created_at, datetime) and row.created_at.tzinfo is None
    assert abs(row.created_at - utc_now()) < timedelta(seconds=5)
    assert row.updated_at == row.created_at
    assert Customer.get_by_id(row.id).name_key == "zoe odegard"
    assert customers.get(row.id) == row


def test_defaults_are_empty() -> None:
    row = customers.create("Sam").row
    assert (row.company, row.email, row.phone, row.phone_e164, row.address) == ("", "", "", "", "")
    assert (row.preferred_channel, row.notes, row.consent_marketing) == ("", "", False)
    assert (row.contact_every_days, row.tags) == (None, ())


@pytest.mark.parametrize("name", ["", "   ", "\x00\x01\x02", "\t\n", None])
def test_a_name_is_required(name: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        customers.create(name)  # type: ignore[arg-type]
    assert caught.value.errors == {"name": "is required"}
    assert _count() == 0


@pytest.mark.parametrize(
    "typed",
    [
        "🌸 Hana Tanaka 🌸",
        "مريم الحسن",  # Arabic, right to left
        "דוד כהן",  # Hebrew
        "山田 太郎",
        "김민준",
        "Ἀριστοτέλης",
        "Zoe\u0308 Nai\u0308ve",  # decomposed accents stay decomposed
        "O'Brien-Smith, Jr.",
        "=cmd|' /C calc'!A0",  # formula-looking text is data here; CSV export guards it
        "👩🏽‍⚕️ Dr. Amara",  # emoji with skin tone and zero-width joiner
    ],
)
def test_names_in_any_script_are_stored_exactly_as_typed(typed: str) -> None:
    row = customers.create(typed).row
    assert row.name == typed
    assert customers.get(row.id).name == typed


def test_control_characters_are_stripped_and_line_breaks_become_spaces_in_one_line_fields() -> None:
    row = customers.create("An\x00na\x07 Smith", company="Ac\x1bme\nLtd", notes="line 1\x00\nline 2").row
    assert row.name == "Anna Smith"
    assert row.company == "Acme Ltd"
    assert row.notes == "line 1\nline 2"  # notes keep their lines


def test_spaces_inside_a_name_are_kept() -> None:
    assert customers.create("Mary  Ann").row.name == "Mary  Ann"


def test_unpaired_surrogates_cannot_be_stored_and_are_dropped() -> None:
    assert customers.create("Bad\ud800 Text").row.name == "Bad Text"


def test_name_and_company_hold_200_characters() -> None:
    row = customers.create("N" * 200, company="C" * 200).row
    assert (len(row.name), len(row.company)) == (200, 200)
    with pytest.raises(ValidationError) as caught:
        customers.create("N" * 250, company="C" * 201)
    assert caught.value.errors == {
        "name": "is 250 characters long; the most is 200",
        "company": "is 201 characters long; the most is 200",
    }
    assert _count() == 1


def test_notes_hold_a_million_characters() -> None:
    row = customers.create("Long notes", notes="x" * 1_000_000).row
    assert len(customers.get(row.id).notes) == 1_000_000
    with pytest.raises(ValidationError) as caught:
        customers.create("Too long", notes="x" * 1_000_001)
    assert set(caught.value.errors) == {"notes"}


def test_an_invalid_email_is_refused_naming_the_field_and_nothing_is_written() -> None:
    with pytest.raises(ValidationError) as caught:
        customers.create("Ann", email="ann.example.com", tags=["VIP"])
    assert caught.value.field == "email"
    assert "'ann.example.com' is not a valid email address" in caught.value.errors["email"]
    assert _count() == 0
    assert Tag.select().count() == 0  # not even the tag


def test_every_bad_field_is_reported_at_once() -> None:
    with pytest.raises(ValidationError) as caught:
        customers.create(
            "  ",
            email="nope",
            preferred_channel="fax",
            contact_every_days=0,
            consent_marketing="maybe",  # type: ignore[arg-type]
            tags=["ok", "x" * 51],
        )
    assert set(caught.value.errors) == {
        "name",
        "email",
        "preferred_channel",
        "contact_every_days",
        "consent_marketing",
        "tags",
    }
    assert "fax" in caught.value.errors["preferred_channel"]
    assert _count() == 0


def test_an_invalid_phone_is_kept_as_typed_with_a_warning() -> None:
    saved = customers.create("Ann", phone=" 12 ")
    assert saved.row.phone == "12"
    assert saved.row.phone_e164 == ""
    assert saved.warnings == ("'12' is not a valid number for GB; kept as typed",)
    assert customers.create("Bo", phone="call me").warnings == (
        "'call me' does not look like a phone number; it was kept as typed",
    )


@pytest.mark.parametrize(
    "typed",
    [
        "020 7946 0018",
        "02079460018",
        "(020) 7946-0018",
        "+44 20 7946 0018",
        "0044 20 7946 0018",
        "+44 (0)20 7946 0018",
    ],
)
def test_gb_numbers_in_any_format_get_the_same_e164(typed: str) -> None:
    saved = customers.create("Ann", phone=typed)
    assert saved.row.phone == typed
    assert saved.row.phone_e164 == "+442079460018"
    assert saved.warnings == ()


def test_a_foreign_number_with_its_country_code_is_valid() -> None:
    assert customers.create("Joe", phone="+1 212-555-0100").row.phone_e164 == "+12125550100"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("email", "email"), ("In person", "in_person"), ("self-service", "self_service"), ("", ""), ("  ", "")],
)
def test_preferred_channel_is_one_of_the_channels_or_nothing(typed: str, stored: str) -> None:
    assert customers.create("Ann", preferred_channel=typed).row.preferred_channel == stored


@pytest.mark.parametrize(
    ("typed", "stored"), [(1, 1), (3650, 3650), ("14", 14), (7.0, 7), (None, None), ("", None)]
)
def test_contact_every_days_accepts_whole_days(typed: object, stored: int | None) -> None:
    assert customers.create("Ann", contact_every_days=typed).row.contact_every_days == stored  # type: ignore[arg-type]


@pytest.mark.parametrize("typed", [0, -5, 3651, 2.5, "two", "1e3", True])
def test_contact_every_days_refuses_anything_else(typed: object) -> None:
    with pytest.raises(ValidationError) as caught:
        customers.create("Ann", contact_every_days=typed)  # type: ignore[arg-type]
    assert caught.value.errors == {
        "contact_every_days": f"'{typed}' is not a whole number of days from 1 to 3650",
    }


@pytest.mark.parametrize(
    ("typed", "stored"), [(True, True), (False, False), ("yes", True), ("No", False), (1, True)]
)
def test_marketing_consent_is_yes_or_no(typed: object, stored: bool) -> None:
    assert customers.create("Ann", consent_marketing=typed).row.consent_marketing is stored  # type: ignore[arg-type]


def test_tags_are_sorted_case_insensitively_without_duplicates_and_reuse_existing_spellings() -> None:
    customers.create("First", tags=["VIP"])
    row = customers.create("Second", tags=["zebra", "vip", "Apple", " VIP ", "", "banana"]).row
    assert row.tags == ("Apple", "banana", "VIP", "zebra")
    assert Tag.select().count() == 4


def test_created_at_can_be_given_naive_utc_or_aware() -> None:
    naive = customers.create("Old", created_at=datetime(2024, 5, 1, 8, 30, 15, 999)).row
    assert naive.created_at == datetime(2024, 5, 1, 8, 30, 15)
    oslo_summer = timezone(timedelta(hours=2))
    aware = customers.create("Aware", created_at=datetime(2024, 5, 1, 10, 30, tzinfo=oslo_summer)).row
    assert aware.created_at == datetime(2024, 5, 1, 8, 30)
    with pytest.raises(ValidationError) as caught:
        customers.create("Bad", created_at="2024-05-01")  # type: ignore[arg-type]
    assert caught.value.field == "created_at"


def test_update_changes_only_the_given_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    original = customers.create(
        "Ann", company="Acme", email="ann@example.com", phone="020 7946 0018", tags=["VIP"]
    ).row
    later = original.updated_at + timedelta(hours=1)
    monkeypatch.setattr(customers, "utc_now", lambda: later)
    saved = customers.update(original.id, company="Beta", notes="Moved offices")
    assert saved.warnings == ()
    row = saved.row
    assert (row.company, row.notes) == ("Beta", "Moved offices")
    assert (row.name, row.email, row.phone_e164, row.tags) == (
        "Ann",
        "ann@example.com",
        "+442079460018",
        ("VIP",),
    )
    assert row.created_at == original.created_at
    assert row.updated_at == later


def test_update_renames_with_a_new_sort_key_and_replaces_tags() -> None:
    row = customers.create("Ann", tags=["VIP", "Old"]).row
    updated = customers.update(row.id, name="Ärla Östberg", tags=["new", "vip"]).row
    assert updated.name == "Ärla Östberg"
    assert Customer.get_by_id(row.id).name_key == "arla ostberg"
    assert updated.tags == ("new", "VIP")


def test_update_warns_about_an_invalid_phone_and_can_clear_fields() -> None:
    row = customers.create("Ann", phone="020 7946 0018", email="ann@example.com").row
    saved = customers.update(row.id, phone="555", email="")
    assert (saved.row.phone, saved.row.phone_e164, saved.row.email) == ("555", "", "")
    assert saved.warnings == ("'555' is not a valid number for GB; kept as typed",)


def test_a_refused_update_changes_nothing() -> None:
    row = customers.create("Ann", email="ann@example.com", tags=["VIP"]).row
    with pytest.raises(ValidationError) as caught:
        customers.update(row.id, name="", email="bad@", company="New", tags=["fine"])
    assert set(caught.value.errors) == {"name", "email"}
    assert customers.get(row.id) == row


def test_update_refuses_unknown_fields_missing_customers_and_erased_ones() -> None:
    row = customers.create("Ann").row
    with pytest.raises(TypeError):
        customers.update(row.id, nickname="Annie")
    with pytest.raises(NotFound, match=r"There is no customer number 999\."):
        customers.update(999, name="Bo")
    Customer.update(erased_at=utc_now()).where(Customer.id == row.id).execute()
    with pytest.raises(CarebookError, match="erased"):
        customers.update(row.id, name="Back again")


def test_get_and_get_many() -> None:
    a = customers.create("A").row
    b = customers.create("B").row
    with pytest.raises(NotFound, match=r"There is no customer number 42\."):
        customers.get(42)
    assert customers.get_many([b.id, 42, a.id, b.id]) == (b, a)
    assert customers.get_many([]) == ()


def test_find_by_email_ignores_case_and_spaces() -> None:
    row = customers.create("Ann", email="Ann.Lee@Example.com").row
    assert customers.find_by_email("ann.lee@example.COM") == row
    assert customers.find_by_email("  ANN.LEE@example.com ") == row
    assert customers.find_by_email("other@example.com") is None
    assert customers.find_by_email("") is None
    assert customers.find_by_email("not an address") is None


def test_find_by_email_matches_non_ascii_addresses_in_any_case() -> None:
    row = customers.create("Östen", email="ÖSTEN@Exämple.se").row
    assert customers.find_by_email("östen@EXÄMPLE.se") == row


def test_find_by_email_finds_trashed_customers_but_prefers_live_ones() -> None:
    old = customers.create("Old Ann", email="ann@example.com").row
    customers.trash([old.id])
    found = customers.find_by_email("ann@example.com")
    assert found is not None and found.id == old.id and found.deleted_at is not None
    new = customers.create("New Ann", email="ANN@example.com").row
    assert customers.find_by_email("ann@example.com") == new


def test_trash_and_restore() -> None:
    a, b, c = (customers.create(name).row for name in ("A", "B", "C"))
    assert customers.trash([a.id, b.id, 999]) == 2
    assert customers.trash([a.id]) == 0  # already there
    assert [r.name for r in customers.list_customers().rows] == ["C"]
    assert [r.name for r in customers.list_customers(trashed=True).rows] == ["A", "B"]
    assert customers.get(a.id).deleted_at is not None
    assert customers.restore([a.id, c.id]) == 1
    assert customers.get(a.id).deleted_at is None
    assert [r.name for r in customers.list_customers().rows] == ["A", "C"]


def _age_in_trash(customer_id: int, days: int) -> None:
    Customer.update(deleted_at=utc_now() - timedelta(days=days)).where(Customer.id == customer_id).execute()


def test_empty_trash_deletes_only_customers_trashed_long_enough_with_their_records() -> None:
    old = customers.create("Old", tags=["VIP"]).row
    recent = customers.create("Recent", tags=["VIP"]).row
    live = customers.create("Live", tags=["VIP"]).row
    with atomic():
        for customer in (old, recent, live):
            contact = Interaction.create(
                customer=customer.id, occurred_at=datetime(2026, 1, 5, 9), channel="phone"
            )
            Followup.create(customer=customer.id, interaction=contact, due_on=date(2026, 2, 1))
            Feedback.create(customer=customer.id, kind="csat", score=5, received_at=datetime(2026, 1, 5, 10))
        customer_stats.refresh([old.id, recent.id, live.id])
    customers.trash([old.id, recent.id])
    _age_in_trash(old.id, 31)
    _age_in_trash(recent.id, 29)

    assert customers.empty_trash() == 1
    assert customers.get_many([old.id, recent.id, live.id]) == (
        customers.get(recent.id),
        customers.get(live.id),
    )
    for model in (Interaction, Followup, Feedback):
        assert sorted(r.customer_id for r in model.select()) == [recent.id, live.id]
    assert sorted(link.customer_id for link in CustomerTag.select()) == [recent.id, live.id]

    assert customers.empty_trash(older_than_days=0) == 1
    assert [r.id for r in customers.get_many([old.id, recent.id, live.id])] == [live.id]


def test_empty_trash_refuses_a_negative_age() -> None:
    with pytest.raises(ValidationError) as caught:
        customers.empty_trash(-1)
    assert caught.value.field == "older_than_days"


def test_rows_are_frozen() -> None:
    row = customers.create("Ann").row
    with pytest.raises(AttributeError):
        row.name = "Bo"  # type: ignore[misc]


def test_instants_are_naive_utc_whatever_the_input_zone() -> None:
    given = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)
    assert customers.create("Eve", created_at=given).row.created_at == datetime(2025, 12, 31, 23, 30)


def test_find_by_email_treats_like_wildcards_as_plain_characters() -> None:
    customers.create("Wrong", email="axb@example.com")
    right = customers.create("Right", email="A_B@example.com").row
    assert customers.find_by_email("a_b@EXAMPLE.com") == right
    assert customers.find_by_email("a%b@example.com") is None
