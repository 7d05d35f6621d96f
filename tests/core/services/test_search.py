"""Customer search: what it finds, in which order, and that no query can make it fail.

Rows are written straight into the tables, as bulk imports and other services do.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from carebook.models import Customer
from carebook.services import search as search_module
from carebook.services.search import search
from carebook.text import fold
from tests.core.services.search_support import NOW, add, contact, hit_for, names, tag


@pytest.mark.usefixtures("db")
class TestWhatIsFound:
    def test_case_and_accents_do_not_matter(self) -> None:
        add("Åse Ødegård")
        add("ZOË Smith")
        add("Ζωή Παπαδοπούλου")
        add("Пётр Фёдоров")
        assert names("odegard") == ["Åse Ødegård"]
        assert names("ØDEGÅRD") == ["Åse Ødegård"]
        assert names("zoe") == ["ZOË Smith"]
        assert names("ζωη") == ["Ζωή Παπαδοπούλου"]
        assert names("федоров") == ["Пётр Фёдоров"]

    def test_two_letter_cjk_names_and_parts_of_them(self) -> None:
        add("王芳")
        add("欧阳娜娜")
        add("김민준")
        add("王伟")
        assert names("王芳") == ["王芳"]
        assert set(names("王")) == {"王芳", "王伟"}
        assert names("娜娜") == ["欧阳娜娜"]
        assert names("민준") == ["김민준"]

    @pytest.mark.parametrize(
        "typed",
        ["07700 900123", "+44 7700 900123", "900123", "07700900123", "0044 7700 900123", "(07700) 900-123"],
    )
    def test_phone_digits_in_any_format(self, typed: str) -> None:
        found = add("Kari Nordmann", phone="07700 900123")
        add("Ola Nordmann", phone="07700 900999")
        hit = hit_for(typed, found)
        assert hit.matched == "phone"
        assert hit.phone == "07700 900123"
        assert names(typed) == ["Kari Nordmann"]

    def test_a_number_stored_international_is_found_typed_national(self) -> None:
        found = add("Ingrid Berg", phone="+44 7700 900456")
        assert hit_for("07700 900456", found).matched == "phone"
        assert hit_for("07700 9004", found).matched == "phone"

    def test_a_phone_like_query_still_finds_names_and_addresses_with_digits(self) -> None:
        unit = add("Unit 1234 Garage")
        assert hit_for("1234", unit).matched == "name"

    def test_parts_of_email_and_company(self) -> None:
        found = add("Åse Berg", email="ase.berg@fjord.no", company="Fjordbakeriet AS")
        assert hit_for("ase.berg@", found).matched == "email"
        assert hit_for("@fjord.no", found).matched == "email"
        assert hit_for("fjord.no", found).matched == "email"
        assert hit_for("bakeriet", found).matched == "company"

    def test_words_spread_over_fields(self) -> None:
        found = add("Anna Berg", company="Acme Ltd")
        add("Anna Lund", company="Other AS")
        assert names("anna acme") == ["Anna Berg"]
        assert hit_for("anna acme", found).customer_id == found

    def test_tags_whole_and_mixed_with_other_words(self) -> None:
        vip = add("Åse Berg")
        add("Åse Lund")
        tag(vip, "VIP")
        tag(vip, "Late payer")
        assert hit_for("vip", vip).matched == "tag"
        assert names("late pay") == ["Åse Berg"]
        assert names("vip ase") == ["Åse Berg"]

    def test_words_in_customer_notes_with_a_snippet(self) -> None:
        found = add("Kari Lie", notes="Prefers the blue kettle. Var svært fornøyd med service.")
        hit = hit_for("fornoyd", found)
        assert hit.matched == "notes"
        assert "fornøyd" in hit.snippet
        assert hit_for("kett", found).matched == "notes"  # a word prefix

    def test_words_in_contacts_with_a_snippet_newest_first(self) -> None:
        old = add("Old Customer")
        new = add("New Customer")
        contact(old, "Refund for the toaster", when="2024-01-01 10:00:00")
        contact(new, "Asked about a refund", notes="Sent the form", when="2024-04-01 10:00:00")
        hits = search("refun")
        assert [h.customer_id for h in hits] == [new, old]
        assert hits[0].matched == "contact"
        assert "refund" in hits[0].snippet
        assert hits[1].snippet.startswith("Refund for the toaster")

    def test_cjk_words_inside_contact_text(self) -> None:
        found = add("李娜")
        contact(found, "客户要求退款水壶")
        assert hit_for("退款", found).matched == "contact"

    def test_trashed_customers_only_on_request(self) -> None:
        kept = add("Anna Kept")
        gone = add("Anna Gone", deleted_at=NOW, notes="anna")
        assert names("anna") == ["Anna Kept"]
        assert {h.customer_id for h in search("anna", include_trashed=True)} == {kept, gone}
        Customer.update(deleted_at=None).where(Customer.id == gone).execute()
        assert names("anna") == ["Anna Gone", "Anna Kept"]

    def test_limit(self) -> None:
        for n in range(5):
            add(f"Anna {n}")
        assert names("anna", limit=2) == ["Anna 0", "Anna 1"]
        assert search("anna", limit=0) == ()


@pytest.mark.usefixtures("db")
@pytest.mark.parametrize("cap", [search_module.CANDIDATE_CAP, 1], ids=["few-candidates", "many-candidates"])
def test_ranking_exact_then_prefix_then_words_then_other_fields_then_notes(
    cap: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # cap=1 makes every group "crowded", so names are walked in order instead: same answer expected.
    monkeypatch.setattr(search_module, "CANDIDATE_CAP", cap)
    add("Hanna Lind")
    add("Annabel Holm")
    add("Anna Berg")
    add("Anna")
    add("Berit Annasdottir")
    add("Dag Moe", company="Annanas AS")
    add("Carl Olsen", email="anna.k@example.org")
    add("Frida Ek", notes="Friend of Anna")
    add("Erik Dahl", notes="Sister: anna")
    older, newer = add("Gro Ness"), add("Ida Ness")
    contact(older, "Asked for Anna", when="2024-01-01 10:00:00")
    contact(newer, "Anna called back", when="2024-02-01 10:00:00")
    hits = search("anna")
    assert [h.name for h in hits] == [
        "Anna",
        "Anna Berg",
        "Annabel Holm",
        "Berit Annasdottir",
        "Hanna Lind",
        "Carl Olsen",
        "Dag Moe",
        "Erik Dahl",
        "Frida Ek",
        "Ida Ness",
        "Gro Ness",
    ]
    assert [h.matched for h in hits][4:] == [
        "name",
        "email",
        "company",
        "notes",
        "notes",
        "contact",
        "contact",
    ]
    assert names("anna", limit=3) == ["Anna", "Anna Berg", "Annabel Holm"]


HOSTILE = [
    '"',
    "'",
    "''",
    '""""',
    '"unterminated',
    "*",
    "a*",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "NEAR(",
    "NEAR(a b, 2)",
    "^",
    "{name}: x",
    "name:x",
    "col : x",
    "-",
    "--",
    "-- DROP TABLE customer;",
    "; SELECT 1",
    "%",
    "_",
    "%_%",
    "\\",
    "\\\\%",
    "\x00",
    "a\x00b",
    "\x00" * 20,
    "x" * 10_000,
    "é" * 5000,
    "王" * 3000,
    " " * 50,
    "\t\n\r",
    "(((",
    ")))",
    "+",
    "(+44)",
    "0" * 300,
    "+" * 300,
    "💥",
    "\U0010ffff",
    "\ufeff",
    "\u200b",
    "a b c d e f g",
]


