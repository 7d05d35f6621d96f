"""Telling an organisation's name from a person's, and a person's name in the parts of a vCard N."""

from __future__ import annotations

import pytest

from carebook.exchange.name_parts import PersonName, is_organisation, person_parts


@pytest.mark.parametrize(
    ("name", "company", "organisation"),
    [
        ("Bakeriet Pan AS", "", True),
        ("Nordlys", "nordlys", True),  # the company's own card
        ("Müller GmbH", "", True),
        ("Acme Inc.", "", True),
        ("Café Solsikke S.A.", "", True),
        ("Kowalski sp. z o.o.", "", True),
        ("Hansen & Sønn", "", True),
        ("Kari Nordmann", "Nordlys AS", False),
        ("Anna Ek", "", False),  # a surname, not the legal form EK
        ("Nguyen Van Da", "", False),  # nor DA
        ("Madonna", "", False),
        ("", "", False),
    ],
)
def test_organisations_are_told_from_people(name: str, company: str, organisation: bool) -> None:
    assert is_organisation(name, company) is organisation


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Kari Nordmann", PersonName(family="Nordmann", given="Kari")),
        ("Nordmann, Kari", PersonName(family="Nordmann", given="Kari")),
        ("Kari Anne Nordmann", PersonName(family="Nordmann", given="Kari", additional="Anne")),
        ("Dr. Giorgos Papadopoulos", PersonName(family="Papadopoulos", given="Giorgos", prefix="Dr.")),
        (
            "Martin Luther King Jr.",
            PersonName(family="King", given="Martin", additional="Luther", suffix="Jr."),
        ),
        ("Ludwig van Beethoven", PersonName(family="van Beethoven", given="Ludwig")),
        ("Jan van der Berg", PersonName(family="van der Berg", given="Jan")),
        ("Madonna", PersonName(given="Madonna")),
        ("王芳", PersonName(given="王芳")),
        ("kari@example.com", PersonName(given="kari@example.com")),
        ("Table 12", PersonName(given="Table 12")),
        ("  Kari   Nordmann ", PersonName(family="Nordmann", given="Kari")),
    ],
)
def test_a_persons_name_in_its_parts(name: str, parts: PersonName) -> None:
    assert person_parts(name) == parts
