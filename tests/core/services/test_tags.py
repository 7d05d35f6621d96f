"""Tags on customers: bulk add and remove, rename and merge, delete."""

from __future__ import annotations

import pytest

from carebook.errors import NotFound, ValidationError
from carebook.models import CustomerTag, Tag
from carebook.services import customers, tags
from carebook.services.tags import TagRow

pytestmark = pytest.mark.usefixtures("db")


def _people(*names: str) -> list[int]:
    return [customers.create(name).row.id for name in names]


def _tags_of(customer_id: int) -> tuple[str, ...]:
    return customers.get(customer_id).tags


def test_add_tag_in_bulk_creates_the_tag_and_skips_those_who_have_it() -> None:
    ann, bo, cy = _people("Ann", "Bo", "Cy")
    assert tags.add_tag([ann, bo], "VIP") == 2
    assert tags.add_tag([ann, bo, cy, cy, 999], "VIP") == 1  # only Cy is new; 999 does not exist
    assert [_tags_of(i) for i in (ann, bo, cy)] == [("VIP",)] * 3
    assert tags.all_tags() == (TagRow(1, "VIP", 3),)


def test_names_are_compared_case_insensitively_and_keep_the_first_spelling() -> None:
    (ann,) = _people("Ann")
    tags.add_tag([], "Wholesale")
    assert tags.add_tag([ann], "  WHOLESALE ") == 1
    assert _tags_of(ann) == ("Wholesale",)
    assert [t.name for t in tags.all_tags()] == ["Wholesale"]


def test_add_tag_with_nobody_selected_still_creates_the_tag() -> None:
    assert tags.add_tag([], "Newsletter") == 0
    assert tags.all_tags() == (TagRow(1, "Newsletter", 0),)


