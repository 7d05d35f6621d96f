"""vCard import and export: round trips, matching by email, undo, broken cards, owner-only files."""

from __future__ import annotations

import stat
from datetime import datetime
from pathlib import Path

import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from carebook.errors import CarebookError
from carebook.exchange import vcard
from carebook.exchange.outcome import ImportRefused
from carebook.exchange.undo import undo_import
from carebook.exchange.vcard_read import VCardError, read_cards
from carebook.services import customers, privacy
from carebook.services.customer_rows import CustomerRow
from tests.core.dumps import dump
from tests.core.exchange.support import count

FIELDS = ("name", "company", "email", "phone", "address", "notes", "tags")


def _fields(row: CustomerRow) -> tuple[object, ...]:
    return tuple(getattr(row, name) for name in FIELDS)


def _tricky(db: Path) -> list[int]:
    return [
        customers.create(
            'Kari; Nordmann, "the elder" \\ jr',
            company="Nordlys; AS, Oslo",
            email="kari@example.com",
            phone="020 7946 0123",
            address="Storgata 1\nLgh 3; 4th floor, left\n0150 Oslo",
            notes="Line one, with a comma; and a semicolon\nLine two: " + "ø" * 120,
            tags=["VIP", "Whole, sale"],
        ).row.id,
        customers.create("王芳", notes="喜欢绿茶", tags=["Friends"]).row.id,
        customers.create("محمد الحسن", email="m@example.com").row.id,
    ]


def test_export_then_import_gives_back_the_same_customers(db: Path, tmp_path: Path) -> None:
    ids = _tricky(db)
    before = [_fields(row) for row in customers.get_many(ids)]
    target = tmp_path / "all.vcf"
    assert vcard.export_vcard(target).cards == 3
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    lines = target.read_bytes().split(b"\r\n")
    assert max(len(line) for line in lines) <= 75  # folded as the standard asks
    customers.trash(ids)
    customers.empty_trash(0)
    result = vcard.import_vcard(target)
    assert (result.counts.created, result.kind, result.rows) == (3, "vcard", 3)
    after = sorted(_fields(row) for row in customers.get_many(range(1, 20)))
    assert after == sorted(before)


def test_importing_an_export_again_changes_nothing(db: Path, tmp_path: Path) -> None:
    _tricky(db)
    target = tmp_path / "all.vcf"
    vcard.export_vcard(target)
    before = dump()
    result = vcard.import_vcard(target)
    # Cards with an email match their customer and are unchanged; the one without an email is new.
    assert (result.counts.created, result.counts.updated, result.counts.unchanged) == (1, 0, 2)
    undo_import(result.batch_id)
    assert dump() == before


def test_a_card_with_a_known_email_updates_and_undo_restores(db: Path, tmp_path: Path) -> None:
    kari = customers.create("Kari Nordmann", email="kari@example.com", company="Old Firm").row.id
    before = dump(skip_columns=("version",))  # the values; the version rises with the import and its undo
    path = tmp_path / "k.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Kari Nordmann\nORG:New Firm\nEMAIL:KARI@example.com\n"
        "TEL:020 7946 0123\nCATEGORIES:VIP\nEND:VCARD\n",
        encoding="utf-8",
    )
    result = vcard.import_vcard(path)
    assert (result.counts.created, result.counts.updated, result.counts.new_tags) == (0, 1, 1)
    row = customers.get(kari)
    assert (row.company, row.phone, row.tags) == ("New Firm", "020 7946 0123", ("VIP",))
    undo_import(result.batch_id)
    assert dump(skip_columns=("version",)) == before


def test_one_bad_card_imports_nothing_and_names_its_number_and_line(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "three.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:One\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Two\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Three\nEMAIL:three@\nEND:VCARD\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused) as caught:
        vcard.import_vcard(path)
    assert caught.value.lines() == [
        f"{path}:9: card 3 EMAIL: 'three@' is not a valid email address "
        "(There must be something after the @-sign.)"
    ]
    assert count("customer") == 0 and count("import_batch") == 0


def test_a_dry_run_writes_nothing(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "one.vcf"
    path.write_text("BEGIN:VCARD\nVERSION:4.0\nFN:One\nEND:VCARD\n", encoding="utf-8")
    result = vcard.import_vcard(path, dry_run=True)
    assert (result.dry_run, result.counts.created) == (True, 1)
    assert count("customer") == 0


def test_export_of_chosen_customers_leaves_out_erased_ones(db: Path, tmp_path: Path) -> None:
    ids = _tricky(db)
    privacy.erase(ids[1])
    customers.trash([ids[2]])
    chosen = tmp_path / "chosen.vcf"
    assert vcard.export_vcard(chosen, [ids[2], ids[1], ids[0]]).cards == 2  # trashed, when chosen: yes
    cards = list(vobject.readComponents(chosen.read_text(encoding="utf-8")))
    assert [str(card.uid.value) for card in cards] == [
        f"customer-{ids[2]}@org.carebook.Carebook",
        f"customer-{ids[0]}@org.carebook.Carebook",
    ]
    everyone = tmp_path / "all.vcf"
    assert vcard.export_vcard(everyone).cards == 1  # neither the trash nor the erased


def test_export_into_a_missing_folder_is_refused(db: Path, tmp_path: Path) -> None:
    with pytest.raises(CarebookError, match="does not exist"):
        vcard.export_vcard(tmp_path / "nope" / "x.vcf")


_VALUE = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\u0085"), max_size=40
).map(str.strip)


@settings(deadline=None, max_examples=150)
@given(
    name=_VALUE.filter(bool),
    company=_VALUE,
    address=st.lists(_VALUE.filter(bool), max_size=3).map("\n".join),
    notes=st.lists(_VALUE, max_size=3).map("\n".join).map(str.strip),
    tags=st.lists(_VALUE.filter(lambda t: t and ";" not in t), max_size=3, unique_by=str.casefold),
)
def test_any_text_survives_a_card_round_trip(
    name: str, company: str, address: str, notes: str, tags: list[str]
) -> None:
    now = datetime(2026, 1, 1)
    row = CustomerRow(
        id=7, name=name, company=company, email="", phone="", phone_e164="", address=address,
        preferred_channel="", notes=notes, consent_marketing=False, contact_every_days=None, tags=tuple(tags),
        created_at=now, updated_at=now, deleted_at=None, erased_at=None, last_contact_at=None,
        open_followups=0, open_contacts=0, last_score_kind="", last_score=None,
    )  # fmt: skip
    (card,) = read_cards(vcard.card_text(row).encode("utf-8"), "x.vcf")
    assert (card.name, card["company"], card["address"], card["notes"], card.tags) == (
        name,
        company,
        address,
        notes,
        tuple(tags),
    )


def test_an_empty_file_is_refused_before_any_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.vcf"
    path.write_bytes(b"")
    with pytest.raises(VCardError, match=r"empty\.vcf: holds no cards"):
        vcard.prepare(path)