@pytest.mark.usefixtures("db")
@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(query: str) -> None:
    add("Anna Berg", email="anna@example.org", phone="07700 900123", notes="AND OR NOT NEAR")
    contact(Customer.select().first().id, "Quote \" and ' and % and _")
    assert isinstance(search(query), tuple)
    assert Customer.select().count() == 1


@pytest.mark.usefixtures("db")
@pytest.mark.parametrize("query", ["", "   ", "\x00", "\t"])
def test_empty_queries_find_nothing(query: str) -> None:
    add("Anna Berg")
    assert search(query) == ()


_NAMES = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)


@pytest.mark.usefixtures("db")
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_NAMES, data=st.data())
def test_any_three_letters_of_a_name_find_it_however_typed(name: str, data: st.DataObject) -> None:
    """Any run of 3+ characters of the name, as the user may type it (other case, other accents)."""
    folded = fold(name)
    assume(len(folded) >= 3)
    start = data.draw(st.integers(0, len(folded) - 3), label="start")
    end = data.draw(st.integers(start + 3, len(folded)), label="end")
    piece = folded[start:end]
    typed = data.draw(st.sampled_from([piece, piece.upper(), piece.title(), piece.swapcase()]))
    assume(len(fold(typed)) >= 3 and fold(typed) in folded)  # what the user means is in the name
    customer_id = add(name)
    try:
        assert customer_id in [hit.customer_id for hit in search(typed)]
    finally:
        Customer.delete().where(Customer.id == customer_id).execute()