@pytest.mark.parametrize("name", ["", "   ", "\x00", None])
def test_a_tag_needs_a_name(name: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        tags.add_tag([], name)  # type: ignore[arg-type]
    assert caught.value.errors == {"tag": "a tag needs a name"}
    assert Tag.select().count() == 0


def test_a_tag_holds_50_characters_and_no_semicolon() -> None:
    tags.add_tag([], "x" * 50)
    with pytest.raises(ValidationError, match="51 characters long"):
        tags.add_tag([], "y" * 51)
    with pytest.raises(ValidationError) as caught:
        tags.add_tag([], "VIP;Wholesale")
    assert caught.value.field == "tag"
    assert "separates tags in CSV files" in str(caught.value)
    assert [t.name for t in tags.all_tags()] == ["x" * 50]


@pytest.mark.parametrize("name", ["⭐ Stammkunde", "常連", "عميل مميز", "Café\tregulars"])
def test_tags_in_any_script(name: str) -> None:
    (ann,) = _people("Ann")
    tags.add_tag([ann], name)
    assert _tags_of(ann) == (name.replace("\t", " "),)


def test_remove_tag_in_bulk_keeps_the_tag() -> None:
    ann, bo, cy = _people("Ann", "Bo", "Cy")
    tags.add_tag([ann, bo, cy], "VIP")
    assert tags.remove_tag([ann, bo, 999], "vip") == 2
    assert tags.remove_tag([ann], "VIP") == 0
    assert [_tags_of(i) for i in (ann, bo, cy)] == [(), (), ("VIP",)]
    assert tags.all_tags() == (TagRow(1, "VIP", 1),)
    with pytest.raises(NotFound, match="There is no tag called 'Gold'"):
        tags.remove_tag([ann], " Gold ")


def test_set_tags_gives_exactly_these_tags() -> None:
    ann, bo = _people("Ann", "Bo")
    tags.add_tag([bo], "VIP")
    assert tags.set_tags(ann, ["zeta", "vip", "Alpha", "ALPHA", " "]) == ("Alpha", "VIP", "zeta")
    assert tags.set_tags(ann, ["Alpha", "new"]) == ("Alpha", "new")
    assert _tags_of(ann) == ("Alpha", "new")
    assert _tags_of(bo) == ("VIP",)
    assert tags.set_tags(ann, []) == ()
    assert _tags_of(ann) == ()


def test_set_tags_refuses_a_bad_name_without_changing_anything() -> None:
    (ann,) = _people("Ann")
    tags.set_tags(ann, ["VIP"])
    with pytest.raises(ValidationError) as caught:
        tags.set_tags(ann, ["Fine", "a;b"])
    assert caught.value.field == "tags"
    assert _tags_of(ann) == ("VIP",)
    assert [t.name for t in tags.all_tags()] == ["VIP"]
    with pytest.raises(NotFound, match="There is no customer number 77"):
        tags.set_tags(77, ["VIP"])


def test_rename_tag() -> None:
    ann, bo = _people("Ann", "Bo")
    tags.add_tag([ann, bo], "vip")
    assert tags.rename_tag("VIP", "Gold") == TagRow(1, "Gold", 2)
    assert _tags_of(ann) == ("Gold",)
    assert tags.rename_tag("gold", "GOLD") == TagRow(1, "GOLD", 2)  # a change of case only
    assert [t.name for t in tags.all_tags()] == ["GOLD"]


def test_renaming_onto_an_existing_tag_merges_them_and_keeps_its_spelling() -> None:
    ann, bo, cy = _people("Ann", "Bo", "Cy")
    tags.add_tag([ann, bo], "Gold")
    tags.add_tag([bo, cy], "Wholesale")
    merged = tags.rename_tag("gold", "WHOLESALE")
    assert merged == TagRow(2, "Wholesale", 3)
    assert [_tags_of(i) for i in (ann, bo, cy)] == [("Wholesale",)] * 3
    assert tags.all_tags() == (TagRow(2, "Wholesale", 3),)
    assert CustomerTag.select().count() == 3  # Bo is not tagged twice


def test_rename_refuses_unknown_tags_and_bad_names() -> None:
    tags.add_tag([], "VIP")
    with pytest.raises(NotFound, match="There is no tag called 'Gold'"):
        tags.rename_tag("Gold", "Silver")
    with pytest.raises(ValidationError):
        tags.rename_tag("VIP", "   ")
    assert [t.name for t in tags.all_tags()] == ["VIP"]


def test_delete_tag_takes_it_off_everyone_including_the_trash() -> None:
    ann, bo, cy = _people("Ann", "Bo", "Cy")
    tags.add_tag([ann, bo], "VIP")
    tags.add_tag([cy], "Other")
    customers.trash([bo])
    assert tags.delete_tag("vip") == 2
    assert _tags_of(ann) == () and _tags_of(bo) == ()
    assert tags.all_tags() == (TagRow(2, "Other", 1),)
    with pytest.raises(NotFound):
        tags.delete_tag("VIP")


def test_all_tags_are_sorted_case_insensitively_and_count_only_customers_outside_the_trash() -> None:
    ann, bo = _people("Ann", "Bo")
    for name in ("beta", "Alpha", "gamma", "Äpple"):
        tags.add_tag([ann, bo], name)
    customers.trash([bo])
    assert [(t.name, t.customers) for t in tags.all_tags()] == [
        ("Alpha", 1),
        ("beta", 1),
        ("gamma", 1),
        ("Äpple", 1),  # sorted by code point after case folding; the UI may sort by locale
    ]


def test_find_tag() -> None:
    tags.add_tag([], "VIP")
    assert tags.find_tag(" vip ") == (1, "VIP")
    assert tags.find_tag("Gold") is None
    assert tags.find_tag("") is None


def test_tags_of_a_customer_are_sorted() -> None:
    (ann,) = _people("Ann")
    tags.set_tags(ann, ["b", "C", "a"])
    assert tags.tags_of(ann) == ("a", "b", "C")
